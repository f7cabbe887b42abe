#include "models/inspection/checks.h"

#include "models/core/money.h"
#include "models/core/words.h"
#include "models/inspection/canonicaljson.h"
#include "models/tariff/billengine.h"
#include "models/tariff/pricestring.h"
#include "models/tariff/tarifflibrary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace ta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ta::Checks", text);
}

// A decimal rounded to @p decimals places, without trailing zeros, written as @p locale writes it.
QString number(double v, int decimals = 2, const QLocale &locale = QLocale())
{
    const double scale = std::pow(10.0, decimals);
    return locale.toString(std::round(v * scale) / scale, 'f', QLocale::FloatingPointShortest);
}

bool hasGroup(const QList<Purpose> &purposes, const char *group)
{
    return std::any_of(purposes.begin(), purposes.end(),
                       [group](const Purpose &p) { return p.group == QLatin1StringView(group); });
}

QJsonArray sharesJson(const std::vector<PurposeShare> &shares)
{
    QJsonArray out;
    for (const PurposeShare &s : shares)
        out.append(QJsonObject{{QStringLiteral("group"), s.group},
                               {QStringLiteral("kwh"), canonicalJson::decimal(s.kwh, 1)},
                               {QStringLiteral("percent"), canonicalJson::decimal(s.percent, 1)}});
    return out;
}

} // namespace

bool Assessment::anyChange() const
{
    return std::any_of(outcomes.begin(), outcomes.end(), [](const CheckOutcome &o) { return o.change; });
}

Result<HouseholdResult> Checks::households(const Customer &customer, const HouseholdAnswers &answers)
{
    auto purposes = PriceString::parse(customer.priceString);
    if (!purposes)
        return purposes.status();
    if (!hasGroup(purposes.value(), "residential"))
        return Result<HouseholdResult>::failure(
            tr("households: the meter has no residential purpose (%1); the household count does not apply.")
                .arg(customer.priceString));
    if (answers.households.empty() && answers.renterPersons == 0)
        return Result<HouseholdResult>::failure(
            tr("households: list at least one household living at the address, or the renters."));
    HouseholdResult r;
    r.declared = customer.households;
    r.evidenced = int(answers.households.size());
    r.renterPersons = answers.renterPersons;
    r.renterQuota = answers.renterPersons * 0.25; // every 4 persons make one quota; 1–3 give 1/4, 1/2, 3/4
    r.proposed = r.evidenced + r.renterQuota;
    r.shortLeaseUndeclared = answers.shortLeaseUndeclared;
    r.change = std::abs(r.proposed - r.declared) > 0.01 || r.shortLeaseUndeclared;
    return r;
}

