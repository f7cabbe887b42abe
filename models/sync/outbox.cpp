#include "models/sync/outbox.h"

#include "models/core/logging.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimeZone>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

namespace ta::sync {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ta::sync::Outbox", text, disambiguation, n);
}

QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromStamp(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t;
}

Status failed(const QSqlQuery &q)
{
    qCWarning(lcStorage) << "Outbox:" << q.lastError().text();
    return Status::failure(
        QCoreApplication::translate("ta::sync", "The outbox could not be updated: %1").arg(q.lastError().text()));
}

constexpr auto kColumns =
    "SELECT o.record_id, i.number, i.customer_code, i.revision, i.replaces, o.state, o.queued_at, o.attempts,"
    " o.next_attempt_at, o.last_error, o.receipt, o.received_at, o.review_comment, o.reviewed_at"
    " FROM outbox o JOIN inspections i ON i.id = o.record_id";

OutboxEntry entryFrom(const QSqlQuery &q)
{
    OutboxEntry e;
    e.recordId = q.value(0).toString();
    e.number = q.value(1).toString();
    e.customerCode = q.value(2).toString();
    e.revision = q.value(3).toInt();
    e.replaces = q.value(4).toString();
    e.state = stateFromCode(q.value(5).toString()).value_or(OutboxState::Waiting);
    e.queuedAt = fromStamp(q.value(6));
    e.attempts = q.value(7).toInt();
    e.nextAttemptAt = fromStamp(q.value(8));
    e.lastError = q.value(9).toString();
    e.receipt = QJsonDocument::fromJson(q.value(10).toByteArray()).object();
    e.receivedAt = fromStamp(q.value(11));
    e.reviewComment = q.value(12).toString();
    e.reviewedAt = fromStamp(q.value(13));
    return e;
}

} // namespace

QString stateCode(OutboxState state)
{
    switch (state) {
    case OutboxState::Waiting:
        return QStringLiteral("waiting");
    case OutboxState::Received:
        return QStringLiteral("received");
    case OutboxState::Approved:
        return QStringLiteral("approved");
    case OutboxState::Returned:
        return QStringLiteral("returned");
    case OutboxState::Quarantined:
        return QStringLiteral("quarantined");
    }
    return {};
}

std::optional<OutboxState> stateFromCode(const QString &code)
{
    for (OutboxState s : {OutboxState::Waiting, OutboxState::Received, OutboxState::Approved, OutboxState::Returned,
                          OutboxState::Quarantined}) {
        if (stateCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString stateText(const OutboxEntry &e)
{
    const auto local = [](const QDateTime &t) {
        return t.toLocalTime().toString(QStringLiteral("HH:mm dd/MM/yyyy"));
    };
    switch (e.state) {
    case OutboxState::Waiting:
        if (e.attempts == 0)
            return QCoreApplication::translate("ta::sync", "Waiting to be sent");
        return QCoreApplication::translate("ta::sync", "Waiting: %n attempts so far; last: %1", nullptr, e.attempts)
            .arg(e.lastError);
    case OutboxState::Received:
        return QCoreApplication::translate("ta::sync", "Received by the server %1").arg(local(e.receivedAt));
    case OutboxState::Approved:
        return QCoreApplication::translate("ta::sync", "Approved by a leader %1").arg(local(e.reviewedAt));
    case OutboxState::Returned:
        return QCoreApplication::translate("ta::sync", "Returned by a leader %1: %2")
            .arg(local(e.reviewedAt), e.reviewComment);
    case OutboxState::Quarantined:
        return QCoreApplication::translate("ta::sync", "Quarantined: %1").arg(e.lastError);
    }
    return {};
}

Outbox::Outbox(QSqlDatabase db) : m_db(std::move(db)) {}

Status Outbox::enqueue(QSqlDatabase db, const QString &recordId, const QDateTime &now)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO outbox (record_id, state, queued_at) VALUES (?, 'waiting', ?)"
                             " ON CONFLICT (record_id) DO NOTHING"));
    q.addBindValue(recordId);
    q.addBindValue(stamp(now));
    return q.exec() ? Status::success() : failed(q);
}

std::vector<OutboxEntry> Outbox::entries(int limit, int offset) const
{
    std::vector<OutboxEntry> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1StringView(kColumns) + QStringLiteral(" ORDER BY o.queued_at DESC, o.record_id LIMIT ? OFFSET ?"));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        qCWarning(lcStorage) << "Outbox:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.push_back(entryFrom(q));
    return out;
}

