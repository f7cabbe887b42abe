#pragma once

// The schema of a profile's data file: customers, their consumption and, as the product grows,
// inspections, evidence and the outbox. One file per real profile; training mode has its own file.

#include "models/core/result.h"
#include "models/storage/database.h"

namespace ta {

enum class WorkspaceKind { Real, Training };

class ProfileData
{
public:
    static Schema schema();

    /// Opens a data file and checks it belongs to @p kind; a training file is never opened as real data
    /// nor the other way round. A new file is stamped with the kind.
    static Result<std::unique_ptr<Database>> open(const QString &path, WorkspaceKind kind);

    static QString metaValue(Database &db, const QString &key);
    static Status setMetaValue(Database &db, const QString &key, const QString &value);
};

} // namespace ta
