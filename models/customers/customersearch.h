#pragma once

#include "models/core/result.h"

#include <QString>
#include <QtSql/QSqlDatabase>

#include <vector>

namespace ta {

struct SearchHit
{
    qint64 id = 0;
    QString code;
    QString name;
    QString address;
    QString meterSerial;
};

/// Search as you type over code, name, address, meter serial and phone: every word of the query must
/// start a word of the customer (prefix match), without regard to case or Vietnamese marks. Best first: an
/// exact code or serial, then the full-text rank.
class CustomerSearch
{
public:
    explicit CustomerSearch(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::vector<SearchHit>> search(const QString &query, int limit = 50) const;
    /// The FTS5 MATCH expression for @p query ("nguyen van" → "nguyen"* AND "van"*); empty when the
    /// query has no word. Also used by the customer list's filter.
    static QString matchExpression(const QString &query);

private:
    QSqlDatabase m_db;
};

} // namespace ta
