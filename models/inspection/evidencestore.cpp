#include "models/inspection/evidencestore.h"

#include "models/core/boundedinput.h"
#include "models/core/savefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPainter>

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

Result<QByteArray> EvidenceStore::fitPicture(const QByteArray &bytes)
{
    using R = Result<QByteArray>;
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("ta::EvidenceStore", text);
    };
    if (imageExtension(bytes).isEmpty())
        return R::failure(tr("Only PNG and JPEG pictures can be kept as evidence."));
    if (bytes.size() > MaxPictureBytes)
        return R::failure(tr("The picture is larger than %1 MB.").arg(MaxPictureBytes / (1024 * 1024)));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    const bool upright = reader.transformation() == QImageIOHandler::TransformationNone;
    // The decoder's own limit, so that a header claiming a gigantic picture is refused before any memory
    // is taken for it.
    reader.setAllocationLimit(limits::PictureDecodeMegabytes);
    // A large JPEG is decoded at about the size kept (libjpeg scales while it decodes), so a photo of many
    // megapixels needs no more memory than the picture stored. The box is square: the same whether or not
    // the picture is turned afterwards.
    if (size.isValid() && qMax(size.width(), size.height()) > MaxPictureSide &&
        reader.supportsOption(QImageIOHandler::ScaledSize) && imageExtension(bytes) == QLatin1StringView("jpg"))
        reader.setScaledSize(size.scaled(MaxPictureSide, MaxPictureSide, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull() || !size.isValid())
        return R::failure(tr("The picture cannot be read: %1.").arg(reader.errorString()));
    if (upright && qMax(size.width(), size.height()) <= MaxPictureSide)
        return bytes;
    QImage fitted = image.scaled(QSize(MaxPictureSide, MaxPictureSide).boundedTo(image.size().expandedTo(QSize(1, 1))),
                                 Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (fitted.hasAlphaChannel()) {
        // JPEG has no transparency: what was transparent becomes white, as on paper.
        QImage opaque(fitted.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        QPainter painter(&opaque);
        painter.drawImage(0, 0, fitted);
        painter.end();
        fitted = opaque;
    }
    QByteArray jpeg;
    QBuffer out(&jpeg);
    out.open(QIODevice::WriteOnly);
    if (!fitted.save(&out, "JPEG", PictureQuality))
        return R::failure(tr("The picture could not be made smaller."));
    return jpeg;
}

Result<EvidenceItem> EvidenceStore::add(const QByteArray &original, const QString &kind, const QString &caption)
{
    const auto fitted = fitPicture(original);
    if (!fitted)
        return fitted.status();
    const QByteArray &bytes = fitted.value();
    const QString extension = imageExtension(bytes);
    EvidenceItem item;
    item.sha256 = sha256Hex(bytes);
    item.kind = kind;
    item.caption = caption;
    item.fileName = item.sha256 + QLatin1Char('.') + extension;
    item.size = bytes.size();
    const QString path = pathOf(item);
    if (QFileInfo(path).size() == bytes.size())
        return item;
    if (Status s = SaveFile::whole(path, bytes); !s)
        return s;
    return item;
}

Result<EvidenceItem> EvidenceStore::addFile(const QString &path, const QString &kind, const QString &caption)
{
    if (QFileInfo(path).size() > MaxPictureBytes)
        return Result<EvidenceItem>::failure(
            QCoreApplication::translate("ta::EvidenceStore", "%1: the picture is larger than %2 MB.")
                .arg(QDir::toNativeSeparators(path))
                .arg(MaxPictureBytes / (1024 * 1024)));
    const auto bytes = readBoundedFile(path, MaxPictureBytes);
    if (!bytes)
        return bytes.status();
    auto added = add(bytes.value(), kind, caption);
    if (!added)
        return Result<EvidenceItem>::failure(
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), added.error()));
    return added;
}

} // namespace ta
