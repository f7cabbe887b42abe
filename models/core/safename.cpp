#include "models/core/safename.h"

#include <QCoreApplication>

namespace ta::safeName {

namespace {

bool allowed(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
}

} // namespace

bool isSafe(const QString &text)
{
    if (text.isEmpty() || text.size() > MaximumLength || text.startsWith(QLatin1Char('.')))
        return false;
    return std::all_of(text.begin(), text.end(), allowed);
}

Status check(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return Status::failure(QCoreApplication::translate("ta::SafeName", "%1: it is empty.").arg(what));
    if (text.size() > MaximumLength)
        return Status::failure(
            QCoreApplication::translate("ta::SafeName", "%1: at most %2 characters.").arg(what).arg(MaximumLength));
    if (text.startsWith(QLatin1Char('.')))
        return Status::failure(
            QCoreApplication::translate("ta::SafeName", "%1 \"%2\": it cannot start with a dot.").arg(what, text));
    for (const QChar c : text) {
        if (!allowed(c))
            return Status::failure(
                QCoreApplication::translate("ta::SafeName", "%1 \"%2\": the character \"%3\" is not allowed; use "
                                                            "letters, digits, '-', '_' and '.'.")
                    .arg(what, text,
                         c.isPrint() ? QString(c) : QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
    }
    return Status::success();
}

} // namespace ta::safeName
