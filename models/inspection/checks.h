#pragma once

// What each check concludes from the answers taken on site (DOMAIN rules; docs/answers-file.md). Pure
// functions of the customer, the answers, the law in force on the finding date (RuleSet, from the tariff
// data) and the branch's preferences: the inspection session, the CLI and the tests call the same code,
// and the finalised record stores their results together with the thresholds used. The rules shared
// with the pre-screen live in models/rules (TouObligation, ConsumptionAnomaly, HouseholdQuota,
// RecoveryPeriod).

#include "models/core/result.h"
#include "models/customers/customer.h"
#include "models/inspection/inspection.h"
#include "models/rules/consumptionanomaly.h"
#include "models/rules/householdquota.h"
#include "models/rules/recoveryperiod.h"
#include "models/rules/touobligation.h"
#include "models/tariff/moneyimpact.h"
#include "models/tariff/regulations.h"

#include <QJsonObject>

namespace ta {

class Settings;
class TariffLibrary;
class Words;

/// What a branch may choose (Settings, labelled as preferences): never a legal threshold.
struct CheckPreferences
{
    int ratioTolerancePoints = 5;      ///< a share may differ by this many percentage points before it changes
    AnomalyThresholds anomalies;       ///< jump and drop of the reading
    TouSplit assumedSplit{60, 20, 20}; ///< registers assumed when a single-rate history is priced three-rate

    static CheckPreferences fromSettings(const Settings &settings);
    QJsonObject toJson() const; ///< as the record stores them
};

/// Everything a check decides with besides the customer and the answers.
struct CheckContext
{
    const TariffLibrary *library = nullptr;
    RuleSet rules;     ///< the law in force on the finding date
    QDate findingDate; ///< the visit's day
    CheckPreferences preferences;

    /// The context on @p findingDate; fails when no rule set covers that day.
    static Result<CheckContext> on(const TariffLibrary &library, const QDate &findingDate,
                                   const CheckPreferences &preferences);
};

struct HouseholdResult
{
    double declared = 1;
    HouseholdCount count;
    int leaseMonths = -1; ///< when given
    double proposed = 1;
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
    double inventoryKwh = 0; ///< what the inventory adds up to a month
    double typicalKwh = 0;   ///< what the meter records in a typical month (the last three months averaged)

    /// An inventory that explains less than this share of what the meter records is probably missing
    /// equipment: its shares are not evidence enough to keep (or change) the ratio without a second look.
    static constexpr double MinimumExplainedShare = 0.5;
    bool explainsTooLittle() const { return typicalKwh > 0 && inventoryKwh < typicalKwh * MinimumExplainedShare; }
};

struct ReadingResult
{
    bool known = false;    ///< today's and the previous reading were both given
    qint64 consumed = 0;   ///< (today − previous) × multiplier
    int days = 0;          ///< since the previous reading
    qint64 expected = 0;   ///< from the typical month, for as many days
    QStringList anomalies; ///< "below-previous", "zero", "jump", "drop", "serial-differs"
};

/// One check's result as the record stores it: figures, not sentences (conclusion() puts them in words).
struct CheckOutcome
{
    QString check; ///< check id
    bool change = false;
    qint64 monthlyImpact = 0; ///< with VAT; positive: the customer was billed too little
    qint64 yearlyImpact = 0;  ///< over the recovery period
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
    RuleSet rules;           ///< the law applied
    RecoveryPeriod recovery; ///< the months the impact is counted over
    MoneyImpact total;       ///< current vs proposed over the recovery period
    bool anyChange() const;
};

class Checks
{
public:
    static Result<HouseholdResult> households(const Customer &customer, const HouseholdAnswers &answers,
                                              const CheckContext &context);
    static Result<RatioResult> ratio(const Customer &customer, const RatioAnswers &answers,
                                     const CheckContext &context);
    /// The three-rate obligation for the meter as it would be billed with @p purposes.
    static TouObligation threeRate(const Customer &customer, const QList<Purpose> &purposes,
                                   const CheckContext &context);
    static ReadingResult reading(const Customer &customer, const IdentifyAnswers &identify,
                                 const CheckContext &context);

    /// Runs the inspection's checks and prices the proposal with the bill engine. The error names the
    /// check and the field that is missing or wrong.
    static Result<Assessment> assess(const Customer &customer, const Inspection &inspection,
                                     const CheckContext &context);

    /// Words for the screens and the record's PDF, in the language of @p words.
    static QString conclusion(const CheckOutcome &outcome, const Words &words);
    /// The legal basis of a check, with the thresholds of @p rules (RuleSet::toJson(), as a record stores it).
    static QString legalBasis(const QString &checkId, const QJsonObject &rules, const Words &words);
    static QString checkName(const QString &checkId, const Words &words);
    static QString documentName(const QString &document, const Words &words);
    static QString anomalyName(const QString &anomaly, const Words &words);
};

} // namespace ta
