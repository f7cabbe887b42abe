#include "models/review/reviewqueue.h"

#include "models/core/logging.h"
#include "models/inspection/devicekey.h"
#include "models/review/cmisexport.h"
#include "models/storage/database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <algorithm>

namespace ta::review {

namespace {

QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromStamp(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

Status queueFailed(const QSqlQuery &q)
{
    qCWarning(lcStorage) << "ReviewQueue:" << q.lastError().text();
    return Status::failure(
        QCoreApplication::translate("ta::review::ReviewQueue", "The review queue could not be updated: %1")
            .arg(q.lastError().text()));
}

const char *const kColumns =
    "SELECT r.record_id, r.revision, r.fingerprint, r.device, r.inspector, r.received_at, r.status, r.assigned,"
    " r.verified, r.replaced_by, r.replaces, r.customer_code, r.customer_name, r.substation, r.number, r.visited_at,"
    " r.checks, r.changes, r.impact, r.decision, r.comment, r.decided_by, r.decided_at, d.state, d.last_error,"
    " r.exported_at, d.body FROM review_records r LEFT JOIN review_decisions d ON d.record_id = r.record_id AND"
    " d.revision = r.revision";

ReviewItem itemFrom(const QSqlQuery &q)
{
    ReviewItem i;
    i.recordId = q.value(0).toString();
    i.revision = q.value(1).toInt();
    i.fingerprint = q.value(2).toString();
    i.device = q.value(3).toString();
    i.inspector = q.value(4).toString();
    i.receivedAt = fromStamp(q.value(5));
    i.status = statusFromCode(q.value(6).toString()).value_or(ReviewStatus::Received);
    i.assigned = q.value(7).toInt() != 0;
    i.verified = q.value(8).toInt() != 0;
    i.replacedBy = q.value(9).toString();
    i.replaces = q.value(10).toString();
    i.customerCode = q.value(11).toString();
    i.customerName = q.value(12).toString();
    i.substation = q.value(13).toString();
    i.number = q.value(14).toString();
    i.visited = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    i.checks = q.value(16).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    i.changes = q.value(17).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!q.value(18).isNull())
        i.impact = q.value(18).toLongLong();
    i.decision = q.value(19).toString();
    i.comment = q.value(20).toString();
    i.decidedBy = q.value(21).toString();
    i.decidedAt = fromStamp(q.value(22));
    i.decisionWaiting = q.value(23).toString() == QLatin1StringView("waiting");
    i.decisionError = q.value(23).toString() == QLatin1StringView("refused") ? q.value(24).toString() : QString();
    i.exportedAt = fromStamp(q.value(25));
    // A decision taken here and not yet sent shows at once.
    if (i.decisionWaiting) {
        if (auto d = sync::Decision::fromJson(QJsonDocument::fromJson(q.value(26).toByteArray()).object())) {
            i.decision = sync::Decision::kindCode(d->kind);
            i.comment = d->comment;
            i.decidedAt = QDateTime::fromString(d->decidedAt, Qt::ISODateWithMs);
            i.status = d->kind == sync::Decision::Kind::Approve ? ReviewStatus::Approved : ReviewStatus::Returned;
        }
    }
    return i;
}

} // namespace

QString statusCode(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Received:
        return QStringLiteral("received");
    case ReviewStatus::Resubmitted:
        return QStringLiteral("resubmitted");
    case ReviewStatus::Approved:
        return QStringLiteral("approved");
    case ReviewStatus::Returned:
        return QStringLiteral("returned");
    case ReviewStatus::Replaced:
        return QStringLiteral("replaced");
    }
    return {};
}

std::optional<ReviewStatus> statusFromCode(const QString &code)
{
    for (ReviewStatus s : {ReviewStatus::Received, ReviewStatus::Resubmitted, ReviewStatus::Approved,
                           ReviewStatus::Returned, ReviewStatus::Replaced}) {
        if (statusCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString statusText(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Received:
        return ReviewQueue::tr("Received");
    case ReviewStatus::Resubmitted:
        return ReviewQueue::tr("Resubmitted");
    case ReviewStatus::Approved:
        return ReviewQueue::tr("Approved");
    case ReviewStatus::Returned:
        return ReviewQueue::tr("Returned");
    case ReviewStatus::Replaced:
        return ReviewQueue::tr("Replaced by a correction");
    }
    return {};
}

namespace {

void flatten(const QJsonValue &value, const QString &path, QMap<QString, QString> &out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), out);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), out);
    } else if (value.isDouble()) {
        out.insert(path, QString::number(value.toDouble(), 'f', 0));
    } else if (value.isBool()) {
        out.insert(path, value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    } else if (!value.isNull()) {
        out.insert(path, value.toString());
    }
}

} // namespace

