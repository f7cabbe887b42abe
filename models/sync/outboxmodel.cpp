#include "models/sync/outboxmodel.h"

namespace ta::sync {

OutboxModel::OutboxModel(QObject *parent) : QAbstractTableModel(parent) {}

void OutboxModel::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    reload();
}

void OutboxModel::reload()
{
    beginResetModel();
    m_progress.clear();
    const int keep = std::max(kPage, int(m_rows.size()));
    m_rows.clear();
    if (m_db.isValid() && m_db.isOpen())
        m_rows = Outbox(m_db).entries(keep + 1, 0);
    m_more = int(m_rows.size()) > keep;
    if (m_more)
        m_rows.pop_back();
    endResetModel();
}

void OutboxModel::refreshRecord(const QString &recordId)
{
    const int row = rowOf(recordId);
    if (row < 0 || !m_db.isValid()) {
        reload();
        return;
    }
    // A changed record has ended its attempt, whatever came of it: it is no longer being sent.
    m_progress.remove(recordId);
    if (auto e = Outbox(m_db).entry(recordId)) {
        m_rows[std::size_t(row)] = *e;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        reload();
    }
}

void OutboxModel::setProgress(const QString &recordId, qint64 sent, qint64 total)
{
    const int percent = total > 0 ? int(sent * 100 / total) : 0;
    m_progress.insert(recordId, percent);
    if (const int row = rowOf(recordId); row >= 0)
        Q_EMIT dataChanged(index(row, State), index(row, State));
}

const OutboxEntry *OutboxModel::entryAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int OutboxModel::rowOf(const QString &recordId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].recordId == recordId)
            return int(i);
    }
    return -1;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    const OutboxEntry *e = entryAt(index.row());
    if (!e)
        return {};
    const int progress = e->state == OutboxState::Waiting ? m_progress.value(e->recordId, -1) : -1;
    switch (role) {
    case RecordIdRole:
        return e->recordId;
    case StateRole:
        return int(e->state);
    case ProgressRole:
        return progress;
    case Qt::ToolTipRole:
        return index.column() == State ? stateText(*e) : QVariant();
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Number:
            return e->revision > 1 ? tr("%1 (correction %2)").arg(e->number).arg(e->revision - 1) : e->number;
        case Customer:
            return e->customerCode;
        case State:
            if (progress >= 0 && progress < 100)
                return tr("Sending… %1%").arg(progress);
            return stateText(*e);
        case Queued:
            return e->queuedAt.toLocalTime().toString(QStringLiteral("HH:mm dd/MM/yyyy"));
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Record");
    case Customer:
        return tr("Customer");
    case State:
        return tr("State");
    case Queued:
        return tr("Signed");
    case ColumnCount:
        break;
    }
    return {};
}

bool OutboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void OutboxModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || !m_db.isValid())
        return;
    std::vector<OutboxEntry> more = Outbox(m_db).entries(kPage + 1, int(m_rows.size()));
    m_more = int(more.size()) > kPage;
    if (m_more)
        more.pop_back();
    if (more.empty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.insert(m_rows.end(), more.begin(), more.end());
    endInsertRows();
}

} // namespace ta::sync
