#pragma once

// The wrong-price warning: rules run over every customer of a data file, each flag with the reason the
// user reads, its legal basis, and an estimate of the money at stake from the bill engine. Results are
// stored (flags, customer_rank) and the worklist ranks by them.
//
// The rules with a legal threshold (three-rate, households and renters) decide through models/rules, the
// same code the inspection uses, with the RuleSet in force in the customer's latest month.
//
// Impact estimate (for ranking; the inspection computes the exact figure over the recovery period): the
// customer's typical month (average of the last three recorded) billed in its latest month under the
// current and a proposed application; the difference with VAT per month, and × the recovery months of the
// law. Proposals: households → 1 (renters → the whole households); a single-rate meter on three rates with
// the assumed register split. Where no proposal can be known without a visit (a mixed meter's true shares,
// an administrative customer's business use, an abnormal month) or a bill cannot be made, the impact is
// unknown: stored as NULL with its reason, never as 0, shown as such and ranked after every known one.

#include "models/core/leasepool.h"
#include "models/core/result.h"
#include "models/rules/consumptionanomaly.h"
#include "models/tariff/moneyimpact.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ta {

class Database;
struct RuleSet;
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
    AnomalyThresholds anomalies;
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
/// Why a flag's impact is unknown (flags.impact_note), in words; empty for a known impact.
QString impactNoteText(const QString &stored);

struct PrescreenSummary
{
    qint64 customers = 0;
    qint64 flagged = 0;
    QMap<QString, qint64> perRule;
    qint64 yearlyImpact = 0;          ///< sum over flagged customers with a known impact (largest flag each)
    qint64 unknownImpact = 0;         ///< flagged customers whose impact is unknown
    QMap<QString, qint64> unknownWhy; ///< flags with an unknown impact, by the kind of reason
    qint64 changed = 0;               ///< customers whose stored results this run changed (set, altered or removed)
    bool rewritten = false;           ///< the results were written whole rather than customer by customer
};

/// One customer as the rules read it.
struct PrescreenCustomer
{
    QList<Purpose> purposes;
    QString priceString;
    double households = 1;
    bool threeRateMeter = false;
    QString voltage;
    int transformerKva = 0;
    QDate lastRatioCheck;
    std::vector<MonthlyConsumption> history; ///< oldest first

    /// @p customer with its price string read by @p library's books.
    static Result<PrescreenCustomer> of(const Customer &customer, const TariffLibrary &library);
    /// @p customer whose price string reads as @p purposes.
    static PrescreenCustomer of(const Customer &customer, const QList<Purpose> &purposes);
};

/// One warning as stored in flags.
struct PrescreenFlag
{
    QString rule;
    QString reason;                    ///< kind and values (reasonText puts it in words)
    std::optional<qint64> monthly;     ///< with VAT; empty when unknown
    qint64 yearly = 0;                 ///< monthly × the recovery months of the law, when known
    QString impactNote;                ///< why it is unknown, stored as kind and values (impactNoteText)
    const char *unknownKind = nullptr; ///< the kind of impactNote ("needs-inventory", "reading", "bill-error")
};

/// What judging many customers works out again and again, kept by one thread between its customers: each
/// month's law and dates, the uses of each price string under a law, and each impact billed (per application,
/// proposal and typical month). Judging with a memo gives exactly what judging without one gives. A memo
/// serves one library and one set of rules; it is not shared between threads.
class PrescreenMemo
{
public:
    /// Impacts kept at most (then forgotten all at once).
    static constexpr qsizetype MaxImpacts = 200000;

private:
    friend class Prescreener;
    struct Month
    {
        const RuleSet *law = nullptr; ///< in force on the month's last day
        QDate ratioDue;               ///< a ratio agreed before this is due for a check
    };
    struct Uses
    {
        bool householdLadder = false;
        bool administrativeOnly = true;
        bool threeRateUse = false; ///< a use the three-rate rule covers (else TouObligation has nothing to assess)
    };
    struct Impact
    {
        std::optional<qint64> monthly;
        QString note;
        const char *unknownKind = nullptr;
    };
    struct ImpactKey
    {
        QString priceString;
        QString voltage;
        double households = 0;
        bool threeRateMeter = false;
        int proposal = 0; ///< which rule's proposal
        int month = 0;
        int kwh = 0;
        int normal = -1, peak = -1, offPeak = -1; ///< -1: no register
        friend bool operator==(const ImpactKey &, const ImpactKey &) = default;
        friend size_t qHash(const ImpactKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.priceString, k.voltage, k.households, k.threeRateMeter, k.proposal, k.month,
                              k.kwh, k.normal, k.peak, k.offPeak);
        }
    };
    QHash<int, Month> m_months;
    QHash<std::pair<QString, const RuleSet *>, Uses> m_uses;
    QHash<ImpactKey, Impact> m_impacts;
};

