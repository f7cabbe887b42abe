#pragma once

// What every fuzz target shares: a Qt application object made once, and the input as a file for the readers
// that take a path (written to the same scratch file each time, in the process's own folder). The folder is in
// memory where the system has a tmpfs at /dev/shm: on a disk, writing the file and the file system's write-back
// took most of each execution (workbooks 670 a second against 1,470; record folders 1,070 against 4,060).

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace ta::fuzz {

inline void application()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

inline QString scratchParent()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    return shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
}

inline QString scratchFolder()
{
    return scratchParent() + QStringLiteral("/ta-fuzz-%1").arg(QCoreApplication::applicationPid());
}

// A target killed by a signal (a timeout, the machine's out-of-memory killer, a stopped run) never reaches its
// atexit handler: the folders of processes that no longer exist are removed by the next target that starts.
inline void removeOrphanedScratchFolders()
{
    const QDir parent(scratchParent());
    const QStringList folders = parent.entryList({QStringLiteral("ta-fuzz-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : folders) {
        bool ok = false;
        const qint64 pid = name.mid(int(sizeof("ta-fuzz-")) - 1).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
            continue;
        if (::kill(pid_t(pid), 0) == -1 && errno == ESRCH)
            QDir(parent.filePath(name)).removeRecursively();
    }
}

/// The process's scratch folder, made on first use and removed when the process ends normally (libFuzzer's runs
/// end with exit()).
inline const QString &scratch()
{
    static const QString folder = [] {
        removeOrphanedScratchFolders();
        const QString dir = scratchFolder();
        QDir().mkpath(dir);
        std::atexit([] { QDir(scratchFolder()).removeRecursively(); });
        return dir;
    }();
    return folder;
}

inline QString asFile(const uint8_t *data, size_t size, const QString &fileName)
{
    const QString path = scratch() + QLatin1Char('/') + fileName;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

} // namespace ta::fuzz
