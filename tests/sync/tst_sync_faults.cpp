// Sync under faults (run on SQLite and on the throwaway PostgreSQL cluster, like the contract suite):
//  - a reply lost after the server committed: the tablet sends again and gets the same receipt, one record;
//  - a fault-injecting TCP proxy between tablets and server (delays, cuts either way, resets, swallowed
//    connections, flipped bytes): after every fault, each record is on the server exactly once;
//  - kill -9 of the real server program mid-upload and of a tablet process mid-sync, over and over: nothing
//    lost, nothing duplicated, every receipt verifies, no partial evidence file left, the audit without gaps.
// TA_SYNC_FAULTS and TA_SYNC_KILLS raise the counts; TA_SYNC_SEED replays a run (each run prints its seed).

#include "faultproxy.h"
#include "models/inspection/inspectionstore.h"
#include "models/sync/outbox.h"
#include "synckit.h"
#include "synctest.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QtSql/QSqlQuery>

#include <csignal>

using namespace ta;
using namespace ta::sync;
using ta::test::enrollApproved;
using ta::test::TestServer;
using ta::test::TestTablet;

namespace {

int setting(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

quint32 seed()
{
    bool ok = false;
    const quint32 s = quint32(qEnvironmentVariableIntValue("TA_SYNC_SEED", &ok));
    return ok ? s : QRandomGenerator::global()->generate() % 1000000;
}

/// Every record of @p tablets is on the server once, with its files hashing right, and the tablet's
/// receipt for it verifies with the server's key and names the stored fingerprint.
void checkConverged(server::Store &store, const server::BlobStore &blobs, const QByteArray &receiptKey,
                    const std::vector<TestTablet *> &tablets, int expected)
{
    const auto records = store.records(100000);
    QCOMPARE(int(records.size()), expected);
    QSet<QString> ids;
    for (const auto &r : records) {
        QVERIFY2(!ids.contains(r.id), qPrintable(r.id));
        ids.insert(r.id);
        const auto bytes = store.recordBytes(r.id, r.revision);
        QVERIFY(bytes.has_value());
        for (const QJsonValue &v :
             QJsonDocument::fromJson(bytes->first).object().value(QStringLiteral("evidence")).toArray()) {
            const QString sha = v.toObject().value(QStringLiteral("sha256")).toString();
            QFile f(blobs.pathOf(sha));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(sha));
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(&f);
            QCOMPARE(QString::fromLatin1(hash.result().toHex()), sha);
        }
    }
    for (TestTablet *t : tablets) {
        Outbox outbox(t->data().connection());
        for (const OutboxEntry &e : outbox.entries()) {
            QCOMPARE(e.state, OutboxState::Received);
            auto receipt = SignedReceipt::fromJson(e.receipt);
            QVERIFY(receipt.ok());
            QVERIFY(receipt->verify(receiptKey));
            const auto stored = store.record(e.recordId, e.revision);
            QVERIFY(stored.has_value());
            QCOMPARE(receipt->receipt.fingerprint, stored->fingerprint);
            QCOMPARE(receipt->receipt.receivedAt, stored->receivedAt);
            QCOMPARE(InspectionStore(t->data()).record(e.recordId)->fingerprint, stored->fingerprint);
        }
    }
    // No partial file visible, and the audit numbered without a gap.
    QDirIterator leftovers(blobs.folder(), {QStringLiteral("*.tmp-*")}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY2(!leftovers.hasNext(), "a partial evidence file is left");
    const auto audit = store.audit(1000000);
    for (std::size_t i = 0; i < audit.size(); ++i)
        QCOMPARE(audit[i].sequence, qint64(audit.size() - i));
}

/// The real server program on a data folder, started and killed as a process.
class ServerProcess
{
public:
    explicit ServerProcess(const QString &dataDir) : m_dataDir(dataDir) {}
    ~ServerProcess() { kill(); }

    bool start(quint16 port)
    {
        m_process.setProgram(QStringLiteral(TA_SERVER));
        m_process.setArguments({QStringLiteral("serve"), QStringLiteral("--data"), m_dataDir,
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                                QStringLiteral("--quiet")});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 20000) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(200)) {
                if (m_process.state() == QProcess::NotRunning)
                    return false;
                continue;
            }
            const QString line = QString::fromUtf8(m_process.readLine());
            // "listening on 127.0.0.1:PORT server ID database KIND"
            const QStringList words = line.split(QLatin1Char(' '));
            if (words.size() > 2 && words[0] == QLatin1StringView("listening")) {
                m_port = quint16(words[2].section(QLatin1Char(':'), 1).toUInt());
                return true;
            }
        }
        return false;
    }
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process.processId()), SIGKILL);
            m_process.waitForFinished(10000);
        }
    }
    void terminate()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(10000);
        }
    }
    quint16 port() const { return m_port; }

private:
    QString m_dataDir;
    QProcess m_process;
    quint16 m_port = 0;
};

