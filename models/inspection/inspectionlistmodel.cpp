#include "models/inspection/inspectionlistmodel.h"

#include <QDateTime>
#include <QLocale>

namespace ta {

InspectionListModel::InspectionListModel(QObject *parent) : QSqlQueryModel(parent) {}

void InspectionListModel::setDatabase(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.isOpen()) {
        // QSqlQueryModel::clear() on a model already cleared dereferences a missing driver (Qt 6.4): once.
        if (m_bound)
            clear();
        m_bound = false;
        return;
    }
    setQuery(QStringLiteral("SELECT i.id, COALESCE(i.number, ''), i.customer_code, c.name, i.status, i.revision,"
                            " i.updated_at, COALESCE(o.state, ''), COALESCE(o.review_comment, '') FROM inspections i"
                            " LEFT JOIN customers c ON c.code = i.customer_code LEFT JOIN outbox o ON o.record_id ="
                            " i.id ORDER BY i.updated_at DESC"),
             db);
    m_bound = true;
}

QString InspectionListModel::statusName(const QString &status)
{
    return status == QLatin1StringView("final") ? tr("Signed") : tr("Draft");
}

QString InspectionListModel::reviewName(const QString &state, const QString &comment)
{
    if (state == QLatin1StringView("waiting"))
        return tr("Waiting to send");
    if (state == QLatin1StringView("received"))
        return tr("Received by the server");
    if (state == QLatin1StringView("approved"))
        return tr("Approved");
    if (state == QLatin1StringView("returned"))
        return comment.isEmpty() ? tr("Returned") : tr("Returned: %1").arg(comment);
    if (state == QLatin1StringView("quarantined"))
        return tr("Refused by the server");
    return {};
}

QVariant InspectionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QVariant value = QSqlQueryModel::data(index, Qt::DisplayRole);
    if (role == StatusCodeRole)
        return QSqlQueryModel::data(this->index(index.row(), Status));
    if (role == ReviewCodeRole)
        return QSqlQueryModel::data(this->index(index.row(), Review));
    if (role == Qt::ToolTipRole && index.column() == Review)
        return QSqlQueryModel::data(this->index(index.row(), Comment));
    if (role != Qt::DisplayRole)
        return QSqlQueryModel::data(index, role);
    if (index.column() == Status)
        return statusName(value.toString());
    if (index.column() == Review)
        return reviewName(value.toString(), QSqlQueryModel::data(this->index(index.row(), Comment)).toString());
    if (index.column() == Updated) {
        QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        at.setTimeSpec(Qt::UTC);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")) : value;
    }
    return value;
}

QVariant InspectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlQueryModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Customer:
        return tr("Customer");
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Revision:
        return tr("Revision");
    case Updated:
        return tr("Last change");
    case Review:
        return tr("Branch review");
    default:
        return QString();
    }
}

QString InspectionListModel::idAt(int row) const
{
    return QSqlQueryModel::data(index(row, Id)).toString();
}

QString InspectionListModel::statusAt(int row) const
{
    return QSqlQueryModel::data(index(row, Status)).toString();
}

QString InspectionListModel::numberAt(int row) const
{
    return QSqlQueryModel::data(index(row, Number)).toString();
}

} // namespace ta
