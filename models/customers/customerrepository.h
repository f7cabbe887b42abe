#pragma once

#include "models/core/result.h"
#include "models/customers/customer.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

#include <optional>

namespace ta {

/// Reads and writes customers in a profile's data file. Writes run inside the caller's transaction, so a
/// whole list lands at once or not at all.
class CustomerRepository
{
public:
    enum class Outcome { Inserted, Updated, Unchanged };

    explicit CustomerRepository(QSqlDatabase db);

    /// Inserts a new customer (its code must be new).
    Status insert(const Customer &customer);
    /// For a first import into an empty file: rows go in without their search entries, and
    /// rebuildSearchIndex() indexes them all at once at the end (several times faster).
    void setSearchIndexDeferred(bool deferred) { m_deferSearch = deferred; }
    Status rebuildSearchIndex();
    /// Inserts, or updates the customer with the same code when any field differs; the row id (and so the
    /// customer's inspection history) stays.
    Result<Outcome> upsert(const Customer &customer);
    /// Removes every customer.
    Status removeAll();
    qint64 count() const;
    std::optional<Customer> findByCode(const QString &code) const;
    /// Puts the customers with @p codes on the visits of @p day, or takes them off (an invalid day).
    Status plan(const QStringList &codes, const QDate &day);

    /// Recomputes main group, search text, row hash of every row (used by migrations).
    static Status refreshDerivedColumns(QSqlDatabase db);
    /// The customer in the current row of a query selected with columns(), starting at column @p offset.
    static Customer fromQuery(const QSqlQuery &query, int offset = 0);
    /// The column list fromQuery() reads, for SELECT statements.
    static QString columns();

private:
    Status bind(QSqlQuery &query, const Customer &customer, int offset, const QString &history,
                const QString &searchText);

    QSqlDatabase m_db;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_lookup;
    QSqlQuery m_searchInsert;
    QSqlQuery m_searchDelete;
    bool m_prepared = false;
    bool m_deferSearch = false;
};

} // namespace ta
