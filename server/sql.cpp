#include "server/sql.h"

#include <QHash>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace ta::server {

SqlConnection::~SqlConnection() = default;

Status SqlConnection::run(const QString &sql, const std::vector<SqlValue> &params)
{
    auto rows = exec(sql, params);
    return rows ? Status::success() : rows.status();
}

Result<std::optional<SqlValue>> SqlConnection::scalar(const QString &sql, const std::vector<SqlValue> &params)
{
    auto rows = exec(sql, params);
    if (!rows)
        return rows.status();
    if (rows->empty() || rows->front().empty())
        return std::optional<SqlValue>();
    return std::optional<SqlValue>(rows->front().front());
}

namespace {

class SqliteConnection final : public SqlConnection
{
public:
    explicit SqliteConnection(sqlite3 *db) : m_db(db) {}
    ~SqliteConnection() override
    {
        for (sqlite3_stmt *s : std::as_const(m_statements))
            sqlite3_finalize(s);
        sqlite3_close_v2(m_db);
    }
    Kind kind() const override { return Kind::Sqlite; }
    bool lastWasConflict() const override { return m_conflict; }
    Status execScript(const QString &sql) override
    {
        char *error = nullptr;
        if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error) == SQLITE_OK)
            return Status::success();
        const QString message = QString::fromUtf8(error ? error : "?");
        sqlite3_free(error);
        return Status::failure(QStringLiteral("SQLite: %1 (%2)").arg(message, sql.left(120)));
    }

    Result<SqlRows> exec(const QString &sql, const std::vector<SqlValue> &params) override
    {
        m_conflict = false;
        sqlite3_stmt *statement = m_statements.value(sql);
        if (!statement) {
            const QByteArray text = sql.toUtf8();
            if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                                   nullptr) != SQLITE_OK)
                return failure(sql);
            m_statements.insert(sql, statement);
        }
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        for (std::size_t i = 0; i < params.size(); ++i) {
            const SqlValue &v = params[i];
            if (v.isNull())
                sqlite3_bind_null(statement, int(i) + 1);
            else
                sqlite3_bind_text(statement, int(i) + 1, v.text->constData(), int(v.text->size()), SQLITE_TRANSIENT);
        }
        SqlRows rows;
        for (;;) {
            const int step = sqlite3_step(statement);
            if (step == SQLITE_DONE)
                break;
            if (step != SQLITE_ROW) {
                const int extended = sqlite3_extended_errcode(m_db);
                m_conflict = extended == SQLITE_CONSTRAINT_PRIMARYKEY || extended == SQLITE_CONSTRAINT_UNIQUE;
                auto error = failure(sql);
                sqlite3_reset(statement);
                return error;
            }
            SqlRow row;
            const int columns = sqlite3_column_count(statement);
            for (int c = 0; c < columns; ++c) {
                if (sqlite3_column_type(statement, c) == SQLITE_NULL) {
                    row.push_back(SqlValue::null());
                } else {
                    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, c));
                    SqlValue v;
                    v.text = QByteArray(text, sqlite3_column_bytes(statement, c));
                    row.push_back(v);
                }
            }
            rows.push_back(std::move(row));
        }
        sqlite3_reset(statement);
        return rows;
    }

private:
    Result<SqlRows> failure(const QString &sql) const
    {
        return Result<SqlRows>::failure(
            QStringLiteral("SQLite: %1 (%2)").arg(QString::fromUtf8(sqlite3_errmsg(m_db)), sql.left(120)));
    }

    sqlite3 *m_db;
    QHash<QString, sqlite3_stmt *> m_statements;
    bool m_conflict = false;
};

class PostgresConnection final : public SqlConnection
{
public:
    explicit PostgresConnection(PGconn *db) : m_db(db) {}
    ~PostgresConnection() override { PQfinish(m_db); }
    Kind kind() const override { return Kind::Postgresql; }
    bool lastWasConflict() const override { return m_conflict; }
    Status execScript(const QString &sql) override
    {
        PGresult *result = PQexec(m_db, sql.toUtf8().constData());
        const ExecStatusType status = PQresultStatus(result);
        const QString error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
            return Status::success();
        return Status::failure(QStringLiteral("PostgreSQL: %1 (%2)").arg(error, sql.left(120)));
    }

