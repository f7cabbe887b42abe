#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

namespace ta {

/// Rows of a customer list, whatever the file: delimited text or a spreadsheet.
class RowSource
{
public:
    virtual ~RowSource();
    virtual bool isValid() const = 0;
    virtual QString errorString() const = 0;
    /// The next row; false at the end. @p line is the line (CSV) or row number (spreadsheet).
    virtual bool next(QStringList &fields, qint64 &line) = 0;
    /// How far into the file reading has come, in bytes of the file (for progress).
    virtual qint64 bytesRead() const = 0;
    /// What was read, for the summary ("UTF-8", "xlsx: Sheet1").
    virtual QString format() const = 0;
};

} // namespace ta
