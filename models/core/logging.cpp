#include "models/core/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <memory>

namespace ta {

Q_LOGGING_CATEGORY(lcApp, "tariffaudit.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "tariffaudit.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecurity, "tariffaudit.security", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCustomers, "tariffaudit.customers", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTraining, "tariffaudit.training", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTariff, "tariffaudit.tariff", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "tariffaudit.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "tariffaudit.sync", QtInfoMsg)

namespace {

struct LogState
{
    QMutex mutex;
    std::unique_ptr<QFile> file;
    QString path;
    qint64 maxBytes = 1024 * 1024;
    int filesKept = 5;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

LogState &state()
{
    static LogState s;
    return s;
}

QString rotatedName(const QString &path, int n)
{
    return path + QLatin1Char('.') + QString::number(n);
}

// Caller holds the mutex.
void rotateLocked(LogState &s)
{
    s.file->close();
    QFile::remove(rotatedName(s.path, s.filesKept));
    for (int n = s.filesKept - 1; n >= 1; --n) {
        if (QFile::exists(rotatedName(s.path, n)))
            QFile::rename(rotatedName(s.path, n), rotatedName(s.path, n + 1));
    }
    QFile::rename(s.path, rotatedName(s.path, 1));
    s.file->setFileName(s.path);
    s.file->open(QIODevice::Append | QIODevice::Text);
}

QLatin1StringView levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QLatin1StringView("debug");
    case QtInfoMsg:
        return QLatin1StringView("info");
    case QtWarningMsg:
        return QLatin1StringView("warning");
    case QtCriticalMsg:
        return QLatin1StringView("critical");
    case QtFatalMsg:
        return QLatin1StringView("fatal");
    }
    return QLatin1StringView("?");
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.file && s.file->isOpen()) {
            const QString line = QDateTime::currentDateTime().toString(Qt::ISODateWithMs) + QLatin1Char(' ') +
                                 levelName(type) + QLatin1Char(' ') +
                                 QLatin1StringView(context.category ? context.category : "default") +
                                 QStringLiteral(": ") + message + QLatin1Char('\n');
            s.file->write(line.toUtf8());
            if (type >= QtWarningMsg)
                s.file->flush();
            if (s.file->size() > s.maxBytes)
                rotateLocked(s);
        }
    }
    if (s.previous)
        s.previous(type, context, message);
}

} // namespace

bool LogFile::install(const QString &folder, qint64 maxBytes, int filesKept)
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (!QDir().mkpath(folder))
        return false;
    s.path = QDir(folder).filePath(QStringLiteral("tariff-audit.log"));
    s.maxBytes = qMax<qint64>(4096, maxBytes);
    s.filesKept = qMax(1, filesKept);
    s.file = std::make_unique<QFile>(s.path);
    if (!s.file->open(QIODevice::Append | QIODevice::Text)) {
        s.file.reset();
        return false;
    }
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
    return true;
}

void LogFile::uninstall()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed) {
        qInstallMessageHandler(s.previous);
        s.installed = false;
        s.previous = nullptr;
    }
    s.file.reset();
    s.path.clear();
}

QString LogFile::currentPath()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    return s.path;
}

QStringList LogFile::files()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    QStringList out;
    if (s.path.isEmpty())
        return out;
    for (int n = s.filesKept; n >= 1; --n) {
        if (QFile::exists(rotatedName(s.path, n)))
            out << rotatedName(s.path, n);
    }
    if (QFile::exists(s.path))
        out << s.path;
    return out;
}

void LogFile::flush()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.file)
        s.file->flush();
}

} // namespace ta
