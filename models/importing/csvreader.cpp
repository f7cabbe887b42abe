#include "models/importing/csvreader.h"

#include <QCoreApplication>

namespace ta {

RowSource::~RowSource() = default;

namespace {
constexpr qint64 kChunk = 1 << 20;
}

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

CsvReader::CsvReader(QIODevice &device, const QString &encoding) : m_device(device)
{
    const QByteArray head = m_device.peek(kChunk);
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
    if (bom > 0)
        m_device.read(bom);
    m_bytesRead = bom;
    fill();
    // The separator is whichever of , ; tab appears most in the first line outside quotes.
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    for (qsizetype i = 0; i < m_buffer.size(); ++i) {
        const QChar c = m_buffer.at(i);
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

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    const QByteArray bytes = m_device.read(kChunk);
    if (bytes.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_bytesRead += bytes.size();
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    QString decoded = m_decoder->decode(bytes);
    m_buffer += decoded;
    return true;
}

bool CsvReader::next(QStringList &fields, qint64 &line)
{
    fields.clear();
    if (!isValid())
        return false;
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
    const auto finishField = [&] {
        if (m_recompose)
            field = field.normalized(QString::NormalizationForm_C);
        fields << (wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    while (true) {
        if (m_pos >= m_buffer.size() && !fill()) {
            finishField();
            return true;
        }
        const QChar c = m_buffer.at(m_pos++);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_pos >= m_buffer.size())
                    fill();
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
            finishField();
        } else if (c == QLatin1Char('\n')) {
            ++m_line;
            finishField();
            return true;
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
}

} // namespace ta
