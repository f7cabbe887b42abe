#pragma once

// The customer list over a whole data file, for views: rows are read from SQLite a page at a time as the
// view asks for them (a small cache of pages), so a million customers never sit in memory. Filtering and
// sorting happen in SQL.
//
// The worklist's own orders over the whole list are held by indexes: a page anywhere is read from the index
// alone. A list of more than DirectRows customers filtered, or sorted by a column the user chose, would be
// sorted again for every page; its order (the row ids only, 8 bytes a customer) is read once instead, off the
// UI thread on a connection of its own, and pages are then read by id. Until it is known the rows are blank, and
// a filtered list is not counted on the UI thread either (isOrdering(), orderingChanged()); nor is a search of a
// list longer than DirectRows at all.

#include "models/core/result.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QDate>
#include <QFutureWatcher>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QtSql/QSqlDatabase>

#include <atomic>
#include <memory>
#include <vector>

namespace ta {

class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        Address,
        RouteBook,
        RouteOrder,
        PriceString,
        Households,
        Flags,
        Impact,
        Distance,
        Status,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, CodeRole, ReasonsRole };

    struct Filter
    {
        QString search; ///< words, as typed
        bool onlyFlagged = true;
        QString rule;              ///< a pre-screen rule id, or empty
        QString mainGroup;         ///< "SHBT", "KDDV", … or empty
        QString routeBook;         ///< or empty
        QString substation;        ///< or empty
        QDate plannedOn;           ///< the visits of that day, in route order with distances; invalid: not this view
        QString status;            ///< a visitStatus value, or empty
        bool onlyAssigned = false; ///< only the customers a branch leader assigned (with onlyFlagged false)
    };

    /// What the filters can choose from in a data file: its substations, route books and price groups.
    struct FilterChoices
    {
        QStringList substations;
        QStringList routeBooks;
        QStringList mainGroups;
    };
    /// Reads the choices (distinct values over indexes: tens of milliseconds for a million customers once
    /// the file is in the cache, up to a second cold, so callers off the UI thread).
    static FilterChoices filterChoices(const QSqlDatabase &db);
    /// The translated name of a visit status ("pending", "draft", "recorded").
    static QString statusName(const QString &status);
    static QStringList statuses();

    /// How many customers @p filter selects in @p db; with @p atMost, a filtered list is counted no further.
    static Result<qint64> countOf(const QSqlDatabase &db, const Filter &filter, qint64 atMost = -1);
    /// The codes of the customers @p filter selects in @p db (route order), at most @p limit.
    static Result<QStringList> codes(const QSqlDatabase &db, const Filter &filter, qint64 limit);

    /// Lists up to this many customers are paged straight from SQL, whatever their filter and order.
    static constexpr int DirectRows = 10000;

    explicit CustomerListModel(QObject *parent = nullptr);
    ~CustomerListModel() override;

    /// Shows the customers of @p db (a connection of the calling thread); an invalid one empties the model.
    void setDatabase(const QSqlDatabase &db);
    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }
    /// Re-reads everything (after an import or a pre-screen).
    void refresh();
    QString lastError() const { return m_error; }
    /// Whether the order of the rows is being read: the rows are blank until then, and a filtered list has none
    /// (rowCount() 0) until its count comes with its order.
    bool isOrdering() const { return m_ordering; }
    /// Waits until the order being read is known and shows it (benchmarks and tests; the app is told by
    /// orderingChanged()).
    void waitForOrder();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void orderingChanged(bool ordering);

private:
    struct Order
    {
        quint64 generation = 0;
        std::vector<qint64> ids;
        QString error;
    };
    struct Row
    {
        qint64 id = 0;
        QVariant values[ColumnCount];
        QString reasons;
        bool impactUnknown = false; ///< flagged, with no flag's money known
        QVariant latitude;
        QVariant longitude;
    };
    using Page = std::vector<Row>;
    static constexpr int PageSize = 200;

    static QString whereClause(const Filter &filter, QVariantList *binds);
    /// The list's ORDER BY; @p reversed: every term the other way round (the same rows, last first).
    QString orderClause(bool reversed = false) const;
    /// The statement selecting the row ids in the list's order (or reversed), and its values.
    QString keysQuery(QVariantList *binds, bool reversed = false) const;
    static Order readOrder(const QString &path, const QString &sql, const QVariantList &binds, quint64 generation,
                           const std::shared_ptr<std::atomic_bool> &cancel);
    void stopOrdering();
    void applyOrder(const Order &order);
    const Page *page(int pageIndex) const;
    const Row *rowAt(int row) const;

    QSqlDatabase m_db;
    Filter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_count = 0;
    mutable QCache<int, Page> m_pages{40};
    mutable QString m_error;
    // The order read off the UI thread, when the list has one (m_ordered); m_generation tells a stale one.
    std::vector<qint64> m_order;
    bool m_ordered = false;
    bool m_ordering = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Order> m_orderWatcher;
};

} // namespace ta
