#pragma once

// Texts that become part of a file or folder name (a card number in a record's number, the record folder)
// are checked here and nowhere else: letters, digits, '-', '_' and '.', not starting with a dot, at most 64
// characters. "../x", "a/b" or "C:\x" never leave the folder they are meant for.

#include "models/core/result.h"

#include <QString>

namespace ta::safeName {

inline constexpr int MaximumLength = 64;

bool isSafe(const QString &text);
/// Success, or a translated message naming @p what ("Card number") and the character refused.
Status check(const QString &text, const QString &what);

} // namespace ta::safeName
