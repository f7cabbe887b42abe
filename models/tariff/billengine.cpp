#include "models/tariff/billengine.h"

#include "models/core/money.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace ta {

namespace {

QString fieldError(const QString &field, const QString &problem)
{
    return QCoreApplication::translate("ta::BillEngine", "%1: %2").arg(field, problem);
}

QString dmy(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

/// The period's length in months as an exact fraction.
struct MonthsRatio
{
    qint64 numerator = 1;
    qint64 denominator = 1;
};

MonthsRatio monthsRatio(const QDate &from, const QDate &to)
{
    const QDate after = to.addDays(1);
    int whole = 0;
    while (whole < 240 && from.addMonths(whole + 1) <= after)
        ++whole;
    const QDate start = from.addMonths(whole);
    const qint64 leftover = start <= to ? start.daysTo(to) + 1 : 0;
    const qint64 monthDays = start.daysTo(start.addMonths(1));
    return {whole * monthDays + leftover, monthDays};
}

qint64 divideRoundingHalfUp(qint64 numerator, qint64 denominator)
{
    return (2 * numerator + denominator) / (2 * denominator);
}

/// Splits @p total over @p capacities in proportion, in whole units, never above a capacity (largest
/// remainder). Requires total <= sum of capacities.
std::vector<qint64> proportional(qint64 total, const std::vector<qint64> &capacities)
{
    qint64 sum = 0;
    for (qint64 c : capacities)
        sum += c;
    std::vector<qint64> out(capacities.size(), 0);
    if (sum <= 0 || total <= 0)
        return out;
    std::vector<std::pair<qint64, std::size_t>> remainders; // (fraction numerator, index)
    qint64 assigned = 0;
    for (std::size_t j = 0; j < capacities.size(); ++j) {
        const qint64 scaled = total * capacities[j];
        out[j] = scaled / sum;
        assigned += out[j];
        remainders.push_back({scaled % sum, j});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (std::size_t k = 0; assigned < total && k < remainders.size(); ++k) {
        const std::size_t j = remainders[k].second;
        if (out[j] < capacities[j]) {
            ++out[j];
            ++assigned;
        }
    }
    return out;
}

struct Segment
{
    QDate from;
    QDate to;
    qint64 days = 0;
    const TariffBook *book = nullptr;
};

} // namespace

QString meterTypeCode(MeterType type)
{
    switch (type) {
    case MeterType::SingleRate:
        return QStringLiteral("single-rate");
    case MeterType::ThreeRate:
        return QStringLiteral("three-rate");
    case MeterType::Prepaid:
        return QStringLiteral("prepaid");
    }
    return {};
}

std::optional<MeterType> meterTypeFromCode(const QString &code)
{
    for (MeterType t : {MeterType::SingleRate, MeterType::ThreeRate, MeterType::Prepaid}) {
        if (meterTypeCode(t) == code)
            return t;
    }
    return std::nullopt;
}

QString BillLine::label() const
{
    switch (kind) {
    case Kind::Tier:
        return QCoreApplication::translate("ta::BillLine", "Tier %1").arg(tier);
    case Kind::Normal:
        return QCoreApplication::translate("ta::BillLine", "Normal hours");
    case Kind::Peak:
        return QCoreApplication::translate("ta::BillLine", "Peak hours");
    case Kind::OffPeak:
        return QCoreApplication::translate("ta::BillLine", "Off-peak hours");
    case Kind::Flat:
        return QCoreApplication::translate("ta::BillLine", "Single price");
    case Kind::Prepaid:
        return QCoreApplication::translate("ta::BillLine", "Prepaid card");
    case Kind::UndeclaredRenters:
        return QCoreApplication::translate("ta::BillLine", "Tier %1 (renters not declared)").arg(tier);
    }
    return {};
}

QString BillLine::kindCode() const
{
    switch (kind) {
    case Kind::Tier:
        return QStringLiteral("tier");
    case Kind::Normal:
        return QStringLiteral("normal");
    case Kind::Peak:
        return QStringLiteral("peak");
    case Kind::OffPeak:
        return QStringLiteral("offpeak");
    case Kind::Flat:
        return QStringLiteral("flat");
    case Kind::Prepaid:
        return QStringLiteral("prepaid");
    case Kind::UndeclaredRenters:
        return QStringLiteral("undeclared-renters");
    }
    return {};
}

QJsonObject Bill::toJson() const
{
    QJsonArray lineArray;
    for (const BillLine &l : lines) {
        QJsonObject o{{QStringLiteral("group"), l.group},
                      {QStringLiteral("kind"), l.kindCode()},
                      {QStringLiteral("kwh"), l.kwh},
                      {QStringLiteral("unit_price"), l.unitPrice},
                      {QStringLiteral("amount"), l.amount},
                      {QStringLiteral("book"), l.book},
                      {QStringLiteral("from"), l.from.toString(Qt::ISODate)},
                      {QStringLiteral("to"), l.to.toString(Qt::ISODate)}};
        if (l.tier > 0)
            o.insert(QStringLiteral("tier"), l.tier);
        lineArray.append(o);
    }
    return {{QStringLiteral("amount_before_vat"), amountBeforeVat},
            {QStringLiteral("vat"), vat},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("vat_rate"), vatRatePercent},
            {QStringLiteral("book"), books.isEmpty() ? QString() : books.last()},
            {QStringLiteral("books"), QJsonArray::fromStringList(books)},
            {QStringLiteral("lines"), lineArray}};
}

double BillEngine::monthsIn(const QDate &from, const QDate &to)
{
    const MonthsRatio m = monthsRatio(from, to);
    return double(m.numerator) / double(m.denominator);
}

std::vector<qint64> BillEngine::splitByPurpose(qint64 total, const QList<Purpose> &purposes, const QDate &from,
                                               const QDate &to)
{
    const MonthsRatio months = monthsRatio(from, to);
    std::vector<qint64> purposeKwh(std::size_t(purposes.size()), 0);
    int remainderLine = -1;
    for (int i = 0; i < purposes.size(); ++i) {
        if (purposes[i].kind == Purpose::Kind::Remainder)
            remainderLine = i;
    }
    qint64 rest = total;
    for (int i = 0; i < purposes.size(); ++i) {
        if (purposes[i].kind != Purpose::Kind::FixedKwh)
            continue;
        // Fixed quantities are per month: scaled to the period, served in order up to what was consumed.
        const qint64 wanted = divideRoundingHalfUp(qint64(purposes[i].value) * months.numerator, months.denominator);
        purposeKwh[std::size_t(i)] = std::min(wanted, rest);
        rest -= purposeKwh[std::size_t(i)];
    }
    const qint64 base = rest;
    int largestShare = -1;
    for (int i = 0; i < purposes.size(); ++i) {
        if (purposes[i].kind != Purpose::Kind::Share)
            continue;
        const qint64 part = base * std::llround(purposes[i].value * 100) / 10000;
        purposeKwh[std::size_t(i)] = part;
        rest -= part;
        if (largestShare < 0 || purposes[i].value > purposes[largestShare].value)
            largestShare = i;
    }
    if (remainderLine >= 0)
        purposeKwh[std::size_t(remainderLine)] += rest;
    else if (largestShare >= 0)
        purposeKwh[std::size_t(largestShare)] += rest;
    return purposeKwh;
}

Status BillEngine::checkPurposes(const QList<Purpose> &purposes, const TariffLibrary &library)
{
    const auto fail = [](const QString &field, const QString &problem) {
        return Status::failure(fieldError(field, problem));
    };
    qint64 shareBasisPoints = 0;
    int remainderLine = -1;
    bool anyShare = false;
    for (int i = 0; i < purposes.size(); ++i) {
        const Purpose &p = purposes.at(i);
        // Built only for a message: this check runs for every imported row.
        const auto path = [i] {
            return QStringLiteral("purposes[%1]").arg(i);
        };
        bool known = false;
        for (const TariffBook &b : library.books())
            known = known || b.group(p.group);
        if (!known)
            return fail(path() + QStringLiteral(".group"),
                        QCoreApplication::translate("ta::BillEngine", "unknown price group \"%1\".").arg(p.group));
        switch (p.kind) {
        case Purpose::Kind::Share:
            if (!(p.value > 0 && p.value <= 100))
                return fail(path() + QStringLiteral(".share"),
                            QCoreApplication::translate("ta::BillEngine", "a share must be above 0 and at most 100 %, "
                                                                          "not %1.")
                                .arg(p.value));
            shareBasisPoints += std::llround(p.value * 100);
            anyShare = true;
            break;
        case Purpose::Kind::FixedKwh:
            if (!(p.value >= 0) || p.value != std::floor(p.value))
                return fail(path() + QStringLiteral(".kwh"),
                            QCoreApplication::translate("ta::BillEngine", "a fixed quantity must be a whole number of "
                                                                          "kWh, 0 or more, not %1.")
                                .arg(p.value));
            break;
        case Purpose::Kind::Remainder:
            if (remainderLine >= 0)
                return fail(path() + QStringLiteral(".remainder"),
                            QCoreApplication::translate("ta::BillEngine", "only one line may take the remainder."));
            remainderLine = i;
            break;
        }
    }
    if (shareBasisPoints > 10000)
        return fail(QStringLiteral("purposes"),
                    QCoreApplication::translate("ta::BillEngine", "the shares add up to %1 %, more than 100 %.")
                        .arg(double(shareBasisPoints) / 100));
    if (remainderLine < 0 && shareBasisPoints != 10000)
        return fail(QStringLiteral("purposes"),
                    anyShare
                        ? QCoreApplication::translate("ta::BillEngine", "the shares add up to %1 %; without a "
                                                                        "remainder line they must make 100 %.")
                              .arg(double(shareBasisPoints) / 100)
                        : QCoreApplication::translate("ta::BillEngine", "fixed quantities need a remainder line or "
                                                                        "percentage lines for the rest."));

    return Status::success();
}

Result<Bill> BillEngine::bill(const BillInput &in) const
{
    using R = Result<Bill>;
    const auto fail = [](const QString &field, const QString &problem) {
        return R::failure(fieldError(field, problem));
    };

    // --- Period
    if (!in.from.isValid())
        return fail(QStringLiteral("from"),
                    QCoreApplication::translate("ta::BillEngine", "the start of the period is missing or not a date."));
    if (!in.to.isValid())
        return fail(QStringLiteral("to"),
                    QCoreApplication::translate("ta::BillEngine", "the end of the period is missing or not a date."));
    if (in.to < in.from)
        return fail(QStringLiteral("to"),
                    QCoreApplication::translate("ta::BillEngine", "the period ends (%1) before it starts (%2).")
                        .arg(dmy(in.to), dmy(in.from)));
    const qint64 days = in.from.daysTo(in.to) + 1;
    if (days > 400)
        return fail(
            QStringLiteral("to"),
            QCoreApplication::translate("ta::BillEngine", "a period of %1 days is longer than any billing period.")
                .arg(days));

    // --- Voltage: a class named by a book, or a number in kV
    const std::optional<double> kv = m_library.kvOf(in.voltage);
    if (!kv)
        return fail(QStringLiteral("voltage"),
                    QCoreApplication::translate("ta::BillEngine", "unknown voltage class \"%1\" (use a class the "
                                                                  "tariff books name: %2; or a value in kV).")
                        .arg(in.voltage, m_library.voltageClasses().join(QStringLiteral(", "))));

    // --- Books by segment of the period
    std::vector<Segment> segments;
    for (QDate d = in.from; d <= in.to;) {
        const TariffBook *book = m_library.bookOn(d);
        if (!book)
            return fail(QStringLiteral("from"),
                        QCoreApplication::translate("ta::BillEngine", "no tariff book covers %1.").arg(dmy(d)));
        QDate end = in.to;
        if (const auto last = m_library.lastDayOf(*book); last && *last < end)
            end = *last;
        segments.push_back({d, end, d.daysTo(end) + 1, book});
        d = end.addDays(1);
    }

    // --- Purposes (default: all on the tier ladder of the period's first book)
    QList<Purpose> purposes = in.purposes;
    if (purposes.isEmpty()) {
        for (const TariffGroup &g : segments.front().book->groups) {
            if (g.kind == GroupKind::Ladder) {
                purposes << Purpose{g.id, Purpose::Kind::Share, 100};
                break;
            }
        }
        if (purposes.isEmpty())
            return fail(QStringLiteral("purposes"),
                        QCoreApplication::translate("ta::BillEngine", "no purpose given, and book %1 has no "
                                                                      "household ladder to assume.")
                            .arg(segments.front().book->decision));
    }
    if (Status s = checkPurposes(purposes, m_library); !s)
        return R::failure(s.error());

    // --- Consumption
    const Consumption &c = in.kwh;
    for (const auto &[name, value] :
         {std::pair{QStringLiteral("kwh"), std::optional<qint64>(c.total)},
          std::pair{QStringLiteral("kwh.normal"), c.normal}, std::pair{QStringLiteral("kwh.peak"), c.peak},
          std::pair{QStringLiteral("kwh.offpeak"), c.offPeak}}) {
        if (value && *value < 0)
            return fail(
                name,
                QCoreApplication::translate("ta::BillEngine", "consumption cannot be negative (%1 kWh).").arg(*value));
    }
    const bool registers = c.hasRegisters();
    if (registers && (!c.peak || !c.offPeak))
        return fail(QStringLiteral("kwh"),
                    QCoreApplication::translate("ta::BillEngine", "a three-rate reading needs "
                                                                  "normal, peak and off-peak kWh."));
    if (registers && in.meter != MeterType::ThreeRate)
        return fail(QStringLiteral("kwh"),
                    QCoreApplication::translate("ta::BillEngine", "normal / peak / off-peak kWh were given for a %1 "
                                                                  "meter; only three-rate meters have those registers.")
                        .arg(meterTypeCode(in.meter)));
    std::vector<qint64> registerKwh =
        registers ? std::vector<qint64>{*c.normal, *c.peak, *c.offPeak} : std::vector<qint64>{c.total};
    qint64 grandTotal = 0;
    for (qint64 v : registerKwh)
        grandTotal += v;

    // --- Households: they matter when a purpose is on a tier ladder in a book of the period
    const bool residential = std::any_of(purposes.begin(), purposes.end(), [&segments](const Purpose &p) {
        return std::any_of(segments.begin(), segments.end(), [&p](const Segment &seg) {
            const TariffGroup *g = seg.book->group(p.group);
            return g && g->kind == GroupKind::Ladder;
        });
    });
    const double quarters = in.households * 4;
    if (residential &&
        (!(in.households >= 0.25) || std::abs(quarters - std::round(quarters)) > 1e-9 || in.households > 1000))
        return fail(QStringLiteral("households"),
                    QCoreApplication::translate("ta::BillEngine", "households must be 0.25 or more, in steps of 0.25, "
                                                                  "not %1.")
                        .arg(in.households));
    const qint64 householdQuarters = std::llround(quarters);

    // --- Split the consumption by purpose, in whole kWh
    const MonthsRatio months = monthsRatio(in.from, in.to);
    const std::vector<qint64> purposeKwh = splitByPurpose(grandTotal, purposes, in.from, in.to);

    // Each purpose's kWh over the registers, keeping both row and column sums exact.
    std::vector<std::vector<qint64>> cells;
    std::vector<qint64> capacity = registerKwh;
    for (std::size_t i = 0; i < purposeKwh.size(); ++i) {
        std::vector<qint64> row = i + 1 == purposeKwh.size() ? capacity : proportional(purposeKwh[i], capacity);
        for (std::size_t r = 0; r < row.size(); ++r)
            capacity[r] -= row[r];
        cells.push_back(row);
    }

    // --- Bill each segment with its book
    Bill bill;
    for (std::size_t s = 0; s < segments.size(); ++s) {
        const Segment &seg = segments[s];
        const bool lastSegment = s + 1 == segments.size();
        if (!bill.books.contains(seg.book->decision))
            bill.books << seg.book->decision;
        // The share of each cell that falls in this segment, by days; the newest segment takes the rounding.
        const auto inSegment = [&](qint64 value) {
            if (segments.size() == 1)
                return value;
            qint64 before = 0;
            for (std::size_t k = 0; k < s; ++k)
                before += value * segments[k].days / days;
            return lastSegment ? value - before : value * seg.days / days;
        };
        for (int i = 0; i < purposes.size(); ++i) {
            const QString path = QStringLiteral("purposes[%1]").arg(i);
            const TariffGroup *group = seg.book->group(purposes[i].group);
            if (!group)
                return fail(path + QStringLiteral(".group"),
                            QCoreApplication::translate("ta::BillEngine", "book %1 has no price group \"%2\".")
                                .arg(seg.book->decision, purposes[i].group));
            std::vector<qint64> q;
            qint64 sum = 0;
            for (qint64 v : cells[std::size_t(i)]) {
                q.push_back(inSegment(v));
                sum += q.back();
            }
            const auto add = [&](BillLine::Kind kind, int tier, qint64 kwh, qint64 price) {
                if (kwh <= 0)
                    return;
                bill.lines.push_back(
                    {group->id, kind, tier, kwh, price, kwh * price, seg.book->decision, seg.from, seg.to});
            };
            const auto voltageRow = [&](const auto &rows) -> decltype(&rows[0]) {
                for (const auto &row : rows) {
                    const VoltageBand *band = seg.book->voltageBand(row.voltage);
                    if (band && band->contains(*kv))
                        return &row;
                }
                return nullptr;
            };
            const QString noVoltage = QCoreApplication::translate("ta::BillEngine", "book %1 has no price for group "
                                                                                    "\"%2\" at voltage %3.")
                                          .arg(seg.book->decision, group->id, in.voltage);
            switch (group->kind) {
            case GroupKind::Ladder:
                if (in.meter == MeterType::Prepaid) {
                    if (!group->prepaid)
                        return fail(QStringLiteral("meter"),
                                    QCoreApplication::translate("ta::BillEngine", "book %1 has no prepaid-card price "
                                                                                  "for group \"%2\".")
                                        .arg(seg.book->decision, group->id));
                    add(BillLine::Kind::Prepaid, 0, sum, *group->prepaid);
                } else if (in.rentersUndeclared) {
                    const int tier = group->undeclaredRentersTier;
                    if (tier < 1)
                        return fail(QStringLiteral("renters_undeclared"),
                                    QCoreApplication::translate("ta::BillEngine", "book %1 does not say which tier "
                                                                                  "undeclared renters pay.")
                                        .arg(seg.book->decision));
                    add(BillLine::Kind::UndeclaredRenters, tier, sum, group->tiers[std::size_t(tier - 1)].price);
                } else {
                    // Tier bounds: upTo × households × months × (segment days / period days), to the nearest kWh.
                    qint64 lower = 0;
                    for (std::size_t t = 0; t < group->tiers.size(); ++t) {
                        const Tier &tier = group->tiers[t];
                        qint64 upper = sum;
                        if (tier.upTo) {
                            upper = divideRoundingHalfUp(qint64(*tier.upTo) * householdQuarters * months.numerator *
                                                             seg.days,
                                                         4 * months.denominator * days);
                        }
                        const qint64 inTier = std::clamp(sum, lower, std::max(lower, upper)) - lower;
                        add(BillLine::Kind::Tier, int(t) + 1, inTier, tier.price);
                        lower = std::max(lower, upper);
                        if (sum <= lower)
                            break;
                    }
                }
                break;
            case GroupKind::TimeOfUse: {
                const TouPrice *row = voltageRow(group->touPrices);
                if (!row)
                    return fail(QStringLiteral("voltage"), noVoltage);
                if (in.meter == MeterType::ThreeRate) {
                    if (!registers)
                        return fail(QStringLiteral("kwh"),
                                    QCoreApplication::translate("ta::BillEngine", "a three-rate meter billing group "
                                                                                  "\"%1\" needs normal, peak and "
                                                                                  "off-peak kWh.")
                                        .arg(group->id));
                    add(BillLine::Kind::Normal, 0, q[0], row->normal);
                    add(BillLine::Kind::Peak, 0, q[1], row->peak);
                    add(BillLine::Kind::OffPeak, 0, q[2], row->offPeak);
                } else {
                    add(BillLine::Kind::Normal, 0, sum, row->normal); // single-rate pays the normal-hours price
                }
                break;
            }
            case GroupKind::Flat: {
                const FlatPrice *row = voltageRow(group->flatPrices);
                if (!row)
                    return fail(QStringLiteral("voltage"), noVoltage);
                add(BillLine::Kind::Flat, 0, sum, row->price);
                break;
            }
            }
        }
    }
    for (const BillLine &l : bill.lines)
        bill.amountBeforeVat += l.amount;
    bill.vatRatePercent = m_library.vat().rateOn(in.to);
    bill.vat = money::percentOf(bill.amountBeforeVat, bill.vatRatePercent);
    bill.amount = bill.amountBeforeVat + bill.vat;
    return bill;
}

} // namespace ta
