#pragma once

// The legal thresholds the checks and the pre-screen apply, as dated data (resources/tariffs/regulations.json):
// the three-rate obligation (2,000 kWh over three consecutive months, a 25 kVA dedicated transformer), the
// household quota of renters (4 persons), the lease length below which undeclared users pay tier 3, the
// documents that evidence a household, and the longest back-billing period. They are law, not preferences:
// nothing in Settings changes them, and a signed record stores the set it was decided with.
//
// Each rule names the tariff-group categories it applies to ("production", "business", …); a tariff book
// gives every group its category, so a new group (EV charging, tourist accommodation) falls under the rules
// with no code change.

#include "models/core/result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace ta {

/// Where a rule comes from: the legal text and whether it was checked against it.
struct LegalSource
{
    QString text;
    QString confidence; ///< "firm" or "check"
};

struct RuleSet
{
    QString id;
    QDate effectiveFrom;

    struct ThreeRate
    {
        int averageKwh = 0;        ///< monthly average that obliges a three-rate meter
        int consecutiveMonths = 0; ///< over this many consecutive calendar months
        int transformerKva = 0;    ///< a dedicated transformer of this size or more obliges it too
        QStringList categories;    ///< tariff-group categories the obligation applies to
        LegalSource source;
    } threeRate;

    struct Households
    {
        QStringList categories;        ///< groups whose tier blocks are multiplied by the households
        int renterPersonsPerQuota = 0; ///< renters not forming a household: this many persons = 1 quota
        int minimumLeaseMonths = 0;    ///< a shorter lease whose users are not declared pays one tier
        QStringList countedDocuments;  ///< evidence that counts a household (cccd, ct07, vneid, lease)
        LegalSource source;
    } households;

    struct Recovery
    {
        int maxMonths = 0; ///< a wrong price is back-billed or refunded over at most this many months
        LegalSource source;
    } recovery;

    QStringList administrativeCategories;

    /// The thresholds as a signed record stores them (whole numbers and texts only).
    QJsonObject toJson() const;
};

/// The rule sets by date; the one in force on a day is the newest that started on or before it.
class Regulations
{
public:
    /// Parses and validates the file; errors name the file and the field ("ruleSets[0].threeRate.averageKwh").
    static Result<Regulations> fromJson(const QByteArray &json, const QString &fileName);

    const RuleSet *on(const QDate &date) const;
    const std::vector<RuleSet> &sets() const { return m_sets; }

private:
    std::vector<RuleSet> m_sets; ///< oldest first
};

} // namespace ta
