#pragma once

#include "models/importing/customerimport.h"
#include "models/prescreen/prescreener.h"
#include "models/storage/profiledata.h"
#include "models/tariff/tarifflibrary.h"

#include <QFuture>

namespace ta {

/// The outcome of an import run in the background: the error (empty on success), the import's counts and
/// issues, and the pre-screen that followed it.
struct ImportJobResult
{
    QString error;
    QString done; ///< what a job that is not an import did, in words ("saved to …")
    ImportSummary import;
    PrescreenSummary prescreen;
};

/// Imports @p file into the data file at @p dbPath and pre-screens it again (a list loaded into an empty file
/// is judged as it is read), on a worker thread with its own connection. Progress (0–1000) and cancel go
/// through the future; a cancel leaves the file as it was. A first list leaves its search index to
/// startSearchIndexJob().
QFuture<ImportJobResult> startImportJob(const QString &file, const QString &dbPath, WorkspaceKind kind,
                                        TariffLibrary library, PrescreenRules rules);

/// Brings the search index of the data file at @p dbPath up to date (SearchIndex), on a worker thread with its
/// own connection; progress is the indexed customers in thousandths. The result is an error, empty on
/// success. A cancel stops after the current step; what is indexed stays and the next job carries on.
QFuture<QString> startSearchIndexJob(const QString &dbPath, WorkspaceKind kind);
/// Exports the warnings of the data file at @p dbPath to @p file (CSV or .xlsx) on a worker thread.
QFuture<ImportJobResult> startExportJob(const QString &dbPath, WorkspaceKind kind, const QString &file);

/// Pre-screens the data file at @p dbPath on a worker thread; the result's error is empty on success.
QFuture<ImportJobResult> startPrescreenJob(const QString &dbPath, WorkspaceKind kind, TariffLibrary library,
                                           PrescreenRules rules);

} // namespace ta
