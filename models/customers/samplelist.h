#pragma once

#include "models/core/result.h"
#include "models/customers/customergenerator.h"

#include <functional>

namespace ta {

/// A generated customer list written as the import template, as `tariff-audit-cli generate` and the
/// benchmarks make it. The file appears whole or not at all (QSaveFile).
class SampleCustomerList
{
public:
    /// @p progress gets (done, total) now and then and returns false to cancel.
    static Status write(const GeneratorOptions &options, const QString &path,
                        const std::function<bool(int done, int total)> &progress = {});
};

} // namespace ta
