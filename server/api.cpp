#include "server/api.h"

#include "models/core/boundedinput.h"
#include "models/inspection/devicekey.h"
#include "models/inspection/signedrecord.h"
#include "models/sync/syncprotocol.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace ta::server {

namespace {

QString hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

std::optional<QJsonObject> parseObject(const QByteArray &body)
{
    // (The body's size is bounded before it is read: Limits.)
    qsizetype tooDeep = -1;
    jsonDepth(body, limits::JsonDepth, &tooDeep);
    if (tooDeep >= 0)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QString cursorFor(const QString &epoch, qint64 sequence)
{
    return QString::fromLatin1(QStringLiteral("%1:%2").arg(epoch).arg(sequence).toLatin1().toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

Api::Api(const ServerIdentity &identity, Store &store, BlobStore &blobs, Limits limits)
    : m_identity(identity), m_store(store), m_blobs(blobs), m_limits(limits)
{
}

qint64 Api::bodyLimit(const QByteArray &method, const QByteArray &target) const
{
    if (method == "PUT" && target.startsWith("/v1/blobs/"))
        return m_limits.blobBytes;
    if (method == "POST" && target == "/v1/assignments")
        return m_limits.assignmentBytes;
    return m_limits.jsonBytes;
}

HttpResponse Api::json(int status, const QJsonObject &body) const
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.headers.push_back({QByteArray(sync::ServerHeader), m_identity.id().toLatin1()});
    return r;
}

HttpResponse Api::problem(int status, const char *type, const QString &title, const QString &detail) const
{
    QJsonObject body{{QStringLiteral("type"), QLatin1StringView(sync::ProblemBase) + QLatin1StringView(type)},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("status"), status}};
    if (!detail.isEmpty())
        body.insert(QStringLiteral("detail"), detail);
    HttpResponse r = json(status, body);
    r.contentType = "application/problem+json";
    return r;
}

HttpResponse Api::handle(const HttpRequest &request)
{
    const QUrl url(QString::fromLatin1(request.target));
    const QString path = url.path();
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QByteArray &m = request.method;
    if (m == "GET" && path == QLatin1StringView("/v1/hello"))
        return hello();
    if (m == "POST" && path == QLatin1StringView("/v1/enrollments"))
        return enroll(request);
    if (m == "GET" && parts.size() == 3 && parts[0] == QLatin1StringView("v1") &&
        parts[1] == QLatin1StringView("enrollments"))
        return enrollment(parts[2]);
    if (m == "POST" && path == QLatin1StringView("/v1/session/challenge"))
        return challenge(request);
    if (m == "POST" && path == QLatin1StringView("/v1/session"))
        return session(request);

    const bool known = (m == "POST" && path == QLatin1StringView("/v1/blobs:missing")) ||
                       (m == "PUT" && parts.size() == 3 && parts[1] == QLatin1StringView("blobs")) ||
                       (m == "PUT" && parts.size() == 5 && parts[1] == QLatin1StringView("records") &&
                        parts[3] == QLatin1StringView("revisions")) ||
                       (m == "GET" && path == QLatin1StringView("/v1/feed")) ||
                       (m == "GET" && path == QLatin1StringView("/v1/keys"));
    // A leader's: the review queue, decisions, assignments, the evidence files to look at.
    const bool decision = m == "POST" && parts.size() == 6 && parts[1] == QLatin1StringView("records") &&
                          parts[3] == QLatin1StringView("revisions") && parts[5] == QLatin1StringView("decision");
    const bool leaders = decision || (m == "GET" && path == QLatin1StringView("/v1/review/records")) ||
                         ((m == "POST" || m == "GET") && path == QLatin1StringView("/v1/assignments")) ||
                         (m == "GET" && parts.size() == 3 && parts[1] == QLatin1StringView("blobs"));
    if (!known && !leaders)
        return problem(404, sync::problem::NotFound, QStringLiteral("No such resource"),
                       QStringLiteral("%1 %2").arg(QString::fromLatin1(m), path));
    auto who = authenticate(request);
    if (auto *refused = std::get_if<HttpResponse>(&who))
        return *refused;
    const Device &device = std::get<Device>(who);
    if (leaders) {
        if (!device.isLeader())
            return problem(403, sync::problem::NotLeader, QStringLiteral("Only a branch leader's device may do this"));
        if (decision) {
            bool ok = false;
            const int revision = parts[4].toInt(&ok);
            if (!ok || revision < 1)
                return problem(400, sync::problem::BadRequest, QStringLiteral("Bad revision"), parts[4]);
            return decide(parts[2], revision, request, device);
        }
        if (path == QLatin1StringView("/v1/review/records"))
            return reviewQueue(QUrlQuery(url).queryItemValue(QStringLiteral("cursor")));
        if (path == QLatin1StringView("/v1/assignments"))
            return m == "GET" ? assignmentChanges(QUrlQuery(url).queryItemValue(QStringLiteral("cursor")))
                              : assign(request, device);
        return getBlob(parts[2]);
    }
    if (path == QLatin1StringView("/v1/blobs:missing"))
        return missingBlobs(request);
    if (parts[1] == QLatin1StringView("blobs"))
        return putBlob(parts[2], request);
    if (parts[1] == QLatin1StringView("records")) {
        bool ok = false;
        const int revision = parts[4].toInt(&ok);
        if (!ok || revision < 1)
            return problem(400, sync::problem::BadRequest, QStringLiteral("Bad revision"), parts[4]);
        return putRecord(parts[2], revision, request, device);
    }
    if (path == QLatin1StringView("/v1/keys"))
        return keys();
    return feed(QUrlQuery(url).queryItemValue(QStringLiteral("cursor")), device);
}

HttpResponse Api::hello()
{
    return json(200, QJsonObject{{QStringLiteral("server"), QStringLiteral("tariff-audit")},
                                 {QStringLiteral("id"), m_identity.id()},
                                 {QStringLiteral("version"), QStringLiteral(TA_VERSION)},
                                 {QStringLiteral("receiptKey"),
                                  QString::fromLatin1(m_identity.receiptKey().publicKey().toBase64())},
                                 {QStringLiteral("caPin"), m_identity.caPin()}});
}

HttpResponse Api::enroll(const HttpRequest &request)
{
    const auto body = parseObject(request.body);
    if (!body)
        return problem(400, sync::problem::BadRequest, QStringLiteral("The body is not a JSON object"));
    const QString code = body->value(QStringLiteral("code")).toString().toUpper();
    const QByteArray publicKey = QByteArray::fromBase64(body->value(QStringLiteral("publicKey")).toString().toLatin1());
    const QByteArray proof = QByteArray::fromBase64(body->value(QStringLiteral("proof")).toString().toLatin1());
    const QJsonObject profile = body->value(QStringLiteral("profile")).toObject();
    if (code.isEmpty() || publicKey.size() != DeviceKey::PublicKeyBytes)
        return problem(400, sync::problem::BadRequest, QStringLiteral("An enrollment needs a code and an Ed25519 key"));
    // The device proves it holds the key it registers.
    if (!DeviceKey::verify(sync::enrollmentProof(code, publicKey), proof, publicKey))
        return problem(400, sync::problem::BadRequest, QStringLiteral("The proof of possession does not verify"));
    Device d;
    d.publicKey = publicKey;
    d.name = body->value(QStringLiteral("name")).toString().left(120);
    d.profileName = profile.value(QStringLiteral("name")).toString().left(120);
    d.card = profile.value(QStringLiteral("card")).toString().left(64);
    d.unit = profile.value(QStringLiteral("unit")).toString().left(120);
    // The role asked for; it counts only once the operator approves the device, seeing it.
    d.role = profile.value(QStringLiteral("role")).toString() == QLatin1StringView("leader")
                 ? QStringLiteral("leader")
                 : QStringLiteral("inspector");
    d.comparison = sync::comparisonCode(publicKey);
    Store::CodeState state = Store::CodeState::Valid;
    auto enrolled = m_store.enroll(code, d, &state);
    if (!enrolled)
        return problem(503, sync::problem::Unavailable, QStringLiteral("The enrollment could not be stored"),
                       enrolled.error());
    if (state == Store::CodeState::Expired)
        return problem(410, sync::problem::CodeExpired, QStringLiteral("The enrollment code has expired"));
    if (state == Store::CodeState::KeyRevoked)
        return problem(403, sync::problem::DeviceRevoked, QStringLiteral("This device key was revoked"));
    if (state != Store::CodeState::Valid)
        return problem(403, sync::problem::CodeInvalid, QStringLiteral("The enrollment code is unknown or used"));
    return json(202, QJsonObject{{QStringLiteral("enrollment"), enrolled->deviceId},
                                 {QStringLiteral("status"), QStringLiteral("pending")},
                                 {QStringLiteral("comparison"), enrolled->comparison}});
}

HttpResponse Api::enrollment(const QString &id)
{
    const auto device = m_store.device(id);
    if (!device)
        return problem(404, sync::problem::NotFound, QStringLiteral("No such enrollment"));
    if (device->status == QLatin1StringView("revoked"))
        return problem(403, sync::problem::DeviceRevoked, QStringLiteral("The device is revoked"));
    if (device->status == QLatin1StringView("pending"))
        return json(202, QJsonObject{{QStringLiteral("status"), QStringLiteral("pending")},
                                     {QStringLiteral("comparison"), device->comparison}});
    return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("approved")},
                                 {QStringLiteral("device"), device->id},
                                 {QStringLiteral("server"), m_identity.id()},
                                 {QStringLiteral("receiptKey"),
                                  QString::fromLatin1(m_identity.receiptKey().publicKey().toBase64())}});
}

