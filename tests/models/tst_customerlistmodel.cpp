// The lazy customer list: checked by QAbstractItemModelTester through filters and sorts, its counts against
// SQL, pages read on demand.

#include "models/core/clock.h"
#include "models/customers/customerlistmodel.h"
#include "models/customers/samplelist.h"
#include "models/importing/customerimport.h"
#include "models/prescreen/prescreener.h"
#include "models/storage/profiledata.h"
#include "models/tariff/tarifflibrary.h"

#include <QAbstractItemModelTester>
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

private:
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
    GeneratorOptions o;
    o.customers = 5000;
    o.seed = 8;
    o.lastMonth = 202510;
    const QString path = m_dir.filePath(QStringLiteral("list.csv"));
    QVERIFY(SampleCustomerList::write(o, path).ok());
    const TariffLibrary library = TariffLibrary::load();
    const FixedClock clock(QDateTime(QDate(2025, 11, 24), QTime(9, 0)));
    QVERIFY(CustomerImport(*m_db, library, clock).run(path).ok());
    QVERIFY(Prescreener(*m_db, library, PrescreenRules{}).run().ok());
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
        const qint64 impact = model.data(model.index(row, CustomerListModel::Impact), CustomerListModel::SortRole).toLongLong();
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
}

QTEST_GUILESS_MAIN(TestCustomerListModel)
#include "tst_customerlistmodel.moc"
