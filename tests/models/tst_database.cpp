// Storage: numbered migrations in one transaction each, upgrades from every earlier schema keep the data,
// a copy before migrating, newer or foreign files refused and left byte-for-byte untouched.

#include "models/customers/searchindex.h"
#include "models/storage/database.h"
#include "models/storage/profiledata.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtSql/QSqlQuery>

using namespace ta;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// Rows that are valid at each schema version, so the upgrade test can check they survive.
void insertFixture(Database &db, int version)
{
    if (version >= 1) {
        QVERIFY(
            db.exec(QStringLiteral(
                        "INSERT INTO customers (code, name, address, meter_kind, voltage, households, price_string, "
                        "route_book, route_order) "
                        "VALUES ('PB07010000042', 'Nguyễn Văn Đức', '12 Yersin, Phường Phú Cường', 1, '<6kV', 2.5, "
                        "'SHBT:100%', 'PB0701B0003', 17)"))
                .ok());
    }
    if (version >= 2 && version < 4) {
        QVERIFY(db.exec(QStringLiteral("INSERT INTO consumption (customer_id, month, kwh) "
                                       "SELECT id, 202506, 321 FROM customers WHERE code = 'PB07010000042'"))
                    .ok());
    }
    if (version >= 4)
        QVERIFY(db.exec(QStringLiteral("UPDATE customers SET history = '202506:321', main_group = 'SHBT', "
                                       "search_text = 'pb07010000042 nguyen van duc 12 yersin, phuong phu cuong'"))
                    .ok());
    if (version >= 5 && version < 15) // the search index of the time, kept by the repository as an import would
        QVERIFY(db.exec(QStringLiteral("INSERT INTO customer_search (rowid, search_text) SELECT id, search_text FROM "
                                       "customers"))
                    .ok());
    if (version >= 3) {
        QVERIFY(db.exec(QStringLiteral("INSERT INTO imports (file_name, sha256, imported_at, imported) "
                                       "VALUES ('list.csv', 'abc', '2025-06-30T08:00:00', 1)"))
                    .ok());
    }
    if (version >= 5) { // pre-screen results: remade by schema 9 with nullable impacts, the rows kept
        QVERIFY(db.exec(QStringLiteral("INSERT INTO flags (customer_id, rule, reason, monthly_impact, yearly_impact)"
                                       " SELECT id, 'households', '{}', 72576, 870912 FROM customers"))
                    .ok());
        // From schema 13 the rank keeps the customer's route (before, schema 13 copies it in).
        QVERIFY(db.exec(version >= 13 ? QStringLiteral("INSERT INTO customer_rank (customer_id, yearly_impact, rules,"
                                                       " route_book, route_order) SELECT id, 870912, 'households',"
                                                       " route_book, route_order FROM customers")
                                      : QStringLiteral("INSERT INTO customer_rank (customer_id, yearly_impact, rules)"
                                                       " SELECT id, 870912, 'households' FROM customers"))
                    .ok());
    }
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newFileGetsLatestSchemaWalAndForeignKeys();
    void upgradeKeepsData_data();
    void upgradeKeepsData();
    void newerSchemaIsRefusedAndUntouched();
    void foreignFilesAreRefused_data();
    void foreignFilesAreRefused();
    void failedMigrationRollsBack();
    void trainingAndRealFilesNeverMix();
};

void TestDatabase::newFileGetsLatestSchemaWalAndForeignKeys()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("a.sqlite")), ProfileData::schema());
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db.value()->schemaVersion(), ProfileData::schema().latestVersion());
    QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QVERIFY(db.value()->backups().isEmpty()); // nothing to copy on a new file
    // Foreign keys really act: a warning for a customer that does not exist is refused, the same warning for
    // one that does is stored, and it goes with its customer.
    const QString flag =
        QStringLiteral("INSERT INTO flags (customer_id, rule, reason) VALUES (%1, 'households', '{}')");
    QVERIFY(!db.value()->exec(flag.arg(99)).ok());
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM flags")).toInt(), 0);
    insertFixture(*db.value(), 1);
    const qint64 id = scalar(*db.value(), QStringLiteral("SELECT id FROM customers")).toLongLong();
    QVERIFY(db.value()->exec(flag.arg(id)).ok());
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM flags")).toInt(), 1);
    QVERIFY(db.value()->exec(QStringLiteral("DELETE FROM customers")).ok());
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM flags")).toInt(), 0);
}

void TestDatabase::upgradeKeepsData_data()
{
    QTest::addColumn<int>("from");
    const int latest = ProfileData::schema().latestVersion();
    QVERIFY(latest >= 3);
    for (int v = 1; v < latest; ++v)
        QTest::addRow("from schema %d", v) << v;
}