HttpResponse Api::challenge(const HttpRequest &request)
{
    const auto body = parseObject(request.body);
    const QString deviceId = body ? body->value(QStringLiteral("device")).toString() : QString();
    const auto device = m_store.device(deviceId);
    if (!device)
        return problem(401, sync::problem::Unauthorized, QStringLiteral("Unknown device"));
    if (device->status == QLatin1StringView("revoked"))
        return problem(403, sync::problem::DeviceRevoked, QStringLiteral("The device is revoked"));
    if (device->status != QLatin1StringView("approved"))
        return problem(403, sync::problem::DevicePending, QStringLiteral("The device is not approved yet"));
    auto nonce = m_store.createChallenge(deviceId, m_limits.challengeSeconds);
    if (!nonce)
        return problem(503, sync::problem::Unavailable, QStringLiteral("The challenge could not be stored"));
    return json(200, QJsonObject{{QStringLiteral("nonce"), nonce.value()}});
}

HttpResponse Api::session(const HttpRequest &request)
{
    const auto body = parseObject(request.body);
    if (!body)
        return problem(400, sync::problem::BadRequest, QStringLiteral("The body is not a JSON object"));
    const QString deviceId = body->value(QStringLiteral("device")).toString();
    const QString nonce = body->value(QStringLiteral("nonce")).toString();
    const QByteArray signature = QByteArray::fromBase64(body->value(QStringLiteral("signature")).toString().toLatin1());
    const auto device = m_store.device(deviceId);
    if (!device)
        return problem(401, sync::problem::Unauthorized, QStringLiteral("Unknown device"));
    if (device->status == QLatin1StringView("revoked"))
        return problem(403, sync::problem::DeviceRevoked, QStringLiteral("The device is revoked"));
    if (device->status != QLatin1StringView("approved"))
        return problem(403, sync::problem::DevicePending, QStringLiteral("The device is not approved yet"));
    auto taken = m_store.takeChallenge(deviceId, nonce);
    if (!taken)
        return problem(503, sync::problem::Unavailable, QStringLiteral("The session could not be opened"));
    if (!taken.value() || !DeviceKey::verify(sync::sessionProof(nonce), signature, device->publicKey))
        return problem(401, sync::problem::Unauthorized,
                       QStringLiteral("The challenge is unknown, used, expired or "
                                      "not signed by the device's key"));
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    const QString token =
        QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(qint64(m_limits.sessionMinutes) * 60);
    if (Status s = m_store.createSession(hashToken(token), deviceId, expires); !s)
        return problem(503, sync::problem::Unavailable, QStringLiteral("The session could not be stored"));
    return json(200, QJsonObject{{QStringLiteral("token"), token},
                                 {QStringLiteral("expiresAt"), expires.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("role"),
                                  device->isLeader() ? QStringLiteral("leader") : QStringLiteral("inspector")}});
}

