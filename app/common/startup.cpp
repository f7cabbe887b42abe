#include "app/common/startup.h"

#include "models/core/language.h"
#include "models/core/logging.h"
#include "models/core/settings.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace ta::startup {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("tariff-audit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TA_VERSION));
}

void startLogFile(const Settings &settings)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
    if (!LogFile::install(folder, qint64(settings.value(settings::LogFileKiB)) * 1024,
                          settings.value(settings::LogFilesKept)))
        qCWarning(lcApp) << "Cannot write the log file in" << folder;
}

void applyLanguage(Language &language, const Settings &settings, const QString &override)
{
    language.apply(override.isEmpty() ? settings.value(settings::Language) : override);
}

} // namespace ta::startup
