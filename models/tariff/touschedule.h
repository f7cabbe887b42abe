#pragma once

// Time-of-use hours as dated data: which hours are normal, peak or off-peak on a given day. Today's hours
// (Circular 16/2014) and the hours decided in 04/2026, whose billing start is set in Settings because it
// is not yet known.

#include "models/core/result.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace ta {

enum class TouBand { Normal, Peak, OffPeak };

class TouCalendar
{
public:
    struct Span
    {
        int fromMinute; ///< minutes after midnight
        int toMinute;   ///< exclusive; may be below fromMinute for spans across midnight
        bool contains(int minute) const;
    };
    struct DayRule
    {
        std::vector<Span> peak;
        std::vector<Span> offPeak;
    };
    struct Schedule
    {
        QString id;
        QString nameVi;
        QString nameEn;
        QString source;
        std::optional<QDate> effectiveFrom; ///< empty until its billing start is set
        QString billingStartSetting;        ///< Settings key holding the start when the data has none
        DayRule mondayToSaturday;
        DayRule sunday;
    };

    static Result<TouCalendar> fromJson(const QByteArray &json, const QString &fileName);

    /// Sets the start of a schedule whose file leaves it open (from Settings); an invalid date clears it.
    void setBillingStart(const QString &scheduleId, const QDate &start);
    /// The schedule in force on @p date: the latest one that has started.
    const Schedule *scheduleOn(const QDate &date) const;
    TouBand bandAt(const QDateTime &when) const;
    const std::vector<Schedule> &schedules() const { return m_schedules; }

private:
    std::vector<Schedule> m_schedules;
};

} // namespace ta
