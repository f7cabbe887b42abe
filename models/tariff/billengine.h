#pragma once

// The bill engine: every money figure of the product comes from here. Input is what an EVN bill is made
// of (period, meter, voltage, households, purposes, consumption); output is integer dong with itemised
// lines. The rules and their sources are in docs/billing-rules.md; in short:
//
//  * Residential energy is billed on the book's tier ladder; each tier's block is multiplied by the
//    households (quarter steps) and by the period's length in months.
//  * A period's length in months counts whole billing months (same day of the next month) plus the
//    leftover days over the days of the month they fall in; one billing month is exactly 1.
//  * A period that spans a new tariff book is split by days: every quantity and every tier block is
//    shared in proportion to the days under each book; kWh rounding goes to the last (newest) part.
//  * A multi-purpose meter is split in whole kWh: fixed-kWh lines first (up to what was consumed), then
//    percentage lines of what is left (rounded down), then the remainder line; without a remainder line
//    the rounding leftover goes to the line with the largest share.
//  * Single-rate (and prepaid) production and business customers pay the normal-hours price; three-rate
//    meters split each purpose over the registers in proportion to the registers.
//  * Money is rounded once, by money::percentOf, for VAT (rate on the period's last day).

#include "models/core/result.h"
#include "models/tariff/tarifflibrary.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace ta {

enum class MeterType { SingleRate, ThreeRate, Prepaid };

QString meterTypeCode(MeterType type);
std::optional<MeterType> meterTypeFromCode(const QString &code);

/// One line of a price application.
struct Purpose
{
    enum class Kind { Share, FixedKwh, Remainder };
    QString group; ///< tariff group id
    Kind kind = Kind::Share;
    double value = 0; ///< percent for Share, kWh per month for FixedKwh
};

/// Consumption of the period: a total, or the three registers of a three-rate meter.
struct Consumption
{
    qint64 total = 0;
    std::optional<qint64> normal;
    std::optional<qint64> peak;
    std::optional<qint64> offPeak;
    bool hasRegisters() const { return normal.has_value(); }
};

struct BillInput
{
    QDate from;
    QDate to; ///< inclusive
    MeterType meter = MeterType::SingleRate;
    QString voltage = QStringLiteral("<6kV"); ///< a voltage class a tariff book names ("<6kV"), or kV
    double households = 1;
    QList<Purpose> purposes; ///< empty = 100 % on the household ladder
    Consumption kwh;
    bool rentersUndeclared = false;
};

struct BillLine
{
    QString group;
    enum class Kind { Tier, Normal, Peak, OffPeak, Flat, Prepaid, UndeclaredRenters };
    Kind kind = Kind::Flat;
    int tier = 0; ///< 1-based, for Tier and UndeclaredRenters
    qint64 kwh = 0;
    qint64 unitPrice = 0;
    qint64 amount = 0;
    QString book;
    QDate from;
    QDate to;

    /// "Bậc 3", "Giờ cao điểm", … in the interface language.
    QString label() const;
    QString kindCode() const;
};

struct Bill
{
    qint64 amountBeforeVat = 0;
    qint64 vat = 0;
    qint64 amount = 0;
    int vatRatePercent = 0;
    QStringList books; ///< decisions used, oldest first
    std::vector<BillLine> lines;

    /// {"amount_before_vat", "vat", "amount", "vat_rate", "book", "books", "lines": [...]}
    QJsonObject toJson() const;
};

class BillEngine
{
public:
    explicit BillEngine(const TariffLibrary &library) : m_library(library) {}

    /// A translated error names the field that is wrong; never a silent zero.
    Result<Bill> bill(const BillInput &input) const;

    /// The price-application rules on their own (known groups, shares, one remainder line), for bills and
    /// for imported price strings alike. The error names the field ("purposes[1].share").
    static Status checkPurposes(const QList<Purpose> &purposes, const TariffLibrary &library);

    /// The period's length in billing months (see the rules above).
    static double monthsIn(const QDate &from, const QDate &to);
    /// @p total kWh of the period @p from – @p to over the purposes, in whole kWh (rule 5 of
    /// docs/billing-rules.md: fixed kWh per month first, then the shares, then the remainder line).
    static std::vector<qint64> splitByPurpose(qint64 total, const QList<Purpose> &purposes, const QDate &from,
                                              const QDate &to);

private:
    const TariffLibrary &m_library;
};

} // namespace ta
