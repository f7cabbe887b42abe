#include "models/workspace/tariffapprovals.h"

#include "models/core/logging.h"
#include "models/profiles/profile.h"
#include "models/storage/database.h"
#include "models/tariff/tariffbook.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUuid>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

namespace ta {

TariffApprovals::TariffApprovals(Database &profiles) : m_db(profiles) {}

QSet<QString> TariffApprovals::accepted() const
{
    QSet<QString> out;
    for (const Approval &a : list())
        out.insert(a.sha256);
    return out;
}

std::vector<TariffApprovals::Approval> TariffApprovals::list() const
{
    std::vector<Approval> out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT sha256, decision, file_name, accepted_by_name, accepted_at"
                               " FROM accepted_tariff_books ORDER BY accepted_at"))) {
        qCWarning(lcTariff) << "Accepted tariff books cannot be read:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       QDateTime::fromString(q.value(4).toString(), Qt::ISODate)});
    return out;
}

Status TariffApprovals::accept(const TariffBook &book, const Profile &leader, const QDateTime &now)
{
    if (leader.role != Role::BranchLeader)
        return Status::failure(
            QCoreApplication::translate("ta::TariffApprovals", "Only a branch leader can accept a tariff book."));
    if (book.builtIn)
        return Status::success();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO accepted_tariff_books (sha256, decision, file_name, accepted_by,"
                             " accepted_by_name, accepted_at) VALUES (?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (sha256) DO NOTHING"));
    q.addBindValue(book.sha256);
    q.addBindValue(book.decision);
    q.addBindValue(book.fileName);
    q.addBindValue(leader.id);
    q.addBindValue(leader.fullName);
    q.addBindValue(now.toString(Qt::ISODate));
    if (!q.exec())
        return Status::failure(QCoreApplication::translate("ta::TariffApprovals", "The acceptance could not be "
                                                                                  "saved: %1")
                                   .arg(q.lastError().text()));
    qCInfo(lcTariff) << "Tariff book" << book.decision << book.sha256 << "accepted by profile" << leader.id;
    return Status::success();
}

QSet<QString> TariffApprovals::readAccepted(const QString &profilesPath)
{
    QSet<QString> out;
    if (!QFileInfo::exists(profilesPath))
        return out;
    const QString name = QStringLiteral("approvals-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(profilesPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sha256 FROM accepted_tariff_books"))) {
                while (q.next())
                    out.insert(q.value(0).toString());
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace ta
