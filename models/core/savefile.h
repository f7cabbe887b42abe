#pragma once

// Files written whole or not at all: a record's parts, pictures, score books. A reader never finds half a file,
// and a failure says which file, and says plainly when the storage is full.

#include "models/core/result.h"

#include <QByteArray>
#include <QString>

namespace ta::SaveFile {

/// @p bytes written to @p path through a temporary file renamed into place; its folder made when missing.
Status whole(const QString &path, const QByteArray &bytes);

/// Whether the file system holding @p path has less room than @p bytes (and a small margin): the reason a
/// write there failed, said to the user in those words.
bool noRoomFor(const QString &path, qint64 bytes);

/// The message for a failed write of @p path (@p error: the system's words for it).
QString failure(const QString &path, qint64 bytes, const QString &error);

} // namespace ta::SaveFile
