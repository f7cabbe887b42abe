#include "models/customers/importtemplate.h"

#include "models/customers/customer.h"
#include "models/customers/searchtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace ta {

QString ImportTemplate::columnName(const QString &code)
{
    static const std::pair<const char *, const char *> names[] = {
        {"MA_KHANG", QT_TRANSLATE_NOOP("ta::ImportTemplate", "Customer code")},
        {"TEN_KHANG", QT_TRANSLATE_NOOP("ta::ImportTemplate", "Customer name")},
        {"DIA_CHI", QT_TRANSLATE_NOOP("ta::ImportTemplate", "Address")},
        {"DTHOAI", QT_TRANSLATE_NOOP("ta::ImportTemplate", "Phone")},
        {"MA_TRAM", QT_TRANSLATE_NOOP("ta::ImportTemplate", "Substation")},
        {"MA_SOGCS", QT_TRANSLATE_NOOP("ta::ImportTemplate", "Route book")},
        {"STT", QT_TRANSLATE_NOOP("ta::ImportTemplate", "Order in the route book")},
        {"SO_CTO", QT_TRANSLATE_NOOP("ta::ImportTemplate", "Meter serial")},
        {"LOAI_DDO", QT_TRANSLATE_NOOP("ta::ImportTemplate", "Metering point type")},
        {"HSN", QT_TRANSLATE_NOOP("ta::ImportTemplate", "Multiplier")},
        {"CAP_DIEN_AP", QT_TRANSLATE_NOOP("ta::ImportTemplate", "Voltage level")},
        {"SO_HO", QT_TRANSLATE_NOOP("ta::ImportTemplate", "Households")},
        {"CHUOI_GIA", QT_TRANSLATE_NOOP("ta::ImportTemplate", "Price string")},
        {"CSUAT_TBA_KVA", QT_TRANSLATE_NOOP("ta::ImportTemplate", "Transformer (kVA)")},
        {"TOA_DO", QT_TRANSLATE_NOOP("ta::ImportTemplate", "Coordinates")},
        {"NGAY_KT_TLG", QT_TRANSLATE_NOOP("ta::ImportTemplate", "Date the price ratio was last checked")},
    };
    for (const auto &[column, name] : names) {
        if (code == QLatin1StringView(column))
            return QCoreApplication::translate("ta::ImportTemplate", name);
    }
    return code;
}

QStringList ImportTemplate::identityColumns()
{
    return {QStringLiteral("MA_KHANG"),   QStringLiteral("TEN_KHANG"),     QStringLiteral("DIA_CHI"),
            QStringLiteral("DTHOAI"),     QStringLiteral("MA_TRAM"),       QStringLiteral("MA_SOGCS"),
            QStringLiteral("STT"),        QStringLiteral("SO_CTO"),        QStringLiteral("LOAI_DDO"),
            QStringLiteral("HSN"),        QStringLiteral("CAP_DIEN_AP"),   QStringLiteral("SO_HO"),
            QStringLiteral("CHUOI_GIA"),  QStringLiteral("CSUAT_TBA_KVA"), QStringLiteral("TOA_DO"),
            QStringLiteral("NGAY_KT_TLG")};
}

QStringList ImportTemplate::consumptionColumns(int lastMonth, int months)
{
    QStringList out;
    for (int i = months - 1; i >= 0; --i) {
        const QString m = QString::number(addMonths(lastMonth, -i));
        out << QStringLiteral("SL_") + m << QStringLiteral("SL_BT_") + m << QStringLiteral("SL_CD_") + m
            << QStringLiteral("SL_TD_") + m;
    }
    return out;
}

QStringList ImportTemplate::columns(int lastMonth, int months)
{
    return identityColumns() + consumptionColumns(lastMonth, months);
}

} // namespace ta

namespace ta {

namespace {

QString headerKey(const QString &header)
{
    QString folded = SearchText::fold(header);
    for (QChar &c : folded) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    }
    return folded.simplified();
}

const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        const auto add = [&m](const char *code, std::initializer_list<const char *> names) {
            m.insert(headerKey(QLatin1StringView(code)), QLatin1StringView(code));
            for (const char *n : names)
                m.insert(headerKey(QString::fromUtf8(n)), QLatin1StringView(code));
        };
        add("MA_KHANG", {"Mã khách hàng", "Mã KH"});
        add("TEN_KHANG", {"Tên khách hàng", "Tên KH"});
        add("DIA_CHI", {"Địa chỉ", "Địa chỉ dùng điện"});
        add("DTHOAI", {"Điện thoại", "Số điện thoại", "SĐT"});
        add("MA_TRAM", {"Mã trạm", "Trạm biến áp", "Mã TBA"});
        add("MA_SOGCS", {"Mã sổ GCS", "Sổ ghi chỉ số", "Sổ GCS", "Mã sổ"});
        add("STT", {"Số thứ tự", "Thứ tự"});
        add("SO_CTO", {"Số công tơ", "Số seri công tơ", "SERY_CTO", "Số CTO"});
        add("LOAI_DDO", {"Loại điểm đo", "Loại công tơ"});
        add("HSN", {"Hệ số nhân"});
        add("CAP_DIEN_AP", {"Cấp điện áp", "MA_CAPDAP"});
        add("SO_HO", {"Số hộ", "Số hộ dùng chung"});
        add("CHUOI_GIA", {"Chuỗi giá", "Tỷ lệ giá"});
        add("CSUAT_TBA_KVA", {"Công suất TBA", "Công suất TBA kVA", "Công suất trạm"});
        add("TOA_DO", {"Tọa độ", "Toạ độ", "GPS"});
        add("NGAY_KT_TLG", {"Ngày kiểm tra tỷ lệ giá", "Ngày KT tỷ lệ giá"});
        return m;
    }();
    return map;
}

} // namespace

QString ImportTemplate::resolveHeader(const QString &header)
{
    const QString key = headerKey(header);
    if (const auto it = aliases().constFind(key); it != aliases().constEnd())
        return *it;
    // Month columns: "sl 202506", "sl bt 202506", "san luong 202506", "san luong bt 202506".
    static const QRegularExpression month(QStringLiteral("^(?:sl|san luong)(?: (bt|cd|td))? (\\d{6})$"));
    const QRegularExpressionMatch m = month.match(key);
    if (m.hasMatch()) {
        const int yyyymm = m.captured(2).toInt();
        if (yyyymm % 100 < 1 || yyyymm % 100 > 12)
            return {};
        return m.captured(1).isEmpty() ? QStringLiteral("SL_") + m.captured(2)
                                       : QStringLiteral("SL_%1_%2").arg(m.captured(1).toUpper(), m.captured(2));
    }
    return {};
}

QStringList ImportTemplate::requiredColumns()
{
    return {QStringLiteral("MA_KHANG"), QStringLiteral("TEN_KHANG"), QStringLiteral("CHUOI_GIA")};
}

bool ImportTemplate::parseMonthColumn(const QString &code, QString *reg, int *month)
{
    static const QRegularExpression re(QStringLiteral("^SL_(?:(BT|CD|TD)_)?(\\d{6})$"));
    const QRegularExpressionMatch m = re.match(code);
    if (!m.hasMatch())
        return false;
    *reg = m.captured(1);
    *month = m.captured(2).toInt();
    return true;
}

} // namespace ta
