#include "models/importing/csvreader.h"

#include "models/core/limits.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstring>

namespace ta {

RowSource::~RowSource() = default;

bool RowSource::nextRow(RowFields &fields, qint64 &line)
{
    QStringList list;
    if (!next(list, line))
        return false;
    fields.assign(list);
    return true;
}

namespace {
constexpr qint64 kChunk = 1 << 20;

// How much to ask @p device for: a chunk, or what a file has left when that is less (QIODevice::read and peek
// allocate what they are asked for before reading, a megabyte for a list of ten lines).
qint64 chunkFor(const QIODevice &device)
{
    if (device.isSequential())
        return kChunk;
    const qint64 left = device.bytesAvailable();
    if (left > 0)
        return std::min(left, kChunk);
    // At the end of what it holds; a size of 0 is not always an end (/proc).
    return device.size() > 0 ? 1 : kChunk;
}
} // namespace

std::pair<QString, int> CsvReader::detectEncoding(const QByteArray &head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return {QStringLiteral("UTF-8"), 3};
    if (head.startsWith("\xFF\xFE"))
        return {QStringLiteral("UTF-16LE"), 2};
    if (head.startsWith("\xFE\xFF"))
        return {QStringLiteral("UTF-16BE"), 2};
    // UTF-16 without a BOM: ASCII text leaves every other byte zero.
    int zeroEven = 0, zeroOdd = 0;
    const qsizetype probe = qMin<qsizetype>(head.size(), 4096);
    for (qsizetype i = 0; i < probe; ++i) {
        if (head.at(i) == 0)
            ++(i % 2 ? zeroOdd : zeroEven);
    }
    if (zeroOdd > probe / 4)
        return {QStringLiteral("UTF-16LE"), 0};
    if (zeroEven > probe / 4)
        return {QStringLiteral("UTF-16BE"), 0};
    // Valid UTF-8 (a chunk may end inside a character, so a sequence cut at the end still counts as valid).
    const auto *p = reinterpret_cast<const unsigned char *>(head.constData());
    const qsizetype n = head.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        const int extra = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
        if (extra < 0 || (extra == 1 && c < 0xC2))
            return {QStringLiteral("windows-1258"), 0};
        for (int k = 1; k <= extra && i + k < n; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return {QStringLiteral("windows-1258"), 0};
        }
        i += extra + 1;
    }
    return {QStringLiteral("UTF-8"), 0};
}

CsvReader::CsvReader(QIODevice &device, const QString &encoding, Sha256 *hash) : m_device(device), m_hash(hash)
{
    const QByteArray head = m_device.peek(chunkFor(m_device));
    int bom = 0;
    if (encoding.isEmpty()) {
        std::tie(m_encoding, bom) = detectEncoding(head);
    } else {
        m_encoding = encoding;
        bom = detectEncoding(head).second;
    }
    // A file that is not text at all (a PDF, a picture, a document picked by mistake) is refused here, before
    // any column is read from it: control bytes other than tab, line and page breaks do not occur in a CSV.
    if (!m_encoding.startsWith(QLatin1StringView("UTF-16"), Qt::CaseInsensitive)) {
        if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
            m_error = QCoreApplication::translate("ta::CsvReader", "This is an Excel 97-2003 workbook (.xls): save it "
                                                                   "as an .xlsx workbook or as CSV UTF-8.");
            return;
        }
        if (head.startsWith("%PDF-")) {
            m_error = QCoreApplication::translate("ta::CsvReader", "This is a PDF document, not a customer list: a "
                                                                   "customer list is a CSV or .xlsx file.");
            return;
        }
        for (qsizetype i = bom; i < head.size(); ++i) {
            const auto c = static_cast<unsigned char>(head.at(i));
            // (An old DOS end-of-file mark, Ctrl+Z, may close a text file.)
            const bool endMark = c == 0x1A && i == head.size() - 1;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && !endMark) {
                m_error = QCoreApplication::translate("ta::CsvReader",
                                                      "Byte %1 is binary data (0x%2), not text: this is not a CSV "
                                                      "file; a customer list is a CSV or .xlsx file.")
                              .arg(i + 1)
                              .arg(c, 2, 16, QLatin1Char('0'));
                return;
            }
        }
    }
    // Stateful: a chunk may end inside a character.
    m_decoder = std::make_unique<QStringDecoder>(m_encoding.toLatin1().constData());
    if (!m_decoder->isValid()) {
        m_error = QCoreApplication::translate("ta::CsvReader", "The text encoding %1 is not available on this "
                                                               "system; save the file as UTF-8.")
                      .arg(m_encoding);
        return;
    }
    // Windows-1258 writes Vietnamese tone marks as separate combining characters.
    m_recompose = !m_encoding.startsWith(QLatin1StringView("UTF"), Qt::CaseInsensitive);
    m_utf8 = m_encoding.compare(QLatin1StringView("UTF-8"), Qt::CaseInsensitive) == 0;
    if (bom > 0) {
        const QByteArray mark = m_device.read(bom);
        if (m_hash)
            m_hash->addData(mark);
    }
    m_bytesRead = bom;
    QString firstChunk;
    if (m_utf8) {
        fillBytes();
        firstChunk = QString::fromUtf8(m_bytes.left(64 * 1024));
    } else {
        fill();
        firstChunk = m_buffer.left(64 * 1024);
    }
    // The separator is whichever of , ; tab appears most in the first line outside quotes.
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    for (qsizetype i = 0; i < firstChunk.size(); ++i) {
        const QChar c = firstChunk.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++counts[0];
        else if (!quoted && c == QLatin1Char(';'))
            ++counts[1];
        else if (!quoted && c == QLatin1Char('\t'))
            ++counts[2];
    }
    if (counts[1] > counts[0] && counts[1] >= counts[2])
        m_separator = QLatin1Char(';');
    else if (counts[2] > counts[0] && counts[2] > counts[1])
        m_separator = QLatin1Char('\t');
}

