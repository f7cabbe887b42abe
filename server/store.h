#pragma once

// What the branch server keeps, on SQLite or PostgreSQL with the same schema and migrations: enrollment
// codes, devices and their registered keys, session challenges and tokens (hashed), the records received
// with their evidence lists and receipts' times, revision conflicts, the per-device feed, review decisions
// and an append-only audit of every change (who, what, when).
//
// Reads run on a pool of connections. Writes go through one writer thread that commits many of them in
// one transaction (group commit: each in its own savepoint, so one failure does not undo the others) and
// returns only once the commit is durable; a receipt is never given for what is not on disk.

#include "models/core/result.h"
#include "server/sql.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace ta::server {

struct Device
{
    QString id;
    QByteArray publicKey;
    QString name;        ///< the tablet's name
    QString profileName; ///< who uses it
    QString card;
    QString unit;
    QString status; ///< "pending", "approved", "revoked"
    QString comparison;
    QString enrolledAt;
    QString role = QStringLiteral("inspector"); ///< "inspector" or "leader" (asked at enrollment, granted on approval)

    bool isLeader() const { return status == QLatin1StringView("approved") && role == QLatin1StringView("leader"); }
    /// Who uses it, as decisions, queues and the tablets name them: "Phạm Thị Hoa (LD-0102)".
    QString personName() const
    {
        return card.isEmpty() ? profileName : QStringLiteral("%1 (%2)").arg(profileName, card);
    }
};

struct StoredRecord
{
    QString id;
    int revision = 0;
    QString fingerprint;
    QString deviceId;
    QString customerCode;
    QString number;
    QString replaces;
    QString receivedAt;
    QString status; ///< "received", "resubmitted", "approved", "returned"
    QString replacedBy;
    bool assigned = true; ///< the customer was assigned to the sending device when it arrived
    qint64 seq = 0;       ///< the change sequence the leaders' queue is read by
};

/// A revision in the leaders' review queue: the stored record with its bytes, who sent it and the last
/// decision on it.
struct QueuedRecord
{
    StoredRecord record;
    QByteArray canonical;
    QByteArray signature;
    QString inspector; ///< the sending device's profile name and card
    QString decision;  ///< "approve", "return" or empty
    QString comment;
    QString decidedBy;
    QString decidedAt;
};

/// What decide() did.
enum class DecideOutcome { Decided, Replayed, Missing, Stale, AlreadyDecided, WrongFingerprint };

/// A decision to store: signed by a leader's device (the app) or by the server's operator (no signature).
struct DecisionUpload
{
    QString recordId;
    int revision = 0;
    QString fingerprint; ///< of the revision decided on; empty: whatever is stored (the operator's CLI)
    QString decision;    ///< "approve" or "return"
    QString comment;
    QString deviceId; ///< the leader's device; empty for the operator
    QString actor;    ///< who, in words, as the tablet and the audit show it
    QByteArray body;  ///< the signed canonical bytes, if signed
    QByteArray signature;
};

/// What putRecord() did.
struct PutOutcome
{
    enum class Kind { Stored, Replayed, Conflict, MissingBase, StaleBase };
    Kind kind = Kind::Stored;
    QString receivedAt; ///< of the stored revision (Stored, Replayed)
    QString detail;     ///< for the refusals
};

/// A record revision to store: checked by the caller (canonical, signature, evidence present).
struct RecordUpload
{
    QString id;
    int revision = 0;
    QString fingerprint;
    QString deviceId;
    QString customerCode;
    QString number;
    QString replaces;
    QByteArray canonical;
    QByteArray signature;
    QStringList evidence; ///< SHA-256 of each file
};

struct FeedItem
{
    qint64 sequence = 0;
    QString kind; ///< "review", "assignment", "unassignment", "revoked"
    QJsonObject body;
    QString createdAt;
};

struct AuditEntry
{
    qint64 sequence = 0;
    QString at;
    QString actor;
    QString action;
    QString subject;
    QString detail;
};

class Store
{
public:
    /// Opens (and migrates) the database @p database: a postgresql:// URL or a SQLite file.
    static Result<std::unique_ptr<Store>> open(const QString &database, int readConnections = 4);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    SqlConnection::Kind kind() const { return m_kind; }
    int schemaVersion() const;
    /// The random epoch of this database, part of every feed cursor.
    QString epoch() const { return m_epoch; }

    // Enrollment
    Result<QString> createCode(int validMinutes, const QString &actor, const QString &note);
    struct Enrolled
    {
        QString deviceId;
        QString comparison;
    };
    enum class CodeState { Valid, Unknown, Used, Expired, KeyRevoked };
    /// Registers a pending device with @p code (a key known already keeps its device, pending again); the
    /// code is spent. @p state says why nothing was registered.
    Result<Enrolled> enroll(const QString &code, const Device &device, CodeState *state);
    std::optional<Device> device(const QString &id);
    std::optional<Device> deviceByKey(const QByteArray &publicKey);
    std::vector<Device> devices();
    /// Approves, or revokes, a device; @p role, when given, replaces the role asked for at enrollment.
    Status setDeviceStatus(const QString &id, const QString &status, const QString &actor, const QString &role = {});

