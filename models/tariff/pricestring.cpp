#include "models/tariff/pricestring.h"

#include "models/tariff/tarifflibrary.h"

#include <QCoreApplication>
#include <QHash>

namespace ta {

namespace {

QString error(const QString &text, const QString &problem)
{
    return QCoreApplication::translate("ta::PriceString", "Price string \"%1\": %2").arg(text, problem);
}

} // namespace

Result<QList<Purpose>> PriceString::parse(const QString &text, const TariffLibrary &library)
{
    using R = Result<QList<Purpose>>;
    QList<Purpose> purposes;
    struct RegisterLine
    {
        QString group;
        Purpose purpose;
        QStringList registers;
    };
    QList<RegisterLine> perRegister;
    // Read as views of the text, a line at a time: a refused line is met without the ones after it being copied.
    bool empty = true;
    for (const QStringView rawLine : QStringView(text).tokenize(u';', Qt::SkipEmptyParts)) {
        empty = false;
        const QStringView line = rawLine.trimmed();
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            return R::failure(
                error(text, QCoreApplication::translate("ta::PriceString", "\"%1\" is not GROUP:AMOUNT.").arg(line)));
        QStringView groupPart = line.left(colon).trimmed();
        const QStringView amount = line.mid(colon + 1).trimmed();
        QString reg;
        if (const qsizetype at = groupPart.indexOf(u'@'); at >= 0) {
            reg = groupPart.mid(at + 1).trimmed().toString().toUpper();
            groupPart = groupPart.left(at).trimmed();
            if (reg != QLatin1StringView("KT") && reg != QLatin1StringView("BT") && reg != QLatin1StringView("CD") &&
                reg != QLatin1StringView("TD"))
                return R::failure(error(text, QCoreApplication::translate("ta::PriceString", "unknown register \"%1\" "
                                                                                             "(KT, BT, CD, TD).")
                                                  .arg(reg)));
        }
        Purpose p;
        p.group = library.groupForCode(groupPart.toString());
        if (p.group.isEmpty())
            return R::failure(error(text, QCoreApplication::translate("ta::PriceString", "unknown price group \"%1\" "
                                                                                         "(the tariff books know %2).")
                                              .arg(groupPart, library.priceGroupCodes().join(QStringLiteral(", ")))));
        bool ok = false;
        if (amount.compare(QLatin1StringView("CL"), Qt::CaseInsensitive) == 0) {
            p.kind = Purpose::Kind::Remainder;
            ok = true;
        } else if (amount.endsWith(QLatin1Char('%'))) {
            p.kind = Purpose::Kind::Share;
            p.value = amount.chopped(1).trimmed().toString().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        } else if (amount.endsWith(QLatin1StringView("kWh"), Qt::CaseInsensitive)) {
            p.kind = Purpose::Kind::FixedKwh;
            p.value = amount.chopped(3).trimmed().toLongLong(&ok);
        }
        if (!ok)
            return R::failure(error(text, QCoreApplication::translate("ta::PriceString", "\"%1\" is not a percentage, "
                                                                                         "a kWh quantity or CL.")
                                              .arg(amount)));
        if (reg.isEmpty() || reg == QLatin1StringView("KT")) {
            purposes << p;
            continue;
        }
        bool merged = false;
        for (RegisterLine &r : perRegister) {
            if (r.group == p.group) {
                if (r.purpose.kind != p.kind || r.purpose.value != p.value)
                    return R::failure(error(text, QCoreApplication::translate("ta::PriceString",
                                                                              "group %1 has different amounts on its "
                                                                              "registers, which is not supported.")
                                                      .arg(groupPart)));
                r.registers << reg;
                merged = true;
            }
        }
        if (!merged)
            perRegister << RegisterLine{p.group, p, {reg}};
    }
    if (empty)
        return R::failure(error(text, QCoreApplication::translate("ta::PriceString", "it is empty.")));
    for (const RegisterLine &r : perRegister)
        purposes << r.purpose;
    return purposes;
}

QString PriceString::format(const QList<Purpose> &purposes, const TariffLibrary &library)
{
    QStringList lines;
    for (const Purpose &p : purposes) {
        QString amount;
        switch (p.kind) {
        case Purpose::Kind::Share:
            amount = QString::number(p.value) + QLatin1Char('%');
            break;
        case Purpose::Kind::FixedKwh:
            amount = QString::number(qint64(p.value)) + QStringLiteral("kWh");
            break;
        case Purpose::Kind::Remainder:
            amount = QStringLiteral("CL");
            break;
        }
        lines << library.codeForGroup(p.group) + QLatin1Char(':') + amount;
    }
    return lines.join(QLatin1Char(';'));
}

} // namespace ta
