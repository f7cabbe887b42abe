#include "models/customers/searchtext.h"

#include <memory>

namespace ta {

namespace {

// Folding of one character, or 0 to drop it (a combining mark).
char16_t foldChar(char16_t c)
{
    if (c == 0x0110 || c == 0x0111) // Đ đ: a letter of its own, not d with a mark
        return u'd';
    const QString decomposed = QString(QChar(c)).normalized(QString::NormalizationForm_D);
    for (QChar d : decomposed) {
        if (d.category() != QChar::Mark_NonSpacing)
            return d.toLower().unicode();
    }
    return 0;
}

// Every BMP character folded once (the table covers Latin and Vietnamese); others are folded on the fly.
const char16_t *foldTable()
{
    static const auto table = [] {
        auto t = std::make_unique<char16_t[]>(0x2000);
        for (char16_t c = 0; c < 0x2000; ++c)
            t[c] = foldChar(c);
        return t;
    }();
    return table.get();
}

} // namespace

QString SearchText::fold(const QString &text)
{
    const char16_t *table = foldTable();
    QString out(text.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const char16_t f = u < 0x2000 ? table[u] : foldChar(u);
        if (f)
            *dst++ = QChar(f);
    }
    out.truncate(dst - out.constData());
    // Text written with separate combining marks (Windows-1258) folds to the same result.
    return out;
}

namespace {

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xc0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3f)));
    } else if (c < 0x10000) {
        out.append(char(0xe0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3f)));
        out.append(char(0x80 | (c & 0x3f)));
    } else {
        out.append(char(0xf0 | (c >> 18)));
        out.append(char(0x80 | ((c >> 12) & 0x3f)));
        out.append(char(0x80 | ((c >> 6) & 0x3f)));
        out.append(char(0x80 | (c & 0x3f)));
    }
}

} // namespace

void SearchText::foldUtf8(QByteArrayView text, QByteArray &out)
{
    const char16_t *table = foldTable();
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const auto *end = p + text.size();
    while (p < end) {
        const unsigned char b = *p;
        if (b < 0x80) {
            // ASCII folds to ASCII (its lower case).
            if (const char16_t f = table[b])
                out.append(char(f));
            ++p;
            continue;
        }
        const int length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        bool valid = length > 1 && end - p >= length;
        char32_t c = length == 2 ? b & 0x1f : length == 3 ? b & 0x0f : b & 0x07;
        for (int i = 1; valid && i < length; ++i) {
            valid = (p[i] & 0xc0) == 0x80;
            c = (c << 6) | (p[i] & 0x3f);
        }
        if (!valid) {
            // Not UTF-8 (SQLite never hands such text over from a column written as text): as Qt reads it.
            out += fold(QString::fromUtf8(
                            text.sliced(qsizetype(p - reinterpret_cast<const unsigned char *>(text.data())))))
                       .toUtf8();
            return;
        }
        p += length;
        if (c >= 0x10000) {
            appendUtf8(out, c); // outside the BMP: each half of its UTF-16 pair folds to itself
            continue;
        }
        const char16_t folded = c < 0x2000 ? table[c] : foldChar(char16_t(c));
        if (folded)
            appendUtf8(out, folded);
    }
}

} // namespace ta
