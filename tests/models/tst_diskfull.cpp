// A full disk during an import and during the signing of a record. SQLite's files go through a file system of
// this test's own (a VFS over the real one that refuses to write past a quota, as a full disk does), so the
// product's own code meets the failure where it would: a clear message, and nothing half-written.
// Pictures and record folders are written on a real full file system: a small tmpfs mounted in a mount
// namespace of a copy of this test (unshare), filled up before each write.

#include "models/core/clock.h"
#include "models/customers/customerrepository.h"
#include "models/customers/samplelist.h"
#include "models/importing/customerimport.h"
#include "models/inspection/devicekey.h"
#include "models/inspection/evidencestore.h"
#include "models/inspection/inspectionsession.h"
#include "models/inspection/inspectionstore.h"
#include "models/inspection/recordfolder.h"
#include "models/inspection/signedrecord.h"
#include "models/security/secretstore.h"
#include "models/storage/profiledata.h"
#include "models/tariff/tarifflibrary.h"
#include "tests/common/testpictures.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtSql/QSqlQuery>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <sys/mount.h>

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

/// A photo that does not compress: @p width × @p height pixels of noise, as PNG.
QByteArray noisePhoto(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    quint32 x = 2463534242u;
    for (int y = 0; y < height; ++y) {
        for (int i = 0; i < width; ++i) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            image.setPixel(i, y, x | 0xff000000u);
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// A customer with two households inserted into @p db, and an inspection of it ready to sign.
std::unique_ptr<InspectionSession> readyToSign(const InspectionEnvironment &env)
{
    Customer c;
    c.code = QStringLiteral("PB07010000007");
    c.name = QStringLiteral("Đỗ Công Long");
    c.households = 2;
    c.priceString = QStringLiteral("SHBT:100%");
    for (int m = 1; m <= 12; ++m)
        c.history.push_back({202500 + m, 300, std::nullopt, std::nullopt, std::nullopt});
    if (!CustomerRepository(env.data->connection()).insert(c).ok())
        return {};
    auto opened = InspectionSession::openFor(env, c.code);
    if (!opened)
        return {};
    std::unique_ptr<InspectionSession> session = std::move(opened.value());
    session->edit([](Inspection &d) {
        d.checks = {QStringLiteral("households")};
        d.identify.present = {QStringLiteral("Trần Thị Lan"), QStringLiteral("customer"), QString()};
        d.households.households = {{QStringLiteral("Trần Thị Lan"), QStringLiteral("cccd"), QString()},
                                   {QStringLiteral("Lê Văn Hùng"), QStringLiteral("ct07"), QString()}};
    });
    if (!session->setSignature(QStringLiteral("customer"), png(Qt::black)).ok() ||
        !session->setSignature(QStringLiteral("inspector"), png(Qt::blue)).ok() || !session->flush().ok())
        return {};
    return session;
}

InspectionEnvironment environment(Database &db, const TariffLibrary &library, SecretStore &secrets, const Clock &clock,
                                  const QString &evidence, const QString &records)
{
    InspectionEnvironment env;
    env.data = &db;
    env.library = &library;
    env.secrets = &secrets;
    env.clock = &clock;
    env.evidenceFolder = evidence;
    env.recordsFolder = records;
    env.keyName = DeviceKey::keyName(false, 1);
    env.context.unit = QStringLiteral("Điện lực Thủ Dầu Một");
    env.context.inspectorName = QStringLiteral("Nguyễn Văn Kiểm");
    env.context.inspectorCard = QStringLiteral("KTV-0719");
    env.context.profileId = 1;
    env.context.deviceName = QStringLiteral("tablet-07");
    return env;
}

/// Every file under @p dir, relative to it.
QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

/// Fills the file system of @p dir until @p room bytes are left (a file "filler"); false when it cannot.
bool leaveRoom(const QString &dir, qint64 room)
{
    const QString filler = QDir(dir).filePath(QStringLiteral("filler"));
    QFile::remove(filler);
    const qint64 available = QStorageInfo(dir).bytesAvailable();
    if (available < room)
        return false;
    QFile f(filler);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QByteArray block(4096, 'x');
    for (qint64 left = available - room; left > 0; left -= block.size()) {
        if (f.write(block.constData(), std::min<qint64>(left, block.size())) <= 0)
            return false;
    }
    return f.flush();
}

#define INSIDE_CHECK(condition, what)                                                                                  \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::printf("FAILED: %s (%s, line %d)\n", qPrintable(what), #condition, __LINE__);                         \
            return 1;                                                                                                  \
        }                                                                                                              \
    } while (false)

