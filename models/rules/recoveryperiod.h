#pragma once

// The months a wrong price is corrected over: the calendar months before the month of the finding, at most
// as many as the regulation allows (12, TT 60/2025), whatever the history holds. A month the history does
// not have is not billed, so it is not recovered either; a month older than the period is never counted,
// even when it is among the last twelve recorded.

#include <QDate>

namespace ta {

struct RecoveryPeriod
{
    int firstMonth = 0; ///< yyyymm, inclusive
    int lastMonth = 0;  ///< yyyymm, inclusive

    /// The @p maxMonths calendar months before the month of @p finding: found on 24/11/2026 with 12
    /// months, 11/2025 to 10/2026.
    static RecoveryPeriod before(const QDate &finding, int maxMonths);
    bool contains(int month) const { return month >= firstMonth && month <= lastMonth; }
    bool isValid() const { return firstMonth > 0 && firstMonth <= lastMonth; }
};

} // namespace ta
