#pragma once

// Streaming reader for delimited text as spreadsheets and CMIS exports write it: comma, semicolon or tab;
// RFC 4180 quoting (separators, quotes and line breaks inside quoted fields); UTF-8 with or without BOM,
// UTF-16 LE/BE (Excel's "Unicode text"), or a legacy code page such as Windows-1258 (decomposed
// Vietnamese marks are recomposed). It reads in chunks: a file of any size is never held whole.
// UTF-8, the common case, is scanned byte by byte without decoding the separators and quotes: each field is
// turned into text once, and a byte sequence that is not UTF-8 anywhere in the file stops the reading with
// its line and column (errorString), never replaced silently; so does a byte sequence another encoding cannot
// decode. A field, a row or a row's count of fields beyond models/core/limits.h stops it too, as does a quote
// left open at the end of the file.

#include "models/core/sha256.h"
#include "models/importing/rowsource.h"

#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <memory>

namespace ta {

class CsvReader final : public RowSource
{
public:
    /// Detects the encoding from the first bytes: a BOM, UTF-16 zero bytes, valid UTF-8, else
    /// Windows-1258. Returns the encoding name and the BOM length.
    static std::pair<QString, int> detectEncoding(const QByteArray &head);

    /// Whether the delimited text in @p path has more than @p limit records (non-blank lines, a line break inside
    /// quotes not ending one), told from its bytes without decoding them: its line breaks are counted first, and
    /// the records only when there are more line breaks than that. Exact for UTF-8 and one-byte encodings.
    static bool hasMoreRecordsThan(const QString &path, qint64 limit);

    /// Reads @p device in @p encoding (empty: detect). The separator is taken from the first line. Every byte
    /// read is also added to @p hash when given (the file's checksum in the same pass as the reading).
    explicit CsvReader(QIODevice &device, const QString &encoding = {}, Sha256 *hash = nullptr);

    bool isValid() const override { return m_error.isEmpty(); }
    QString errorString() const override { return m_error; }
    QString encoding() const { return m_encoding; }
    QChar separator() const { return m_separator; }
    QString format() const override { return m_encoding; }

    /// The next record; false at the end. @p line is the line the record starts on (1 = first line).
    bool next(QStringList &fields, qint64 &line) override;
    bool nextRow(RowFields &fields, qint64 &line) override;
    qint64 bytesRead() const override { return m_bytesRead; }

private:
    bool fill();
    QByteArray readChunk();
    bool nextUtf8(RowFields &fields, qint64 &line);
    bool fillBytes();
    // Each sets the error and returns false.
    bool refuseLength(qint64 line, int field, bool quoted, bool wholeRow);
    bool refuseColumns(qint64 line);
    bool refuseEncoding(qint64 line);
    bool refuseOpenQuote(qint64 line, int field);

    QIODevice &m_device;
    QString m_encoding;
    std::unique_ptr<QStringDecoder> m_decoder;
    bool m_recompose = false;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_utf8 = false;
    QByteArray m_bytes; // the UTF-8 path: undecoded bytes, m_pos indexes them
    QByteArray m_field; // the UTF-8 path: a field copied out of m_bytes
    qint64 m_base = 0;  // the offset in the file of m_bytes' first byte
    Sha256 *m_hash = nullptr;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_eof = false;
    QChar m_separator = QLatin1Char(',');
    QString m_error;
    RowFields m_row; // next() as a list: the UTF-8 path reads views
};

} // namespace ta