Result<RatioResult> Checks::ratio(const Customer &customer, const RatioAnswers &answers, const CheckLimits &limits)
{
    using R = Result<RatioResult>;
    auto purposes = PriceString::parse(customer.priceString);
    if (!purposes)
        return purposes.status();
    if (answers.appliances.empty())
        return R::failure(tr("ratio: the equipment inventory is empty."));
    std::map<QString, double> byGroup;
    double total = 0;
    for (std::size_t i = 0; i < answers.appliances.size(); ++i) {
        const Appliance &a = answers.appliances[i];
        if (PriceString::groupFor(a.group).isEmpty())
            return R::failure(tr("ratio.appliances[%1].group: unknown price group \"%2\".").arg(i).arg(a.group));
        byGroup[a.group] += a.kwhPerMonth();
        total += a.kwhPerMonth();
    }
    if (total <= 0)
        return R::failure(tr("ratio: the inventory adds up to 0 kWh a month; give power, hours and days."));
    RatioResult r;
    for (const auto &[group, kwh] : byGroup)
        r.measured.push_back({group, kwh, kwh * 100 / total});
    std::stable_sort(r.measured.begin(), r.measured.end(),
                     [](const PurposeShare &a, const PurposeShare &b) { return a.kwh > b.kwh; });

    // The current shares on the typical month (fixed kWh lines become a share of it).
    const double typical = ImpactEstimator::typicalMonth(customer.history, false).kwh;
    double assigned = 0;
    const Purpose *remainder = nullptr;
    for (const Purpose &p : purposes.value()) {
        double percent = 0;
        if (p.kind == Purpose::Kind::Share)
            percent = p.value;
        else if (p.kind == Purpose::Kind::FixedKwh)
            percent = typical > 0 ? std::min(100.0, p.value * 100 / typical) : 0;
        else {
            remainder = &p;
            continue;
        }
        assigned += percent;
        r.current.push_back({PriceString::codeFor(p.group), typical * percent / 100, percent});
    }
    if (remainder)
        r.current.push_back({PriceString::codeFor(remainder->group), typical * std::max(0.0, 100 - assigned) / 100,
                             std::max(0.0, 100 - assigned)});

    std::map<QString, std::pair<double, double>> compare; // group → (measured, current)
    for (const PurposeShare &s : r.measured)
        compare[s.group].first += s.percent;
    for (const PurposeShare &s : r.current)
        compare[s.group].second += s.percent;
    for (const auto &[group, pair] : compare)
        r.largestDifference = std::max(r.largestDifference, std::abs(pair.first - pair.second));

    // The proposal: whole percents, the largest purpose takes the remainder ("CL").
    QList<Purpose> proposed;
    for (std::size_t i = 1; i < r.measured.size(); ++i) {
        const double percent = std::max(1.0, std::round(r.measured[i].percent));
        proposed.append({PriceString::groupFor(r.measured[i].group), Purpose::Kind::Share, percent});
    }
    if (proposed.isEmpty())
        proposed.prepend({PriceString::groupFor(r.measured.front().group), Purpose::Kind::Share, 100});
    else
        proposed.prepend({PriceString::groupFor(r.measured.front().group), Purpose::Kind::Remainder, 0});
    r.proposedPriceString = PriceString::format(proposed);
    r.change = r.largestDifference > limits.ratioTolerancePoints + 1e-9;
    return r;
}

ThreeRateResult Checks::threeRate(const Customer &customer, const IdentifyAnswers &identify, const QDate &today,
                                  const CheckLimits &limits)
{
    ThreeRateResult r;
    std::vector<qint64> months;
    for (auto it = customer.history.rbegin(); it != customer.history.rend() && months.size() < 3; ++it)
        months.push_back(it->kwh);
    // Today's reading counts as the newest month when it spans a week or more (scaled to 30 days).
    const ReadingResult reading = Checks::reading(customer, identify, today, limits);
    if (reading.known && reading.days >= 7 && reading.consumed >= 0) {
        months.insert(months.begin(), (reading.consumed * 30 + reading.days / 2) / reading.days);
        if (months.size() > 3)
            months.pop_back();
    }
    qint64 sum = 0;
    for (const qint64 m : months)
        sum += m;
    r.averageKwh = months.empty() ? 0 : (sum + qint64(months.size()) / 2) / qint64(months.size());
    r.transformerKva = customer.transformerKva;
    const auto purposes = PriceString::parse(customer.priceString);
    r.commercial = purposes && (hasGroup(purposes.value(), "business") || hasGroup(purposes.value(), "production"));
    r.singleRateMeter = customer.meterKind == MeterKind::SingleRate;
    r.required = r.commercial && (r.averageKwh >= limits.threeRateKwh || r.transformerKva >= limits.threeRateKva);
    r.change = r.required && r.singleRateMeter;
    return r;
}

ReadingResult Checks::reading(const Customer &customer, const IdentifyAnswers &identify, const QDate &today,
                              const CheckLimits &limits)
{
    ReadingResult r;
    if (!identify.meterSerialSeen.trimmed().isEmpty() &&
        identify.meterSerialSeen.trimmed().compare(customer.meterSerial, Qt::CaseInsensitive) != 0)
        r.anomalies << QStringLiteral("serial-differs");
    if (!identify.reading || !identify.previousReading || !identify.previousReadingDate.isValid())
        return r;
    r.known = true;
    r.days = int(std::max<qint64>(0, identify.previousReadingDate.daysTo(today)));
    r.consumed = (*identify.reading - *identify.previousReading) * std::max(1, customer.multiplier);
    const qint64 perMonth = ImpactEstimator::typicalMonth(customer.history, false).kwh;
    r.expected = (perMonth * r.days + 15) / 30;
    if (*identify.reading < *identify.previousReading)
        r.anomalies << QStringLiteral("below-previous");
    else if (r.consumed == 0 && r.expected > 0)
        r.anomalies << QStringLiteral("zero");
    else if (r.expected > 0 && r.consumed * 100 > r.expected * limits.jumpPercent)
        r.anomalies << QStringLiteral("jump");
    else if (r.expected > 0 && r.consumed * 100 < r.expected * limits.dropPercent)
        r.anomalies << QStringLiteral("drop");
    return r;
}

