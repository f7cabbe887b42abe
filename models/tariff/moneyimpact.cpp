#include "models/tariff/moneyimpact.h"

#include "models/tariff/pricestring.h"

#include <QCoreApplication>

#include <algorithm>

namespace ta {

namespace {

Result<Consumption> consumptionFor(const PriceApplication &app, const MonthlyConsumption &m,
                                   const std::optional<TouSplit> &split)
{
    Consumption c;
    c.total = m.kwh;
    if (app.meter != MeterType::ThreeRate)
        return c;
    if (m.normal && m.peak && m.offPeak) {
        c.normal = *m.normal;
        c.peak = *m.peak;
        c.offPeak = *m.offPeak;
        return c;
    }
    if (!split)
        return Result<Consumption>::failure(
            QCoreApplication::translate("ta::ImpactEstimator",
                                        "split: month %1 has no normal / peak / off-peak registers; give the split to "
                                        "assume for a three-rate meter.")
                .arg(m.month));
    // Whole kWh: peak and off-peak rounded down, normal takes the rest.
    c.peak = m.kwh * split->peakPercent / 100;
    c.offPeak = m.kwh * split->offPeakPercent / 100;
    c.normal = m.kwh - *c.peak - *c.offPeak;
    return c;
}

BillInput inputFor(const PriceApplication &app, int month, const Consumption &c)
{
    BillInput in;
    in.from = QDate(month / 100, month % 100, 1);
    in.to = in.from.addMonths(1).addDays(-1);
    in.meter = app.meter;
    in.voltage = app.voltage;
    in.households = app.households;
    in.purposes = app.purposes;
    in.rentersUndeclared = app.rentersUndeclared;
    in.kwh = c;
    return in;
}

} // namespace

Result<PriceApplication> PriceApplication::of(const Customer &customer, const TariffLibrary &library)
{
    auto purposes = PriceString::parse(customer.priceString, library);
    if (!purposes)
        return purposes.status();
    PriceApplication app;
    app.meter = customer.meterKind == MeterKind::ThreeRate ? MeterType::ThreeRate : MeterType::SingleRate;
    app.voltage = customer.voltage;
    app.households = customer.households;
    app.purposes = purposes.value();
    return app;
}

MonthlyConsumption ImpactEstimator::typicalMonth(const std::vector<MonthlyConsumption> &history, bool registers)
{
    if (history.empty())
        return {};
    const std::size_t n = std::min<std::size_t>(3, history.size());
    qint64 sum = 0, peak = 0, offPeak = 0;
    bool haveRegisters = registers;
    for (std::size_t i = history.size() - n; i < history.size(); ++i) {
        sum += history[i].kwh;
        haveRegisters = haveRegisters && history[i].normal.has_value();
        peak += history[i].peak.value_or(0);
        offPeak += history[i].offPeak.value_or(0);
    }
    const qint64 average = (sum + qint64(n) / 2) / qint64(n);
    MonthlyConsumption typical{history.back().month, int(average), std::nullopt, std::nullopt, std::nullopt};
    if (haveRegisters) {
        typical.peak = int(peak / qint64(n));
        typical.offPeak = int(offPeak / qint64(n));
        typical.normal = int(average) - *typical.peak - *typical.offPeak;
    }
    return typical;
}

Result<MoneyImpact> ImpactEstimator::estimate(const BillEngine &engine, const PriceApplication &current,
                                              const PriceApplication &proposed,
                                              const std::vector<MonthlyConsumption> &history,
                                              std::optional<TouSplit> assumedSplit,
                                              std::optional<RecoveryPeriod> period)
{
    using R = Result<MoneyImpact>;
    if (assumedSplit &&
        (assumedSplit->normalPercent < 0 || assumedSplit->peakPercent < 0 || assumedSplit->offPeakPercent < 0 ||
         assumedSplit->normalPercent + assumedSplit->peakPercent + assumedSplit->offPeakPercent != 100))
        return R::failure(QCoreApplication::translate("ta::ImpactEstimator",
                                                      "split: normal, peak and off-peak shares must add up to 100 %."));
    std::vector<MonthlyConsumption> months;
    for (const MonthlyConsumption &m : history) {
        if (!period || period->contains(m.month))
            months.push_back(m);
    }
    std::sort(months.begin(), months.end(), [](const auto &a, const auto &b) { return a.month < b.month; });

    MoneyImpact impact;
    for (const MonthlyConsumption &m : months) {
        MonthImpact mi;
        mi.month = m.month;
        for (const auto &[app, beforeVat, withVat] : {std::tuple{&current, &mi.currentBeforeVat, &mi.current},
                                                      std::tuple{&proposed, &mi.proposedBeforeVat, &mi.proposed}}) {
            auto consumption = consumptionFor(*app, m, assumedSplit);
            if (!consumption)
                return R::failure(consumption.error());
            auto bill = engine.bill(inputFor(*app, m.month, consumption.value()));
            if (!bill)
                return R::failure(QCoreApplication::translate("ta::ImpactEstimator", "Month %1/%2: %3")
                                      .arg(m.month % 100, 2, 10, QLatin1Char('0'))
                                      .arg(m.month / 100)
                                      .arg(bill.error()));
            *beforeVat = bill->amountBeforeVat;
            *withVat = bill->amount;
            for (const QString &book : bill->books) {
                if (!impact.books.contains(book))
                    impact.books << book;
            }
        }
        impact.totalBeforeVat += mi.differenceBeforeVat();
        impact.total += mi.difference();
        impact.months.push_back(mi);
    }
    if (!impact.months.empty()) {
        const qint64 n = qint64(impact.months.size());
        impact.monthlyAverage =
            impact.total >= 0 ? (2 * impact.total + n) / (2 * n) : -((-2 * impact.total + n) / (2 * n));
    }
    return impact;
}

} // namespace ta
