#pragma once

// Canonical JSON: the one byte sequence of a JSON value, so the same inspection always gives the same
// bytes and its SHA-256 is a stable fingerprint.
//   - object keys sorted by their UTF-16 code units, each once;
//   - no whitespace outside strings; UTF-8 output; strings escaped minimally (", \, and control
//     characters as \b \f \n \r \t or \u00XX, lower-case hex); nothing else escaped;
//   - numbers are integers only, written in decimal without sign for zero (fractions are written as
//     decimal strings by the caller, so no floating-point formatting can differ between machines).
// Independent of the locale and of Qt's own JSON writer.

#include "models/core/result.h"

#include <QByteArray>
#include <QJsonValue>

namespace ta::canonicalJson {

/// The canonical bytes of @p value; fails on a number that is not a whole number within ±2^53.
Result<QByteArray> serialize(const QJsonValue &value);

/// A decimal as canonical text: up to @p decimals places, trailing zeros and a trailing point removed
/// ("1.25", "2", "0.8"); "-0" is written "0".
QString decimal(double value, int decimals = 3);

} // namespace ta::canonicalJson