bool Api::allow(const QString &deviceId, double *retryAfter)
{
    const auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(m_bucketsMutex);
    auto it = m_buckets.find(deviceId);
    if (it == m_buckets.end())
        it = m_buckets.insert(deviceId, Bucket{m_limits.burst, now});
    Bucket &b = *it;
    const double elapsed = std::chrono::duration<double>(now - b.last).count();
    b.tokens = std::min(m_limits.burst, b.tokens + elapsed * m_limits.requestsPerSecond);
    b.last = now;
    if (b.tokens >= 1) {
        b.tokens -= 1;
        return true;
    }
    *retryAfter = (1 - b.tokens) / m_limits.requestsPerSecond;
    return false;
}

std::variant<Device, HttpResponse> Api::authenticate(const HttpRequest &request)
{
    const QByteArray authorization = request.headers.value("authorization");
    if (!authorization.startsWith("Bearer "))
        return problem(401, sync::problem::Unauthorized, QStringLiteral("A session token is required"));
    const auto deviceId = m_store.sessionDevice(hashToken(QString::fromLatin1(authorization.mid(7).trimmed())));
    if (!deviceId)
        return problem(401, sync::problem::Unauthorized, QStringLiteral("The session is unknown or expired"));
    const auto device = m_store.device(*deviceId);
    if (!device || device->status == QLatin1StringView("revoked"))
        return problem(403, sync::problem::DeviceRevoked, QStringLiteral("The device is revoked"));
    double retryAfter = 0;
    if (!allow(device->id, &retryAfter)) {
        HttpResponse r = problem(429, sync::problem::TooMany, QStringLiteral("Too many requests from this device"));
        r.headers.push_back({"Retry-After", QByteArray::number(std::max(1, int(std::ceil(retryAfter))))});
        return r;
    }
    return device.value();
}

