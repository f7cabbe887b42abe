// The leaders' dashboards, campaigns and the reconciliation after correction, over real SQLite data files,
// with every figure worked by hand beside it.

#include "models/core/clock.h"
#include "models/importing/customerimport.h"
#include "models/review/campaigns.h"
#include "models/review/dashboard.h"
#include "models/review/reconciliation.h"
#include "models/storage/profiledata.h"
#include "models/sync/syncprotocol.h"
#include "models/tariff/tarifflibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace ta;
using namespace ta::review;

namespace {

const QString kHo = QStringLiteral("Hộ 11/2026");
const QString kBaGia = QStringLiteral("Ba giá 2026");
const QString kLan = QStringLiteral("Lan (KTV-01)");
const QString kMinh = QStringLiteral("Minh (KTV-02)");

QString code(int n)
{
    return QStringLiteral("PB0701%1").arg(n, 7, 10, QLatin1Char('0'));
}

struct Fixture
{
    QString id;
    int customer = 0;
    QString substation;
    QString inspector;
    QString visitedUtc;
    QStringList changes;
    bool anomaly = false;
    qint64 total = 0;
    QString status;
    QString decidedUtc;
    QString households = QStringLiteral("2");
    QString proposed = QStringLiteral("1");
    qint64 monthly = 0;
};

QByteArray recordJson(const Fixture &f)
{
    QJsonArray checks;
    for (const QString &c : {QStringLiteral("households"), QStringLiteral("ratio"), QStringLiteral("three-rate")}) {
        if (f.changes.contains(c))
            checks.append(QJsonObject{{QStringLiteral("check"), c}, {QStringLiteral("change"), true}});
    }
    QJsonArray anomalies;
    if (f.anomaly)
        anomalies.append(QStringLiteral("jump"));
    checks.append(QJsonObject{{QStringLiteral("check"), QStringLiteral("reading")},
                              {QStringLiteral("change"), false},
                              {QStringLiteral("facts"), QJsonObject{{QStringLiteral("anomalies"), anomalies}}}});
    const QJsonObject record{
        {QStringLiteral("id"), f.id},
        {QStringLiteral("revision"), 1},
        {QStringLiteral("number"), QStringLiteral("BB-%1").arg(f.id)},
        {QStringLiteral("visitedAt"), f.visitedUtc},
        {QStringLiteral("customer"), QJsonObject{{QStringLiteral("code"), code(f.customer)},
                                                 {QStringLiteral("name"), QStringLiteral("Khách %1").arg(f.customer)},
                                                 {QStringLiteral("substation"), f.substation},
                                                 {QStringLiteral("households"), f.households},
                                                 {QStringLiteral("priceString"), QStringLiteral("SHBT:100%")},
                                                 {QStringLiteral("meter"), QStringLiteral("single-rate")}}},
        {QStringLiteral("proposal"), QJsonObject{{QStringLiteral("households"), f.proposed}}},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("inspector"), QJsonObject{{QStringLiteral("name"), f.inspector.section(QLatin1Char(' '), 0, 0)},
                                                  {QStringLiteral("card"), QStringLiteral("KTV")}}},
        {QStringLiteral("impact"),
         QJsonObject{{QStringLiteral("monthly"), double(f.monthly)}, {QStringLiteral("total"), double(f.total)}}}};
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

void insertRecord(QSqlDatabase db, const Fixture &f, const QString &status = {})
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO review_records (record_id, revision, fingerprint, device, inspector, received_at, status,"
        " assigned, canonical, signature, customer_code, customer_name, substation, number, visited_at, checks,"
        " changes, impact, verified, decision, decided_by, decided_at) VALUES (?, 1, ?, 'dev', ?, ?, ?, 1, ?, 'sig',"
        " ?, ?, ?, ?, ?, '', ?, ?, 1, ?, 'Trưởng', ?)"));
    q.addBindValue(f.id);
    q.addBindValue(QString(64, QLatin1Char('a')));
    q.addBindValue(f.inspector);
    q.addBindValue(f.visitedUtc);
    q.addBindValue(status.isEmpty() ? f.status : status);
    q.addBindValue(recordJson(f));
    q.addBindValue(code(f.customer));
    q.addBindValue(QStringLiteral("Khách %1").arg(f.customer));
    q.addBindValue(f.substation);
    q.addBindValue(QStringLiteral("BB-%1").arg(f.id));
    q.addBindValue(f.visitedUtc.left(10));
    q.addBindValue(f.changes.isEmpty() ? QStringLiteral("") : f.changes.join(QLatin1Char(',')));
    q.addBindValue(f.total);
    const bool decided = f.status == QLatin1StringView("approved") || f.status == QLatin1StringView("returned");
    q.addBindValue(decided ? QVariant(f.status == QLatin1StringView("approved") ? QStringLiteral("approve")
                                                                                : QStringLiteral("return"))
                           : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(decided ? QVariant(f.decidedUtc) : QVariant(QMetaType::fromType<QString>()));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void importList(Database &db, const TariffLibrary &library, const QString &path, const QByteArray &csv)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(csv);
    f.close();
    const FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(9, 0)));
    auto imported = CustomerImport(db, library, clock).run(path);
    QVERIFY2(imported.ok() && imported->rejected == 0, qPrintable(imported.error()));
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void campaignsAreCheckedAndAssignmentsKeptPerCustomer();
    void branchFiguresWorkedByHand();
    void anInspectorsOwnWeek();
    void reconciliationAgainstANewerList();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    TariffLibrary m_library;
};

