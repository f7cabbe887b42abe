#pragma once

#include <QStringList>

namespace ta::cli {

/// Runs the command named in @p arguments (arguments[0] is the program); returns the exit code.
int run(const QStringList &arguments);

} // namespace ta::cli
