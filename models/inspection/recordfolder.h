#pragma once

// Where a signed record is written for people to open: <records folder>/<number>/ with record.json,
// signature.json, evidence/ and bien-ban.pdf. The folder's name is the record's number, checked by
// safeName here, the one place a record becomes a path: a number that would leave the records folder is
// refused, never written.

#include "models/core/result.h"

#include <QString>

namespace ta {

class EvidenceStore;
struct SignedRecord;

class RecordFolder
{
public:
    /// <recordsRoot>/<number>, or an error naming the number when it is not a safe folder name.
    static Result<QString> pathFor(const QString &recordsRoot, const QString &number);
    /// Writes the folder of @p record (the evidence copied from @p evidence) and its PDF; the folder is
    /// named by the record's number under @p recordsRoot. Returns the folder.
    static Result<QString> write(const SignedRecord &record, const EvidenceStore &evidence, const QString &recordsRoot);
};

} // namespace ta