std::vector<Difference> differences(const QJsonObject &before, const QJsonObject &after)
{
    static const QStringList ignored{QStringLiteral("id"),        QStringLiteral("revision"),
                                     QStringLiteral("replaces"),  QStringLiteral("number"),
                                     QStringLiteral("startedAt"), QStringLiteral("finalisedAt"),
                                     QStringLiteral("visitedAt")};
    QMap<QString, QString> a, b;
    flatten(before, {}, a);
    flatten(after, {}, b);
    QStringList paths = a.keys();
    for (const QString &p : b.keys()) {
        if (!a.contains(p))
            paths << p;
    }
    std::sort(paths.begin(), paths.end());
    std::vector<Difference> out;
    for (const QString &p : paths) {
        if (ignored.contains(p.section(QLatin1Char('.'), 0, 0)))
            continue;
        if (a.value(p) != b.value(p))
            out.push_back({p, a.value(p), b.value(p)});
    }
    return out;
}

ReviewQueue::ReviewQueue(QSqlDatabase db) : m_db(std::move(db)) {}

Status ReviewQueue::store(const QJsonArray &records, const TrustedKeys &keys)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tr("The review queue could not be updated: the data file is busy."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO review_records (record_id, revision, fingerprint, device, inspector, received_at, status,"
        " assigned, replaced_by, canonical, signature, customer_code, customer_name, substation, number,"
        " visited_at, checks, changes, impact, replaces, verified, decision, comment, decided_by, decided_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (record_id, revision) DO UPDATE SET status = excluded.status, assigned = excluded.assigned,"
        " replaced_by = excluded.replaced_by, inspector = excluded.inspector, verified = excluded.verified,"
        " decision = excluded.decision, comment = excluded.comment, decided_by = excluded.decided_by,"
        " decided_at = excluded.decided_at"));
    QSqlQuery accepted(m_db);
    accepted.prepare(QStringLiteral("DELETE FROM review_decisions WHERE record_id = ? AND revision = ? AND state <>"
                                    " 'waiting'"));
    for (const QJsonValue &v : records) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("record")).toString();
        const int revision = o.value(QStringLiteral("revision")).toInt();
        const QByteArray canonical = o.value(QStringLiteral("canonical")).toString().toUtf8();
        const QByteArray signature = QByteArray::fromBase64(o.value(QStringLiteral("signature")).toString().toLatin1());
        const QString fingerprint =
            QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
        const QJsonObject record = QJsonDocument::fromJson(canonical).object();
        if (id.isEmpty() || revision < 1 || record.value(QStringLiteral("id")).toString() != id ||
            fingerprint != o.value(QStringLiteral("fingerprint")).toString())
            return Status::failure(
                tr("The server sent a queue entry that is not a record (%1/%2).").arg(id).arg(revision));
        // Trust only the key the branch registered for the sending device.
        const QString device = o.value(QStringLiteral("device")).toString();
        bool verified = false;
        for (const TrustedKey &k : keys.keys()) {
            if (k.device == device && !k.revoked)
                verified = checkSignedBytes(canonical, signature, k.publicKey).isEmpty();
        }
        const QJsonObject customer = record.value(QStringLiteral("customer")).toObject();
        QStringList checks, changes;
        for (const QJsonValue &c : record.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject check = c.toObject();
            checks << check.value(QStringLiteral("check")).toString();
            if (check.value(QStringLiteral("change")).toBool())
                changes << check.value(QStringLiteral("check")).toString();
        }
        QString visited = record.value(QStringLiteral("visitedAt")).toString();
        if (visited.isEmpty())
            visited = record.value(QStringLiteral("finalisedAt")).toString();
        const QDateTime visitedAt = QDateTime::fromString(visited, Qt::ISODateWithMs).isValid()
                                        ? QDateTime::fromString(visited, Qt::ISODateWithMs)
                                        : QDateTime::fromString(visited, Qt::ISODate);
        const QJsonValue impact = record.value(QStringLiteral("impact")).toObject().value(QStringLiteral("total"));
        QString status = o.value(QStringLiteral("status")).toString();
        if (!o.value(QStringLiteral("replacedBy")).toString().isEmpty())
            status = statusCode(ReviewStatus::Replaced);
        if (!statusFromCode(status))
            return Status::failure(tr("The server sent an unknown review status \"%1\".").arg(status));
        const QJsonObject decided = o.value(QStringLiteral("review")).toObject();
        const QVariant none = QVariant(QMetaType::fromType<QString>());
        q.addBindValue(id);
        q.addBindValue(revision);
        q.addBindValue(fingerprint);
        q.addBindValue(device);
        q.addBindValue(notNullText(o.value(QStringLiteral("inspector")).toString()));
        q.addBindValue(notNullText(o.value(QStringLiteral("receivedAt")).toString()));
        q.addBindValue(status);
        q.addBindValue(o.value(QStringLiteral("assigned")).toBool() ? 1 : 0);
        q.addBindValue(o.value(QStringLiteral("replacedBy")).toString().isEmpty()
                           ? none
                           : QVariant(o.value(QStringLiteral("replacedBy")).toString()));
        q.addBindValue(canonical);
        q.addBindValue(signature);
        q.addBindValue(notNullText(customer.value(QStringLiteral("code")).toString()));
        q.addBindValue(notNullText(customer.value(QStringLiteral("name")).toString()));
        q.addBindValue(notNullText(customer.value(QStringLiteral("substation")).toString()));
        q.addBindValue(notNullText(record.value(QStringLiteral("number")).toString()));
        q.addBindValue(visitedAt.isValid() ? visitedAt.toLocalTime().date().toString(Qt::ISODate) : QString());
        q.addBindValue(notNullText(checks.join(QLatin1Char(','))));
        q.addBindValue(notNullText(changes.join(QLatin1Char(','))));
        q.addBindValue(impact.isDouble() ? QVariant(qint64(impact.toDouble()))
                                         : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(record.value(QStringLiteral("replaces")).toString());
        q.addBindValue(verified ? 1 : 0);
        q.addBindValue(decided.isEmpty() ? none : QVariant(decided.value(QStringLiteral("decision")).toString()));
        q.addBindValue(decided.isEmpty() ? none : QVariant(decided.value(QStringLiteral("comment")).toString()));
        q.addBindValue(decided.isEmpty() ? none : QVariant(decided.value(QStringLiteral("by")).toString()));
        q.addBindValue(decided.isEmpty() ? none : QVariant(decided.value(QStringLiteral("at")).toString()));
        if (!q.exec())
            return queueFailed(q);
        // The server's word replaces what this device decided and was told about.
        if (!decided.isEmpty()) {
            accepted.addBindValue(id);
            accepted.addBindValue(revision);
            if (!accepted.exec())
                return queueFailed(accepted);
        }
    }
    return tx.commit();
}

