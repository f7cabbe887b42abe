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
                            " i.updated_at FROM inspections i LEFT JOIN customers c ON c.code = i.customer_code"
                            " ORDER BY i.updated_at DESC"),
             db);
    m_bound = true;
}

QString InspectionListModel::statusName(const QString &status)
{
    return status == QLatin1StringView("final") ? tr("Signed") : tr("Draft");
}

QVariant InspectionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QVariant value = QSqlQueryModel::data(index, Qt::DisplayRole);
    if (role == StatusCodeRole)
        return QSqlQueryModel::data(this->index(index.row(), Status));
    if (role != Qt::DisplayRole)
        return QSqlQueryModel::data(index, role);
    if (index.column() == Status)
        return statusName(value.toString());
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
