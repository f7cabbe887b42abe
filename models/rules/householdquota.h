#pragma once

// Households sharing a meter, counted as the regulation says (TT 16/2014 Art. 10(2), TT 09/2023): each
// household living at the address and evidenced by residence data (CCCD with the address, CT07, VNeID, or
// a lease of 12 months or more) counts one; an "other" document is listed but counts only with a leader's
// note; renters not forming a household count by persons, every 4 persons one quota, in quarter steps
// (1–3 persons: 1/4, 1/2, 3/4). Renters on a lease under 12 months whose users the landlord cannot declare
// put all the meter's consumption at the book's tier for them (tier 3 today). The numbers and documents
// come from the RuleSet in force.

#include "models/core/result.h"

#include <optional>

namespace ta {

struct HouseholdAnswers;
struct RuleSet;

struct HouseholdCount
{
    int listed = 0;              ///< households listed at the door
    int evidenced = 0;           ///< of them, with a document that counts
    int notCounted = 0;          ///< listed with an "other" document and no leader's note
    int renterPersons = 0;       ///< renters not forming a household
    int renterQuarters = 0;      ///< their quota in quarters
    bool undeclaredTier = false; ///< short lease, users not declared: all at the book's tier for them

    double renterQuota() const { return renterQuarters / 4.0; }
    /// Households the tier blocks are multiplied by.
    double households() const { return evidenced + renterQuota(); }
};

class HouseholdQuota
{
public:
    /// The count of @p answers under @p rules; the error says what is missing (a lease length for
    /// undeclared renters, or any household that counts).
    static Result<HouseholdCount> count(const HouseholdAnswers &answers, const RuleSet &rules);
    /// Renters' quota in quarters: persons ÷ persons per quota, to the nearest quarter.
    static int renterQuarters(int persons, const RuleSet &rules);
    /// @p households in quarters, when it is 0.25 or more in steps of 0.25 (the tier-block multiplier);
    /// empty otherwise.
    static std::optional<int> quarters(double households);
    /// Whether @p document counts by itself under @p rules (an "other" document needs a leader's note).
    static bool documentCounts(const QString &document, const RuleSet &rules);
};

} // namespace ta
