#include "models/inspection/checks.h"

#include "models/core/money.h"
#include "models/core/settings.h"
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

bool hasCategory(const QList<Purpose> &purposes, const QStringList &categories, const TariffLibrary &library)
{
    return std::any_of(purposes.begin(), purposes.end(),
                       [&](const Purpose &p) { return categories.contains(library.categoryOf(p.group)); });
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

QString monthText(int yyyymm)
{
    return QStringLiteral("%1/%2").arg(yyyymm % 100, 2, 10, QLatin1Char('0')).arg(yyyymm / 100);
}

} // namespace

CheckPreferences CheckPreferences::fromSettings(const Settings &s)
{
    CheckPreferences p;
    p.ratioTolerancePoints = s.value(settings::RatioTolerancePoints);
    p.anomalies.jumpPercent = s.value(settings::JumpPercent);
    p.anomalies.dropPercent = s.value(settings::DropPercent);
    return p;
}

QJsonObject CheckPreferences::toJson() const
{
    return QJsonObject{
        {QStringLiteral("ratioTolerancePoints"), ratioTolerancePoints},
        {QStringLiteral("jumpPercent"), anomalies.jumpPercent},
        {QStringLiteral("dropPercent"), anomalies.dropPercent},
        {QStringLiteral("assumedSplit"), QJsonObject{{QStringLiteral("normal"), assumedSplit.normalPercent},
                                                     {QStringLiteral("peak"), assumedSplit.peakPercent},
                                                     {QStringLiteral("offPeak"), assumedSplit.offPeakPercent}}}};
}

Result<CheckContext> CheckContext::on(const TariffLibrary &library, const QDate &findingDate,
                                      const CheckPreferences &preferences)
{
    const RuleSet *rules = library.regulations().on(findingDate);
    if (!rules)
        return Result<CheckContext>::failure(
            QCoreApplication::translate("ta::Checks",
                                        "No legal rule set covers %1 (resources/tariffs/regulations.json).")
                .arg(findingDate.toString(QStringLiteral("dd/MM/yyyy"))));
    return CheckContext{&library, *rules, findingDate, preferences};
}

bool Assessment::anyChange() const
{
    return std::any_of(outcomes.begin(), outcomes.end(), [](const CheckOutcome &o) { return o.change; });
}

Result<HouseholdResult> Checks::households(const Customer &customer, const HouseholdAnswers &answers,
                                           const CheckContext &context)
{
    auto purposes = PriceString::parse(customer.priceString, *context.library);
    if (!purposes)
        return purposes.status();
    if (!hasCategory(purposes.value(), context.rules.households.categories, *context.library))
        return Result<HouseholdResult>::failure(
            tr("households: the meter has no purpose billed by households (%1); the household count does not "
               "apply.")
                .arg(customer.priceString));
    auto count = HouseholdQuota::count(answers, context.rules);
    if (!count)
        return count.status();
    HouseholdResult r;
    r.declared = customer.households;
    r.count = count.value();
    r.leaseMonths = answers.leaseMonths.value_or(-1);
    // All consumption at one tier: the count does not change the bill, the declared one stays valid.
    r.proposed = r.count.households() > 0 ? r.count.households() : r.declared;
    r.change = std::abs(r.proposed - r.declared) > 0.01 || r.count.undeclaredTier;
    return r;
}

