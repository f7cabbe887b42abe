#pragma once

// The figures of the dashboards, from the signed records themselves: a leader's device counts the branch's
// records (its review queue, kept from the server) and the branch's assignments; an inspector's device
// counts its own records and the customers assigned to it ("my week"). One computation for both
// (Dashboard::compute), pure, so a test works its figures by hand.
//
// What is counted:
// - progress: per campaign (planned from the campaign's definition on this device), substation and
//   inspector, the customers assigned, visited (a signed record, its newest revision, visited on or before
//   the period's last day) and approved; cumulative, as a campaign's progress is;
// - findings: the records of the period whose checks propose a change, by check, and those whose reading
//   is anomalous;
// - money per month: at stake (the records' impact over the recovery period, by visit month) and corrected
//   (the approved ones', by the month of the approval);
// - the returned backlog (returned, not corrected yet) and the days from the visit to the decision;
// - records per inspector per day over the period's last 14 days.

#include "models/core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QtSql/QSqlDatabase>

#include <optional>
#include <vector>

namespace ta::review {

/// One record, the newest revision of its chain, as the dashboards count it.
struct DashboardRecord
{
    QString customerCode;
    QString campaign; ///< of the customer's assignment; empty: none
    QString substation;
    QString inspector;
    QDate visited;
    QString status; ///< received, resubmitted, approved or returned
    QDate decided;  ///< the day of the decision (Vietnam's day); invalid when none
    QStringList changes;
    bool readingAnomaly = false;
    std::optional<qint64> impact; ///< over the recovery period, VND with VAT

    /// The fields a signed record itself gives (customer, substation, visit day, changes, anomaly, impact).
    static DashboardRecord fromRecord(const QJsonObject &record);
};

/// Customers assigned, counted by campaign, substation and inspector.
struct AssignedCount
{
    QString campaign;
    QString substation;
    QString inspector;
    qint64 count = 0;
};

struct PlannedCampaign
{
    QString name;
    qint64 planned = 0;
    QDate deadline;
};

struct ProgressRow
{
    QString name; ///< empty: no campaign (or an unknown substation or inspector)
    std::optional<qint64> planned;
    qint64 assigned = 0;
    qint64 visited = 0;
    qint64 approved = 0;
};

struct FindingRow
{
    QString kind; ///< a check id (households, ratio, three-rate) or "reading" for an anomalous reading
    qint64 records = 0;
};

struct MoneyRow
{
    QDate month; ///< its first day
    qint64 atStake = 0;
    qint64 corrected = 0;
};

struct CountRow
{
    QString name;
    qint64 count = 0;
};

struct DailyRow
{
    QString inspector;
    std::vector<qint64> perDay; ///< one per DashboardFigures::days
};

struct DashboardFigures
{
    QDate from;
    QDate to;
    std::vector<ProgressRow> byCampaign;
    std::vector<ProgressRow> bySubstation;
    std::vector<ProgressRow> byInspector;
    std::vector<FindingRow> findings;
    std::vector<MoneyRow> money;
    qint64 returnedBacklog = 0;
    std::vector<CountRow> decisionDays; ///< buckets: same day, 1–3, 4–7, 8–14, more than 14 days
    std::optional<double> averageDecisionDays;
    std::vector<QDate> days;
    std::vector<DailyRow> daily;
};

class Dashboard
{
    Q_DECLARE_TR_FUNCTIONS(ta::review::Dashboard)

public:
    /// The figures of the period @p from – @p to.
    static DashboardFigures compute(const std::vector<DashboardRecord> &records,
                                    const std::vector<AssignedCount> &assigned,
                                    const std::vector<PlannedCampaign> &plans, const QDate &from, const QDate &to);

    /// A leader's device: the branch's records from the review queue (a decision taken here and not yet sent
    /// counts at once), the branch's assignments and this device's campaigns.
    static Result<DashboardFigures> branch(QSqlDatabase db, const QDate &from, const QDate &to);
    /// An inspector's device: its own signed records, the branch's decisions on them, and the customers
    /// assigned to it; @p inspector names the inspector in the figures.
    static Result<DashboardFigures> own(QSqlDatabase db, const QString &inspector, const QDate &from, const QDate &to);

    /// "Households", "Price ratio", "Three-rate meter", "Reading anomaly".
    static QString findingName(const QString &kind);
    static QStringList decisionBuckets();
};

} // namespace ta::review
