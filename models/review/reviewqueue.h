#pragma once

// A branch leader's review queue on the leader's own device: every record revision the branch server
// received, kept with its signed bytes so the leader reads, filters and decides with no network, and the
// leader's decisions, signed with the device key, waiting to be sent like records (SyncEngine sends them
// and reads the queue's changes). A decision shows at once in the queue; if the server refuses it (the
// revision was replaced meanwhile, or decided by another leader) it is taken back with the reason.

#include "models/core/result.h"
#include "models/inspection/signedrecord.h"
#include "models/sync/syncprotocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QtSql/QSqlDatabase>

#include <optional>
#include <vector>

namespace ta {

class DeviceKey;

namespace review {

/// Where a revision stands in the branch's review.
enum class ReviewStatus { Received, Resubmitted, Approved, Returned, Replaced };
QString statusCode(ReviewStatus status);
std::optional<ReviewStatus> statusFromCode(const QString &code);
/// In words, for the queue and its filter.
QString statusText(ReviewStatus status);

struct ReviewItem
{
    QString recordId;
    int revision = 0;
    QString fingerprint;
    QString device;
    QString inspector;
    QDateTime receivedAt;
    ReviewStatus status = ReviewStatus::Received;
    bool assigned = true;  ///< the customer was assigned to the inspector's device
    bool verified = false; ///< the signature verifies with the sending device's registered key
    QString replacedBy;
    QString replaces;
    QString customerCode;
    QString customerName;
    QString substation;
    QString number;
    QDate visited;
    QStringList checks;           ///< check ids the record holds
    QStringList changes;          ///< check ids that propose a change
    std::optional<qint64> impact; ///< money over the recovery period (VND, with VAT)
    QString decision;             ///< "approve", "return" or empty
    QString comment;
    QString decidedBy;
    QDateTime decidedAt;
    bool decisionWaiting = false; ///< decided on this device, not yet accepted by the server
    QString decisionError;        ///< why the server refused this device's last decision
    QDateTime exportedAt;         ///< when it went into a CMIS export file from this device
};

/// A decision signed on this device and not yet accepted by the server.
struct WaitingDecision
{
    QString recordId;
    int revision = 0;
    QByteArray body;
    QByteArray signature;
    int attempts = 0;
};

/// What the Review page filters the queue by; empty fields do not filter.
struct ReviewFilter
{
    std::optional<ReviewStatus> status;
    QString inspector;
    QString substation;
    QString check;            ///< a check id whose finding proposes a change
    QString campaign;         ///< the campaign the customer is assigned under
    qint64 minimumImpact = 0; ///< money at stake, VND; 0: any
    QString text;             ///< in the customer code, name or the record's number
};

/// One value a corrected revision changed from the revision it replaces.
struct Difference
{
    QString path; ///< "customer.households", "checks[0].facts.proposed", …
    QString before;
    QString after;
};
/// What @p after changes from @p before, leaf by leaf; the fields every revision changes (its id, revision,
/// times, the record it replaces, its number) are left out.
std::vector<Difference> differences(const QJsonObject &before, const QJsonObject &after);

class ReviewQueue
{
    Q_DECLARE_TR_FUNCTIONS(ta::review::ReviewQueue)

public:
    explicit ReviewQueue(QSqlDatabase db);

    /// Stores a page of the server's queue (GET /v1/review/records); @p keys checks each signature. One
    /// transaction. The error names the item that is not usable; nothing of the page is kept then.
    Status store(const QJsonArray &records, const TrustedKeys &keys);
    std::optional<ReviewItem> item(const QString &recordId, int revision) const;
    /// The queue as the Review page shows it: newest received first, @p limit rows from @p offset.
    std::vector<ReviewItem> items(const ReviewFilter &filter, int limit, int offset = 0) const;
    /// The newest revision of @p recordId's chain on this device (following replacedBy).
    std::optional<ReviewItem> latest(const QString &recordId) const;
    /// The signed record as the leader reads it.
    Result<SignedRecord> record(const QString &recordId, int revision) const;
    int count() const;
    QStringList inspectors() const;
    QStringList substations() const;

    /// Signs the leader's decision with @p key (@p device: this device's id on the server) and queues it;
    /// the queue shows it at once. Refused with a reason: a return without a comment, a revision already
    /// replaced or already decided.
    Result<sync::Decision> decide(const QString &recordId, int revision, sync::Decision::Kind kind,
                                  const QString &comment, const DeviceKey &key, const QString &device,
                                  const QDateTime &now);
    std::vector<WaitingDecision> waitingDecisions() const;
    Status markDecisionSent(const QString &recordId, int revision);
    /// The server refused it for good: the decision is taken back and @p reason kept for the leader.
    Status markDecisionRefused(const QString &recordId, int revision, const QString &reason);
    Status markDecisionRetry(const QString &recordId, int revision, const QString &error);

    /// The revisions approved on the days @p from to @p to (Vietnam's days) and not replaced, with what the
    /// CMIS export needs; those exported before only with @p again.
    struct Approved
    {
        QString recordId;
        int revision = 0;
        QByteArray canonical;
        QString approvedBy;
        QString approvedAt;
    };
    std::vector<Approved> approved(const QDate &from, const QDate &to, bool again) const;
    /// Marks @p revisions as written to a CMIS file at @p at.
    Status markExported(const std::vector<std::pair<QString, int>> &revisions, const QDateTime &at);

private:
    QSqlDatabase m_db;
};

} // namespace review
} // namespace ta
