#pragma once

// The tablet's side of sync in its profile's data file: the outbox of signed records and each one's honest
// state, the enrollment with the branch server, and the device keys the server registered (the keys a
// record's signature is trusted by). No secret is kept here: the device key stays in the keychain and the
// session token in memory.
//
// A record enters the outbox in the transaction that stores it (InspectionStore::storeRecord), so a record
// is never signed without being queued; a training record never enters it.

#include "models/core/result.h"
#include "models/inspection/signedrecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QtSql/QSqlDatabase>

#include <optional>
#include <vector>

namespace ta {

class Database;

namespace sync {

/// Where a record stands. Stored as the lower-case word.
enum class OutboxState {
    Waiting,     ///< not received yet (never sent, or sent and not acknowledged with a receipt)
    Received,    ///< the server's receipt verified with its pinned key
    Approved,    ///< a leader approved it
    Returned,    ///< a leader returned it with a comment: a correction is expected
    Quarantined, ///< the server refused it for good (the reason is kept): retry or discard by hand
};
QString stateCode(OutboxState state);
std::optional<OutboxState> stateFromCode(const QString &code);

struct OutboxEntry
{
    QString recordId;
    QString number;
    QString customerCode;
    int revision = 1;
    QString replaces;
    OutboxState state = OutboxState::Waiting;
    QDateTime queuedAt;
    int attempts = 0;
    QDateTime nextAttemptAt; ///< invalid: now
    QString lastError;
    QJsonObject receipt; ///< the signed receipt as received
    QDateTime receivedAt;
    QString reviewComment;
    QDateTime reviewedAt;
};

/// The state of @p entry in words, for people: "Received 10:31 24/11/2026", "Quarantined: <reason>", …
QString stateText(const OutboxEntry &entry);

/// The server this profile is enrolled with, as the enrollment link and the server's answers gave it.
struct Enrollment
{
    QUrl server;
    QString caPin;            ///< SHA-256 of the server's CA certificate (DER), hex
    QByteArray caCertificate; ///< PEM, stored once the first connection showed a CA with the pin
    QString serverId;
    QByteArray receiptKey; ///< the server's Ed25519 receipt key (pinned at enrollment)
    QString enrollmentId;  ///< the device's id on the server
    QString comparison;    ///< the six digits both screens show
    QString status;        ///< "pending", "approved", "revoked"

    bool approved() const { return status == QLatin1StringView("approved"); }
};

/// Counts by state, for the Outbox page and the CLI.
struct OutboxCounts
{
    int waiting = 0;
    int received = 0;
    int approved = 0;
    int returned = 0;
    int quarantined = 0;
    int total() const { return waiting + received + approved + returned + quarantined; }
};

class Outbox
{
public:
    explicit Outbox(QSqlDatabase db);

    /// Queues the signed record @p recordId; part of the caller's transaction.
    static Status enqueue(QSqlDatabase db, const QString &recordId, const QDateTime &now);

    std::vector<OutboxEntry> entries(int limit = 10000, int offset = 0) const;
    std::optional<OutboxEntry> entry(const QString &recordId) const;
    /// Waiting records whose next attempt is due at @p now, oldest first (a correction after its base).
    std::vector<OutboxEntry> due(const QDateTime &now, int limit = 100) const;
    OutboxCounts counts() const;

    Status markReceived(const QString &recordId, const QJsonObject &receipt, const QDateTime &receivedAt);
    /// A failed attempt that will be tried again at @p next.
    Status markRetry(const QString &recordId, const QString &error, const QDateTime &next);
    Status quarantine(const QString &recordId, const QString &reason);
    /// A quarantined record is tried again at once (its attempts start again).
    Status retry(const QString &recordId);
    /// Takes a quarantined record out of the outbox; the signed record stays on the tablet.
    Status discard(const QString &recordId);
    /// A leader's decision from the feed: "approved" or "returned" with @p comment.
    Status applyReview(const QString &recordId, const QString &decision, const QString &comment, const QDateTime &at);

    /// Customers a branch leader assigned to this inspector (from the feed); assigned again, the newer reason,
    /// campaign and due date (YYYY-MM-DD or empty). One transaction.
    Status applyAssignment(const QStringList &customerCodes, const QString &reason, const QString &by,
                           const QDateTime &at, const QString &campaign = {}, const QString &due = {});
    /// Customers the branch moved to another inspector.
    Status removeAssignments(const QStringList &customerCodes);

    std::optional<Enrollment> enrollment() const;
    Status saveEnrollment(const Enrollment &enrollment);
    /// Forgets the server, its keys and the feed cursor; the outbox stays (records wait for a new server).
    Status clearEnrollment();
    QString value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);

    TrustedKeys trustedKeys() const;
    Status replaceTrustedKeys(const TrustedKeys &keys);

private:
    QSqlDatabase m_db;
};

} // namespace sync
} // namespace ta
