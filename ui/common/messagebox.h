#pragma once

// The only way ui/ shows a message or asks a question. Tests queue answers with setNextAnswer() so no
// modal box ever blocks them (as KeePassXC's MessageBox does); shown texts are recorded for assertions.

#include <QString>
#include <QStringList>

#include <optional>

class QDialog;
class QObject;
class QProgressDialog;
class QWidget;

namespace ta {

class MessageBox
{
public:
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    /// Asks a yes/no question; @p yesText names the action ("Reset"), the other button cancels.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yesText);

    /// Tests: answer the next confirm() without showing it, and skip showing information/warnings.
    static void setNextAnswer(bool yes);
    static void setTestMode(bool on);
    /// Texts of the boxes shown or skipped since the last call; tests read them.
    static QStringList takeShownTexts();
    /// Training mode marks every box's title.
    static void setTrainingMarker(bool on);
    /// Opens a window-modal dialog without blocking; it deletes itself when closed.
    static void showDialog(QDialog *dialog);
    /// The dialog opened last, while it is open (tests read and close it).
    static QDialog *lastDialog();

    /// @p title with the training mark in training mode.
    static QString decorate(const QString &title);
};

/// Save-file dialog with the same test hook.
class FileDialog
{
public:
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                const QString &filter);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
    static void setNextFileName(const QString &path);
    /// Where the dialogs start: the folder last chosen in this run, else Documents (made when missing).
    static QString startFolder();
    /// The path a save dialog proposes for @p suggestedPath: a bare name (or one in the home folder) in
    /// startFolder().
    static QString suggestedStart(const QString &suggestedPath);

private:
    static QString chosen(const QString &path);
    static std::optional<QString> s_next;
    static QString s_lastFolder;
};

/// Closes a progress dialog for good and forgets it: disconnected from @p source (the job's watcher), its
/// delayed-show timer stopped, so it cannot show itself again over the result while a message holds the
/// event loop and keeps it from being deleted.
void closeProgress(QProgressDialog *&dialog, const QObject *source);

/// Opens a file (a record's PDF) with the system's viewer; in test mode the path is only recorded.
class Desktop
{
public:
    static bool openFile(const QString &path);
    /// Whether the system has an app for files like @p path (on Linux, a default for its MIME type).
    static bool canOpen(const QString &path);
    static QStringList takeOpened();
    /// Tests: whether canOpen() says an app exists.
    static void setTestCanOpen(bool can);
};

} // namespace ta
