#include "models/core/money.h"

namespace ta::money {

qint64 percentOf(qint64 amount, int percent)
{
    const qint64 scaled = amount * percent;
    return scaled >= 0 ? (scaled + 50) / 100 : -((-scaled + 50) / 100);
}

QString formatNumber(qint64 value)
{
    QString digits = QString::number(value < 0 ? -value : value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return value < 0 ? QLatin1Char('-') + digits : digits;
}

QString format(qint64 dong)
{
    return formatNumber(dong) + QStringLiteral(" đ");
}

} // namespace ta::money
