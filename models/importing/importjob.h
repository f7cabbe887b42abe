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
    ImportSummary import;
    PrescreenSummary prescreen;
};

/// Imports @p file into the data file at @p dbPath and pre-screens it again, on a worker thread with its
/// own connection. Progress (0–1000) and cancel go through the future; a cancel leaves the file as it was.
QFuture<ImportJobResult> startImportJob(const QString &file, const QString &dbPath, WorkspaceKind kind,
                                        TariffLibrary library, PrescreenRules rules);

/// Pre-screens the data file at @p dbPath on a worker thread; the result's error is empty on success.
QFuture<ImportJobResult> startPrescreenJob(const QString &dbPath, WorkspaceKind kind, TariffLibrary library,
                                           PrescreenRules rules);

} // namespace ta