QByteArray CsvReader::readChunk()
{
    if (m_eof)
        return {};
    const QByteArray bytes = m_device.read(chunkFor(m_device));
    if (bytes.isEmpty()) {
        m_eof = true;
        return {};
    }
    if (m_hash)
        m_hash->addData(bytes);
    m_bytesRead += bytes.size();
    return bytes;
}

bool CsvReader::hasMoreRecordsThan(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false; // the reading says why
    qint64 lines = 1;
    QByteArray chunk;
    while (lines <= limit && !(chunk = file.read(kChunk)).isEmpty())
        lines += std::count(chunk.cbegin(), chunk.cend(), '\n');
    if (lines <= limit)
        return false;
    file.seek(0);
    // As the reader sees them: a quote opens quoted text at the start of a field (after any of the separators),
    // and inside it a doubled quote is a quote; a line break inside quoted text does not end the record.
    qint64 records = 0;
    bool quoted = false;
    bool closing = false; // inside quoted text, just after a quote: the text ends unless another follows
    bool fieldStart = true;
    bool lineHasText = false;
    while (!(chunk = file.read(kChunk)).isEmpty()) {
        for (const char c : std::as_const(chunk)) {
            if (quoted) {
                if (closing) {
                    closing = false;
                    if (c == '"')
                        continue; // a doubled quote
                    quoted = false;
                } else {
                    closing = c == '"';
                    continue;
                }
            }
            if (c == '\n') {
                if (lineHasText && ++records > limit)
                    return true;
                lineHasText = false;
                fieldStart = true;
            } else if (c == ',' || c == ';' || c == '\t') {
                lineHasText = true;
                fieldStart = true;
            } else if (c == '"' && fieldStart) {
                quoted = true;
                lineHasText = true;
            } else if (c != '\r' && c != ' ') {
                lineHasText = true;
                fieldStart = false;
            }
        }
    }
    return records + (lineHasText ? 1 : 0) > limit;
}

bool CsvReader::fill()
{
    const QByteArray bytes = readChunk();
    if (bytes.isEmpty())
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype before = m_buffer.size();
    m_buffer += m_decoder->decode(bytes);
    if (m_decoder->hasError()) {
        // The first character the decoder could not make: its line is counted from what is not read yet.
        qsizetype bad = m_buffer.indexOf(QChar::ReplacementCharacter, before);
        if (bad < 0)
            bad = m_buffer.size();
        const qint64 line = m_line + QStringView(m_buffer).mid(m_pos, bad - m_pos).count(QLatin1Char('\n'));
        return refuseEncoding(line);
    }
    return true;
}

bool CsvReader::refuseLength(qint64 line, int field, bool quoted, bool wholeRow)
{
    if (wholeRow)
        m_error = QCoreApplication::translate("ta::CsvReader", "Line %1: the row is longer than %2 bytes.")
                      .arg(line)
                      .arg(limits::RowBytes);
    else if (quoted)
        m_error = QCoreApplication::translate("ta::CsvReader", "Line %1, field %2: the quoted text is longer than %3 "
                                                               "bytes; is its closing quote missing?")
                      .arg(line)
                      .arg(field)
                      .arg(limits::FieldBytes);
    else
        m_error = QCoreApplication::translate("ta::CsvReader", "Line %1, field %2: the field is longer than %3 bytes.")
                      .arg(line)
                      .arg(field)
                      .arg(limits::FieldBytes);
    return false;
}

