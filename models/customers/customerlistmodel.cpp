#include "models/customers/customerlistmodel.h"

#include "models/core/geo.h"
#include "models/core/logging.h"
#include "models/core/money.h"
#include "models/customers/customer.h"
#include "models/customers/customersearch.h"
#include "models/customers/searchindex.h"
#include "models/prescreen/prescreener.h"
#include "models/storage/sqlitestatement.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <sqlite3.h>

#include <algorithm>
#include <unordered_map>

namespace ta {

namespace {

const char *const kSelect =
    "SELECT c.id, c.code, c.name, c.address, c.route_book, c.route_order, c.price_string, c.households,"
    " r.rules, r.yearly_impact, NULL, c.visit_status,"
    " (SELECT group_concat(reason, '\n') FROM flags f WHERE f.customer_id = c.id), c.latitude, c.longitude,"
    " (SELECT group_concat(impact_note, '\n') FROM flags f WHERE f.customer_id = c.id),"
    " (SELECT reason FROM assignments a WHERE a.customer_code = c.code)";

// Columns as SQL, for sorting.
const char *const kSortExpressions[] = {
    "c.code",       "c.name",  "c.address",       "c.route_book, c.route_order", "c.route_order", "c.price_string",
    "c.households", "r.rules", "r.yearly_impact", "c.route_book, c.route_order", "c.visit_status"};

} // namespace

CustomerListModel::CustomerListModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(&m_orderWatcher, &QFutureWatcher<Order>::finished, this, [this] {
        if (m_orderWatcher.future().resultCount() > 0)
            applyOrder(m_orderWatcher.result());
    });
}

CustomerListModel::~CustomerListModel()
{
    stopOrdering();
}

void CustomerListModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    refresh();
}

void CustomerListModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    refresh();
}

