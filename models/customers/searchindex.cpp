#include "models/customers/searchindex.h"

#include "models/core/logging.h"
#include "models/customers/searchtext.h"
#include "models/storage/database.h"
#include "models/storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QThreadPool>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <sqlite3.h>

#include <atomic>
#include <memory>

namespace ta {

namespace {

constexpr auto kPendingKey = "search.pendingFrom";
constexpr auto kChangedKey = "search.pendingChanged";

QString failedText(const QString &detail)
{
    return QCoreApplication::translate("ta::SearchIndex", "The search index could not be updated: %1").arg(detail);
}

Status run(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        return Status::failure(failedText(q.lastError().text()));
    return Status::success();
}

// Runs a statement on a raw connection.
Status exec(sqlite3 *db, const QByteArray &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return Status::failure(failedText(error));
    }
    return Status::success();
}

QString metaValue(QSqlDatabase db, const char *key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QLatin1StringView(key));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

QString SearchIndex::table(int shard)
{
    return QStringLiteral("customer_search_%1").arg(shard);
}

QString SearchIndex::matchingIds(int perShard)
{
    QStringList arms;
    for (int s = 0; s < kShards; ++s) {
        arms << QStringLiteral("SELECT id FROM (SELECT rowid AS id FROM %1 WHERE %1 MATCH ?%2)")
                    .arg(table(s), perShard > 0 ? QStringLiteral(" LIMIT %1").arg(perShard) : QString());
    }
    return arms.join(QStringLiteral(" UNION ALL "));
}

std::optional<qint64> SearchIndex::pendingFrom(QSqlDatabase db)
{
    const QString value = metaValue(db, kPendingKey);
    if (value.isEmpty())
        return std::nullopt;
    return value.toLongLong();
}

namespace {

Status writeMeta(QSqlDatabase db, const char *key, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QLatin1StringView(key));
    q.addBindValue(value);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

Status writePendingFrom(QSqlDatabase db, qint64 id)
{
    return writeMeta(db, kPendingKey, QString::number(id));
}

const char *const kReadRows = "SELECT id, code, name, address, meter_serial, phone FROM customers";

// The folded text of the row @p read is on (read with kReadRows), as Customer::searchTextOf makes it, in UTF-8 into
// @p out.
QByteArrayView searchTextOf(const SqliteStatement &read, QByteArray &out)
{
    out.resize(0);
    for (int i = 1; i <= 5; ++i) {
        if (i > 1)
            out.append(' ');
        SearchText::foldUtf8(read.text(i), out);
    }
    return out;
}

// Indexes the customers with ids in [from, upTo), each in its shard.
Status indexRows(QSqlDatabase db, qint64 from, qint64 upTo)
{
    sqlite3 *handle = sqliteHandle(db);
    SqliteStatement read(handle, QByteArray(kReadRows).append(" WHERE id >= ? AND id < ?").constData());
    if (!read.isValid())
        return Status::failure(failedText(read.error()));
    std::vector<std::unique_ptr<SqliteStatement>> inserts;
    for (int s = 0; s < SearchIndex::kShards; ++s) {
        inserts.push_back(std::make_unique<SqliteStatement>(
            handle, QStringLiteral("INSERT INTO %1 (rowid, search_text) VALUES (?, ?)")
                        .arg(SearchIndex::table(s))
                        .toUtf8()
                        .constData()));
        if (!inserts.back()->isValid())
            return Status::failure(failedText(inserts.back()->error()));
    }
    read.bindInt(1, from);
    read.bindInt(2, upTo);
    QByteArray text;
    while (read.next()) {
        const qint64 id = read.int64(0);
        SqliteStatement &insert = *inserts[std::size_t(SearchIndex::shardOf(id))];
        insert.bindInt(1, id);
        insert.bindTextInPlace(2, searchTextOf(read, text));
        if (!insert.exec())
            return Status::failure(failedText(insert.error()));
    }
    if (read.failed())
        return Status::failure(failedText(read.error()));
    return Status::success();
}

// One shard of an index built from nothing: an in-memory database holding an FTS5 table "x" declared as the
// shard's own, filled from a read-only connection of its own to the data file.
struct Shard
{
    // A database in memory under a name of this process's own, so that the connection copying it into the data
    // file attaches the same memory (SQLite's memdb) instead of a copy of it.
    QByteArray uri;
    sqlite3 *memory = nullptr;
    QString error;
    ~Shard() { sqlite3_close(memory); }
};

QByteArray memoryUri(int shard)
{
    static std::atomic<int> builds{0};
    return "file:/tariff-audit-search-" + QByteArray::number(QCoreApplication::applicationPid()) + '-' +
           QByteArray::number(builds++) + '-' + QByteArray::number(shard) + "?vfs=memdb";
}

void buildShard(const QString &path, const QByteArray &create, int shard, qint64 from, qint64 last,
                std::atomic<qint64> &done, const std::atomic<bool> &stop, Shard &out)
{
    if (sqlite3_open_v2(out.uri.constData(), &out.memory,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI,
                        nullptr) != SQLITE_OK) {
        out.error = failedText(QStringLiteral("out of memory"));
        return;
    }
    // No merging while it is built, the terms flushed in blocks of 8 MiB (a block that fits the processor's cache
    // is filled a third faster than the 64 MiB of the steps; smaller ones leave more segments to search).
    for (const QByteArray &sql : {create, QByteArray("INSERT INTO x (x, rank) VALUES ('automerge', 0)"),
                                  QByteArray("INSERT INTO x (x, rank) VALUES ('hashsize', 8388608)")}) {
        if (Status s = exec(out.memory, sql); !s) {
            out.error = s.error();
            return;
        }
    }
    if (Status s = exec(out.memory, "BEGIN"); !s) {
        out.error = s.error();
        return;
    }
    const SqliteReader reader(path);
    if (!reader.handle()) {
        out.error = failedText(reader.error());
        return;
    }
    SqliteStatement read(reader.handle(),
                         QByteArray(kReadRows).append(" WHERE id >= ? AND id <= ? AND id % ? = ?").constData());
    SqliteStatement insert(out.memory, "INSERT INTO x (rowid, search_text) VALUES (?, ?)");
    if (!read.isValid() || !insert.isValid()) {
        out.error = failedText(read.isValid() ? insert.error() : read.error());
        return;
    }
    read.bindInt(1, from);
    read.bindInt(2, last);
    read.bindInt(3, SearchIndex::kShards);
    read.bindInt(4, shard);
    qint64 rows = 0;
    QByteArray text;
    while (read.next()) {
        insert.bindInt(1, read.int64(0));
        insert.bindTextInPlace(2, searchTextOf(read, text));
        if (!insert.exec()) {
            out.error = failedText(insert.error());
            return;
        }
        if (++rows % 4096 == 0) {
            done.fetch_add(4096, std::memory_order_relaxed);
            if (stop.load(std::memory_order_relaxed))
                return;
        }
    }
    if (read.failed()) {
        out.error = failedText(read.error());
        return;
    }
    if (Status s = exec(out.memory, "COMMIT"); !s)
        out.error = s.error();
}

} // namespace

Status SearchIndex::markPending(QSqlDatabase db, qint64 id)
{
    QSqlQuery q(db);
    // Segments are merged once at the end instead of after every step; the pending terms are flushed in
    // large blocks (64 MiB) rather than the default 1 MiB.
    for (int s = 0; s < kShards; ++s) {
        for (const char *sql : {"INSERT INTO %1 (%1, rank) VALUES ('automerge', 0)",
                                "INSERT INTO %1 (%1, rank) VALUES ('hashsize', 67108864)"}) {
            if (Status st = run(q, QString::fromLatin1(sql).arg(table(s))); !st)
                return st;
        }
    }
    return writePendingFrom(db, id);
}

Status SearchIndex::clearPending(QSqlDatabase db)
{
    QSqlQuery q(db);
    for (const char *key : {kPendingKey, kChangedKey}) {
        q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
        q.addBindValue(QLatin1StringView(key));
        if (!q.exec())
            return Status::failure(q.lastError().text());
    }
    for (int s = 0; s < kShards; ++s) {
        if (Status st = run(q, QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('automerge', 4)").arg(table(s))); !st)
            return st;
    }
    return Status::success();
}

Status SearchIndex::notePendingChange(QSqlDatabase db)
{
    return writeMeta(db, kChangedKey, QString::number(metaValue(db, kChangedKey).toLongLong() + 1));
}

Result<SearchIndex::Progress> SearchIndex::progress(QSqlDatabase db)
{
    using R = Result<Progress>;
    Progress p;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM customers")) || !q.next())
        return R::failure(q.lastError().text());
    p.total = q.value(0).toLongLong();
    p.indexed = p.total;
    if (const auto from = pendingFrom(db)) {
        q.prepare(QStringLiteral("SELECT count(*) FROM customers WHERE id >= ?"));
        q.addBindValue(*from);
        if (!q.exec() || !q.next())
            return R::failure(q.lastError().text());
        p.indexed = p.total - q.value(0).toLongLong();
    }
    return p;
}

Result<SearchIndex::Progress> SearchIndex::step(QSqlDatabase db, qint64 rows)
{
    using R = Result<Progress>;
    {
        Transaction tx(db);
        if (!tx.isActive())
            return R::failure(QCoreApplication::translate("ta::SearchIndex", "The data file is busy; the search index "
                                                                             "is built later."));
        const std::optional<qint64> from = pendingFrom(db);
        if (from) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM customers")) || !q.next())
                return R::failure(q.lastError().text());
            const qint64 last = q.value(0).toLongLong();
            const qint64 upTo = *from + rows;
            if (Status s = indexRows(db, *from, upTo); !s)
                return R::failure(s.error());
            if (upTo > last) {
                if (Status s = clearPending(db); !s)
                    return R::failure(s.error());
            } else if (Status s = writePendingFrom(db, upTo); !s) {
                return R::failure(s.error());
            }
        }
        if (Status s = tx.commit(); !s)
            return R::failure(s.error());
    }
    return progress(db);
}

namespace {

enum class Landing { Stored, Stopped, RowsChanged };

// An index built from nothing (no customer before @p from is indexed): every shard at once, each on a thread of its
// own into memory, then copied into the data file in one transaction, when the rows are still those read.
Result<Landing> buildFromNothing(QSqlDatabase db, qint64 from, qint64 total,
                                 const std::function<bool(qint64 indexed, qint64 total)> &progress)
{
    using R = Result<Landing>;
    const QString path = db.databaseName();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM customers")) || !q.next())
        return R::failure(failedText(q.lastError().text()));
    const qint64 last = q.value(0).toLongLong();
    const QString changed = metaValue(db, kChangedKey);
    // Each shard's table in memory is declared as the data file declares it.
    std::vector<QByteArray> creates;
    for (int s = 0; s < SearchIndex::kShards; ++s) {
        q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = ?"));
        q.addBindValue(SearchIndex::table(s));
        if (!q.exec() || !q.next())
            return R::failure(failedText(q.lastError().text()));
        creates.push_back(q.value(0).toString().replace(SearchIndex::table(s), QStringLiteral("x")).toUtf8());
    }

    QElapsedTimer timer;
    timer.start();
    QThreadPool pool;
    pool.setMaxThreadCount(SearchIndex::kShards);
    std::atomic<qint64> done{0};
    std::atomic<bool> stop{false};
    std::vector<Shard> shards(SearchIndex::kShards);
    for (int s = 0; s < SearchIndex::kShards; ++s)
        shards[std::size_t(s)].uri = memoryUri(s);
    for (int s = 0; s < SearchIndex::kShards; ++s) {
        pool.start(
            [&, s] { buildShard(path, creates[std::size_t(s)], s, from, last, done, stop, shards[std::size_t(s)]); });
    }
    while (!pool.waitForDone(100)) {
        if (progress && !stop && !progress(std::min(done.load(), total), total))
            stop = true;
    }
    const qint64 builtMs = timer.elapsed();
    if (stop)
        return Landing::Stopped;
    for (const Shard &shard : shards) {
        if (!shard.error.isEmpty())
            return R::failure(shard.error);
    }

    // Copied through a connection of its own: FTS5 keeps an index's layout per connection and reads it again when
    // another connection has committed, as this one does; it is closed right after.
    sqlite3 *target = nullptr;
    const auto closeTarget = qScopeGuard([&target] { sqlite3_close(target); });
    // (URIs understood for the shards' names; a file's own name never read as one)
    const QByteArray file = (path.startsWith(QLatin1StringView("file:")) ? QStringLiteral("./") + path : path).toUtf8();
    if (sqlite3_open_v2(file.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI,
                        nullptr) != SQLITE_OK)
        return R::failure(failedText(target ? QString::fromUtf8(sqlite3_errmsg(target)) : path));
    sqlite3_busy_timeout(target, 5000);
    for (int s = 0; s < SearchIndex::kShards; ++s) {
        Shard &shard = shards[std::size_t(s)];
        if (Status st = exec(target, "ATTACH '" + shard.uri + "' AS shard" + QByteArray::number(s)); !st)
            return R::failure(st.error());
        sqlite3_close(shard.memory); // the memory stays while the attached one refers to it
        shard.memory = nullptr;
    }
    if (Status st = exec(target, "BEGIN IMMEDIATE"); !st)
        return R::failure(st.error());
    const auto rollback = [target] {
        sqlite3_exec(target, "ROLLBACK", nullptr, nullptr, nullptr);
    };
    // The rows are those read: the same first row pending, none added, none changed.
    SqliteStatement check(target, "SELECT (SELECT value FROM meta WHERE key = ?), (SELECT coalesce(max(id), 0) FROM "
                                  "customers), (SELECT value FROM meta WHERE key = ?)");
    check.bindText(1, QByteArrayView(kPendingKey));
    check.bindText(2, QByteArrayView(kChangedKey));
    if (!check.next()) {
        rollback();
        return R::failure(failedText(check.error()));
    }
    const bool same = check.text(0) == QByteArray::number(from) && check.int64(1) == last &&
                      QString::fromUtf8(check.text(2)) == changed;
    check.reset();
    if (!same) {
        rollback();
        return Landing::RowsChanged;
    }
    QByteArray copy;
    for (int s = 0; s < SearchIndex::kShards; ++s) {
        const QByteArray name = SearchIndex::table(s).toUtf8();
        const QByteArray schema = "shard" + QByteArray::number(s);
        for (const char *part : {"_data", "_idx"}) {
            copy += "DELETE FROM main." + name + part + "; INSERT INTO main." + name + part + " SELECT * FROM " +
                    schema + ".x" + part + ";";
        }
        copy += "INSERT INTO main." + name +
                "_config (k, v) VALUES ('automerge', 4) ON CONFLICT (k) DO UPDATE SET "
                "v = excluded.v;";
    }
    copy += QByteArray("DELETE FROM meta WHERE key IN ('") + kPendingKey + "', '" + kChangedKey + "');";
    if (Status st = exec(target, copy); !st) {
        rollback();
        return R::failure(st.error());
    }
    const qint64 copiedMs = timer.elapsed();
    if (Status st = exec(target, "COMMIT"); !st) {
        rollback();
        return R::failure(st.error());
    }
    qCInfo(lcCustomers) << "Search index: shards built in" << builtMs << "ms, copied by" << copiedMs
                        << "ms, committed by" << timer.elapsed() << "ms";
    return Landing::Stored;
}

} // namespace

Status SearchIndex::build(QSqlDatabase db, const std::function<bool(qint64 indexed, qint64 total)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (const std::optional<qint64> from = pendingFrom(db);
        from && !db.databaseName().isEmpty() && db.databaseName() != QLatin1StringView(":memory:")) {
        QSqlQuery before(db);
        before.prepare(QStringLiteral("SELECT count(*) FROM customers WHERE id < ?"));
        before.addBindValue(*from);
        auto p = SearchIndex::progress(db);
        if (!before.exec() || !before.next() || !p)
            return Status::failure(failedText(p ? before.lastError().text() : p.error()));
        // Threads and a copy are worth it for a long list; a short one is indexed at once in steps.
        if (before.value(0).toLongLong() == 0 && p->total - p->indexed >= kParallelRows) {
            auto landed = buildFromNothing(db, *from, p->total, progress);
            if (!landed)
                return Status::failure(landed.error());
            if (landed.value() == Landing::Stopped)
                return Status::success();
            if (landed.value() == Landing::Stored) {
                if (progress)
                    progress(p->total, p->total);
                qCInfo(lcCustomers) << "Search index complete:" << p->total << "customers, built in" << timer.elapsed()
                                    << "ms on" << kShards << "threads";
                return Status::success();
            }
            qCInfo(lcCustomers) << "The customers changed while their search index was built; it is built in steps";
        }
    }
    for (;;) {
        auto p = step(db);
        if (!p)
            return Status::failure(p.error());
        if (progress && !progress(p->indexed, p->total))
            return Status::success();
        if (p->complete()) {
            qCInfo(lcCustomers) << "Search index complete:" << p->total << "customers, built in" << timer.elapsed()
                                << "ms";
            return Status::success();
        }
    }
}

} // namespace ta
