#pragma once

// What a correction is worth: a customer's current price application against a proposed one, billed by the
// bill engine over the customer's recorded months in the recovery period (the calendar months before the
// finding, RecoveryPeriod). Positive differences mean the customer was billed too little (back-billing).

#include "models/core/result.h"
#include "models/customers/customer.h"
#include "models/rules/recoveryperiod.h"
#include "models/tariff/billengine.h"

#include <vector>

namespace ta {

/// How a customer is billed: the parts of BillInput that are not the period or the consumption.
struct PriceApplication
{
    MeterType meter = MeterType::SingleRate;
    QString voltage = QStringLiteral("<6kV");
    double households = 1;
    QList<Purpose> purposes;
    bool rentersUndeclared = false;

    /// How @p customer is billed today (its price string parsed); the error names a bad price string.
    static Result<PriceApplication> of(const Customer &customer, const TariffLibrary &library);
    /// "single-rate", "three-rate", "prepaid".
    QString meterCode() const { return meterTypeCode(meter); }
};

/// Register split assumed for months recorded on a single-rate meter when the proposal is three-rate.
struct TouSplit
{
    int normalPercent = 0;
    int peakPercent = 0;
    int offPeakPercent = 0;
};

struct MonthImpact
{
    int month = 0; ///< yyyymm
    qint64 currentBeforeVat = 0;
    qint64 proposedBeforeVat = 0;
    qint64 current = 0; ///< with VAT
    qint64 proposed = 0;
    qint64 difference() const { return proposed - current; }
    qint64 differenceBeforeVat() const { return proposedBeforeVat - currentBeforeVat; }
};

struct MoneyImpact
{
    std::vector<MonthImpact> months; ///< the months priced, oldest first
    qint64 totalBeforeVat = 0;       ///< over those months
    qint64 total = 0;                ///< with VAT
    qint64 monthlyAverage = 0;       ///< with VAT, rounded half up
    QStringList books;               ///< decisions the bills used, oldest first
};

class ImpactEstimator
{
public:
    /// The typical month of a history: the last three recorded months averaged (rounded half up), dated
    /// the latest; with registers when @p registers and every one of those months has them (peak and
    /// off-peak averaged down, normal the rest). An empty history gives month 0 and 0 kWh.
    static MonthlyConsumption typicalMonth(const std::vector<MonthlyConsumption> &history, bool registers);

    /// Bills every month of @p history inside @p period (every month given when no period) under both
    /// applications. A month that cannot be billed is an error naming it, never a silent zero.
    static Result<MoneyImpact> estimate(const BillEngine &engine, const PriceApplication &current,
                                        const PriceApplication &proposed,
                                        const std::vector<MonthlyConsumption> &history,
                                        std::optional<TouSplit> assumedSplit = std::nullopt,
                                        std::optional<RecoveryPeriod> period = std::nullopt);
};

} // namespace ta
