#pragma once

// Rows of an Excel workbook (.xlsx): the first sheet or a named one; shared and inline strings, numbers,
// booleans, and dates (cells whose number format is a date become YYYY-MM-DD). The zip is read with
// minizip and the sheet streamed with QXmlStreamReader, so a sheet of a million rows is never held whole.

#include "models/importing/rowsource.h"

#include <QSet>
#include <QXmlStreamReader>

#include <memory>
#include <vector>

class QIODevice;

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

private:
    QByteArray readEntry(const QString &name, bool required);
    QString cellValue(const QString &type, int style, const QString &raw, const QString &inlineText) const;

    QString m_path;
    QString m_error;
    QString m_sheetName;
    QStringList m_sheetNames;
    void *m_zip = nullptr; // unzFile
    std::unique_ptr<QIODevice> m_sheet;
    QXmlStreamReader m_xml;
    std::vector<QString> m_sharedStrings;
    QSet<int> m_dateStyles;
    qint64 m_fileSize = 0;
    qint64 m_sheetSize = 0;
};

} // namespace ta
