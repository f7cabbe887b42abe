#include "server/blobstore.h"

#include <QCoreApplication>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

namespace ta::server {

namespace {

bool syncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = (directory ? ::fsync(fd) : ::fdatasync(fd)) == 0;
    ::close(fd);
    return ok;
}

} // namespace

BlobStore::BlobStore(QString folder) : m_folder(std::move(folder))
{
    QDir().mkpath(m_folder);
}

bool BlobStore::isDigest(const QString &sha256)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(sha256).hasMatch();
}

QString BlobStore::pathOf(const QString &sha256) const
{
    return QDir(m_folder).filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

Result<QByteArray> BlobStore::read(const QString &sha256) const
{
    if (!has(sha256))
        return Result<QByteArray>::failure(
            QCoreApplication::translate("ta::server::BlobStore", "No file %1 is stored.").arg(sha256));
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(file.errorString());
    return file.readAll();
}

bool BlobStore::has(const QString &sha256) const
{
    return isDigest(sha256) && QFileInfo::exists(pathOf(sha256));
}

Result<BlobStore::Put> BlobStore::put(const QString &sha256, const QByteArray &bytes)
{
    if (!isDigest(sha256))
        return Put::Mismatch;
    if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != sha256)
        return Put::Mismatch;
    if (has(sha256))
        return Put::Present;
    const QString target = pathOf(sha256);
    const QString dir = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(dir))
        return Result<Put>::failure(
            QCoreApplication::translate("ta::server::BlobStore", "The folder %1 cannot be created.").arg(dir));
    const QString temporary = target + QStringLiteral(".tmp-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
            QFile::remove(temporary);
            return Result<Put>::failure(QCoreApplication::translate("ta::server::BlobStore", "%1 cannot be written: %2")
                                            .arg(temporary, file.errorString()));
        }
        file.close();
    }
    // On disk before it has its name, and the name on disk before anyone is told.
    if (!syncPath(temporary, false) ||
        ::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0 ||
        !syncPath(dir, true)) {
        QFile::remove(temporary);
        return Result<Put>::failure(
            QCoreApplication::translate("ta::server::BlobStore", "%1 cannot be stored durably.").arg(target));
    }
    return Put::Stored;
}

int BlobStore::removeLeftovers()
{
    int removed = 0;
    QDirIterator it(m_folder, {QStringLiteral("*.tmp-*")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (QFile::remove(it.next()))
            ++removed;
    }
    return removed;
}

} // namespace ta::server
