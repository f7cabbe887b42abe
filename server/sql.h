#pragma once

// The server's two databases behind one small interface: SQLite (the default: one file, WAL, durable
// commits) and PostgreSQL through libpq (a corporation's server). The store writes its SQL once: `?`
// placeholders (numbered for PostgreSQL here), TEXT and BIGINT columns only, ON CONFLICT, RETURNING and
// SAVEPOINT, which both understand. Statements are prepared once per connection and kept.
//
// A connection belongs to one thread at a time (the store's pool and writer see to it).

#include "models/core/result.h"

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace ta::server {

/// A value as both databases take and give it: text, or NULL. Numbers travel as their decimal text.
struct SqlValue
{
    std::optional<QByteArray> text;

    SqlValue() = default;
    SqlValue(const QString &value) : text(value.toUtf8()) {}
    SqlValue(const char *value) : text(QByteArray(value)) {}
    SqlValue(QLatin1StringView value) : text(QByteArray(value.data(), value.size())) {}
    SqlValue(qint64 value) : text(QByteArray::number(value)) {}
    SqlValue(int value) : text(QByteArray::number(value)) {}
    static SqlValue null() { return {}; }

    bool isNull() const { return !text.has_value(); }
    QString toString() const { return text ? QString::fromUtf8(*text) : QString(); }
    qint64 toInt() const { return text ? text->toLongLong() : 0; }
};

using SqlRow = std::vector<SqlValue>;
using SqlRows = std::vector<SqlRow>;

class SqlConnection
{
public:
    enum class Kind { Sqlite, Postgresql };

    virtual ~SqlConnection();
    virtual Kind kind() const = 0;
    /// Runs @p sql with its `?` placeholders bound to @p params, in order; the rows it returns.
    virtual Result<SqlRows> exec(const QString &sql, const std::vector<SqlValue> &params = {}) = 0;
    /// Whether the last failure was a unique or primary-key violation.
    virtual bool lastWasConflict() const = 0;
    /// Runs @p sql as it is, unprepared and without parameters (schema changes).
    virtual Status execScript(const QString &sql) = 0;

    Status run(const QString &sql, const std::vector<SqlValue> &params = {});
    /// The first column of the first row, if any.
    Result<std::optional<SqlValue>> scalar(const QString &sql, const std::vector<SqlValue> &params = {});
};

/// Opens the SQLite file @p path (created when missing), WAL, synchronous FULL, foreign keys on.
Result<std::unique_ptr<SqlConnection>> openSqlite(const QString &path);
/// Opens a PostgreSQL connection from a libpq URL ("postgresql://user@/db?host=/run/postgresql").
Result<std::unique_ptr<SqlConnection>> openPostgres(const QString &url);
/// Either, by the form of @p database: a postgresql:// URL, or a SQLite file path.
Result<std::unique_ptr<SqlConnection>> openDatabase(const QString &database);

} // namespace ta::server