bool CsvReader::refuseEncoding(qint64 line)
{
    m_error = QCoreApplication::translate("ta::CsvReader", "Line %1: these bytes are not %2 text. Save the file as "
                                                           "UTF-8 (CSV UTF-8 in Excel) or choose its encoding.")
                  .arg(line)
                  .arg(m_encoding);
    return false;
}

bool CsvReader::refuseColumns(qint64 line)
{
    m_error = QCoreApplication::translate("ta::CsvReader", "Line %1: the row has more than %2 fields.")
                  .arg(line)
                  .arg(limits::ListColumns);
    return false;
}

bool CsvReader::refuseOpenQuote(qint64 line, int field)
{
    m_error = QCoreApplication::translate("ta::CsvReader", "Line %1, field %2: the quote opened here is not closed "
                                                           "before the end of the file.")
                  .arg(line)
                  .arg(field);
    return false;
}

bool CsvReader::next(QStringList &fields, qint64 &line)
{
    fields.clear();
    if (!isValid())
        return false;
    if (m_utf8) {
        m_row.clear();
        if (!nextUtf8(m_row, line))
            return false;
        fields = m_row.toList();
        return true;
    }
    // Skip blank lines between records.
    while (true) {
        if (m_pos >= m_buffer.size() && !fill())
            return false;
        const QChar c = m_buffer.at(m_pos);
        if (c == QLatin1Char('\n')) {
            ++m_line;
            ++m_pos;
        } else if (c == QLatin1Char('\r')) {
            ++m_pos;
        } else {
            break;
        }
    }
    line = m_line;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    qint64 fieldLine = m_line;
    qint64 rowLength = 0;
    const bool utf16 = m_encoding.startsWith(QLatin1StringView("UTF-16"), Qt::CaseInsensitive);
    const auto finishField = [&] {
        if (fields.size() >= limits::ListColumns)
            return refuseColumns(line);
        // Qt's UTF-16 decoder lets half a character through: a surrogate without its pair.
        for (qsizetype i = 0; utf16 && i < field.size(); ++i) {
            const QChar c = field.at(i);
            const bool paired =
                c.isHighSurrogate() ? i + 1 < field.size() && field.at(i + 1).isLowSurrogate() : !c.isLowSurrogate();
            if (!paired)
                return refuseEncoding(fieldLine);
            i += c.isHighSurrogate();
        }
        if (m_recompose)
            field = field.normalized(QString::NormalizationForm_C);
        fields << (wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
        fieldLine = m_line;
        return true;
    };
    while (true) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (!m_error.isEmpty())
                return false;
            if (quoted)
                return refuseOpenQuote(fieldLine, int(fields.size()) + 1);
            return finishField();
        }
        // (In characters here: the text is decoded already.)
        if (field.size() > limits::FieldBytes)
            return refuseLength(fieldLine, int(fields.size()) + 1, quoted, false);
        if (++rowLength > limits::RowBytes)
            return refuseLength(line, 0, false, true);
        const QChar c = m_buffer.at(m_pos++);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_pos >= m_buffer.size() && !fill() && !m_error.isEmpty())
                    return false;
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('"')) {
                    field += c;
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            quoted = true;
            wasQuoted = true;
            field.clear();
        } else if (c == m_separator) {
            if (!finishField())
                return false;
        } else if (c == QLatin1Char('\n')) {
            ++m_line;
            return finishField();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
}

bool CsvReader::nextRow(RowFields &fields, qint64 &line)
{
    if (!m_utf8)
        return RowSource::nextRow(fields, line);
    fields.clear();
    return isValid() && nextUtf8(fields, line);
}

