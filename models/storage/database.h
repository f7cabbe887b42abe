#pragma once

// One SQLite database file with its schema. Opening a database brings its schema up to date through
// numbered migrations, each in one transaction, after copying the file aside; a file written by a newer
// version of the product (or by something else) is refused and left untouched.
//
// A Database owns one named QSqlDatabase connection, usable only on the thread that opened it; worker
// threads open their own Database on the same file.

#include "models/core/result.h"

#include <QString>
#include <QStringList>
#include <QtSql/QSqlDatabase>

#include <functional>
#include <memory>
#include <vector>

namespace ta {

class Database;

/// One schema step: the statements that take a database from version - 1 to version, and optionally code
/// that runs after them in the same transaction (for data SQL cannot transform alone).
struct Migration
{
    int version;
    QString description;
    QStringList statements;
    std::function<Status(Database &)> code = {};
};

/// The migrations of one kind of database file, and the SQLite application_id stamped into it.
struct Schema
{
    QString name;
    qint32 applicationId;
    std::vector<Migration> migrations;
    int latestVersion() const { return migrations.empty() ? 0 : migrations.back().version; }
};

class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating if needed) the file at @p path and migrates it to the schema's latest version.
    static Result<std::unique_ptr<Database>> open(const QString &path, const Schema &schema);
    /// Opens and migrates only up to @p targetVersion; for tests of the migrations themselves.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString &path, const Schema &schema,
                                                           int targetVersion);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    /// Backup files made before migrations, newest last.
    QStringList backups() const { return m_backups; }

    /// Runs @p sql (no results expected); a translated error names the statement's failure.
    Status exec(const QString &sql);

    /// The user_version of a file on disk without changing it; -1 when it cannot be read.
    static int peekVersion(const QString &path);

private:
    Database() = default;
    Status migrate(const Schema &schema, int targetVersion);

    QString m_path;
    QString m_connectionName;
    QStringList m_backups;
};

/// RAII write transaction on a connection: rolls back unless commit() succeeded. On SQLite it holds the
/// write lock from the start, waiting up to the busy timeout for another writer to finish.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    bool isActive() const { return m_active; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

/// Whether @p error is SQLite's report of a full disk (SQLITE_FULL, whose message SQLite never translates).
bool isDiskFull(const QString &error);
/// @p status as the user should read it: a full disk said plainly (nothing was saved, what to free), any other
/// failure as it is.
Status plainDiskFull(Status status);
template <typename T> Result<T> plainDiskFull(Result<T> result)
{
    if (!result.ok() && isDiskFull(result.error()))
        return Result<T>::failure(plainDiskFull(result.status()).error());
    return result;
}

/// Bulk loading: drops the indexes of @p table that the schema declared (not those SQLite keeps for its
/// UNIQUE and PRIMARY KEY constraints, nor partial ones) and returns their CREATE statements, to run again with
/// execAll() once the rows are in. Inside a transaction, a failure in between leaves the schema as it was.
Result<QStringList> dropDeclaredIndexes(QSqlDatabase db, const QString &table);
/// Runs @p statements in order; stops at the first failure.
Status execAll(QSqlDatabase db, const QStringList &statements);

/// @p value for a NOT NULL text column: a null QString binds as NULL, an empty one as ''.
inline QString notNullText(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace ta