void TestDatabase::upgradeKeepsData()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    {
        auto old = Database::openAtVersion(path, ProfileData::schema(), from);
        QVERIFY2(old.ok(), qPrintable(old.error()));
        QCOMPARE(old.value()->schemaVersion(), from);
        insertFixture(*old.value(), from);
    }
    auto db = Database::open(path, ProfileData::schema());
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db.value()->schemaVersion(), ProfileData::schema().latestVersion());
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT name FROM customers WHERE code = 'PB07010000042'")).toString(),
             QStringLiteral("Nguyễn Văn Đức"));
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT households FROM customers")).toDouble(), 2.5);
    if (from >= 2) // monthly rows were packed into the customer's history by schema 4
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT history FROM customers")).toString(),
                 QStringLiteral("202506:321"));
    // Derived columns are filled for rows that existed before.
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT main_group FROM customers")).toString(),
             QStringLiteral("SHBT"));
    // Schema 15 remade the search index: the customers already there wait for the background job, which
    // indexes them from their columns; then search finds the customer without accents.
    QCOMPARE(SearchIndex::pendingFrom(db.value()->connection()), std::optional<qint64>(1));
    QVERIFY(SearchIndex::build(db.value()->connection()).ok());
    QVERIFY(!SearchIndex::pendingFrom(db.value()->connection()));
    QSqlQuery search(db.value()->connection());
    search.prepare(QStringLiteral("SELECT count(*) FROM (%1)").arg(SearchIndex::matchingIds()));
    for (int shard = 0; shard < SearchIndex::kShards; ++shard)
        search.addBindValue(QStringLiteral("nguyen AND duc"));
    QVERIFY(search.exec() && search.next());
    QCOMPARE(search.value(0).toInt(), 1);

    if (from >= 5) { // the stored warnings survive the remaking of their tables; their impacts may now be NULL
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT yearly_impact FROM flags")).toLongLong(), qint64(870912));
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT rules FROM customer_rank")).toString(),
                 QStringLiteral("households"));
        // Schema 13: the rank keeps the customer's route, for the worklist's order; the day's index holds
        // only planned customers.
        QVERIFY(scalar(*db.value(), QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'customers_planned'"))
                    .toString()
                    .endsWith(QStringLiteral("WHERE planned_on IS NOT NULL")));
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT route_book || '/' || route_order FROM customer_rank"))
                     .toString(),
                 QStringLiteral("PB0701B0003/17"));
        // Schema 14: results stored before have no digest, so the next pre-screen writes them again.
        QVERIFY(scalar(*db.value(), QStringLiteral("SELECT digest FROM customer_rank")).isNull());
        QVERIFY(db.value()
                    ->exec(QStringLiteral("UPDATE flags SET monthly_impact = NULL, yearly_impact = NULL,"
                                          " impact_note = '{\"k\":\"needs-inventory\"}'"))
                    .ok());
    }

    // The copy made before migrating holds the old schema and the same rows.
    QCOMPARE(db.value()->backups().size(), 1);
    const QString backup = db.value()->backups().first();
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(Database::peekVersion(backup), from);
}

void TestDatabase::newerSchemaIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto db = Database::open(path, ProfileData::schema());
        QVERIFY(db.ok());
        insertFixture(*db.value(), ProfileData::schema().latestVersion());
        QVERIFY(db.value()->exec(QStringLiteral("PRAGMA user_version = 999")).ok());
        QVERIFY(db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        QVERIFY(db.value()->exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
    }
    const QByteArray before = fileHash(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    auto db = Database::open(path, ProfileData::schema());
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("999")), qPrintable(db.error()));
    QVERIFY(db.error().contains(path));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::foreignFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("sqlite");
    QTest::addRow("text file") << QByteArray("MA_KHANG,TEN_KHANG\nPB07010000001,An\n") << false;
    QTest::addRow("another program's SQLite") << QByteArray() << true;
}

void TestDatabase::foreignFilesAreRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, sqlite);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
    if (sqlite) {
        Schema other{
            QStringLiteral("other"), 0x12345678, {{1, QStringLiteral("t"), {QStringLiteral("CREATE TABLE t (x)")}}}};
        auto db = Database::open(path, other);
        QVERIFY(db.ok());
        QVERIFY(db.value()->exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path, ProfileData::schema());
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(path), qPrintable(db.error()));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::failedMigrationRollsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    Schema schema{QStringLiteral("test"),
                  0x54410001,
                  {{1, QStringLiteral("first"), {QStringLiteral("CREATE TABLE a (x INTEGER)")}},
                   {2,
                    QStringLiteral("second"),
                    {QStringLiteral("CREATE TABLE b (y INTEGER)"), QStringLiteral("INSERT INTO missing VALUES (1)")}}}};
    auto db = Database::open(path, schema);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("second")), qPrintable(db.error()));
    QCOMPARE(Database::peekVersion(path), 1);
    Schema firstOnly = schema;
    firstOnly.migrations.pop_back();
    auto reopened = Database::open(path, firstOnly);
    QVERIFY(reopened.ok());
    // Table b was created inside the failed migration's transaction and must be gone.
    QCOMPARE(scalar(*reopened.value(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'b'")).toInt(),
             0);
}

void TestDatabase::trainingAndRealFilesNeverMix()
{
    QTemporaryDir dir;
    const QString training = dir.filePath(QStringLiteral("training.sqlite"));
    const QString real = dir.filePath(QStringLiteral("real.sqlite"));
    QVERIFY(ProfileData::open(training, WorkspaceKind::Training).ok());
    QVERIFY(ProfileData::open(real, WorkspaceKind::Real).ok());
    auto wrong1 = ProfileData::open(training, WorkspaceKind::Real);
    QVERIFY(!wrong1.ok());
    QVERIFY(wrong1.error().contains(training));
    auto wrong2 = ProfileData::open(real, WorkspaceKind::Training);
    QVERIFY(!wrong2.ok());
    QVERIFY(ProfileData::open(training, WorkspaceKind::Training).ok());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