void TestDashboard::init()
{
    m_library = TariffLibrary::load();
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = ProfileData::open(m_dir->filePath(QStringLiteral("leader.sqlite")), WorkspaceKind::Real);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = std::move(db.value());
}

void TestDashboard::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestDashboard::campaignsAreCheckedAndAssignmentsKeptPerCustomer()
{
    Campaigns campaigns(m_db->connection());
    Campaign c;
    c.name = kHo;
    c.kind = QStringLiteral("households");
    c.substation = QStringLiteral("T1");
    c.planned = 10;
    c.deadline = QDate(2026, 12, 31);
    QVERIFY(campaigns.add(c).ok());
    // Each refusal names the field.
    Campaign same = c;
    QVERIFY(campaigns.add(same).error().contains(QStringLiteral("already used")));
    Campaign empty = c;
    empty.name = QStringLiteral("  ");
    QVERIFY(campaigns.add(empty).error().startsWith(QStringLiteral("Campaign name")));
    Campaign unknown = c;
    unknown.name = QStringLiteral("x");
    unknown.kind = QStringLiteral("abnormal");
    QVERIFY(campaigns.add(unknown).error().startsWith(QStringLiteral("Campaign kind")));
    Campaign none = c;
    none.name = QStringLiteral("y");
    none.planned = 0;
    QVERIFY(campaigns.add(none).error().startsWith(QStringLiteral("Planned visits")));
    QCOMPARE(int(campaigns.list().size()), 1);
    const auto found = campaigns.find(kHo);
    QVERIFY(found);
    QCOMPARE(found->substation, QStringLiteral("T1"));
    QCOMPARE(found->filter().rule, QStringLiteral("households"));
    QCOMPARE(found->filter().substation, QStringLiteral("T1"));

    // The server's changes: a customer that moved is listed again with its new device.
    const auto change = [](int n, const QString &device, const QString &campaign) {
        return QJsonObject{{QStringLiteral("customer"), code(n)},
                           {QStringLiteral("device"), device},
                           {QStringLiteral("inspector"), device},
                           {QStringLiteral("campaign"), campaign},
                           {QStringLiteral("due"), QStringLiteral("2026-12-31")},
                           {QStringLiteral("at"), QStringLiteral("2026-11-01T00:00:00.000Z")}};
    };
    QVERIFY(campaigns.storeAssignments({change(1, kLan, kHo), change(2, kLan, kHo), change(3, kLan, kBaGia)}).ok());
    QVERIFY(campaigns.storeAssignments({change(2, kMinh, kBaGia)}).ok());
    QCOMPARE(campaigns.assignedCount(), qint64(3));
    QCOMPARE(campaigns.assignedCount(kHo), qint64(1));
    QCOMPARE(campaigns.assignedCount(kBaGia), qint64(2));
    QCOMPARE(campaigns.names(), QStringList({kBaGia, kHo}));
    QVERIFY(!campaigns.storeAssignments({QJsonObject{{QStringLiteral("device"), kLan}}}).ok());
    QCOMPARE(campaigns.assignedCount(), qint64(3)); // nothing of the refused page kept
}

