#pragma once

#include "models/core/result.h"
#include "models/tariff/billengine.h"

#include <QByteArray>

namespace ta {

/// The JSON form of a bill's input, as `tariff-audit-cli bill --case FILE.json` reads it (a stable
/// contract, see docs/billing-rules.md). Errors name the field; unknown fields are refused, so a typo never
/// silently bills something else.
class BillCase
{
public:
    static Result<BillInput> fromJson(const QByteArray &json);
};

} // namespace ta
