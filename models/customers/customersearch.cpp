#include "models/customers/customersearch.h"

#include "models/customers/customer.h"
#include "models/customers/searchindex.h"
#include "models/customers/searchtext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <tuple>

namespace ta {

QString CustomerSearch::matchExpression(const QString &query)
{
    QString folded = SearchText::fold(query);
    for (QChar &c : folded) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    }
    QStringList terms;
    for (const QString &word : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QStringLiteral(" AND "));
}

std::optional<std::pair<QString, QString>> CustomerSearch::codeRange(const QString &query)
{
    static const QRegularExpression codePrefix(QStringLiteral("^[a-z]{2}[0-9a-z]*[0-9][0-9a-z]*$"));
    const QString folded = SearchText::fold(query.trimmed());
    if (!codePrefix.match(folded).hasMatch())
        return std::nullopt;
    const QString low = folded.toUpper();
    QString high = low;
    high[high.size() - 1] = QChar(high.back().unicode() + 1);
    return std::pair{low, high};
}

Result<std::vector<SearchHit>> CustomerSearch::search(const QString &query, int limit) const
{
    using R = Result<std::vector<SearchHit>>;
    std::vector<SearchHit> hits;
    const QString match = matchExpression(query);
    const QString folded = SearchText::fold(query.simplified());
    // One letter matches most of a branch and costs the index a full scan: wait for the second.
    if (match.isEmpty() || folded.size() < 2)
        return hits;

    // A customer code being typed ("pb0703…"): the code's own index answers a prefix at once, where the
    // full-text index would gather every code of the branch first.
    if (const auto range = codeRange(query)) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id, code, name, address, meter_serial FROM customers"
                                 " WHERE code >= ? AND code < ? ORDER BY code LIMIT ?"));
        q.addBindValue(range->first);
        q.addBindValue(range->second);
        q.addBindValue(qMax(1, limit));
        if (!q.exec())
            return R::failure(
                QCoreApplication::translate("ta::CustomerSearch", "Search failed: %1").arg(q.lastError().text()));
        while (q.next())
            hits.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString()});
        if (!hits.empty())
            return hits;
    }
    // Candidates come from the index alone, in list order, at most a few hundred (FTS5 stops there; ranking
    // every match of a short prefix would cost more than a keystroke allows on a million customers). They
    // are ordered with the exact code or serial first, then the words together as typed, then by code.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("WITH hits AS (%1)"
                             " SELECT c.id, c.code, c.name, c.address, c.meter_serial, c.phone FROM hits"
                             " JOIN customers c ON c.id = hits.id")
                  .arg(SearchIndex::matchingIds(500 / SearchIndex::kShards)));
    for (int s = 0; s < SearchIndex::kShards; ++s)
        q.addBindValue(match);
    if (!q.exec())
        return R::failure(
            QCoreApplication::translate("ta::CustomerSearch", "Search failed: %1").arg(q.lastError().text()));
    const QString exact = query.trimmed().toUpper();
    const QString serial = query.trimmed();
    struct Candidate
    {
        bool notCode;     // the exact code first,
        bool notSerial;   // then the exact serial,
        bool notTogether; // then the words together as typed, then by code
        SearchHit hit;
    };
    std::vector<Candidate> candidates;
    while (q.next()) {
        SearchHit hit{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString()};
        const bool together =
            Customer::searchTextOf(hit.code, hit.name, hit.address, hit.meterSerial, q.value(5).toString())
                .contains(folded);
        candidates.push_back({hit.code != exact, hit.meterSerial != serial, !together, std::move(hit)});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return std::tie(a.notCode, a.notSerial, a.notTogether, a.hit.code) <
               std::tie(b.notCode, b.notSerial, b.notTogether, b.hit.code);
    });
    for (Candidate &c : candidates) {
        if (qsizetype(hits.size()) >= qMax(1, limit))
            break;
        hits.push_back(std::move(c.hit));
    }
    return hits;
}

} // namespace ta
