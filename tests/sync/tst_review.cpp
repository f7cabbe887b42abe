// The branch leader's loop end to end, with the real server on 127.0.0.1 and two profiles (an inspector's
// tablet and a leader's laptop), run on SQLite and on PostgreSQL: the leader assigns a customer, the
// inspector's worklist has it with its due date, the record is inspected and synced, the leader returns it
// with a comment, the tablet shows the comment, the correction is synced and lands as "resubmitted", the
// leader approves it, and the CMIS export holds exactly the change — the same bytes each time. A decision on
// a revision already replaced is refused (412); an inspector's device cannot act as a leader (403).

#include "models/inspection/evidencestore.h"
#include "models/review/campaigns.h"
#include "models/review/cmisexport.h"
#include "models/review/reviewqueue.h"
#include "models/sync/outbox.h"
#include "synckit.h"
#include "synctest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QSslSocket>
#include <QtSql/QSqlQuery>

using namespace ta;
using namespace ta::sync;
using ta::review::ReviewQueue;
using ta::review::ReviewStatus;
using ta::test::enrollApproved;
using ta::test::raw;
using ta::test::RawReply;
using ta::test::TestServer;
using ta::test::TestTablet;
using ta::test::tokenFor;

class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void assignReturnCorrectApproveExport();
    void onlyALeadersDeviceActsAsALeader();
    void reassigningMovesTheCustomer();
    void aDecisionIsSignedByTheLeadersRegisteredKey();
    void aStaleDecisionIsTakenBackWithWhy();
};

void TestReview::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("tariffaudit.*.info=false"));
    qInfo("database: %s", test::postgresMaintenanceUrl().isEmpty() ? "SQLite" : "PostgreSQL");
    QVERIFY(QSslSocket::supportsSsl());
}

