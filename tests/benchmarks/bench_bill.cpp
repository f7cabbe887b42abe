// Prints how many bills per second the engine computes on one core for a realistic mix: the generated
// branch (homes, shops, workshops, public bodies; households, mixed purposes, three-rate meters), each
// billed for its latest month.
//   bench_bill [customers=200000] [rounds=5]

#include "models/customers/customergenerator.h"
#include "models/tariff/billengine.h"
#include "models/tariff/pricestring.h"
#include "models/tariff/tarifflibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int customers = args.size() > 1 ? args.at(1).toInt() : 200'000;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 5;
    if (customers <= 0 || rounds <= 0) {
        std::fprintf(stderr, "usage: bench_bill [customers] [rounds]\n");
        return 2;
    }

    const ta::TariffLibrary library = ta::TariffLibrary::load();
    const ta::BillEngine engine(library);
    ta::GeneratorOptions options;
    options.customers = customers;
    options.seed = 2025;
    options.lastMonth = 202510;
    ta::CustomerGenerator generator(options);
    std::vector<ta::BillInput> inputs;
    inputs.reserve(std::size_t(customers));
    for (int i = 0; i < customers; ++i) {
        const ta::Customer c = generator.next();
        ta::BillInput in;
        in.from = QDate(2025, 10, 1);
        in.to = QDate(2025, 10, 31);
        in.meter = c.meterKind == ta::MeterKind::ThreeRate ? ta::MeterType::ThreeRate : ta::MeterType::SingleRate;
        in.voltage = c.voltage;
        in.households = c.households;
        in.purposes = ta::PriceString::parse(c.priceString, library).value();
        const ta::MonthlyConsumption &m = c.history.back();
        in.kwh = {m.kwh, m.normal ? std::optional<qint64>(*m.normal) : std::nullopt,
                  m.peak ? std::optional<qint64>(*m.peak) : std::nullopt,
                  m.offPeak ? std::optional<qint64>(*m.offPeak) : std::nullopt};
        inputs.push_back(in);
    }

    std::vector<double> rates;
    qint64 checksum = 0;
    int failures = 0;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        timer.start();
        for (const ta::BillInput &in : inputs) {
            auto bill = engine.bill(in);
            if (bill)
                checksum += bill->amount;
            else
                ++failures;
        }
        rates.push_back(double(inputs.size()) / (double(timer.nsecsElapsed()) / 1e9));
    }
    std::sort(rates.begin(), rates.end());
    std::printf("bills per round      %zu (failures %d)\n", inputs.size(), failures / rounds);
    std::printf("bills per second     median %.0f, best %.0f (one core, %d rounds)\n", rates[rates.size() / 2],
                rates.back(), rounds);
    std::printf("checksum             %lld dong\n", checksum / rounds);
    return failures == 0 ? 0 : 1;
}
