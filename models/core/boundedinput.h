#pragma once

// Reading small files and JSON from outside within bounds (models/core/limits.h): a file is read only when it
// is a regular file within its limit (never a pipe or a device, never more than the limit), and JSON is parsed
// only when it nests no deeper than limits::JsonDepth. Each refusal is a translated message naming the file
// and, for JSON, the byte where the problem is.

#include "models/core/limits.h"
#include "models/core/result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace ta {

/// The bytes of @p path when it is a regular file of at most @p maxBytes.
Result<QByteArray> readBoundedFile(const QString &path, qint64 maxBytes);

/// @p json parsed, refused when it is larger than @p maxBytes, nests deeper than @p maxDepth or is not JSON.
/// @p name names the file or body in the messages.
Result<QJsonDocument> parseBoundedJson(const QByteArray &json, const QString &name, qint64 maxBytes,
                                       int maxDepth = limits::JsonDepth);

/// The two above: a JSON file read and parsed within its bounds.
Result<QJsonDocument> readBoundedJson(const QString &path, qint64 maxBytes, int maxDepth = limits::JsonDepth);

/// The nesting of arrays and objects in @p json, outside strings; stops at the first byte past @p maxDepth
/// and returns its offset in @p offset (-1 when within).
int jsonDepth(const QByteArray &json, int maxDepth, qsizetype *offset);

} // namespace ta
