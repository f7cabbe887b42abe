#pragma once

// The wrong-price warning: rules run over every customer of a data file, each flag with the reason the
// user reads, its legal basis, and an estimate of the money at stake from the bill engine. Results are
// stored (flags, customer_rank) and the worklist ranks by them.
//
// Impact estimate (for ranking; the inspection computes the exact figure over the recorded months):
// the customer's typical month (average of the last three recorded) billed in its latest month under the
// current and a proposed application; the difference with VAT per month, and × 12 for the recoverable
// year. Proposals: households → 1; the first share line of a mixed meter 10 points lower (a stale ratio
// usually understates the dearer use); an administrative customer with a 10 % business share; a
// single-rate meter on three rates with the assumed register split.

#include "models/core/result.h"
#include "models/tariff/moneyimpact.h"

#include <QString>

#include <functional>

namespace ta {

class Database;
class Settings;
class TariffLibrary;

struct PrescreenRules
{
    bool households = true;
    bool renters = true;
    bool ratio = true;
    bool administrative = true;
    bool threeRate = true;
    bool abnormal = true;
    int ratioStaleMonths = 24;
    int threeRateKwh = 2000;
    int threeRateKva = 25;
    int jumpPercent = 250;
    int dropPercent = 30;
    TouSplit assumedSplit{60, 20, 20};

    static PrescreenRules fromSettings(const Settings &settings);
};

/// Rule ids as stored in flags.rule.
namespace rule {
inline constexpr auto Households = "households";
inline constexpr auto Renters = "renters";
inline constexpr auto Ratio = "ratio";
inline constexpr auto Administrative = "administrative";
inline constexpr auto ThreeRate = "three-rate";
inline constexpr auto Abnormal = "abnormal";
} // namespace rule

/// Translated name of a rule ("Shared meter").
QString ruleName(const QString &ruleId);
/// A stored warning (flags.reason: its kind and values) in words, in the interface language of now.
QString reasonText(const QString &stored);

struct PrescreenSummary
{
    qint64 customers = 0;
    qint64 flagged = 0;
    QMap<QString, qint64> perRule;
    qint64 yearlyImpact = 0; ///< sum over flagged customers (largest flag each)
};

class Prescreener
{
public:
    Prescreener(Database &db, const TariffLibrary &library, PrescreenRules rules);

    /// Replaces the stored results in one transaction; @p progress (done, total) returns false to cancel.
    Result<PrescreenSummary> run(const std::function<bool(qint64 done, qint64 total)> &progress = {});

private:
    Database &m_db;
    const TariffLibrary &m_library;
    PrescreenRules m_rules;
};

} // namespace ta
