#pragma once

// The tablet's sync with its branch server (docs/sync-protocol.md), one routine for the app and the CLI.
//
// The engine is written as plain steps that wait for each answer; the app runs it on a thread of its own
// (SyncService), so the screen never waits, and the CLI runs it where it is. It opens its own connection
// to the profile's data file, so a record finalised meanwhile is simply picked up by the next run.
//
// Every request goes to the server the profile enrolled with, over TLS with that server's private CA as the
// only one trusted and its SHA-256 pinned: another certificate stops the run, with no retry. A record is
// received only when the server's receipt verifies with the receipt key pinned at enrollment; a bare 200 is
// not a receipt. Transient failures (no network, 5xx, 429, an answer without a verifiable receipt) are
// tried again later with exponential back-off and full jitter; refusals for good put the record in
// quarantine with the server's reason.

#include "models/core/result.h"
#include "models/inspection/devicekey.h"
#include "models/sync/outbox.h"
#include "models/sync/syncprotocol.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QIODevice;

namespace ta {

class Database;

namespace sync {

/// How a run, an enrollment step or a request ended.
enum class SyncOutcome {
    Done,                ///< everything that was due was tried; see the counts
    NotEnrolled,         ///< this profile has no server
    Pending,             ///< the server has not approved this device yet
    Revoked,             ///< the server revoked this device: nothing is sent any more
    NoServer,            ///< no network, no answer, or something that is not this server (a captive portal)
    CertificateMismatch, ///< the server's certificate is not the pinned one: stopped, never retried
    Refused,             ///< the server refused the request (an enrollment code, a bad request)
    Cancelled,
    Failed, ///< the tablet could not read or write its own data
};

struct SyncReport
{
    SyncOutcome outcome = SyncOutcome::Done;
    QString message;          ///< in words, translated; empty when all went well
    int sent = 0;             ///< records sent this run
    int received = 0;         ///< receipts verified this run
    int quarantined = 0;      ///< records put in quarantine this run
    int reviews = 0;          ///< review decisions applied from the feed
    int assignments = 0;      ///< customers assigned by a leader, from the feed
    int decisionsSent = 0;    ///< a leader's decisions the server accepted this run
    int decisionsRefused = 0; ///< a leader's decisions the server refused for good (replaced, decided otherwise)
    int queueUpdates = 0;     ///< review queue entries read (a leader's device)
    OutboxCounts counts;      ///< the outbox after the run
};

/// Who is enrolling, as the server's device list shows it.
struct DeviceIdentity
{
    QString deviceName; ///< the tablet
    QString profileName;
    QString card;
    QString unit;
    QString role = QStringLiteral("inspector"); ///< asked for; "leader" counts once the server's operator grants it
};

/// Tunables; the defaults are the product's.
struct SyncOptions
{
    int requestTimeoutMs = 30000;    ///< no progress for this long ends a request
    int backoffBaseSeconds = 5;      ///< first retry within 0..5 s, then 0..10 s, 0..20 s, …
    int backoffCapSeconds = 15 * 60; ///< never waits more than this between tries
    int recordsPerRun = 500;
};

class SyncEngine : public QObject
{
    Q_OBJECT

public:
    /// @p databasePath is the profile's data file (opened again here, on the engine's thread), @p key the
    /// profile's device key, @p evidenceFolder where its photos and signature images are kept.
    SyncEngine(QString databasePath, DeviceKey key, QString evidenceFolder, DeviceIdentity identity,
               SyncOptions options = {}, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Step one of enrollment: checks the server of @p link (its CA pin, that it is a Tariff Audit server),
    /// registers this device's key with the one-time code and keeps the enrollment as pending. The report's
    /// message is empty on success; enrollment() then holds the comparison code to show.
    SyncReport enroll(const EnrollmentLink &link);
    /// Asks the server whether the pending enrollment was approved (Done when approved, Pending while not).
    SyncReport checkEnrollment();
    /// Forgets the server on this tablet; records stay in the outbox for a new enrollment.
    Status unenroll();
    std::optional<Enrollment> enrollment();

    /// One sync: a session, every due record (with @p force, every waiting one at once: "Sync now"), the
    /// feed, the registered keys.
    SyncReport syncOnce(bool force);

    /// A leader's device: assigns @p customers to the inspector device @p device (one request; up to
    /// 100,000). The report's message says why not.
    SyncReport assign(const QString &device, const QStringList &customers, const QString &reason,
                      const QString &campaign, const QDate &due);
    /// A leader's device: the evidence file @p sha256 from the server, kept in this engine's evidence folder.
    Result<QString> fetchEvidence(const QString &sha256, const QString &fileName);

    /// Asks a running step to stop as soon as it can (from any thread).
    void cancel();

    /// The outbox on the engine's own connection (the engine's thread only).
    Outbox *outbox();

Q_SIGNALS:
    /// Bytes of a record's files and record sent so far (the Outbox page's progress).
    void progress(const QString &recordId, qint64 sent, qint64 total);
    /// A record's state changed in the outbox.
    void recordChanged(const QString &recordId);

private:
    struct Reply
    {
        int status = 0; ///< 0: no HTTP answer
        QByteArray body;
        QJsonObject json;
        QString problemType; ///< the problem's type suffix ("missing-evidence"), if a problem
        QString problemText; ///< title and detail
        QString transportError;
        bool certificateMismatch = false;
        bool taServer = false; ///< the TA-Server header was there
        int retryAfter = -1;
    };

    Status open();
    /// Opens the data file and reads the enrollment; the report when there is nothing to do.
    std::optional<SyncReport> begin();
    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  QIODevice *upload = nullptr, const QByteArray &contentType = "application/json",
                  const QList<QPair<QByteArray, QByteArray>> &headers = {},
                  const std::function<void(qint64, qint64)> &onProgress = {});
    Reply authorised(const QByteArray &method, const QString &path, const QByteArray &body = {},
                     const QString &recordFile = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                     const std::function<void(qint64, qint64)> &onProgress = {});
    SyncReport hello();
    std::optional<SyncReport> openSession();
    /// Sends one record; what the outbox should now say of it.
    enum class Sent { Received, Retry, Quarantined, StopRun };
    Sent sendRecord(const OutboxEntry &entry, SyncReport &report);
    /// What a paged read does with one answer: a report ends the read (and, as a rule, the run) with it.
    using PageStep = std::function<std::optional<SyncReport>(const Reply &)>;
    /// Reads the pages of @p path after the cursor kept as @p cursorKey until the server says there are no
    /// more (at most @p maxPages): each answer goes to @p take, then its cursor is kept. A cursor the server
    /// does not know (410: a restored or replaced database) is dropped and the read starts again, once. An
    /// answer other than 200 goes to @p refused first, which may end the read its own way; else the run
    /// stops (no server). The feed, a leader's review queue and the branch's assignments are read so.
    std::optional<SyncReport> readPages(const QString &path, const QString &cursorKey, int maxPages,
                                        const PageStep &take, const PageStep &refused = {});
    std::optional<SyncReport> readFeed(SyncReport &report);
    void readKeys();
    /// A leader's device: sends the decisions taken here, then reads the queue's changes.
    std::optional<SyncReport> leaderSteps(SyncReport &report);
    /// The evidence file @p sha256 into this engine's evidence folder as @p fileName (kept when there).
    Result<QString> downloadEvidence(const QString &sha256, const QString &fileName);
    QDateTime backoff(int attempts) const;
    QString describe(const Reply &reply) const;
    /// A problem type the tablet knows, in words.
    static QString problemText(const QString &type);
    SyncReport stop(SyncOutcome outcome, const QString &message);
    void finishRun(SyncReport &report);

    QString m_databasePath;
    DeviceKey m_key;
    QString m_evidenceFolder;
    DeviceIdentity m_identity;
    SyncOptions m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::optional<Enrollment> m_enrollment;
    QString m_token;
    QDateTime m_tokenExpires;
    std::atomic<bool> m_cancel{false};
    QNetworkReply *m_current = nullptr;
};

/// Words for an outcome, for the CLI and the Outbox page.
QString outcomeText(SyncOutcome outcome);
/// A stable name of an outcome for scripts ("done", "no-server", …).
QString outcomeCode(SyncOutcome outcome);

} // namespace sync
} // namespace ta
