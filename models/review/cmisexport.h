#pragma once

// The approved corrections for CMIS (docs/cmis-export.md): one row per field a record changes — SO_HO (the
// households), CHUOI_GIA (the price string), LOAI_DDO (1 single-rate, 3 three-rate) — with the old and new
// value, the effective date and reading, the record's number, id, revision and fingerprint, the inspector and
// the approving leader. The same selection gives the same bytes: rows are sorted, nothing in the file
// depends on when or where it is written. One rule for the leader's app (from its review queue) and the
// server's nightly `export-cmis` (from its database).

#include "models/core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace ta::review {

/// An approved revision, as the export reads it.
struct ApprovedRecord
{
    QByteArray canonical; ///< the signed record's bytes
    QString approvedBy;
    QString approvedAt; ///< ISO 8601 UTC
};

struct CmisRow
{
    QString customerCode; ///< MA_KHANG
    QString customerName; ///< TEN_KHANG
    QString substation;   ///< MA_TRAM
    QString field;        ///< SO_HO, CHUOI_GIA or LOAI_DDO
    QString oldValue;
    QString newValue;
    QDate effective;          ///< the visit's day
    QString effectiveReading; ///< the meter reading the new application starts from (empty when not taken)
    QString number;           ///< the record's number
    QString recordId;
    int revision = 0;
    QString fingerprint;
    QString inspector;
    QString approvedBy;
    QDate approvedOn;
};

class CmisExport
{
    Q_DECLARE_TR_FUNCTIONS(ta::review::CmisExport)

public:
    /// The CMIS field names of the columns, in order.
    static QStringList header();
    /// The rows of @p records, sorted by customer, record and field. A record that is not readable is
    /// named in the error; nothing is exported then.
    static Result<std::vector<CmisRow>> rows(const std::vector<ApprovedRecord> &records);
    /// Writes @p rows as UTF-8 CSV (no BOM: CMIS imports it as it is) or as .xlsx, by @p path's suffix;
    /// written whole or not at all.
    static Status write(const std::vector<CmisRow> &rows, const QString &path);
    static QByteArray csv(const std::vector<CmisRow> &rows);

    /// The day of @p utc as Vietnam counts it (UTC+7, no daylight saving): the records' times are UTC.
    static QDate vietnamDay(const QDateTime &utc);
    /// The start of Vietnam's day @p day, as the UTC text the stores keep (for selections by day).
    static QString dayStartUtc(const QDate &day);
};

} // namespace ta::review
