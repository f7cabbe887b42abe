#include "models/storage/database.h"

#include "models/core/logging.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <sqlite3.h>

namespace ta {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("ta-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

struct FileHeader
{
    bool readable = false;
    int userVersion = 0;
    qint32 applicationId = 0;
};

// Reads the header pragmas through a read-only connection, so a refused file is never modified.
FileHeader readHeader(const QString &path)
{
    FileHeader header;
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
                header.userVersion = q.value(0).toInt();
                header.readable = true;
            }
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                header.applicationId = q.value(0).toInt();
            // A file that is not SQLite fails on the first real read, not on open.
            if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
                header.readable = false;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return header;
}

} // namespace

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Schema &schema)
{
    return openAtVersion(path, schema, schema.latestVersion());
}

namespace {

// Before SQLite's first connection: no count of the memory it allocates (each allocation would take a lock process
// wide for it; a million-row import allocates tens of millions of times). Too late once a connection is open, and
// then harmless.
void configureSqlite()
{
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(configured);
}

} // namespace

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &path, const Schema &schema, int targetVersion)
{
    using R = Result<std::unique_ptr<Database>>;
    configureSqlite();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return R::failure(
            QCoreApplication::translate("ta::Database", "Cannot create the folder %1.").arg(info.absolutePath()));

    if (info.exists() && info.size() > 0) {
        const FileHeader header = readHeader(path);
        if (!header.readable)
            return R::failure(
                QCoreApplication::translate("ta::Database", "%1 is not a database this program can read.").arg(path));
        if (header.applicationId != 0 && header.applicationId != schema.applicationId)
            return R::failure(QCoreApplication::translate("ta::Database", "%1 is not a %2 database of Tariff Audit.")
                                  .arg(path, schema.name));
        if (header.userVersion > schema.latestVersion())
            return R::failure(QCoreApplication::translate(
                                  "ta::Database",
                                  "%1 was written by a newer version of Tariff Audit (schema %2; this version "
                                  "knows up to %3). It was left untouched: update Tariff Audit to open it.")
                                  .arg(path)
                                  .arg(header.userVersion)
                                  .arg(schema.latestVersion()));
    }

    std::unique_ptr<Database> database(new Database);
    database->m_path = info.absoluteFilePath();
    database->m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(database->m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return R::failure(
            QCoreApplication::translate("ta::Database", "Cannot open %1: %2").arg(path, db.lastError().text()));

    // A new file gets pages of 16 KiB (SQLite's default is 4 KiB; a file that exists keeps its own): a list of a
    // million customers is written and indexed in a third less time, in fewer, fuller pages.
    for (const char *pragma :
         {"PRAGMA page_size=16384", "PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
        if (Status s = database->exec(QString::fromLatin1(pragma)); !s)
            return R::failure(s.error());
    }

    if (Status s = database->migrate(schema, targetVersion); !s)
        return R::failure(s.error());
    return R(std::move(database));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::exec(const QString &sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return Status::failure(QCoreApplication::translate("ta::Database", "Database error in %1: %2")
                                   .arg(QFileInfo(m_path).fileName(), q.lastError().text()));
    return Status::success();
}

int Database::peekVersion(const QString &path)
{
    if (!QFileInfo::exists(path))
        return -1;
    const FileHeader header = readHeader(path);
    return header.readable ? header.userVersion : -1;
}

Status Database::migrate(const Schema &schema, int targetVersion)
{
    const int from = schemaVersion();
    if (from >= targetVersion)
        return Status::success();

    if (from > 0) {
        // The copy is made with VACUUM INTO, which is consistent even while the WAL holds pages.
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        const QString backup = QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(from).arg(stamp);
        // Written under a name of its own and renamed when whole: a copy cut short (the tablet's battery) is
        // never taken for a backup, and is removed (with the journal of its own the copy keeps meanwhile) when
        // the upgrade is tried again.
        const QFileInfo data(m_path);
        for (const QString &stale :
             data.dir().entryList({data.fileName() + QStringLiteral(".v*.bak.part*")}, QDir::Files))
            QFile::remove(data.dir().filePath(stale));
        const QString partial = backup + QStringLiteral(".part");
        QSqlQuery q(connection());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(partial);
        if (!q.exec()) {
            QFile::remove(partial);
            return Status::failure(
                QCoreApplication::translate("ta::Database",
                                            "Could not copy %1 before upgrading it: %2. Nothing was changed.")
                    .arg(m_path, q.lastError().text()));
        }
        if (!QFile::rename(partial, backup)) {
            QFile::remove(partial);
            return Status::failure(QCoreApplication::translate("ta::Database", "Could not name the copy of %1 %2 "
                                                                               "before upgrading it. Nothing was "
                                                                               "changed.")
                                       .arg(m_path, backup));
        }
        m_backups << backup;
        qCInfo(lcStorage) << "Copied" << m_path << "to" << backup << "before migrating from version" << from;
    }

    for (const Migration &m : schema.migrations) {
        if (m.version <= from || m.version > targetVersion)
            continue;
        Transaction tx(connection());
        if (!tx.isActive())
            return Status::failure(
                QCoreApplication::translate("ta::Database", "Cannot start a transaction on %1.").arg(m_path));
        for (const QString &statement : m.statements) {
            QSqlQuery q(connection());
            if (!q.exec(statement))
                return Status::failure(
                    QCoreApplication::translate("ta::Database",
                                                "Upgrading %1 to schema %2 (%3) failed: %4. The database was left at "
                                                "schema %5.")
                        .arg(m_path)
                        .arg(m.version)
                        .arg(m.description, q.lastError().text())
                        .arg(schemaVersion()));
        }
        if (m.code) {
            if (Status s = m.code(*this); !s)
                return Status::failure(
                    QCoreApplication::translate("ta::Database",
                                                "Upgrading %1 to schema %2 (%3) failed: %4. The database was left at "
                                                "schema %5.")
                        .arg(m_path)
                        .arg(m.version)
                        .arg(m.description, s.error())
                        .arg(schemaVersion()));
        }
        QSqlQuery stamp(connection());
        if (m.version == 1 && !stamp.exec(QStringLiteral("PRAGMA application_id = %1").arg(schema.applicationId)))
            return Status::failure(stamp.lastError().text());
        if (!stamp.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)))
            return Status::failure(stamp.lastError().text());
        if (Status s = tx.commit(); !s)
            return s;
        qCInfo(lcStorage) << "Migrated" << m_path << "to schema" << m.version << m.description;
    }
    return Status::success();
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    // Every transaction here writes: on SQLite it takes the write lock at once (BEGIN IMMEDIATE), so that
    // while another connection writes (a background job, the app's own thread) it waits the busy timeout.
    // A deferred one that read first would fail at once when it came to write, since SQLite cannot wait
    // to upgrade a read without risking a deadlock.
    if (m_db.driverName() == QLatin1StringView("QSQLITE")) {
        QSqlQuery begin(m_db);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_active = m_db.transaction();
    }
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(QCoreApplication::translate("ta::Database", "No transaction is open."));
    m_active = false;
    if (!m_db.commit())
        return Status::failure(
            QCoreApplication::translate("ta::Database", "Saving failed: %1").arg(m_db.lastError().text()));
    return Status::success();
}

bool isDiskFull(const QString &error)
{
    return error.contains(QLatin1StringView(sqlite3_errstr(SQLITE_FULL)));
}

Status plainDiskFull(Status status)
{
    if (status.ok() || !isDiskFull(status.error()))
        return status;
    return Status::failure(QCoreApplication::translate("ta::Database",
                                                       "The storage of this device is full: nothing was saved. Free "
                                                       "some space (old record folders, photos, lists) and try "
                                                       "again."));
}

Result<QStringList> dropDeclaredIndexes(QSqlDatabase db, const QString &table)
{
    QStringList creates, names;
    {
        QSqlQuery q(db);
        // A partial index stays: rows are added to it one by one only when they belong in it, where building it
        // again would read the whole table (which, for a list just loaded, is usually all it would do).
        q.prepare(QStringLiteral("SELECT m.name, m.sql FROM sqlite_master m JOIN pragma_index_list(?) l ON l.name = "
                                 "m.name WHERE m.type = 'index' AND m.sql IS NOT NULL AND l.partial = 0"));
        q.addBindValue(table);
        if (!q.exec())
            return Result<QStringList>::failure(q.lastError().text());
        while (q.next()) {
            names << q.value(0).toString();
            creates << q.value(1).toString();
        }
    }
    QSqlQuery drop(db);
    for (const QString &name : names) {
        if (!drop.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            return Result<QStringList>::failure(drop.lastError().text());
    }
    return creates;
}

Status execAll(QSqlDatabase db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return Status::failure(q.lastError().text());
    }
    return Status::success();
}

} // namespace ta
