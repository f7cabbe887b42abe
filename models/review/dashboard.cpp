#include "models/review/dashboard.h"

#include "models/inspection/inspection.h"
#include "models/review/cmisexport.h"
#include "models/sync/syncprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <algorithm>

namespace ta::review {

namespace {

QDateTime utcTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

QDate dayOf(const QString &utcText)
{
    const QDateTime t = utcTime(utcText);
    return t.isValid() ? CmisExport::vietnamDay(t) : QDate();
}

/// The progress rows of @p key (campaign, substation or inspector) over the assignments and records.
template <typename AssignedKey, typename RecordKey>
std::vector<ProgressRow> progress(const std::vector<DashboardRecord> &records,
                                  const std::vector<AssignedCount> &assigned, const QDate &to, AssignedKey assignedKey,
                                  RecordKey recordKey)
{
    QMap<QString, ProgressRow> rows;
    for (const AssignedCount &a : assigned) {
        ProgressRow &row = rows[assignedKey(a)];
        row.name = assignedKey(a);
        row.assigned += a.count;
    }
    QMap<QString, QSet<QString>> visited, approved;
    for (const DashboardRecord &r : records) {
        if (!r.visited.isValid() || r.visited > to)
            continue;
        const QString key = recordKey(r);
        rows[key].name = key;
        visited[key].insert(r.customerCode);
        if (r.status == QLatin1StringView("approved"))
            approved[key].insert(r.customerCode);
    }
    std::vector<ProgressRow> out;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        it->visited = visited.value(it.key()).size();
        it->approved = approved.value(it.key()).size();
        out.push_back(*it);
    }
    // Named rows by name; the row without a name (no campaign, unknown) last.
    std::stable_partition(out.begin(), out.end(), [](const ProgressRow &r) { return !r.name.isEmpty(); });
    return out;
}

} // namespace

DashboardRecord DashboardRecord::fromRecord(const QJsonObject &record)
{
    DashboardRecord r;
    const QJsonObject customer = record.value(QStringLiteral("customer")).toObject();
    r.customerCode = customer.value(QStringLiteral("code")).toString();
    r.substation = customer.value(QStringLiteral("substation")).toString();
    QString visited = record.value(QStringLiteral("visitedAt")).toString();
    if (visited.isEmpty())
        visited = record.value(QStringLiteral("finalisedAt")).toString();
    r.visited = dayOf(visited);
    for (const QJsonValue &v : record.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject check = v.toObject();
        const QString id = check.value(QStringLiteral("check")).toString();
        if (check.value(QStringLiteral("change")).toBool())
            r.changes << id;
        if (id == QLatin1StringView(check::Reading) &&
            !check.value(QStringLiteral("facts")).toObject().value(QStringLiteral("anomalies")).toArray().isEmpty())
            r.readingAnomaly = true;
    }
    const QJsonValue impact = record.value(QStringLiteral("impact")).toObject().value(QStringLiteral("total"));
    if (impact.isDouble())
        r.impact = qint64(impact.toDouble());
    return r;
}

QString Dashboard::findingName(const QString &kind)
{
    if (kind == QLatin1StringView(check::Households))
        return tr("Households changed");
    if (kind == QLatin1StringView(check::Ratio))
        return tr("Price ratio changed");
    if (kind == QLatin1StringView(check::ThreeRate))
        return tr("Meter swap proposed");
    if (kind == QLatin1StringView(check::Reading))
        return tr("Reading anomalous");
    return kind;
}

QStringList Dashboard::decisionBuckets()
{
    return {tr("Same day"), tr("1–3 days"), tr("4–7 days"), tr("8–14 days"), tr("More than 14 days")};
}

