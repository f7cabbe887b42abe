#pragma once

// The sync protocol's handlers (docs/sync-protocol.md): plain functions from a parsed request to a
// response, with no socket in sight, so they are tested as they are and the HTTP layer only moves bytes.
// Every answer carries the TA-Server header; errors are RFC 9457 problem documents with a stable type.

#include "server/blobstore.h"
#include "server/identity.h"
#include "server/store.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <mutex>
#include <variant>
#include <vector>

namespace ta::server {

struct HttpRequest
{
    QByteArray method;
    QByteArray target;                     ///< path and query
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
    QString peer;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    std::vector<std::pair<QByteArray, QByteArray>> headers;
};

/// What the server accepts (SYNC.md: header 8 KiB, JSON 1 MiB, blob 16 MiB, idle 30 s, request 120 s).
struct Limits
{
    qint64 headerBytes = 8 * 1024;
    qint64 jsonBytes = 1024 * 1024;
    qint64 blobBytes = 16 * 1024 * 1024;
    qint64 assignmentBytes = 8 * 1024 * 1024; ///< a leader's assignment of up to 100,000 customers at once
    int assignmentCustomers = 100000;
    int handshakeMs = 10000;
    int idleMs = 30000;     ///< waiting for the next request on a kept-alive connection
    int requestMs = 120000; ///< reading one whole request
    int maxConnections = 1024;
    int connectionsPerPeer = 256;
    double requestsPerSecond = 200; ///< per device, a token bucket
    double burst = 400;
    int sessionMinutes = 8 * 60;
    int challengeSeconds = 120;
    int enrollmentCodeMinutes = 10;
};

class Api
{
public:
    Api(const ServerIdentity &identity, Store &store, BlobStore &blobs, Limits limits);

    /// The largest body accepted for a request to @p target with @p method (413 above it).
    qint64 bodyLimit(const QByteArray &method, const QByteArray &target) const;
    HttpResponse handle(const HttpRequest &request);
    /// A problem document for the HTTP layer's own refusals (413, 431, 503).
    HttpResponse problem(int status, const char *type, const QString &title, const QString &detail = {}) const;
    const Limits &limits() const { return m_limits; }

private:
    HttpResponse hello();
    HttpResponse enroll(const HttpRequest &request);
    HttpResponse enrollment(const QString &id);
    HttpResponse challenge(const HttpRequest &request);
    HttpResponse session(const HttpRequest &request);
    HttpResponse missingBlobs(const HttpRequest &request);
    HttpResponse putBlob(const QString &sha256, const HttpRequest &request);
    HttpResponse putRecord(const QString &id, int revision, const HttpRequest &request, const Device &device);
    HttpResponse feed(const QString &cursor, const Device &device);
    HttpResponse keys();
    // A leader's requests (403 not-a-leader from any other device).
    HttpResponse reviewQueue(const QString &cursor);
    HttpResponse decide(const QString &id, int revision, const HttpRequest &request, const Device &leader);
    HttpResponse assign(const HttpRequest &request, const Device &leader);
    HttpResponse assignmentChanges(const QString &cursor);
    HttpResponse getBlob(const QString &sha256);
    /// The sequence in @p cursor, or the response refusing it (410 when it is another database's).
    std::variant<qint64, HttpResponse> readCursor(const QString &cursor);
    /// The signed-in device of @p request, or the response refusing it (401, 403, 429).
    std::variant<Device, HttpResponse> authenticate(const HttpRequest &request);
    HttpResponse json(int status, const QJsonObject &body) const;
    bool allow(const QString &deviceId, double *retryAfter);

    const ServerIdentity &m_identity;
    Store &m_store;
    BlobStore &m_blobs;
    Limits m_limits;

    struct Bucket
    {
        double tokens = 0;
        std::chrono::steady_clock::time_point last;
    };
    std::mutex m_bucketsMutex;
    QHash<QString, Bucket> m_buckets;
};

/// The devices the branch registered, with their public keys, as `GET /v1/keys` and `devices export-keys`
/// give them: {"keys": [{"device", "name", "publicKey", "revoked"}]}.
QJsonObject registeredKeys(Store &store);

} // namespace ta::server
