#pragma once

// SQLite's own statements on a Qt connection, for the bulk paths over a million rows where QSqlQuery's
// per-value QVariant and UTF-16 conversions cost more than the database work. Same connection, so the
// same transaction; everything else keeps using QSqlQuery.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtSql/QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;

namespace ta {

/// The sqlite3 handle of a QSQLITE connection (null for another driver).
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/// A read-only connection of its own to a data file, for a worker thread reading beside the connection that
/// writes (WAL: it sees the last committed state). Closed when it goes.
class SqliteReader
{
public:
    explicit SqliteReader(const QString &path);
    ~SqliteReader();
    SqliteReader(const SqliteReader &) = delete;
    SqliteReader &operator=(const SqliteReader &) = delete;

    sqlite3 *handle() const { return m_db; }
    QString error() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString error() const;
    bool failed() const { return m_failed; }

    /// Advances to the next row: true while there is one; false once done or on an error (see failed()).
    bool next();
    /// Runs a statement that returns no rows with the values bound, then makes it ready for the next ones.
    bool exec();
    /// Makes a query ready to run again (with new values bound).
    void reset();

    // Parameters are 1-based. Text is copied by SQLite before these return, except by bindTextInPlace().
    void bindInt(int index, qint64 value);
    void bindReal(int index, double value);
    void bindText(int index, QByteArrayView utf8);
    void bindText(int index, const QString &text) { bindText(index, QByteArrayView(m_scratch = text.toUtf8())); }
    /// Binds text that stays where it is, unchanged, until the statement is next run by exec() or reset: SQLite
    /// reads it in place instead of copying it (a bulk load binds millions of values).
    void bindTextInPlace(int index, QByteArrayView utf8);
    void bindNull(int index);
    /// The rowid of the last row this connection inserted.
    qint64 lastInsertRowId() const;

    qint64 int64(int column) const; ///< 0-based
    double real(int column) const;
    QByteArrayView text(int column) const; ///< UTF-8, valid until the next step
    bool isNull(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QByteArray m_scratch;
    bool m_failed = false;
    bool m_finished = false;
};

} // namespace ta
