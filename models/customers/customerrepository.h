#pragma once

#include "models/core/result.h"
#include "models/customers/customer.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

#include <memory>

#include <optional>

struct sqlite3;

namespace ta {

class SqliteStatement;

/// Reads and writes customers in a profile's data file. Writes run inside the caller's transaction, so a
/// whole list lands at once or not at all.
class CustomerRepository
{
public:
    enum class Outcome { Inserted, Updated, Unchanged };

    explicit CustomerRepository(QSqlDatabase db);
    ~CustomerRepository();

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
    /// Binds the columns of @p customer from parameter 1 on, the code first unless @p withCode is false
    /// (an update keys by id and leaves the code).
    static void bind(SqliteStatement &statement, const Customer &customer, bool withCode, const QByteArray &history,
                     const QString &searchText);
    QString failure(const QString &code, const SqliteStatement &statement) const;

    QSqlDatabase m_db;
    sqlite3 *m_handle;
    std::unique_ptr<SqliteStatement> m_insert;
    std::unique_ptr<SqliteStatement> m_update;
    std::unique_ptr<SqliteStatement> m_lookup;
    std::unique_ptr<SqliteStatement> m_searchInsert;
    std::unique_ptr<SqliteStatement> m_searchDelete;
    bool m_prepared = false;
    bool m_deferSearch = false;
};

} // namespace ta
