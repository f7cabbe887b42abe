#pragma once

// Evidence files on the server, by their SHA-256: <folder>/<first two hex digits>/<hash>. A file is
// written to a temporary name, flushed to disk, renamed into place and its folder flushed, so a file that
// is visible is whole and durable; the same bytes sent again change nothing. Several server instances may
// share the folder (a shared filesystem): the rename is atomic.

#include "models/core/result.h"

#include <QByteArray>
#include <QString>

namespace ta::server {

class BlobStore
{
public:
    explicit BlobStore(QString folder);

    QString folder() const { return m_folder; }
    static bool isDigest(const QString &sha256);
    bool has(const QString &sha256) const;
    QString pathOf(const QString &sha256) const;
    enum class Put { Stored, Present, Mismatch };
    /// Stores @p bytes under @p sha256 once it is checked to be their digest.
    Result<Put> put(const QString &sha256, const QByteArray &bytes);
    /// The bytes stored under @p sha256 (the error says why not).
    Result<QByteArray> read(const QString &sha256) const;
    /// Temporary files left by a process that died mid-write (removed by the server at start).
    int removeLeftovers();

private:
    QString m_folder;
};

} // namespace ta::server
