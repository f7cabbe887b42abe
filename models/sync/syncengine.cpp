#include "models/sync/syncengine.h"

#include "models/core/logging.h"
#include "models/inspection/evidencestore.h"
#include "models/inspection/inspectionstore.h"
#include "models/review/campaigns.h"
#include "models/review/reviewqueue.h"
#include "models/storage/database.h"
#include "models/storage/profiledata.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrlQuery>

#include <algorithm>

namespace ta::sync {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// A write to the outbox that the run goes on without: its failure is logged, and the record is simply
/// tried again next time.
void keep(const Status &status)
{
    if (!status)
        qCWarning(lcSync) << "Outbox:" << status.error();
}

bool isProblem(const QString &type, const char *expected)
{
    return type == QLatin1StringView(expected);
}

} // namespace

QString outcomeText(SyncOutcome outcome)
{
    switch (outcome) {
    case SyncOutcome::Done:
        return QCoreApplication::translate("ta::sync", "Synchronised.");
    case SyncOutcome::NotEnrolled:
        return QCoreApplication::translate("ta::sync", "This tablet is not enrolled with a branch server.");
    case SyncOutcome::Pending:
        return QCoreApplication::translate("ta::sync", "The branch server has not approved this tablet yet.");
    case SyncOutcome::Revoked:
        return QCoreApplication::translate(
            "ta::sync", "The branch server revoked this tablet: records are no longer sent. Ask a branch leader.");
    case SyncOutcome::NoServer:
        return QCoreApplication::translate("ta::sync", "The branch server cannot be reached.");
    case SyncOutcome::CertificateMismatch:
        return QCoreApplication::translate(
            "ta::sync", "The server's certificate is not the one this tablet was enrolled with: nothing was sent.");
    case SyncOutcome::Refused:
        return QCoreApplication::translate("ta::sync", "The branch server refused the request.");
    case SyncOutcome::Cancelled:
        return QCoreApplication::translate("ta::sync", "Cancelled.");
    case SyncOutcome::Failed:
        return QCoreApplication::translate("ta::sync", "The tablet could not read or write its own data.");
    }
    return {};
}

