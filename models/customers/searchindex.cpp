#include "models/customers/searchindex.h"

#include "models/core/logging.h"
#include "models/customers/customer.h"
#include "models/storage/database.h"
#include "models/storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

namespace ta {

namespace {

constexpr auto kPendingKey = "search.pendingFrom";

Status run(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        return Status::failure(QCoreApplication::translate("ta::SearchIndex", "The search index could not be "
                                                                              "updated: %1")
                                   .arg(q.lastError().text()));
    return Status::success();
}

} // namespace

std::optional<qint64> SearchIndex::pendingFrom(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QLatin1StringView(kPendingKey));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

namespace {

Status writePendingFrom(QSqlDatabase db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QLatin1StringView(kPendingKey));
    q.addBindValue(QString::number(id));
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

// Indexes the customers with ids in [from, upTo): the text of each is folded from its columns (it is not stored).
Status indexRows(QSqlDatabase db, qint64 from, qint64 upTo)
{
    const auto failed = [](const SqliteStatement &statement) {
        return Status::failure(QCoreApplication::translate("ta::SearchIndex", "The search index could not be "
                                                                              "updated: %1")
                                   .arg(statement.error()));
    };
    sqlite3 *handle = sqliteHandle(db);
    SqliteStatement read(handle, "SELECT id, code, name, address, meter_serial, phone FROM customers"
                                 " WHERE id >= ? AND id < ?");
    SqliteStatement insert(handle, "INSERT INTO customer_search (rowid, search_text) VALUES (?, ?)");
    if (!read.isValid())
        return failed(read);
    if (!insert.isValid())
        return failed(insert);
    read.bindInt(1, from);
    read.bindInt(2, upTo);
    const auto column = [&read](int i) { return QString::fromUtf8(read.text(i)); };
    while (read.next()) {
        insert.bindInt(1, read.int64(0));
        insert.bindText(2, Customer::searchTextOf(column(1), column(2), column(3), column(4), column(5)));
        if (!insert.exec())
            return failed(insert);
    }
    if (read.failed())
        return failed(read);
    return Status::success();
}

} // namespace

Status SearchIndex::markPending(QSqlDatabase db, qint64 id)
{
    QSqlQuery q(db);
    // Segments are merged once at the end instead of after every step; the pending terms are flushed in
    // large blocks (64 MiB) rather than the default 1 MiB.
    for (const char *sql : {"INSERT INTO customer_search (customer_search, rank) VALUES ('automerge', 0)",
                            "INSERT INTO customer_search (customer_search, rank) VALUES ('hashsize', 67108864)"}) {
        if (Status s = run(q, QString::fromLatin1(sql)); !s)
            return s;
    }
    return writePendingFrom(db, id);
}

Status SearchIndex::clearPending(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    q.addBindValue(QLatin1StringView(kPendingKey));
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return run(q, QStringLiteral("INSERT INTO customer_search (customer_search, rank) VALUES ('automerge', 4)"));
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

Status SearchIndex::build(QSqlDatabase db, const std::function<bool(qint64 indexed, qint64 total)> &progress)
{
    QElapsedTimer timer;
    timer.start();
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