void TestReview::assignReturnCorrectApproveExport()
{
    TestServer server;
    TestTablet inspector(QStringLiteral("tablet-duc"));
    TestTablet leader(QStringLiteral("laptop-hoa"));
    leader.setLeader(true);
    enrollApproved(inspector, server);
    enrollApproved(leader, server); // granted the role it asked for
    const QString inspectorDevice = inspector.engine()->enrollment()->enrollmentId;
    const QString leaderDevice = leader.engine()->enrollment()->enrollmentId;
    QCOMPARE(server.store().device(leaderDevice)->role, QStringLiteral("leader"));
    QCOMPARE(server.store().device(inspectorDevice)->role, QStringLiteral("inspector"));

    // 1. The leader assigns the customer; the inspector's worklist has it with the campaign and due date.
    const QString customer = inspector.customerCode(1);
    auto leaderEngine = leader.engine();
    SyncReport assigned = leaderEngine->assign(inspectorDevice, {customer}, QStringLiteral("Kiểm tra số hộ"),
                                               QStringLiteral("Số hộ 2026"), QDate(2026, 12, 15));
    QVERIFY2(assigned.outcome == SyncOutcome::Done, qPrintable(assigned.message));
    QCOMPARE(assigned.assignments, 1);
    auto inspectorEngine = inspector.engine();
    SyncReport r = inspectorEngine->syncOnce(false);
    QVERIFY2(r.outcome == SyncOutcome::Done, qPrintable(r.message));
    QCOMPARE(r.assignments, 1);
    QSqlQuery q(inspector.data().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT customer_code, campaign, due, reason FROM assignments")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), customer);
    QCOMPARE(q.value(1).toString(), QStringLiteral("Số hộ 2026"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("2026-12-15"));
    QVERIFY(!q.next());

    // 2. Inspected (two households evidenced, two declared: no change) and synced.
    const QString first = inspector.signRecord();
    r = inspectorEngine->syncOnce(false);
    QCOMPARE(r.received, 1);
    QVERIFY(server.store().record(first, 1)->assigned);

    // 3. The leader's queue has it, its signature checked against the registered key of the tablet.
    r = leaderEngine->syncOnce(false);
    QVERIFY2(r.outcome == SyncOutcome::Done, qPrintable(r.message));
    QCOMPARE(r.queueUpdates, 1);
    ReviewQueue queue(leader.data().connection());
    auto item = queue.item(first, 1);
    QVERIFY(item.has_value());
    QCOMPARE(item->status, ReviewStatus::Received);
    QVERIFY(item->verified);
    QVERIFY(item->assigned);
    QCOMPARE(item->customerCode, customer);
    QCOMPARE(item->inspector, QStringLiteral("Nguyễn Văn Đức (KTV-0719)"));
    QVERIFY(item->checks.contains(QStringLiteral("households")));
    QVERIFY(item->changes.isEmpty());
    // Its photos and drawn signatures came along, checked by their hash: the leader reviews offline.
    const auto signedFirst = queue.record(first, 1);
    QVERIFY(signedFirst.ok());
    const QJsonArray evidence = signedFirst->record.value(QStringLiteral("evidence")).toArray();
    QVERIFY(!evidence.isEmpty());
    for (const QJsonValue &e : evidence)
        QVERIFY(QFileInfo::exists(
            EvidenceStore(leader.evidenceFolder()).pathOf(e.toObject().value(QStringLiteral("file")).toString())));

    // 4. Returned: a comment is required; the decision shows at once and is sent on the next sync.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!queue.decide(first, 1, Decision::Kind::Return, QStringLiteral("  "), leader.key(), leaderDevice, now));
    const QString comment = QStringLiteral("Hộ thứ ba ở tầng 2 chưa được kê khai, kiểm tra lại.");
    QVERIFY(queue.decide(first, 1, Decision::Kind::Return, comment, leader.key(), leaderDevice, now));
    item = queue.item(first, 1);
    QCOMPARE(item->decision, QStringLiteral("return"));
    QVERIFY(item->decisionWaiting);
    QVERIFY(!queue.decide(first, 1, Decision::Kind::Approve, {}, leader.key(), leaderDevice, now)); // decided
    r = leaderEngine->syncOnce(false);
    QVERIFY2(r.outcome == SyncOutcome::Done, qPrintable(r.message));
    QCOMPARE(r.decisionsSent, 1);
    item = queue.item(first, 1);
    QCOMPARE(item->status, ReviewStatus::Returned);
    QVERIFY(!item->decisionWaiting);
    QCOMPARE(item->decidedBy, QStringLiteral("Phạm Thị Hoa (LD-0102)"));

    // 5. The tablet shows the comment.
    r = inspectorEngine->syncOnce(false);
    QCOMPARE(r.reviews, 1);
    Outbox outbox(inspector.data().connection());
    QCOMPARE(outbox.entry(first)->state, OutboxState::Returned);
    QCOMPARE(outbox.entry(first)->reviewComment, comment);

    // 6. Corrected with three households, synced: the leader sees it resubmitted, the first replaced.
    const QString second = inspector.correctRecord(first, 3);
    r = inspectorEngine->syncOnce(false);
    QCOMPARE(r.received, 1);
    r = leaderEngine->syncOnce(false);
    QVERIFY2(r.outcome == SyncOutcome::Done, qPrintable(r.message));
    QCOMPARE(queue.item(first, 1)->status, ReviewStatus::Replaced);
    QCOMPARE(queue.item(first, 1)->replacedBy, second);
    item = queue.item(second, 2);
    QVERIFY(item.has_value());
    QCOMPARE(item->status, ReviewStatus::Resubmitted);
    QCOMPARE(item->replaces, first);
    QCOMPARE(item->changes, QStringList{QStringLiteral("households")});
    QCOMPARE(queue.latest(first)->recordId, second);
    // What the correction changed, side by side: the households, from 2 evidenced to 3.
    const auto changed = review::differences(queue.record(first, 1)->record, queue.record(second, 2)->record);
    const auto households = std::find_if(changed.begin(), changed.end(), [](const review::Difference &d) {
        return d.path == QLatin1StringView("proposal.households");
    });
    QVERIFY(households != changed.end());
    QCOMPARE(households->before, QStringLiteral("2"));
    QCOMPARE(households->after, QStringLiteral("3"));
    QVERIFY(std::none_of(changed.begin(), changed.end(),
                         [](const review::Difference &d) { return d.path == QLatin1StringView("revision"); }));

    // 7. A decision on the replaced revision is refused by the server: 412, naming the correction.
    Decision stale;
    stale.recordId = first;
    stale.revision = 1;
    stale.fingerprint = queue.item(first, 1)->fingerprint;
    stale.kind = Decision::Kind::Approve;
    stale.device = leaderDevice;
    stale.decidedAt = now.toString(Qt::ISODateWithMs);
    const QByteArray token = tokenFor(server, leaderDevice, leader.key());
    RawReply refused =
        raw(server, "POST", QStringLiteral("/v1/records/%1/revisions/1/decision").arg(first), stale.canonical(),
            {{"Authorization", token}, {"TA-Signature", leader.key().sign(stale.canonical()).toBase64()}});
    QCOMPARE(refused.status, 412);
    QCOMPARE(refused.json.value(QStringLiteral("replacedBy")).toString(), second);
    // And locally: the queue knows it is replaced.
    QVERIFY(!queue.decide(first, 1, Decision::Kind::Approve, {}, leader.key(), leaderDevice, now));

    // 8. Approved; the tablet hears it.
    QVERIFY(queue.decide(second, 2, Decision::Kind::Approve, {}, leader.key(), leaderDevice, now));
    QCOMPARE(leaderEngine->syncOnce(false).decisionsSent, 1);
    QCOMPARE(inspectorEngine->syncOnce(false).reviews, 1);
    QCOMPARE(outbox.entry(second)->state, OutboxState::Approved);
    QCOMPARE(server.store().record(second, 2)->status, QStringLiteral("approved"));

    // 9. The CMIS export holds exactly the change: households 2 → 3 of this customer, from the correction.
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
    const auto utc = [](const QDate &day) {
        return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(-7 * 3600).toString(Qt::ISODateWithMs);
    };
    auto approved =
        server.store().approvedRevisions(utc(today), utc(today.addDays(1)), QStringLiteral("Số hộ 2026"), false);
    QVERIFY2(approved.ok(), qPrintable(approved.error()));
    QCOMPARE(int(approved->size()), 1);
    std::vector<review::ApprovedRecord> input;
    for (const auto &a : approved.value())
        input.push_back({a.canonical, a.approvedBy, a.approvedAt});
    auto rows = review::CmisExport::rows(input);
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QCOMPARE(int(rows->size()), 1);
    const review::CmisRow &row = rows->front();
    QCOMPARE(row.customerCode, customer);
    QCOMPARE(row.field, QStringLiteral("SO_HO"));
    QCOMPARE(row.oldValue, QStringLiteral("2"));
    QCOMPARE(row.newValue, QStringLiteral("3"));
    QCOMPARE(row.recordId, second);
    QCOMPARE(row.revision, 2);
    QCOMPARE(row.approvedBy, QStringLiteral("Phạm Thị Hoa (LD-0102)"));
    QCOMPARE(row.inspector, QStringLiteral("Nguyễn Văn Đức (KTV-0719)"));
    // Another campaign's export has nothing of it.
    QCOMPARE(int(server.store()
                     .approvedRevisions(utc(today), utc(today.addDays(1)), QStringLiteral("Tỷ lệ giá"), false)
                     ->size()),
             0);

    // The leader's own queue gives the same rows; each file is the same bytes when written again.
    std::vector<review::ApprovedRecord> local;
    for (const auto &a : queue.approved(today, today, false))
        local.push_back({a.canonical, a.approvedBy, a.approvedAt});
    QCOMPARE(review::CmisExport::csv(review::CmisExport::rows(local).value()), review::CmisExport::csv(rows.value()));
    QTemporaryDir dir;
    for (const QString &suffix : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
        const QString a = dir.filePath(QStringLiteral("a.") + suffix), b = dir.filePath(QStringLiteral("b.") + suffix);
        QVERIFY(review::CmisExport::write(rows.value(), a));
        QTest::qWait(1100); // a second later: nothing in the file may depend on the time it is written
        QVERIFY(review::CmisExport::write(rows.value(), b));
        QFile fa(a), fb(b);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        QCOMPARE(fa.readAll(), fb.readAll());
    }

    // 10. The nightly job: the server's own command writes the file and marks the rows exported; run again,
    // it writes none unless asked.
    server.stop();
    const QString csvPath = dir.filePath(QStringLiteral("cmis.csv"));
    const QStringList args{QStringLiteral("--lang"),
                           QStringLiteral("en"),
                           QStringLiteral("export-cmis"),
                           QStringLiteral("--data"),
                           server.dataDir(),
                           QStringLiteral("--from"),
                           today.toString(Qt::ISODate),
                           QStringLiteral("--to"),
                           today.toString(Qt::ISODate),
                           QStringLiteral("--out"),
                           csvPath};
    QProcess p;
    p.start(QStringLiteral(TA_SERVER), args);
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QFile exported(csvPath);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray bytes = exported.readAll();
    exported.close();
    QCOMPARE(bytes, review::CmisExport::csv(rows.value()));
    QVERIFY(bytes.contains(QStringLiteral("%1,").arg(customer).toUtf8()));
    QVERIFY(bytes.contains(",SO_HO,2,3,"));
    p.start(QStringLiteral(TA_SERVER), args);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), review::CmisExport::csv({})); // the header only: exported before
    exported.close();
    p.start(QStringLiteral(TA_SERVER), args + QStringList{QStringLiteral("--again")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), bytes);
}

