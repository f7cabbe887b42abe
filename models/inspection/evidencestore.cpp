#include "models/inspection/evidencestore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ta {

EvidenceStore::EvidenceStore(QString folder) : m_folder(std::move(folder)) {}

QString EvidenceStore::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString EvidenceStore::imageExtension(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("jpg");
    return {};
}

QString EvidenceStore::pathOf(const QString &fileName) const
{
    return QDir(m_folder).filePath(fileName.left(2) + QLatin1Char('/') + fileName);
}

QString EvidenceStore::pathOf(const EvidenceItem &item) const
{
    return pathOf(item.fileName);
}

Result<EvidenceItem> EvidenceStore::add(const QByteArray &bytes, const QString &kind, const QString &caption)
{
    const QString extension = imageExtension(bytes);
    if (extension.isEmpty())
        return Result<EvidenceItem>::failure(
            QCoreApplication::translate("ta::EvidenceStore", "Only PNG and JPEG pictures can be kept as evidence."));
    EvidenceItem item;
    item.sha256 = sha256Hex(bytes);
    item.kind = kind;
    item.caption = caption;
    item.fileName = item.sha256 + QLatin1Char('.') + extension;
    item.size = bytes.size();
    const QString path = pathOf(item);
    if (QFileInfo(path).size() == bytes.size())
        return item;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Result<EvidenceItem>::failure(
            QCoreApplication::translate("ta::EvidenceStore", "The picture could not be saved to %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    return item;
}

Result<EvidenceItem> EvidenceStore::addFile(const QString &path, const QString &kind, const QString &caption)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<EvidenceItem>::failure(QCoreApplication::translate("ta::EvidenceStore", "%1 cannot be read: %2")
                                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    auto added = add(bytes, kind, caption);
    if (!added)
        return Result<EvidenceItem>::failure(
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), added.error()));
    return added;
}

} // namespace ta