Result<Assessment> Checks::assess(const Customer &customer, const Inspection &inspection, const TariffLibrary &library,
                                  const QDate &today, const CheckLimits &limits)
{
    using R = Result<Assessment>;
    auto current = PriceApplication::of(customer);
    if (!current)
        return R::failure(
            tr("The customer's price string \"%1\" cannot be read: %2").arg(customer.priceString, current.error()));
    const BillEngine engine(library);
    Assessment a;
    a.current = current.value();
    a.proposed = a.current;
    a.currentPriceString = customer.priceString;
    a.proposedPriceString = customer.priceString;
    const auto impactOf = [&](const PriceApplication &proposed) -> Result<MoneyImpact> {
        return ImpactEstimator::estimate(engine, a.current, proposed, customer.history, limits.assumedSplit);
    };
    const auto priced = [&](CheckOutcome &o, const PriceApplication &only) -> Status {
        if (!o.change)
            return Status::success();
        auto impact = impactOf(only);
        if (!impact)
            return Status::failure(QStringLiteral("%1: %2").arg(o.check, impact.error()));
        o.monthlyImpact = impact->monthlyAverage;
        o.yearlyImpact = impact->total;
        return Status::success();
    };

    for (const QString &id : inspection.checks) {
        CheckOutcome o;
        o.check = id;
        if (id == QLatin1StringView(check::Households)) {
            auto r = households(customer, inspection.households);
            if (!r)
                return r.status();
            o.change = r->change;
            o.facts = QJsonObject{{QStringLiteral("declared"), canonicalJson::decimal(r->declared, 2)},
                                  {QStringLiteral("evidenced"), r->evidenced},
                                  {QStringLiteral("renterPersons"), r->renterPersons},
                                  {QStringLiteral("renterQuota"), canonicalJson::decimal(r->renterQuota, 2)},
                                  {QStringLiteral("proposed"), canonicalJson::decimal(r->proposed, 2)},
                                  {QStringLiteral("shortLeaseUndeclared"), r->shortLeaseUndeclared}};
            PriceApplication only = a.current;
            if (r->change) {
                only.households = r->proposed;
                only.rentersUndeclared = r->shortLeaseUndeclared;
                a.proposed.households = only.households;
                a.proposed.rentersUndeclared = only.rentersUndeclared;
            }
            if (Status s = priced(o, only); !s)
                return s;
        } else if (id == QLatin1StringView(check::Ratio)) {
            auto r = ratio(customer, inspection.ratio, limits);
            if (!r)
                return r.status();
            o.change = r->change;
            o.facts =
                QJsonObject{{QStringLiteral("measured"), sharesJson(r->measured)},
                            {QStringLiteral("current"), sharesJson(r->current)},
                            {QStringLiteral("largestDifference"), canonicalJson::decimal(r->largestDifference, 1)},
                            {QStringLiteral("tolerance"), limits.ratioTolerancePoints},
                            {QStringLiteral("currentPriceString"), customer.priceString},
                            {QStringLiteral("proposed"), r->proposedPriceString}};
            PriceApplication only = a.current;
            if (r->change) {
                only.purposes = PriceString::parse(r->proposedPriceString).value();
                a.proposed.purposes = only.purposes;
                a.proposedPriceString = r->proposedPriceString;
            }
            if (Status s = priced(o, only); !s)
                return s;
        } else if (id == QLatin1StringView(check::ThreeRate)) {
            const ThreeRateResult r = threeRate(customer, inspection.identify, today, limits);
            o.change = r.change;
            QJsonObject swap;
            if (r.change) {
                const ThreeRateAnswers &t = inspection.threeRate;
                const auto optional = [](const std::optional<qint64> &v) {
                    return v ? QJsonValue(double(*v)) : QJsonValue();
                };
                swap = QJsonObject{{QStringLiteral("date"),
                                    t.swapDate.isValid() ? QJsonValue(t.swapDate.toString(Qt::ISODate)) : QJsonValue()},
                                   {QStringLiteral("newMeterSerial"), t.newMeterSerial},
                                   {QStringLiteral("openingNormal"), optional(t.openingNormal)},
                                   {QStringLiteral("openingPeak"), optional(t.openingPeak)},
                                   {QStringLiteral("openingOffPeak"), optional(t.openingOffPeak)}};
            }
            o.facts = QJsonObject{{QStringLiteral("averageKwh"), double(r.averageKwh)},
                                  {QStringLiteral("transformerKva"), r.transformerKva},
                                  {QStringLiteral("commercial"), r.commercial},
                                  {QStringLiteral("singleRateMeter"), r.singleRateMeter},
                                  {QStringLiteral("required"), r.required},
                                  {QStringLiteral("swap"), swap}};
            PriceApplication only = a.current;
            if (r.change) {
                only.meter = MeterType::ThreeRate;
                a.proposed.meter = MeterType::ThreeRate;
                a.proposedThreeRate = true;
            }
            if (Status s = priced(o, only); !s)
                return s;
        } else if (id == QLatin1StringView(check::Reading)) {
            const ReadingResult r = reading(customer, inspection.identify, today, limits);
            o.facts = QJsonObject{{QStringLiteral("known"), r.known},
                                  {QStringLiteral("consumed"), double(r.consumed)},
                                  {QStringLiteral("days"), r.days},
                                  {QStringLiteral("expected"), double(r.expected)},
                                  {QStringLiteral("anomalies"), QJsonArray::fromStringList(r.anomalies)}};
        }
        a.outcomes.push_back(o);
    }
    auto total = impactOf(a.proposed);
    if (!total)
        return total.status();
    a.total = total.value();
    return a;
}

