#pragma once

// The accent-insensitive search index over the customers (FTS5, in shards: see kShards). A first import stores
// the rows and leaves them out of the index, so the list is usable at once; a background job then builds it. The
// rows from meta "search.pendingFrom" on are not indexed yet; search finds them by their code meanwhile. An index
// built from nothing is built on every core in memory and lands in one transaction; rows pending after indexed
// ones are added in steps of their own transactions (SearchIndex::step), each short enough that the app's own
// writes wait at most a moment. Either way a stop at any moment loses nothing: the next run carries on from the
// first row not indexed.

#include "models/core/result.h"

#include <QtSql/QSqlDatabase>

#include <functional>
#include <optional>

namespace ta {

class SearchIndex
{
public:
    /// The index is split in FTS5 tables, customer_search_0 and customer_search_1: a customer's words are in shard
    /// id % kShards. An index built from nothing (a first list) is built shard by shard side by side, one thread
    /// each, in memory, then copied into the data file in one transaction (SearchIndex::build).
    static constexpr int kShards = 2;
    static QString table(int shard);
    static int shardOf(qint64 id) { return int(id % kShards); }
    /// A query of the ids (column "id") of the customers an FTS5 expression matches, at most @p perShard from each
    /// shard when it is not 0; the expression is bound kShards times.
    static QString matchingIds(int perShard = 0);

    struct Progress
    {
        qint64 indexed = 0; ///< customers in the index
        qint64 total = 0;   ///< customers in the list
        bool complete() const { return indexed >= total; }
    };

    /// The first customer row not yet in the index; empty when every row is.
    static std::optional<qint64> pendingFrom(QSqlDatabase db);
    /// Inside the caller's transaction: the rows from @p id on are left out of the index until the
    /// background steps put them in (merging of the index's segments waits until then).
    static Status markPending(QSqlDatabase db, qint64 id);
    /// Inside the caller's transaction: no row is pending any more (the list was emptied).
    static Status clearPending(QSqlDatabase db);

    static Result<Progress> progress(QSqlDatabase db);
    /// Indexes up to @p rows more customers in a transaction of its own.
    static Result<Progress> step(QSqlDatabase db, qint64 rows = kStepRows);
    /// Builds until every customer is indexed; @p progress (indexed, total) returns false to stop there
    /// (what is indexed stays). An index built from nothing is read and written through connections of its own
    /// to @p db's file.
    static Status build(QSqlDatabase db, const std::function<bool(qint64 indexed, qint64 total)> &progress = {});
    /// Marks that a row waiting for the index changed (an import over a list whose index is being built): an index
    /// built from the rows as they were is not stored.
    static Status notePendingChange(QSqlDatabase db);

    static constexpr qint64 kStepRows = 100'000;
    /// From how many customers an index built from nothing is built on threads.
    static constexpr qint64 kParallelRows = 20'000;
};

} // namespace ta
