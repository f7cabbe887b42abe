// Prints the customer-list figures on N generated customers with 12 months of history:
//   import until the list is usable (rows validated and stored, indexes, pre-screened as read) against
//   `sqlite3 X.db ".import --csv FILE t"` of the same file, the search index finished in the background,
//   the pre-screen re-run from the stored list (as it is, with a rule switched off and on again, and with
//   every result new), worklist pages at the start, middle and end (also sorted by a column no index holds,
//   and filtered to most of the list: the order read once in the background, then pages by id), search latency
//   per keystroke (p50 / p99), the peak resident memory, and the import of the same list with its lines shuffled.
//   bench_customers [customers=1000000] [folder=/tmp/tariff-audit-bench]

#include "models/core/clock.h"
#include "models/customers/customerlistmodel.h"
#include "models/customers/customersearch.h"
#include "models/customers/samplelist.h"
#include "models/customers/searchindex.h"
#include "models/importing/customerimport.h"
#include "models/prescreen/prescreener.h"
#include "models/storage/profiledata.h"
#include "models/tariff/tarifflibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <random>
#include <tuple>

#include <malloc.h>
#include <unistd.h>

namespace {

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

/// VmRSS (now) or VmHWM (the peak so far) from /proc/self/status, in KiB.
long statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLong();
    }
    return -1;
}

long residentKiB()
{
    return statusKiB("VmRSS");
}

