#include "models/core/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

namespace ta::SaveFile {

bool noRoomFor(const QString &path, qint64 bytes)
{
    // The margin covers the file system's own blocks for the file.
    constexpr qint64 margin = 64 * 1024;
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < bytes + margin;
}

QString failure(const QString &path, qint64 bytes, const QString &error)
{
    if (noRoomFor(path, bytes))
        return QCoreApplication::translate("ta::SaveFile",
                                           "The storage of this device is full: %1 cannot be written. Free "
                                           "some space (old record folders, photos, lists) and try again.")
            .arg(QDir::toNativeSeparators(path));
    return QCoreApplication::translate("ta::SaveFile", "%1 cannot be written: %2")
        .arg(QDir::toNativeSeparators(path), error);
}

Status whole(const QString &path, const QByteArray &bytes)
{
    const QString folder = QFileInfo(path).absolutePath();
    const bool madeFolder = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder))
        return Status::failure(QCoreApplication::translate("ta::SaveFile", "The folder of %1 cannot be made.")
                                   .arg(QDir::toNativeSeparators(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const Status failed = Status::failure(failure(path, bytes.size(), file.errorString()));
        if (madeFolder)
            QDir().rmdir(folder); // made for this file: not left behind empty
        return failed;
    }
    return Status::success();
}

} // namespace ta::SaveFile
