#pragma once

// The accent-insensitive search index over the customers (FTS5, customer_search). A first import stores the
// rows and leaves them out of the index, so the list is usable at once; the index then catches up in steps of
// its own transactions (SearchIndex::step, run by a background job), each short enough that the app's own
// writes wait at most a moment. The rows from meta "search.pendingFrom" on are not indexed yet; search
// finds them by their code meanwhile. A step is whole or absent, so a stop at any moment loses nothing:
// the next run carries on from the first row not indexed.

#include "models/core/result.h"

#include <QtSql/QSqlDatabase>

#include <functional>
#include <optional>

namespace ta {

class SearchIndex
{
public:
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
    /// Steps until every customer is indexed; @p progress (indexed, total) returns false to stop there
    /// (what is indexed stays).
    static Status build(QSqlDatabase db, const std::function<bool(qint64 indexed, qint64 total)> &progress = {});

    static constexpr qint64 kStepRows = 100'000;
};

} // namespace ta
