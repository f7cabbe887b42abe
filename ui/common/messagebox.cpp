#include "ui/common/messagebox.h"

#include "models/core/logging.h"
#include "ui/shell/trainingbanner.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPointer>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

#include <limits>
#include <utility>

namespace ta {

namespace {

std::optional<bool> g_nextAnswer;
bool g_testMode = false;
bool g_training = false;
QStringList g_shown;

void show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    g_shown << text;
    if (icon == QMessageBox::Warning)
        qCWarning(lcUi).noquote() << "Warning shown:" << text;
    if (g_testMode)
        return;
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.addButton(QCoreApplication::translate("ta::MessageBox", "OK"), QMessageBox::AcceptRole);
    box.exec();
}

} // namespace

std::optional<QString> FileDialog::s_next;
QString FileDialog::s_lastFolder;

QString MessageBox::decorate(const QString &title)
{
    return g_training ? TrainingBanner::markText() + QStringLiteral(" · ") + title : title;
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, decorate(title), text);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, decorate(title), text);
}

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text, const QString &yesText)
{
    g_shown << text;
    if (g_nextAnswer) {
        const bool answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    if (g_testMode)
        return false;
    QMessageBox box(QMessageBox::Question, decorate(title), text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(yesText, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(QCoreApplication::translate("ta::MessageBox", "Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void MessageBox::setNextAnswer(bool yes)
{
    g_nextAnswer = yes;
}

void MessageBox::setTestMode(bool on)
{
    g_testMode = on;
}

QStringList MessageBox::takeShownTexts()
{
    QStringList out;
    out.swap(g_shown);
    return out;
}

void MessageBox::setTrainingMarker(bool on)
{
    g_training = on;
}

namespace {
QPointer<QDialog> g_lastDialog;
}

void MessageBox::showDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    g_lastDialog = dialog;
    dialog->open();
}

QDialog *MessageBox::lastDialog()
{
    return g_lastDialog.data();
}

QString FileDialog::startFolder()
{
    if (!s_lastFolder.isEmpty() && QFileInfo(s_lastFolder).isDir())
        return s_lastFolder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty() || !QDir().mkpath(documents))
        return QDir::homePath();
    return documents;
}

QString FileDialog::chosen(const QString &path)
{
    if (!path.isEmpty())
        s_lastFolder = QFileInfo(path).absolutePath();
    return path;
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    if (s_next) {
        const QString path = *s_next;
        s_next.reset();
        return chosen(path);
    }
    const QString start =
        folder.isEmpty() || QFileInfo(folder).absoluteFilePath() == QDir::homePath() ? startFolder() : folder;
    return chosen(QFileDialog::getOpenFileName(parent, caption, start, filter));
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                 const QString &filter)
{
    if (s_next) {
        const QString path = *s_next;
        s_next.reset();
        return chosen(path);
    }
    return chosen(QFileDialog::getSaveFileName(parent, caption, suggestedStart(suggestedPath), filter));
}

QString FileDialog::suggestedStart(const QString &suggestedPath)
{
    // A bare name, or one in the home folder, starts where the user last was (or in Documents).
    const QFileInfo info(suggestedPath);
    if (info.isRelative() || info.absolutePath() == QDir::homePath())
        return QDir(startFolder()).filePath(info.fileName());
    return suggestedPath;
}

void FileDialog::setNextFileName(const QString &path)
{
    s_next = path;
}

namespace {
QStringList g_opened;
} // namespace

bool Desktop::openFile(const QString &path)
{
    if (g_testMode) {
        g_opened << path;
        return true;
    }
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

namespace {
bool g_testCanOpen = true;
}

bool Desktop::canOpen(const QString &path)
{
    if (g_testMode)
        return g_testCanOpen;
#if defined(Q_OS_LINUX)
    // xdg-open hands a file to the default app of its MIME type; without one it does nothing visible.
    static QHash<QString, bool> known;
    const QString type = QMimeDatabase().mimeTypeForFile(path).name();
    if (const auto it = known.constFind(type); it != known.constEnd())
        return it.value();
    bool found = false;
    const QString xdgMime = QStandardPaths::findExecutable(QStringLiteral("xdg-mime"));
    if (!xdgMime.isEmpty()) {
        QProcess query;
        query.start(xdgMime, {QStringLiteral("query"), QStringLiteral("default"), type});
        found =
            query.waitForFinished(3000) && query.exitCode() == 0 && !query.readAllStandardOutput().trimmed().isEmpty();
    }
    known.insert(type, found);
    return found;
#else
    Q_UNUSED(path);
    return true;
#endif
}

void Desktop::setTestCanOpen(bool can)
{
    g_testCanOpen = can;
}

QStringList Desktop::takeOpened()
{
    return std::exchange(g_opened, {});
}

void closeProgress(QProgressDialog *&dialog, const QObject *source)
{
    if (!dialog)
        return;
    // Nothing reaches it any more (a late progress value would start its delayed-show timer again), the
    // timer stops, and it goes with the next turn of the event loop: deleting it here could pull it from
    // under its own setValue(), which lets events run while it is modal.
    QObject::disconnect(source, nullptr, dialog, nullptr);
    dialog->setMinimumDuration(std::numeric_limits<int>::max());
    dialog->reset();
    dialog->hide();
    dialog->deleteLater();
    dialog = nullptr;
}

} // namespace ta