void TestReview::onlyALeadersDeviceActsAsALeader()
{
    TestServer server;
    TestTablet inspector(QStringLiteral("tablet-duc")), other(QStringLiteral("tablet-binh"));
    other.setLeader(true); // asks for the role…
    enrollApproved(inspector, server);
    enrollApproved(other, server, QStringLiteral("inspector")); // …the operator does not grant it
    const QString device = other.engine()->enrollment()->enrollmentId;
    const SyncReport r = other.engine()->assign(inspector.engine()->enrollment()->enrollmentId,
                                                {inspector.customerCode(1)}, QStringLiteral("x"), {}, {});
    QCOMPARE(r.outcome, SyncOutcome::Refused);
    const QByteArray token = tokenFor(server, device, other.key());
    QCOMPARE(raw(server, "GET", QStringLiteral("/v1/review/records"), {}, {{"Authorization", token}}).status, 403);
    QCOMPARE(raw(server, "GET", QStringLiteral("/v1/assignments"), {}, {{"Authorization", token}}).status, 403);
    QCOMPARE(
        raw(server, "GET", QStringLiteral("/v1/blobs/") + QString(64, QLatin1Char('a')), {}, {{"Authorization", token}})
            .status,
        403);
    // Its sync is an inspector's: no queue.
    const SyncReport s = other.engine()->syncOnce(false);
    QVERIFY2(s.outcome == SyncOutcome::Done, qPrintable(s.message));
    QCOMPARE(ReviewQueue(other.data().connection()).count(), 0);
    QVERIFY(server.store().assignments().empty());
}

