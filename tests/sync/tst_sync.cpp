// The sync contract, run as it is on SQLite and on a throwaway PostgreSQL cluster (ctest runs this suite
// twice): a real server in this process on 127.0.0.1 with its own CA and certificate, real tablets (profile
// data files, device keys, records signed through the answers file), the tablet's SyncEngine over
// QNetworkAccessManager and TLS. Two tablets and a leader; replays answered with the same receipt; the
// forged record (edited, re-signed with a fresh key) refused and named; a revoked device; an expired
// session; oversized bodies; a slow client; a server with another certificate; the leader's review coming
// back through the feed; training records refused.

#include "models/customers/customerlistmodel.h"
#include "models/inspection/evidencestore.h"
#include "models/inspection/inspectionstore.h"
#include "models/inspection/recordpdf.h"
#include "models/inspection/signedrecord.h"
#include "models/sync/outbox.h"
#include "models/sync/outboxmodel.h"
#include "models/sync/qrreader.h"
#include "synckit.h"
#include "synctest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>
#include <QtSql/QSqlQuery>

using namespace ta;
using namespace ta::sync;
using ta::test::enrollApproved;
using ta::test::raw;
using ta::test::RawReply;
using ta::test::TestServer;
using ta::test::TestTablet;
using ta::test::tokenFor;

