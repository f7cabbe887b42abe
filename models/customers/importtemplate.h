#pragma once

// The documented customer-list template (docs/import-template.md): CMIS field codes as column headers.
// The generator writes it and the importer reads it, so both take the column list from here.

#include <QStringList>

namespace ta {

class ImportTemplate
{
public:
    /// Fixed columns, in order: MA_KHANG … TOA_DO, NGAY_KT_TLG.
    static QStringList identityColumns();
    /// What a column holds in words ("Customer code" for MA_KHANG), translated; the code itself when unknown.
    static QString columnName(const QString &code);
    /// Consumption columns for the 12 months ending with @p lastMonth (yyyymm), oldest first; per month
    /// SL_yyyymm, SL_BT_yyyymm, SL_CD_yyyymm, SL_TD_yyyymm.
    static QStringList consumptionColumns(int lastMonth, int months = 12);
    static QStringList columns(int lastMonth, int months = 12);

    /// The template column a header means: a CMIS code (any case) or a Vietnamese name ("Mã khách hàng",
    /// "ma khach hang", "MÃ KHÁCH HÀNG" …), or a month column (SL_202506, SL_BT_202506, "Sản lượng 202506").
    /// Empty when the header is not part of the template.
    static QString resolveHeader(const QString &header);
    /// Columns a file must have.
    static QStringList requiredColumns();
    /// For a month column: its register ("" for the total, "BT", "CD", "TD") and month; false otherwise.
    static bool parseMonthColumn(const QString &code, QString *reg, int *month);
};

} // namespace ta
