#pragma once

#include "models/core/result.h"

#include <QDate>
#include <QString>

#include <vector>

namespace ta {

/// VAT rates on electricity by date: reduced rates for their periods, the default rate otherwise.
/// A bill uses the rate in force on the last day of its period (the invoice date).
class VatSchedule
{
public:
    struct Period
    {
        QDate from;
        QDate to; ///< inclusive
        int ratePercent = 0;
        QString source;
    };

    static Result<VatSchedule> fromJson(const QByteArray &json, const QString &fileName);

    int rateOn(const QDate &date) const;
    QString sourceOn(const QDate &date) const;
    int defaultRate() const { return m_defaultRate; }
    const std::vector<Period> &periods() const { return m_periods; }

private:
    int m_defaultRate = 10;
    QString m_defaultSource;
    std::vector<Period> m_periods;
};

} // namespace ta
