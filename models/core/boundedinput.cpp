#include "models/core/boundedinput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonParseError>

#include <algorithm>

namespace ta {

Result<QByteArray> readBoundedFile(const QString &path, qint64 maxBytes)
{
    using R = Result<QByteArray>;
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(QCoreApplication::translate("ta::BoundedInput", "%1 does not exist.").arg(name));
    // A device or a pipe could be read for ever.
    if (!info.isFile())
        return R::failure(
            QCoreApplication::translate("ta::BoundedInput", "%1 is not a file (a folder, a device or a pipe).")
                .arg(name));
    if (info.size() > maxBytes)
        return R::failure(QCoreApplication::translate("ta::BoundedInput", "%1 is %2 bytes; at most %3 are accepted.")
                              .arg(name)
                              .arg(info.size())
                              .arg(maxBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(
            QCoreApplication::translate("ta::BoundedInput", "%1 cannot be read: %2").arg(name, file.errorString()));
    // What it measured and one byte more, which tells a file that grew since (asking for the limit itself would
    // allocate it, whatever the file holds); a file that grew is read on, up to one byte past the limit.
    QByteArray bytes = file.read(std::min(maxBytes, file.size()) + 1);
    while (bytes.size() <= maxBytes && file.error() == QFileDevice::NoError) {
        char chunk[16384];
        const qint64 got = file.read(chunk, std::min<qint64>(sizeof chunk, maxBytes + 1 - bytes.size()));
        if (got <= 0)
            break;
        bytes.append(chunk, qsizetype(got));
    }
    if (file.error() != QFileDevice::NoError)
        return R::failure(
            QCoreApplication::translate("ta::BoundedInput", "%1 cannot be read: %2").arg(name, file.errorString()));
    if (bytes.size() > maxBytes)
        return R::failure(
            QCoreApplication::translate("ta::BoundedInput", "%1 is more than %2 bytes; at most %2 are accepted.")
                .arg(name)
                .arg(maxBytes));
    return bytes;
}

int jsonDepth(const QByteArray &json, int maxDepth, qsizetype *offset)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    const char *p = json.constData();
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character, a quote among them
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth) {
                if (offset)
                    *offset = i;
                return depth;
            }
            deepest = std::max(deepest, depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    if (offset)
        *offset = -1;
    return deepest;
}

Result<QJsonDocument> parseBoundedJson(const QByteArray &json, const QString &name, qint64 maxBytes, int maxDepth)
{
    using R = Result<QJsonDocument>;
    if (json.size() > maxBytes)
        return R::failure(QCoreApplication::translate("ta::BoundedInput", "%1 is %2 bytes; at most %3 are accepted.")
                              .arg(name)
                              .arg(json.size())
                              .arg(maxBytes));
    qsizetype offset = -1;
    jsonDepth(json, maxDepth, &offset);
    if (offset >= 0)
        return R::failure(QCoreApplication::translate("ta::BoundedInput",
                                                      "%1, byte %2: arrays and objects are nested more than %3 deep.")
                              .arg(name)
                              .arg(offset + 1)
                              .arg(maxDepth));
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(QCoreApplication::translate("ta::BoundedInput", "%1, byte %2: not valid JSON (%3).")
                              .arg(name)
                              .arg(error.offset + 1)
                              .arg(error.errorString()));
    return doc;
}

Result<QJsonDocument> readBoundedJson(const QString &path, qint64 maxBytes, int maxDepth)
{
    auto bytes = readBoundedFile(path, maxBytes);
    if (!bytes)
        return bytes.status();
    return parseBoundedJson(bytes.value(), QDir::toNativeSeparators(path), maxBytes, maxDepth);
}

} // namespace ta