void TestReview::reassigningMovesTheCustomer()
{
    TestServer server;
    TestTablet a(QStringLiteral("tablet-a")), b(QStringLiteral("tablet-b")), leader(QStringLiteral("laptop"));
    leader.setLeader(true);
    enrollApproved(a, server);
    enrollApproved(b, server);
    enrollApproved(leader, server);
    const QString deviceA = a.engine()->enrollment()->enrollmentId;
    const QString deviceB = b.engine()->enrollment()->enrollmentId;
    // More than a page of the leaders' assignment changes (5,000) in one call.
    QStringList customers;
    for (int i = 0; i < 6000; ++i)
        customers << QStringLiteral("PB0701%1").arg(i, 7, 10, QLatin1Char('0'));
    auto engine = leader.engine();
    QCOMPARE(
        engine->assign(deviceA, customers, QStringLiteral("Tỷ lệ giá"), QStringLiteral("Tỷ lệ 2026"), {}).assignments,
        6000);
    QCOMPARE(a.engine()->syncOnce(false).assignments, 6000);
    // 500 of them move to b: a hears they left, b that they came.
    QCOMPARE(
        engine->assign(deviceB, customers.mid(0, 500), QStringLiteral("Tỷ lệ giá"), QStringLiteral("Tỷ lệ 2026"), {})
            .assignments,
        500);
    QCOMPARE(b.engine()->syncOnce(false).assignments, 500);
    (void)a.engine()->syncOnce(false);
    const auto count = [](TestTablet &t) {
        QSqlQuery q(t.data().connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM assignments")) && q.next() ? q.value(0).toInt() : -1;
    };
    QCOMPARE(count(a), 5500);
    QCOMPARE(count(b), 500);
    QCOMPARE(int(server.store().assignments(deviceA).size()), 5500);
    QCOMPARE(int(server.store().assignments(deviceB).size()), 500);

    // The leader's device keeps the branch's assignments for the dashboards: one row per customer, where it
    // is now; the inspectors' tablets are known with their roles.
    const SyncReport synced = engine->syncOnce(false);
    QVERIFY2(synced.outcome == SyncOutcome::Done, qPrintable(synced.message));
    review::Campaigns branch(leader.data().connection());
    QCOMPARE(branch.assignedCount(), qint64(6000));
    QCOMPARE(branch.assignedCount(QStringLiteral("Tỷ lệ 2026")), qint64(6000));
    QSqlQuery q(leader.data().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT device, count(*) FROM branch_assignments GROUP BY device ORDER BY 2")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), deviceB);
    QCOMPARE(q.value(1).toInt(), 500);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), deviceA);
    QCOMPARE(q.value(1).toInt(), 5500);
    q.finish(); // an open statement would keep this connection on the data as it was
    const TrustedKeys keys = Outbox(leader.data().connection()).trustedKeys();
    int inspectors = 0;
    for (const TrustedKey &k : keys.keys())
        inspectors += k.role == QLatin1StringView("inspector") ? 1 : 0;
    QCOMPARE(inspectors, 2);
    // A later move comes with the next sync only.
    QCOMPARE(engine->assign(deviceA, customers.mid(0, 10), QStringLiteral("Tỷ lệ giá"), QString(), {}).assignments, 10);
    QVERIFY(engine->syncOnce(false).outcome == SyncOutcome::Done);
    QCOMPARE(branch.assignedCount(QStringLiteral("Tỷ lệ 2026")), qint64(5990));
}

