// A full disk during an import and during the signing of a record. SQLite's files go through a file system of
// this test's own (a VFS over the real one that refuses to write past a quota, as a full disk does), so the
// product's own code meets the failure where it would: a clear message, and nothing half-written.

#include "models/core/clock.h"
#include "models/customers/customerrepository.h"
#include "models/customers/samplelist.h"
#include "models/importing/customerimport.h"
#include "models/inspection/devicekey.h"
#include "models/inspection/inspectionsession.h"
#include "models/inspection/inspectionstore.h"
#include "models/security/secretstore.h"
#include "models/storage/profiledata.h"
#include "models/tariff/tarifflibrary.h"
#include "tests/common/testpictures.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QtSql/QSqlQuery>

#include <sqlite3.h>

#include <atomic>

using namespace ta;

namespace {

// Bytes SQLite may still write (any file of it: the database, its log); past them a write fails as on a full
// disk. Negative: no quota.
std::atomic<qint64> g_room{-1};
sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_quota;

struct QuotaFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

const sqlite3_io_methods *g_realMethods = nullptr;
sqlite3_io_methods g_methods;

sqlite3_file *realOf(sqlite3_file *f)
{
    return reinterpret_cast<QuotaFile *>(f)->real;
}

int quotaWrite(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    if (g_room.load() >= 0 && g_room.fetch_sub(amount) < amount) {
        g_room.store(0);
        return SQLITE_FULL;
    }
    return realOf(f)->pMethods->xWrite(realOf(f), data, amount, offset);
}

int quotaOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *q = reinterpret_cast<QuotaFile *>(file);
    q->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(q) + sizeof(QuotaFile));
    const int rc = g_real->xOpen(g_real, name, q->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        q->base.pMethods = nullptr;
        return rc;
    }
    if (!g_realMethods) {
        g_realMethods = q->real->pMethods;
        g_methods = *g_realMethods;
        // Every method passes the real file on; writes are counted against the quota.
        g_methods.xClose = [](sqlite3_file *f) {
            return realOf(f)->pMethods->xClose(realOf(f));
        };
        g_methods.xRead = [](sqlite3_file *f, void *d, int n, sqlite3_int64 o) {
            return realOf(f)->pMethods->xRead(realOf(f), d, n, o);
        };
        g_methods.xWrite = quotaWrite;
        g_methods.xTruncate = [](sqlite3_file *f, sqlite3_int64 s) {
            return realOf(f)->pMethods->xTruncate(realOf(f), s);
        };
        g_methods.xSync = [](sqlite3_file *f, int fl) {
            return realOf(f)->pMethods->xSync(realOf(f), fl);
        };
        g_methods.xFileSize = [](sqlite3_file *f, sqlite3_int64 *s) {
            return realOf(f)->pMethods->xFileSize(realOf(f), s);
        };
        g_methods.xLock = [](sqlite3_file *f, int l) {
            return realOf(f)->pMethods->xLock(realOf(f), l);
        };
        g_methods.xUnlock = [](sqlite3_file *f, int l) {
            return realOf(f)->pMethods->xUnlock(realOf(f), l);
        };
        g_methods.xCheckReservedLock = [](sqlite3_file *f, int *r) {
            return realOf(f)->pMethods->xCheckReservedLock(realOf(f), r);
        };
        g_methods.xFileControl = [](sqlite3_file *f, int op, void *a) {
            return realOf(f)->pMethods->xFileControl(realOf(f), op, a);
        };
        g_methods.xSectorSize = [](sqlite3_file *f) {
            return realOf(f)->pMethods->xSectorSize(realOf(f));
        };
        g_methods.xDeviceCharacteristics = [](sqlite3_file *f) {
            return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
        };
        g_methods.xShmMap = [](sqlite3_file *f, int i, int s, int e, void volatile **p) {
            return realOf(f)->pMethods->xShmMap(realOf(f), i, s, e, p);
        };
        g_methods.xShmLock = [](sqlite3_file *f, int o, int n, int fl) {
            return realOf(f)->pMethods->xShmLock(realOf(f), o, n, fl);
        };
        g_methods.xShmBarrier = [](sqlite3_file *f) {
            realOf(f)->pMethods->xShmBarrier(realOf(f));
        };
        g_methods.xShmUnmap = [](sqlite3_file *f, int d) {
            return realOf(f)->pMethods->xShmUnmap(realOf(f), d);
        };
        g_methods.xFetch = [](sqlite3_file *f, sqlite3_int64 o, int n, void **p) {
            return realOf(f)->pMethods->xFetch(realOf(f), o, n, p);
        };
        g_methods.xUnfetch = [](sqlite3_file *f, sqlite3_int64 o, void *p) {
            return realOf(f)->pMethods->xUnfetch(realOf(f), o, p);
        };
    }
    q->base.pMethods = &g_methods;
    return SQLITE_OK;
}

void installQuota()
{
    if (g_real)
        return;
    g_real = sqlite3_vfs_find(nullptr);
    g_quota = *g_real;
    g_quota.zName = "quota";
    g_quota.szOsFile = int(sizeof(QuotaFile)) + g_real->szOsFile;
    g_quota.xOpen = quotaOpen;
    sqlite3_vfs_register(&g_quota, 1); // the default for every connection opened from now on
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        hash.addData(&f);
    return hash.result().toHex();
}

QByteArray png(Qt::GlobalColor color)
{
    return test::pngOf(color, 120, 60);
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importOnAFullDiskChangesNothing_data();
    void importOnAFullDiskChangesNothing();
    void signingOnAFullDiskKeepsTheDraft();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    TariffLibrary m_library;
    FixedClock m_clock{QDateTime(QDate(2025, 11, 24), QTime(9, 0))};
};

