#pragma once

// The three-rate (time-of-use) obligation, decided in one place for the pre-screen and the inspection:
// production and business customers supplied through a dedicated transformer of 25 kVA or more, or whose
// consumption averages 2,000 kWh a month or more over three consecutive months, must buy by time of use
// (thresholds and categories from Regulations, with their legal source).
//
// What counts, exactly:
//  * The window is the newest three months of the recorded history (at or before the finding month). They
//    must be three consecutive calendar months; a gap or fewer months is "not enough history", never an
//    obligation. A reading taken on site covers days, not a billed month, and is not counted.
//  * The comparison is exact: the window's kWh against 3 × 2,000 = 6,000 (5,999 kWh is an average of
//    1,999.67 and does not oblige). Nothing is rounded before comparing.
//  * A mixed meter counts only the part of each month billed to an obliged category (production,
//    business, or any group a book files under them), split as the bill engine splits it (fixed kWh, then
//    shares, then the remainder line). The rule obliges customers "using electricity for production or
//    business", so a household's own use on the same meter is left out. The whole meter's kWh is kept
//    beside it, and the record shows both.

#include "models/customers/customer.h"
#include "models/tariff/billengine.h"

#include <QList>
#include <QVarLengthArray>

#include <vector>

namespace ta {

class TariffLibrary;
struct RuleSet;

struct TouObligation
{
    enum class Decision {
        NotApplicable,    ///< no purpose of an obliged category on the meter
        Required,         ///< by transformer, consumption or both
        NotRequired,      ///< enough history, below both thresholds
        NotEnoughHistory, ///< no three consecutive months, and the transformer does not decide it
    };

    Decision decision = Decision::NotApplicable;
    bool byTransformer = false;
    bool byConsumption = false;
    int transformerKva = 0;
    QVarLengthArray<int, 6> window; ///< the months counted (yyyymm), oldest first; empty without enough history
    qint64 countedKwh = 0;          ///< over the window, the obliged categories' part
    qint64 meterKwh = 0;            ///< over the window, the whole meter
    int recordedMonths = 0;         ///< months of history at or before the finding month
    int missingMonth = 0;           ///< the first calendar month missing inside the window's span, 0 when none
    int thresholdKwh = 0;           ///< monthly average that obliges
    int thresholdMonths = 0;        ///< consecutive months averaged
    int thresholdKva = 0;

    bool required() const { return decision == Decision::Required; }
    /// The window's average in kWh a month, exact (countedKwh / months).
    double average() const;
    QString decisionCode() const; ///< "required", "not-required", "not-enough-history", "not-applicable"

    /// Decides for @p history (oldest first) up to @p findingMonth (yyyymm; 0 = all of it) under @p rules.
    /// The categories of the purposes' groups come from @p library.
    static TouObligation assess(const std::vector<MonthlyConsumption> &history, const QList<Purpose> &purposes,
                                int transformerKva, int findingMonth, const RuleSet &rules,
                                const TariffLibrary &library);
};

} // namespace ta