HttpResponse Api::missingBlobs(const HttpRequest &request)
{
    const auto body = parseObject(request.body);
    const QJsonArray list = body ? body->value(QStringLiteral("sha256")).toArray() : QJsonArray();
    if (!body || list.size() > 10000)
        return problem(400, sync::problem::BadRequest, QStringLiteral("A list of at most 10,000 SHA-256 is expected"));
    QJsonArray missing;
    for (const QJsonValue &v : list) {
        const QString sha = v.toString();
        if (!BlobStore::isDigest(sha))
            return problem(400, sync::problem::BadRequest, QStringLiteral("Not a SHA-256"), sha);
        if (!m_blobs.has(sha))
            missing.append(sha);
    }
    return json(200, QJsonObject{{QStringLiteral("missing"), missing}});
}

HttpResponse Api::putBlob(const QString &sha256, const HttpRequest &request)
{
    if (!BlobStore::isDigest(sha256))
        return problem(400, sync::problem::BadRequest, QStringLiteral("Not a SHA-256"), sha256);
    auto put = m_blobs.put(sha256, request.body);
    if (!put)
        return problem(507, sync::problem::Unavailable, QStringLiteral("The file could not be stored"), put.error());
    if (put.value() == BlobStore::Put::Mismatch)
        return problem(400, sync::problem::DigestMismatch, QStringLiteral("The body's SHA-256 is not the one named"),
                       QString::fromLatin1(QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex()));
    return json(put.value() == BlobStore::Put::Stored ? 201 : 200, QJsonObject{{QStringLiteral("sha256"), sha256}});
}

