#pragma once

#include "models/core/result.h"

#include <QString>
#include <QStringList>
#include <QtSql/QSqlDatabase>

#include <functional>
#include <optional>
#include <vector>

namespace ta {

struct FlaggedCustomer
{
    QString code;
    QString name;
    QString address;
    QString routeBook;
    int routeOrder = 0;
    QStringList rules;
    QStringList reasons;
    std::optional<qint64> monthlyImpact; ///< empty when no flag's impact is known
    std::optional<qint64> yearlyImpact;
    QStringList impactNotes; ///< why impacts are unknown, in words
};

/// One stored warning of a customer.
struct CustomerFlag
{
    QString rule;
    QString reason;
    std::optional<qint64> monthlyImpact; ///< empty when unknown
    std::optional<qint64> yearlyImpact;
    QString impactNote; ///< why it is unknown, in words
};

/// The stored pre-screen results, ranked by the money at stake (largest first), the customers whose
/// impact is unknown after every known one.
class FlaggedList
{
public:
    /// The warnings of one customer, the most money first.
    static std::vector<CustomerFlag> flagsOf(QSqlDatabase db, const QString &code);
    static Result<std::vector<FlaggedCustomer>> top(QSqlDatabase db, int limit);
    /// (customers written, customers to write); returns false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    /// Every flagged customer as UTF-8 CSV (with a BOM for Excel), ranked; written whole or not at all.
    static Status exportCsv(QSqlDatabase db, const QString &path, const Progress &progress = {});
    /// The same as an Excel workbook (libxlsxwriter), money as numbers.
    static Status exportXlsx(QSqlDatabase db, const QString &path, const Progress &progress = {});
    /// CSV or .xlsx by the file's suffix.
    static Status exportFile(QSqlDatabase db, const QString &path, const Progress &progress = {});
};

} // namespace ta
