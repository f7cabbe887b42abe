#pragma once

// CHUOI_GIA, the price string of a customer's price application (docs/import-template.md):
//   "SHBT:80%;KDDV:CL"   80 % residential, the rest business
//   "KDDV:300kWh;SHBT:CL", "SXBT@BT:100%;SXBT@CD:100%;SXBT@TD:100%"

#include "models/core/result.h"
#include "models/tariff/billengine.h"

#include <QList>
#include <QString>

namespace ta {

class TariffLibrary;

/// The price-group codes come from the tariff books (each group lists its CMIS codes), so a code a new
/// book adds is read with no code change.
class PriceString
{
public:
    /// The purposes of a price string. Lines written per register must give every register of a group
    /// the same amount (the bill engine splits each purpose over the registers in proportion).
    static Result<QList<Purpose>> parse(const QString &text, const TariffLibrary &library);
    static QString format(const QList<Purpose> &purposes, const TariffLibrary &library);
};

} // namespace ta
