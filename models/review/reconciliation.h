#pragma once

// The reconciliation after correction (đối soát sau áp giá): each approved correction on a leader's device
// matched against the customer list imported since (CMIS's newer list, in the import template).
// - applied: the list now holds every value the record changed (SO_HO, CHUOI_GIA, LOAI_DDO: CmisExport's
//   rows); not applied yet: it still holds every old value — overdue once the list has a month after the
//   effective one (the correction should have reached that bill), pending before; changed otherwise: any
//   other value; missing: the customer is not in the list.
// - For an applied one, the measured effect: the list's months after the effective month billed with the
//   new application against the same months with the old one (the bill engine; positive: recovered), beside
//   the predicted effect, the record's monthly impact times the months measured.

#include "models/core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QtSql/QSqlDatabase>

#include <optional>
#include <vector>

namespace ta {

class TariffLibrary;

namespace review {

enum class Reconciled { Applied, Pending, Overdue, Otherwise, Missing };

struct ReconciliationRow
{
    QString recordId;
    int revision = 0;
    QString number;
    QString customerCode;
    QString customerName;
    QString campaign;
    QDate effective;
    Reconciled state = Reconciled::Pending;
    QStringList fields;              ///< the CMIS fields the record changes
    QString detail;                  ///< for changed otherwise: which field holds what
    int monthsMeasured = 0;          ///< the list's months after the effective month
    std::optional<qint64> predicted; ///< the record's monthly impact × monthsMeasured
    std::optional<qint64> measured;  ///< the bills' difference over those months (VND with VAT)
    QString billError;               ///< why the effect could not be measured
};

struct CampaignReconciliation
{
    QString campaign; ///< empty: records for customers of no campaign
    qint64 applied = 0;
    qint64 pending = 0;
    qint64 overdue = 0;
    qint64 otherwise = 0;
    qint64 missing = 0;
    qint64 predicted = 0; ///< over the applied corrections that were measured
    qint64 measured = 0;
};

class Reconciliation
{
    Q_DECLARE_TR_FUNCTIONS(ta::review::Reconciliation)

public:
    /// Every approved, not replaced revision of the review queue in @p db against the customer list in the
    /// same data file, billed with @p library's books. Sorted overdue first, then by customer.
    static Result<std::vector<ReconciliationRow>> run(QSqlDatabase db, const TariffLibrary &library);
    /// Totals per campaign (by name, the rows without a campaign last).
    static std::vector<CampaignReconciliation> byCampaign(const std::vector<ReconciliationRow> &rows);
    static QString stateName(Reconciled state);
};

} // namespace review
} // namespace ta