HttpResponse Api::putRecord(const QString &id, int revision, const HttpRequest &request, const Device &device)
{
    const QByteArray signature = QByteArray::fromBase64(request.headers.value("ta-signature"));
    const auto record = parseObject(request.body);
    if (!record)
        return problem(422, sync::problem::InvalidRecord, QStringLiteral("The record is not a JSON object"));
    // The key registered for the sending device, never one the request carries.
    const QStringList problems = checkSignedBytes(request.body, signature, device.publicKey);
    if (!problems.isEmpty()) {
        HttpResponse r = problem(422, sync::problem::InvalidRecord, QStringLiteral("The record does not verify"),
                                 problems.join(QLatin1Char(' ')));
        return r;
    }
    if (record->value(QStringLiteral("id")).toString() != id ||
        record->value(QStringLiteral("revision")).toInt() != revision)
        return problem(422, sync::problem::InvalidRecord,
                       QStringLiteral("The record's id or revision is not the URL's"));
    if (record->value(QStringLiteral("training")).toBool())
        return problem(422, sync::problem::TrainingRecord, QStringLiteral("Training records are never received"));
    RecordUpload u;
    u.id = id;
    u.revision = revision;
    u.fingerprint = QString::fromLatin1(QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());
    u.deviceId = device.id;
    u.customerCode = record->value(QStringLiteral("customer")).toObject().value(QStringLiteral("code")).toString();
    u.number = record->value(QStringLiteral("number")).toString();
    u.replaces = record->value(QStringLiteral("replaces")).toString();
    u.canonical = request.body;
    u.signature = signature;
    QJsonArray missing;
    for (const QJsonValue &e : record->value(QStringLiteral("evidence")).toArray()) {
        const QString sha = e.toObject().value(QStringLiteral("sha256")).toString();
        u.evidence << sha;
        if (!m_blobs.has(sha))
            missing.append(sha);
    }
    if (!missing.isEmpty()) {
        HttpResponse r = problem(409, sync::problem::MissingEvidence, QStringLiteral("Evidence files are missing"));
        QJsonObject body = QJsonDocument::fromJson(r.body).object();
        body.insert(QStringLiteral("missing"), missing);
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return r;
    }
    auto outcome = m_store.putRecord(u);
    if (!outcome)
        return problem(503, sync::problem::Unavailable, QStringLiteral("The record could not be stored"),
                       outcome.error());
    switch (outcome->kind) {
    case PutOutcome::Kind::Conflict:
        return problem(409, sync::problem::RevisionConflict,
                       QStringLiteral("This revision was received before with other content"),
                       QStringLiteral("stored fingerprint %1").arg(outcome->detail));
    case PutOutcome::Kind::MissingBase:
        return problem(409, sync::problem::StaleBase, QStringLiteral("The record it replaces is not on the server"),
                       outcome->detail);
    case PutOutcome::Kind::StaleBase:
        return problem(409, sync::problem::StaleBase, QStringLiteral("The record it replaces was already replaced"),
                       outcome->detail);
    case PutOutcome::Kind::Stored:
    case PutOutcome::Kind::Replayed:
        break;
    }
    sync::SignedReceipt receipt;
    receipt.receipt = {m_identity.id(), id, revision, u.fingerprint, device.id, outcome->receivedAt};
    receipt.signature = m_identity.receiptKey().sign(receipt.receipt.canonical());
    return json(outcome->kind == PutOutcome::Kind::Stored ? 201 : 200, receipt.toJson());
}

