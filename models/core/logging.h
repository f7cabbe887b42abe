#pragma once

// Logging categories, one per module ("tariffaudit.<module>", Info by default), and the rotating log file
// that every program writes and the user can export from Settings.

#include <QLoggingCategory>
#include <QString>
#include <QStringList>

namespace ta {

Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
Q_DECLARE_LOGGING_CATEGORY(lcCustomers)
Q_DECLARE_LOGGING_CATEGORY(lcTraining)
Q_DECLARE_LOGGING_CATEGORY(lcTariff)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcSync)

/// The process-wide log file: installs a Qt message handler that appends each message to
/// <folder>/tariff-audit.log (and still forwards it to the previous handler), rotating the file to
/// tariff-audit.log.1 … .N when it grows past the size limit.
class LogFile
{
public:
    /// Starts writing to @p folder. Safe to call again (moves the log).
    static bool install(const QString &folder, qint64 maxBytes, int filesKept);
    /// Stops writing and restores the previous handler.
    static void uninstall();
    /// The current log file, empty when none is installed.
    static QString currentPath();
    /// The current file and the rotated ones that exist, oldest first.
    static QStringList files();
    /// Writes buffered text to disk.
    static void flush();
};

} // namespace ta
