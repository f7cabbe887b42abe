#include "models/rules/recoveryperiod.h"

#include "models/customers/customer.h"

namespace ta {

RecoveryPeriod RecoveryPeriod::before(const QDate &finding, int maxMonths)
{
    if (!finding.isValid() || maxMonths < 1)
        return {};
    const int findingMonth = finding.year() * 100 + finding.month();
    return {addMonths(findingMonth, -maxMonths), addMonths(findingMonth, -1)};
}

} // namespace ta