QString CustomerListModel::whereClause(const Filter &filter, QVariantList *binds)
{
    QStringList conditions;
    if (!filter.search.trimmed().isEmpty()) {
        const QString match = CustomerSearch::matchExpression(filter.search);
        const auto codes = CustomerSearch::codeRange(filter.search);
        if (!match.isEmpty() && codes) {
            // A code being typed is found by the code's index too, so also while the search index is built.
            conditions
                << QStringLiteral("(c.id IN (%1) OR (c.code >= ? AND c.code < ?))").arg(SearchIndex::matchingIds());
            for (int s = 0; s < SearchIndex::kShards; ++s)
                *binds << match;
            *binds << codes->first << codes->second;
        } else if (!match.isEmpty()) {
            conditions << QStringLiteral("c.id IN (%1)").arg(SearchIndex::matchingIds());
            for (int s = 0; s < SearchIndex::kShards; ++s)
                *binds << match;
        }
    }
    if (!filter.rule.isEmpty()) {
        conditions << QStringLiteral("c.id IN (SELECT customer_id FROM flags WHERE rule = ?)");
        *binds << filter.rule;
    }
    if (filter.onlyAssigned)
        conditions << QStringLiteral("c.code IN (SELECT customer_code FROM assignments)");
    if (filter.plannedOn.isValid()) {
        conditions << QStringLiteral("c.planned_on = ?");
        *binds << filter.plannedOn.toString(Qt::ISODate);
    }
    for (const auto &[column, value] :
         {std::pair{"c.main_group", filter.mainGroup}, std::pair{"c.route_book", filter.routeBook},
          std::pair{"c.substation", filter.substation}, std::pair{"c.visit_status", filter.status}}) {
        if (!value.isEmpty()) {
            conditions << QLatin1StringView(column) + QStringLiteral(" = ?");
            *binds << value;
        }
    }
    // The index of visit statuses holds the customers visited (the condition lets SQLite use it).
    if (!filter.status.isEmpty() && filter.status != QLatin1StringView("pending"))
        conditions << QStringLiteral("c.visit_status <> 'pending'");
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString CustomerListModel::orderClause(bool reversed) const
{
    QString order;
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (m_sortColumn >= 0 && m_sortColumn < ColumnCount) {
        QString expression = QLatin1StringView(kSortExpressions[m_sortColumn]);
        expression.replace(QStringLiteral(","), direction + QLatin1Char(','));
        order = expression + direction + QStringLiteral(", c.id");
    } else if (m_filter.plannedOn.isValid() || !m_filter.onlyFlagged) {
        // A day's visits follow the reading route, and so do all customers.
        order = QStringLiteral("c.route_book, c.route_order, c.id");
    } else {
        // The worklist's own order is the money at stake (the rank holds the customer's route book and order:
        // customer_rank_order serves the whole order).
        order = QStringLiteral("r.yearly_impact DESC, r.route_book, r.route_order, r.customer_id");
    }
    if (reversed) {
        // Each term the other way: an index read backwards serves it. SQLite puts NULLs first ascending and last
        // descending, so they change ends with the rest. The terms are plain columns, no commas inside.
        QStringList terms = order.split(QStringLiteral(", "));
        for (QString &term : terms) {
            if (term.endsWith(QLatin1StringView(" DESC")))
                term.chop(5);
            else if (term.endsWith(QLatin1StringView(" ASC")))
                term.replace(term.size() - 4, 4, QStringLiteral(" DESC"));
            else
                term += QStringLiteral(" DESC");
        }
        order = terms.join(QStringLiteral(", "));
    }
    return QStringLiteral(" ORDER BY ") + order;
}

Result<QStringList> CustomerListModel::codes(const QSqlDatabase &db, const Filter &filter, qint64 limit)
{
    QVariantList binds;
    const QString from = filter.onlyFlagged
                             ? QStringLiteral(" FROM customer_rank r JOIN customers c ON c.id = r.customer_id")
                             : QStringLiteral(" FROM customers c");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.code") + from + whereClause(filter, &binds) +
              QStringLiteral(" ORDER BY c.route_book, c.route_order, c.id LIMIT ?"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    if (!q.exec())
        return Result<QStringList>::failure(q.lastError().text());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<qint64> CustomerListModel::countOf(const QSqlDatabase &db, const Filter &filter, qint64 atMost)
{
    QVariantList binds;
    const QString from = filter.onlyFlagged
                             ? QStringLiteral(" FROM customer_rank r JOIN customers c ON c.id = r.customer_id")
                             : QStringLiteral(" FROM customers c LEFT JOIN customer_rank r ON r.customer_id = c.id");
    QSqlQuery q(db);
    const QString where = whereClause(filter, &binds);
    // Every ranked customer exists (the rank goes with its customer), so an unfiltered list is counted
    // from one table: the join would visit a second row per customer.
    const QString table =
        filter.onlyFlagged ? QStringLiteral(" FROM customer_rank") : QStringLiteral(" FROM customers");
    if (atMost >= 0 && !where.isEmpty())
        q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1") + from + where +
                  QStringLiteral(" LIMIT %1)").arg(atMost));
    else
        q.prepare(QStringLiteral("SELECT count(*)") + (where.isEmpty() ? table : from + where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return Result<qint64>::failure(q.lastError().text());
}

namespace {

// The largest row id of the list (the customers' count, but for those removed), read from the table's key alone.
qint64 lastId(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM customers")) && q.next() ? q.value(0).toLongLong()
                                                                                            : 0;
}

} // namespace

void CustomerListModel::refresh()
{
    const bool wasOrdering = m_ordering;
    stopOrdering();
    beginResetModel();
    m_pages.clear();
    m_count = 0;
    m_order.clear();
    m_ordered = false;
    m_error.clear();
    // A long list in an order no index holds: its order is read once, in the background (a file on disk: the
    // worker opens its own connection to it). A filter is counted here only far enough to tell a short list; a
    // long one is counted with its order.
    QVariantList binds;
    const bool filtered = !whereClause(m_filter, &binds).isEmpty();
    const QString path = m_db.isValid() ? m_db.databaseName() : QString();
    const bool background = !path.isEmpty() && path != QLatin1StringView(":memory:");
    const bool open = m_db.isValid() && m_db.isOpen();
    // A search of a long list is counted with its order, in the background, from the start: the search index
    // gathers every match of a word's prefix before the first one (a word most names hold: tens of milliseconds
    // on a million customers).
    const bool longSearch =
        open && background && !CustomerSearch::matchExpression(m_filter.search).isEmpty() && lastId(m_db) > DirectRows;
    if (open && !longSearch) {
        if (auto counted = countOf(m_db, m_filter, filtered && background ? DirectRows + 1 : -1))
            m_count = int(counted.value());
        else
            m_error = counted.error();
    }
    const bool counting = filtered && background && (longSearch || m_count > DirectRows);
    if (counting)
        m_count = 0; // until the order says how many
    if (background && (counting || (m_count > DirectRows && m_sortColumn >= 0))) {
        binds.clear();
        const QString sql = keysQuery(&binds);
        m_cancel = std::make_shared<std::atomic_bool>(false);
        m_ordering = true;
        m_orderWatcher.setFuture(
            QtConcurrent::run(&CustomerListModel::readOrder, path, sql, binds, ++m_generation, m_cancel));
    }
    endResetModel();
    if (m_ordering != wasOrdering)
        Q_EMIT orderingChanged(m_ordering);
}

CustomerListModel::Order CustomerListModel::readOrder(const QString &path, const QString &sql,
                                                      const QVariantList &binds, quint64 generation,
                                                      const std::shared_ptr<std::atomic_bool> &cancel)
{
    Order order;
    order.generation = generation;
    const SqliteReader reader(path);
    if (!reader.handle()) {
        order.error = reader.error();
        return order;
    }
    // Sorting a million rows happens inside SQLite before the first row comes: a newer order stops it there.
    sqlite3_progress_handler(
        reader.handle(), 10000, [](void *flag) { return static_cast<std::atomic_bool *>(flag)->load() ? 1 : 0; },
        cancel.get());
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement keys(reader.handle(), utf8.constData());
    if (!keys.isValid()) {
        order.error = keys.error();
        return order;
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &b = binds.at(i);
        if (b.typeId() == QMetaType::Int || b.typeId() == QMetaType::LongLong)
            keys.bindInt(i + 1, b.toLongLong());
        else
            keys.bindText(i + 1, b.toString());
    }
    while (keys.next())
        order.ids.push_back(keys.int64(0));
    if (keys.failed() && !cancel->load())
        order.error = keys.error();
    sqlite3_progress_handler(reader.handle(), 0, nullptr, nullptr);
    return order;
}

void CustomerListModel::stopOrdering()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    // The worker stops at SQLite's next progress check; it reads the file, which may go after this.
    m_orderWatcher.waitForFinished();
    m_ordering = false;
}

void CustomerListModel::applyOrder(const Order &order)
{
    if (!m_ordering || order.generation != m_generation)
        return; // a stale order, or one already shown
    m_ordering = false;
    m_cancel.reset();
    if (!order.error.isEmpty()) {
        m_error = order.error;
        qCWarning(lcCustomers) << "Customer list order failed:" << m_error;
        beginResetModel();
        m_count = 0;
        endResetModel();
    } else if (qsizetype(order.ids.size()) != m_count) {
        // The file changed between the count and the order (a sync, another window): the order is what it holds.
        beginResetModel();
        m_order = order.ids;
        m_ordered = true;
        m_count = int(m_order.size());
        endResetModel();
    } else {
        m_order = order.ids;
        m_ordered = true;
        if (m_count > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
    }
    Q_EMIT orderingChanged(false);
}

void CustomerListModel::waitForOrder()
{
    if (!m_ordering)
        return;
    m_orderWatcher.waitForFinished();
    if (m_orderWatcher.future().resultCount() > 0)
        applyOrder(m_orderWatcher.result());
}

QString CustomerListModel::keysQuery(QVariantList *binds, bool reversed) const
{
    const QString where = whereClause(m_filter, binds);
    const QString order = orderClause(reversed);
    // Only the tables the filter and the order name: the customers to visit unfiltered come from the rank
    // alone, in the order of its index.
    const bool rankOnly = m_filter.onlyFlagged && where.isEmpty() && !order.contains(QLatin1StringView("c."));
    const QString keysFrom = rankOnly ? QStringLiteral(" FROM customer_rank r")
                             : m_filter.onlyFlagged
                                 ? QStringLiteral(" FROM customer_rank r JOIN customers c ON c.id = r.customer_id")
                             : order.contains(QLatin1StringView("r."))
                                 ? QStringLiteral(" FROM customers c LEFT JOIN customer_rank r ON r.customer_id = c.id")
                                 : QStringLiteral(" FROM customers c");
    return QStringLiteral("SELECT ") + (rankOnly ? QStringLiteral("r.customer_id") : QStringLiteral("c.id")) +
           keysFrom + where + order;
}

const CustomerListModel::Page *CustomerListModel::page(int pageIndex) const
{
    if (Page *cached = m_pages.object(pageIndex))
        return cached;
    if (m_ordering)
        return nullptr; // blank until the order is known
    std::vector<qint64> ids;
    ids.reserve(PageSize);
    if (m_ordered) {
        // The page's ids from the order read once.
        const auto from = std::min(m_order.size(), std::size_t(pageIndex) * PageSize);
        const auto to = std::min(m_order.size(), from + PageSize);
        ids.assign(m_order.begin() + qsizetype(from), m_order.begin() + qsizetype(to));
    } else {
        // Two steps: the page's row ids from the sort keys alone (an index holds them, so skipping to a page
        // far down a million rows reads index entries, not rows), then those rows whole. A page in the second
        // half of the list is counted from its end, in the reversed order (the index read backwards): no page
        // skips more than half the list.
        const qint64 start = qint64(pageIndex) * PageSize;
        const qint64 end = std::min<qint64>(m_count, start + PageSize);
        const bool fromEnd = start > m_count - end;
        QVariantList binds;
        QSqlQuery keys(m_db);
        keys.setForwardOnly(true);
        keys.prepare(keysQuery(&binds, fromEnd) + QStringLiteral(" LIMIT %1 OFFSET %2")
                                                      .arg(fromEnd ? end - start : PageSize)
                                                      .arg(fromEnd ? m_count - end : start));
        for (const QVariant &b : binds)
            keys.addBindValue(b);
        if (!keys.exec()) {
            m_error = keys.lastError().text();
            qCWarning(lcCustomers) << "Customer list page failed:" << m_error;
            return nullptr;
        }
        while (keys.next())
            ids.push_back(keys.value(0).toLongLong());
        if (fromEnd)
            std::reverse(ids.begin(), ids.end());
    }
    QStringList idList;
    for (const qint64 id : ids)
        idList << QString::number(id);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The ids are the database's own integers, written into the statement.
    if (!q.exec(QString::fromLatin1(kSelect) +
                QStringLiteral(" FROM customers c LEFT JOIN customer_rank r ON r.customer_id = c.id WHERE c.id IN (") +
                idList.join(QLatin1Char(',')) + QLatin1Char(')'))) {
        m_error = q.lastError().text();
        qCWarning(lcCustomers) << "Customer list page failed:" << m_error;
        return nullptr;
    }
    auto *rows = new Page;
    rows->reserve(PageSize);
    std::unordered_map<qint64, Row> byId;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        for (int c = 0; c < ColumnCount; ++c)
            r.values[c] = q.value(c + 1);
        QStringList reasons;
        // A leader's assignment first: it is why this visit is on the list.
        if (const QString assigned = q.value(16).toString(); !assigned.isEmpty())
            reasons << tr("Assigned by the branch: %1").arg(assigned);
        for (const QString &stored : q.value(12).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            reasons << reasonText(stored);
        if (!r.values[Flags].isNull() && r.values[Impact].isNull()) {
            // Flagged, and no flag's money can be known before a visit: said so, never shown as 0.
            QStringList notes;
            for (const QString &stored : q.value(15).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const QString note = impactNoteText(stored);
                if (!notes.contains(note))
                    notes << note;
            }
            reasons += notes;
            r.impactUnknown = true;
        }
        r.reasons = reasons.join(QLatin1Char('\n'));
        r.latitude = q.value(13);
        r.longitude = q.value(14);
        byId.emplace(r.id, std::move(r));
    }
    for (const qint64 id : ids) {
        if (auto found = byId.find(id); found != byId.end())
            rows->push_back(std::move(found->second));
    }
    m_pages.insert(pageIndex, rows);
    return rows;
}

const CustomerListModel::Row *CustomerListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const Page *p = page(row / PageSize);
    const std::size_t offset = std::size_t(row % PageSize);
    return p && offset < p->size() ? &(*p)[offset] : nullptr;
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_count || index.column() >= ColumnCount)
        return {};
    if (m_ordering)
        return role == Qt::DisplayRole && index.column() == Code ? QVariant(tr("Sorting…")) : QVariant();
    const Row *found = rowAt(index.row());
    if (!found)
        return {};
    const Row &row = *found;
    QVariant value = row.values[index.column()];
    if (index.column() == Distance) {
        // From the previous stop of the day, when both positions are known.
        const Row *previous = m_filter.plannedOn.isValid() ? rowAt(index.row() - 1) : nullptr;
        value = previous && !row.latitude.isNull() && !previous->latitude.isNull()
                    ? QVariant(geo::distanceKm(previous->latitude.toDouble(), previous->longitude.toDouble(),
                                               row.latitude.toDouble(), row.longitude.toDouble()))
                    : QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Impact)
            return row.impactUnknown ? QVariant(tr("unknown"))
                   : value.isNull()  ? QVariant()
                                     : QVariant(money::format(value.toLongLong()));
        if (index.column() == Flags) {
            QStringList names;
            for (const QString &r : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                names << ruleName(r);
            return names.join(QStringLiteral(", "));
        }
        if (index.column() == Status)
            return statusName(value.toString());
        if (index.column() == Households)
            return QLocale().toString(value.toDouble());
        if (index.column() == Distance)
            return value.isNull() ? QVariant()
                                  : QVariant(tr("%1 km").arg(QLocale().toString(value.toDouble(), 'f', 1)));
        return value;
    case Qt::ToolTipRole:
        return row.reasons.isEmpty() ? QVariant() : QVariant(row.reasons);
    case Qt::TextAlignmentRole:
        if (index.column() == Impact || index.column() == Households || index.column() == RouteOrder ||
            index.column() == Distance)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return value;
    case IdRole:
        return row.id;
    case CodeRole:
        return row.values[Code];
    case ReasonsRole:
        return row.reasons;
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Address:
        return tr("Address");
    case RouteBook:
        return tr("Route book");
    case RouteOrder:
        return tr("No.");
    case PriceString:
        return tr("Price string");
    case Households:
        return tr("Households");
    case Flags:
        return tr("Warnings");
    case Impact:
        return tr("12 months at stake");
    case Distance:
        return tr("Distance");
    case Status:
        return tr("Visit");
    default:
        return {};
    }
}

CustomerListModel::FilterChoices CustomerListModel::filterChoices(const QSqlDatabase &db)
{
    FilterChoices choices;
    const auto distinct = [&db](const char *column) {
        QStringList values;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // Each column has an index, which SQLite walks in order: no sort, no table read.
        if (q.exec(QStringLiteral("SELECT DISTINCT %1 FROM customers WHERE %1 <> '' ORDER BY %1")
                       .arg(QLatin1StringView(column)))) {
            while (q.next())
                values << q.value(0).toString();
        } else {
            qCWarning(lcCustomers) << "Filter choices failed:" << q.lastError().text();
        }
        return values;
    };
    choices.substations = distinct("substation");
    choices.routeBooks = distinct("route_book");
    choices.mainGroups = distinct("main_group");
    return choices;
}

QStringList CustomerListModel::statuses()
{
    return {QString::fromLatin1(visitStatus::Pending), QString::fromLatin1(visitStatus::Draft),
            QString::fromLatin1(visitStatus::Recorded)};
}

QString CustomerListModel::statusName(const QString &status)
{
    if (status == QLatin1StringView(visitStatus::Pending))
        return tr("Not visited");
    if (status == QLatin1StringView(visitStatus::Draft))
        return tr("In progress");
    if (status == QLatin1StringView(visitStatus::Recorded))
        return tr("Recorded");
    return status;
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

} // namespace ta
