#pragma once

// What each check concludes from the answers taken on site (DOMAIN rules; docs/inspection.md). Pure
// functions of the customer, the answers and the settings: the guided screens, the CLI and the tests call
// the same code, and the finalised record stores their results.

#include "models/core/result.h"
#include "models/customers/customer.h"
#include "models/inspection/inspection.h"
#include "models/tariff/moneyimpact.h"

#include <QJsonObject>

namespace ta {

class TariffLibrary;
class Words;

struct CheckLimits
{
    int ratioTolerancePoints = 5; ///< a share may differ by this many percentage points before it changes
    int threeRateKwh = 2000;      ///< 3-month average that requires a three-rate meter
    int threeRateKva = 25;        ///< dedicated transformer that requires one
    int jumpPercent = 250;        ///< a reading period above this share of the expected is a jump
    int dropPercent = 30;         ///< below this share of the expected is a drop
    TouSplit assumedSplit{60, 20, 20};
};

struct HouseholdResult
{
    double declared = 1;
    int evidenced = 0;
    int renterPersons = 0;
    double renterQuota = 0; ///< persons / 4, in quarter steps
    double proposed = 1;
    bool shortLeaseUndeclared = false;
    bool change = false;
};

struct PurposeShare
{
    QString group;  ///< CMIS code
    double kwh = 0; ///< per month, from the inventory
    double percent = 0;
};

struct RatioResult
{
    std::vector<PurposeShare> measured; ///< from the inventory, largest first
    std::vector<PurposeShare> current;  ///< the price string's shares, on the typical month
    double largestDifference = 0;       ///< percentage points
    QString proposedPriceString;        ///< whole percents, the largest purpose taking the remainder
    bool change = false;
};

struct ThreeRateResult
{
    qint64 averageKwh = 0; ///< over the last three months (today's period counted when known)
    int transformerKva = 0;
    bool commercial = false; ///< production or business purposes on the meter
    bool singleRateMeter = true;
    bool required = false; ///< the rule applies
    bool change = false;   ///< required and the meter is still single-rate
};

struct ReadingResult
{
    bool known = false;    ///< today's and the previous reading were both given
    qint64 consumed = 0;   ///< (today − previous) × multiplier
    int days = 0;          ///< since the previous reading
    qint64 expected = 0;   ///< from the last three months, for as many days
    QStringList anomalies; ///< "below-previous", "zero", "jump", "drop", "serial-differs"
};

/// One check's result as the record stores it: figures, not sentences (conclusion() puts them in words).
struct CheckOutcome
{
    QString check; ///< check id
    bool change = false;
    qint64 monthlyImpact = 0; ///< with VAT; positive: the customer was billed too little
    qint64 yearlyImpact = 0;  ///< over the recoverable months
    QJsonObject facts;        ///< the computed figures, fractions as decimal text
};

/// Everything the inspection concludes: each check, the proposed application and the total impact.
struct Assessment
{
    std::vector<CheckOutcome> outcomes;
    PriceApplication current;
    PriceApplication proposed;
    QString currentPriceString;
    QString proposedPriceString;
    bool proposedThreeRate = false;
    MoneyImpact total; ///< current vs proposed over the recoverable months of history
    bool anyChange() const;
};

class Checks
{
public:
    static Result<HouseholdResult> households(const Customer &customer, const HouseholdAnswers &answers);
    static Result<RatioResult> ratio(const Customer &customer, const RatioAnswers &answers, const CheckLimits &limits);
    static ThreeRateResult threeRate(const Customer &customer, const IdentifyAnswers &identify, const QDate &today,
                                     const CheckLimits &limits);
    static ReadingResult reading(const Customer &customer, const IdentifyAnswers &identify, const QDate &today,
                                 const CheckLimits &limits);

    /// Runs the inspection's checks and prices the proposal with the bill engine. The error names the
    /// check and the field that is missing or wrong.
    static Result<Assessment> assess(const Customer &customer, const Inspection &inspection,
                                     const TariffLibrary &library, const QDate &today, const CheckLimits &limits);

    /// Words for the screens and the record's PDF, in the language of @p words.
    static QString conclusion(const CheckOutcome &outcome, const Words &words);
    static QString legalBasis(const QString &checkId, const Words &words);
    static QString checkName(const QString &checkId, const Words &words);
    static QString documentName(const QString &document, const Words &words);
    static QString anomalyName(const QString &anomaly, const Words &words);
};

} // namespace ta
