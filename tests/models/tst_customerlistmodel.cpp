// The lazy customer list: checked by QAbstractItemModelTester through filters and sorts, its counts against
// SQL, pages read on demand.

#include "models/core/clock.h"
#include "models/core/geo.h"
#include "models/customers/customer.h"
#include "models/customers/customerlistmodel.h"
#include "models/customers/customerrepository.h"
#include "models/customers/samplelist.h"
#include "models/customers/searchindex.h"
#include "models/importing/customerimport.h"
#include "models/prescreen/flaggedlist.h"
#include "models/prescreen/prescreener.h"
#include "models/storage/profiledata.h"
#include "models/tariff/tarifflibrary.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtSql/QSqlQuery>

using namespace ta;

class TestCustomerListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void filtersAndSortsKeepTheModelConsistent();
    void pagesAreReadOnDemand();
    void longListsAreOrderedOnceOffTheUiThread();
    void narrowsBySubstationRouteBookGroupAndStatus();
    void exportsReportProgressAndCancel();
    void distances_data();
    void distances();
    void theDayFollowsTheRoute();

private:
    /// @p customers generated (with @p seed) into a CSV at @p csvPath, imported into @p db and pre-screened.
    static bool importGenerated(Database &db, const QString &csvPath, int customers, std::uint64_t seed)
    {
        GeneratorOptions o;
        o.customers = customers;
        o.seed = seed;
        o.lastMonth = 202510;
        const TariffLibrary library = TariffLibrary::load();
        const FixedClock clock(QDateTime(QDate(2025, 11, 24), QTime(9, 0)));
        return SampleCustomerList::write(o, csvPath).ok() && CustomerImport(db, library, clock).run(csvPath).ok() &&
               Prescreener(db, library, PrescreenRules{}).run().ok();
    }
    int sqlCount(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        q.exec(sql);
        q.next();
        return q.value(0).toInt();
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestCustomerListModel::initTestCase()
{
    m_db = ProfileData::open(m_dir.filePath(QStringLiteral("d.sqlite")), WorkspaceKind::Real).value();
    QVERIFY(importGenerated(*m_db, m_dir.filePath(QStringLiteral("list.csv")), 5000, 8));
    QVERIFY(SearchIndex::build(m_db->connection()).ok());
}

void TestCustomerListModel::cleanupTestCase()
{
    m_db.reset();
}

void TestCustomerListModel::filtersAndSortsKeepTheModelConsistent()
{
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db->connection());
    QCOMPARE(model.columnCount(), int(CustomerListModel::ColumnCount));

    // Default: the flagged customers, the most money first.
    QCOMPARE(model.rowCount(), sqlCount(QStringLiteral("SELECT count(*) FROM customer_rank")));
    QVERIFY(model.rowCount() > 100);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < 50; ++row) {
        const qint64 impact =
            model.data(model.index(row, CustomerListModel::Impact), CustomerListModel::SortRole).toLongLong();
        QVERIFY(impact <= previous);
        previous = impact;
    }
    QVERIFY(!model.data(model.index(0, CustomerListModel::Flags)).toString().isEmpty());
    QVERIFY(!model.data(model.index(0, CustomerListModel::Code), Qt::ToolTipRole).toString().isEmpty());

    CustomerListModel::Filter all;
    all.onlyFlagged = false;
    model.setFilter(all);
    QCOMPARE(model.rowCount(), 5000);
    // All customers come in reading order: route book, then STT.
    QCOMPARE(model.data(model.index(0, CustomerListModel::RouteOrder)).toInt(), 1);

    CustomerListModel::Filter rule = all;
    rule.onlyFlagged = true;
    rule.rule = QString::fromLatin1(rule::ThreeRate);
    model.setFilter(rule);
    QCOMPARE(model.rowCount(), sqlCount(QStringLiteral("SELECT count(*) FROM flags WHERE rule = 'three-rate'")));

    CustomerListModel::Filter search = all;
    search.search = QStringLiteral("nguyen");
    model.setFilter(search);
    QVERIFY(model.rowCount() > 100);
    QVERIFY(model.rowCount() < 5000);
    for (int row = 0; row < model.rowCount(); row += 97)
        QVERIFY(model.data(model.index(row, CustomerListModel::Name)).toString().contains(QStringLiteral("Nguyễn")) ||
                model.data(model.index(row, CustomerListModel::Address)).toString().contains(QStringLiteral("Nguyễn")));

    model.setFilter(all);
    model.sort(CustomerListModel::Code, Qt::DescendingOrder);
    QCOMPARE(model.data(model.index(0, CustomerListModel::Code)).toString(), QStringLiteral("PB07050005000"));
    model.sort(CustomerListModel::Code, Qt::AscendingOrder);
    QCOMPARE(model.data(model.index(0, CustomerListModel::Code)).toString(), QStringLiteral("PB07010000001"));
    QVERIFY(!model.data(model.index(0, 99)).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());

    model.setDatabase(QSqlDatabase());
    QCOMPARE(model.rowCount(), 0);
}