QString outcomeCode(SyncOutcome outcome)
{
    switch (outcome) {
    case SyncOutcome::Done:
        return QStringLiteral("done");
    case SyncOutcome::NotEnrolled:
        return QStringLiteral("not-enrolled");
    case SyncOutcome::Pending:
        return QStringLiteral("pending");
    case SyncOutcome::Revoked:
        return QStringLiteral("revoked");
    case SyncOutcome::NoServer:
        return QStringLiteral("no-server");
    case SyncOutcome::CertificateMismatch:
        return QStringLiteral("certificate-mismatch");
    case SyncOutcome::Refused:
        return QStringLiteral("refused");
    case SyncOutcome::Cancelled:
        return QStringLiteral("cancelled");
    case SyncOutcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

SyncEngine::SyncEngine(QString databasePath, DeviceKey key, QString evidenceFolder, DeviceIdentity identity,
                       SyncOptions options, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_key(std::move(key)),
      m_evidenceFolder(std::move(evidenceFolder)), m_identity(std::move(identity)), m_options(options)
{
}

SyncEngine::~SyncEngine() = default;

Status SyncEngine::open()
{
    if (m_db)
        return Status::success();
    // Opened as real data: a training file is refused here, so training never reaches a server.
    auto db = ProfileData::open(m_databasePath, WorkspaceKind::Real);
    if (!db)
        return db.status();
    m_db = std::move(db).value();
    m_outbox = std::make_unique<Outbox>(m_db->connection());
    m_network = std::make_unique<QNetworkAccessManager>();
    return Status::success();
}

Outbox *SyncEngine::outbox()
{
    return open() ? m_outbox.get() : nullptr;
}

std::optional<Enrollment> SyncEngine::enrollment()
{
    if (!open())
        return std::nullopt;
    return m_outbox->enrollment();
}

void SyncEngine::cancel()
{
    m_cancel = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            // Still wanted: a run started since (which clears the flag) is not stopped by an old request.
            if (m_current && m_cancel)
                m_current->abort();
        },
        Qt::QueuedConnection);
}

SyncReport SyncEngine::stop(SyncOutcome outcome, const QString &message)
{
    SyncReport r;
    r.outcome = outcome;
    r.message = message.isEmpty() ? outcomeText(outcome) : message;
    if (m_outbox)
        r.counts = m_outbox->counts();
    return r;
}

SyncEngine::Reply SyncEngine::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                      QIODevice *upload, const QByteArray &contentType,
                                      const QList<QPair<QByteArray, QByteArray>> &headers,
                                      const std::function<void(qint64, qint64)> &onProgress)
{
    Reply out;
    if (m_cancel) {
        out.transportError = tr("cancelled");
        return out;
    }
    QString base = m_enrollment->server.toString(QUrl::StripTrailingSlash);
    QNetworkRequest req(QUrl(base + path));
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(m_options.requestTimeoutMs);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // Only the branch's own CA is trusted once it is known; before that (the first contact of an
    // enrollment) nothing is, and the chain is looked at for the pinned CA.
    tls.setCaCertificates(m_enrollment->caCertificate.isEmpty()
                              ? QList<QSslCertificate>()
                              : QSslCertificate::fromData(m_enrollment->caCertificate, QSsl::Pem));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    req.setSslConfiguration(tls);
    if (!body.isEmpty() || upload)
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);

    QNetworkReply *reply =
        upload ? m_network->sendCustomRequest(req, method, upload) : m_network->sendCustomRequest(req, method, body);
    m_current = reply;
    QByteArray caSeen;
    const QString pin = m_enrollment->caPin;
    const auto hasPinned = [&pin](const QList<QSslCertificate> &chain, QByteArray *pem) {
        for (const QSslCertificate &c : chain) {
            if (certificatePin(c.toDer()) == pin) {
                if (pem)
                    *pem = c.toPem();
                return true;
            }
        }
        return false;
    };
    connect(reply, &QNetworkReply::sslErrors, this, [&, reply](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            qCInfo(lcSync) << "TLS:" << e.errorString();
        const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
        if (m_enrollment->caCertificate.isEmpty() && hasPinned(chain, &caSeen)) {
            // The pinned CA is in the chain: the request is made again with it as the only one trusted.
        } else {
            out.certificateMismatch = true;
        }
        reply->abort();
    });
    connect(reply, &QNetworkReply::encrypted, this, [&, reply] {
        if (!hasPinned(reply->sslConfiguration().peerCertificateChain(), nullptr)) {
            out.certificateMismatch = true;
            reply->abort();
        }
    });
    if (onProgress)
        connect(reply, &QNetworkReply::uploadProgress, this,
                [&onProgress](qint64 sent, qint64 total) { onProgress(sent, total); });
    if (!reply->isFinished()) {
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    m_current = nullptr;

    if (!caSeen.isEmpty() && !out.certificateMismatch) {
        delete reply;
        m_enrollment->caCertificate = caSeen;
        // The refused connection is not reused: the next one is made trusting the pinned CA.
        m_network->clearConnectionCache();
        if (upload)
            upload->seek(0);
        return request(method, path, body, upload, contentType, headers, onProgress);
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        out.body = reply->readAll();
    out.taServer = reply->hasRawHeader(ServerHeader);
    if (out.status == 0)
        out.transportError = m_cancel ? tr("cancelled") : reply->errorString();
    if (reply->hasRawHeader("Retry-After"))
        out.retryAfter = reply->rawHeader("Retry-After").toInt();
    delete reply;
    const QJsonDocument doc = QJsonDocument::fromJson(out.body);
    out.json = doc.object();
    if (out.status >= 400 && out.json.contains(QStringLiteral("type"))) {
        const QString type = out.json.value(QStringLiteral("type")).toString();
        out.problemType = type.startsWith(QLatin1StringView(ProblemBase)) ? type.mid(qstrlen(ProblemBase)) : type;
        out.problemText = out.json.value(QStringLiteral("title")).toString();
        if (const QString detail = out.json.value(QStringLiteral("detail")).toString(); !detail.isEmpty())
            out.problemText += QStringLiteral(": ") + detail;
    }
    return out;
}

QString SyncEngine::describe(const Reply &r) const
{
    if (r.certificateMismatch)
        return outcomeText(SyncOutcome::CertificateMismatch);
    if (r.status == 0)
        return tr("No answer from %1 (%2).").arg(m_enrollment->server.host(), r.transportError);
    // The refusals a person acts on, in their language; the server's own words follow.
    const QString known = problemText(r.problemType);
    const QString detail = r.json.value(QStringLiteral("detail")).toString();
    if (!known.isEmpty())
        return detail.isEmpty() ? tr("%1 (%2)").arg(known).arg(r.status)
                                : tr("%1 (%2): %3").arg(known).arg(r.status).arg(detail);
    if (!r.problemText.isEmpty())
        return tr("The server answered %1: %2").arg(r.status).arg(r.problemText);
    return tr("The server answered %1.").arg(r.status);
}

QString SyncEngine::problemText(const QString &type)
{
    if (type == QLatin1StringView(problem::InvalidRecord))
        return tr("The server refused the record: it does not verify against this tablet's registered key");
    if (type == QLatin1StringView(problem::TrainingRecord))
        return tr("The server refused a training record");
    if (type == QLatin1StringView(problem::RevisionConflict))
        return tr("The server already holds this revision of the record with other content; a branch leader "
                  "decides");
    if (type == QLatin1StringView(problem::StaleBase))
        return tr("The record this correction replaces is not the server's latest");
    if (type == QLatin1StringView(problem::MissingEvidence))
        return tr("The server lacks some of the record's files");
    if (type == QLatin1StringView(problem::TooLarge))
        return tr("The server refused a file or record as too large");
    if (type == QLatin1StringView(problem::DigestMismatch))
        return tr("A file reached the server damaged");
    if (type == QLatin1StringView(problem::DeviceRevoked))
        return tr("The server revoked this tablet");
    if (type == QLatin1StringView(problem::TooMany))
        return tr("The server is busy");
    return {};
}

SyncReport SyncEngine::hello()
{
    const Reply r = request("GET", QStringLiteral("/v1/hello"));
    if (r.certificateMismatch)
        return stop(SyncOutcome::CertificateMismatch,
                    tr("The server at %1 showed a certificate that is not the one this tablet trusts (pin %2…). "
                       "Nothing was sent. Ask a branch leader before trying again.")
                        .arg(m_enrollment->server.toString(), m_enrollment->caPin.left(16)));
    if (r.status == 0)
        return stop(SyncOutcome::NoServer, describe(r));
    if (r.status != 200 || !r.taServer ||
        r.json.value(QStringLiteral("server")).toString() != QLatin1StringView("tariff-audit"))
        return stop(SyncOutcome::NoServer, tr("%1 answered, but not as a Tariff Audit server (a Wi-Fi sign-in page?).")
                                               .arg(m_enrollment->server.host()));
    const QString serverId = r.json.value(QStringLiteral("id")).toString();
    const QByteArray receiptKey =
        QByteArray::fromBase64(r.json.value(QStringLiteral("receiptKey")).toString().toLatin1());
    if (!m_enrollment->serverId.isEmpty() &&
        (serverId != m_enrollment->serverId || receiptKey != m_enrollment->receiptKey))
        return stop(SyncOutcome::CertificateMismatch,
                    tr("The server at %1 is not the one this tablet was enrolled with (server %2, expected %3). "
                       "Nothing was sent.")
                        .arg(m_enrollment->server.host(), serverId, m_enrollment->serverId));
    m_enrollment->serverId = serverId;
    m_enrollment->receiptKey = receiptKey;
    SyncReport ok;
    ok.message.clear();
    return ok;
}

SyncReport SyncEngine::enroll(const EnrollmentLink &link)
{
    m_cancel = false;
    if (Status s = open(); !s)
        return stop(SyncOutcome::Failed, s.error());
    m_token.clear();
    Enrollment e;
    e.server = link.server;
    e.caPin = link.pin;
    m_enrollment = e;
    if (SyncReport h = hello(); h.outcome != SyncOutcome::Done) {
        m_enrollment.reset();
        return h;
    }
    QJsonObject body{
        {QStringLiteral("code"), link.code},
        {QStringLiteral("publicKey"), QString::fromLatin1(m_key.publicKey().toBase64())},
        {QStringLiteral("proof"),
         QString::fromLatin1(m_key.sign(enrollmentProof(link.code.toUpper(), m_key.publicKey())).toBase64())},
        {QStringLiteral("name"), m_identity.deviceName},
        {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), m_identity.profileName},
                                                {QStringLiteral("card"), m_identity.card},
                                                {QStringLiteral("unit"), m_identity.unit},
                                                {QStringLiteral("role"), m_identity.role}}}};
    const Reply r = request("POST", QStringLiteral("/v1/enrollments"), compact(body));
    const auto refuse = [this](SyncOutcome outcome, const QString &message) {
        m_enrollment.reset();
        return stop(outcome, message);
    };
    if (r.status == 0)
        return refuse(SyncOutcome::NoServer, describe(r));
    if (isProblem(r.problemType, problem::CodeExpired))
        return refuse(SyncOutcome::Refused,
                      tr("The enrollment code has expired: ask the branch leader for a new one."));
    if (isProblem(r.problemType, problem::DeviceRevoked))
        return refuse(SyncOutcome::Revoked, tr("The branch revoked this tablet's key: it cannot be enrolled again "
                                               "with it. Ask the branch's IT staff."));
    if (isProblem(r.problemType, problem::CodeInvalid))
        return refuse(SyncOutcome::Refused,
                      tr("The enrollment code is unknown or was already used: check it, or ask for a new one."));
    if (r.status != 202)
        return refuse(SyncOutcome::Refused, describe(r));
    const QString comparison = r.json.value(QStringLiteral("comparison")).toString();
    if (comparison != comparisonCode(m_key.publicKey()))
        return refuse(SyncOutcome::Refused, tr("The server registered another key than this tablet's (comparison "
                                               "code %1, expected %2). Nothing is trusted; enroll again.")
                                                .arg(comparison, comparisonCode(m_key.publicKey())));
    m_enrollment->enrollmentId = r.json.value(QStringLiteral("enrollment")).toString();
    m_enrollment->comparison = comparison;
    m_enrollment->status = QStringLiteral("pending");
    if (Status s = m_outbox->saveEnrollment(*m_enrollment); !s)
        return refuse(SyncOutcome::Failed, s.error());
    keep(m_outbox->setValue(QStringLiteral("feedCursor"), QString()));
    SyncReport done = stop(SyncOutcome::Done, QString());
    done.message.clear();
    return done;
}

