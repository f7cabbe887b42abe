// A leader assigns a whole campaign at once: N customers (default 100,000) to one inspector's tablet, through
// the real server on 127.0.0.1 (TLS). Printed: the time of the assignment request (from the leader's
// SyncEngine to the server's durable commit and back) and the time of the inspector's next sync to apply
// them from the feed, then the leader's next sync reading the branch's assignments back (for the dashboards)
// and the dashboard figures over them, on SQLite and on PostgreSQL (a throwaway cluster,
// tests/sync/postgres-cluster.sh). Goals: under 2 s to the server, under 5 s to the tablet.
//
//   build/tests/benchmarks/bench_assign [CUSTOMERS]

#include "models/review/campaigns.h"
#include "models/review/dashboard.h"
#include "synckit.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QProcess>
#include <QtSql/QSqlQuery>

#include <cstdio>

using namespace ta;

namespace {

void measure(const char *store, const QString &database, int customers)
{
    test::TestServer server({}, database);
    test::TestTablet inspector(QStringLiteral("tablet-duc")), leader(QStringLiteral("laptop-hoa"));
    leader.setLeader(true);
    for (test::TestTablet *t : {&inspector, &leader}) {
        auto engine = t->engine();
        if (engine->enroll(server.link()).outcome != sync::SyncOutcome::Done)
            qFatal("enroll");
        if (!server.store().setDeviceStatus(engine->enrollment()->enrollmentId, QStringLiteral("approved"),
                                            QStringLiteral("bench")))
            qFatal("approve");
    }
    const QString device = inspector.engine()->enrollment()->enrollmentId;
    QStringList codes;
    codes.reserve(customers);
    for (int i = 0; i < customers; ++i)
        codes << QStringLiteral("PB0701%1").arg(i, 7, 10, QLatin1Char('0'));
    auto leaderEngine = leader.engine();
    auto inspectorEngine = inspector.engine();
    // A first sync each: sessions open, as on a working day.
    (void)leaderEngine->syncOnce(false);
    (void)inspectorEngine->syncOnce(false);

    QElapsedTimer t;
    t.start();
    const sync::SyncReport assigned = leaderEngine->assign(device, codes, QStringLiteral("Kiểm tra số hộ"),
                                                           QStringLiteral("Số hộ 2026"), QDate(2026, 12, 31));
    const double toServer = double(t.nsecsElapsed()) / 1e9;
    if (assigned.outcome != sync::SyncOutcome::Done || assigned.assignments != customers)
        qFatal("assign: %s", qPrintable(assigned.message));
    t.restart();
    const sync::SyncReport applied = inspectorEngine->syncOnce(false);
    const double toTablet = double(t.nsecsElapsed()) / 1e9;
    if (applied.assignments != customers)
        qFatal("applied %d of %d", applied.assignments, customers);
    // The leader's next sync brings the branch's assignments for the dashboards, which count them.
    t.restart();
    const sync::SyncReport read = leaderEngine->syncOnce(false);
    const double toLeader = double(t.nsecsElapsed()) / 1e9;
    if (read.outcome != sync::SyncOutcome::Done ||
        review::Campaigns(leader.data().connection()).assignedCount() != customers)
        qFatal("the leader's copy: %s", qPrintable(read.message));
    t.restart();
    const auto figures = review::Dashboard::branch(leader.data().connection(), QDate(2026, 11, 1), QDate(2026, 11, 30));
    const double dashboard = double(t.nsecsElapsed()) / 1e9;
    if (!figures || figures->byCampaign.empty() || figures->byCampaign.front().assigned != customers)
        qFatal("dashboard");
    std::printf("%-10s %7d customers: to the server %5.2f s (goal < 2 s), applied on the tablet %5.2f s (goal < 5 s),"
                " read by the leader's device %5.2f s, dashboard figures %5.2f s\n",
                store, customers, toServer, toTablet, toLeader, dashboard);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tariffaudit.*.info=false"));
    const int customers = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 100000;
    measure("SQLite", QString(), customers);

    QTemporaryDir pg;
    const QString script = QStringLiteral(TA_SOURCE_DIR "/tests/sync/postgres-cluster.sh");
    QProcess start;
    start.start(script, {QStringLiteral("start"), pg.path()});
    start.waitForFinished(120000);
    if (start.exitCode() != 0) {
        std::printf("PostgreSQL: not measured, the throwaway cluster did not start: %s\n",
                    start.readAllStandardError().constData());
        return 0;
    }
    qputenv("TA_TEST_POSTGRES_URL_FILE", pg.filePath(QStringLiteral("url")).toUtf8());
    measure("PostgreSQL", test::freshDatabase(), customers);
    QProcess::execute(script, {QStringLiteral("stop"), pg.path()});
    return 0;
}