/// Starts the peak over again (writing 5 to clear_refs resets VmHWM).
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double peakMiB()
{
    return double(statusKiB("VmHWM")) / 1024.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int customers = args.size() > 1 ? args.at(1).toInt() : 1'000'000;
    const QDir folder(args.size() > 2 ? args.at(2) : QStringLiteral("/tmp/tariff-audit-bench"));
    if (customers <= 0 || !QDir().mkpath(folder.path())) {
        std::fprintf(stderr, "usage: bench_customers [customers] [folder]\n");
        return 2;
    }
    const QString csv = folder.filePath(QStringLiteral("customers.csv"));
    const QString db = folder.filePath(QStringLiteral("customers.sqlite"));
    const QString plain = folder.filePath(QStringLiteral("sqlite3-import.db"));
    for (const QString &f : {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"), plain})
        QFile::remove(f);

    ta::GeneratorOptions options;
    options.customers = customers;
    options.seed = 2025;
    options.lastMonth = 202510;
    QElapsedTimer t;
    t.start();
    if (!ta::SampleCustomerList::write(options, csv)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
        return 1;
    }
    std::printf("customers                    %d (CSV %.0f MiB, generated in %.1f s)\n", customers,
                double(QFileInfo(csv).size()) / 1048576.0, seconds(t));

    // The reference: SQLite's own CSV import of the same file into one table, no validation, no index. It is run
    // twice and the faster run counts (the times of single runs on a shared machine vary by a quarter), after the
    // file just written has reached the disk.
    ::sync();
    double reference = -1;
    std::vector<double> references;
    for (int run = 0; run < 2; ++run) {
        QFile::remove(plain);
        QProcess sqlite;
        t.restart();
        sqlite.start(QStringLiteral("sqlite3"), {plain, QStringLiteral(".import --csv %1 t").arg(csv)});
        if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0)
            break;
        references.push_back(seconds(t));
        reference = reference < 0 ? references.back() : std::min(reference, references.back());
    }

    const ta::TariffLibrary library = ta::TariffLibrary::load();
    const ta::SystemClock clock;
    auto database = ta::ProfileData::open(db, ta::WorkspaceKind::Real);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error()));
        return 1;
    }
    resetPeak();
    t.restart();
    ta::CustomerImport::Options importOptions;
    importOptions.prescreen = ta::PrescreenRules{};
    auto imported = ta::CustomerImport(*database.value(), library, clock).run(csv, importOptions);
    const double importSeconds = seconds(t);
    const double importPeak = peakMiB();
    if (!imported) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error()));
        return 1;
    }
    std::printf("import until usable          %.1f s (%lld imported, %lld rejected, %lld flagged as read); peak "
                "memory %.0f MiB\n",
                importSeconds, imported->imported, imported->rejected,
                imported->prescreen ? imported->prescreen->flagged : -1, importPeak);
    if (reference > 0)
        std::printf(
            "sqlite3 .import, same file   %.1f s (the faster of %.1f and %.1f s)  -> import / sqlite3 = %.2f x\n",
            reference, references.front(), references.back(), importSeconds / reference);
    else
        std::printf("sqlite3 .import              not available (install the sqlite3 package)\n");

    // The search index, as the app's background job builds it after the import (its first commit also copies the
    // import's log into the data file).
    resetPeak();
    t.restart();
    if (ta::Status s = ta::SearchIndex::build(database.value()->connection()); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    const double searchSeconds = seconds(t);
    if (reference > 0)
        std::printf(
            "search index                 %.1f s more; complete at %.1f s = %.2f x sqlite3; peak memory %.0f MiB\n",
            searchSeconds, importSeconds + searchSeconds, (importSeconds + searchSeconds) / reference, peakMiB());
    else
        std::printf("search index                 %.1f s more; peak memory %.0f MiB\n", searchSeconds, peakMiB());

    resetPeak();
    t.restart();
    auto screened = ta::Prescreener(*database.value(), library, ta::PrescreenRules{}).run();
    const double prescreenSeconds = seconds(t);
    std::printf("pre-screen, re-run           %.2f s (%lld flagged, %lld changed); peak memory %.0f MiB\n",
                prescreenSeconds, screened ? screened->flagged : -1, screened ? screened->changed : -1, peakMiB());
    // A leader switches a rule off and on again: the customers whose warnings change are rewritten.
    ta::PrescreenRules withoutAbnormal;
    withoutAbnormal.abnormal = false;
    for (const auto &[label, rules] : {std::pair{"pre-screen, 'abnormal' off", withoutAbnormal},
                                       std::pair{"pre-screen, 'abnormal' on", ta::PrescreenRules{}}}) {
        resetPeak();
        t.restart();
        auto changed = ta::Prescreener(*database.value(), library, rules).run();
        std::printf("%-28s %.2f s (%lld flagged, %lld changed); peak memory %.0f MiB\n", label, seconds(t),
                    changed ? changed->flagged : -1, changed ? changed->changed : -1, peakMiB());
    }
    // Every result new (a first pre-screen, or a new tariff changing every impact): written whole.
    {
        QSqlQuery clear(database.value()->connection());
        clear.exec(QStringLiteral("DELETE FROM flags"));
        clear.exec(QStringLiteral("DELETE FROM customer_rank"));
        resetPeak();
        t.restart();
        auto whole = ta::Prescreener(*database.value(), library, ta::PrescreenRules{}).run();
        std::printf("pre-screen, all results new  %.2f s (%lld flagged); peak memory %.0f MiB\n", seconds(t),
                    whole ? whole->flagged : -1, peakMiB());
    }
    database.value().reset();

    // Opening the worklist as the app does after sign-in: open the file, count, read the first page.
    const long before = residentKiB();
    t.restart();
    auto reopened = ta::ProfileData::open(db, ta::WorkspaceKind::Real);
    ta::CustomerListModel model;
    model.setDatabase(reopened.value()->connection());
    const QString first = model.data(model.index(0, ta::CustomerListModel::Name)).toString();
    const double openSeconds = seconds(t);
    const int toVisit = model.rowCount();
    std::printf("worklist open                %.0f ms to the first page (%d rows to visit)\n", openSeconds * 1000,
                toVisit);
    // Pages as a scroll bar dragged to the start, the middle and the end asks for them: the customers to
    // visit (by money at stake), then all customers (by route).
    for (const bool flagged : {true, false}) {
        ta::CustomerListModel::Filter filter;
        filter.onlyFlagged = flagged;
        model.setFilter(filter);
        const int rows = model.rowCount();
        for (const auto &[where, row] :
             {std::pair{"start", 0}, std::pair{"middle", rows / 2}, std::pair{"end", rows - 1}}) {
            t.restart();
            const QString name = model.data(model.index(row, ta::CustomerListModel::Name)).toString();
            std::printf("worklist page, %s %s (row %d): %.1f ms%s\n", flagged ? "to visit     " : "all customers",
                        where, row + 1, seconds(t) * 1000, name.isEmpty() ? " (no row!)" : "");
        }
    }
    // Pages of a list the user sorted by a column no index holds, and of a filter over most of the list: the
    // first page asked for once the order is known (waitForOrder: the order is read off the UI thread).
    for (const auto &[label, column, flagged] :
         {std::tuple{"all customers by name", int(ta::CustomerListModel::Name), false},
          std::tuple{"to visit by price     ", int(ta::CustomerListModel::PriceString), true}}) {
        ta::CustomerListModel::Filter filter;
        filter.onlyFlagged = flagged;
        model.setFilter(filter);
        t.restart();
        model.sort(column, Qt::AscendingOrder);
        const double uiSeconds = seconds(t);
        model.waitForOrder();
        std::printf("worklist sorted, %s: %.0f ms on the UI thread, order read in %.0f ms\n", label, uiSeconds * 1000,
                    seconds(t) * 1000);
        const int rows = model.rowCount();
        for (const auto &[where, row] :
             {std::pair{"start", 0}, std::pair{"middle", rows / 2}, std::pair{"end", rows - 1}}) {
            t.restart();
            const QString name = model.data(model.index(row, ta::CustomerListModel::Name)).toString();
            std::printf("worklist sorted page, %s %s (row %d): %.1f ms%s\n", label, where, row + 1, seconds(t) * 1000,
                        name.isEmpty() ? " (no row!)" : "");
        }
        model.sort(-1);
    }
    {
        ta::CustomerListModel::Filter filter;
        filter.onlyFlagged = false;
        filter.status = QStringLiteral("pending");
        t.restart();
        model.setFilter(filter);
        const double uiSeconds = seconds(t);
        model.waitForOrder();
        std::printf("worklist filtered, every pending visit: %.0f ms on the UI thread, order read in %.0f ms\n",
                    uiSeconds * 1000, seconds(t) * 1000);
        const int rows = model.rowCount();
        for (const auto &[where, row] :
             {std::pair{"start", 0}, std::pair{"middle", rows / 2}, std::pair{"end", rows - 1}}) {
            t.restart();
            const QString name = model.data(model.index(row, ta::CustomerListModel::Name)).toString();
            std::printf("worklist filtered page, pending %s (row %d): %.1f ms%s\n", where, row + 1, seconds(t) * 1000,
                        name.isEmpty() ? " (no row!)" : "");
        }
    }
    std::printf("resident memory              %ld MiB with the worklist open (%ld MiB before opening it)\n",
                residentKiB() / 1024, before / 1024);

    // Search as an inspector types: every prefix of a few names and addresses, keystroke by keystroke.
    const ta::CustomerSearch search(reopened.value()->connection());
    std::vector<double> latencies;
    for (const QString &typed : {QStringLiteral("nguyen van duc"), QStringLiteral("tran thi lan"),
                                 QStringLiteral("huynh van luy"), QStringLiteral("pb0703001"), QStringLiteral("0912"),
                                 QStringLiteral("xuong co khi"), QStringLiteral("le thi hoa"), first.left(12)}) {
        for (int n = 1; n <= typed.size(); ++n) {
            QElapsedTimer k;
            k.start();
            auto hits = search.search(typed.left(n), 50);
            latencies.push_back(double(k.nsecsElapsed()) / 1e6);
            (void)hits;
        }
    }
    std::sort(latencies.begin(), latencies.end());
    std::printf("search per keystroke         p50 %.1f ms, p99 %.1f ms, max %.1f ms (%zu keystrokes)\n",
                latencies[latencies.size() / 2], latencies[std::min(latencies.size() - 1, latencies.size() * 99 / 100)],
                latencies.back(), latencies.size());

    // The same list with its lines shuffled (as a list sorted by name would come): the rows no longer come grouped
    // by route book, so the customers' indexes are built after them.
    {
        QFile in(csv);
        if (!in.open(QIODevice::ReadOnly))
            return 1;
        QList<QByteArray> lines = in.readAll().split('\n');
        in.close();
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        std::mt19937 random(2025);
        if (lines.size() > 2)
            std::shuffle(lines.begin() + 1, lines.end(), random);
        const QString shuffled = folder.filePath(QStringLiteral("customers-shuffled.csv"));
        const QString shuffledDb = folder.filePath(QStringLiteral("customers-shuffled.sqlite"));
        QFile out(shuffled);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(lines.join('\n') + '\n') < 0)
            return 1;
        out.close();
        lines = {};
        ::malloc_trim(0); // the shuffled lines' memory back to the system before the peak is measured
        for (const QString &f : {shuffledDb, shuffledDb + QStringLiteral("-wal"), shuffledDb + QStringLiteral("-shm")})
            QFile::remove(f);
        ::sync();
        auto other = ta::ProfileData::open(shuffledDb, ta::WorkspaceKind::Real);
        resetPeak();
        if (!other) {
            std::fprintf(stderr, "%s\n", qPrintable(other.error()));
            return 1;
        }
        t.restart();
        auto again = ta::CustomerImport(*other.value(), library, clock).run(shuffled, importOptions);
        const double shuffledSeconds = seconds(t);
        if (!again) {
            std::fprintf(stderr, "%s\n", qPrintable(again.error()));
            return 1;
        }
        std::printf("import, lines shuffled       %.1f s (%lld imported, %lld flagged as read); peak memory %.0f MiB",
                    shuffledSeconds, again->imported, again->prescreen ? again->prescreen->flagged : -1, peakMiB());
        if (reference > 0)
            std::printf("  -> import / sqlite3 = %.2f x", shuffledSeconds / reference);
        std::printf("\n");
    }
    return 0;
}
