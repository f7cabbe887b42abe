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

} // namespace ta
