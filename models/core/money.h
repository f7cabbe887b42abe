#pragma once

// Money is integer dong (VND has no minor unit). Every rounding of money in the product happens here.

#include <QString>
#include <QtGlobal>

namespace ta::money {

/// @p percent of @p amount, rounded half up to the dong (amounts are never negative here; a negative
/// amount rounds half away from zero). This is the VAT rule: 282,620 × 8 % = 22,609.6 → 22,610.
qint64 percentOf(qint64 amount, int percent);

/// "1.984 đ" in Vietnamese style (thousands separated by "."), whatever the interface language.
QString format(qint64 dong);
/// "1.984" without the unit.
QString formatNumber(qint64 value);

} // namespace ta::money