std::optional<OutboxEntry> Outbox::entry(const QString &recordId) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1StringView(kColumns) + QStringLiteral(" WHERE o.record_id = ?"));
    q.addBindValue(recordId);
    if (q.exec() && q.next())
        return entryFrom(q);
    return std::nullopt;
}

std::vector<OutboxEntry> Outbox::due(const QDateTime &now, int limit) const
{
    std::vector<OutboxEntry> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // A correction's revision is higher than its base's: revision order sends the base first.
    q.prepare(QLatin1StringView(kColumns) +
              QStringLiteral(" WHERE o.state = 'waiting' AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?)"
                             " ORDER BY i.revision, o.queued_at, o.record_id LIMIT ?"));
    q.addBindValue(stamp(now));
    q.addBindValue(limit);
    if (!q.exec()) {
        qCWarning(lcStorage) << "Outbox:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.push_back(entryFrom(q));
    return out;
}

OutboxCounts Outbox::counts() const
{
    OutboxCounts c;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state")))
        return c;
    while (q.next()) {
        const int n = q.value(1).toInt();
        switch (stateFromCode(q.value(0).toString()).value_or(OutboxState::Waiting)) {
        case OutboxState::Waiting:
            c.waiting += n;
            break;
        case OutboxState::Received:
            c.received += n;
            break;
        case OutboxState::Approved:
            c.approved += n;
            break;
        case OutboxState::Returned:
            c.returned += n;
            break;
        case OutboxState::Quarantined:
            c.quarantined += n;
            break;
        }
    }
    return c;
}

Status Outbox::markReceived(const QString &recordId, const QJsonObject &receipt, const QDateTime &receivedAt)
{
    QSqlQuery q(m_db);
    // A review that arrived first (another tablet's sync, a feed read before the receipt) is kept.
    q.prepare(QStringLiteral("UPDATE outbox SET state = CASE WHEN state IN ('approved', 'returned') THEN state"
                             " ELSE 'received' END, receipt = ?, received_at = ?, last_error = NULL,"
                             " next_attempt_at = NULL WHERE record_id = ?"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(receipt).toJson(QJsonDocument::Compact)));
    q.addBindValue(stamp(receivedAt));
    q.addBindValue(recordId);
    return q.exec() ? Status::success() : failed(q);
}

Status Outbox::markRetry(const QString &recordId, const QString &error, const QDateTime &next)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
                             " WHERE record_id = ? AND state = 'waiting'"));
    q.addBindValue(error);
    q.addBindValue(stamp(next));
    q.addBindValue(recordId);
    return q.exec() ? Status::success() : failed(q);
}

Status Outbox::quarantine(const QString &recordId, const QString &reason)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'quarantined', attempts = attempts + 1, last_error = ?,"
                             " next_attempt_at = NULL WHERE record_id = ? AND state = 'waiting'"));
    q.addBindValue(reason);
    q.addBindValue(recordId);
    return q.exec() ? Status::success() : failed(q);
}

Status Outbox::retry(const QString &recordId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'waiting', attempts = 0, next_attempt_at = NULL"
                             " WHERE record_id = ? AND state IN ('quarantined', 'waiting')"));
    q.addBindValue(recordId);
    if (!q.exec())
        return failed(q);
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Record %1 is not waiting or quarantined in the outbox.").arg(recordId));
    return Status::success();
}

Status Outbox::discard(const QString &recordId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE record_id = ? AND state = 'quarantined'"));
    q.addBindValue(recordId);
    if (!q.exec())
        return failed(q);
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Only a quarantined record can be taken out of the outbox."));
    return Status::success();
}

Status Outbox::applyReview(const QString &recordId, const QString &decision, const QString &comment,
                           const QDateTime &at)
{
    if (decision != QLatin1StringView("approved") && decision != QLatin1StringView("returned"))
        return Status::failure(tr("Unknown review decision \"%1\".").arg(decision));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, review_comment = ?, reviewed_at = ? WHERE record_id = ?"));
    q.addBindValue(decision);
    q.addBindValue(comment);
    q.addBindValue(stamp(at));
    q.addBindValue(recordId);
    return q.exec() ? Status::success() : failed(q);
}