void TestDiskFull::initTestCase()
{
    installQuota();
    m_library = TariffLibrary::load();
}

void TestDiskFull::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    g_room = -1;
}

void TestDiskFull::cleanup()
{
    g_room = -1;
    m_dir.reset();
}

void TestDiskFull::importOnAFullDiskChangesNothing_data()
{
    QTest::addColumn<bool>("firstList"); // into an empty file (indexes after the rows), or over a list
    QTest::addColumn<qint64>("room");    // bytes the disk has left when the import starts
    QTest::addRow("first list, full at once") << true << qint64(0);
    QTest::addRow("first list, full part way") << true << qint64(3 * 1024 * 1024);
    QTest::addRow("a newer list, full part way") << false << qint64(2 * 1024 * 1024);
}

void TestDiskFull::importOnAFullDiskChangesNothing()
{
    QFETCH(bool, firstList);
    QFETCH(qint64, room);
    const QString data = m_dir->filePath(QStringLiteral("data.sqlite"));
    GeneratorOptions o;
    o.customers = 30000;
    o.seed = 4;
    const QString list = m_dir->filePath(QStringLiteral("list.csv"));
    QVERIFY(SampleCustomerList::write(o, list).ok());
    {
        auto db = ProfileData::open(data, WorkspaceKind::Real);
        QVERIFY(db.ok());
        if (!firstList) {
            o.seed = 5;
            o.customers = 2000;
            const QString older = m_dir->filePath(QStringLiteral("older.csv"));
            QVERIFY(SampleCustomerList::write(o, older).ok());
            QVERIFY(CustomerImport(*db.value(), m_library, m_clock).run(older).ok());
        }
    }
    const QByteArray before = fileHash(data);
    QString message;
    {
        auto db = ProfileData::open(data, WorkspaceKind::Real);
        QVERIFY(db.ok());
        g_room = room;
        auto result = CustomerImport(*db.value(), m_library, m_clock).run(list);
        QVERIFY2(!result.ok(), "the import succeeded on a full disk");
        message = result.error();
        g_room = -1; // space freed: closing writes nothing of the failed import
    }
    QCOMPARE(message, QStringLiteral("The storage of this device is full: nothing was saved. Free some space (old "
                                     "record folders, photos, lists) and try again."));
    QCOMPARE(fileHash(data), before);
    auto db = ProfileData::open(data, WorkspaceKind::Real);
    QVERIFY(db.ok());
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
}

void TestDiskFull::signingOnAFullDiskKeepsTheDraft()
{
    auto db = ProfileData::open(m_dir->filePath(QStringLiteral("data.sqlite")), WorkspaceKind::Real);
    QVERIFY(db.ok());
    Customer c;
    c.code = QStringLiteral("PB07010000007");
    c.name = QStringLiteral("Đỗ Công Long");
    c.households = 2;
    c.priceString = QStringLiteral("SHBT:100%");
    for (int m = 1; m <= 12; ++m)
        c.history.push_back({202500 + m, 300, std::nullopt, std::nullopt, std::nullopt});
    QVERIFY(CustomerRepository(db.value()->connection()).insert(c).ok());
    InMemorySecretStore secrets;
    InspectionEnvironment env;
    env.data = db.value().get();
    env.library = &m_library;
    env.secrets = &secrets;
    env.clock = &m_clock;
    env.evidenceFolder = m_dir->filePath(QStringLiteral("evidence"));
    env.recordsFolder = m_dir->filePath(QStringLiteral("records"));
    env.keyName = DeviceKey::keyName(false, 1);
    env.context.unit = QStringLiteral("Điện lực Thủ Dầu Một");
    env.context.inspectorName = QStringLiteral("Nguyễn Văn Kiểm");
    env.context.inspectorCard = QStringLiteral("KTV-0719");
    env.context.profileId = 1;
    env.context.deviceName = QStringLiteral("tablet-07");
    auto opened = InspectionSession::openFor(env, c.code);
    QVERIFY(opened.ok());
    InspectionSession &session = *opened.value();
    session.edit([](Inspection &d) {
        d.checks = {QStringLiteral("households")};
        d.identify.present = {QStringLiteral("Trần Thị Lan"), QStringLiteral("customer"), QString()};
        d.households.households = {{QStringLiteral("Trần Thị Lan"), QStringLiteral("cccd"), QString()},
                                   {QStringLiteral("Lê Văn Hùng"), QStringLiteral("ct07"), QString()}};
    });
    QVERIFY(session.setSignature(QStringLiteral("customer"), png(Qt::black)).ok());
    QVERIFY(session.setSignature(QStringLiteral("inspector"), png(Qt::blue)).ok());
    QVERIFY(session.flush().ok());
    const QString id = session.draft().id;

    g_room = 0;
    const auto signedRecord = session.finalise();
    g_room = -1;
    QVERIFY(!signedRecord.ok());
    QCOMPARE(signedRecord.error(), QStringLiteral("The storage of this device is full: nothing was saved. Free some "
                                                  "space (old record folders, photos, lists) and try again."));
    // Nothing half-written: no record, no folder; the draft as it was, and it can be signed once there is room.
    InspectionStore store(*db.value());
    QVERIFY(!store.isFinal(id));
    QVERIFY(!QDir(env.recordsFolder).exists() || QDir(env.recordsFolder).isEmpty());
    QCOMPARE(store.draft(id)->households.households.size(), std::size_t(2));
    const auto again = session.finalise();
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(store.isFinal(id));
}

QTEST_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