void TestReview::aDecisionIsSignedByTheLeadersRegisteredKey()
{
    TestServer server;
    TestTablet inspector(QStringLiteral("tablet-duc")), leader(QStringLiteral("laptop-hoa"));
    leader.setLeader(true);
    enrollApproved(inspector, server);
    enrollApproved(leader, server);
    const QString id = inspector.signRecord();
    QCOMPARE(inspector.engine()->syncOnce(false).received, 1);
    const QString leaderDevice = leader.engine()->enrollment()->enrollmentId;
    const auto stored = server.store().record(id, 1);
    Decision d;
    d.recordId = id;
    d.revision = 1;
    d.fingerprint = stored->fingerprint;
    d.kind = Decision::Kind::Approve;
    d.device = leaderDevice;
    d.decidedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QByteArray token = tokenFor(server, leaderDevice, leader.key());
    const QString path = QStringLiteral("/v1/records/%1/revisions/1/decision").arg(id);
    // Signed by a key that is not the device's registered one: refused, nothing stored.
    const DeviceKey stranger = DeviceKey::fromSecret(DeviceKey::generateSecret()).value();
    RawReply r = raw(server, "POST", path, d.canonical(),
                     {{"Authorization", token}, {"TA-Signature", stranger.sign(d.canonical()).toBase64()}});
    QCOMPARE(r.status, 422);
    QCOMPARE(server.store().record(id, 1)->status, QStringLiteral("received"));
    // About other bytes than those stored: refused.
    Decision other = d;
    other.fingerprint = QString(64, QLatin1Char('0'));
    r = raw(server, "POST", path, other.canonical(),
            {{"Authorization", token}, {"TA-Signature", leader.key().sign(other.canonical()).toBase64()}});
    QCOMPARE(r.status, 412);
    // The real one; again (a lost answer): the same; then the opposite: refused.
    r = raw(server, "POST", path, d.canonical(),
            {{"Authorization", token}, {"TA-Signature", leader.key().sign(d.canonical()).toBase64()}});
    QCOMPARE(r.status, 201);
    r = raw(server, "POST", path, d.canonical(),
            {{"Authorization", token}, {"TA-Signature", leader.key().sign(d.canonical()).toBase64()}});
    QCOMPARE(r.status, 200);
    Decision opposite = d;
    opposite.kind = Decision::Kind::Return;
    opposite.comment = QStringLiteral("Thiếu ảnh.");
    r = raw(server, "POST", path, opposite.canonical(),
            {{"Authorization", token}, {"TA-Signature", leader.key().sign(opposite.canonical()).toBase64()}});
    QCOMPARE(r.status, 409);
    QCOMPARE(server.store().record(id, 1)->status, QStringLiteral("approved"));
}