void TestCustomerListModel::narrowsBySubstationRouteBookGroupAndStatus()
{
    const CustomerListModel::FilterChoices choices = CustomerListModel::filterChoices(m_db->connection());
    QCOMPARE(choices.substations.size(), sqlCount(QStringLiteral("SELECT count(DISTINCT substation) FROM customers")));
    QCOMPARE(choices.routeBooks.size(), sqlCount(QStringLiteral("SELECT count(DISTINCT route_book) FROM customers")));
    QCOMPARE(choices.mainGroups.size(), sqlCount(QStringLiteral("SELECT count(DISTINCT main_group) FROM customers")));
    QVERIFY(choices.substations.size() > 5);
    QVERIFY(choices.mainGroups.contains(QStringLiteral("SHBT")));
    QVERIFY(std::is_sorted(choices.routeBooks.begin(), choices.routeBooks.end()));

    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db->connection());
    CustomerListModel::Filter f;
    f.onlyFlagged = false;
    f.substation = choices.substations.at(2);
    model.setFilter(f);
    QCOMPARE(model.rowCount(),
             sqlCount(QStringLiteral("SELECT count(*) FROM customers WHERE substation = '%1'").arg(f.substation)));
    QVERIFY(model.rowCount() > 0);

    f.substation.clear();
    f.routeBook = choices.routeBooks.at(3);
    f.mainGroup = QStringLiteral("SHBT");
    model.setFilter(f);
    QCOMPARE(model.rowCount(),
             sqlCount(QStringLiteral("SELECT count(*) FROM customers WHERE route_book = '%1' AND main_group = 'SHBT'")
                          .arg(f.routeBook)));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, CustomerListModel::RouteBook)).toString(), f.routeBook);

    // Status: every customer starts unvisited; one marked recorded is found alone.
    CustomerListModel::Filter status;
    status.onlyFlagged = false;
    status.status = QString::fromLatin1(visitStatus::Pending);
    model.setFilter(status);
    QCOMPARE(model.rowCount(), 5000);
    QCOMPARE(model.data(model.index(0, CustomerListModel::Status)).toString(),
             CustomerListModel::statusName(QString::fromLatin1(visitStatus::Pending)));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE customers SET visit_status = 'recorded' WHERE code = 'PB07010000001'")));
    status.status = QString::fromLatin1(visitStatus::Recorded);
    model.setFilter(status);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, CustomerListModel::Code)).toString(), QStringLiteral("PB07010000001"));
    QVERIFY(q.exec(QStringLiteral("UPDATE customers SET visit_status = 'pending' WHERE code = 'PB07010000001'")));
}

