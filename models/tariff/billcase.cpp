#include "models/tariff/billcase.h"

#include "models/core/boundedinput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace ta {

namespace {

QString problem(const QString &field, const QString &text)
{
    return QCoreApplication::translate("ta::BillEngine", "%1: %2").arg(field, text);
}

std::optional<qint64> wholeKwh(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != std::floor(d) || std::abs(d) > 1e12)
        return std::nullopt;
    return qint64(d);
}

QString notWholeKwh(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return QCoreApplication::translate("ta::BillCase", "a whole number of kWh is required.");
    const QString shown = v.isString() ? QLatin1Char('"') + v.toString() + QLatin1Char('"') : v.toVariant().toString();
    return QCoreApplication::translate("ta::BillCase", "a whole number of kWh is required, not %1.").arg(shown);
}

} // namespace

Result<BillInput> BillCase::fromJson(const QByteArray &json)
{
    using R = Result<BillInput>;
    const auto parsed =
        parseBoundedJson(json, QCoreApplication::translate("ta::BillCase", "The case"), limits::TariffFileBytes);
    if (!parsed)
        return parsed.status();
    const QJsonDocument &doc = parsed.value();
    if (!doc.isObject())
        return R::failure(QCoreApplication::translate("ta::BillCase", "The case must be a JSON object."));
    const QJsonObject o = doc.object();
    static const QSet<QString> known{QStringLiteral("from"),       QStringLiteral("to"),
                                     QStringLiteral("meter"),      QStringLiteral("voltage"),
                                     QStringLiteral("households"), QStringLiteral("purposes"),
                                     QStringLiteral("kwh"),        QStringLiteral("renters_undeclared")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return R::failure(problem(it.key(), QCoreApplication::translate("ta::BillCase", "unknown field.")));
    }

    BillInput in;
    for (const auto &[key, target] :
         {std::pair{QStringLiteral("from"), &in.from}, std::pair{QStringLiteral("to"), &in.to}}) {
        *target = QDate::fromString(o.value(key).toString(), Qt::ISODate);
        if (!target->isValid())
            return R::failure(problem(key, QCoreApplication::translate("ta::BillCase", "a date written YYYY-MM-DD is "
                                                                                       "required.")));
    }
    if (o.contains(QStringLiteral("meter"))) {
        const auto meter = meterTypeFromCode(o.value(QStringLiteral("meter")).toString());
        if (!meter)
            return R::failure(
                problem(QStringLiteral("meter"),
                        QCoreApplication::translate("ta::BillCase", "use single-rate, three-rate or prepaid.")));
        in.meter = *meter;
    }
    if (o.contains(QStringLiteral("voltage"))) {
        const QJsonValue v = o.value(QStringLiteral("voltage"));
        in.voltage = v.isDouble() ? QString::number(v.toDouble()) : v.toString();
    }
    if (o.contains(QStringLiteral("households"))) {
        const QJsonValue v = o.value(QStringLiteral("households"));
        if (!v.isDouble())
            return R::failure(problem(QStringLiteral("households"),
                                      QCoreApplication::translate("ta::BillCase", "a number is required.")));
        in.households = v.toDouble();
    }
    if (o.contains(QStringLiteral("renters_undeclared"))) {
        const QJsonValue v = o.value(QStringLiteral("renters_undeclared"));
        if (!v.isBool())
            return R::failure(problem(QStringLiteral("renters_undeclared"),
                                      QCoreApplication::translate("ta::BillCase", "true or false is required.")));
        in.rentersUndeclared = v.toBool();
    }

    const QJsonValue kwh = o.value(QStringLiteral("kwh"));
    if (kwh.isObject()) {
        const QJsonObject k = kwh.toObject();
        for (auto it = k.begin(); it != k.end(); ++it) {
            if (it.key() != QLatin1StringView("normal") && it.key() != QLatin1StringView("peak") &&
                it.key() != QLatin1StringView("offpeak"))
                return R::failure(problem(QStringLiteral("kwh.") + it.key(),
                                          QCoreApplication::translate("ta::BillCase", "unknown register (normal, peak, "
                                                                                      "offpeak).")));
        }
        qint64 total = 0;
        for (const auto &[key, target] :
             {std::pair{QStringLiteral("normal"), &in.kwh.normal}, std::pair{QStringLiteral("peak"), &in.kwh.peak},
              std::pair{QStringLiteral("offpeak"), &in.kwh.offPeak}}) {
            const auto value = wholeKwh(k.value(key));
            if (!value)
                return R::failure(problem(QStringLiteral("kwh.") + key, notWholeKwh(k.value(key))));
            *target = *value;
            total += *value;
        }
        in.kwh.total = total;
    } else {
        const auto value = wholeKwh(kwh);
        if (!value)
            return R::failure(problem(QStringLiteral("kwh"), notWholeKwh(kwh)));
        in.kwh.total = *value;
    }

    if (o.contains(QStringLiteral("purposes"))) {
        const QJsonValue pv = o.value(QStringLiteral("purposes"));
        if (!pv.isArray() || pv.toArray().isEmpty())
            return R::failure(problem(QStringLiteral("purposes"),
                                      QCoreApplication::translate("ta::BillCase", "a non-empty list is required.")));
        const QJsonArray list = pv.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("purposes[%1]").arg(i);
            const QJsonObject p = list.at(i).toObject();
            Purpose purpose;
            purpose.group = p.value(QStringLiteral("group")).toString();
            if (purpose.group.isEmpty())
                return R::failure(problem(path + QStringLiteral(".group"),
                                          QCoreApplication::translate("ta::BillCase", "a price group is required.")));
            const int forms = int(p.contains(QStringLiteral("share"))) + int(p.contains(QStringLiteral("kwh"))) +
                              int(p.contains(QStringLiteral("remainder")));
            if (forms != 1)
                return R::failure(
                    problem(path, QCoreApplication::translate("ta::BillCase", "give exactly one of share, "
                                                                              "kwh or remainder.")));
            if (p.contains(QStringLiteral("share"))) {
                if (!p.value(QStringLiteral("share")).isDouble())
                    return R::failure(
                        problem(path + QStringLiteral(".share"),
                                QCoreApplication::translate("ta::BillCase", "a percentage is required.")));
                purpose.kind = Purpose::Kind::Share;
                purpose.value = p.value(QStringLiteral("share")).toDouble();
            } else if (p.contains(QStringLiteral("kwh"))) {
                const auto value = wholeKwh(p.value(QStringLiteral("kwh")));
                if (!value)
                    return R::failure(
                        problem(path + QStringLiteral(".kwh"), notWholeKwh(p.value(QStringLiteral("kwh")))));
                purpose.kind = Purpose::Kind::FixedKwh;
                purpose.value = double(*value);
            } else {
                if (p.value(QStringLiteral("remainder")) != QJsonValue(true))
                    return R::failure(problem(path + QStringLiteral(".remainder"),
                                              QCoreApplication::translate("ta::BillCase", "must be true.")));
                purpose.kind = Purpose::Kind::Remainder;
            }
            in.purposes << purpose;
        }
    }
    return in;
}

} // namespace ta