namespace {

/// Rewrites record @p id in @p tablet's file as an attacker would: @p edit applied to the JSON, canonical
/// again, signed with @p key.
void rewriteRecord(TestTablet &tablet, const QString &id, const DeviceKey &key,
                   const std::function<void(QJsonObject &)> &edit)
{
    auto record = InspectionStore(tablet.data()).record(id);
    QVERIFY(record.ok());
    QJsonObject json = record->record;
    edit(json);
    auto signedAgain = SignedRecord::sign(json, key);
    QVERIFY(signedAgain.ok());
    QSqlQuery q(tablet.data().connection());
    q.prepare(QStringLiteral("UPDATE inspections SET record = ?, fingerprint = ?, signature = ?, public_key = ?"
                             " WHERE id = ?"));
    q.addBindValue(signedAgain->canonical);
    q.addBindValue(signedAgain->fingerprint);
    q.addBindValue(signedAgain->signature);
    q.addBindValue(signedAgain->publicKey);
    q.addBindValue(id);
    QVERIFY(q.exec());
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void enrollmentNeedsTheLeadersApproval();
    void enrollmentCodesAreOneTime();
    void enrollingAgainNeedsANewApproval();
    void theEnrollmentLinkTravelsAsAQrCode();
    void twoTabletsSendEverythingOnce();
    void aReplayGetsTheSameReceipt();
    void theForgedRecordIsRefusedAndNamed();
    void sameRevisionOtherContentIsAConflict();
    void aRevokedDeviceIsRefusedAtOnce();
    void anExpiredSessionIsOpenedAgain();
    void oversizedBodiesAre413();
    void requestsAreReadStepByStep_data();
    void requestsAreReadStepByStep();
    void aSlowClientLosesItsConnection();
    void anotherCertificateStopsTheTablet();
    void reviewsComeBackThroughTheFeed();
    void assignmentsReachTheWorklist();
    void anUnknownCursorStartsTheFeedAgain();
    void trainingNeverReachesTheServer();
    void missingEvidenceIsNamed();
    void verifyTrustsOnlyRegisteredKeys();
    void auditRecordsEveryChange();
};

void TestSync::initTestCase()
{
    const QString pg = test::postgresMaintenanceUrl();
    // The records signed in bulk here would each log a line.
    QLoggingCategory::setFilterRules(QStringLiteral("tariffaudit.*.info=false"));
    qInfo("database: %s", pg.isEmpty() ? "SQLite" : "PostgreSQL");
    QVERIFY(QSslSocket::supportsSsl());
}

void TestSync::enrollmentNeedsTheLeadersApproval()
{
    TestServer server;
    TestTablet tablet(QStringLiteral("tablet-07"));
    auto engine = tablet.engine();
    QCOMPARE(engine->syncOnce(true).outcome, SyncOutcome::NotEnrolled);

    const SyncReport enrolled = engine->enroll(server.link());
    QVERIFY2(enrolled.outcome == SyncOutcome::Done, qPrintable(enrolled.message));
    const auto e = engine->enrollment();
    QVERIFY(e.has_value());
    QCOMPARE(e->status, QStringLiteral("pending"));
    QCOMPARE(e->comparison, comparisonCode(tablet.key().publicKey()));
    QCOMPARE(e->comparison.size(), 6);
    QVERIFY(!e->caCertificate.isEmpty());
    QCOMPARE(e->receiptKey, server.identity().receiptKey().publicKey());

    // The leader sees the same six digits beside the pending device, and who it is.
    const auto device = server.store().device(e->enrollmentId);
    QVERIFY(device.has_value());
    QCOMPARE(device->status, QStringLiteral("pending"));
    QCOMPARE(device->comparison, e->comparison);
    QCOMPARE(device->card, QStringLiteral("KTV-0719"));
    QCOMPARE(device->profileName, QStringLiteral("Nguyễn Văn Đức"));

    // Nothing is sent while pending.
    tablet.signRecord();
    SyncReport pending = engine->syncOnce(true);
    QCOMPARE(pending.outcome, SyncOutcome::Pending);
    QCOMPARE(pending.counts.waiting, 1);
    QVERIFY(server.store().records().empty());

    QVERIFY(server.store().setDeviceStatus(e->enrollmentId, QStringLiteral("approved"), QStringLiteral("leader:test")));
    const SyncReport done = engine->syncOnce(false);
    QVERIFY2(done.outcome == SyncOutcome::Done, qPrintable(done.message));
    QCOMPARE(done.received, 1);
    QCOMPARE(done.counts.received, 1);
    QCOMPARE(engine->enrollment()->status, QStringLiteral("approved"));
}

void TestSync::enrollmentCodesAreOneTime()
{
    TestServer server;
    TestTablet a(QStringLiteral("tablet-a")), b(QStringLiteral("tablet-b"));
    const EnrollmentLink link = server.link();
    QCOMPARE(a.engine()->enroll(link).outcome, SyncOutcome::Done);
    const SyncReport again = b.engine()->enroll(link);
    QCOMPARE(again.outcome, SyncOutcome::Refused);
    QVERIFY2(again.message.contains(QStringLiteral("used")), qPrintable(again.message));
    QVERIFY(!b.engine()->enrollment().has_value());

    EnrollmentLink made = server.link();
    made.code = QStringLiteral("AAAAA-BBBBB");
    QCOMPARE(b.engine()->enroll(made).outcome, SyncOutcome::Refused);

    // An expired code says so.
    auto code = server.store().createCode(10, QStringLiteral("leader:test"), QString());
    QVERIFY(code.ok());
    QVERIFY(server.sql(QStringLiteral("UPDATE enrollment_codes SET expires_at = '2000-01-01T00:00:00.000Z'")));
    const SyncReport expired = b.engine()->enroll({server.url(), server.identity().caPin(), code.value()});
    QCOMPARE(expired.outcome, SyncOutcome::Refused);
    QVERIFY2(expired.message.contains(QStringLiteral("expired")), qPrintable(expired.message));
}

void TestSync::enrollingAgainNeedsANewApproval()
{
    TestServer server;
    TestTablet a(QStringLiteral("tablet-a"));
    enrollApproved(a, server);
    const QString device = a.engine()->enrollment()->enrollmentId;
    a.signRecord();
    QCOMPARE(a.engine()->syncOnce(false).received, 1);
    // Unenrolled and enrolled again (a new server address): the same device, waiting for a leader again.
    QVERIFY(a.engine()->unenroll());
    QCOMPARE(a.engine()->syncOnce(true).outcome, SyncOutcome::NotEnrolled);
    QCOMPARE(a.engine()->enroll(server.link()).outcome, SyncOutcome::Done);
    QCOMPARE(a.engine()->enrollment()->enrollmentId, device);
    QCOMPARE(server.store().device(device)->status, QStringLiteral("pending"));
    a.signRecord();
    QCOMPARE(a.engine()->syncOnce(false).outcome, SyncOutcome::Pending);
    QVERIFY(server.store().setDeviceStatus(device, QStringLiteral("approved"), QStringLiteral("leader:test")));
    QCOMPARE(a.engine()->syncOnce(false).received, 1);
    QCOMPARE(int(server.store().devices().size()), 1);

    // A revoked key cannot come back with a new code.
    QVERIFY(server.store().setDeviceStatus(device, QStringLiteral("revoked"), QStringLiteral("leader:test")));
    QVERIFY(a.engine()->unenroll());
    const SyncReport refused = a.engine()->enroll(server.link());
    QCOMPARE(refused.outcome, SyncOutcome::Revoked);
    QVERIFY2(refused.message.contains(QStringLiteral("revoked")), qPrintable(refused.message));
    QCOMPARE(server.store().device(device)->status, QStringLiteral("revoked"));
}

void TestSync::theEnrollmentLinkTravelsAsAQrCode()
{
    TestServer server;
    const EnrollmentLink link = server.link();
    const QImage code = RecordPdf::qrCode(link.toText().toUtf8(), 8);
    QVERIFY(!code.isNull());
    // As shown, and as a camera sees it: smaller, turned a little, on a grey desk with noise.
    QImage photo(900, 700, QImage::Format_RGB32);
    photo.fill(QColor(110, 110, 105));
    {
        QPainter p(&photo);
        p.translate(450, 350);
        p.rotate(8);
        const QImage small =
            code.scaled(code.width() * 2 / 3, code.height() * 2 / 3, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        p.fillRect(QRect(-small.width() / 2 - 24, -small.height() / 2 - 24, small.width() + 48, small.height() + 48),
                   Qt::white);
        p.drawImage(-small.width() / 2, -small.height() / 2, small);
    }
    QRandomGenerator noise(7);
    for (int i = 0; i < 3000; ++i) // specks of dust
        photo.setPixel(int(noise.bounded(900)), int(noise.bounded(700)), qRgb(90, 90, 90));
    for (const QImage &picture : {code, photo}) {
        const auto read = readQrCode(picture);
        QVERIFY2(read.ok(),
                 qPrintable(QStringLiteral("%1×%2: %3").arg(picture.width()).arg(picture.height()).arg(read.error())));
        const auto parsed = EnrollmentLink::parse(read.value());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->server, link.server);
        QCOMPARE(parsed->pin, link.pin);
        QCOMPARE(parsed->code, link.code);
    }
    QImage blank(400, 300, QImage::Format_RGB32);
    blank.fill(Qt::white);
    QVERIFY(!readQrCode(blank).ok());
}

void TestSync::twoTabletsSendEverythingOnce()
{
    TestServer server;
    TestTablet a(QStringLiteral("tablet-a")), b(QStringLiteral("tablet-b"));
    enrollApproved(a, server);
    enrollApproved(b, server);
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << a.signRecord(2) << b.signRecord(1);

    for (TestTablet *t : {&a, &b}) {
        auto engine = t->engine();
        QSignalSpy progress(engine.get(), &SyncEngine::progress);
        const SyncReport r = engine->syncOnce(false);
        QVERIFY2(r.outcome == SyncOutcome::Done, qPrintable(r.message));
        QCOMPARE(r.received, 3);
        QCOMPARE(r.counts.received, 3);
        QCOMPARE(r.counts.waiting, 0);
        QVERIFY(!progress.isEmpty());
        // Each receipt verifies with the server's key, names this record's fingerprint and this device.
        Outbox outbox(t->data().connection());
        for (const OutboxEntry &e : outbox.entries()) {
            auto receipt = SignedReceipt::fromJson(e.receipt);
            QVERIFY(receipt.ok());
            QVERIFY(receipt->verify(server.identity().receiptKey().publicKey()));
            QCOMPARE(receipt->receipt.fingerprint, InspectionStore(t->data()).record(e.recordId)->fingerprint);
            QCOMPARE(receipt->receipt.device, engine->enrollment()->enrollmentId);
            QVERIFY(e.receivedAt.isValid());
        }
    }
    // Every record on the server once, every evidence file there, hashing right.
    const auto records = server.store().records();
    QCOMPARE(int(records.size()), 6);
    for (const QString &id : ids) {
        QVERIFY(server.store().record(id, 1).has_value());
        const auto bytes = server.store().recordBytes(id, 1);
        QVERIFY(bytes.has_value());
        const QJsonObject record = QJsonDocument::fromJson(bytes->first).object();
        for (const QJsonValue &v : record.value(QStringLiteral("evidence")).toArray()) {
            const QString sha = v.toObject().value(QStringLiteral("sha256")).toString();
            QFile f(server.blobs().pathOf(sha));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(sha));
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()),
                     sha);
        }
    }
    // A second sync sends nothing.
    const SyncReport idle = a.engine()->syncOnce(true);
    QCOMPARE(idle.outcome, SyncOutcome::Done);
    QCOMPARE(idle.sent, 0);
}