void TestDashboard::branchFiguresWorkedByHand()
{
    QSqlDatabase db = m_db->connection();
    // The customer list gives the assigned customers their substations: K1–K3 and K9 on T1, K4–K8 on T2.
    QByteArray csv = "MA_KHANG,TEN_KHANG,MA_TRAM,LOAI_DDO,SO_HO,CHUOI_GIA,SL_202610\n";
    for (int n = 1; n <= 9; ++n)
        csv += QStringLiteral("%1,Khách %2,%3,1,1,SHBT:100%,200\n")
                   .arg(code(n))
                   .arg(n)
                   .arg(n <= 3 || n == 9 ? QStringLiteral("T1") : QStringLiteral("T2"))
                   .toUtf8();
    importList(*m_db, m_library, m_dir->filePath(QStringLiteral("list.csv")), csv);
    Campaigns campaigns(db);
    for (const auto &[name, planned] : {std::pair{kHo, 10}, std::pair{kBaGia, 4}}) {
        Campaign c;
        c.name = name;
        c.kind = QStringLiteral("households");
        c.planned = planned;
        c.deadline = QDate(2026, 12, 31);
        QVERIFY(campaigns.add(c).ok());
    }
    QJsonArray assigned;
    const auto assign = [&assigned](int n, const QString &inspector, const QString &campaign) {
        assigned.append(QJsonObject{{QStringLiteral("customer"), code(n)},
                                    {QStringLiteral("device"), inspector},
                                    {QStringLiteral("inspector"), inspector},
                                    {QStringLiteral("campaign"), campaign},
                                    {QStringLiteral("due"), QString()},
                                    {QStringLiteral("at"), QString()}});
    };
    for (int n = 1; n <= 6; ++n)
        assign(n, kLan, kHo);
    assign(7, kMinh, kBaGia);
    assign(8, kMinh, kBaGia);
    assign(9, kMinh, QString());
    QVERIFY(campaigns.storeAssignments(assigned).ok());

    // Times are UTC; Vietnam's day is 7 hours ahead.
    const QString approved = QStringLiteral("approved"), returned = QStringLiteral("returned"),
                  received = QStringLiteral("received");
    const QStringList households{QStringLiteral("households")};
    insertRecord(db, {QStringLiteral("R1"), 1, QStringLiteral("T1"), kLan, QStringLiteral("2026-11-03T02:00:00.000Z"),
                      households, false, 1'200'000, approved, QStringLiteral("2026-11-05T03:00:00.000Z")});
    insertRecord(db, {QStringLiteral("R2"), 2, QStringLiteral("T1"), kLan, QStringLiteral("2026-11-10T02:00:00.000Z"),
                      households, true, 800'000, returned, QStringLiteral("2026-11-10T09:00:00.000Z")});
    insertRecord(db, {QStringLiteral("R3"), 3, QStringLiteral("T1"), kLan, QStringLiteral("2026-10-28T02:00:00.000Z"),
                      households, false, 500'000, approved, QStringLiteral("2026-11-02T03:00:00.000Z")});
    insertRecord(db, {QStringLiteral("R4"),
                      7,
                      QStringLiteral("T2"),
                      kMinh,
                      QStringLiteral("2026-11-20T02:00:00.000Z"),
                      {QStringLiteral("three-rate")},
                      false,
                      3'000'000,
                      received,
                      {}});
    // 17:30 UTC on 24/11 is 00:30 on 25/11 in Vietnam; approved on this device, not sent yet.
    insertRecord(db, {QStringLiteral("R5"),
                      8,
                      QStringLiteral("T2"),
                      kMinh,
                      QStringLiteral("2026-11-24T17:30:00.000Z"),
                      {},
                      false,
                      0,
                      received,
                      {}});
    insertRecord(db, {QStringLiteral("R6"),
                      9,
                      QStringLiteral("T1"),
                      kMinh,
                      QStringLiteral("2026-11-29T02:00:00.000Z"),
                      {QStringLiteral("ratio")},
                      false,
                      400'000,
                      received,
                      {}});
    // A revision replaced by a correction counts no more.
    insertRecord(db, {QStringLiteral("R0"),
                      4,
                      QStringLiteral("T2"),
                      kLan,
                      QStringLiteral("2026-11-12T02:00:00.000Z"),
                      households,
                      false,
                      9'000'000,
                      QStringLiteral("replaced"),
                      {}});
    sync::Decision d;
    d.recordId = QStringLiteral("R5");
    d.revision = 1;
    d.fingerprint = QString(64, QLatin1Char('a'));
    d.kind = sync::Decision::Kind::Approve;
    d.device = QStringLiteral("leader");
    d.decidedAt = QStringLiteral("2026-11-26T01:00:00.000Z");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO review_decisions (record_id, revision, body, signature, state, decided_at)"
                             " VALUES ('R5', 1, ?, 'sig', 'waiting', ?)"));
    q.addBindValue(d.canonical());
    q.addBindValue(d.decidedAt);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    auto figures = Dashboard::branch(db, QDate(2026, 11, 1), QDate(2026, 11, 30));
    QVERIFY2(figures.ok(), qPrintable(figures.error()));
    const DashboardFigures &f = figures.value();

    // Progress, cumulative to 30/11 (R3 visited in October counts):
    //   Ba giá 2026: planned 4, assigned K7 K8 = 2, visited R4 R5 = 2, approved R5 = 1
    //   Hộ 11/2026: planned 10, assigned K1–K6 = 6, visited R1 R2 R3 = 3, approved R1 R3 = 2
    //   no campaign: assigned K9 = 1, visited R6 = 1, approved 0
    QCOMPARE(int(f.byCampaign.size()), 3);
    const auto row = [](const ProgressRow &r) {
        return std::tuple(r.name, r.planned.value_or(-1), r.assigned, r.visited, r.approved);
    };
    QCOMPARE(row(f.byCampaign[0]), std::tuple(kBaGia, qint64(4), qint64(2), qint64(2), qint64(1)));
    QCOMPARE(row(f.byCampaign[1]), std::tuple(kHo, qint64(10), qint64(6), qint64(3), qint64(2)));
    QCOMPARE(row(f.byCampaign[2]), std::tuple(QString(), qint64(-1), qint64(1), qint64(1), qint64(0)));
    //   T1: assigned K1 K2 K3 K9 = 4, visited R1 R2 R3 R6 = 4, approved R1 R3 = 2
    //   T2: assigned K4–K8 = 5, visited R4 R5 = 2, approved R5 = 1
    QCOMPARE(int(f.bySubstation.size()), 2);
    QCOMPARE(row(f.bySubstation[0]), std::tuple(QStringLiteral("T1"), qint64(-1), qint64(4), qint64(4), qint64(2)));
    QCOMPARE(row(f.bySubstation[1]), std::tuple(QStringLiteral("T2"), qint64(-1), qint64(5), qint64(2), qint64(1)));
    //   Lan: 6 assigned, R1 R2 R3 visited, R1 R3 approved; Minh: 3 assigned, R4 R5 R6, R5
    QCOMPARE(row(f.byInspector[0]), std::tuple(kLan, qint64(-1), qint64(6), qint64(3), qint64(2)));
    QCOMPARE(row(f.byInspector[1]), std::tuple(kMinh, qint64(-1), qint64(3), qint64(3), qint64(1)));

    // November's records: R1 R2 R4 R5 R6. Households R1 R2; ratio R6; three-rate R4; reading anomaly R2.
    QCOMPARE(int(f.findings.size()), 4);
    QCOMPARE(f.findings[0].records, qint64(2));
    QCOMPARE(f.findings[1].records, qint64(1));
    QCOMPARE(f.findings[2].records, qint64(1));
    QCOMPARE(f.findings[3].records, qint64(1));
    // At stake in 11/2026: 1,200,000 + 800,000 + 3,000,000 + 0 + 400,000 = 5,400,000.
    // Corrected (approved in November): R1 1,200,000 + R3 500,000 + R5 0 = 1,700,000.
    QCOMPARE(int(f.money.size()), 1);
    QCOMPARE(f.money[0].month, QDate(2026, 11, 1));
    QCOMPARE(f.money[0].atStake, qint64(5'400'000));
    QCOMPARE(f.money[0].corrected, qint64(1'700'000));
    // Returned, waiting: R2. From visit to decision: R1 2 days, R2 same day, R5 1 day → average 1.0.
    QCOMPARE(f.returnedBacklog, qint64(1));
    QCOMPARE(f.decisionDays[0].count, qint64(1));
    QCOMPARE(f.decisionDays[1].count, qint64(2));
    QCOMPARE(f.decisionDays[2].count + f.decisionDays[3].count + f.decisionDays[4].count, qint64(0));
    QVERIFY(f.averageDecisionDays);
    QCOMPARE(*f.averageDecisionDays, 1.0);
    // The last 14 days, 17/11–30/11: Minh's R4 (20/11), R5 (25/11), R6 (29/11); Lan's R2 is older.
    QCOMPARE(int(f.days.size()), 14);
    QCOMPARE(f.days.front(), QDate(2026, 11, 17));
    QCOMPARE(int(f.daily.size()), 1);
    QCOMPARE(f.daily[0].inspector, kMinh);
    std::vector<qint64> minh(14, 0);
    minh[3] = minh[8] = minh[12] = 1;
    QCOMPARE(f.daily[0].perDay, minh);

    // A shorter period: only 20/11–30/11 → R4 R5 R6; R5's waiting approval of 26/11 corrects 0.
    auto late = Dashboard::branch(db, QDate(2026, 11, 20), QDate(2026, 11, 30));
    QVERIFY(late.ok());
    QCOMPARE(late->findings[0].records, qint64(0));
    QCOMPARE(late->money[0].atStake, qint64(3'400'000));
    QCOMPARE(late->money[0].corrected, qint64(0));
    QCOMPARE(int(late->days.size()), 11);
}

void TestDashboard::anInspectorsOwnWeek()
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    const auto inspection = [&q](const QString &id, const Fixture &f, const QString &replaces, const QString &state,
                                 const QString &reviewedAt) {
        q.prepare(
            QStringLiteral("INSERT INTO inspections (id, customer_code, revision, replaces, status, draft, record,"
                           " created_at, updated_at, finalised_at) VALUES (?, ?, 1, ?, 'final', '{}', ?, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(code(f.customer));
        q.addBindValue(replaces.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(replaces));
        q.addBindValue(recordJson(f));
        q.addBindValue(f.visitedUtc);
        q.addBindValue(f.visitedUtc);
        q.addBindValue(f.visitedUtc);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        if (state.isEmpty())
            return;
        q.prepare(QStringLiteral("INSERT INTO outbox (record_id, state, queued_at, reviewed_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(state);
        q.addBindValue(f.visitedUtc);
        q.addBindValue(reviewedAt.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reviewedAt));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    };
    const QStringList households{QStringLiteral("households")};
    // Monday 23/11 – Sunday 29/11: three visits; the first was returned, corrected, and the correction approved.
    inspection(QStringLiteral("A1"),
               {{},
                1,
                QStringLiteral("T1"),
                {},
                QStringLiteral("2026-11-23T02:00:00.000Z"),
                households,
                false,
                600'000,
                {},
                {}},
               {}, QStringLiteral("returned"), QStringLiteral("2026-11-23T08:00:00.000Z"));
    inspection(QStringLiteral("A2"),
               {{},
                1,
                QStringLiteral("T1"),
                {},
                QStringLiteral("2026-11-24T02:00:00.000Z"),
                households,
                false,
                650'000,
                {},
                {}},
               QStringLiteral("A1"), QStringLiteral("approved"), QStringLiteral("2026-11-25T02:00:00.000Z"));
    inspection(QStringLiteral("A3"),
               {{}, 2, QStringLiteral("T1"), {}, QStringLiteral("2026-11-24T03:00:00.000Z"), {}, true, 0, {}, {}}, {},
               QStringLiteral("received"), {});
    inspection(QStringLiteral("A4"),
               {{},
                3,
                QStringLiteral("T2"),
                {},
                QStringLiteral("2026-11-27T03:00:00.000Z"),
                {QStringLiteral("ratio")},
                false,
                150'000,
                {},
                {}},
               {}, QStringLiteral("waiting"), {});
    q.prepare(QStringLiteral("INSERT INTO assignments (customer_code, reason, assigned_by, assigned_at, campaign, due)"
                             " VALUES (?, 'r', 'Trưởng', '2026-11-20', ?, '2026-11-30')"));
    for (const auto &[n, campaign] :
         {std::pair{1, kHo}, std::pair{2, kHo}, std::pair{5, kHo}, std::pair{6, QStringLiteral("")}}) {
        q.addBindValue(code(n));
        q.addBindValue(campaign);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    auto figures = Dashboard::own(db, kLan, QDate(2026, 11, 23), QDate(2026, 11, 29));
    QVERIFY2(figures.ok(), qPrintable(figures.error()));
    const DashboardFigures &f = figures.value();
    // Hộ 11/2026: assigned K1 K2 K5 = 3, visited K1 (A2, the newest revision) and K2 = 2, approved K1 = 1.
    // No campaign: K6 assigned, and K3 visited without an assignment.
    QCOMPARE(int(f.byCampaign.size()), 2);
    QCOMPARE(f.byCampaign[0].name, kHo);
    QCOMPARE(f.byCampaign[0].assigned, qint64(3));
    QCOMPARE(f.byCampaign[0].visited, qint64(2));
    QCOMPARE(f.byCampaign[0].approved, qint64(1));
    QCOMPARE(f.byCampaign[1].assigned, qint64(1));
    QCOMPARE(f.byCampaign[1].visited, qint64(1));
    // A2 households, A4 ratio, A3 anomalous reading; A1 was replaced and is not counted.
    QCOMPARE(f.findings[0].records, qint64(1));
    QCOMPARE(f.findings[1].records, qint64(1));
    QCOMPARE(f.findings[3].records, qint64(1));
    // At stake: 650,000 + 0 + 150,000; corrected: A2 approved on 25/11, 650,000. Nothing returned is waiting.
    QCOMPARE(f.money[0].atStake, qint64(800'000));
    QCOMPARE(f.money[0].corrected, qint64(650'000));
    QCOMPARE(f.returnedBacklog, qint64(0));
    // Records per day: 24/11 two (A2, A3), 27/11 one (A4).
    QCOMPARE(int(f.daily.size()), 1);
    QCOMPARE(f.daily[0].inspector, kLan);
    QCOMPARE(f.daily[0].perDay, std::vector<qint64>({0, 2, 0, 0, 1, 0, 0}));
}

void TestDashboard::reconciliationAgainstANewerList()
{
    QSqlDatabase db = m_db->connection();
    // Approved corrections, each households 2 → 1 unless said, visited in July 2025:
    //   K1 (campaign Hộ): the new list holds 1 → applied.
    //   K2 (campaign Hộ): still 2 and the list reaches 10/2025, after the effective month → overdue.
    //   K3: still 2, the list's last month is the effective month 07/2025 → not applied yet.
    //   K4: the list holds 3 → changed otherwise.
    //   K5: not in the list.
    const QString approved = QStringLiteral("approved");
    const QStringList households{QStringLiteral("households")};
    for (int n = 1; n <= 5; ++n) {
        Fixture f{QStringLiteral("C%1").arg(n),
                  n,
                  QStringLiteral("T1"),
                  kLan,
                  QStringLiteral("2025-07-10T02:00:00.000Z"),
                  households,
                  false,
                  870'912,
                  approved,
                  QStringLiteral("2025-07-12T02:00:00.000Z")};
        f.monthly = 72'576;
        insertRecord(db, f);
    }
    QVERIFY(
        Campaigns(db)
            .storeAssignments({QJsonObject{{QStringLiteral("customer"), code(1)}, {QStringLiteral("campaign"), kHo}},
                               QJsonObject{{QStringLiteral("customer"), code(2)}, {QStringLiteral("campaign"), kHo}}})
            .ok());
    // 250 kWh a month (book 1279, VAT 8 %): 2 households 522,400 (564,192 with VAT), 1 household 589,600
    // (636,768): 72,576 a month more.
    importList(*m_db, m_library, m_dir->filePath(QStringLiteral("newer.csv")),
               "MA_KHANG,TEN_KHANG,LOAI_DDO,SO_HO,CHUOI_GIA,SL_202506,SL_202507,SL_202508,SL_202509,SL_202510\n"
               "PB07010000001,Khách 1,1,1,SHBT:100%,250,250,250,250,250\n"
               "PB07010000002,Khách 2,1,2,SHBT:100%,250,250,250,250,250\n"
               "PB07010000003,Khách 3,1,2,SHBT:100%,250,250,,,\n"
               "PB07010000004,Khách 4,1,3,SHBT:100%,250,250,250,250,250\n");
    auto rows = Reconciliation::run(db, m_library);
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QCOMPARE(int(rows->size()), 5);
    QMap<QString, ReconciliationRow> byCustomer;
    for (const ReconciliationRow &r : rows.value())
        byCustomer.insert(r.customerCode, r);
    // Overdue ones first, for the leader.
    QCOMPARE(rows->front().customerCode, code(2));
    const ReconciliationRow applied = byCustomer.value(code(1));
    QCOMPARE(applied.state, Reconciled::Applied);
    QCOMPARE(applied.effective, QDate(2025, 7, 10));
    QCOMPARE(applied.fields, QStringList{QStringLiteral("SO_HO")});
    // Measured over 08–10/2025, the months after the effective month: 3 × 72,576 = 217,728.
    QCOMPARE(applied.monthsMeasured, 3);
    QVERIFY2(applied.measured, qPrintable(applied.billError));
    QCOMPARE(*applied.measured, qint64(217'728));
    QCOMPARE(*applied.predicted, qint64(3 * 72'576));
    QCOMPARE(byCustomer.value(code(2)).state, Reconciled::Overdue);
    QCOMPARE(byCustomer.value(code(3)).state, Reconciled::Pending);
    QCOMPARE(byCustomer.value(code(4)).state, Reconciled::Otherwise);
    QVERIFY2(byCustomer.value(code(4)).detail.contains(QStringLiteral("SO_HO")),
             qPrintable(byCustomer.value(code(4)).detail));
    QCOMPARE(byCustomer.value(code(5)).state, Reconciled::Missing);

    const auto totals = Reconciliation::byCampaign(rows.value());
    QCOMPARE(int(totals.size()), 2);
    QCOMPARE(totals[0].campaign, kHo);
    QCOMPARE(totals[0].applied, qint64(1));
    QCOMPARE(totals[0].overdue, qint64(1));
    QCOMPARE(totals[0].measured, qint64(217'728));
    QCOMPARE(totals[0].predicted, qint64(217'728));
    QCOMPARE(totals[1].campaign, QString());
    QCOMPARE(totals[1].pending, qint64(1));
    QCOMPARE(totals[1].otherwise, qint64(1));
    QCOMPARE(totals[1].missing, qint64(1));
}

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
