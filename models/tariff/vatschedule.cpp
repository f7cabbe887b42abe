#include "models/tariff/vatschedule.h"

#include "models/core/boundedinput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ta {

Result<VatSchedule> VatSchedule::fromJson(const QByteArray &json, const QString &fileName)
{
    const auto fail = [&fileName](const QString &field, const QString &problem) {
        return Result<VatSchedule>::failure(
            QCoreApplication::translate("ta::VatSchedule", "VAT rates %1, field %2: %3").arg(fileName, field, problem));
    };
    const auto parsed = parseBoundedJson(
        json, QCoreApplication::translate("ta::VatSchedule", "VAT rates %1").arg(fileName), limits::TariffFileBytes);
    if (!parsed)
        return parsed.status();
    const QJsonDocument &doc = parsed.value();
    if (!doc.isObject())
        return fail(QStringLiteral("-"), QCoreApplication::translate("ta::VatSchedule", "a JSON object is expected."));
    const QJsonObject root = doc.object();
    VatSchedule s;
    s.m_defaultRate = root.value(QStringLiteral("defaultRate")).toInt(-1);
    s.m_defaultSource = root.value(QStringLiteral("defaultSource")).toString();
    if (s.m_defaultRate < 0 || s.m_defaultRate > 100)
        return fail(QStringLiteral("defaultRate"),
                    QCoreApplication::translate("ta::VatSchedule", "a rate from 0 to 100 is required."));
    const QJsonArray periods = root.value(QStringLiteral("periods")).toArray();
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const QJsonObject o = periods.at(i).toObject();
        const QString path = QStringLiteral("periods[%1].").arg(i);
        Period p;
        p.from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
        p.to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
        p.ratePercent = o.value(QStringLiteral("rate")).toInt(-1);
        p.source = o.value(QStringLiteral("source")).toString();
        if (!p.from.isValid() || !p.to.isValid() || p.to < p.from)
            return fail(path + QStringLiteral("from/to"),
                        QCoreApplication::translate("ta::VatSchedule", "a valid date range is required."));
        if (p.ratePercent < 0 || p.ratePercent > 100)
            return fail(path + QStringLiteral("rate"),
                        QCoreApplication::translate("ta::VatSchedule", "a rate from 0 to 100 is required."));
        for (const Period &other : s.m_periods) {
            if (p.from <= other.to && other.from <= p.to)
                return fail(path + QStringLiteral("from/to"),
                            QCoreApplication::translate("ta::VatSchedule", "overlaps another period."));
        }
        s.m_periods.push_back(p);
    }
    std::sort(s.m_periods.begin(), s.m_periods.end(), [](const Period &a, const Period &b) { return a.from < b.from; });
    return s;
}

int VatSchedule::rateOn(const QDate &date) const
{
    for (const Period &p : m_periods) {
        if (date >= p.from && date <= p.to)
            return p.ratePercent;
    }
    return m_defaultRate;
}

QString VatSchedule::sourceOn(const QDate &date) const
{
    for (const Period &p : m_periods) {
        if (date >= p.from && date <= p.to)
            return p.source;
    }
    return m_defaultSource;
}

} // namespace ta