namespace {
const char *const kContext = "ta::Checks";
} // namespace

QString Checks::conclusion(const CheckOutcome &o, const Words &w)
{
    const QJsonObject &f = o.facts;
    const auto tr = [&w](const char *text) {
        return w.tr(kContext, text);
    };
    const QLocale locale(w.language() == QLatin1StringView("vi") ? QLocale::Vietnamese : QLocale::English);
    const auto dec = [&f, &locale](const char *key) {
        return number(f.value(QLatin1StringView(key)).toString().toDouble(), 2, locale);
    };
    const auto whole = [&f](const char *key) {
        return money::formatNumber(qint64(f.value(QLatin1StringView(key)).toDouble()));
    };
    if (o.check == QLatin1StringView(check::Households)) {
        if (f.value(QStringLiteral("shortLeaseUndeclared")).toBool())
            return tr("Lease under 12 months with the users not declared: all consumption billed at tier 3 of the "
                      "ladder.");
        if (o.change)
            return tr("Change the households from %1 to %2 (%3 evidenced, %4 renters = %5 quota).")
                .arg(dec("declared"), dec("proposed"), whole("evidenced"), whole("renterPersons"), dec("renterQuota"));
        return tr("Keep %1 households (%2 evidenced, %3 renters).")
            .arg(dec("declared"), whole("evidenced"), whole("renterPersons"));
    }
    if (o.check == QLatin1StringView(check::Ratio)) {
        const QString current = f.value(QStringLiteral("currentPriceString")).toString();
        if (o.change)
            return tr("Change the ratio from %1 to %2 (shares differ by up to %3 points, tolerance %4).")
                .arg(current, f.value(QStringLiteral("proposed")).toString(), dec("largestDifference"),
                     whole("tolerance"));
        return tr("Keep the ratio %1 (shares differ by up to %2 points, tolerance %3).")
            .arg(current, dec("largestDifference"), whole("tolerance"));
    }
    if (o.check == QLatin1StringView(check::ThreeRate)) {
        if (o.change)
            return tr("Move to a three-rate meter: %1 kWh a month on average, transformer %2 kVA.")
                .arg(whole("averageKwh"), whole("transformerKva"));
        if (f.value(QStringLiteral("required")).toBool())
            return tr("Already on a three-rate meter.");
        return tr("A single-rate meter is allowed: %1 kWh a month on average, transformer %2 kVA.")
            .arg(whole("averageKwh"), whole("transformerKva"));
    }
    if (o.check == QLatin1StringView(check::Reading)) {
        QStringList named;
        for (const QJsonValue &a : f.value(QStringLiteral("anomalies")).toArray())
            named << anomalyName(a.toString(), w);
        if (!f.value(QStringLiteral("known")).toBool())
            return named.isEmpty() ? tr("No reading to compare: give today's and the previous reading with its date.")
                                   : named.join(QStringLiteral("; "));
        if (named.isEmpty())
            return tr("%1 kWh in %2 days, as expected (%3 kWh).")
                .arg(whole("consumed"), whole("days"), whole("expected"));
        return tr("%1 kWh in %2 days against %3 kWh expected: %4.")
            .arg(whole("consumed"), whole("days"), whole("expected"), named.join(QStringLiteral("; ")));
    }
    return {};
}

