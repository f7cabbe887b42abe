#pragma once

// A branch leader's campaigns and the branch's assignments as a leader's device knows them.
//
// A campaign is defined from the pre-screen: one of the four kinds a branch runs (households to re-check,
// price ratios of multi-purpose meters, administrative customers at 100 % administrative price, single-rate
// business meters for the three-rate rule), each the customers a pre-screen rule flags, narrowed by the
// worklist's other filters (substation, route book, price group); with a planned count and a deadline.
// Customers go to inspectors through the server (SyncEngine::assign) under the campaign's name; the branch's
// assignments, whoever made them, come back from the server (GET /v1/assignments) into branch_assignments,
// which the dashboards count.

#include "models/core/result.h"
#include "models/customers/customerlistmodel.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QtSql/QSqlDatabase>

#include <optional>
#include <vector>

namespace ta::review {

struct Campaign
{
    QString name;
    QString kind; ///< a pre-screen rule id: households, ratio, administrative, three-rate
    QString substation;
    QString routeBook;
    QString mainGroup;
    qint64 planned = 0;
    QDate deadline;
    QDateTime createdAt;

    /// The worklist filter that lists the campaign's candidates.
    CustomerListModel::Filter filter() const;
};

class Campaigns
{
    Q_DECLARE_TR_FUNCTIONS(ta::review::Campaigns)

public:
    /// The four kinds, in the order the branch's campaigns are usually run.
    static QStringList kinds();
    static QString kindName(const QString &kind);

    explicit Campaigns(QSqlDatabase db);

    /// Checks @p campaign (a name of 1–120 characters, not already used; a known kind; a planned count from 1
    /// to 10,000,000; a deadline) and stores it. Each refusal names the field.
    Status add(const Campaign &campaign);
    std::vector<Campaign> list() const;
    std::optional<Campaign> find(const QString &name) const;
    /// Every campaign name this device knows: its own campaigns and those of the branch's assignments.
    QStringList names() const;

    /// Stores a page of the server's assignment changes (GET /v1/assignments): one row per customer, the
    /// latest assignment. One transaction.
    Status storeAssignments(const QJsonArray &changes);
    /// Customers assigned under @p campaign across the branch (every campaign when empty).
    qint64 assignedCount(const QString &campaign = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace ta::review
