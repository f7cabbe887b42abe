#include "models/customers/importtemplate.h"

#include "models/customers/customer.h"

namespace ta {

QStringList ImportTemplate::identityColumns()
{
    return {QStringLiteral("MA_KHANG"),  QStringLiteral("TEN_KHANG"),     QStringLiteral("DIA_CHI"),
            QStringLiteral("DTHOAI"),    QStringLiteral("MA_TRAM"),       QStringLiteral("MA_SOGCS"),
            QStringLiteral("STT"),       QStringLiteral("SO_CTO"),        QStringLiteral("LOAI_DDO"),
            QStringLiteral("HSN"),       QStringLiteral("CAP_DIEN_AP"),   QStringLiteral("SO_HO"),
            QStringLiteral("CHUOI_GIA"), QStringLiteral("CSUAT_TBA_KVA"), QStringLiteral("TOA_DO"),
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
