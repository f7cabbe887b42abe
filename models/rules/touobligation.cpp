#include "models/rules/touobligation.h"

#include "models/tariff/regulations.h"
#include "models/tariff/tarifflibrary.h"

namespace ta {

double TouObligation::average() const
{
    return window.empty() ? 0.0 : double(countedKwh) / double(window.size());
}

QString TouObligation::decisionCode() const
{
    switch (decision) {
    case Decision::Required:
        return QStringLiteral("required");
    case Decision::NotRequired:
        return QStringLiteral("not-required");
    case Decision::NotEnoughHistory:
        return QStringLiteral("not-enough-history");
    case Decision::NotApplicable:
        break;
    }
    return QStringLiteral("not-applicable");
}

TouObligation TouObligation::assess(const std::vector<MonthlyConsumption> &history, const QList<Purpose> &purposes,
                                    int transformerKva, int findingMonth, const RuleSet &rules,
                                    const TariffLibrary &library)
{
    TouObligation r;
    r.transformerKva = transformerKva;
    r.thresholdKwh = rules.threeRate.averageKwh;
    r.thresholdMonths = rules.threeRate.consecutiveMonths;
    r.thresholdKva = rules.threeRate.transformerKva;

    QVarLengthArray<bool, 8> obliged;
    bool any = false, all = true;
    for (const Purpose &p : purposes) {
        obliged.push_back(rules.threeRate.categories.contains(library.categoryOf(p.group)));
        any = any || obliged.back();
        all = all && obliged.back();
    }
    if (!any)
        return r; // NotApplicable

    // The newest months at or before the finding month (the history is oldest first; the pre-screen runs
    // this for every customer, so nothing is copied or sorted).
    auto newest = history.rbegin();
    while (newest != history.rend() && findingMonth != 0 && newest->month > findingMonth)
        ++newest;
    r.recordedMonths = int(history.rend() - newest);

    const int n = r.thresholdMonths;
    bool consecutive = r.recordedMonths >= n;
    for (int i = 1; consecutive && i < n; ++i) {
        const int expected = addMonths((newest + (i - 1))->month, -1);
        if ((newest + i)->month != expected) {
            consecutive = false;
            r.missingMonth = expected;
        }
    }
    if (consecutive) {
        for (int i = n - 1; i >= 0; --i) {
            const MonthlyConsumption &m = *(newest + i);
            r.window.push_back(m.month);
            r.meterKwh += m.kwh;
            if (all) {
                r.countedKwh += m.kwh;
                continue;
            }
            const QDate from(m.month / 100, m.month % 100, 1);
            const std::vector<qint64> parts =
                BillEngine::splitByPurpose(m.kwh, purposes, from, from.addMonths(1).addDays(-1));
            for (std::size_t k = 0; k < parts.size(); ++k) {
                if (obliged[k])
                    r.countedKwh += parts[k];
            }
        }
        // Exact: the sum against threshold × months, no average rounded first.
        r.byConsumption = r.countedKwh >= qint64(r.thresholdKwh) * n;
    }
    r.byTransformer = transformerKva >= r.thresholdKva;
    if (r.byTransformer || r.byConsumption)
        r.decision = Decision::Required;
    else if (!consecutive)
        r.decision = Decision::NotEnoughHistory;
    else
        r.decision = Decision::NotRequired;
    return r;
}

} // namespace ta
