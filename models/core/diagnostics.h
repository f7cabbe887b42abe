#pragma once

#include "models/core/result.h"

#include <QString>

namespace ta {

class Settings;

/// The "Export diagnostics" report: versions, platform, settings (never secrets) and the log files, as one
/// UTF-8 text file a branch's IT can read or forward.
class Diagnostics
{
public:
    static QString report(const Settings &settings, const QString &extra = {});
    static Status exportTo(const QString &path, const Settings &settings, const QString &extra = {});
};

} // namespace ta