void TestReview::aStaleDecisionIsTakenBackWithWhy()
{
    // The leader approves offline what the inspector corrected meanwhile: the server refuses it (412), the
    // decision is taken back on the leader's device with the reason, and the correction is in the queue.
    TestServer server;
    TestTablet inspector(QStringLiteral("tablet-duc")), leader(QStringLiteral("laptop-hoa"));
    leader.setLeader(true);
    enrollApproved(inspector, server);
    enrollApproved(leader, server);
    const QString first = inspector.signRecord();
    QCOMPARE(inspector.engine()->syncOnce(false).received, 1);
    auto leaderEngine = leader.engine();
    QCOMPARE(leaderEngine->syncOnce(false).queueUpdates, 1);
    const QString second = inspector.correctRecord(first, 3);
    QCOMPARE(inspector.engine()->syncOnce(false).received, 1);

    ReviewQueue queue(leader.data().connection());
    const QString leaderDevice = leaderEngine->enrollment()->enrollmentId;
    QVERIFY(queue.decide(first, 1, Decision::Kind::Approve, {}, leader.key(), leaderDevice,
                         QDateTime::currentDateTimeUtc()));
    QCOMPARE(queue.item(first, 1)->status, ReviewStatus::Approved); // shown at once, not sent yet
    const SyncReport r = leaderEngine->syncOnce(false);
    QVERIFY2(r.outcome == SyncOutcome::Done, qPrintable(r.message));
    QCOMPARE(r.decisionsSent, 0);
    QCOMPARE(r.decisionsRefused, 1);
    const auto item = queue.item(first, 1);
    QCOMPARE(item->status, ReviewStatus::Replaced);
    QVERIFY(item->decision.isEmpty());
    QVERIFY(!item->decisionWaiting);
    QVERIFY2(item->decisionError.contains(QStringLiteral("correction")), qPrintable(item->decisionError));
    QCOMPARE(queue.item(second, 2)->status, ReviewStatus::Resubmitted);
    QCOMPARE(server.store().record(first, 1)->status, QStringLiteral("received"));
    QCOMPARE(inspector.engine()->syncOnce(false).reviews, 0); // nothing reached the tablet
}

QTEST_MAIN(TestReview)
#include "tst_review.moc"
