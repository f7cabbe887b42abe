#pragma once

// A customer's monthly consumption packed into one text column: "yyyymm:kWh" or "yyyymm:kWh:normal:peak:
// off-peak", entries separated by ";", oldest first. One row per customer keeps a million customers with
// a year of history at a million rows, read in one go by the pre-screen.

#include "models/customers/customer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace ta {

class HistoryCodec
{
public:
    static QString encode(const std::vector<MonthlyConsumption> &history);
    /// The same text (ASCII) appended to @p out.
    static void append(const std::vector<MonthlyConsumption> &history, QByteArray &out);
    /// Entries that cannot be read are skipped.
    static std::vector<MonthlyConsumption> decode(QStringView text);
    /// The same from the stored bytes (ASCII), without making a QString first.
    static std::vector<MonthlyConsumption> decode(QByteArrayView text);
    /// The same into @p out (cleared first), whose storage is used again: no allocation once it has grown.
    static void decode(QByteArrayView text, std::vector<MonthlyConsumption> &out);
};

} // namespace ta