QString Checks::legalBasis(const QString &id, const Words &w)
{
    const auto tr = [&w](const char *text) {
        return w.tr(kContext, text);
    };
    if (id == QLatin1StringView(check::Households))
        return tr("TT 16/2014/TT-BCT Art. 10(2): each tier block times the households; TT 09/2023/TT-BCT: "
                  "households from residence data; renters: 4 persons = 1 household quota.");
    if (id == QLatin1StringView(check::Ratio))
        return tr("Agreed ratio from the equipment inventory; TT 60/2025/TT-BCT: a wrong price is "
                  "corrected over at most 12 months.");
    if (id == QLatin1StringView(check::ThreeRate))
        return tr("TT 16/2014/TT-BCT Art. 9: production and business customers on a dedicated "
                  "transformer of 25 kVA or more, or averaging 2,000 kWh a month over 3 months, buy "
                  "by time of use.");
    if (id == QLatin1StringView(check::Reading))
        return tr("Reading check before billing.");
    return {};
}

QString Checks::checkName(const QString &id, const Words &w)
{
    const auto tr = [&w](const char *text) {
        return w.tr(kContext, text);
    };
    if (id == QLatin1StringView(check::Households))
        return tr("Household count");
    if (id == QLatin1StringView(check::Ratio))
        return tr("Price ratio");
    if (id == QLatin1StringView(check::ThreeRate))
        return tr("Three-rate meter");
    if (id == QLatin1StringView(check::Reading))
        return tr("Reading");
    return id;
}

QString Checks::documentName(const QString &d, const Words &w)
{
    const auto tr = [&w](const char *text) {
        return w.tr(kContext, text);
    };
    if (d == QLatin1StringView(householdDocument::Cccd))
        return tr("Citizen ID (CCCD)");
    if (d == QLatin1StringView(householdDocument::Ct07))
        return tr("Residence certificate (CT07)");
    if (d == QLatin1StringView(householdDocument::Vneid))
        return tr("VNeID residence");
    if (d == QLatin1StringView(householdDocument::Lease))
        return tr("Lease of 12 months or more");
    return tr("Other document");
}

QString Checks::anomalyName(const QString &a, const Words &w)
{
    const auto tr = [&w](const char *text) {
        return w.tr(kContext, text);
    };
    if (a == QLatin1StringView("below-previous"))
        return tr("reading below the previous one");
    if (a == QLatin1StringView("zero"))
        return tr("no consumption");
    if (a == QLatin1StringView("jump"))
        return tr("consumption jump");
    if (a == QLatin1StringView("drop"))
        return tr("consumption drop");
    if (a == QLatin1StringView("serial-differs"))
        return tr("the meter serial differs from the customer list");
    return a;
}

} // namespace ta