std::optional<ReviewItem> ReviewQueue::item(const QString &recordId, int revision) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1StringView(kColumns) + QStringLiteral(" WHERE r.record_id = ? AND r.revision = ?"));
    q.addBindValue(recordId);
    q.addBindValue(revision);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return itemFrom(q);
}

std::vector<ReviewItem> ReviewQueue::items(const ReviewFilter &f, int limit, int offset) const
{
    QStringList where;
    QVariantList values;
    if (f.status) {
        // A decision taken here and not yet sent counts as taken.
        if (*f.status == ReviewStatus::Approved || *f.status == ReviewStatus::Returned) {
            where << QStringLiteral("(r.status = ? OR (d.state = 'waiting' AND json_extract(CAST(d.body AS TEXT),"
                                    " '$.decision') = ?))");
            values << statusCode(*f.status)
                   << (*f.status == ReviewStatus::Approved ? QStringLiteral("approve") : QStringLiteral("return"));
        } else {
            where << QStringLiteral("r.status = ? AND coalesce(d.state, '') <> 'waiting'");
            values << statusCode(*f.status);
        }
    }
    if (!f.inspector.isEmpty()) {
        where << QStringLiteral("r.inspector = ?");
        values << f.inspector;
    }
    if (!f.substation.isEmpty()) {
        where << QStringLiteral("r.substation = ?");
        values << f.substation;
    }
    if (!f.check.isEmpty()) {
        where << QStringLiteral("(',' || r.changes || ',') LIKE ?");
        values << QStringLiteral("%,%1,%").arg(f.check);
    }
    if (!f.campaign.isEmpty()) {
        where << QStringLiteral("r.customer_code IN (SELECT customer_code FROM branch_assignments WHERE campaign = ?)");
        values << f.campaign;
    }
    if (f.minimumImpact > 0) {
        where << QStringLiteral("abs(r.impact) >= ?");
        values << f.minimumImpact;
    }
    if (!f.text.trimmed().isEmpty()) {
        where << QStringLiteral("(r.customer_code LIKE ? OR r.customer_name LIKE ? OR r.number LIKE ?)");
        const QString like = QLatin1Char('%') + f.text.trimmed() + QLatin1Char('%');
        values << like << like << like;
    }
    QSqlQuery q(m_db);
    q.prepare(QLatin1StringView(kColumns) +
              (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
              QStringLiteral(" ORDER BY r.received_at DESC, r.record_id LIMIT ? OFFSET ?"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    std::vector<ReviewItem> out;
    if (!q.exec()) {
        qCWarning(lcStorage) << "ReviewQueue:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.push_back(itemFrom(q));
    return out;
}

std::optional<ReviewItem> ReviewQueue::latest(const QString &recordId) const
{
    QString id = recordId;
    for (int hops = 0; hops < 1000; ++hops) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT revision, replaced_by FROM review_records WHERE record_id = ?"
                                 " ORDER BY revision DESC LIMIT 1"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return std::nullopt;
        const QString next = q.value(1).toString();
        if (next.isEmpty() || !item(next, q.value(0).toInt() + 1))
            return item(id, q.value(0).toInt());
        id = next;
    }
    return std::nullopt;
}

Result<SignedRecord> ReviewQueue::record(const QString &recordId, int revision) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT canonical, signature, fingerprint FROM review_records WHERE record_id = ? AND"
                             " revision = ?"));
    q.addBindValue(recordId);
    q.addBindValue(revision);
    if (!q.exec() || !q.next())
        return Result<SignedRecord>::failure(tr("Record %1 is not in the review queue.").arg(recordId));
    SignedRecord r;
    r.canonical = q.value(0).toByteArray();
    r.signature = q.value(1).toByteArray();
    r.fingerprint = q.value(2).toString();
    r.record = QJsonDocument::fromJson(r.canonical).object();
    return r;
}

