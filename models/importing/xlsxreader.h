#pragma once

// Rows of an Excel workbook (.xlsx): the first sheet or a named one; shared and inline strings, numbers,
// booleans, and dates (cells whose number format is a date become YYYY-MM-DD). The zip is read with
// minizip and every part streamed with QXmlStreamReader, so a sheet of a million rows is never held whole.
// A workbook is a file from a stranger: each part is read within the bounds of models/core/limits.h (its
// inflated size, the ratio to its compressed size, the whole workbook's inflated size, nesting, the length of a
// text or a tag, the shared strings, row numbers and cell references), and the first bound passed stops the
// reading with a message naming the part or the cell.

#include "models/importing/rowsource.h"

#include <QByteArray>
#include <QSet>
#include <QXmlStreamReader>

#include <memory>
#include <vector>

namespace ta {

class XlsxReader final : public RowSource
{
public:
    /// True when @p head starts like a zip file (an .xlsx is one).
    static bool looksLikeXlsx(const QByteArray &head);

    explicit XlsxReader(const QString &path, const QString &sheet = {});
    ~XlsxReader() override;

    bool isValid() const override { return m_error.isEmpty(); }
    QString errorString() const override { return m_error; }
    bool next(QStringList &fields, qint64 &line) override;
    qint64 bytesRead() const override;
    QString format() const override { return QStringLiteral("xlsx: ") + m_sheetName; }
    QStringList sheetNames() const { return m_sheetNames; }

    class Entry;

private:
    std::unique_ptr<Entry> openEntry(const QString &name, qint64 limit, bool required);
    /// The next token of @p xml, counting its depth in @p depth; false at the end or on an error.
    bool step(QXmlStreamReader &xml, int &depth);
    /// Sets the error for a part whose reading stopped: a bound of @p entry, or the XML's own error.
    void partFailed(const Entry &entry, const QXmlStreamReader &xml);
    QString sharedString(qint64 index) const;
    QString cellValue(const QString &type, int style, const QString &raw, const QString &inlineText) const;

    QString m_path;
    QString m_error;
    QString m_sheetName;
    QStringList m_sheetNames;
    void *m_zip = nullptr; // unzFile
    std::unique_ptr<Entry> m_sheet;
    QXmlStreamReader m_xml;
    int m_depth = 0;
    qint64 m_lastRow = 0;
    // The shared strings as UTF-8, one after another: string i is [m_stringEnds[i - 1], m_stringEnds[i]).
    QByteArray m_stringText;
    std::vector<quint32> m_stringEnds;
    QSet<int> m_dateStyles;
    qint64 m_fileSize = 0;
    qint64 m_sheetSize = 0;
    qint64 m_inflated = 0; // all parts, for limits::WorkbookBytes
};

} // namespace ta