    // Sessions
    Result<QString> createChallenge(const QString &deviceId, int validSeconds);
    /// Spends the nonce if it is the device's and unexpired; false otherwise.
    Result<bool> takeChallenge(const QString &deviceId, const QString &nonce);
    Status createSession(const QString &tokenHash, const QString &deviceId, const QDateTime &expires);
    /// The device of a live session, if any.
    std::optional<QString> sessionDevice(const QString &tokenHash);

    // Records
    Result<PutOutcome> putRecord(const RecordUpload &upload);
    std::optional<StoredRecord> record(const QString &id, int revision);
    std::vector<StoredRecord> records(int limit = 1000);
    /// The stored bytes and signature of a revision.
    std::optional<std::pair<QByteArray, QByteArray>> recordBytes(const QString &id, int revision);
    /// Stores a leader's decision and passes it to the sending tablet's feed. A revision already replaced
    /// (Stale: @p replacedBy says by which) or already decided otherwise is refused; the same decision
    /// again is Replayed.
    Result<DecideOutcome> decide(const DecisionUpload &decision, QString *replacedBy = nullptr);
    /// The operator's decision (the server's command line): decide() with no signature, refusals as errors.
    Status review(const QString &id, int revision, const QString &decision, const QString &comment,
                  const QString &actor);
    /// The leaders' queue: revisions changed after @p after (a record's seq), oldest change first.
    Result<std::vector<QueuedRecord>> reviewQueue(qint64 after, int limit);
    struct Conflict
    {
        QString id;
        int revision = 0;
        QString fingerprint;
        QString deviceId;
        QString at;
    };
    std::vector<Conflict> conflicts();

    // Assignments: customers a leader sends an approved device to visit; each goes through its feed.
    /// Assigns @p customerCodes to the approved device @p deviceId (a customer assigned to another device
    /// moves: that device hears of it through its feed). The feed carries them in items of 1,000.
    Status assign(const QString &deviceId, const QStringList &customerCodes, const QString &reason,
                  const QString &actor, const QString &campaign = {}, const QString &due = {});
    struct Assignment
    {
        QString deviceId;
        QString customerCode;
        QString reason;
        QString actor;
        QString at;
        QString campaign;
        QString due;
    };
    /// Every assignment, or those of @p deviceId.
    std::vector<Assignment> assignments(const QString &deviceId = {});
    /// An assignment as a leader's device reads the branch's changes: the rows of each assignment call
    /// share its sequence number; a customer that moved is listed again with the new device.
    struct AssignmentChange
    {
        qint64 seq = 0;
        QString customerCode;
        QString deviceId;
        QString inspector;
        QString campaign;
        QString due;
        QString at;
    };
    /// Up to @p limit changes after sequence @p after, oldest first.
    Result<std::vector<AssignmentChange>> assignmentChanges(qint64 after, int limit);

    // CMIS export
    struct ApprovedRevision
    {
        QString id;
        int revision = 0;
        QByteArray canonical;
        QString approvedBy;
        QString approvedAt;
    };
    /// Revisions approved from @p fromUtc up to (not including) @p toUtc and not replaced since; of
    /// @p campaign only when given; those exported before only with @p again. Sorted by id and revision.
    Result<std::vector<ApprovedRevision>> approvedRevisions(const QString &fromUtc, const QString &toUtc,
                                                            const QString &campaign, bool again);
    /// Marks @p revisions as written to @p file.
    Status markExported(const std::vector<std::pair<QString, int>> &revisions, const QString &file,
                        const QString &actor);

    // Feed
    Result<std::vector<FeedItem>> feed(const QString &deviceId, qint64 after, int limit);

    std::vector<AuditEntry> audit(int limit = 1000);

private:
    Store() = default;
    using Job = std::function<Status(SqlConnection &)>;
    /// Runs @p job in the next group commit and waits until it is durable.
    Status write(Job job);
    void writerLoop();
    std::unique_ptr<SqlConnection> takeReader();
    void giveBack(std::unique_ptr<SqlConnection> connection);
    Result<SqlRows> read(const QString &sql, const std::vector<SqlValue> &params = {});

    QString m_database;
    SqlConnection::Kind m_kind = SqlConnection::Kind::Sqlite;
    QString m_epoch;
    int m_schemaVersion = 0;

    std::mutex m_readersMutex;
    std::vector<std::unique_ptr<SqlConnection>> m_readers;

    struct Pending
    {
        Job job;
        Status result = Status::success();
        bool done = false;
    };
    std::unique_ptr<SqlConnection> m_writerConnection;
    std::mutex m_writeMutex;
    std::condition_variable m_writeWake;
    std::condition_variable m_writeDone;
    std::deque<std::shared_ptr<Pending>> m_queue;
    bool m_stopping = false;
    std::thread m_writer;
};

/// Now, as the store writes times: ISO 8601 UTC with milliseconds.
QString nowText();

} // namespace ta::server
