#include "models/prescreen/flaggedlist.h"

#include "models/core/csvtext.h"
#include "models/prescreen/prescreener.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <xlsxwriter.h>

namespace ta {

namespace {

const char *const kRanked = "SELECT c.code, c.name, c.address, c.route_book, c.route_order, r.rules, r.yearly_impact,"
                            " (SELECT group_concat(reason, char(10)) FROM flags f WHERE f.customer_id = c.id),"
                            " (SELECT max(monthly_impact) FROM flags f WHERE f.customer_id = c.id),"
                            " (SELECT group_concat(impact_note, char(10)) FROM flags f WHERE f.customer_id = c.id)"
                            " FROM customer_rank r JOIN customers c ON c.id = r.customer_id"
                            " ORDER BY r.yearly_impact DESC, c.route_book, c.route_order";

std::optional<qint64> moneyOf(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

FlaggedCustomer fromQuery(const QSqlQuery &q)
{
    FlaggedCustomer f;
    f.code = q.value(0).toString();
    f.name = q.value(1).toString();
    f.address = q.value(2).toString();
    f.routeBook = q.value(3).toString();
    f.routeOrder = q.value(4).toInt();
    f.rules = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    f.yearlyImpact = moneyOf(q.value(6));
    for (const QString &stored : q.value(7).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        f.reasons << reasonText(stored);
    f.monthlyImpact = moneyOf(q.value(8));
    for (const QString &stored : q.value(9).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString note = impactNoteText(stored);
        if (!f.impactNotes.contains(note))
            f.impactNotes << note;
    }
    return f;
}

qint64 flaggedCount(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM customer_rank")) && q.next() ? q.value(0).toLongLong() : 0;
}

QString cancelled(const QString &path)
{
    return QCoreApplication::translate("ta::FlaggedList", "Export cancelled: %1 was not written.").arg(path);
}

} // namespace

std::vector<CustomerFlag> FlaggedList::flagsOf(QSqlDatabase db, const QString &code)
{
    std::vector<CustomerFlag> out;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT f.rule, f.reason, f.monthly_impact, f.yearly_impact, f.impact_note FROM flags f"
                       " JOIN customers c ON c.id = f.customer_id WHERE c.code = ? ORDER BY f.yearly_impact DESC"));
    q.addBindValue(code);
    if (q.exec()) {
        while (q.next())
            out.push_back({q.value(0).toString(), reasonText(q.value(1).toString()), moneyOf(q.value(2)),
                           moneyOf(q.value(3)), impactNoteText(q.value(4).toString())});
    }
    return out;
}

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

Status FlaggedList::exportCsv(QSqlDatabase db, const QString &path, const Progress &progress)
{
    const qint64 total = progress ? flaggedCount(db) : 0;
    qint64 done = 0;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            QCoreApplication::translate("ta::FlaggedList", "Cannot write %1: %2").arg(path, file.errorString()));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kRanked)))
        return Status::failure(q.lastError().text());
    file.write(csv::excelBom());
    file.write(QCoreApplication::translate("ta::FlaggedList", "MA_KHANG,TEN_KHANG,DIA_CHI,MA_SOGCS,STT,rules,reasons,"
                                                              "monthly impact (VND),12-month impact (VND),"
                                                              "impact unknown because")
                   .toUtf8() +
               '\n');
    while (q.next()) {
        const FlaggedCustomer f = fromQuery(q);
        QStringList names;
        for (const QString &r : f.rules)
            names << ruleName(r);
        const QString line =
            QStringList{f.code,
                        csv::quoted(f.name),
                        csv::quoted(f.address),
                        f.routeBook,
                        QString::number(f.routeOrder),
                        csv::quoted(names.join(QStringLiteral("; "))),
                        csv::quoted(f.reasons.join(QStringLiteral(" | "))),
                        f.monthlyImpact ? QString::number(*f.monthlyImpact) : QString(),
                        f.yearlyImpact ? QString::number(*f.yearlyImpact) : QString(),
                        csv::quoted(f.yearlyImpact ? QString() : f.impactNotes.join(QStringLiteral(" | ")))}
                .join(QLatin1Char(','));
        file.write(line.toUtf8() + '\n');
        if (progress && ++done % 256 == 0 && !progress(done, total)) {
            file.cancelWriting();
            return Status::failure(cancelled(path));
        }
    }
    if (!file.commit())
        return Status::failure(
            QCoreApplication::translate("ta::FlaggedList", "Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

Status FlaggedList::exportXlsx(QSqlDatabase db, const QString &path, const Progress &progress)
{
    const qint64 total = progress ? flaggedCount(db) : 0;
    bool stopped = false;
    const auto failed = [&path](const QString &why) {
        return Status::failure(QCoreApplication::translate("ta::FlaggedList", "Cannot write %1: %2").arg(path, why));
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kRanked)))
        return Status::failure(q.lastError().text());
    // Written beside the target and renamed at the end, so a failure leaves no half workbook.
    const QString partial = path + QStringLiteral(".part");
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows stream to disk: any number of customers
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(partial).constData(), &options);
    if (!book)
        return failed(QCoreApplication::translate("ta::FlaggedList", "the file cannot be created."));
    lxw_worksheet *sheet =
        workbook_add_worksheet(book, QCoreApplication::translate("ta::FlaggedList", "Warnings").toUtf8().constData());
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *money = workbook_add_format(book);
    format_set_num_format(money, "#,##0");
    const QStringList header = QCoreApplication::translate("ta::FlaggedList", "MA_KHANG,TEN_KHANG,DIA_CHI,MA_SOGCS,STT,"
                                                                              "rules,reasons,monthly impact (VND),"
                                                                              "12-month impact (VND),"
                                                                              "impact unknown because")
                                   .split(QLatin1Char(','));
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), bold);
    worksheet_set_column(sheet, 0, 0, 16, nullptr);
    worksheet_set_column(sheet, 1, 2, 32, nullptr);
    worksheet_set_column(sheet, 5, 6, 40, nullptr);
    worksheet_set_column(sheet, 7, 8, 18, nullptr);
    worksheet_set_column(sheet, 9, 9, 40, nullptr);
    lxw_row_t row = 1;
    while (q.next()) {
        const FlaggedCustomer f = fromQuery(q);
        QStringList names;
        for (const QString &r : f.rules)
            names << ruleName(r);
        const QStringList text{f.code, f.name, f.address, f.routeBook};
        for (int c = 0; c < text.size(); ++c)
            worksheet_write_string(sheet, row, lxw_col_t(c), text.at(c).toUtf8().constData(), nullptr);
        worksheet_write_number(sheet, row, 4, f.routeOrder, nullptr);
        worksheet_write_string(sheet, row, 5, names.join(QStringLiteral("; ")).toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, row, 6, f.reasons.join(QStringLiteral(" | ")).toUtf8().constData(), nullptr);
        // An unknown impact stays an empty cell with its reason beside it, never a 0 that sorts as money.
        if (f.monthlyImpact)
            worksheet_write_number(sheet, row, 7, double(*f.monthlyImpact), money);
        if (f.yearlyImpact)
            worksheet_write_number(sheet, row, 8, double(*f.yearlyImpact), money);
        else
            worksheet_write_string(sheet, row, 9, f.impactNotes.join(QStringLiteral(" | ")).toUtf8().constData(),
                                   nullptr);
        ++row;
        if (progress && (row - 1) % 256 == 0 && !progress(qint64(row - 1), total)) {
            stopped = true;
            break;
        }
    }
    const lxw_error result = workbook_close(book);
    if (stopped) {
        QFile::remove(partial);
        return Status::failure(cancelled(path));
    }
    if (result != LXW_NO_ERROR) {
        QFile::remove(partial);
        return failed(QString::fromUtf8(lxw_strerror(result)));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return failed(QCoreApplication::translate("ta::FlaggedList", "the file cannot be replaced."));
    }
    return Status::success();
}

Status FlaggedList::exportFile(QSqlDatabase db, const QString &path, const Progress &progress)
{
    return path.endsWith(QLatin1StringView(".xlsx"), Qt::CaseInsensitive) ? exportXlsx(std::move(db), path, progress)
                                                                          : exportCsv(std::move(db), path, progress);
}

} // namespace ta