bool CsvReader::fillBytes()
{
    // Consumed bytes go before more are read, so the buffer holds about one chunk and the current record.
    if (m_pos > 0 && m_pos >= m_bytes.size() / 2) {
        m_base += m_pos;
        m_bytes.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray bytes = readChunk();
    if (bytes.isEmpty())
        return false;
    m_bytes += bytes;
    return true;
}

namespace {

// The length of the valid UTF-8 prefix of [p, p + n): n when all of it is valid.
qsizetype validUtf8(const unsigned char *p, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        // ASCII eight bytes at a time, the usual case.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        char32_t min;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        char32_t cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return n;
}

} // namespace

bool CsvReader::nextUtf8(RowFields &fields, qint64 &line)
{
    const char sep = char(m_separator.unicode());
    // Skip blank lines between records.
    while (true) {
        if (m_pos >= m_bytes.size() && !fillBytes())
            return false;
        const char c = m_bytes.at(m_pos);
        if (c == '\n') {
            ++m_line;
            ++m_pos;
        } else if (c == '\r') {
            ++m_pos;
        } else {
            break;
        }
    }
    line = m_line;
    // Positions are offsets into m_bytes; a field is copied out before the buffer is refilled, since
    // refilling may move what was read before.
    // A field that spans a refill, is quoted or holds a carriage return is copied out, into a buffer kept from
    // field to field.
    QByteArray &copy = m_field;
    int column = 1;
    const qint64 recordStart = m_base + m_pos;
    for (;;) {
        bool quoted = false;
        bool copied = false;
        const qint64 fieldLine = m_line;
        if (column > limits::ListColumns)
            return refuseColumns(line);
        // Checked whenever the buffer is refilled and at the field's end, so no more than a chunk is held.
        const auto tooLong = [&](qsizetype fieldSize) {
            return fieldSize > limits::FieldBytes || m_base + m_pos - recordStart > limits::RowBytes;
        };
        const auto refuse = [&](qsizetype fieldSize) {
            return refuseLength(fieldSize > limits::FieldBytes ? fieldLine : line, column, quoted,
                                fieldSize <= limits::FieldBytes);
        };
        // Blanks before a quote do not count (blanks around a plain field are trimmed anyway).
        for (;;) {
            if (m_pos >= m_bytes.size() && !fillBytes())
                break;
            const char c = m_bytes.at(m_pos);
            if ((c == ' ' || c == '\t') && c != sep) {
                ++m_pos;
                continue;
            }
            if (c == '"') {
                quoted = copied = true;
                copy.resize(0);
                ++m_pos;
                for (;;) {
                    if (m_pos >= m_bytes.size() && !fillBytes())
                        return refuseOpenQuote(fieldLine, column);
                    const char *data = m_bytes.constData();
                    const void *q = std::memchr(data + m_pos, '"', std::size_t(m_bytes.size() - m_pos));
                    const qsizetype stop = q ? static_cast<const char *>(q) - data : m_bytes.size();
                    for (qsizetype k = m_pos; k < stop; ++k)
                        m_line += data[k] == '\n';
                    copy.append(data + m_pos, stop - m_pos);
                    m_pos = stop;
                    if (tooLong(copy.size()))
                        return refuse(copy.size());
                    if (!q)
                        continue;
                    ++m_pos; // past the quote: a second one is a quote in the text
                    if (m_pos >= m_bytes.size())
                        fillBytes();
                    if (m_pos < m_bytes.size() && m_bytes.at(m_pos) == '"') {
                        copy.append('"');
                        ++m_pos;
                        continue;
                    }
                    break;
                }
            }
            break;
        }
        // Plain bytes up to the separator or the line end; after a quoted part they are added to it.
        const qsizetype begin = m_pos;
        qsizetype end = m_pos;
        bool endOfLine = false;
        bool endOfFile = false;
        for (;;) {
            const char *data = m_bytes.constData();
            const qsizetype size = m_bytes.size();
            qsizetype k = m_pos;
            while (k < size && data[k] != sep && data[k] != '\n' && data[k] != '\r')
                ++k;
            if (k == size) {
                if (!copied) {
                    copy.resize(0);
                    copy.append(data + begin, k - begin);
                    copied = true;
                } else {
                    copy.append(data + m_pos, k - m_pos);
                }
                m_pos = k;
                if (tooLong(copy.size()))
                    return refuse(copy.size());
                if (!fillBytes()) {
                    endOfFile = true;
                    break;
                }
                continue;
            }
            if (copied)
                copy.append(data + m_pos, k - m_pos);
            m_pos = k + 1;
            if (data[k] == '\r') { // dropped: the line ends at its line feed
                if (!copied) {
                    copy.resize(0);
                    copy.append(data + begin, k - begin);
                    copied = true;
                }
                continue;
            }
            end = k;
            endOfLine = data[k] == '\n';
            break;
        }
        const char *text = copied ? copy.constData() : m_bytes.constData() + begin;
        const qsizetype size = copied ? copy.size() : end - begin;
        if (tooLong(size))
            return refuse(size);
        const qsizetype valid = validUtf8(reinterpret_cast<const unsigned char *>(text), size);
        if (valid < size) {
            m_error = QCoreApplication::translate("ta::CsvReader",
                                                  "Line %1, field %2: the byte 0x%3 is not UTF-8 text. Save the file "
                                                  "as UTF-8 (CSV UTF-8 in Excel) or choose its encoding.")
                          .arg(m_line)
                          .arg(column)
                          .arg(static_cast<unsigned char>(text[valid]), 2, 16, QLatin1Char('0'));
            return false;
        }
        fields.appendUtf8(QByteArrayView(text, size), !quoted);
        ++column;
        if (endOfFile)
            return true;
        if (endOfLine) {
            ++m_line;
            return true;
        }
    }
}

} // namespace ta