void TestSync::aReplayGetsTheSameReceipt()
{
    TestServer server;
    TestTablet a(QStringLiteral("tablet-a"));
    enrollApproved(a, server);
    const QString id = a.signRecord();
    QCOMPARE(a.engine()->syncOnce(false).received, 1);
    Outbox outbox(a.data().connection());
    const QJsonObject first = outbox.entry(id)->receipt;

    // The tablet died after the server committed and before it kept the receipt: it sends again.
    QSqlQuery q(a.data().connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'waiting', receipt = NULL, received_at = NULL")));
    const SyncReport again = a.engine()->syncOnce(false);
    QVERIFY2(again.outcome == SyncOutcome::Done, qPrintable(again.message));
    QCOMPARE(again.received, 1);
    QCOMPARE(outbox.entry(id)->receipt, first);
    QCOMPARE(int(server.store().records().size()), 1);

    // The same bytes straight to the server: 200, not 201, with the identical receipt.
    const auto device = a.engine()->enrollment()->enrollmentId;
    auto record = InspectionStore(a.data()).record(id);
    const RawReply r =
        raw(server, "PUT", QStringLiteral("/v1/records/%1/revisions/1").arg(id), record->canonical,
            {{"Authorization", tokenFor(server, device, a.key())}, {"TA-Signature", record->signature.toBase64()}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json, first);
}

void TestSync::theForgedRecordIsRefusedAndNamed()
{
    TestServer server;
    TestTablet a(QStringLiteral("tablet-a"));
    enrollApproved(a, server);
    const QString id = a.signRecord();
    // Edited (three households instead of two) and re-signed with a fresh Ed25519 key.
    InMemorySecretStore other;
    const DeviceKey fresh = DeviceKey::loadOrCreate(other, QStringLiteral("attacker")).value();
    rewriteRecord(a, id, fresh, [](QJsonObject &r) {
        QJsonObject proposal = r.value(QStringLiteral("proposal")).toObject();
        proposal.insert(QStringLiteral("households"), proposal.value(QStringLiteral("households")).toInt() + 1);
        r.insert(QStringLiteral("proposal"), proposal);
    });
    const SyncReport report = a.engine()->syncOnce(false);
    QCOMPARE(report.quarantined, 1);
    QCOMPARE(report.counts.quarantined, 1);
    const OutboxEntry e = Outbox(a.data().connection()).entry(id).value();
    QCOMPARE(e.state, OutboxState::Quarantined);
    QVERIFY2(e.lastError.contains(QStringLiteral("422")), qPrintable(e.lastError));
    QVERIFY2(e.lastError.contains(QStringLiteral("signature")), qPrintable(e.lastError));
    QVERIFY(server.store().records().empty());

    // The page's row: sending while its bytes go, then its state again once the attempt ends.
    OutboxModel model;
    model.setDatabase(a.data().connection());
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex state = model.index(0, OutboxModel::State);
    QVERIFY(model.data(state).toString().startsWith(QStringLiteral("Quarantined")));
    QVERIFY(Outbox(a.data().connection()).retry(id));
    model.refreshRecord(id);
    model.setProgress(id, 40, 100);
    QCOMPARE(model.data(state, OutboxModel::ProgressRole).toInt(), 40);
    QVERIFY(model.data(state).toString().contains(QStringLiteral("40%")));
    model.refreshRecord(id); // the attempt ended, still waiting
    QCOMPARE(model.data(state, OutboxModel::ProgressRole).toInt(), -1);
    QVERIFY2(model.data(state).toString().startsWith(QStringLiteral("Waiting")),
             qPrintable(model.data(state).toString()));

    // Sent again (still refused); discard takes it out, the record stays on the tablet.
    Outbox outbox(a.data().connection());
    QVERIFY(outbox.retry(id));
    QCOMPARE(a.engine()->syncOnce(true).quarantined, 1);
    QVERIFY(outbox.discard(id));
    QVERIFY(!outbox.entry(id).has_value());
    QVERIFY(InspectionStore(a.data()).record(id).ok());
}

void TestSync::sameRevisionOtherContentIsAConflict()
{
    TestServer server;
    TestTablet a(QStringLiteral("tablet-a"));
    enrollApproved(a, server);
    const QString id = a.signRecord();
    QCOMPARE(a.engine()->syncOnce(false).received, 1);
    const QString stored = server.store().record(id, 1)->fingerprint;
    // The same id and revision signed again by the device's own key with other content.
    rewriteRecord(a, id, a.key(), [](QJsonObject &r) {
        r.insert(QStringLiteral("statement"), QStringLiteral("Khách hàng không đồng ý."));
    });
    QSqlQuery q(a.data().connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'waiting'")));
    const SyncReport report = a.engine()->syncOnce(false);
    QCOMPARE(report.quarantined, 1);
    const OutboxEntry e = Outbox(a.data().connection()).entry(id).value();
    QVERIFY2(e.lastError.contains(QStringLiteral("409")), qPrintable(e.lastError));
    // The first stays; the other is kept aside for a leader.
    QCOMPARE(server.store().record(id, 1)->fingerprint, stored);
    const auto conflicts = server.store().conflicts();
    QCOMPARE(int(conflicts.size()), 1);
    QCOMPARE(conflicts.front().id, id);
    QVERIFY(conflicts.front().fingerprint != stored);
}

void TestSync::aRevokedDeviceIsRefusedAtOnce()
{
    TestServer server;
    TestTablet a(QStringLiteral("tablet-a")), b(QStringLiteral("tablet-b"));
    enrollApproved(a, server);
    enrollApproved(b, server);
    auto engine = a.engine();
    a.signRecord();
    QCOMPARE(engine->syncOnce(false).received, 1);
    const QString device = engine->enrollment()->enrollmentId;
    const QByteArray token = tokenFor(server, device, a.key());
    QVERIFY(server.store().setDeviceStatus(device, QStringLiteral("revoked"), QStringLiteral("leader:test")));

    // Its open session ends at once; the tablet says why and keeps its records.
    QCOMPARE(raw(server, "GET", QStringLiteral("/v1/feed"), {}, {{"Authorization", token}}).status, 401);
    a.signRecord();
    const SyncReport r = engine->syncOnce(false);
    QCOMPARE(r.outcome, SyncOutcome::Revoked);
    QCOMPARE(r.counts.waiting, 1);
    QCOMPARE(engine->enrollment()->status, QStringLiteral("revoked"));
    QCOMPARE(a.engine()->syncOnce(true).outcome, SyncOutcome::Revoked);
    // A new session is refused too; the other tablet goes on.
    QCOMPARE(raw(server, "POST", QStringLiteral("/v1/session/challenge"),
                 QJsonDocument(QJsonObject{{QStringLiteral("device"), device}}).toJson())
                 .status,
             403);
    b.signRecord();
    QCOMPARE(b.engine()->syncOnce(false).received, 1);
}

void TestSync::anExpiredSessionIsOpenedAgain()
{
    TestServer server;
    TestTablet a(QStringLiteral("tablet-a"));
    enrollApproved(a, server);
    auto engine = a.engine();
    a.signRecord();
    QCOMPARE(engine->syncOnce(false).received, 1);
    // Every session ends on the server; the engine still holds its token.
    QVERIFY(server.sql(QStringLiteral("UPDATE sessions SET expires_at = '2000-01-01T00:00:00.000Z'")));
    const QString device = engine->enrollment()->enrollmentId;
    a.signRecord();
    const SyncReport r = engine->syncOnce(false);
    QVERIFY2(r.outcome == SyncOutcome::Done, qPrintable(r.message));
    QCOMPARE(r.received, 1);
    // A made-up token is 401.
    QCOMPARE(raw(server, "GET", QStringLiteral("/v1/feed"), {}, {{"Authorization", "Bearer forged"}}).status, 401);
    Q_UNUSED(device);
}

void TestSync::oversizedBodiesAre413()
{
    server::Limits limits;
    limits.blobBytes = 64 * 1024;
    TestServer server(limits);
    TestTablet a(QStringLiteral("tablet-a"));
    enrollApproved(a, server);
    // A JSON body over 1 MiB, refused before it is read.
    const RawReply big = raw(server, "POST", QStringLiteral("/v1/enrollments"), QByteArray(2 * 1024 * 1024, ' '));
    QCOMPARE(big.status, 413);
    QVERIFY(big.json.value(QStringLiteral("type")).toString().endsWith(QStringLiteral("too-large")));
    // A photo over the server's limit: the record is quarantined with the reason.
    const QString id = a.signRecord(1, 200 * 1024);
    const SyncReport r = a.engine()->syncOnce(false);
    QCOMPARE(r.quarantined, 1);
    const OutboxEntry e = Outbox(a.data().connection()).entry(id).value();
    QVERIFY2(e.lastError.contains(QStringLiteral("413")), qPrintable(e.lastError));
}

void TestSync::requestsAreReadStepByStep_data()
{
    // The bytes a connection received; what it makes of them: the request's method, target and one header (lower
    // case), or the refusal's status, or neither (it waits for more, or ends a connection that is not HTTP).
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("refusal");       // 0: none
    QTest::addColumn<QByteArray>("method"); // empty: no request
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("header"); // "name=value", the name in lower case
    QTest::addColumn<QByteArray>("body");

    const QByteArray json = R"({"device":"d"})";
    const QByteArray header8k = "GET /v1/hello HTTP/1.1\r\nX-Long: " + QByteArray(8 * 1024, 'a') + "\r\n\r\n";
    QTest::newRow("whole") << QByteArray("GET /v1/hello HTTP/1.1\r\nHost: h\r\nX-Trace-Id: AbC\r\n\r\n") << 0
                           << QByteArray("GET") << QByteArray("/v1/hello") << QByteArray("x-trace-id=AbC")
                           << QByteArray();
    QTest::newRow("body by length") << QByteArray("POST /v1/session/challenge HTTP/1.1\r\nContent-Length: 14\r\n\r\n" +
                                                  json)
                                    << 0 << QByteArray("POST") << QByteArray("/v1/session/challenge")
                                    << QByteArray("content-length=14") << json;
    QTest::newRow("body in chunks") << QByteArray(
                                           "POST /v1/session/challenge HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "5\r\n{\"dev\r\n9\r\nice\":\"d\"}\r\n0\r\n\r\n")
                                    << 0 << QByteArray("POST") << QByteArray("/v1/session/challenge")
                                    << QByteArray("transfer-encoding=chunked") << json;
    QTest::newRow("header not ended") << QByteArray("GET /v1/hello HTTP/1.1\r\nHost: h\r\n") << 0 << QByteArray()
                                      << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("body not all there") << QByteArray("POST /v1/session HTTP/1.1\r\nContent-Length: 14\r\n\r\n{\"dev")
                                        << 0 << QByteArray() << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("not HTTP") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n") << 0 << QByteArray()
                              << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("header over 8 KiB") << header8k << 431 << QByteArray() << QByteArray() << QByteArray()
                                       << QByteArray();
    // JSON routes take 1 MiB, evidence files 16 MiB: a declared length is refused before any of the body comes.
    QTest::newRow("JSON declared over 1 MiB")
        << QByteArray("POST /v1/session HTTP/1.1\r\nContent-Length: 1048577\r\n\r\n") << 413 << QByteArray()
        << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("evidence declared at 2 MiB, waiting")
        << QByteArray("PUT /v1/blobs/ab HTTP/1.1\r\nContent-Length: 2097152\r\n\r\nxyz") << 0 << QByteArray()
        << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("evidence declared over 16 MiB")
        << QByteArray("PUT /v1/blobs/ab HTTP/1.1\r\nContent-Length: 16777217\r\n\r\n") << 413 << QByteArray()
        << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("a chunk over the JSON limit")
        << QByteArray("POST /v1/session HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n100001\r\n") << 413
        << QByteArray() << QByteArray() << QByteArray() << QByteArray();
}

void TestSync::requestsAreReadStepByStep()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, refusal);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    TestServer server;
    const server::RequestRead read = server::readRequest(
        server.api(), std::string_view(bytes.constData(), std::size_t(bytes.size())), QStringLiteral("10.0.0.7"));
    QCOMPARE(read.refusal.has_value(), refusal != 0);
    if (refusal) {
        QCOMPARE(read.refusal->status, refusal);
        QCOMPARE(QJsonDocument::fromJson(read.refusal->body).object().value(QStringLiteral("status")).toInt(), refusal);
    }
    QCOMPARE(read.request.has_value(), !method.isEmpty());
    if (!read.request)
        return;
    QCOMPARE(read.request->method, method);
    QCOMPARE(read.request->target, target);
    const QList<QByteArray> nameValue = header.split('=');
    QCOMPARE(read.request->headers.value(nameValue[0]), nameValue[1]);
    QCOMPARE(read.request->body, body);
    QCOMPARE(read.request->peer, QStringLiteral("10.0.0.7"));
}

void TestSync::aSlowClientLosesItsConnection()
{
    server::Limits limits;
    limits.requestMs = 1500;
    limits.idleMs = 1000;
    TestServer server(limits);
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(socket.waitForEncrypted(10000));
    // Half a request header, then nothing: the connection ends after the idle time.
    socket.write("GET /v1/hello HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    socket.flush();
    QElapsedTimer clock;
    clock.start();
    QVERIFY(socket.waitForDisconnected(10000) || socket.state() == QAbstractSocket::UnconnectedState);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));

    // A body that trickles: the whole request must arrive within its deadline.
    QSslSocket slow;
    slow.setPeerVerifyMode(QSslSocket::VerifyNone);
    slow.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(slow.waitForEncrypted(10000));
    slow.write("POST /v1/enrollments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n");
    clock.restart();
    while (slow.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 8000) {
        slow.write("x");
        slow.flush();
        slow.waitForDisconnected(200);
    }
    QVERIFY2(slow.state() != QAbstractSocket::ConnectedState, "the trickling client kept its connection");
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    // The server still serves others.
    QCOMPARE(raw(server, "GET", QStringLiteral("/v1/hello")).status, 200);
}

void TestSync::anotherCertificateStopsTheTablet()
{
    TestServer server;
    TestServer impostor;
    TestTablet a(QStringLiteral("tablet-a"));
    enrollApproved(a, server);
    const QString id = a.signRecord();
    // The tablet is sent to another server (a DNS trick, a wrong address): its certificate is not pinned.
    Outbox outbox(a.data().connection());
    Enrollment e = outbox.enrollment().value();
    e.server = impostor.url();
    QVERIFY(outbox.saveEnrollment(e));
    const SyncReport r = a.engine()->syncOnce(true);
    QCOMPARE(r.outcome, SyncOutcome::CertificateMismatch);
    QVERIFY2(r.message.contains(QStringLiteral("certificate")), qPrintable(r.message));
    QCOMPARE(outbox.entry(id)->state, OutboxState::Waiting);
    QVERIFY(impostor.store().records().empty());
    QVERIFY(impostor.store().devices().empty());

    // Enrolling with a link whose pin is not the server's: refused before anything is sent.
    TestTablet b(QStringLiteral("tablet-b"));
    EnrollmentLink link = server.link();
    link.pin = impostor.identity().caPin();
    QCOMPARE(b.engine()->enroll(link).outcome, SyncOutcome::CertificateMismatch);
    QCOMPARE(int(server.store().devices().size()), 1);
}

void TestSync::reviewsComeBackThroughTheFeed()
{
    TestServer server;
    TestTablet a(QStringLiteral("tablet-a"));
    enrollApproved(a, server);
    const QString approved = a.signRecord();
    const QString returned = a.signRecord();
    QCOMPARE(a.engine()->syncOnce(false).received, 2);
    QVERIFY(server.store().review(approved, 1, QStringLiteral("approve"), QString(), QStringLiteral("leader:lan")));
    QVERIFY(server.store().review(returned, 1, QStringLiteral("return"),
                                  QStringLiteral("Thiếu ảnh sổ hộ khẩu của hộ thứ hai."),
                                  QStringLiteral("leader:lan")));
    const SyncReport r = a.engine()->syncOnce(false);
    QVERIFY2(r.outcome == SyncOutcome::Done, qPrintable(r.message));
    QCOMPARE(r.reviews, 2);
    Outbox outbox(a.data().connection());
    QCOMPARE(outbox.entry(approved)->state, OutboxState::Approved);
    QCOMPARE(outbox.entry(returned)->state, OutboxState::Returned);
    QCOMPARE(outbox.entry(returned)->reviewComment, QStringLiteral("Thiếu ảnh sổ hộ khẩu của hộ thứ hai."));
    QCOMPARE(r.counts.approved, 1);
    QCOMPARE(r.counts.returned, 1);
    // Read once: the next sync applies nothing again.
    QCOMPARE(a.engine()->syncOnce(false).reviews, 0);
}

void TestSync::assignmentsReachTheWorklist()
{
    TestServer server;
    TestTablet a(QStringLiteral("tablet-a")), b(QStringLiteral("tablet-b"));
    enrollApproved(a, server);
    // Two customers on the tablet's list (signing a record brings its customer along), one assigned.
    a.signRecord();
    a.signRecord();
    QStringList codes;
    QSqlQuery q(a.data().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT code FROM customers ORDER BY code")));
    while (q.next())
        codes << q.value(0).toString();
    QCOMPARE(codes.size(), 2);
    const QString device = a.engine()->enrollment()->enrollmentId;
    QVERIFY(server.store().assign(device, {codes.at(1)}, QStringLiteral("Hộ kinh doanh mới mở, kiểm tra tỷ lệ giá"),
                                  QStringLiteral("leader:lan")));
    // Only an approved device is sent anywhere.
    QVERIFY(!server.store().assign(QStringLiteral("no-such-device"), {codes.at(0)}, QStringLiteral("x"),
                                   QStringLiteral("leader:lan")));
    const SyncReport r = a.engine()->syncOnce(false);
    QVERIFY2(r.outcome == SyncOutcome::Done, qPrintable(r.message));
    QCOMPARE(r.assignments, 1);

    CustomerListModel model;
    model.setDatabase(a.data().connection());
    CustomerListModel::Filter f;
    f.onlyFlagged = false;
    f.onlyAssigned = true;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, 0), CustomerListModel::CodeRole).toString(), codes.at(1));
    QVERIFY2(model.data(model.index(0, 0), CustomerListModel::ReasonsRole)
                 .toString()
                 .contains(QStringLiteral("Hộ kinh doanh mới mở")),
             qPrintable(model.data(model.index(0, 0), CustomerListModel::ReasonsRole).toString()));
    // Assigned again: one row, the newer reason; the other tablet hears nothing of it.
    QVERIFY(
        server.store().assign(device, {codes.at(1)}, QStringLiteral("Đo lại công suất"), QStringLiteral("leader:lan")));
    QCOMPARE(a.engine()->syncOnce(false).assignments, 1);
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(
        model.data(model.index(0, 0), CustomerListModel::ReasonsRole).toString().contains(QStringLiteral("Đo lại")));
    enrollApproved(b, server);
    QCOMPARE(b.engine()->syncOnce(false).assignments, 0);
    QCOMPARE(int(server.store().assignments(device).size()), 1);
}

