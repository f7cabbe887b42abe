#include "models/customers/searchtext.h"

namespace ta {

QString SearchText::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0110) || c == QChar(0x0111)) // Đ đ: a letter of its own, not d with a mark
            out += QLatin1Char('d');
        else
            out += c.toLower();
    }
    return out;
}

} // namespace ta
