#include "models/importing/importjob.h"

#include "models/core/clock.h"
#include "models/customers/searchindex.h"
#include "models/prescreen/flaggedlist.h"

#include <QCoreApplication>
#include <QDir>

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace ta {

namespace {

void prescreen(QPromise<ImportJobResult> &promise, Database &db, const TariffLibrary &library,
               const PrescreenRules &rules, ImportJobResult &result, int from)
{
    auto summary = Prescreener(db, library, rules).run([&promise, from](qint64 done, qint64 total) {
        promise.setProgressValue(from + int(total > 0 ? done * (1000 - from) / total : 0));
        return !promise.isCanceled();
    });
    if (summary)
        result.prescreen = summary.value();
    else
        result.error = summary.error();
}

} // namespace

QFuture<ImportJobResult> startImportJob(const QString &file, const QString &dbPath, WorkspaceKind kind,
                                        TariffLibrary library, PrescreenRules rules)
{
    return QtConcurrent::run(
        [file, dbPath, kind, library = std::move(library), rules](QPromise<ImportJobResult> &promise) {
            promise.setProgressRange(0, 1000);
            ImportJobResult result;
            auto db = ProfileData::open(dbPath, kind);
            if (!db) {
                result.error = db.error();
                promise.addResult(result);
                return;
            }
            const SystemClock clock;
            CustomerImport::Options options;
            options.prescreen = rules;
            auto summary =
                CustomerImport(*db.value(), library, clock).run(file, options, [&promise](qint64 done, qint64 total) {
                    promise.setProgressValue(int(total > 0 ? done * 800 / total : 0));
                    return !promise.isCanceled();
                });
            if (!summary) {
                result.error = summary.error();
                promise.addResult(result);
                return;
            }
            result.import = summary.value();
            if (result.import.prescreen)
                result.prescreen = *result.import.prescreen;
            else
                prescreen(promise, *db.value(), library, rules, result, 800);
            promise.addResult(result);
        });
}

QFuture<QString> startSearchIndexJob(const QString &dbPath, WorkspaceKind kind)
{
    return QtConcurrent::run([dbPath, kind](QPromise<QString> &promise) {
        promise.setProgressRange(0, 1000);
        auto db = ProfileData::open(dbPath, kind);
        if (!db) {
            promise.addResult(db.error());
            return;
        }
        const Status built = SearchIndex::build(db.value()->connection(), [&promise](qint64 indexed, qint64 total) {
            promise.setProgressValue(int(total > 0 ? indexed * 1000 / total : 1000));
            return !promise.isCanceled();
        });
        promise.addResult(built ? QString() : built.error());
    });
}

QFuture<ImportJobResult> startExportJob(const QString &dbPath, WorkspaceKind kind, const QString &file)
{
    return QtConcurrent::run([dbPath, kind, file](QPromise<ImportJobResult> &promise) {
        promise.setProgressRange(0, 1000);
        ImportJobResult result;
        auto db = ProfileData::open(dbPath, kind);
        if (!db) {
            result.error = db.error();
        } else {
            const Status written =
                FlaggedList::exportFile(db.value()->connection(), file, [&promise](qint64 done, qint64 total) {
                    promise.setProgressValue(int(total > 0 ? done * 1000 / total : 0));
                    return !promise.isCanceled();
                });
            if (written)
                result.done = QCoreApplication::translate("ta::FlaggedList", "The flagged customers were saved to %1.")
                                  .arg(QDir::toNativeSeparators(file));
            else
                result.error = written.error();
        }
        promise.addResult(result);
    });
}

QFuture<ImportJobResult> startPrescreenJob(const QString &dbPath, WorkspaceKind kind, TariffLibrary library,
                                           PrescreenRules rules)
{
    return QtConcurrent::run([dbPath, kind, library = std::move(library), rules](QPromise<ImportJobResult> &promise) {
        promise.setProgressRange(0, 1000);
        ImportJobResult result;
        auto db = ProfileData::open(dbPath, kind);
        if (!db)
            result.error = db.error();
        else
            prescreen(promise, *db.value(), library, rules, result, 0);
        promise.addResult(result);
    });
}

} // namespace ta
