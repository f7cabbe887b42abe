#include "models/tariff/touschedule.h"

#include "models/core/boundedinput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>

namespace ta {

namespace {

std::optional<TouCalendar::Span> parseSpan(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() != 2)
        return std::nullopt;
    const QTime from = QTime::fromString(parts.at(0).trimmed(), QStringLiteral("HH:mm"));
    const QTime to = QTime::fromString(parts.at(1).trimmed(), QStringLiteral("HH:mm"));
    if (!from.isValid() || !to.isValid() || from == to)
        return std::nullopt;
    return TouCalendar::Span{from.hour() * 60 + from.minute(), to.hour() * 60 + to.minute()};
}

} // namespace

bool TouCalendar::Span::contains(int minute) const
{
    if (fromMinute < toMinute)
        return minute >= fromMinute && minute < toMinute;
    return minute >= fromMinute || minute < toMinute; // across midnight
}

Result<TouCalendar> TouCalendar::fromJson(const QByteArray &json, const QString &fileName)
{
    const auto fail = [&fileName](const QString &field, const QString &problem) {
        return Result<TouCalendar>::failure(
            QCoreApplication::translate("ta::TouCalendar", "Time-of-use hours %1, field %2: %3")
                .arg(fileName, field, problem));
    };
    const auto parsed =
        parseBoundedJson(json, QCoreApplication::translate("ta::TouCalendar", "Time-of-use hours %1").arg(fileName),
                         limits::TariffFileBytes);
    if (!parsed)
        return parsed.status();
    const QJsonDocument &doc = parsed.value();
    if (!doc.isObject())
        return fail(QStringLiteral("-"), QCoreApplication::translate("ta::TouCalendar", "a JSON object is expected."));
    TouCalendar calendar;
    const QJsonArray schedules = doc.object().value(QStringLiteral("schedules")).toArray();
    for (qsizetype i = 0; i < schedules.size(); ++i) {
        const QJsonObject o = schedules.at(i).toObject();
        const QString path = QStringLiteral("schedules[%1].").arg(i);
        Schedule s;
        s.id = o.value(QStringLiteral("id")).toString();
        s.nameVi = o.value(QStringLiteral("name")).toObject().value(QStringLiteral("vi")).toString(s.id);
        s.nameEn = o.value(QStringLiteral("name")).toObject().value(QStringLiteral("en")).toString(s.nameVi);
        s.source = o.value(QStringLiteral("source")).toString();
        s.billingStartSetting = o.value(QStringLiteral("billingStartSetting")).toString();
        if (s.id.isEmpty())
            return fail(path + QStringLiteral("id"),
                        QCoreApplication::translate("ta::TouCalendar", "an id is required."));
        const QJsonValue from = o.value(QStringLiteral("effectiveFrom"));
        if (from.isString()) {
            const QDate d = QDate::fromString(from.toString(), Qt::ISODate);
            if (!d.isValid())
                return fail(path + QStringLiteral("effectiveFrom"),
                            QCoreApplication::translate("ta::TouCalendar", "not a date written YYYY-MM-DD."));
            s.effectiveFrom = d;
        }
        for (const auto &[key, rule] : {std::pair{QStringLiteral("mondayToSaturday"), &s.mondayToSaturday},
                                        std::pair{QStringLiteral("sunday"), &s.sunday}}) {
            const QJsonObject day = o.value(key).toObject();
            for (const auto &[bandKey, spans] : {std::pair{QStringLiteral("peak"), &rule->peak},
                                                 std::pair{QStringLiteral("offPeak"), &rule->offPeak}}) {
                const QJsonArray list = day.value(bandKey).toArray();
                for (qsizetype k = 0; k < list.size(); ++k) {
                    const auto span = parseSpan(list.at(k).toString());
                    if (!span)
                        return fail(path + key + QLatin1Char('.') + bandKey,
                                    QCoreApplication::translate("ta::TouCalendar", "\"%1\" is not a span HH:mm-HH:mm.")
                                        .arg(list.at(k).toString()));
                    spans->push_back(*span);
                }
            }
        }
        calendar.m_schedules.push_back(s);
    }
    return calendar;
}

void TouCalendar::setBillingStart(const QString &scheduleId, const QDate &start)
{
    for (Schedule &s : m_schedules) {
        if (s.id == scheduleId && !s.billingStartSetting.isEmpty())
            s.effectiveFrom = start.isValid() ? std::optional<QDate>(start) : std::nullopt;
    }
}

const TouCalendar::Schedule *TouCalendar::scheduleOn(const QDate &date) const
{
    const Schedule *best = nullptr;
    for (const Schedule &s : m_schedules) {
        if (s.effectiveFrom && *s.effectiveFrom <= date && (!best || *best->effectiveFrom < *s.effectiveFrom))
            best = &s;
    }
    return best;
}

TouBand TouCalendar::bandAt(const QDateTime &when) const
{
    const Schedule *s = scheduleOn(when.date());
    if (!s)
        return TouBand::Normal;
    const DayRule &rule = when.date().dayOfWeek() == Qt::Sunday ? s->sunday : s->mondayToSaturday;
    const int minute = when.time().hour() * 60 + when.time().minute();
    for (const Span &span : rule.peak) {
        if (span.contains(minute))
            return TouBand::Peak;
    }
    for (const Span &span : rule.offPeak) {
        if (span.contains(minute))
            return TouBand::OffPeak;
    }
    return TouBand::Normal;
}

} // namespace ta
