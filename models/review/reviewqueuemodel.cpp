#include "models/review/reviewqueuemodel.h"

#include "models/core/money.h"
#include "models/core/words.h"
#include "models/inspection/checks.h"

#include <QLocale>

namespace ta::review {

ReviewQueueModel::ReviewQueueModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReviewQueueModel::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    reload();
}

void ReviewQueueModel::setFilter(const ReviewFilter &filter)
{
    m_filter = filter;
    reload();
}

void ReviewQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_more = false;
    if (m_db.isValid() && m_db.isOpen()) {
        m_rows = ReviewQueue(m_db).items(m_filter, kPage, 0);
        m_more = int(m_rows.size()) == kPage;
    }
    endResetModel();
}

const ReviewItem *ReviewQueueModel::itemAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int ReviewQueueModel::rowOf(const QString &recordId, int revision) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].recordId == recordId && m_rows[i].revision == revision)
            return int(i);
    }
    return -1;
}

QString ReviewQueueModel::findingsText(const ReviewItem &item)
{
    if (item.changes.isEmpty())
        return tr("No change");
    const Words words;
    QStringList names;
    for (const QString &c : item.changes)
        names << Checks::checkName(c, words);
    return names.join(QStringLiteral("; "));
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    const ReviewItem *i = itemAt(index.row());
    if (!i)
        return {};
    switch (role) {
    case RecordIdRole:
        return i->recordId;
    case RevisionRole:
        return i->revision;
    case StatusRole:
        return int(i->status);
    case Qt::TextAlignmentRole:
        return index.column() == Impact ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Status) {
            QStringList notes;
            notes << (i->verified ? tr("Signature verified with the tablet's registered key")
                                  : tr("The signature does NOT verify with a registered key"));
            if (!i->assigned)
                notes << tr("This customer was not assigned to the inspector");
            if (!i->comment.isEmpty())
                notes << tr("Comment: %1").arg(i->comment);
            if (!i->decisionError.isEmpty())
                notes << i->decisionError;
            return notes.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Received:
        return QLocale().toString(i->receivedAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
    case Number:
        return i->revision > 1 ? tr("%1 (revision %2)").arg(i->number).arg(i->revision) : i->number;
    case Customer:
        return QStringLiteral("%1 · %2").arg(i->customerCode, i->customerName);
    case Substation:
        return i->substation;
    case Inspector:
        return i->inspector;
    case Findings:
        return findingsText(*i);
    case Impact:
        return i->impact ? money::format(*i->impact) : tr("unknown");
    case Status: {
        QString text = statusText(i->status);
        if (i->decisionWaiting)
            text = tr("%1 (not sent yet)").arg(text);
        if (!i->verified)
            text += QStringLiteral(" ⚠");
        if (!i->assigned)
            text += QStringLiteral(" · ") + tr("not assigned");
        return text;
    }
    default:
        return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Received:
        return tr("Received");
    case Number:
        return tr("Record");
    case Customer:
        return tr("Customer");
    case Substation:
        return tr("Substation");
    case Inspector:
        return tr("Inspector");
    case Findings:
        return tr("Findings");
    case Impact:
        return tr("At stake");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

bool ReviewQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void ReviewQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    auto more = ReviewQueue(m_db).items(m_filter, kPage, int(m_rows.size()));
    m_more = int(more.size()) == kPage;
    if (more.empty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    for (auto &i : more)
        m_rows.push_back(std::move(i));
    endInsertRows();
}

} // namespace ta::review