HttpResponse Api::feed(const QString &cursor, const Device &device)
{
    const auto read = readCursor(cursor);
    if (const auto *refused = std::get_if<HttpResponse>(&read))
        return *refused;
    const qint64 after = std::get<qint64>(read);
    constexpr int page = 500;
    auto items = m_store.feed(device.id, after, page + 1);
    if (!items)
        return problem(503, sync::problem::Unavailable, QStringLiteral("The feed could not be read"));
    const bool more = int(items->size()) > page;
    if (more)
        items->pop_back();
    QJsonArray list;
    qint64 last = after;
    for (const FeedItem &i : items.value()) {
        list.append(QJsonObject{{QStringLiteral("seq"), double(i.sequence)},
                                {QStringLiteral("kind"), i.kind},
                                {QStringLiteral("body"), i.body},
                                {QStringLiteral("at"), i.createdAt}});
        last = i.sequence;
    }
    return json(200, QJsonObject{{QStringLiteral("items"), list},
                                 {QStringLiteral("cursor"), cursorFor(m_store.epoch(), last)},
                                 {QStringLiteral("more"), more}});
}

std::variant<qint64, HttpResponse> Api::readCursor(const QString &cursor)
{
    if (cursor.isEmpty())
        return qint64(0);
    const QString text = QString::fromLatin1(
        QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const qint64 after = colon > 0 ? text.mid(colon + 1).toLongLong(&ok) : 0;
    // Another database (restored, replaced) or a damaged cursor: the device starts again from the start.
    if (colon <= 0 || !ok || text.left(colon) != m_store.epoch())
        return problem(410, sync::problem::CursorGone, QStringLiteral("The cursor is not this server's"));
    return after;
}

HttpResponse Api::reviewQueue(const QString &cursor)
{
    const auto read = readCursor(cursor);
    if (const auto *refused = std::get_if<HttpResponse>(&read))
        return *refused;
    const qint64 after = std::get<qint64>(read);
    constexpr int page = 100;
    auto rows = m_store.reviewQueue(after, page + 1);
    if (!rows)
        return problem(503, sync::problem::Unavailable, QStringLiteral("The review queue could not be read"));
    const bool more = int(rows->size()) > page;
    if (more)
        rows->pop_back();
    QJsonArray list;
    qint64 last = after;
    for (const QueuedRecord &q : rows.value()) {
        const StoredRecord &r = q.record;
        QJsonObject o{{QStringLiteral("record"), r.id},
                      {QStringLiteral("revision"), r.revision},
                      {QStringLiteral("fingerprint"), r.fingerprint},
                      {QStringLiteral("device"), r.deviceId},
                      {QStringLiteral("inspector"), q.inspector},
                      {QStringLiteral("receivedAt"), r.receivedAt},
                      {QStringLiteral("status"), r.status},
                      {QStringLiteral("assigned"), r.assigned},
                      {QStringLiteral("canonical"), QString::fromUtf8(q.canonical)},
                      {QStringLiteral("signature"), QString::fromLatin1(q.signature.toBase64())}};
        if (!r.replacedBy.isEmpty())
            o.insert(QStringLiteral("replacedBy"), r.replacedBy);
        if (!q.decision.isEmpty())
            o.insert(QStringLiteral("review"), QJsonObject{{QStringLiteral("decision"), q.decision},
                                                           {QStringLiteral("comment"), q.comment},
                                                           {QStringLiteral("by"), q.decidedBy},
                                                           {QStringLiteral("at"), q.decidedAt}});
        list.append(o);
        last = r.seq;
    }
    return json(200, QJsonObject{{QStringLiteral("records"), list},
                                 {QStringLiteral("cursor"), cursorFor(m_store.epoch(), last)},
                                 {QStringLiteral("more"), more}});
}

HttpResponse Api::decide(const QString &id, int revision, const HttpRequest &request, const Device &leader)
{
    const auto body = parseObject(request.body);
    if (!body)
        return problem(400, sync::problem::BadRequest, QStringLiteral("The body is not a JSON object"));
    auto decision = sync::Decision::fromJson(*body);
    if (!decision)
        return problem(422, sync::problem::InvalidDecision, QStringLiteral("The decision is incomplete"),
                       decision.error());
    // Signed by the registered key of the leader's device, over exactly these bytes, about this revision.
    const QByteArray signature = QByteArray::fromBase64(request.headers.value("ta-signature"));
    if (decision->canonical() != request.body || decision->device != leader.id ||
        !DeviceKey::verify(request.body, signature, leader.publicKey))
        return problem(422, sync::problem::InvalidDecision,
                       QStringLiteral("The decision is not canonical or not signed by this device's registered key"));
    if (decision->recordId != id || decision->revision != revision)
        return problem(422, sync::problem::InvalidDecision,
                       QStringLiteral("The decision's record or revision is not the URL's"));
    DecisionUpload u;
    u.recordId = id;
    u.revision = revision;
    u.fingerprint = decision->fingerprint;
    u.decision = sync::Decision::kindCode(decision->kind);
    u.comment = decision->comment;
    u.deviceId = leader.id;
    u.actor = leader.personName();
    u.body = request.body;
    u.signature = signature;
    QString replacedBy;
    auto outcome = m_store.decide(u, &replacedBy);
    if (!outcome)
        return problem(503, sync::problem::Unavailable, QStringLiteral("The decision could not be stored"),
                       outcome.error());
    switch (outcome.value()) {
    case DecideOutcome::Decided:
        return json(201, QJsonObject{{QStringLiteral("record"), id}, {QStringLiteral("revision"), revision}});
    case DecideOutcome::Replayed:
        return json(200, QJsonObject{{QStringLiteral("record"), id}, {QStringLiteral("revision"), revision}});
    case DecideOutcome::Missing:
        return problem(404, sync::problem::NotFound, QStringLiteral("No such record revision"),
                       QStringLiteral("%1/%2").arg(id).arg(revision));
    case DecideOutcome::Stale: {
        HttpResponse r = problem(412, sync::problem::StaleRevision,
                                 QStringLiteral("This revision was replaced by a correction"), replacedBy);
        QJsonObject o = QJsonDocument::fromJson(r.body).object();
        o.insert(QStringLiteral("replacedBy"), replacedBy);
        r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        return r;
    }
    case DecideOutcome::WrongFingerprint:
        return problem(412, sync::problem::StaleRevision,
                       QStringLiteral("The decision is about other bytes than the stored revision"));
    case DecideOutcome::AlreadyDecided:
        break;
    }
    return problem(409, sync::problem::AlreadyDecided, QStringLiteral("This revision was already decided otherwise"));
}

HttpResponse Api::assign(const HttpRequest &request, const Device &leader)
{
    const auto body = parseObject(request.body);
    if (!body)
        return problem(400, sync::problem::BadRequest, QStringLiteral("The body is not a JSON object"));
    const QString deviceId = body->value(QStringLiteral("device")).toString();
    const QJsonArray list = body->value(QStringLiteral("customers")).toArray();
    const QString reason = body->value(QStringLiteral("reason")).toString().trimmed();
    const QString campaign = body->value(QStringLiteral("campaign")).toString().left(120);
    const QString due = body->value(QStringLiteral("due")).toString();
    if (list.isEmpty() || list.size() > m_limits.assignmentCustomers)
        return problem(400, sync::problem::BadRequest,
                       QStringLiteral("From 1 to %1 customers are expected").arg(m_limits.assignmentCustomers));
    if (reason.isEmpty() || reason.size() > 500)
        return problem(400, sync::problem::BadRequest,
                       QStringLiteral("A reason of at most 500 characters is expected"));
    if (!due.isEmpty() && !QDate::fromString(due, Qt::ISODate).isValid())
        return problem(400, sync::problem::BadRequest, QStringLiteral("The due date is not YYYY-MM-DD"), due);
    QStringList customers;
    customers.reserve(list.size());
    for (const QJsonValue &v : list) {
        const QString code = v.toString();
        if (code.isEmpty() || code.size() > 32)
            return problem(400, sync::problem::BadRequest, QStringLiteral("A customer code is empty or too long"),
                           code.left(40));
        customers << code;
    }
    const auto target = m_store.device(deviceId);
    if (!target || target->status != QLatin1StringView("approved"))
        return problem(404, sync::problem::NotFound, QStringLiteral("No approved device with this id"), deviceId);
    const QString actor = leader.personName();
    if (Status s = m_store.assign(deviceId, customers, reason, actor, campaign, due); !s)
        return problem(503, sync::problem::Unavailable, QStringLiteral("The assignment could not be stored"),
                       s.error());
    return json(200,
                QJsonObject{{QStringLiteral("device"), deviceId}, {QStringLiteral("assigned"), int(customers.size())}});
}

HttpResponse Api::assignmentChanges(const QString &cursor)
{
    const auto read = readCursor(cursor);
    if (const auto *refused = std::get_if<HttpResponse>(&read))
        return *refused;
    const qint64 after = std::get<qint64>(read);
    // Every row of one assignment call shares its sequence number (at most 100,000 rows): a page ends at
    // the last whole call it holds, or holds one call whole.
    constexpr int page = 5000;
    auto rows = m_store.assignmentChanges(after, page + 1);
    if (!rows)
        return problem(503, sync::problem::Unavailable, QStringLiteral("The assignments could not be read"));
    bool more = int(rows->size()) > page;
    if (more) {
        const qint64 cut = rows->back().seq;
        while (!rows->empty() && rows->back().seq == cut)
            rows->pop_back();
        if (rows->empty()) {
            auto whole = m_store.assignmentChanges(cut - 1, m_limits.assignmentCustomers);
            if (!whole)
                return problem(503, sync::problem::Unavailable, QStringLiteral("The assignments could not be read"));
            rows = std::move(whole);
            while (!rows->empty() && rows->back().seq != cut)
                rows->pop_back();
        }
    }
    QJsonArray list;
    qint64 last = after;
    for (const Store::AssignmentChange &a : rows.value()) {
        list.append(QJsonObject{{QStringLiteral("customer"), a.customerCode},
                                {QStringLiteral("device"), a.deviceId},
                                {QStringLiteral("inspector"), a.inspector},
                                {QStringLiteral("campaign"), a.campaign},
                                {QStringLiteral("due"), a.due},
                                {QStringLiteral("at"), a.at}});
        last = a.seq;
    }
    return json(200, QJsonObject{{QStringLiteral("assignments"), list},
                                 {QStringLiteral("cursor"), cursorFor(m_store.epoch(), last)},
                                 {QStringLiteral("more"), more}});
}

HttpResponse Api::getBlob(const QString &sha256)
{
    if (!BlobStore::isDigest(sha256))
        return problem(400, sync::problem::BadRequest, QStringLiteral("Not a SHA-256"), sha256);
    auto bytes = m_blobs.read(sha256);
    if (!bytes)
        return problem(404, sync::problem::NotFound, QStringLiteral("No such file"), sha256);
    HttpResponse r;
    r.status = 200;
    r.contentType = "application/octet-stream";
    r.body = std::move(bytes).value();
    r.headers.push_back({QByteArray(sync::ServerHeader), m_identity.id().toLatin1()});
    return r;
}

HttpResponse Api::keys()
{
    return json(200, registeredKeys(m_store));
}

QJsonObject registeredKeys(Store &store)
{
    QJsonArray list;
    for (const Device &d : store.devices()) {
        if (d.status == QLatin1StringView("pending"))
            continue;
        list.append(
            QJsonObject{{QStringLiteral("device"), d.id},
                        {QStringLiteral("name"), QStringLiteral("%1 · %2 %3").arg(d.profileName, d.card, d.name)},
                        {QStringLiteral("publicKey"), QString::fromLatin1(d.publicKey.toBase64())},
                        {QStringLiteral("revoked"), d.status == QLatin1StringView("revoked")},
                        {QStringLiteral("role"), d.role},
                        {QStringLiteral("inspector"), d.personName()}});
    }
    return QJsonObject{{QStringLiteral("keys"), list}};
}

} // namespace ta::server