int ReviewQueue::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM review_records")) && q.next() ? q.value(0).toInt() : 0;
}

QStringList ReviewQueue::inspectors() const
{
    QStringList out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT DISTINCT inspector FROM review_records ORDER BY inspector"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QStringList ReviewQueue::substations() const
{
    QStringList out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT DISTINCT substation FROM review_records WHERE substation <> ''"
                              " ORDER BY substation"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

Result<sync::Decision> ReviewQueue::decide(const QString &recordId, int revision, sync::Decision::Kind kind,
                                           const QString &comment, const DeviceKey &key, const QString &device,
                                           const QDateTime &now)
{
    using R = Result<sync::Decision>;
    const auto current = item(recordId, revision);
    if (!current)
        return R::failure(tr("Record %1 is not in the review queue.").arg(recordId));
    if (current->status == ReviewStatus::Replaced)
        return R::failure(tr("This revision was replaced by a correction; decide on the newer one."));
    if (!current->decision.isEmpty())
        return R::failure(
            tr("This revision was already decided (%1).")
                .arg(current->decision == QLatin1StringView("approve") ? tr("approved") : tr("returned")));
    if (kind == sync::Decision::Kind::Return && comment.trimmed().isEmpty())
        return R::failure(tr("Write what the inspector must correct: a returned record needs a comment."));
    sync::Decision d;
    d.recordId = recordId;
    d.revision = revision;
    d.fingerprint = current->fingerprint;
    d.kind = kind;
    d.comment = comment.trimmed();
    d.device = device;
    d.decidedAt = stamp(now);
    if (auto checked = sync::Decision::fromJson(d.toJson()); !checked)
        return checked.status();
    const QByteArray body = d.canonical();
    const QByteArray signature = key.sign(body);
    if (signature.isEmpty())
        return R::failure(tr("The decision could not be signed with this device's key."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO review_decisions (record_id, revision, body, signature, state, decided_at)"
                             " VALUES (?, ?, ?, ?, 'waiting', ?) ON CONFLICT (record_id, revision) DO UPDATE SET"
                             " body = excluded.body, signature = excluded.signature, state = 'waiting', decided_at ="
                             " excluded.decided_at, attempts = 0, last_error = NULL"));
    q.addBindValue(recordId);
    q.addBindValue(revision);
    q.addBindValue(body);
    q.addBindValue(signature);
    q.addBindValue(d.decidedAt);
    if (!q.exec())
        return queueFailed(q);
    return d;
}

std::vector<WaitingDecision> ReviewQueue::waitingDecisions() const
{
    std::vector<WaitingDecision> out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT record_id, revision, body, signature, attempts FROM review_decisions WHERE"
                              " state = 'waiting' ORDER BY decided_at"))) {
        while (q.next())
            out.push_back({q.value(0).toString(), q.value(1).toInt(), q.value(2).toByteArray(),
                           q.value(3).toByteArray(), q.value(4).toInt()});
    }
    return out;
}

