#pragma once

// Customer data as CMIS holds it: identity, metering point, price application and monthly consumption.

#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace ta {

/// Kind of meter at the metering point (CMIS LOAI_DDO).
enum class MeterKind {
    SingleRate = 1, ///< công tơ 1 giá
    ThreeRate = 3,  ///< công tơ 3 giá: normal / peak / off-peak registers
};

/// Where a customer's visit stands (customers.visit_status).
namespace visitStatus {
inline constexpr auto Pending = "pending";   ///< not inspected in this campaign
inline constexpr auto Draft = "draft";       ///< an inspection is under way
inline constexpr auto Recorded = "recorded"; ///< a signed record exists
} // namespace visitStatus

/// One month of consumption (kWh, integers). Three-rate meters also carry the register split, which adds
/// up to the total; single-rate meters leave it empty.
struct MonthlyConsumption
{
    int month = 0; ///< yyyymm
    int kwh = 0;
    std::optional<int> normal;
    std::optional<int> peak;
    std::optional<int> offPeak;
};

struct Customer
{
    QString code;        ///< MA_KHANG: 2-letter corporation, 4-char unit, 7 digits
    QString name;        ///< TEN_KHANG
    QString address;     ///< DIA_CHI
    QString phone;       ///< DTHOAI
    QString substation;  ///< MA_TRAM
    QString routeBook;   ///< MA_SOGCS
    int routeOrder = 0;  ///< STT within the route book
    QString meterSerial; ///< SO_CTO
    MeterKind meterKind = MeterKind::SingleRate;
    int multiplier = 1;                       ///< HSN
    QString voltage = QStringLiteral("<6kV"); ///< CAP_DIEN_AP: a voltage class a tariff book names, or kV
    double households = 1;                    ///< SO_HO, in steps of 0.25
    QString priceString;                      ///< CHUOI_GIA
    int transformerKva = 0;                   ///< CSUAT_TBA_KVA of a dedicated transformer, 0 when none
    std::optional<double> latitude;
    std::optional<double> longitude;
    QDate lastRatioCheck;                    ///< NGAY_KT_TLG: last check of the price ratio; invalid when never checked
    std::vector<MonthlyConsumption> history; ///< oldest first

    /// The CMIS code of the first price-string line ("SHBT" for "SHBT:80%;KDDV:CL").
    QString mainGroup() const;
    /// The same as written in @p priceString, before upper case.
    static QStringView mainGroupOf(QStringView priceString);
    /// The folded text search looks in: code, name, address, meter serial, phone.
    QString searchText() const;
    /// The same from the stored columns (the search index is built from them; the text is not stored).
    static QString searchTextOf(QStringView code, QStringView name, QStringView address, QStringView meterSerial,
                                QStringView phone);
    /// A stable 64-bit fingerprint of every field: equal rows mean an import changes nothing.
    /// @p packedHistory is HistoryCodec::encode(history) (ASCII), when the caller has it already.
    quint64 contentHash(QByteArrayView packedHistory = {}) const;
};

/// The month (yyyymm) @p offset months after @p month (negative: before).
int addMonths(int month, int offset);

} // namespace ta