Status Outbox::applyAssignment(const QStringList &customerCodes, const QString &reason, const QString &by,
                               const QDateTime &at, const QString &campaign, const QString &due)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tr("The outbox could not be updated: the data file is busy."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO assignments (customer_code, reason, assigned_by, assigned_at, campaign, due)"
                             " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (customer_code) DO UPDATE SET reason ="
                             " excluded.reason, assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at,"
                             " campaign = excluded.campaign, due = excluded.due"));
    const QString when = stamp(at);
    for (const QString &code : customerCodes) {
        q.bindValue(0, code);
        q.bindValue(1, reason);
        q.bindValue(2, by);
        q.bindValue(3, when);
        q.bindValue(4, campaign);
        q.bindValue(5, due);
        if (!q.exec())
            return failed(q);
    }
    return tx.commit();
}

Status Outbox::removeAssignments(const QStringList &customerCodes)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tr("The outbox could not be updated: the data file is busy."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM assignments WHERE customer_code = ?"));
    for (const QString &code : customerCodes) {
        q.bindValue(0, code);
        if (!q.exec())
            return failed(q);
    }
    return tx.commit();
}

QString Outbox::value(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status Outbox::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    if (value.isNull()) {
        q.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
        q.addBindValue(key);
    } else {
        q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(key);
        q.addBindValue(value);
    }
    return q.exec() ? Status::success() : failed(q);
}

std::optional<Enrollment> Outbox::enrollment() const
{
    const QString text = value(QStringLiteral("enrollment"));
    if (text.isEmpty())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    Enrollment e;
    e.server = QUrl(o.value(QStringLiteral("server")).toString());
    e.caPin = o.value(QStringLiteral("caPin")).toString();
    e.caCertificate = o.value(QStringLiteral("caCertificate")).toString().toLatin1();
    e.serverId = o.value(QStringLiteral("serverId")).toString();
    e.receiptKey = QByteArray::fromBase64(o.value(QStringLiteral("receiptKey")).toString().toLatin1());
    e.enrollmentId = o.value(QStringLiteral("enrollmentId")).toString();
    e.comparison = o.value(QStringLiteral("comparison")).toString();
    e.status = o.value(QStringLiteral("status")).toString();
    if (!e.server.isValid() || e.caPin.isEmpty())
        return std::nullopt;
    return e;
}

Status Outbox::saveEnrollment(const Enrollment &e)
{
    const QJsonObject o{{QStringLiteral("server"), e.server.toString()},
                        {QStringLiteral("caPin"), e.caPin},
                        {QStringLiteral("caCertificate"), QString::fromLatin1(e.caCertificate)},
                        {QStringLiteral("serverId"), e.serverId},
                        {QStringLiteral("receiptKey"), QString::fromLatin1(e.receiptKey.toBase64())},
                        {QStringLiteral("enrollmentId"), e.enrollmentId},
                        {QStringLiteral("comparison"), e.comparison},
                        {QStringLiteral("status"), e.status}};
    return setValue(QStringLiteral("enrollment"), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

Status Outbox::clearEnrollment()
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tr("The outbox could not be updated: the data file is busy."));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM sync_state")) || !q.exec(QStringLiteral("DELETE FROM trusted_keys")))
        return failed(q);
    return tx.commit();
}

TrustedKeys Outbox::trustedKeys() const
{
    TrustedKeys keys;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT public_key, device, name, revoked, role FROM trusted_keys ORDER BY device")))
        return keys;
    while (q.next())
        keys.add({q.value(1).toString(), q.value(2).toString(), QByteArray::fromBase64(q.value(0).toByteArray()),
                  q.value(3).toBool(), q.value(4).toString()});
    return keys;
}

Status Outbox::replaceTrustedKeys(const TrustedKeys &keys)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tr("The outbox could not be updated: the data file is busy."));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM trusted_keys")))
        return failed(q);
    q.prepare(
        QStringLiteral("INSERT INTO trusted_keys (public_key, device, name, revoked, role) VALUES (?, ?, ?, ?, ?)"));
    for (const TrustedKey &k : keys.keys()) {
        q.addBindValue(QString::fromLatin1(k.publicKey.toBase64()));
        q.addBindValue(k.device);
        q.addBindValue(k.name);
        q.addBindValue(k.revoked ? 1 : 0);
        q.addBindValue(k.role.isNull() ? QStringLiteral("") : k.role);
        if (!q.exec())
            return failed(q);
    }
    return tx.commit();
}

} // namespace ta::sync
