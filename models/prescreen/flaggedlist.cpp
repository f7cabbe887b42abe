#include "models/prescreen/flaggedlist.h"

#include "models/prescreen/prescreener.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

namespace ta {

namespace {

const char *const kRanked =
    "SELECT c.code, c.name, c.address, c.route_book, c.route_order, r.rules, r.yearly_impact,"
    " (SELECT group_concat(reason, ' | ') FROM flags f WHERE f.customer_id = c.id),"
    " (SELECT max(monthly_impact) FROM flags f WHERE f.customer_id = c.id)"
    " FROM customer_rank r JOIN customers c ON c.id = r.customer_id"
    " ORDER BY r.yearly_impact DESC, c.route_book, c.route_order";

FlaggedCustomer fromQuery(const QSqlQuery &q)
{
    FlaggedCustomer f;
    f.code = q.value(0).toString();
    f.name = q.value(1).toString();
    f.address = q.value(2).toString();
    f.routeBook = q.value(3).toString();
    f.routeOrder = q.value(4).toInt();
    f.rules = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    f.yearlyImpact = q.value(6).toLongLong();
    f.reasons = q.value(7).toString().split(QStringLiteral(" | "), Qt::SkipEmptyParts);
    f.monthlyImpact = q.value(8).toLongLong();
    return f;
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

Result<std::vector<FlaggedCustomer>> FlaggedList::top(QSqlDatabase db, int limit)
{
    QSqlQuery q(db);
    if (!q.exec(QString::fromLatin1(kRanked) + QStringLiteral(" LIMIT %1").arg(qMax(1, limit))))
        return Result<std::vector<FlaggedCustomer>>::failure(q.lastError().text());
    std::vector<FlaggedCustomer> out;
    while (q.next())
        out.push_back(fromQuery(q));
    return out;
}

Status FlaggedList::exportCsv(QSqlDatabase db, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QCoreApplication::translate("ta::FlaggedList", "Cannot write %1: %2").arg(path, file.errorString()));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kRanked)))
        return Status::failure(q.lastError().text());
    file.write("\xEF\xBB\xBF");
    file.write(QCoreApplication::translate("ta::FlaggedList", "MA_KHANG,TEN_KHANG,DIA_CHI,MA_SOGCS,STT,rules,reasons,"
                                                              "monthly impact (VND),12-month impact (VND)")
                   .toUtf8() +
               '\n');
    while (q.next()) {
        const FlaggedCustomer f = fromQuery(q);
        QStringList names;
        for (const QString &r : f.rules)
            names << ruleName(r);
        const QString line = QStringList{f.code, quoted(f.name), quoted(f.address), f.routeBook,
                                         QString::number(f.routeOrder), quoted(names.join(QStringLiteral("; "))),
                                         quoted(f.reasons.join(QStringLiteral(" | "))), QString::number(f.monthlyImpact),
                                         QString::number(f.yearlyImpact)}
                                 .join(QLatin1Char(','));
        file.write(line.toUtf8() + '\n');
    }
    if (!file.commit())
        return Status::failure(QCoreApplication::translate("ta::FlaggedList", "Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

} // namespace ta