void TestCustomerListModel::pagesAreReadOnDemand()
{
    CustomerListModel model;
    model.setDatabase(m_db->connection());
    CustomerListModel::Filter all;
    all.onlyFlagged = false;
    model.setFilter(all);
    // The last row is reachable without reading everything before it.
    const QModelIndex last = model.index(model.rowCount() - 1, CustomerListModel::Code);
    QVERIFY(model.data(last).toString().startsWith(QStringLiteral("PB0705")));
    QVERIFY(model.lastError().isEmpty());

    // Every row, page after page and from the end backwards, in the order the worklist promises: the
    // customers to visit by money at stake (unknown last) then reading route; all customers by route.
    const auto expected = [this](const QString &sql) {
        QStringList codes;
        QSqlQuery q(m_db->connection());
        q.exec(sql);
        while (q.next())
            codes << q.value(0).toString();
        return codes;
    };
    for (const bool flagged : {true, false}) {
        CustomerListModel::Filter filter;
        filter.onlyFlagged = flagged;
        model.setFilter(filter);
        const QStringList reference = expected(
            flagged ? QStringLiteral("SELECT c.code FROM customer_rank r JOIN customers c ON c.id = r.customer_id"
                                     " ORDER BY r.yearly_impact IS NULL, r.yearly_impact DESC, c.route_book,"
                                     " c.route_order, c.id")
                    : QStringLiteral("SELECT code FROM customers ORDER BY route_book, route_order, id"));
        QVERIFY(reference.size() > 2 * 200); // more than two pages
        QCOMPARE(model.rowCount(), int(reference.size()));
        QStringList backwards;
        for (int row = model.rowCount() - 1; row >= 0; --row)
            backwards.prepend(model.data(model.index(row, CustomerListModel::Code)).toString());
        QCOMPARE(backwards, reference);
    }
}

