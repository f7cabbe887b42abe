#pragma once

// Evidence files (photos, drawn signatures) stored by their SHA-256: <folder>/<first two hex>/<hash>.<ext>.
// Adding the same bytes twice stores them once; a stored file is never rewritten.

#include "models/core/limits.h"
#include "models/core/result.h"

#include <QByteArray>
#include <QString>

namespace ta {

struct EvidenceItem
{
    QString sha256;   ///< lower-case hex
    QString kind;     ///< "photo", "meter-photo", "signature-customer", "signature-inspector", "signature-witness"
    QString fileName; ///< <sha256>.<ext>, the name in a record folder
    QString caption;  ///< what it shows, as the inspector wrote it
    qint64 size = 0;
};

class EvidenceStore
{
public:
    explicit EvidenceStore(QString folder);

    QString folder() const { return m_folder; }
    /// Pictures are kept at most this many pixels on their long side (a meter's digits stay readable, a
    /// record's evidence stays small enough to sync on a phone network) ...
    static constexpr int MaxPictureSide = limits::PictureSide;
    /// ... re-encoded as JPEG of this quality when they had to be made smaller or turned upright.
    static constexpr int PictureQuality = 85;
    /// A file larger than this is not read at all.
    static constexpr qint64 MaxPictureBytes = limits::PictureFileBytes;

    /// The picture as it is stored: @p bytes when they are a PNG or JPEG within MaxPictureSide and upright;
    /// otherwise decoded, turned as its EXIF orientation says, scaled to fit MaxPictureSide and encoded as
    /// JPEG. Refused when the bytes are not a picture that decodes.
    static Result<QByteArray> fitPicture(const QByteArray &bytes);
    /// Stores @p bytes (a PNG or JPEG, fitted by fitPicture()) and describes them; the extension follows the
    /// content.
    Result<EvidenceItem> add(const QByteArray &bytes, const QString &kind, const QString &caption = {});
    /// Stores a copy of the file at @p path.
    Result<EvidenceItem> addFile(const QString &path, const QString &kind, const QString &caption = {});
    /// The stored file of @p item (empty when missing).
    QString pathOf(const EvidenceItem &item) const;
    QString pathOf(const QString &fileName) const;

    static QString sha256Hex(const QByteArray &bytes);
    /// "png", "jpg", or an empty string for content that is neither.
    static QString imageExtension(const QByteArray &bytes);

private:
    QString m_folder;
};

} // namespace ta
