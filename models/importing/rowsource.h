#pragma once

#include <QChar>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <utility>
#include <vector>

namespace ta {

/// One row's fields as views of a single text that is kept from row to row: reading a row of a long list
/// makes no string per field, and a field is copied out only where it is kept.
class RowFields
{
public:
    qsizetype size() const { return qsizetype(m_spans.size()); }
    /// Valid until the next change of the row.
    QStringView at(qsizetype i) const
    {
        const auto &[begin, length] = m_spans[std::size_t(i)];
        return {m_text.constData() + begin, length};
    }
    /// A single empty field: what a blank line of text reads as.
    bool isBlank() const { return size() == 1 && at(0).isEmpty(); }

    void clear()
    {
        m_used = 0;
        m_spans.clear();
    }
    void append(QStringView field)
    {
        QChar *out = room(field.size());
        std::copy(field.begin(), field.end(), out);
        close(out + field.size(), false);
    }
    /// @p utf8 must be valid UTF-8; blanks around it are left out when @p trim (as QString::trimmed()).
    void appendUtf8(QByteArrayView utf8, bool trim)
    {
        QChar *out = room(utf8.size()); // never more UTF-16 units than UTF-8 bytes
        // ASCII, as most fields of a list are (codes, numbers, empty ones), is widened here; the decoder takes the
        // rest from the first other byte.
        const char *bytes = utf8.data();
        const qsizetype size = utf8.size();
        qsizetype i = 0;
        for (; i < size && static_cast<unsigned char>(bytes[i]) < 0x80; ++i)
            out[i] = QChar(char16_t(bytes[i]));
        close(i == size ? out + size : m_utf8.appendToBuffer(out + i, utf8.sliced(i)), trim);
    }
    void assign(const QStringList &fields)
    {
        clear();
        for (const QString &f : fields)
            append(f);
    }
    QStringList toList() const
    {
        QStringList list;
        list.reserve(size());
        for (qsizetype i = 0; i < size(); ++i)
            list << at(i).toString();
        return list;
    }

private:
    QChar *room(qsizetype n)
    {
        if (m_text.size() < m_used + n)
            m_text.resize(std::max(m_used + n, 2 * m_text.size()));
        return m_text.data() + m_used;
    }
    void close(QChar *end, bool trim)
    {
        QStringView field(m_text.constData() + m_used, end);
        if (trim && !field.isEmpty() && (field.front().isSpace() || field.back().isSpace()))
            field = field.trimmed();
        m_spans.emplace_back(field.data() - m_text.constData(), field.size());
        m_used = end - m_text.constData();
    }

    QString m_text; // its size is the room; m_used of it is written
    qsizetype m_used = 0;
    std::vector<std::pair<qsizetype, qsizetype>> m_spans; // offset and length of each field
    // Each field is whole: nothing is carried from one to the next, and a leading U+FEFF is a character.
    QStringDecoder m_utf8{QStringDecoder::Utf8,
                          QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom};
};

/// Rows of a customer list, whatever the file: delimited text or a spreadsheet.
class RowSource
{
public:
    virtual ~RowSource();
    virtual bool isValid() const = 0;
    virtual QString errorString() const = 0;
    /// The next row; false at the end. @p line is the line (CSV) or row number (spreadsheet).
    virtual bool next(QStringList &fields, qint64 &line) = 0;
    /// The same as views of one text (a source that reads its fields as text overrides it to skip the list).
    virtual bool nextRow(RowFields &fields, qint64 &line);
    /// How far into the file reading has come, in bytes of the file (for progress).
    virtual qint64 bytesRead() const = 0;
    /// What was read, for the summary ("UTF-8", "xlsx: Sheet1").
    virtual QString format() const = 0;
};

} // namespace ta
