#include "ui/common/touchinput.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace ta::touch {

QLineEdit *numberField(QWidget *parent, const char *name, bool decimals)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(QLatin1StringView(name));
    field->setInputMethodHints(decimals ? Qt::ImhFormattedNumbersOnly : Qt::ImhDigitsOnly);
    field->setValidator(new QRegularExpressionValidator(
        QRegularExpression(decimals ? QStringLiteral("-?[0-9 ]*[.,]?[0-9]*") : QStringLiteral("[0-9 .]*")), field));
    field->setMinimumHeight(MinimumHeight);
    return field;
}

std::optional<double> parseNumber(const QString &text)
{
    QString t = text.trimmed().remove(QLatin1Char(' '));
    if (t.isEmpty())
        return std::nullopt;
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

std::optional<qint64> parseWhole(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(' ')).remove(QLatin1Char('.'));
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

} // namespace ta::touch
