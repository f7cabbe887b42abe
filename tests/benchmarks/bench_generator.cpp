// Prints how fast synthetic customers are generated and written as the import template.
//   bench_generator [customers=1000000] [output=/tmp/tariff-audit-bench.csv]

#include "models/customers/samplelist.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    ta::GeneratorOptions options;
    options.customers = args.size() > 1 ? args.at(1).toInt() : 1'000'000;
    options.seed = 2025;
    options.lastMonth = 202510;
    const QString path = args.size() > 2 ? args.at(2) : QStringLiteral("/tmp/tariff-audit-bench.csv");
    if (options.customers <= 0) {
        std::fprintf(stderr, "usage: bench_generator [customers] [output.csv]\n");
        return 2;
    }

    // Generation alone, then generation + CSV writing.
    QElapsedTimer timer;
    timer.start();
    ta::CustomerGenerator generator(options);
    long long kwh = 0;
    for (int i = 0; i < options.customers; ++i)
        kwh += generator.next().history.back().kwh;
    const double generateSeconds = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    const ta::Status written = ta::SampleCustomerList::write(options, path);
    const double writeSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error()));
        return 1;
    }
    const double megabytes = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    std::printf("customers            %d\n", options.customers);
    std::printf("generate only        %.2f s  (%.0f customers/s)\n", generateSeconds,
                options.customers / generateSeconds);
    std::printf("generate + CSV       %.2f s  (%.0f customers/s, %.0f MiB, %.0f MiB/s)\n", writeSeconds,
                options.customers / writeSeconds, megabytes, megabytes / writeSeconds);
    std::printf("checksum             %lld kWh in the last month\n", kwh);
    return 0;
}