QString runServerCommand(const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(TA_SERVER), args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aReplyLostAfterCommitGetsTheSameReceipt();
    void randomFaultsConvergeToEveryRecordOnce();
    void killedServerAndTabletLoseNothing();
};

void TestSyncFaults::initTestCase()
{
    // The records signed in bulk here would each log a line.
    QLoggingCategory::setFilterRules(QStringLiteral("tariffaudit.*.info=false"));
    qInfo("database: %s", test::postgresMaintenanceUrl().isEmpty() ? "SQLite" : "PostgreSQL");
}

void TestSyncFaults::aReplyLostAfterCommitGetsTheSameReceipt()
{
    TestServer server;
    TestTablet a(QStringLiteral("tablet-a"));
    enrollApproved(a, server);
    const QString id = a.signRecord(1);
    // The server stores the record and commits; the network loses its answer.
    std::atomic<int> dropped{0};
    server.http().setDropResponse([&dropped](const server::HttpRequest &request, int status) {
        if (request.method == "PUT" && request.target.startsWith("/v1/records/") && status == 201 && dropped == 0) {
            ++dropped;
            return true;
        }
        return false;
    });
    auto engine = a.engine();
    // The tablet sends again: QNetworkAccessManager itself repeats a PUT whose kept-alive connection closed
    // without an answer, else the next run does. Either way the answer is 200 with the first receipt.
    SyncReport r = engine->syncOnce(false);
    QCOMPARE(dropped.load(), 1);
    QVERIFY(server.store().record(id, 1).has_value()); // it was committed
    if (r.counts.waiting > 0)
        r = engine->syncOnce(true);
    QVERIFY2(r.outcome == SyncOutcome::Done, qPrintable(r.message));
    QCOMPARE(r.counts.received, 1);
    const OutboxEntry e = Outbox(a.data().connection()).entry(id).value();
    auto receipt = SignedReceipt::fromJson(e.receipt);
    QVERIFY(receipt.ok());
    QCOMPARE(receipt->receipt.receivedAt, server.store().record(id, 1)->receivedAt);
    checkConverged(server.store(), server.blobs(), server.identity().receiptKey().publicKey(), {&a}, 1);
    int received = 0;
    for (const server::AuditEntry &entry : server.store().audit())
        received += entry.action == QLatin1StringView("record.received") ? 1 : 0;
    QCOMPARE(received, 1);
}

void TestSyncFaults::randomFaultsConvergeToEveryRecordOnce()
{
    const int faults = setting("TA_SYNC_FAULTS", 40);
    const quint32 s = seed();
    qInfo("faults %d, seed %u (TA_SYNC_SEED=%u replays this run)", faults, s, s);
    TestServer server;
    test::FaultProxy proxy(server.port(), faults, s);
    TestTablet a(QStringLiteral("tablet-a")), b(QStringLiteral("tablet-b"));
    const std::vector<TestTablet *> tablets{&a, &b};
    for (TestTablet *t : tablets) {
        enrollApproved(*t, server);
        // From now on the tablet reaches the server through the proxy.
        Outbox outbox(t->data().connection());
        Enrollment e = outbox.enrollment().value();
        e.server = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(proxy.port()));
        QVERIFY(outbox.saveEnrollment(e));
    }
    constexpr int perTablet = 10;
    for (int i = 0; i < perTablet; ++i) {
        a.signRecord(1 + i % 2);
        b.signRecord(1);
    }
    SyncOptions options;
    options.requestTimeoutMs = 1500;
    std::vector<std::unique_ptr<SyncEngine>> engines;
    for (TestTablet *t : tablets)
        engines.push_back(t->engine(options));
    int runs = 0;
    for (; runs < 400; ++runs) {
        const SyncReport r = engines[std::size_t(runs % 2)]->syncOnce(true);
        QVERIFY2(r.outcome != SyncOutcome::Failed && r.counts.quarantined == 0, qPrintable(r.message));
        int waiting = 0;
        for (TestTablet *t : tablets)
            waiting += Outbox(t->data().connection()).counts().waiting;
        if (waiting == 0 && proxy.faultsLeft() == 0)
            break;
    }
    QString stats;
    for (const auto &[fault, n] : proxy.injected())
        stats += QStringLiteral(" %1=%2").arg(QLatin1StringView(test::FaultProxy::name(fault))).arg(n);
    qInfo("converged after %d runs; pieces of data forwarded:%s", runs + 1, qPrintable(stats));
    QCOMPARE(proxy.faultsLeft(), 0);
    checkConverged(server.store(), server.blobs(), server.identity().receiptKey().publicKey(), tablets, 2 * perTablet);
}