std::optional<SyncReport> SyncEngine::begin()
{
    m_cancel = false;
    if (Status s = open(); !s)
        return stop(SyncOutcome::Failed, s.error());
    m_enrollment = m_outbox->enrollment();
    if (!m_enrollment)
        return stop(SyncOutcome::NotEnrolled, QString());
    if (m_enrollment->status == QLatin1StringView("revoked"))
        return stop(SyncOutcome::Revoked, QString());
    return std::nullopt;
}

SyncReport SyncEngine::checkEnrollment()
{
    if (auto refused = begin())
        return *refused;
    const Reply r = request("GET", QStringLiteral("/v1/enrollments/") + m_enrollment->enrollmentId);
    if (r.certificateMismatch)
        return stop(SyncOutcome::CertificateMismatch, describe(r));
    if (r.status == 0)
        return stop(SyncOutcome::NoServer, describe(r));
    if (isProblem(r.problemType, problem::DeviceRevoked)) {
        m_enrollment->status = QStringLiteral("revoked");
        keep(m_outbox->saveEnrollment(*m_enrollment));
        return stop(SyncOutcome::Revoked, QString());
    }
    if (r.status == 202)
        return stop(SyncOutcome::Pending, tr("Waiting for a branch leader to approve this tablet (comparison code %1).")
                                              .arg(m_enrollment->comparison));
    if (r.status != 200)
        return stop(SyncOutcome::Refused, describe(r));
    const QByteArray receiptKey =
        QByteArray::fromBase64(r.json.value(QStringLiteral("receiptKey")).toString().toLatin1());
    if (receiptKey != m_enrollment->receiptKey ||
        r.json.value(QStringLiteral("server")).toString() != m_enrollment->serverId)
        return stop(SyncOutcome::CertificateMismatch,
                    tr("The server's receipt key changed since enrollment: nothing is trusted. Enroll again."));
    m_enrollment->status = QStringLiteral("approved");
    if (Status s = m_outbox->saveEnrollment(*m_enrollment); !s)
        return stop(SyncOutcome::Failed, s.error());
    SyncReport done = stop(SyncOutcome::Done, QString());
    done.message.clear();
    return done;
}