DashboardFigures Dashboard::compute(const std::vector<DashboardRecord> &records,
                                    const std::vector<AssignedCount> &assigned,
                                    const std::vector<PlannedCampaign> &plans, const QDate &from, const QDate &to)
{
    DashboardFigures f;
    f.from = from;
    f.to = to;

    // Progress, cumulative to the period's end.
    f.byCampaign = progress(
        records, assigned, to, [](const AssignedCount &a) { return a.campaign; },
        [](const DashboardRecord &r) { return r.campaign; });
    for (const PlannedCampaign &p : plans) {
        auto it = std::find_if(f.byCampaign.begin(), f.byCampaign.end(),
                               [&](const ProgressRow &r) { return r.name == p.name; });
        if (it == f.byCampaign.end()) {
            ProgressRow row;
            row.name = p.name;
            it = f.byCampaign.insert(
                std::find_if(f.byCampaign.begin(), f.byCampaign.end(),
                             [&](const ProgressRow &r) { return r.name.isEmpty() || r.name > p.name; }),
                row);
        }
        it->planned = p.planned;
    }
    f.bySubstation = progress(
        records, assigned, to, [](const AssignedCount &a) { return a.substation; },
        [](const DashboardRecord &r) { return r.substation; });
    f.byInspector = progress(
        records, assigned, to, [](const AssignedCount &a) { return a.inspector; },
        [](const DashboardRecord &r) { return r.inspector; });

    // The period's records.
    const QStringList kinds{QLatin1StringView(check::Households), QLatin1StringView(check::Ratio),
                            QLatin1StringView(check::ThreeRate), QLatin1StringView(check::Reading)};
    for (const QString &k : kinds)
        f.findings.push_back({k, 0});
    QMap<QDate, MoneyRow> money;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
        money[m].month = m;
    const QStringList buckets = decisionBuckets();
    for (const QString &b : buckets)
        f.decisionDays.push_back({b, 0});
    const int dayCount = int(std::min<qint64>(14, from.daysTo(to) + 1));
    for (int i = dayCount - 1; i >= 0; --i)
        f.days.push_back(to.addDays(-i));
    QMap<QString, DailyRow> daily;
    qint64 decidedCount = 0, decidedDays = 0;
    for (const DashboardRecord &r : records) {
        if (r.status == QLatin1StringView("returned"))
            ++f.returnedBacklog;
        // Corrected money counts by the month of the approval.
        if (r.status == QLatin1StringView("approved") && r.impact && r.decided.isValid() && r.decided >= from &&
            r.decided <= to)
            money[QDate(r.decided.year(), r.decided.month(), 1)].corrected += *r.impact;
        if (!r.visited.isValid() || r.visited < from || r.visited > to)
            continue;
        for (FindingRow &finding : f.findings) {
            if (finding.kind == QLatin1StringView(check::Reading) ? r.readingAnomaly : r.changes.contains(finding.kind))
                ++finding.records;
        }
        if (r.impact)
            money[QDate(r.visited.year(), r.visited.month(), 1)].atStake += *r.impact;
        if (r.decided.isValid() &&
            (r.status == QLatin1StringView("approved") || r.status == QLatin1StringView("returned"))) {
            const qint64 days = std::max<qint64>(0, r.visited.daysTo(r.decided));
            const int bucket = days == 0 ? 0 : days <= 3 ? 1 : days <= 7 ? 2 : days <= 14 ? 3 : 4;
            ++f.decisionDays[bucket].count;
            ++decidedCount;
            decidedDays += days;
        }
        const auto day = std::find(f.days.begin(), f.days.end(), r.visited);
        if (day != f.days.end()) {
            DailyRow &row = daily[r.inspector];
            row.inspector = r.inspector;
            row.perDay.resize(f.days.size());
            ++row.perDay[std::size_t(day - f.days.begin())];
        }
    }
    if (decidedCount > 0)
        f.averageDecisionDays = double(decidedDays) / double(decidedCount);
    for (const MoneyRow &m : money)
        f.money.push_back(m);
    for (const DailyRow &d : daily)
        f.daily.push_back(d);
    return f;
}

