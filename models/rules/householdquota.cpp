#include "models/rules/householdquota.h"

#include "models/inspection/inspection.h"
#include "models/tariff/regulations.h"

#include <QCoreApplication>

#include <cmath>

namespace ta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ta::HouseholdQuota", text);
}

} // namespace

int HouseholdQuota::renterQuarters(int persons, const RuleSet &rules)
{
    const int perQuota = std::max(1, rules.households.renterPersonsPerQuota);
    // persons × 4 / perQuota quarters, rounded half up (exact for 4 persons per quota).
    return (persons * 4 * 2 + perQuota) / (2 * perQuota);
}

std::optional<int> HouseholdQuota::quarters(double households)
{
    const double q = households * 4;
    if (!(households >= 0.25) || households > 1000 || std::abs(q - std::round(q)) > 1e-9)
        return std::nullopt;
    return int(std::lround(q));
}

bool HouseholdQuota::documentCounts(const QString &document, const RuleSet &rules)
{
    return rules.households.countedDocuments.contains(document);
}

Result<HouseholdCount> HouseholdQuota::count(const HouseholdAnswers &answers, const RuleSet &rules)
{
    using R = Result<HouseholdCount>;
    HouseholdCount c;
    c.listed = int(answers.households.size());
    for (const HouseholdEvidence &h : answers.households) {
        if (documentCounts(h.document, rules) || !h.leaderNote.trimmed().isEmpty())
            ++c.evidenced;
        else
            ++c.notCounted;
    }
    c.renterPersons = answers.renterPersons;
    if (answers.usersUndeclared) {
        if (!answers.leaseMonths)
            return R::failure(tr("households.leaseMonths: the renters' users are not declared; give the length "
                                 "of their lease in months."));
        c.undeclaredTier = *answers.leaseMonths < rules.households.minimumLeaseMonths;
    }
    c.renterQuarters = renterQuarters(c.renterPersons, rules);
    if (c.listed == 0 && c.renterPersons == 0 && !c.undeclaredTier)
        return R::failure(tr("households: list at least one household living at the address, or the renters."));
    if (c.evidenced == 0 && c.renterQuarters == 0 && !c.undeclaredTier)
        return R::failure(QCoreApplication::translate("ta::HouseholdQuota",
                                                      "households: none of the %n households listed has a document "
                                                      "that counts (CCCD, CT07, VNeID, a lease of %1 months or more) "
                                                      "or a leader's note.",
                                                      nullptr, c.listed)
                              .arg(rules.households.minimumLeaseMonths));
    return c;
}

} // namespace ta
