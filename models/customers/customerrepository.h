#pragma once

#include "models/core/result.h"
#include "models/customers/customer.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

#include <array>
#include <memory>
#include <utility>
#include <vector>

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

    /// What a row stores beside the customer's own fields: the packed history, the main group and the
    /// fingerprint, the text columns in UTF-8. Pure, so a bulk import computes it on any thread.
    struct Derived
    {
        /// The text columns as stored (UTF-8), one after the other in one buffer.
        enum Text {
            Code,
            Name,
            Address,
            Phone,
            Substation,
            RouteBook,
            Serial,
            Voltage,
            PriceText,
            RatioCheck,
            History,
            MainGroup,
            TextCount
        };
        QByteArray bytes;
        std::array<std::pair<int, int>, TextCount> spans{}; ///< offset and size in bytes
        bool hasRatioCheck = false;
        quint64 hash = 0;

        QByteArrayView text(Text t) const { return QByteArrayView(bytes).sliced(spans[t].first, spans[t].second); }
        static Derived of(const Customer &customer);
    };

    /// Inserts a new customer (its code must be new).
    Status insert(const Customer &customer);
    /// The same with its derived values computed already and, when @p id is not 0, that row id.
    Status insert(const Customer &customer, const Derived &derived, qint64 id = 0);
    /// For a first import into an empty file: the rows from now on go in without their search entries;
    /// SearchIndex::step() indexes them afterwards, in the background (see SearchIndex).
    Status deferSearchIndex();
    /// Inserts, or updates the customer with the same code when any field differs; the row id (and so the
    /// customer's inspection history) stays.
    Result<Outcome> upsert(const Customer &customer);
    /// Removes every customer.
    Status removeAll();
    qint64 count() const;
    std::optional<Customer> findByCode(const QString &code) const;
    /// Puts the customers with @p codes on the visits of @p day, or takes them off (an invalid day).
    Status plan(const QStringList &codes, const QDate &day);

    /// Recomputes main group and row hash of every row (used by migrations).
    static Status refreshDerivedColumns(QSqlDatabase db);
    /// The customer in the current row of a query selected with columns(), starting at column @p offset.
    static Customer fromQuery(const QSqlQuery &query, int offset = 0);
    /// The column list fromQuery() reads, for SELECT statements.
    static QString columns();

private:
    /// Binds the columns of @p customer, the code first unless @p withCode is false
    /// (an update keys by id and leaves the code).
    /// Binds from parameter @p first on; the texts are read from @p derived in place, which must stay until the
    /// statement runs.
    static void bind(SqliteStatement &statement, const Customer &customer, bool withCode, const Derived &derived,
                     int first);
    /// Whether the search index holds row @p id (rows from the pending mark on wait for the background).
    bool indexed(qint64 id) const { return !m_searchPendingFrom || id < *m_searchPendingFrom; }
    QString failure(const QString &code, const SqliteStatement &statement) const;
    /// A row waiting for the search index was written (see SearchIndex::notePendingChange).
    Status notePendingChange();

    QSqlDatabase m_db;
    sqlite3 *m_handle;
    std::unique_ptr<SqliteStatement> m_insert;
    std::unique_ptr<SqliteStatement> m_insertWithId;
    std::unique_ptr<SqliteStatement> m_update;
    std::unique_ptr<SqliteStatement> m_lookup;
    std::vector<std::unique_ptr<SqliteStatement>> m_searchInsert; // by shard
    std::vector<std::unique_ptr<SqliteStatement>> m_searchDelete;
    bool m_notedPendingChange = false;
    bool m_deferring = false; // this repository marked the rows pending (a first import): nothing to note
    bool m_prepared = false;
    std::optional<qint64> m_searchPendingFrom;
};

} // namespace ta