Status SyncEngine::unenroll()
{
    if (Status s = open(); !s)
        return s;
    m_token.clear();
    m_enrollment.reset();
    return m_outbox->clearEnrollment();
}

std::optional<SyncReport> SyncEngine::openSession()
{
    if (!m_token.isEmpty() && m_tokenExpires > QDateTime::currentDateTimeUtc().addSecs(60))
        return std::nullopt;
    m_token.clear();
    const auto refused = [this](const Reply &r) -> std::optional<SyncReport> {
        if (r.certificateMismatch)
            return stop(SyncOutcome::CertificateMismatch, describe(r));
        if (r.status == 0 || r.status >= 500)
            return stop(SyncOutcome::NoServer, describe(r));
        if (isProblem(r.problemType, problem::DeviceRevoked)) {
            m_enrollment->status = QStringLiteral("revoked");
            keep(m_outbox->saveEnrollment(*m_enrollment));
            return stop(SyncOutcome::Revoked, QString());
        }
        if (isProblem(r.problemType, problem::DevicePending))
            return stop(SyncOutcome::Pending, QString());
        if (r.status == 429)
            return stop(SyncOutcome::NoServer, tr("The server is busy; it will be tried again shortly."));
        return stop(SyncOutcome::Refused, describe(r));
    };
    const Reply c = request("POST", QStringLiteral("/v1/session/challenge"),
                            compact({{QStringLiteral("device"), m_enrollment->enrollmentId}}));
    if (c.status != 200)
        return refused(c);
    const QString nonce = c.json.value(QStringLiteral("nonce")).toString();
    const Reply s = request(
        "POST", QStringLiteral("/v1/session"),
        compact({{QStringLiteral("device"), m_enrollment->enrollmentId},
                 {QStringLiteral("nonce"), nonce},
                 {QStringLiteral("signature"), QString::fromLatin1(m_key.sign(sessionProof(nonce)).toBase64())}}));
    if (s.status != 200)
        return refused(s);
    m_token = s.json.value(QStringLiteral("token")).toString();
    // What the server granted this device: a leader's device reads the review queue.
    keep(m_outbox->setValue(QStringLiteral("role"), s.json.value(QStringLiteral("role")).toString()));
    m_tokenExpires = QDateTime::fromString(s.json.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
    if (!m_tokenExpires.isValid())
        m_tokenExpires = QDateTime::currentDateTimeUtc().addSecs(15 * 60);
    return std::nullopt;
}

SyncEngine::Reply SyncEngine::authorised(const QByteArray &method, const QString &path, const QByteArray &body,
                                         const QString &recordFile, const QList<QPair<QByteArray, QByteArray>> &headers,
                                         const std::function<void(qint64, qint64)> &onProgress)
{
    Reply r;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (auto refused = openSession()) {
            r.status = refused->outcome == SyncOutcome::NoServer ? 0 : 401;
            r.transportError = refused->message;
            r.certificateMismatch = refused->outcome == SyncOutcome::CertificateMismatch;
            if (refused->outcome == SyncOutcome::Revoked)
                r.problemType = QLatin1StringView(problem::DeviceRevoked);
            r.problemText = refused->message;
            return r;
        }
        auto all = headers;
        all.append({"Authorization", "Bearer " + m_token.toLatin1()});
        if (recordFile.isEmpty()) {
            r = request(method, path, body, nullptr, "application/json", all, onProgress);
        } else {
            QFile file(recordFile);
            if (!file.open(QIODevice::ReadOnly)) {
                r.status = -1;
                r.transportError = file.errorString();
                return r;
            }
            r = request(method, path, {}, &file, "application/octet-stream", all, onProgress);
        }
        // An expired or forgotten session: one new session, then the request once more.
        if (r.status != 401)
            return r;
        m_token.clear();
    }
    return r;
}