void TestCustomerListModel::longListsAreOrderedOnceOffTheUiThread()
{
    // A list past DirectRows, sorted by a column no index holds or filtered: its order is read in the
    // background, the rows blank meanwhile, then every row is where SQL's own ORDER BY puts it.
    QTemporaryDir dir;
    auto db = ProfileData::open(dir.filePath(QStringLiteral("long.sqlite")), WorkspaceKind::Real).value();
    const int customers = CustomerListModel::DirectRows + 2000;
    QVERIFY(importGenerated(*db, dir.filePath(QStringLiteral("long.csv")), customers, 21));
    const auto expected = [&db](const QString &sql) {
        QStringList codes;
        QSqlQuery q(db->connection());
        q.exec(sql);
        while (q.next())
            codes << q.value(0).toString();
        return codes;
    };
    const auto shown = [](const CustomerListModel &model) {
        QStringList codes;
        for (int row = 0; row < model.rowCount(); ++row)
            codes << model.data(model.index(row, CustomerListModel::Code)).toString();
        return codes;
    };

    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy ordering(&model, &CustomerListModel::orderingChanged);
    model.setDatabase(db->connection());
    QVERIFY(!model.isOrdering()); // the worklist's own order: by its index
    CustomerListModel::Filter all;
    all.onlyFlagged = false;
    model.setFilter(all);
    QVERIFY(!model.isOrdering());
    QCOMPARE(ordering.count(), 0);
    // Paged straight from its index, the second half counted from the end: every row where SQL puts it.
    QCOMPARE(shown(model), expected(QStringLiteral("SELECT code FROM customers ORDER BY route_book, route_order, id")));

    // By name: the count at once, the rows blank until the order comes (through the event loop, as in the app).
    model.sort(CustomerListModel::Name, Qt::AscendingOrder);
    QVERIFY(model.isOrdering());
    QCOMPARE(model.rowCount(), customers);
    QCOMPARE(model.data(model.index(5, CustomerListModel::Code)).toString(), QStringLiteral("Sorting…"));
    QVERIFY(!model.data(model.index(5, CustomerListModel::Name)).isValid());
    QVERIFY(!model.data(model.index(5, CustomerListModel::Code), CustomerListModel::CodeRole).isValid());
    QTRY_VERIFY(!model.isOrdering());
    QCOMPARE(ordering.count(), 2);
    QCOMPARE(ordering.at(0).at(0).toBool(), true);
    QCOMPARE(ordering.at(1).at(0).toBool(), false);
    QVERIFY(model.lastError().isEmpty());
    QCOMPARE(shown(model), expected(QStringLiteral("SELECT code FROM customers ORDER BY name, id")));

    // A newer order while one is read: only the last one is shown.
    model.sort(CustomerListModel::Name, Qt::DescendingOrder);
    QVERIFY(model.isOrdering());
    model.sort(CustomerListModel::Households, Qt::DescendingOrder);
    model.waitForOrder();
    QVERIFY(!model.isOrdering());
    QCOMPARE(shown(model), expected(QStringLiteral("SELECT code FROM customers ORDER BY households DESC, id")));

    // Filtered (every visit pending) in the worklist's route order; then by the flags' money, descending.
    model.sort(-1);
    CustomerListModel::Filter pending = all;
    pending.status = QString::fromLatin1(visitStatus::Pending);
    model.setFilter(pending);
    QVERIFY(model.isOrdering());
    QCOMPARE(model.rowCount(), 0); // counted with its order, off the UI thread
    model.waitForOrder();
    QCOMPARE(model.rowCount(), customers);
    QCOMPARE(shown(model), expected(QStringLiteral("SELECT code FROM customers WHERE visit_status = 'pending'"
                                                   " ORDER BY route_book, route_order, id")));
    model.sort(CustomerListModel::Impact, Qt::DescendingOrder);
    model.waitForOrder();
    QCOMPARE(shown(model), expected(QStringLiteral("SELECT c.code FROM customers c LEFT JOIN customer_rank r"
                                                   " ON r.customer_id = c.id WHERE c.visit_status = 'pending'"
                                                   " ORDER BY r.yearly_impact DESC, c.id")));

    // A search of the long list is not counted on the UI thread at all: its count comes with its order (the index
    // gathers every match of a prefix first). The same customers as the index's own query finds.
    model.sort(-1);
    QVERIFY(SearchIndex::build(db->connection()).ok());
    CustomerListModel::Filter search = all;
    search.search = QStringLiteral("Nguyễn Văn");
    model.setFilter(search);
    QVERIFY(model.isOrdering());
    QCOMPARE(model.rowCount(), 0);
    model.waitForOrder();
    QVERIFY(model.lastError().isEmpty());
    QVERIFY(model.rowCount() > 100);
    QCOMPARE(shown(model),
             expected(QStringLiteral("SELECT code FROM customers WHERE id IN (SELECT rowid FROM customer_search_0 "
                                     "WHERE customer_search_0 MATCH '\"nguyen\"* AND \"van\"*' UNION ALL SELECT "
                                     "rowid FROM customer_search_1 WHERE customer_search_1 MATCH '\"nguyen\"* AND "
                                     "\"van\"*') ORDER BY route_book, route_order, id")));
    for (int row = 0; row < model.rowCount(); row += 53)
        QVERIFY(model.data(model.index(row, CustomerListModel::Name)).toString().contains(QStringLiteral("Nguyễn")) ||
                model.data(model.index(row, CustomerListModel::Address)).toString().contains(QStringLiteral("Nguyễn")));

    // A short list (the flagged customers of one rule) is paged straight from SQL, in the same order as SQL's.
    CustomerListModel::Filter rule;
    rule.rule = QString::fromLatin1(rule::ThreeRate);
    model.setFilter(rule);
    QVERIFY(model.rowCount() > 0 && model.rowCount() <= CustomerListModel::DirectRows);
    QVERIFY(!model.isOrdering());
    QCOMPARE(shown(model), expected(QStringLiteral("SELECT c.code FROM customer_rank r JOIN customers c"
                                                   " ON c.id = r.customer_id WHERE c.id IN (SELECT customer_id FROM"
                                                   " flags WHERE rule = 'three-rate') ORDER BY r.yearly_impact DESC,"
                                                   " c.id")));
}

