#pragma once

// Importing a branch's customer list (CSV or .xlsx) into a profile's data file. The whole import is one transaction: it
// lands whole, or (failed, cancelled, killed) leaves the file exactly as it was. Customers are matched by
// code: a new code is inserted, a changed row updates the customer in place (its inspection history stays),
// an identical row changes nothing, so importing the same file twice changes nothing the second time.
// Rows that break a rule are listed with line, column, value and reason, and the valid rows are stored.

#include "models/core/result.h"
#include "models/prescreen/prescreener.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace ta {

class Clock;
class Database;
class TariffLibrary;

struct ImportIssue
{
    qint64 line = 0;
    QString column;
    QString value;
    QString reason;
};

struct ImportSummary
{
    QString fileName;
    QString sha256;
    QString encoding;
    QChar separator;
    qint64 rows = 0;
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    /// The first limits::ListIssues problems, in the order of the file; issuesNotListed counts the others.
    std::vector<ImportIssue> issues;
    qint64 issuesNotListed = 0;
    /// Set when the rows were pre-screened as they were read (Options::prescreen, into an empty file).
    std::optional<PrescreenSummary> prescreen;
};

/// How a list is read and stored (outside CustomerImport so that its member defaults can serve as a default
/// argument there).
struct ImportOptions
{
    QString encoding;                ///< empty: detect
    QString sheet;                   ///< for a workbook: the sheet; empty: the first
    QHash<QString, QString> mapping; ///< header → template column, for files in another layout
    /// When set, a list loaded into an empty file is pre-screened with these rules as it is read, its
    /// flags stored in the same transaction (summary.prescreen); otherwise the pre-screen is the caller's.
    std::optional<PrescreenRules> prescreen;
    /// Every row read and checked, and stored in a transaction that is then rolled back: the summary
    /// says what the import would do, and the data file is left as it was.
    bool checkOnly = false;
};

class CustomerImport
{
public:
    using Options = ImportOptions;

    CustomerImport(Database &db, const TariffLibrary &library, const Clock &clock);

    /// @p progress gets (bytes done, bytes total) and returns false to cancel. A file-level problem
    /// (unreadable, not a customer list, a required column missing) or a cancel is an error and nothing is
    /// changed; rejected rows are not errors, they are in the summary.
    Result<ImportSummary> run(const QString &path, const Options &options = {},
                              const std::function<bool(qint64 done, qint64 total)> &progress = {});

    /// One customer written as template columns and their values (a training scenario's customer), checked
    /// exactly as a row of a list; every problem goes to @p issues (line 0), naming its column.
    static Customer readCustomer(const QList<QPair<QString, QString>> &fields, const TariffLibrary &library,
                                 std::vector<ImportIssue> &issues);

    /// Writes the issues as CSV (line, column, value, reason), for the user to fix the file.
    static Status writeIssues(const std::vector<ImportIssue> &issues, const QString &path);

    /// The header row of a file (CSV or workbook), for mapping its columns.
    static Result<QStringList> readHeader(const QString &path, const Options &options = {});
    /// The template columns a header row lacks (empty when the file can be imported as it is).
    static QStringList missingColumns(const QStringList &header, const QHash<QString, QString> &mapping = {});

    /// Mappings are remembered per source, a source being known by its header row: the next file with the
    /// same columns is imported with the same mapping.
    static QHash<QString, QString> rememberedMapping(Database &db, const QStringList &header);
    static Status rememberMapping(Database &db, const QStringList &header, const QHash<QString, QString> &mapping);

private:
    Result<ImportSummary> runWithin(const QString &path, const Options &options,
                                    const std::function<bool(qint64 done, qint64 total)> &progress);

    Database &m_db;
    const TariffLibrary &m_library;
    const Clock &m_clock;
};

} // namespace ta