QDateTime SyncEngine::backoff(int attempts) const
{
    const qint64 window = std::min<qint64>(qint64(m_options.backoffCapSeconds), qint64(m_options.backoffBaseSeconds)
                                                                                    << std::min(attempts, 20));
    const qint64 ms = QRandomGenerator::global()->bounded(std::max<qint64>(1, window * 1000));
    return QDateTime::currentDateTimeUtc().addMSecs(ms);
}

SyncEngine::Sent SyncEngine::sendRecord(const OutboxEntry &entry, SyncReport &report)
{
    const auto quarantine = [&](const QString &reason) {
        keep(m_outbox->quarantine(entry.recordId, reason));
        ++report.quarantined;
        Q_EMIT recordChanged(entry.recordId);
        return Sent::Quarantined;
    };
    const auto retry = [&](const QString &reason, int afterSeconds = -1) {
        const QDateTime next =
            afterSeconds >= 0 ? QDateTime::currentDateTimeUtc().addSecs(afterSeconds) : backoff(entry.attempts);
        keep(m_outbox->markRetry(entry.recordId, reason, next));
        Q_EMIT recordChanged(entry.recordId);
        return Sent::Retry;
    };
    // What a refusal means for the record and for the rest of the run.
    const auto classify = [&](const Reply &r) {
        if (r.certificateMismatch) {
            retry(describe(r));
            report.outcome = SyncOutcome::CertificateMismatch;
            report.message = describe(r);
            return Sent::StopRun;
        }
        if (isProblem(r.problemType, problem::DeviceRevoked)) {
            retry(outcomeText(SyncOutcome::Revoked));
            report.outcome = SyncOutcome::Revoked;
            return Sent::StopRun;
        }
        if (r.status == 0 || r.status >= 500 || r.status == 429 || r.status == 408 || r.status == 401) {
            retry(describe(r), r.status == 429 ? std::max(1, r.retryAfter) : -1);
            report.outcome = SyncOutcome::NoServer;
            report.message = describe(r);
            return Sent::StopRun;
        }
        return quarantine(describe(r));
    };

    auto record = InspectionStore(*m_db).record(entry.recordId);
    if (!record)
        return quarantine(record.error());
    const EvidenceStore evidence(m_evidenceFolder);
    QStringList hashes;
    QHash<QString, QString> files;
    qint64 total = record->canonical.size();
    for (const QJsonValue &v : record->record.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString sha = e.value(QStringLiteral("sha256")).toString();
        const QString name = e.value(QStringLiteral("file")).toString();
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
            return quarantine(tr("The record lists an evidence file without a usable name (\"%1\").").arg(name));
        const QString path = evidence.pathOf(name);
        if (!QFileInfo::exists(path))
            return quarantine(
                tr("The evidence file %1 is missing on this tablet.").arg(e.value(QStringLiteral("file")).toString()));
        hashes << sha;
        files.insert(sha, path);
        total += QFileInfo(path).size();
    }
    qint64 done = 0;
    Q_EMIT progress(entry.recordId, 0, total);

    // Files first, only those the server lacks, each checked by its hash there.
    QStringList missing = hashes;
    if (!hashes.isEmpty()) {
        const Reply m = authorised("POST", QStringLiteral("/v1/blobs:missing"),
                                   compact({{QStringLiteral("sha256"), QJsonArray::fromStringList(hashes)}}));
        if (m.status != 200)
            return classify(m);
        missing.clear();
        for (const QJsonValue &v : m.json.value(QStringLiteral("missing")).toArray())
            missing << v.toString();
    }
    for (const QString &sha : hashes) {
        const qint64 size = QFileInfo(files.value(sha)).size();
        if (missing.contains(sha)) {
            const Reply b =
                authorised("PUT", QStringLiteral("/v1/blobs/") + sha, {}, files.value(sha), {},
                           [&](qint64 sent, qint64) { Q_EMIT progress(entry.recordId, done + sent, total); });
            if (b.status == -1)
                return quarantine(
                    tr("The evidence file %1 cannot be read: %2").arg(files.value(sha), b.transportError));
            if (b.status != 200 && b.status != 201)
                return classify(b);
        }
        done += size;
        Q_EMIT progress(entry.recordId, done, total);
    }

    const QString path = QStringLiteral("/v1/records/%1/revisions/%2").arg(entry.recordId).arg(entry.revision);
    const Reply r = authorised("PUT", path, record->canonical, {}, {{SignatureHeader, record->signature.toBase64()}});
    if (r.status == 200 || r.status == 201) {
        auto receipt = SignedReceipt::fromJson(r.json);
        const bool valid = receipt && receipt->verify(m_enrollment->receiptKey) &&
                           receipt->receipt.server == m_enrollment->serverId &&
                           receipt->receipt.recordId == entry.recordId && receipt->receipt.revision == entry.revision &&
                           receipt->receipt.fingerprint == record->fingerprint &&
                           receipt->receipt.device == m_enrollment->enrollmentId;
        if (!valid)
            // Only a receipt signed by the pinned key over these very bytes says the record arrived.
            return retry(tr("The server answered without a receipt that verifies; the record will be sent again."));
        QDateTime at = QDateTime::fromString(receipt->receipt.receivedAt, Qt::ISODateWithMs);
        if (Status s = m_outbox->markReceived(entry.recordId, r.json, at); !s)
            return retry(s.error());
        ++report.received;
        Q_EMIT progress(entry.recordId, total, total);
        Q_EMIT recordChanged(entry.recordId);
        return Sent::Received;
    }
    if (isProblem(r.problemType, problem::MissingEvidence) || isProblem(r.problemType, problem::StaleBase))
        // Fixable: the files are sent again next time; the record it replaces goes first.
        return retry(describe(r));
    return classify(r);
}