void TestSync::anUnknownCursorStartsTheFeedAgain()
{
    TestServer server;
    TestTablet a(QStringLiteral("tablet-a"));
    enrollApproved(a, server);
    const QString id = a.signRecord();
    QCOMPARE(a.engine()->syncOnce(false).received, 1);
    QVERIFY(server.store().review(id, 1, QStringLiteral("approve"), QString(), QStringLiteral("leader:lan")));
    Outbox outbox(a.data().connection());
    // A cursor of another database (the server restored from a backup): 410, then the whole feed again.
    QVERIFY(outbox.setValue(
        QStringLiteral("feedCursor"),
        QString::fromLatin1(
            QByteArray("another-epoch:99").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))));
    const auto device = a.engine()->enrollment()->enrollmentId;
    QCOMPARE(raw(server, "GET", QStringLiteral("/v1/feed?cursor=") + outbox.value(QStringLiteral("feedCursor")), {},
                 {{"Authorization", tokenFor(server, device, a.key())}})
                 .status,
             410);
    const SyncReport r = a.engine()->syncOnce(false);
    QVERIFY2(r.outcome == SyncOutcome::Done, qPrintable(r.message));
    QCOMPARE(r.reviews, 1);
    QCOMPARE(outbox.entry(id)->state, OutboxState::Approved);
}

