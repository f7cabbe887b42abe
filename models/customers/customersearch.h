#pragma once

#include "models/core/result.h"

#include <QString>
#include <QtSql/QSqlDatabase>

#include <optional>
#include <utility>
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
    /// When @p query is (the start of) a customer code, the range of codes that start with it [low, high):
    /// found through the code's own index, so also among customers the search index does not hold yet.
    static std::optional<std::pair<QString, QString>> codeRange(const QString &query);

private:
    QSqlDatabase m_db;
};

} // namespace ta
