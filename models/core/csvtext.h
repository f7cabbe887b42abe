#pragma once

#include <QByteArray>
#include <QString>

namespace ta::csv {

/// A CSV field always quoted (RFC 4180: inner quotes doubled), for text that may hold separators.
QString quoted(const QString &text);
/// The UTF-8 byte-order mark Excel needs to read a CSV's Vietnamese text as UTF-8.
inline QByteArray excelBom()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

} // namespace ta::csv
