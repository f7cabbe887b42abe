#pragma once

// Evidence files (photos, drawn signatures) stored by their SHA-256: <folder>/<first two hex>/<hash>.<ext>.
// Adding the same bytes twice stores them once; a stored file is never rewritten.

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
    /// Stores @p bytes (a PNG or JPEG) and describes them; the extension follows the content.
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
