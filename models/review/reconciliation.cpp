#include "models/review/reconciliation.h"

#include "models/customers/customerrepository.h"
#include "models/review/cmisexport.h"
#include "models/tariff/moneyimpact.h"
#include "models/tariff/tarifflibrary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <algorithm>

namespace ta::review {

namespace {

/// The list's value of a CMIS field, as the export writes it.
QString listValue(const Customer &c, const QString &field)
{
    if (field == QLatin1StringView("SO_HO"))
        return QString::number(c.households, 'g', 6);
    if (field == QLatin1StringView("CHUOI_GIA"))
        return c.priceString;
    return c.meterKind == MeterKind::ThreeRate ? QStringLiteral("3") : QStringLiteral("1");
}

bool same(const QString &field, const QString &a, const QString &b)
{
    if (field == QLatin1StringView("SO_HO")) {
        bool okA = false, okB = false;
        const double x = a.toDouble(&okA), y = b.toDouble(&okB);
        return okA && okB && std::abs(x - y) < 1e-9;
    }
    const auto normal = [](QString s) {
        return s.remove(QLatin1Char(' ')).toUpper();
    };
    return normal(a) == normal(b);
}

/// @p c with the value @p value of @p field.
void setValue(Customer &c, const QString &field, const QString &value)
{
    if (field == QLatin1StringView("SO_HO"))
        c.households = value.toDouble();
    else if (field == QLatin1StringView("CHUOI_GIA"))
        c.priceString = value;
    else
        c.meterKind = value == QLatin1StringView("3") ? MeterKind::ThreeRate : MeterKind::SingleRate;
}

} // namespace

QString Reconciliation::stateName(Reconciled state)
{
    switch (state) {
    case Reconciled::Applied:
        return tr("Applied");
    case Reconciled::Pending:
        return tr("Not applied yet");
    case Reconciled::Overdue:
        return tr("Not applied, overdue");
    case Reconciled::Otherwise:
        return tr("Changed otherwise");
    case Reconciled::Missing:
        return tr("Not in the customer list");
    }
    return {};
}

Result<std::vector<ReconciliationRow>> Reconciliation::run(QSqlDatabase db, const TariffLibrary &library)
{
    using R = Result<std::vector<ReconciliationRow>>;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT r.canonical, coalesce(r.decided_by, ''), coalesce(r.decided_at, ''),"
                               " coalesce(a.campaign, '') FROM review_records r LEFT JOIN branch_assignments a ON"
                               " a.customer_code = r.customer_code WHERE r.status = 'approved' AND r.replaced_by IS"
                               " NULL ORDER BY r.customer_code, r.record_id")))
        return R::failure(tr("The approved records could not be read: %1").arg(q.lastError().text()));
    struct Approved
    {
        ApprovedRecord record;
        QString campaign;
        std::optional<qint64> monthly;
    };
    std::vector<Approved> approved;
    while (q.next()) {
        Approved a{{q.value(0).toByteArray(), q.value(1).toString(), q.value(2).toString()}, q.value(3).toString(), {}};
        const QJsonValue monthly = QJsonDocument::fromJson(a.record.canonical)
                                       .object()
                                       .value(QStringLiteral("impact"))
                                       .toObject()
                                       .value(QStringLiteral("monthly"));
        if (monthly.isDouble())
            a.monthly = qint64(monthly.toDouble());
        approved.push_back(std::move(a));
    }
    q.finish();

    const CustomerRepository customers(db);
    const BillEngine engine(library);
    std::vector<ReconciliationRow> out;
    for (const Approved &a : approved) {
        auto cmis = CmisExport::rows({a.record});
        if (!cmis)
            return R::failure(cmis.error());
        if (cmis->empty())
            continue; // approved without a change: nothing for CMIS to apply
        const CmisRow &first = cmis->front();
        ReconciliationRow row;
        row.recordId = first.recordId;
        row.revision = first.revision;
        row.number = first.number;
        row.customerCode = first.customerCode;
        row.customerName = first.customerName;
        row.campaign = a.campaign;
        row.effective = first.effective;
        for (const CmisRow &c : cmis.value())
            row.fields << c.field;
        const std::optional<Customer> now = customers.findByCode(first.customerCode);
        if (!now) {
            row.state = Reconciled::Missing;
            out.push_back(row);
            continue;
        }
        int newOnes = 0, oldOnes = 0;
        QStringList other;
        for (const CmisRow &c : cmis.value()) {
            const QString value = listValue(*now, c.field);
            if (same(c.field, value, c.newValue))
                ++newOnes;
            else if (same(c.field, value, c.oldValue))
                ++oldOnes;
            else
                other
                    << tr("%1: the record says %2 → %3, the list holds %4").arg(c.field, c.oldValue, c.newValue, value);
        }
        const int effectiveMonth = row.effective.year() * 100 + row.effective.month();
        std::vector<MonthlyConsumption> after;
        for (const MonthlyConsumption &m : now->history) {
            if (m.month > effectiveMonth)
                after.push_back(m);
        }
        const int count = int(cmis->size());
        if (newOnes == count) {
            row.state = Reconciled::Applied;
            row.monthsMeasured = int(after.size());
            Customer before = *now;
            for (const CmisRow &c : cmis.value())
                setValue(before, c.field, c.oldValue);
            auto oldApp = PriceApplication::of(before, library);
            auto newApp = PriceApplication::of(*now, library);
            if (!oldApp || !newApp) {
                row.billError = !oldApp ? oldApp.error() : newApp.error();
            } else if (!after.empty()) {
                auto effect =
                    ImpactEstimator::estimate(engine, oldApp.value(), newApp.value(), after, TouSplit{60, 20, 20});
                if (effect)
                    row.measured = effect->total;
                else
                    row.billError = effect.error();
            } else {
                row.measured = 0;
            }
            if (a.monthly)
                row.predicted = *a.monthly * row.monthsMeasured;
        } else if (oldOnes == count) {
            row.state = after.empty() ? Reconciled::Pending : Reconciled::Overdue;
        } else {
            row.state = Reconciled::Otherwise;
            if (other.isEmpty())
                other << tr("only some of the changes were applied");
            row.detail = other.join(QStringLiteral("; "));
        }
        out.push_back(row);
    }
    std::stable_sort(out.begin(), out.end(), [](const ReconciliationRow &x, const ReconciliationRow &y) {
        return (x.state == Reconciled::Overdue) > (y.state == Reconciled::Overdue);
    });
    return out;
}

std::vector<CampaignReconciliation> Reconciliation::byCampaign(const std::vector<ReconciliationRow> &rows)
{
    QMap<QString, CampaignReconciliation> totals;
    for (const ReconciliationRow &r : rows) {
        CampaignReconciliation &t = totals[r.campaign];
        t.campaign = r.campaign;
        switch (r.state) {
        case Reconciled::Applied:
            ++t.applied;
            if (r.measured && r.predicted) {
                t.measured += *r.measured;
                t.predicted += *r.predicted;
            }
            break;
        case Reconciled::Pending:
            ++t.pending;
            break;
        case Reconciled::Overdue:
            ++t.overdue;
            break;
        case Reconciled::Otherwise:
            ++t.otherwise;
            break;
        case Reconciled::Missing:
            ++t.missing;
            break;
        }
    }
    std::vector<CampaignReconciliation> out;
    for (const CampaignReconciliation &t : totals)
        out.push_back(t);
    std::stable_partition(out.begin(), out.end(),
                          [](const CampaignReconciliation &t) { return !t.campaign.isEmpty(); });
    return out;
}

} // namespace ta::review