void TestSyncFaults::killedServerAndTabletLoseNothing()
{
    const int kills = setting("TA_SYNC_KILLS", 12);
    const quint32 s = seed();
    qInfo("kills %d, seed %u (TA_SYNC_SEED=%u replays this run)", kills, s, s);
    QRandomGenerator random(s);
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("server"));
    int code = 0;
    QStringList init{QStringLiteral("init"), QStringLiteral("--data"), data, QStringLiteral("--host"),
                     QStringLiteral("127.0.0.1")};
    if (const QString database = test::freshDatabase(); !database.isEmpty())
        init << QStringLiteral("--database") << database;
    const QString initOut = runServerCommand(init, &code);
    QVERIFY2(code == 0, qPrintable(initOut));

    auto serverProcess = std::make_unique<ServerProcess>(data);
    QVERIFY(serverProcess->start(0));
    const quint16 port = serverProcess->port();
    const QString codeOut =
        runServerCommand({QStringLiteral("codes"), QStringLiteral("create"), QStringLiteral("--data"), data,
                          QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:%1").arg(port)},
                         &code);
    QVERIFY2(code == 0, qPrintable(codeOut));
    const QString linkLine = codeOut.split(QLatin1Char('\n')).filter(QStringLiteral("link: ")).value(0);
    auto link = EnrollmentLink::parse(linkLine.mid(6));
    QVERIFY2(link.ok(), qPrintable(codeOut));

    TestTablet tablet(QStringLiteral("tablet-k"));
    QCOMPARE(tablet.engine()->enroll(link.value()).outcome, SyncOutcome::Done);
    const QString device = tablet.engine()->enrollment()->enrollmentId;
    const QString approved = runServerCommand(
        {QStringLiteral("devices"), QStringLiteral("approve"), device, QStringLiteral("--data"), data}, &code);
    QVERIFY2(code == 0, qPrintable(approved));
    const QString assigned =
        runServerCommand({QStringLiteral("assignments"), QStringLiteral("add"), device, QStringLiteral("PB07999999999"),
                          QStringLiteral("--reason"), QStringLiteral("Kiểm tra số hộ"), QStringLiteral("--data"), data},
                         &code);
    QVERIFY2(code == 0, qPrintable(assigned));
    int records = 0;
    const QString keyFile = dir.filePath(QStringLiteral("key"));
    {
        QFile f(keyFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(tablet.keySecret());
    }

    QProcess tabletProcess;
    tabletProcess.setProgram(QStringLiteral(TA_SYNC_TABLET));
    tabletProcess.setArguments({tablet.dataPath(), tablet.evidenceFolder(), keyFile});
    tabletProcess.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    int tabletKills = 0, serverKills = 0;
    for (int round = 0; round < kills; ++round) {
        // Each round starts with records to send, so the kill falls in the middle of the work.
        if (Outbox(tablet.data().connection()).counts().waiting < 8) {
            for (int i = 0; i < 16; ++i, ++records)
                tablet.signRecord(1, 200 * 1024);
        }
        if (tabletProcess.state() == QProcess::NotRunning) {
            tabletProcess.start();
            QVERIFY(tabletProcess.waitForStarted(10000));
        }
        QTest::qWait(int(random.bounded(50, 400)));
        const OutboxCounts before = Outbox(tablet.data().connection()).counts();
        qInfo("round %d: kill the %s with %d of %d records received", round, round % 2 == 0 ? "tablet" : "server",
              before.received, records);
        if (round % 2 == 0) {
            if (tabletProcess.state() != QProcess::NotRunning) {
                ::kill(pid_t(tabletProcess.processId()), SIGKILL);
                tabletProcess.waitForFinished(10000);
                ++tabletKills;
            }
        } else {
            serverProcess->kill();
            ++serverKills;
            QTest::qWait(int(random.bounded(50, 300)));
            serverProcess = std::make_unique<ServerProcess>(data);
            QVERIFY(serverProcess->start(port));
        }
    }
    // The last tablet run finishes on its own.
    if (tabletProcess.state() == QProcess::NotRunning)
        tabletProcess.start();
    QVERIFY(tabletProcess.waitForFinished(120000));
    const QString log = QString::fromUtf8(tabletProcess.readAllStandardOutput());
    QVERIFY2(tabletProcess.exitCode() == 0, qPrintable(log.right(2000)));
    qInfo("killed the tablet %d times and the server %d times", tabletKills, serverKills);
    serverProcess->terminate();

    // Checked with the store as the server left it.
    auto identity = server::ServerIdentity::load(data);
    QVERIFY(identity.ok());
    auto store = server::Store::open(identity->database(), 1);
    QVERIFY2(store.ok(), qPrintable(store.error()));
    QSqlQuery assignment(tablet.data().connection());
    QVERIFY(assignment.exec(QStringLiteral("SELECT reason FROM assignments WHERE customer_code = 'PB07999999999'")));
    QVERIFY(assignment.next());
    QCOMPARE(assignment.value(0).toString(), QStringLiteral("Kiểm tra số hộ"));
    QSqlQuery integrity(tablet.data().connection());
    QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
    QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
    checkConverged(*store.value(), server::BlobStore(identity->blobsDir()), identity->receiptKey().publicKey(),
                   {&tablet}, records);
}

QTEST_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
