#pragma once

// What every fuzz target shares: a Qt application object made once, and the input as a file for the readers
// that take a path (written to the same scratch file each time, in the process's own folder).

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

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

inline QString asFile(const uint8_t *data, size_t size, const QString &fileName)
{
    static const QString folder = [] {
        const QString dir = QDir::tempPath() + QStringLiteral("/ta-fuzz-%1").arg(QCoreApplication::applicationPid());
        QDir().mkpath(dir);
        // Removed when the process ends normally (libFuzzer's runs end with exit()).
        std::atexit([] {
            QDir(QDir::tempPath() + QStringLiteral("/ta-fuzz-%1").arg(QCoreApplication::applicationPid()))
                .removeRecursively();
        });
        return dir;
    }();
    const QString path = folder + QLatin1Char('/') + fileName;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

} // namespace ta::fuzz
