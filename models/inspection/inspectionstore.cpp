#include "models/inspection/inspectionstore.h"

#include "models/sync/outbox.h"

#include "models/core/logging.h"
#include "models/customers/customer.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

namespace ta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ta::InspectionStore", text);
}

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Status failed(const QSqlQuery &q)
{
    qCWarning(lcStorage) << "Inspection store:" << q.lastError().text();
    return Status::failure(
        QCoreApplication::translate("ta", "The inspection could not be saved: %1").arg(q.lastError().text()));
}

} // namespace

InspectionStore::InspectionStore(Database &db) : m_db(db) {}

Result<Inspection> InspectionStore::startDraft(const QString &customerCode, const QStringList &checks,
                                               const QDateTime &now)
{
    Inspection in;
    in.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    in.customerCode = customerCode;
    in.startedAt = now;
    in.checks = checks;
    in.step = QStringLiteral("checks");
    if (Status s = createDraft(in, now); !s)
        return s;
    return in;
}

Result<Inspection> InspectionStore::startDraft(const Customer &customer, const QStringList &checks,
                                               const QDateTime &now)
{
    Inspection in;
    in.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    in.customerCode = customer.code;
    in.startedAt = now;
    in.checks = checks;
    in.step = QStringLiteral("checks");
    in.identify.present.name = customer.name;
    in.identify.present.role = QStringLiteral("customer");
    in.identify.meterSerialSeen = customer.meterSerial;
    if (Status s = createDraft(in, now); !s)
        return s;
    return in;
}