    Result<SqlRows> exec(const QString &sql, const std::vector<SqlValue> &params) override
    {
        m_conflict = false;
        QByteArray name = m_statements.value(sql);
        if (name.isEmpty()) {
            name = "s" + QByteArray::number(m_statements.size() + 1);
            const QByteArray text = numbered(sql).toUtf8();
            PGresult *prepared = PQprepare(m_db, name.constData(), text.constData(), 0, nullptr);
            const bool ok = PQresultStatus(prepared) == PGRES_COMMAND_OK;
            const QString error = ok ? QString() : QString::fromUtf8(PQresultErrorMessage(prepared));
            PQclear(prepared);
            if (!ok)
                return Result<SqlRows>::failure(
                    QStringLiteral("PostgreSQL: %1 (%2)").arg(error.trimmed(), sql.left(120)));
            m_statements.insert(sql, name);
        }
        std::vector<const char *> values;
        for (const SqlValue &v : params)
            values.push_back(v.isNull() ? nullptr : v.text->constData());
        PGresult *result =
            PQexecPrepared(m_db, name.constData(), int(values.size()), values.data(), nullptr, nullptr, 0);
        const ExecStatusType status = PQresultStatus(result);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
            m_conflict = state && qstrcmp(state, "23505") == 0;
            const QString error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            PQclear(result);
            return Result<SqlRows>::failure(QStringLiteral("PostgreSQL: %1 (%2)").arg(error, sql.left(120)));
        }
        SqlRows rows;
        const int n = PQntuples(result), columns = PQnfields(result);
        rows.reserve(std::size_t(n));
        for (int r = 0; r < n; ++r) {
            SqlRow row;
            for (int c = 0; c < columns; ++c) {
                if (PQgetisnull(result, r, c)) {
                    row.push_back(SqlValue::null());
                } else {
                    SqlValue v;
                    v.text = QByteArray(PQgetvalue(result, r, c), PQgetlength(result, r, c));
                    row.push_back(v);
                }
            }
            rows.push_back(std::move(row));
        }
        PQclear(result);
        return rows;
    }

private:
    /// `?` → `$1`, `$2`, … outside quoted text.
    static QString numbered(const QString &sql)
    {
        QString out;
        int n = 0;
        bool quoted = false;
        for (const QChar c : sql) {
            if (c == QLatin1Char('\''))
                quoted = !quoted;
            if (c == QLatin1Char('?') && !quoted)
                out += QLatin1Char('$') + QString::number(++n);
            else
                out += c;
        }
        return out;
    }

    PGconn *m_db;
    QHash<QString, QByteArray> m_statements;
    bool m_conflict = false;
};

} // namespace

Result<std::unique_ptr<SqlConnection>> openSqlite(const QString &path)
{
    using R = Result<std::unique_ptr<SqlConnection>>;
    sqlite3 *db = nullptr;
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close_v2(db);
        return R::failure(QStringLiteral("SQLite %1: %2").arg(path, error));
    }
    sqlite3_busy_timeout(db, 10000);
    auto connection = std::make_unique<SqliteConnection>(db);
    // WAL, and every commit on disk before it returns: a receipt is only given for what is durable.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
        if (auto done = connection->exec(QString::fromLatin1(pragma), {}); !done)
            return done.status();
    }
    return std::unique_ptr<SqlConnection>(std::move(connection));
}

Result<std::unique_ptr<SqlConnection>> openPostgres(const QString &url)
{
    using R = Result<std::unique_ptr<SqlConnection>>;
    PGconn *db = PQconnectdb(url.toUtf8().constData());
    if (PQstatus(db) != CONNECTION_OK) {
        const QString error = QString::fromUtf8(PQerrorMessage(db)).trimmed();
        PQfinish(db);
        return R::failure(QStringLiteral("PostgreSQL: %1").arg(error));
    }
    auto connection = std::make_unique<PostgresConnection>(db);
    if (auto done = connection->exec(QStringLiteral("SET client_min_messages = warning"), {}); !done)
        return done.status();
    return std::unique_ptr<SqlConnection>(std::move(connection));
}

Result<std::unique_ptr<SqlConnection>> openDatabase(const QString &database)
{
    if (database.startsWith(QLatin1StringView("postgresql://")) ||
        database.startsWith(QLatin1StringView("postgres://")))
        return openPostgres(database);
    return openSqlite(database);
}

} // namespace ta::server
