#include "models/review/campaigns.h"

#include "models/core/logging.h"
#include "models/prescreen/prescreener.h"
#include "models/storage/database.h"

#include <QJsonObject>
#include <QUuid>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

namespace ta::review {

namespace {

Status campaignsFailed(const QSqlQuery &q)
{
    qCWarning(lcStorage) << "Campaigns:" << q.lastError().text();
    return Status::failure(
        QCoreApplication::translate("ta::review::Campaigns", "The campaigns could not be updated: %1")
            .arg(q.lastError().text()));
}

} // namespace

CustomerListModel::Filter Campaign::filter() const
{
    CustomerListModel::Filter f;
    f.onlyFlagged = true;
    f.rule = kind;
    f.substation = substation;
    f.routeBook = routeBook;
    f.mainGroup = mainGroup;
    return f;
}

QStringList Campaigns::kinds()
{
    return {QLatin1StringView(rule::Households), QLatin1StringView(rule::Ratio),
            QLatin1StringView(rule::Administrative), QLatin1StringView(rule::ThreeRate)};
}

QString Campaigns::kindName(const QString &kind)
{
    if (kind == QLatin1StringView(rule::Households))
        return tr("Households to re-check");
    if (kind == QLatin1StringView(rule::Ratio))
        return tr("Price ratios of multi-purpose meters");
    if (kind == QLatin1StringView(rule::Administrative))
        return tr("Administrative customers at 100 % administrative price");
    if (kind == QLatin1StringView(rule::ThreeRate))
        return tr("Single-rate business meters (three-rate rule)");
    return kind;
}

Campaigns::Campaigns(QSqlDatabase db) : m_db(std::move(db)) {}

Status Campaigns::add(const Campaign &c)
{
    const QString name = c.name.trimmed();
    if (name.isEmpty() || name.size() > 120)
        return Status::failure(tr("Campaign name: between 1 and 120 characters are expected."));
    if (!kinds().contains(c.kind))
        return Status::failure(tr("Campaign kind: \"%1\" is not one of the four kinds.").arg(c.kind));
    if (c.planned < 1 || c.planned > 10'000'000)
        return Status::failure(tr("Planned visits: a number from 1 to 10,000,000 is expected, not %1.").arg(c.planned));
    if (!c.deadline.isValid())
        return Status::failure(tr("Deadline: a date is expected."));
    if (find(name))
        return Status::failure(tr("Campaign name: \"%1\" is already used by another campaign.").arg(name));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO campaigns (id, name, kind, rule, planned, deadline, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(name);
    q.addBindValue(c.kind);
    // The narrowing filters, as "substation|route book|price group".
    q.addBindValue(QStringList{notNullText(c.substation), notNullText(c.routeBook), notNullText(c.mainGroup)}.join(
        QLatin1Char('|')));
    q.addBindValue(c.planned);
    q.addBindValue(c.deadline.toString(Qt::ISODate));
    q.addBindValue(
        (c.createdAt.isValid() ? c.createdAt : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return campaignsFailed(q);
    return Status::success();
}

std::vector<Campaign> Campaigns::list() const
{
    std::vector<Campaign> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, kind, rule, planned, deadline, created_at FROM campaigns"
                               " ORDER BY deadline, name")))
        return out;
    while (q.next()) {
        Campaign c;
        c.name = q.value(0).toString();
        c.kind = q.value(1).toString();
        const QStringList narrow = q.value(2).toString().split(QLatin1Char('|'));
        c.substation = narrow.value(0);
        c.routeBook = narrow.value(1);
        c.mainGroup = narrow.value(2);
        c.planned = q.value(3).toLongLong();
        c.deadline = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        c.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        out.push_back(c);
    }
    return out;
}

std::optional<Campaign> Campaigns::find(const QString &name) const
{
    for (const Campaign &c : list()) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

QStringList Campaigns::names() const
{
    QStringList out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT name FROM campaigns UNION SELECT DISTINCT campaign FROM branch_assignments"
                              " WHERE campaign <> '' ORDER BY 1"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

Status Campaigns::storeAssignments(const QJsonArray &changes)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tr("The campaigns could not be updated: the data file is busy."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO branch_assignments (customer_code, device, inspector, campaign, due,"
                             " assigned_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (customer_code) DO UPDATE SET"
                             " device = excluded.device, inspector = excluded.inspector, campaign = excluded.campaign,"
                             " due = excluded.due, assigned_at = excluded.assigned_at"));
    for (const QJsonValue &v : changes) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QStringLiteral("customer")).toString();
        if (code.isEmpty())
            return Status::failure(tr("The server sent an assignment without a customer code."));
        q.addBindValue(code);
        q.addBindValue(notNullText(o.value(QStringLiteral("device")).toString()));
        q.addBindValue(notNullText(o.value(QStringLiteral("inspector")).toString()));
        q.addBindValue(notNullText(o.value(QStringLiteral("campaign")).toString()));
        q.addBindValue(notNullText(o.value(QStringLiteral("due")).toString()));
        q.addBindValue(notNullText(o.value(QStringLiteral("at")).toString()));
        if (!q.exec())
            return campaignsFailed(q);
    }
    return tx.commit();
}

qint64 Campaigns::assignedCount(const QString &campaign) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM branch_assignments WHERE ? = '' OR campaign = ?"));
    q.addBindValue(notNullText(campaign));
    q.addBindValue(notNullText(campaign));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace ta::review
