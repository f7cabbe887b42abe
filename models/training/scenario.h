#pragma once

// A training scenario (docs/scenario-file.md): one customer as the list gives it, the situation a trainee
// finds at the door, the model answer (an answers file, docs/answers-file.md) and the conclusions the
// inspection must reach, each worth points and decided by a named rule (ScenarioRules). The built-in
// library is compiled in under :/training/scenarios; a trainer may import more.

#include "models/core/result.h"
#include "models/customers/customer.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace ta {

class TariffLibrary;

/// What a scenario can expect, item by item.
namespace scenarioItem {
inline constexpr auto Households = "households";              ///< the count the check proposes (quarters)
inline constexpr auto HouseholdsChange = "households-change"; ///< whether the count changes
inline constexpr auto UndeclaredTier = "undeclared-tier";     ///< all consumption at the undeclared renters' tier
inline constexpr auto RatioChange = "ratio-change";           ///< whether the price ratio changes
inline constexpr auto RatioShares = "ratio-shares";           ///< {group: percent} measured from the inventory
inline constexpr auto ThreeRate = "three-rate";               ///< the obligation's decision
inline constexpr auto MeterSwap = "meter-swap";               ///< whether the meter must be swapped
inline constexpr auto Anomalies = "anomalies";                ///< the reading's anomalies, as a set
inline constexpr auto Money = "money";                        ///< the total impact over the recovery period (đ)
inline constexpr auto AnyChange = "any-change";               ///< whether the record proposes any change
inline constexpr auto Photos = "photos";                      ///< at least this many photos
inline constexpr auto Signature = "signature";                ///< "customer" or "witness"
/// Every item, in the order a score sheet lists them.
QStringList all();
/// The check an item belongs to (a check id), or empty for the record as a whole and its evidence.
QString checkOf(const QString &item);
/// Points an item is worth unless the scenario says otherwise.
int defaultPoints(const QString &item);
} // namespace scenarioItem

struct ExpectedItem
{
    QString item;     ///< a scenarioItem value
    QJsonValue value; ///< what the inspection must conclude
    QString rule;     ///< the ScenarioRules id that decides it
    int points = 1;
    /// ratio-shares: percentage points each share may be off; money: percent of the expected amount.
    double tolerance = 0;
};

struct Scenario
{
    static constexpr auto Format = "tariff-audit-scenario/1";

    QString id;         ///< lower-case letters, digits and dashes
    QString title;      ///< in Vietnamese
    int difficulty = 1; ///< 1 easy, 2 medium, 3 hard
    QString campaign;   ///< "households", "ratio", "three-rate" or "administrative"
    QString goal;       ///< what the trainee learns
    QDate visitDate;    ///< the day of the visit in the story: the law and the recovery period of that day
    Customer customer;  ///< the customer inspected
    std::vector<Customer> neighbours; ///< more customers of the list the story involves (the house next door…)
    QString story;                    ///< what the trainee finds at the door, in words
    QStringList facts;                ///< the facts of the card, one line each
    QJsonObject answer;               ///< the model answer: an answers file without pictures
    std::vector<ExpectedItem> expected;
    QString source; ///< the file it was read from

    /// The checks the expected conclusions need, in walking order.
    QStringList checksNeeded() const;
    int maximum() const;
    const ExpectedItem *find(const QString &item) const;

    /// Reads and checks a scenario file; the error lists every problem, one per line, each naming its field.
    static Result<Scenario> read(const QString &path, const TariffLibrary &library);
    /// The same on bytes already read; @p name starts each problem.
    static Result<Scenario> parse(const QByteArray &bytes, const QString &name, const TariffLibrary &library);
    /// Every problem of @p bytes (empty when it is a valid scenario).
    static QStringList problems(const QByteArray &bytes, const QString &name, const TariffLibrary &library);

    bool isBuiltIn() const { return source.startsWith(QLatin1StringView(":/")); }

    /// The built-in library, in the order of its files (they are checked by the tests; one that does not
    /// read is logged and left out).
    static std::vector<Scenario> builtIn(const TariffLibrary &library);
    /// The scenarios a trainer imported into the training workspace at @p workspaceRoot (scenarios/<id>.json).
    static QString userFolder(const QString &workspaceRoot);
    /// The built-in library, then the imported scenarios in the order of their ids. An imported file that no
    /// longer reads (a newer tariff book changed a price string…) is left out and named in @p problems.
    static std::vector<Scenario> library(const TariffLibrary &library, const QString &workspaceRoot,
                                         QStringList *problems = nullptr);
    /// Checks the scenario file @p path and copies it into the workspace (an import of the same id replaces the
    /// earlier one); the error lists every problem. A built-in scenario's id is refused.
    static Result<Scenario> import(const QString &path, const QString &workspaceRoot, const TariffLibrary &library);
};

} // namespace ta