std::optional<SyncReport> SyncEngine::readPages(const QString &path, const QString &cursorKey, int maxPages,
                                                const PageStep &take, const PageStep &refused)
{
    bool restarted = false;
    for (int page = 0; page < maxPages; ++page) {
        if (m_cancel)
            return std::nullopt;
        const QString cursor = m_outbox->value(cursorKey);
        QString url = path;
        if (!cursor.isEmpty())
            url += QStringLiteral("?cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const Reply r = authorised("GET", url);
        if (r.status == 410 && !restarted) {
            // Not this database's cursor (restored, replaced): read again from the start; what the pages
            // hold is applied again as it is.
            restarted = true;
            keep(m_outbox->setValue(cursorKey, QString()));
            continue;
        }
        if (r.status != 200) {
            if (refused) {
                if (auto ended = refused(r))
                    return ended;
            }
            return stop(r.certificateMismatch ? SyncOutcome::CertificateMismatch : SyncOutcome::NoServer, describe(r));
        }
        if (auto stopped = take(r))
            return stopped;
        keep(m_outbox->setValue(cursorKey, r.json.value(QStringLiteral("cursor")).toString()));
        if (!r.json.value(QStringLiteral("more")).toBool())
            break;
    }
    return std::nullopt;
}

std::optional<SyncReport> SyncEngine::readFeed(SyncReport &report)
{
    const auto revoked = [this](const Reply &r) -> std::optional<SyncReport> {
        if (!isProblem(r.problemType, problem::DeviceRevoked))
            return std::nullopt;
        m_enrollment->status = QStringLiteral("revoked");
        keep(m_outbox->saveEnrollment(*m_enrollment));
        return stop(SyncOutcome::Revoked, QString());
    };
    return readPages(
        QStringLiteral("/v1/feed"), QStringLiteral("feedCursor"), 1000,
        [this, &report](const Reply &r) -> std::optional<SyncReport> {
            for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray()) {
                const QJsonObject item = v.toObject();
                const QString kind = item.value(QStringLiteral("kind")).toString();
                const QJsonObject body = item.value(QStringLiteral("body")).toObject();
                if (kind == QLatin1StringView("review")) {
                    const QString decision =
                        body.value(QStringLiteral("decision")).toString() == QLatin1StringView("approve")
                            ? QStringLiteral("approved")
                            : QStringLiteral("returned");
                    const QString id = body.value(QStringLiteral("record")).toString();
                    const QDateTime at =
                        QDateTime::fromString(body.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
                    if (m_outbox->applyReview(id, decision, body.value(QStringLiteral("comment")).toString(), at)) {
                        ++report.reviews;
                        Q_EMIT recordChanged(id);
                    }
                } else if (kind == QLatin1StringView("assignment") || kind == QLatin1StringView("unassignment")) {
                    QStringList customers;
                    for (const QJsonValue &c : body.value(QStringLiteral("customers")).toArray())
                        customers << c.toString();
                    if (body.contains(QStringLiteral("customer"))) // an item of a server before campaigns
                        customers << body.value(QStringLiteral("customer")).toString();
                    customers.removeAll(QString());
                    const QDateTime at =
                        QDateTime::fromString(body.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
                    if (kind == QLatin1StringView("unassignment")) {
                        keep(m_outbox->removeAssignments(customers));
                    } else if (m_outbox->applyAssignment(customers, body.value(QStringLiteral("reason")).toString(),
                                                         body.value(QStringLiteral("by")).toString(), at,
                                                         body.value(QStringLiteral("campaign")).toString(),
                                                         body.value(QStringLiteral("due")).toString())) {
                        report.assignments += int(customers.size());
                    }
                } else if (kind == QLatin1StringView("revoked") &&
                           body.value(QStringLiteral("device")).toString() == m_enrollment->enrollmentId) {
                    m_enrollment->status = QStringLiteral("revoked");
                    keep(m_outbox->saveEnrollment(*m_enrollment));
                    return stop(SyncOutcome::Revoked, QString());
                }
            }
            return std::nullopt;
        },
        revoked);
}

void SyncEngine::readKeys()
{
    const Reply r = authorised("GET", QStringLiteral("/v1/keys"));
    if (r.status != 200)
        return;
    auto keys = TrustedKeys::fromJson(r.body, m_enrollment->server.host());
    if (keys)
        keep(m_outbox->replaceTrustedKeys(keys.value()));
}

std::optional<SyncReport> SyncEngine::leaderSteps(SyncReport &report)
{
    if (m_outbox->value(QStringLiteral("role")) != QLatin1StringView("leader"))
        return std::nullopt;
    review::ReviewQueue queue(m_db->connection());
    // The decisions taken on this device first, oldest first: each is signed, and sent as it is.
    for (const review::WaitingDecision &d : queue.waitingDecisions()) {
        if (m_cancel)
            return std::nullopt;
        const Reply r =
            authorised("POST", QStringLiteral("/v1/records/%1/revisions/%2/decision").arg(d.recordId).arg(d.revision),
                       d.body, {}, {{SignatureHeader, d.signature.toBase64()}});
        if (r.status == 200 || r.status == 201) {
            keep(queue.markDecisionSent(d.recordId, d.revision));
            ++report.decisionsSent;
            continue;
        }
        if (r.status == 0 || r.status >= 500 || r.status == 429 || r.status == 408 || r.status == 401 ||
            r.certificateMismatch) {
            keep(queue.markDecisionRetry(d.recordId, d.revision, describe(r)));
            return stop(r.certificateMismatch ? SyncOutcome::CertificateMismatch : SyncOutcome::NoServer, describe(r));
        }
        // Replaced meanwhile (412), decided by another leader (409), refused (4xx): taken back, with why.
        QString reason = describe(r);
        if (isProblem(r.problemType, problem::StaleRevision))
            reason = tr("The inspector sent a correction before this decision arrived; the newer revision is in "
                        "the queue.");
        else if (isProblem(r.problemType, problem::AlreadyDecided))
            reason = tr("Another leader decided on this revision first.");
        keep(queue.markDecisionRefused(d.recordId, d.revision, reason));
        ++report.decisionsRefused;
    }
    // Then the queue's changes since the last read. A device the server no longer takes as a leader's (its
    // role changed) goes back to an inspector's sync.
    const TrustedKeys keys = m_outbox->trustedKeys();
    const auto notLeader = [this](const Reply &r) -> std::optional<SyncReport> {
        if (!isProblem(r.problemType, problem::NotLeader))
            return std::nullopt;
        keep(m_outbox->setValue(QStringLiteral("role"), QStringLiteral("inspector")));
        return SyncReport{};
    };
    auto stopped = readPages(
        QStringLiteral("/v1/review/records"), QStringLiteral("reviewCursor"), 100000,
        [&](const Reply &r) -> std::optional<SyncReport> {
            const QJsonArray records = r.json.value(QStringLiteral("records")).toArray();
            if (Status s = queue.store(records, keys); !s)
                return stop(SyncOutcome::Failed, s.error());
            report.queueUpdates += int(records.size());
            return std::nullopt;
        },
        notLeader);
    if (m_outbox->value(QStringLiteral("role")) != QLatin1StringView("leader"))
        return std::nullopt;
    if (stopped)
        return stopped;
    // The branch's assignments since the last read, for the dashboards.
    review::Campaigns campaigns(m_db->connection());
    stopped = readPages(
        QStringLiteral("/v1/assignments"), QStringLiteral("assignmentCursor"), 100000,
        [&](const Reply &r) -> std::optional<SyncReport> {
            if (Status s = campaigns.storeAssignments(r.json.value(QStringLiteral("assignments")).toArray()); !s)
                return stop(SyncOutcome::Failed, s.error());
            return std::nullopt;
        },
        notLeader);
    if (m_outbox->value(QStringLiteral("role")) != QLatin1StringView("leader"))
        return std::nullopt;
    if (stopped)
        return stopped;
    // The photos and signatures of the records waiting for a decision, so the leader reviews offline too.
    for (review::ReviewStatus status : {review::ReviewStatus::Received, review::ReviewStatus::Resubmitted}) {
        review::ReviewFilter waiting;
        waiting.status = status;
        for (const review::ReviewItem &item : queue.items(waiting, 500)) {
            auto record = queue.record(item.recordId, item.revision);
            if (!record)
                continue;
            for (const QJsonValue &v : record->record.value(QStringLiteral("evidence")).toArray()) {
                if (m_cancel)
                    return std::nullopt;
                const QJsonObject e = v.toObject();
                auto fetched = downloadEvidence(e.value(QStringLiteral("sha256")).toString(),
                                                e.value(QStringLiteral("file")).toString());
                if (!fetched)
                    qCWarning(lcSync) << "evidence of" << item.recordId << ":" << fetched.error();
            }
        }
    }
    return std::nullopt;
}

SyncReport SyncEngine::assign(const QString &device, const QStringList &customers, const QString &reason,
                              const QString &campaign, const QDate &due)
{
    if (auto refused = begin())
        return *refused;
    QJsonObject body{{QStringLiteral("device"), device},
                     {QStringLiteral("customers"), QJsonArray::fromStringList(customers)},
                     {QStringLiteral("reason"), reason},
                     {QStringLiteral("campaign"), campaign}};
    if (due.isValid())
        body.insert(QStringLiteral("due"), due.toString(Qt::ISODate));
    const Reply r = authorised("POST", QStringLiteral("/v1/assignments"), compact(body));
    SyncReport report;
    if (r.status == 200) {
        report.assignments = r.json.value(QStringLiteral("assigned")).toInt();
        return report;
    }
    if (r.status == 0 || r.status >= 500 || r.certificateMismatch)
        return stop(r.certificateMismatch ? SyncOutcome::CertificateMismatch : SyncOutcome::NoServer, describe(r));
    return stop(SyncOutcome::Refused, describe(r));
}

Result<QString> SyncEngine::fetchEvidence(const QString &sha256, const QString &fileName)
{
    if (auto refused = begin())
        return Result<QString>::failure(refused->message.isEmpty() ? outcomeText(refused->outcome) : refused->message);
    return downloadEvidence(sha256, fileName);
}

Result<QString> SyncEngine::downloadEvidence(const QString &sha256, const QString &fileName)
{
    using R = Result<QString>;
    const EvidenceStore evidence(m_evidenceFolder);
    if (fileName.isEmpty() || fileName.contains(QLatin1Char('/')) || fileName.contains(QLatin1Char('\\')))
        return R::failure(tr("The record lists an evidence file without a usable name (\"%1\").").arg(fileName));
    const QString path = evidence.pathOf(fileName);
    if (QFileInfo::exists(path))
        return path;
    const Reply r = authorised("GET", QStringLiteral("/v1/blobs/") + sha256);
    if (r.status != 200)
        return R::failure(describe(r));
    if (QString::fromLatin1(QCryptographicHash::hash(r.body, QCryptographicHash::Sha256).toHex()) != sha256)
        return R::failure(tr("The server sent other bytes than the evidence file %1.").arg(fileName));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(r.body) != r.body.size() || !file.commit())
        return R::failure(
            tr("The evidence file %1 cannot be kept on this device: %2").arg(fileName, file.errorString()));
    return path;
}

void SyncEngine::finishRun(SyncReport &report)
{
    report.counts = m_outbox->counts();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    keep(m_outbox->setValue(QStringLiteral("lastAttemptAt"), now));
    if (report.outcome == SyncOutcome::Done) {
        keep(m_outbox->setValue(QStringLiteral("lastSyncAt"), now));
        keep(m_outbox->setValue(QStringLiteral("lastError"), QString()));
    } else {
        if (report.message.isEmpty())
            report.message = outcomeText(report.outcome);
        keep(m_outbox->setValue(QStringLiteral("lastError"), report.message));
    }
}

SyncReport SyncEngine::syncOnce(bool force)
{
    if (auto refused = begin())
        return *refused;
    if (m_enrollment->status != QLatin1StringView("approved")) {
        SyncReport checked = checkEnrollment();
        if (checked.outcome != SyncOutcome::Done) {
            finishRun(checked);
            return checked;
        }
    }
    SyncReport report = hello();
    if (report.outcome != SyncOutcome::Done) {
        finishRun(report);
        return report;
    }
    if (auto refused = openSession()) {
        finishRun(*refused);
        return *refused;
    }
    const QDateTime due = force ? QDateTime::currentDateTimeUtc().addYears(100) : QDateTime::currentDateTimeUtc();
    const std::vector<OutboxEntry> entries = m_outbox->due(due, m_options.recordsPerRun);
    for (const OutboxEntry &entry : entries) {
        if (m_cancel) {
            report.outcome = SyncOutcome::Cancelled;
            break;
        }
        ++report.sent;
        if (sendRecord(entry, report) == Sent::StopRun)
            break;
    }
    if (report.outcome == SyncOutcome::Done && !m_cancel) {
        if (auto stopped = readFeed(report)) {
            report.outcome = stopped->outcome;
            report.message = stopped->message;
        } else {
            readKeys();
            if (auto leaderStopped = leaderSteps(report)) {
                report.outcome = leaderStopped->outcome;
                report.message = leaderStopped->message;
            }
        }
    }
    if (m_cancel && report.outcome == SyncOutcome::Done)
        report.outcome = SyncOutcome::Cancelled;
    finishRun(report);
    return report;
}

} // namespace ta::sync