Result<DashboardFigures> Dashboard::branch(QSqlDatabase db, const QDate &from, const QDate &to)
{
    using R = Result<DashboardFigures>;
    std::vector<DashboardRecord> records;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT r.canonical, r.status, r.decided_at, r.inspector, coalesce(a.campaign, ''),"
                               " d.body FROM review_records r LEFT JOIN branch_assignments a ON a.customer_code ="
                               " r.customer_code LEFT JOIN review_decisions d ON d.record_id = r.record_id AND"
                               " d.revision = r.revision AND d.state = 'waiting' WHERE r.status <> 'replaced'")))
        return R::failure(tr("The dashboards could not read the review queue: %1").arg(q.lastError().text()));
    while (q.next()) {
        DashboardRecord r = DashboardRecord::fromRecord(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
        r.status = q.value(1).toString();
        r.decided = dayOf(q.value(2).toString());
        r.inspector = q.value(3).toString();
        r.campaign = q.value(4).toString();
        // A decision taken on this device counts at once.
        if (!q.value(5).isNull()) {
            if (auto d = sync::Decision::fromJson(QJsonDocument::fromJson(q.value(5).toByteArray()).object())) {
                r.status =
                    d->kind == sync::Decision::Kind::Approve ? QStringLiteral("approved") : QStringLiteral("returned");
                r.decided = dayOf(d->decidedAt);
            }
        }
        records.push_back(std::move(r));
    }
    std::vector<AssignedCount> assigned;
    if (!q.exec(QStringLiteral("SELECT a.campaign, coalesce(c.substation, ''), a.inspector, count(*) FROM"
                               " branch_assignments a LEFT JOIN customers c ON c.code = a.customer_code"
                               " GROUP BY 1, 2, 3")))
        return R::failure(tr("The dashboards could not read the assignments: %1").arg(q.lastError().text()));
    while (q.next())
        assigned.push_back(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    std::vector<PlannedCampaign> plans;
    if (!q.exec(QStringLiteral("SELECT name, planned, deadline FROM campaigns ORDER BY name")))
        return R::failure(tr("The dashboards could not read the campaigns: %1").arg(q.lastError().text()));
    while (q.next())
        plans.push_back(
            {q.value(0).toString(), q.value(1).toLongLong(), QDate::fromString(q.value(2).toString(), Qt::ISODate)});
    return compute(records, assigned, plans, from, to);
}

Result<DashboardFigures> Dashboard::own(QSqlDatabase db, const QString &inspector, const QDate &from, const QDate &to)
{
    using R = Result<DashboardFigures>;
    std::vector<DashboardRecord> records;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The newest signed revision of each record: a revision another one replaces is left out.
    if (!q.exec(QStringLiteral("SELECT i.record, coalesce(o.state, ''), o.reviewed_at, coalesce(a.campaign, '')"
                               " FROM inspections i LEFT JOIN outbox o ON o.record_id = i.id LEFT JOIN assignments a"
                               " ON a.customer_code = i.customer_code WHERE i.status = 'final' AND i.id NOT IN"
                               " (SELECT n.replaces FROM inspections n WHERE n.replaces IS NOT NULL AND n.status ="
                               " 'final')")))
        return R::failure(tr("The dashboards could not read the inspections: %1").arg(q.lastError().text()));
    while (q.next()) {
        DashboardRecord r = DashboardRecord::fromRecord(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
        const QString state = q.value(1).toString();
        r.status = state == QLatin1StringView("approved") || state == QLatin1StringView("returned")
                       ? state
                       : QStringLiteral("received");
        if (r.status != QLatin1StringView("received"))
            r.decided = dayOf(q.value(2).toString());
        r.inspector = inspector;
        r.campaign = q.value(3).toString();
        records.push_back(std::move(r));
    }
    std::vector<AssignedCount> assigned;
    if (!q.exec(QStringLiteral("SELECT a.campaign, coalesce(c.substation, ''), count(*) FROM assignments a"
                               " LEFT JOIN customers c ON c.code = a.customer_code GROUP BY 1, 2")))
        return R::failure(tr("The dashboards could not read the assignments: %1").arg(q.lastError().text()));
    while (q.next())
        assigned.push_back({q.value(0).toString(), q.value(1).toString(), inspector, q.value(2).toLongLong()});
    return compute(records, assigned, {}, from, to);
}

} // namespace ta::review