void TestCustomerListModel::exportsReportProgressAndCancel()
{
    const int flagged = sqlCount(QStringLiteral("SELECT count(*) FROM customer_rank"));
    QVERIFY(flagged > 512);
    for (const QString &name : {QStringLiteral("warnings.csv"), QStringLiteral("warnings.xlsx")}) {
        const QString path = m_dir.filePath(name);
        qint64 lastDone = 0, lastTotal = 0;
        QVERIFY(FlaggedList::exportFile(m_db->connection(), path, [&](qint64 done, qint64 total) {
                    lastDone = done;
                    lastTotal = total;
                    return true;
                }).ok());
        QVERIFY(QFile::exists(path));
        QCOMPARE(lastTotal, qint64(flagged));
        QVERIFY(lastDone >= 256 && lastDone <= flagged);

        // Cancelled halfway: no file, not even a partial one.
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled-") + name);
        auto result =
            FlaggedList::exportFile(m_db->connection(), cancelled, [](qint64 done, qint64) { return done < 256; });
        QVERIFY(!result.ok());
        QVERIFY(!QFile::exists(cancelled));
        QVERIFY(!QFile::exists(cancelled + QStringLiteral(".part")));
    }
}

void TestCustomerListModel::distances_data()
{
    QTest::addColumn<double>("lat1");
    QTest::addColumn<double>("lon1");
    QTest::addColumn<double>("lat2");
    QTest::addColumn<double>("lon2");
    QTest::addColumn<double>("km");
    // Haversine with the mean Earth radius 6,371.0088 km.
    QTest::addRow("0.01° of latitude: 6371.0088 × 0.01 × π/180") << 10.98 << 106.65 << 10.99 << 106.65 << 1.11195;
    QTest::addRow("0.01° of longitude at 10.98° N: × cos(10.98°)") << 10.98 << 106.65 << 10.98 << 106.66 << 1.09160;
    QTest::addRow("Hà Nội to Hồ Chí Minh City centres") << 21.0285 << 105.8542 << 10.7769 << 106.7009 << 1143.506;
    QTest::addRow("same place") << 10.98 << 106.65 << 10.98 << 106.65 << 0.0;
}

void TestCustomerListModel::distances()
{
    QFETCH(double, lat1);
    QFETCH(double, lon1);
    QFETCH(double, lat2);
    QFETCH(double, lon2);
    QFETCH(double, km);
    QVERIFY(std::abs(geo::distanceKm(lat1, lon1, lat2, lon2) - km) < 0.001);
}

void TestCustomerListModel::theDayFollowsTheRoute()
{
    // Three customers of one route book planned for a day, listed in reading order (STT).
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE customers SET latitude = NULL, longitude = NULL WHERE code IN "
                                  "('PB07010000003', 'PB07010000007', 'PB07010000005')")));
    QVERIFY(q.exec(
        QStringLiteral("UPDATE customers SET latitude = 10.98, longitude = 106.65 WHERE code = 'PB07010000003'")));
    QVERIFY(q.exec(
        QStringLiteral("UPDATE customers SET latitude = 10.99, longitude = 106.65 WHERE code = 'PB07010000005'")));
    const QDate day(2025, 11, 24);
    CustomerRepository repo(m_db->connection());
    QVERIFY(
        repo.plan({QStringLiteral("PB07010000007"), QStringLiteral("PB07010000003"), QStringLiteral("PB07010000005")},
                  day)
            .ok());
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db->connection());
    CustomerListModel::Filter filter;
    filter.onlyFlagged = false;
    filter.plannedOn = day;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0, CustomerListModel::Code)).toString(), QStringLiteral("PB07010000003"));
    QCOMPARE(model.data(model.index(1, CustomerListModel::Code)).toString(), QStringLiteral("PB07010000005"));
    QCOMPARE(model.data(model.index(2, CustomerListModel::Code)).toString(), QStringLiteral("PB07010000007"));
    QVERIFY(!model.data(model.index(0, CustomerListModel::Distance)).isValid()); // the first stop
    QVERIFY(std::abs(model.data(model.index(1, CustomerListModel::Distance), CustomerListModel::SortRole).toDouble() -
                     1.11195) < 0.001);
    QVERIFY(!model.data(model.index(2, CustomerListModel::Distance)).isValid()); // no position known
    QVERIFY(repo.plan({QStringLiteral("PB07010000005")}, QDate()).ok());
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestCustomerListModel)
#include "tst_customerlistmodel.moc"