Status ReviewQueue::markDecisionSent(const QString &recordId, int revision)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE review_decisions SET state = 'sent', last_error = NULL WHERE record_id = ? AND"
                             " revision = ?"));
    q.addBindValue(recordId);
    q.addBindValue(revision);
    return q.exec() ? Status::success() : queueFailed(q);
}

Status ReviewQueue::markDecisionRefused(const QString &recordId, int revision, const QString &reason)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE review_decisions SET state = 'refused', last_error = ? WHERE record_id = ? AND"
                             " revision = ?"));
    q.addBindValue(reason);
    q.addBindValue(recordId);
    q.addBindValue(revision);
    return q.exec() ? Status::success() : queueFailed(q);
}

Status ReviewQueue::markDecisionRetry(const QString &recordId, int revision, const QString &error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE review_decisions SET attempts = attempts + 1, last_error = ? WHERE record_id = ?"
                             " AND revision = ?"));
    q.addBindValue(error);
    q.addBindValue(recordId);
    q.addBindValue(revision);
    return q.exec() ? Status::success() : queueFailed(q);
}

std::vector<ReviewQueue::Approved> ReviewQueue::approved(const QDate &from, const QDate &to, bool again) const
{
    // Days as Vietnam counts them; the server's times are UTC.
    const auto utc = &CmisExport::dayStartUtc;
    std::vector<Approved> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT record_id, revision, canonical, decided_by, decided_at FROM review_records WHERE"
                             " status = 'approved' AND replaced_by IS NULL AND decided_at >= ? AND decided_at < ?"
                             " AND (? OR exported_at IS NULL) ORDER BY record_id, revision"));
    q.addBindValue(utc(from));
    q.addBindValue(utc(to.addDays(1)));
    q.addBindValue(again ? 1 : 0);
    if (q.exec()) {
        while (q.next())
            out.push_back({q.value(0).toString(), q.value(1).toInt(), q.value(2).toByteArray(), q.value(3).toString(),
                           q.value(4).toString()});
    }
    return out;
}

Status ReviewQueue::markExported(const std::vector<std::pair<QString, int>> &revisions, const QDateTime &at)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tr("The review queue could not be updated: the data file is busy."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE review_records SET exported_at = ? WHERE record_id = ? AND revision = ?"));
    for (const auto &[id, revision] : revisions) {
        q.bindValue(0, stamp(at));
        q.bindValue(1, id);
        q.bindValue(2, revision);
        if (!q.exec())
            return queueFailed(q);
    }
    return tx.commit();
}

} // namespace ta::review