/// The memos of the threads judging at once: a thread leases one for a stretch of customers.
using PrescreenMemos = LeasePool<PrescreenMemo>;

/// Stores judged customers' flags (flags, customer_rank) inside the caller's transaction, in one of two ways:
/// begin() drops the previous results, add() writes each flagged customer's and finish() builds the indexes;
/// or beginChanges() keeps them, replace() writes the customers whose results change (none: they go) and
/// keep() counts the others. The pre-screen and an import that judges the rows as it reads them both store
/// through it.
class PrescreenResults
{
public:
    explicit PrescreenResults(Database &db);
    ~PrescreenResults();
    PrescreenResults(const PrescreenResults &) = delete;
    PrescreenResults &operator=(const PrescreenResults &) = delete;

    Status begin();
    Status beginChanges();
    /// One customer's flags; its route book and order are kept with its rank (the worklist's order). @p digest
    /// is digestOf() them when the caller has it already (worked out on a worker), else it is worked out here.
    Status add(qint64 customerId, QByteArrayView routeBook, int routeOrder, const std::vector<PrescreenFlag> &flags,
               std::optional<qint64> digest = std::nullopt);
    /// After beginChanges(): one customer's stored flags replaced by @p flags (none: removed).
    Status replace(qint64 customerId, QByteArrayView routeBook, int routeOrder, const std::vector<PrescreenFlag> &flags,
                   std::optional<qint64> digest = std::nullopt);
    /// A customer whose stored flags stay as they are, counted in the summary.
    void keep(const std::vector<PrescreenFlag> &flags);
    Status finish();
    /// Flagged customers, impacts and reasons so far (customers is the caller's to count).
    PrescreenSummary &summary() { return m_summary; }

    /// What customer_rank holds for a customer with @p flags: the largest known yearly impact and the rules.
    struct Rank
    {
        std::optional<qint64> yearly;
        QString rules;
    };
    static Rank rankOf(const std::vector<PrescreenFlag> &flags);
    /// What customer_rank.digest holds for a customer with @p flags and this route: a 64-bit keyed hash
    /// (SipHash) of everything written for it, the same for the same results and, but for a chance of
    /// 2^-64, different for any other.
    static qint64 digestOf(const std::vector<PrescreenFlag> &flags, QByteArrayView routeBook, int routeOrder);

private:
    struct Statements;
    Status prepare(bool replacing);
    Status write(qint64 customerId, QByteArrayView routeBook, int routeOrder, const std::vector<PrescreenFlag> &flags,
                 qint64 digest);
    Database &m_db;
    std::unique_ptr<Statements> m_statements;
    QStringList m_createIndexes;
    PrescreenSummary m_summary;
    qint64 m_billErrors = 0;
};

class Prescreener
{
public:
    Prescreener(Database &db, const TariffLibrary &library, PrescreenRules rules);

    /// The rules over one customer: pure, runs on any thread (the engine and the library are read-only).
    /// run() applies it to every customer in batches; a test applies it row by row and compares.
    /// With @p memo, what it already knows is taken from it (the same answer, sooner).
    static std::vector<PrescreenFlag> judge(const PrescreenCustomer &customer, const BillEngine &engine,
                                            const TariffLibrary &library, const PrescreenRules &rules,
                                            PrescreenMemo *memo = nullptr);

    /// Replaces the stored results in one transaction; @p progress (done, total) returns false to cancel.
    Result<PrescreenSummary> run(const std::function<bool(qint64 done, qint64 total)> &progress = {});

private:
    Database &m_db;
    const TariffLibrary &m_library;
    PrescreenRules m_rules;
};

} // namespace ta