Result<RatioResult> Checks::ratio(const Customer &customer, const RatioAnswers &answers, const CheckContext &context)
{
    using R = Result<RatioResult>;
    const TariffLibrary &library = *context.library;
    auto purposes = PriceString::parse(customer.priceString, library);
    if (!purposes)
        return purposes.status();
    if (answers.appliances.empty())
        return R::failure(tr("ratio: the equipment inventory is empty."));
    std::map<QString, double> byGroup;
    double total = 0;
    for (std::size_t i = 0; i < answers.appliances.size(); ++i) {
        const Appliance &a = answers.appliances[i];
        if (library.groupForCode(a.group).isEmpty())
            return R::failure(tr("ratio.appliances[%1].group: unknown price group \"%2\" (the tariff books know %3).")
                                  .arg(i)
                                  .arg(a.group, library.priceGroupCodes().join(QStringLiteral(", "))));
        byGroup[a.group.toUpper()] += a.kwhPerMonth();
        total += a.kwhPerMonth();
    }
    if (total <= 0)
        return R::failure(tr("ratio: the inventory adds up to 0 kWh a month; give power, hours and days."));
    RatioResult r;
    r.inventoryKwh = total;
    for (const auto &[group, kwh] : byGroup)
        r.measured.push_back({group, kwh, kwh * 100 / total});
    std::stable_sort(r.measured.begin(), r.measured.end(),
                     [](const PurposeShare &a, const PurposeShare &b) { return a.kwh > b.kwh; });

    // The current shares on the typical month (fixed kWh lines become a share of it).
    const double typical = ImpactEstimator::typicalMonth(customer.history, false).kwh;
    r.typicalKwh = typical;
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
        r.current.push_back({library.codeForGroup(p.group), typical * percent / 100, percent});
    }
    if (remainder)
        r.current.push_back({library.codeForGroup(remainder->group), typical * std::max(0.0, 100 - assigned) / 100,
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
        proposed.append({library.groupForCode(r.measured[i].group), Purpose::Kind::Share, percent});
    }
    if (proposed.isEmpty())
        proposed.prepend({library.groupForCode(r.measured.front().group), Purpose::Kind::Share, 100});
    else
        proposed.prepend({library.groupForCode(r.measured.front().group), Purpose::Kind::Remainder, 0});
    r.proposedPriceString = PriceString::format(proposed, library);
    r.change = r.largestDifference > context.preferences.ratioTolerancePoints + 1e-9;
    return r;
}

TouObligation Checks::threeRate(const Customer &customer, const QList<Purpose> &purposes, const CheckContext &context)
{
    const int findingMonth = context.findingDate.year() * 100 + context.findingDate.month();
    return TouObligation::assess(customer.history, purposes, customer.transformerKva, findingMonth, context.rules,
                                 *context.library);
}

ReadingResult Checks::reading(const Customer &customer, const IdentifyAnswers &identify, const CheckContext &context)
{
    ReadingResult r;
    if (!identify.meterSerialSeen.trimmed().isEmpty() &&
        identify.meterSerialSeen.trimmed().compare(customer.meterSerial, Qt::CaseInsensitive) != 0)
        r.anomalies << QStringLiteral("serial-differs");
    if (!identify.reading || !identify.previousReading || !identify.previousReadingDate.isValid())
        return r;
    r.known = true;
    r.days = int(std::max<qint64>(0, identify.previousReadingDate.daysTo(context.findingDate)));
    r.consumed = (*identify.reading - *identify.previousReading) * std::max(1, customer.multiplier);
    const qint64 perMonth = ImpactEstimator::typicalMonth(customer.history, false).kwh;
    r.expected = (perMonth * r.days + 15) / 30;
    if (*identify.reading < *identify.previousReading) {
        r.anomalies << QStringLiteral("below-previous");
    } else {
        const QString code =
            anomalyCode(classifyConsumption(r.consumed, double(perMonth) * r.days / 30, context.preferences.anomalies));
        if (!code.isEmpty())
            r.anomalies << code;
    }
    return r;
}