Status InspectionStore::createDraft(const Inspection &in, const QDateTime &now)
{
    QSqlQuery exists(m_db.connection());
    exists.prepare(QStringLiteral("SELECT status FROM inspections WHERE id = ?"));
    exists.addBindValue(in.id);
    if (exists.exec() && exists.next())
        return Status::failure(tr("An inspection with the id %1 already exists (%2).")
                                   .arg(in.id, exists.value(0).toString() == QLatin1StringView("final")
                                                   ? tr("a signed record")
                                                   : tr("a draft")));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO inspections (id, customer_code, revision, replaces, draft, created_at,"
                             " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(in.id);
    q.addBindValue(in.customerCode);
    q.addBindValue(in.revision);
    q.addBindValue(in.replaces.isEmpty() ? QVariant() : QVariant(in.replaces));
    q.addBindValue(QString::fromUtf8(QJsonDocument(in.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(stamp(now));
    q.addBindValue(stamp(now));
    if (!q.exec())
        return failed(q);
    QSqlQuery status(m_db.connection());
    status.prepare(QStringLiteral("UPDATE customers SET visit_status = ? WHERE code = ? AND visit_status = ?"));
    status.addBindValue(QString::fromLatin1(visitStatus::Draft));
    status.addBindValue(in.customerCode);
    status.addBindValue(QString::fromLatin1(visitStatus::Pending));
    status.exec();
    return Status::success();
}

Status InspectionStore::saveDraft(const Inspection &draft, const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE inspections SET draft = ?, updated_at = ? WHERE id = ? AND status = 'draft'"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(stamp(now));
    q.addBindValue(draft.id);
    if (!q.exec())
        return failed(q);
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Inspection %1 is signed or does not exist; it cannot change.").arg(draft.id));
    return Status::success();
}

Result<Inspection> InspectionStore::draft(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT draft FROM inspections WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Result<Inspection>::failure(tr("No inspection %1.").arg(id));
    return Inspection::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

std::optional<Inspection> InspectionStore::openDraft(const QString &customerCode) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT draft FROM inspections WHERE customer_code = ? AND status = 'draft'"
                             " ORDER BY updated_at DESC LIMIT 1"));
    q.addBindValue(customerCode);
    if (!q.exec() || !q.next())
        return std::nullopt;
    auto in = Inspection::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    return in ? std::optional<Inspection>(in.value()) : std::nullopt;
}

Status InspectionStore::discardDraft(const QString &id)
{
    Transaction tx(m_db.connection());
    QSqlQuery find(m_db.connection());
    find.prepare(QStringLiteral("SELECT customer_code FROM inspections WHERE id = ? AND status = 'draft'"));
    find.addBindValue(id);
    if (!find.exec() || !find.next())
        return Status::success();
    const QString customer = find.value(0).toString();
    find.finish();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM inspections WHERE id = ? AND status = 'draft'"));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q);
    // The customer is no longer "in progress" when nothing else was started for it.
    QSqlQuery status(m_db.connection());
    status.prepare(QStringLiteral("UPDATE customers SET visit_status = ? WHERE code = ? AND visit_status = ?"
                                  " AND NOT EXISTS (SELECT 1 FROM inspections WHERE customer_code = ?)"));
    status.addBindValue(QString::fromLatin1(visitStatus::Pending));
    status.addBindValue(customer);
    status.addBindValue(QString::fromLatin1(visitStatus::Draft));
    status.addBindValue(customer);
    if (!status.exec())
        return failed(status);
    return tx.commit();
}

Status InspectionStore::storeRecord(const SignedRecord &record, const QDateTime &now)
{
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Status::failure(tr("The inspection could not be saved: the data file is busy."));
    const QJsonObject customer = record.record.value(QStringLiteral("customer")).toObject();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO inspections (id, customer_code, revision, replaces, status, draft, record, fingerprint, signature,"
        " public_key, number, created_at, updated_at, finalised_at) VALUES (?, ?, ?, ?, 'final', '{}', ?, ?, ?, ?, ?, "
        "?,"
        " ?, ?) ON CONFLICT (id) DO UPDATE SET status = 'final', record = excluded.record, fingerprint ="
        " excluded.fingerprint, signature = excluded.signature, public_key = excluded.public_key, number ="
        " excluded.number, updated_at = excluded.updated_at, finalised_at = excluded.finalised_at"
        " WHERE inspections.status = 'draft'"));
    q.addBindValue(record.id());
    q.addBindValue(customer.value(QStringLiteral("code")).toString());
    q.addBindValue(record.record.value(QStringLiteral("revision")).toInt());
    q.addBindValue(record.record.value(QStringLiteral("replaces")).toString());
    q.addBindValue(record.canonical);
    q.addBindValue(record.fingerprint);
    q.addBindValue(record.signature);
    q.addBindValue(record.publicKey);
    q.addBindValue(record.record.value(QStringLiteral("number")).toString());
    q.addBindValue(stamp(now));
    q.addBindValue(stamp(now));
    q.addBindValue(stamp(now));
    if (!q.exec())
        return failed(q);
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Record %1 is already signed; it cannot change.").arg(record.id()));
    QSqlQuery status(m_db.connection());
    status.prepare(QStringLiteral("UPDATE customers SET visit_status = ? WHERE code = ?"));
    status.addBindValue(QString::fromLatin1(visitStatus::Recorded));
    status.addBindValue(customer.value(QStringLiteral("code")).toString());
    if (!status.exec())
        return failed(status);
    // Queued in the same transaction: a record is never signed without waiting for the server. A training
    // record never leaves the tablet.
    if (!record.record.value(QStringLiteral("training")).toBool()) {
        if (Status queued = sync::Outbox::enqueue(m_db.connection(), record.id(), now); !queued)
            return queued;
    }
    return tx.commit();
}

bool InspectionStore::isFinal(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM inspections WHERE id = ? AND status = 'final'"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

Result<SignedRecord> InspectionStore::record(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT record, fingerprint, signature, public_key FROM inspections"
                             " WHERE id = ? AND status = 'final'"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Result<SignedRecord>::failure(tr("No signed record %1.").arg(id));
    SignedRecord r;
    r.canonical = q.value(0).toByteArray();
    r.record = QJsonDocument::fromJson(r.canonical).object();
    r.fingerprint = q.value(1).toString();
    r.signature = q.value(2).toByteArray();
    r.publicKey = q.value(3).toByteArray();
    return r;
}

Result<Inspection> InspectionStore::startCorrection(const QString &id, const QDateTime &now)
{
    auto signedRecord = record(id);
    if (!signedRecord)
        return signedRecord.status();
    const QJsonObject r = signedRecord->record;
    QJsonObject answers = r.value(QStringLiteral("answers")).toObject();
    answers.insert(QStringLiteral("identify"), r.value(QStringLiteral("identify")));
    answers.insert(QStringLiteral("statement"), r.value(QStringLiteral("statement")));
    answers.insert(QStringLiteral("evidence"), r.value(QStringLiteral("evidence")));
    answers.insert(QStringLiteral("signatures"), QJsonObject()); // a correction is signed again
    QStringList checks;
    for (const QJsonValue &c : r.value(QStringLiteral("checks")).toArray())
        checks << c.toObject().value(QStringLiteral("check")).toString();
    answers.insert(QStringLiteral("checks"), QJsonArray::fromStringList(checks));
    auto correction = Inspection::fromJson(answers);
    if (!correction)
        return correction.status();
    Inspection in = correction.value();
    in.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    in.revision = r.value(QStringLiteral("revision")).toInt() + 1;
    in.replaces = id;
    in.customerCode = r.value(QStringLiteral("customer")).toObject().value(QStringLiteral("code")).toString();
    in.startedAt = now;
    in.step = QStringLiteral("summary");
    if (Status s = createDraft(in, now); !s)
        return s;
    return in;
}

QString InspectionStore::nextNumber(const QString &card, const QDate &day) const
{
    const QString prefix = QStringLiteral("%1-%2-").arg(card, day.toString(QStringLiteral("yyyyMMdd")));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM inspections WHERE number LIKE ? ESCAPE '\\'"));
    QString pattern = prefix;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    q.addBindValue(pattern + QLatin1Char('%'));
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    return prefix + QString::number(n + 1);
}

} // namespace ta