void TestSync::trainingNeverReachesTheServer()
{
    TestServer server;
    // A training file never enters the outbox and the engine refuses to open it.
    TestTablet training(QStringLiteral("tablet-t"), true);
    training.signRecord();
    QSqlQuery q(training.data().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    const SyncReport r = training.engine()->enroll(server.link());
    QCOMPARE(r.outcome, SyncOutcome::Failed);
    QVERIFY2(r.message.contains(QStringLiteral("training")), qPrintable(r.message));

    // A training record sent by an enrolled device anyway is refused with its reason.
    TestTablet a(QStringLiteral("tablet-a"));
    enrollApproved(a, server);
    const QString id = a.signRecord();
    rewriteRecord(a, id, a.key(), [](QJsonObject &rec) { rec.insert(QStringLiteral("training"), true); });
    QCOMPARE(a.engine()->syncOnce(false).quarantined, 1);
    const OutboxEntry e = Outbox(a.data().connection()).entry(id).value();
    QVERIFY2(e.lastError.contains(QStringLiteral("training record")), qPrintable(e.lastError));
    QVERIFY(server.store().records().empty());
}

void TestSync::missingEvidenceIsNamed()
{
    TestServer server;
    TestTablet a(QStringLiteral("tablet-a"));
    enrollApproved(a, server);
    const QString id = a.signRecord(1);
    Outbox outbox(a.data().connection());
    auto record = InspectionStore(a.data()).record(id);
    const auto device = a.engine()->enrollment()->enrollmentId;
    // The record without its files first: 409 naming every missing one.
    const RawReply r =
        raw(server, "PUT", QStringLiteral("/v1/records/%1/revisions/1").arg(id), record->canonical,
            {{"Authorization", tokenFor(server, device, a.key())}, {"TA-Signature", record->signature.toBase64()}});
    QCOMPARE(r.status, 409);
    const QJsonArray missing = r.json.value(QStringLiteral("missing")).toArray();
    QCOMPARE(missing.size(), record->record.value(QStringLiteral("evidence")).toArray().size());
    // A blob whose bytes are not its name is refused.
    const RawReply wrong = raw(server, "PUT", QStringLiteral("/v1/blobs/") + missing.first().toString(),
                               QByteArray("not the photo"), {{"Authorization", tokenFor(server, device, a.key())}});
    QCOMPARE(wrong.status, 400);
    QVERIFY(!server.blobs().has(missing.first().toString()));
    // The engine sends the files, then the record.
    QCOMPARE(a.engine()->syncOnce(false).received, 1);
}

void TestSync::verifyTrustsOnlyRegisteredKeys()
{
    TestServer server;
    TestTablet a(QStringLiteral("tablet-a")), b(QStringLiteral("tablet-b"));
    enrollApproved(a, server);
    enrollApproved(b, server);
    const QString id = a.signRecord();
    QCOMPARE(a.engine()->syncOnce(false).received, 1);
    QCOMPARE(b.engine()->syncOnce(false).outcome, SyncOutcome::Done);
    // The keys the tablet received from its server.
    const TrustedKeys keys = Outbox(b.data().connection()).trustedKeys();
    QCOMPARE(int(keys.keys().size()), 2);
    QVERIFY(keys.find(a.key().publicKey()) != nullptr);

    const QString folder = QDir(a.recordsFolder()).filePath(Outbox(a.data().connection()).entry(id)->number);
    VerifyReport report = verifyRecord(folder, &keys);
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QVERIFY(report.trustChecked);
    QVERIFY(report.signer.contains(QStringLiteral("tablet-a")));

    // Re-signed with a fresh key after an edit: the folder is consistent, the signer unknown.
    InMemorySecretStore other;
    const DeviceKey fresh = DeviceKey::loadOrCreate(other, QStringLiteral("attacker")).value();
    auto read = SignedRecord::readFolder(folder);
    QVERIFY(read.ok());
    QJsonObject edited = read->record;
    edited.insert(QStringLiteral("statement"), QStringLiteral("Đã sửa."));
    auto forged = SignedRecord::sign(edited, fresh);
    QVERIFY(forged.ok());
    QVERIFY(forged->writeFolder(folder, EvidenceStore(a.evidenceFolder())));
    QVERIFY(verifyRecord(folder).intact()); // without trust, only consistency is checked
    report = verifyRecord(folder, &keys);
    QVERIFY(!report.intact());
    QVERIFY2(report.problems.join(QLatin1Char(' ')).contains(QStringLiteral("not the key of any registered device")),
             qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TestSync::auditRecordsEveryChange()
{
    TestServer server;
    TestTablet a(QStringLiteral("tablet-a"));
    enrollApproved(a, server);
    const QString id = a.signRecord();
    QCOMPARE(a.engine()->syncOnce(false).received, 1);
    QVERIFY(server.store().review(id, 1, QStringLiteral("approve"), QString(), QStringLiteral("leader:lan")));
    QStringList actions;
    for (const server::AuditEntry &e : server.store().audit())
        actions << e.action;
    for (const char *expected :
         {"code.created", "device.enrolled", "device.approved", "record.received", "record.approved"})
        QVERIFY2(actions.contains(QLatin1StringView(expected)), qPrintable(actions.join(QLatin1Char(','))));
    // Append-only: the database itself refuses to change or remove an audit line.
    QVERIFY(!server.sql(QStringLiteral("UPDATE audit SET actor = 'someone'")));
    QVERIFY(!server.sql(QStringLiteral("DELETE FROM audit")));
}

QTEST_MAIN(TestSync)
#include "tst_sync.moc"