Result<Assessment> Checks::assess(const Customer &customer, const Inspection &inspection, const CheckContext &context)
{
    using R = Result<Assessment>;
    const TariffLibrary &library = *context.library;
    auto current = PriceApplication::of(customer, library);
    if (!current)
        return R::failure(
            tr("The customer's price string \"%1\" cannot be read: %2").arg(customer.priceString, current.error()));
    const BillEngine engine(library);
    Assessment a;
    a.current = current.value();
    a.proposed = a.current;
    a.currentPriceString = customer.priceString;
    a.proposedPriceString = customer.priceString;
    a.rules = context.rules;
    a.recovery = RecoveryPeriod::before(context.findingDate, context.rules.recovery.maxMonths);
    const auto impactOf = [&](const PriceApplication &proposed) -> Result<MoneyImpact> {
        return ImpactEstimator::estimate(engine, a.current, proposed, customer.history,
                                         context.preferences.assumedSplit, a.recovery);
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

    // In walking order whatever order they were given in: the three-rate rule reads the ratio's proposal.
    QStringList ordered;
    for (const char *id : {check::Households, check::Ratio, check::ThreeRate, check::Reading}) {
        if (inspection.has(id))
            ordered << QString::fromLatin1(id);
    }
    for (const QString &id : ordered) {
        CheckOutcome o;
        o.check = id;
        if (id == QLatin1StringView(check::Households)) {
            auto r = households(customer, inspection.households, context);
            if (!r)
                return r.status();
            o.change = r->change;
            o.facts = QJsonObject{
                {QStringLiteral("declared"), canonicalJson::decimal(r->declared, 2)},
                {QStringLiteral("listed"), r->count.listed},
                {QStringLiteral("evidenced"), r->count.evidenced},
                {QStringLiteral("notCounted"), r->count.notCounted},
                {QStringLiteral("renterPersons"), r->count.renterPersons},
                {QStringLiteral("renterQuota"), canonicalJson::decimal(r->count.renterQuota(), 2)},
                {QStringLiteral("proposed"), canonicalJson::decimal(r->proposed, 2)},
                {QStringLiteral("usersUndeclared"), inspection.households.usersUndeclared},
                {QStringLiteral("leaseMonths"), r->leaseMonths >= 0 ? QJsonValue(r->leaseMonths) : QJsonValue()},
                {QStringLiteral("minimumLeaseMonths"), context.rules.households.minimumLeaseMonths},
                {QStringLiteral("undeclaredTier"), r->count.undeclaredTier}};
            PriceApplication only = a.current;
            if (r->change) {
                only.households = r->proposed;
                only.rentersUndeclared = r->count.undeclaredTier;
                a.proposed.households = only.households;
                a.proposed.rentersUndeclared = only.rentersUndeclared;
            }
            if (Status s = priced(o, only); !s)
                return s;
        } else if (id == QLatin1StringView(check::Ratio)) {
            auto r = ratio(customer, inspection.ratio, context);
            if (!r)
                return r.status();
            o.change = r->change;
            o.facts =
                QJsonObject{{QStringLiteral("measured"), sharesJson(r->measured)},
                            {QStringLiteral("current"), sharesJson(r->current)},
                            {QStringLiteral("largestDifference"), canonicalJson::decimal(r->largestDifference, 1)},
                            {QStringLiteral("tolerance"), context.preferences.ratioTolerancePoints},
                            {QStringLiteral("currentPriceString"), customer.priceString},
                            {QStringLiteral("proposed"), r->proposedPriceString}};
            if (r->explainsTooLittle()) {
                // Only then: a record whose inventory explains enough is signed as it always was.
                o.facts.insert(QStringLiteral("inventoryKwh"), canonicalJson::decimal(r->inventoryKwh, 1));
                o.facts.insert(QStringLiteral("typicalKwh"), qint64(std::llround(r->typicalKwh)));
            }
            PriceApplication only = a.current;
            if (r->change) {
                only.purposes = PriceString::parse(r->proposedPriceString, library).value();
                a.proposed.purposes = only.purposes;
                a.proposedPriceString = r->proposedPriceString;
            }
            if (Status s = priced(o, only); !s)
                return s;
        } else if (id == QLatin1StringView(check::ThreeRate)) {
            // Decided on the purposes the record proposes: a new ratio found at the same visit counts.
            const TouObligation r = threeRate(customer, a.proposed.purposes, context);
            const bool singleRate = customer.meterKind == MeterKind::SingleRate;
            o.change = r.required() && singleRate;
            QJsonObject swap;
            if (o.change) {
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
            QJsonArray window;
            for (const int m : r.window)
                window.append(m);
            o.facts = QJsonObject{{QStringLiteral("decision"), r.decisionCode()},
                                  {QStringLiteral("byTransformer"), r.byTransformer},
                                  {QStringLiteral("byConsumption"), r.byConsumption},
                                  {QStringLiteral("window"), window},
                                  {QStringLiteral("countedKwh"), double(r.countedKwh)},
                                  {QStringLiteral("meterKwh"), double(r.meterKwh)},
                                  {QStringLiteral("averageKwh"), canonicalJson::decimal(r.average(), 2)},
                                  {QStringLiteral("recordedMonths"), r.recordedMonths},
                                  {QStringLiteral("missingMonth"), r.missingMonth},
                                  {QStringLiteral("thresholdKwh"), r.thresholdKwh},
                                  {QStringLiteral("thresholdMonths"), r.thresholdMonths},
                                  {QStringLiteral("thresholdKva"), r.thresholdKva},
                                  {QStringLiteral("transformerKva"), r.transformerKva},
                                  {QStringLiteral("singleRateMeter"), singleRate},
                                  {QStringLiteral("swap"), swap}};
            PriceApplication only = a.current;
            if (o.change) {
                only.meter = MeterType::ThreeRate;
                a.proposed.meter = MeterType::ThreeRate;
                a.proposedThreeRate = true;
            }
            if (Status s = priced(o, only); !s)
                return s;
        } else if (id == QLatin1StringView(check::Reading)) {
            const ReadingResult r = reading(customer, inspection.identify, context);
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
    const auto tr = [&w](const char *text, int n = -1) {
        return w.tr(kContext, text, n);
    };
    const QLocale locale(w.language() == QLatin1StringView("vi") ? QLocale::Vietnamese : QLocale::English);
    const auto dec = [&f, &locale](const char *key) {
        return number(f.value(QLatin1StringView(key)).toString().toDouble(), 2, locale);
    };
    const auto whole = [&f](const char *key) {
        return money::formatNumber(qint64(f.value(QLatin1StringView(key)).toDouble()));
    };
    const auto integer = [&f](const char *key) {
        return f.value(QLatin1StringView(key)).toInt();
    };
    if (o.check == QLatin1StringView(check::Households)) {
        QString text;
        if (f.value(QStringLiteral("undeclaredTier")).toBool())
            text = tr("Renters on a lease of %1 months (under %2) whose users are not declared: all consumption "
                      "billed at the tier for undeclared renters.")
                       .arg(whole("leaseMonths"), whole("minimumLeaseMonths"));
        else if (o.change)
            text = tr("Change the households from %1 to %2 (%3 evidenced, %4 renters = %5 quota).")
                       .arg(dec("declared"), dec("proposed"), whole("evidenced"), whole("renterPersons"),
                            dec("renterQuota"));
        else
            text = tr("Keep %1 households (%2 evidenced, %3 renters).")
                       .arg(dec("declared"), whole("evidenced"), whole("renterPersons"));
        if (const int notCounted = integer("notCounted"); notCounted > 0)
            text += QLatin1Char(' ') + tr("%n household(s) listed with a document that does not count without a "
                                          "leader's note.",
                                          notCounted);
        return text;
    }
    if (o.check == QLatin1StringView(check::Ratio)) {
        const QString current = f.value(QStringLiteral("currentPriceString")).toString();
        // An inventory far short of the meter's consumption is said first: equipment is probably missing.
        QString warning;
        if (f.contains(QStringLiteral("inventoryKwh"))) {
            const double inventory = f.value(QStringLiteral("inventoryKwh")).toString().toDouble();
            const double typical = f.value(QStringLiteral("typicalKwh")).toDouble();
            warning = tr("Warning: the equipment listed explains only %1 of the %2 kWh the meter records in a "
                         "month (%3 %); look for equipment not listed before concluding. ")
                          .arg(number(std::round(inventory), 0, locale), number(typical, 0, locale),
                               number(typical > 0 ? std::round(inventory * 100 / typical) : 0, 0, locale));
        }
        if (o.change)
            return warning + tr("Change the ratio from %1 to %2 (shares differ by up to %3 points, tolerance %4).")
                                 .arg(current, f.value(QStringLiteral("proposed")).toString(), dec("largestDifference"),
                                      whole("tolerance"));
        return warning + tr("Keep the ratio %1 (shares differ by up to %2 points, tolerance %3).")
                             .arg(current, dec("largestDifference"), whole("tolerance"));
    }
    if (o.check == QLatin1StringView(check::ThreeRate)) {
        const QString decision = f.value(QStringLiteral("decision")).toString();
        const QJsonArray window = f.value(QStringLiteral("window")).toArray();
        const QString span = window.isEmpty() ? QString()
                                              : QStringLiteral("%1–%2").arg(monthText(window.first().toInt()),
                                                                            monthText(window.last().toInt()));
        const QString transformer =
            tr("transformer %1 kVA (threshold %2 kVA)").arg(whole("transformerKva"), whole("thresholdKva"));
        QString consumption;
        if (!window.isEmpty()) {
            consumption = tr("%1 kWh over %2, an average of %3 kWh a month (threshold %4 kWh)")
                              .arg(whole("countedKwh"), span, dec("averageKwh"), whole("thresholdKwh"));
            if (f.value(QStringLiteral("countedKwh")).toDouble() != f.value(QStringLiteral("meterKwh")).toDouble())
                consumption += QLatin1Char(' ') + tr("for the production and business part; the whole meter used %1 "
                                                     "kWh")
                                                      .arg(whole("meterKwh"));
        }
        if (decision == QLatin1StringView("not-applicable"))
            return tr("No production or business purpose on the meter: the three-rate rule does not apply.");
        if (decision == QLatin1StringView("not-enough-history")) {
            const QString why = integer("missingMonth") > 0
                                    ? tr("month %1 is missing").arg(monthText(integer("missingMonth")))
                                    : tr("only %n month(s) recorded", integer("recordedMonths"));
            return tr("Not enough history to decide: %1 consecutive months are needed and %2. The meter stays as it "
                      "is until they are known; %3.")
                .arg(whole("thresholdMonths"), why, transformer);
        }
        QStringList reasons;
        if (f.value(QStringLiteral("byConsumption")).toBool())
            reasons << consumption;
        if (f.value(QStringLiteral("byTransformer")).toBool())
            reasons << tr("a dedicated transformer of %1 kVA (threshold %2 kVA)")
                           .arg(whole("transformerKva"), whole("thresholdKva"));
        if (decision == QLatin1StringView("required")) {
            if (o.change)
                return tr("Move to a three-rate meter: %1.").arg(reasons.join(QStringLiteral("; ")));
            return tr("Already on a three-rate meter, as required: %1.").arg(reasons.join(QStringLiteral("; ")));
        }
        return tr("A single-rate meter is allowed: %1; %2.").arg(consumption, transformer);
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

QString Checks::legalBasis(const QString &id, const QJsonObject &rules, const Words &w)
{
    const auto tr = [&w](const char *text) {
        return w.tr(kContext, text);
    };
    const auto value = [&rules](const char *key) {
        return money::formatNumber(qint64(rules.value(QLatin1StringView(key)).toDouble()));
    };
    if (id == QLatin1StringView(check::Households))
        return tr("TT 16/2014/TT-BCT Art. 10(2): each tier block times the households; TT 09/2023/TT-BCT: "
                  "households from residence data; renters: %1 persons = 1 household quota; a lease under %2 "
                  "months with the users not declared: the tier for undeclared renters.")
            .arg(value("renterPersonsPerQuota"), value("minimumLeaseMonths"));
    if (id == QLatin1StringView(check::Ratio))
        return tr("Agreed ratio from the equipment inventory; TT 60/2025/TT-BCT: a wrong price is "
                  "corrected over at most %1 months.")
            .arg(value("recoveryMonths"));
    if (id == QLatin1StringView(check::ThreeRate))
        return tr("TT 16/2014/TT-BCT Art. 9, TT 60/2025/TT-BCT: production and business customers on a dedicated "
                  "transformer of %1 kVA or more, or averaging %2 kWh a month over %3 consecutive months, buy by "
                  "time of use.")
            .arg(value("threeRateTransformerKva"), value("threeRateAverageKwh"), value("threeRateConsecutiveMonths"));
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
    return tr("Other document (needs a leader's note)");
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