/// Runs in a copy of this test inside its own mount namespace: @p dir/full is a tmpfs of 4 MiB for the
/// pictures and the record folders; the data file stays on the real disk. Prints what it found; 0 when all
/// went as it should.
int onARealFullFileSystem(const QString &dir)
{
    const QString full = QDir(dir).filePath(QStringLiteral("full"));
    INSIDE_CHECK(QDir().mkpath(full), full);
    INSIDE_CHECK(::mount("tmpfs", QFile::encodeName(full).constData(), "tmpfs", 0, "size=4m") == 0,
                 QStringLiteral("mount a tmpfs: ") + QString::fromLocal8Bit(std::strerror(errno)));
    const TariffLibrary library = TariffLibrary::load();
    const FixedClock clock(QDateTime(QDate(2025, 11, 24), QTime(9, 0)));
    InMemorySecretStore secrets;
    auto db = ProfileData::open(QDir(dir).filePath(QStringLiteral("data.sqlite")), WorkspaceKind::Real);
    INSIDE_CHECK(db.ok(), db.error());
    const QString evidenceFolder = QDir(full).filePath(QStringLiteral("evidence"));
    const QString recordsFolder = QDir(full).filePath(QStringLiteral("records"));
    const InspectionEnvironment env = environment(*db.value(), library, secrets, clock, evidenceFolder, recordsFolder);
    auto session = readyToSign(env);
    INSIDE_CHECK(session != nullptr, QStringLiteral("an inspection ready to sign"));
    const auto kept = session->addPictureData(noisePhoto(400, 300), QStringLiteral("meter"));
    INSIDE_CHECK(kept.ok(), kept.error());
    INSIDE_CHECK(kept->size > 200 * 1024, QStringLiteral("a photo that does not compress: %1").arg(kept->size));
    const QStringList evidenceBefore = filesUnder(evidenceFolder);
    const std::size_t itemsBefore = session->draft().evidence.size();

    // A second photo with 16 KB left: refused in plain words; nothing of it on the disk.
    INSIDE_CHECK(leaveRoom(full, 16 * 1024), QStringLiteral("fill the tmpfs"));
    const auto refused = session->addPictureData(noisePhoto(400, 301), QStringLiteral("meter"));
    std::printf("a photo on a full disk: %s\n", qPrintable(refused.ok() ? QStringLiteral("saved") : refused.error()));
    INSIDE_CHECK(!refused.ok() && refused.error().startsWith(QStringLiteral("The storage of this device is full: ")),
                 refused.ok() ? QStringLiteral("saved") : refused.error());
    INSIDE_CHECK(filesUnder(evidenceFolder) == evidenceBefore, filesUnder(evidenceFolder).join(u' '));
    INSIDE_CHECK(session->draft().evidence.size() == itemsBefore, QStringLiteral("the draft's pictures as they were"));

    // Signing with no room for the folder's copy of the photo, then with room for it but not for the PDF:
    // the record is signed and kept, the folder is not written, and nothing of it is left.
    auto record = session->finalise();
    INSIDE_CHECK(record.ok(), record.error());
    std::printf("signing, no room for the evidence: %s\n", qPrintable(record->folderError));
    INSIDE_CHECK(record->folderError.startsWith(QStringLiteral("The storage of this device is full: ")) &&
                     record->folderError.contains(QStringLiteral("/records/KTV-0719-20251124-1/evidence/")),
                 record->folderError);
    INSIDE_CHECK(filesUnder(recordsFolder).isEmpty(), filesUnder(recordsFolder).join(u' '));
    INSIDE_CHECK(InspectionStore(*db.value()).isFinal(record->record.id()), QStringLiteral("the record is stored"));
    INSIDE_CHECK(leaveRoom(full, kept->size + 96 * 1024), QStringLiteral("make room for the evidence"));
    const EvidenceStore evidence(evidenceFolder);
    const auto noPdf = RecordFolder::write(record->record, evidence, recordsFolder);
    std::printf("the folder, no room for the PDF: %s\n", qPrintable(noPdf.ok() ? noPdf.value() : noPdf.error()));
    INSIDE_CHECK(!noPdf.ok() && noPdf.error().startsWith(QStringLiteral("The storage of this device is full: ")) &&
                     noPdf.error().contains(QStringLiteral("bien-ban.pdf")),
                 noPdf.ok() ? noPdf.value() : noPdf.error());
    INSIDE_CHECK(filesUnder(recordsFolder).isEmpty(), filesUnder(recordsFolder).join(u' '));

    // Room again: the folder is written whole, verifies, and its PDF is complete.
    INSIDE_CHECK(QFile::remove(QDir(full).filePath(QStringLiteral("filler"))), QStringLiteral("free the space"));
    const auto written = RecordFolder::write(record->record, evidence, recordsFolder);
    INSIDE_CHECK(written.ok(), written.error());
    const VerifyReport report = verifyRecord(written.value());
    INSIDE_CHECK(report.intact(), report.problems.join(u' '));
    QFile pdf(QDir(written.value()).filePath(QStringLiteral("bien-ban.pdf")));
    INSIDE_CHECK(pdf.open(QIODevice::ReadOnly), pdf.fileName());
    const QByteArray pdfBytes = pdf.readAll();
    INSIDE_CHECK(pdfBytes.startsWith("%PDF-") && pdfBytes.trimmed().endsWith("%%EOF"), QStringLiteral("a whole PDF"));
    const QStringList left = filesUnder(recordsFolder);
    std::printf("written once there is room: %s\n", qPrintable(left.join(u' ')));
    INSIDE_CHECK(!left.join(u' ').contains(QStringLiteral(".part")) &&
                     !left.join(u' ').contains(QStringLiteral(".old")),
                 left.join(u' '));
    // Its PDF lost, the folder is written again (as when the record is opened in the app): on a full disk
    // the folder stays as it was; with room, the new one replaces it whole.
    const QString pdfPath = QDir(written.value()).filePath(QStringLiteral("bien-ban.pdf"));
    INSIDE_CHECK(QFile::remove(pdfPath), pdfPath);
    const QStringList damaged = filesUnder(recordsFolder);
    INSIDE_CHECK(leaveRoom(full, 16 * 1024), QStringLiteral("fill the tmpfs again"));
    const auto noRoom = RecordFolder::write(record->record, evidence, recordsFolder);
    INSIDE_CHECK(!noRoom.ok() && noRoom.error().startsWith(QStringLiteral("The storage of this device is full: ")),
                 noRoom.ok() ? noRoom.value() : noRoom.error());
    INSIDE_CHECK(filesUnder(recordsFolder) == damaged, filesUnder(recordsFolder).join(u' '));
    INSIDE_CHECK(QFile::remove(QDir(full).filePath(QStringLiteral("filler"))), QStringLiteral("free the space"));
    const auto again = RecordFolder::write(record->record, evidence, recordsFolder);
    INSIDE_CHECK(again.ok() && again.value() == written.value(), again.ok() ? again.value() : again.error());
    INSIDE_CHECK(filesUnder(recordsFolder) == left, filesUnder(recordsFolder).join(u' '));
    INSIDE_CHECK(verifyRecord(again.value()).intact(), QStringLiteral("the folder written again verifies"));
    ::umount(QFile::encodeName(full).constData());
    return 0;
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
    void photosAndRecordFoldersOnARealFullFileSystem();

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
    InMemorySecretStore secrets;
    const InspectionEnvironment env =
        environment(*db.value(), m_library, secrets, m_clock, m_dir->filePath(QStringLiteral("evidence")),
                    m_dir->filePath(QStringLiteral("records")));
    auto ready = readyToSign(env);
    QVERIFY(ready);
    InspectionSession &session = *ready;
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

void TestDiskFull::photosAndRecordFoldersOnARealFullFileSystem()
{
    // This test again, in a mount namespace of its own (as a user namespace's root, or as root), where it
    // mounts the small tmpfs itself.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TA_DISKFULL_INSIDE"), m_dir->path());
    QStringList tried;
    for (const QStringList &how :
         {QStringList{QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount")},
          QStringList{QStringLiteral("--mount")}}) {
        QProcess inside;
        inside.setProcessEnvironment(environment);
        inside.setProcessChannelMode(QProcess::MergedChannels);
        inside.start(QStringLiteral("unshare"), how + QStringList{QCoreApplication::applicationFilePath()});
        QVERIFY(inside.waitForFinished(120000));
        const QString output = QString::fromUtf8(inside.readAll());
        if (output.contains(QStringLiteral("mount a tmpfs")) || inside.exitStatus() != QProcess::NormalExit ||
            (inside.exitCode() != 0 && !output.contains(QStringLiteral("FAILED")))) {
            tried << how.join(u' ') + QStringLiteral(": ") + output.trimmed();
            continue; // no mount namespace this way
        }
        qInfo().noquote() << output.trimmed();
        QVERIFY2(inside.exitCode() == 0, qPrintable(output));
        return;
    }
    QSKIP(qPrintable(QStringLiteral("No mount namespace could be made here (unshare): ") +
                     tried.join(QStringLiteral("; "))));
}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (const QString inside = qEnvironmentVariable("TA_DISKFULL_INSIDE"); !inside.isEmpty())
        return onARealFullFileSystem(inside);
    TestDiskFull test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_diskfull.moc"
