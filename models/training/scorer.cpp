#include "models/training/scorer.h"

#include "models/core/money.h"
#include "models/core/words.h"
#include "models/inspection/checks.h"
#include "models/tariff/tarifflibrary.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>
#include <set>

namespace ta {

namespace {

struct RuleInfo
{
    const char *id;
    const char *check; // a check id, or "" for the record and its evidence
};

// Every rule a scenario may name. Their words are in ScenarioRules::explanation.
constexpr RuleInfo kRules[] = {
    {"households.documents", check::Households},
    {"households.renter-quota", check::Households},
    {"households.short-lease", check::Households},
    {"ratio.inventory", check::Ratio},
    {"three-rate.average", check::ThreeRate},
    {"three-rate.transformer", check::ThreeRate},
    {"three-rate.history", check::ThreeRate},
    {"three-rate.mixed-meter", check::ThreeRate},
    {"three-rate.meter", check::ThreeRate},
    {"three-rate.category", check::ThreeRate},
    {"reading.serial", check::Reading},
    {"reading.below-previous", check::Reading},
    {"reading.normal", check::Reading},
    {"money.recovery", ""},
    {"record.no-change", ""},
    {"evidence.photo", ""},
    {"evidence.signature", ""},
};

// Contexts of the words below, as a variable so that lupdate takes the literals inside tr() for the sources.
constexpr const char *kRulesContext = "ta::ScenarioRules";
constexpr const char *kScorerContext = "ta::Scorer";

const RuleInfo *ruleInfo(const QString &id)
{
    for (const RuleInfo &r : kRules) {
        if (id == QLatin1StringView(r.id))
            return &r;
    }
    return nullptr;
}

std::set<QString> stringSet(const QJsonValue &v)
{
    std::set<QString> out;
    for (const QJsonValue a : v.toArray())
        out.insert(a.toString());
    return out;
}

QJsonValue sorted(const QJsonValue &v)
{
    QJsonArray out;
    for (const QString &s : stringSet(v))
        out.append(s);
    return out;
}

} // namespace

QStringList ScenarioRules::ids()
{
    QStringList out;
    for (const RuleInfo &r : kRules)
        out << QString::fromLatin1(r.id);
    return out;
}

bool ScenarioRules::isKnown(const QString &id)
{
    return ruleInfo(id) != nullptr;
}

QString ScenarioRules::checkOf(const QString &id)
{
    const RuleInfo *r = ruleInfo(id);
    return r ? QString::fromLatin1(r->check) : QString();
}

QString ScenarioRules::explanation(const QString &id, const Words &words)
{
    const auto tr = [&words](const char *text) {
        return words.tr(kRulesContext, text);
    };
    if (id == QLatin1StringView("households.documents"))
        return tr("A household counts when its residence at the address is shown by a chip ID card (CCCD) with "
                  "the address, a CT07 residence certificate, VNeID or a lease of 12 months or more. Any other "
                  "paper counts only with a leader's note; one old household book does not make one household.");
    if (id == QLatin1StringView("households.renter-quota"))
        return tr("Renters who do not form a household count by persons: every 4 persons make one household "
                  "quota; 1, 2 or 3 persons make ¼, ½ or ¾.");
    if (id == QLatin1StringView("households.short-lease"))
        return tr("Renters on a lease under 12 months whose users the landlord cannot declare: all consumption "
                  "is billed at tier 3, whatever the households.");
    if (id == QLatin1StringView("ratio.inventory"))
        return tr("The shares come from the equipment inventory: kW × quantity × simultaneity × hours a day × "
                  "days a month for each price group. A share that differs from the agreed ratio by more than "
                  "the tolerance (5 points) changes the ratio.");
    if (id == QLatin1StringView("three-rate.average"))
        return tr("A production or business customer whose consumption averages 2,000 kWh a month or more over "
                  "three consecutive months must buy at three rates. The comparison is exact: 5,999 kWh in three "
                  "months is an average of 1,999.67 and does not oblige.");
    if (id == QLatin1StringView("three-rate.transformer"))
        return tr("A production or business customer supplied through a dedicated transformer of 25 kVA or more "
                  "must buy at three rates, whatever it consumes.");
    if (id == QLatin1StringView("three-rate.history"))
        return tr("The three months must be consecutive calendar months. With a month missing there is not "
                  "enough history: the meter stays as it is and the record says why.");
    if (id == QLatin1StringView("three-rate.mixed-meter"))
        return tr("On a mixed meter only the part billed to production or business counts toward the 2,000 kWh; "
                  "the household's own use is left out.");
    if (id == QLatin1StringView("three-rate.meter"))
        return tr("A customer already on a three-rate meter needs no swap, even when the rule applies.");
    if (id == QLatin1StringView("three-rate.category"))
        return tr("Only production and business customers are obliged to buy at three rates; residential and "
                  "administrative customers are not.");
    if (id == QLatin1StringView("reading.serial"))
        return tr("The serial of the meter on the wall must match the list; a different serial is recorded as "
                  "an anomaly for the branch to follow up.");
    if (id == QLatin1StringView("reading.below-previous"))
        return tr("A reading below the previous one is an anomaly (a meter replaced, turned back or misread), "
                  "never a consumption.");
    if (id == QLatin1StringView("reading.normal"))
        return tr("A reading in line with the typical month, on the meter of the list, is no anomaly.");
    if (id == QLatin1StringView("money.recovery"))
        return tr("The money impact is the difference between the bills as applied and as proposed over the "
                  "recovery period: the calendar months before the month of the finding, at most 12, VAT "
                  "included. Within 1 % counts.");
    if (id == QLatin1StringView("record.no-change"))
        return tr("When what is found matches the list, the right conclusion is no change: a change proposed "
                  "without cause bills the customer wrongly.");
    if (id == QLatin1StringView("evidence.photo"))
        return tr("Every record carries a photo of the meter showing its serial and its reading.");
    if (id == QLatin1StringView("evidence.signature"))
        return tr("The customer signs the record. When the customer refuses, a witness signs and the reason for "
                  "the refusal is written in the record.");
    return id;
}

QString ScenarioRules::name(const QString &id, const Words &words)
{
    const auto tr = [&words](const char *text) {
        return words.tr(kRulesContext, text);
    };
    static const std::pair<const char *, const char *> names[] = {
        {"households.documents", QT_TRANSLATE_NOOP("ta::ScenarioRules", "Documents that count")},
        {"households.renter-quota", QT_TRANSLATE_NOOP("ta::ScenarioRules", "Renters' quota")},
        {"households.short-lease", QT_TRANSLATE_NOOP("ta::ScenarioRules", "Short lease, users not declared")},
        {"ratio.inventory", QT_TRANSLATE_NOOP("ta::ScenarioRules", "Ratio from the inventory")},
        {"three-rate.average", QT_TRANSLATE_NOOP("ta::ScenarioRules", "2,000 kWh over three months")},
        {"three-rate.transformer", QT_TRANSLATE_NOOP("ta::ScenarioRules", "Transformer of 25 kVA")},
        {"three-rate.history", QT_TRANSLATE_NOOP("ta::ScenarioRules", "Three consecutive months")},
        {"three-rate.mixed-meter", QT_TRANSLATE_NOOP("ta::ScenarioRules", "Business part of a mixed meter")},
        {"three-rate.meter", QT_TRANSLATE_NOOP("ta::ScenarioRules", "Already three-rate")},
        {"three-rate.category", QT_TRANSLATE_NOOP("ta::ScenarioRules", "Obliged categories")},
        {"reading.serial", QT_TRANSLATE_NOOP("ta::ScenarioRules", "Meter serial")},
        {"reading.below-previous", QT_TRANSLATE_NOOP("ta::ScenarioRules", "Reading below the previous")},
        {"reading.normal", QT_TRANSLATE_NOOP("ta::ScenarioRules", "Normal reading")},
        {"money.recovery", QT_TRANSLATE_NOOP("ta::ScenarioRules", "Recovery period")},
        {"record.no-change", QT_TRANSLATE_NOOP("ta::ScenarioRules", "No change without cause")},
        {"evidence.photo", QT_TRANSLATE_NOOP("ta::ScenarioRules", "Meter photo")},
        {"evidence.signature", QT_TRANSLATE_NOOP("ta::ScenarioRules", "Signature or witness")},
    };
    for (const auto &[rule, text] : names) {
        if (id == QLatin1StringView(rule))
            return tr(text);
    }
    return id;
}

TraineeWork TraineeWork::of(const AnswersFile &answers)
{
    TraineeWork w;
    w.inspection = answers.inspection;
    w.photos = int(answers.photos.size());
    w.customerSigned = !answers.signature[0].isEmpty();
    w.witnessSigned = !answers.signature[2].isEmpty();
    return w;
}

TraineeWork TraineeWork::of(const Inspection &inspection)
{
    TraineeWork w;
    w.inspection = inspection;
    for (const EvidenceItem &e : inspection.evidence) {
        if (e.kind == QLatin1StringView("photo") || e.kind == QLatin1StringView("meter-photo"))
            ++w.photos;
    }
    w.customerSigned = !inspection.signatures.customer.isEmpty();
    w.witnessSigned = !inspection.signatures.witness.isEmpty();
    return w;
}

std::vector<ScoreLine> ScoreSheet::mistakes() const
{
    std::vector<ScoreLine> out;
    for (const ScoreLine &l : lines) {
        if (!l.right)
            out.push_back(l);
    }
    return out;
}

QJsonObject ScoreSheet::toJson() const
{
    QJsonArray items;
    for (const ScoreLine &l : lines)
        items.append(
            QJsonObject{{QStringLiteral("item"), l.item},
                        {QStringLiteral("check"), l.check},
                        {QStringLiteral("verdict"), l.right ? QStringLiteral("right") : QStringLiteral("wrong")},
                        {QStringLiteral("points"), l.points},
                        {QStringLiteral("maximum"), l.maximum},
                        {QStringLiteral("expected"), l.expected},
                        {QStringLiteral("given"), l.given},
                        {QStringLiteral("rule"), l.rule}});
    return {{QStringLiteral("scenario"), scenarioId},
            {QStringLiteral("total"), total},
            {QStringLiteral("maximum"), maximum},
            {QStringLiteral("percent"), percent()},
            {QStringLiteral("items"), items}};
}

Result<ScoreSheet> Scorer::score(const Scenario &scenario, const TraineeWork &work, const TariffLibrary &library)
{
    // The scenario's day and the default preferences, whatever the device's clock and settings say.
    auto context = CheckContext::on(library, scenario.visitDate, CheckPreferences{});
    if (!context)
        return context.status();
    auto assessed = Checks::assess(scenario.customer, work.inspection, context.value());
    if (!assessed)
        return assessed.status();
    const Assessment &a = assessed.value();
    const auto outcome = [&a](const QString &checkId) -> const CheckOutcome * {
        for (const CheckOutcome &o : a.outcomes) {
            if (o.check == checkId)
                return &o;
        }
        return nullptr;
    };

    ScoreSheet sheet;
    sheet.scenarioId = scenario.id;
    sheet.givenMoney = a.total.total;
    sheet.rules = a.rules.toJson();
    using namespace scenarioItem;
    for (const QString &item : scenarioItem::all()) {
        const ExpectedItem *e = scenario.find(item);
        if (!e)
            continue;
        ScoreLine line;
        line.item = item;
        line.check = scenarioItem::checkOf(item);
        line.maximum = e->points;
        line.expected = e->value;
        line.rule = e->rule;
        const CheckOutcome *o = line.check.isEmpty() ? nullptr : outcome(line.check);
        const QJsonObject facts = o ? o->facts : QJsonObject();
        if (!line.check.isEmpty() && !o) {
            line.given = QJsonValue(); // the check was not done
        } else if (item == QLatin1StringView(Households)) {
            line.given = facts.value(QStringLiteral("proposed")).toString().toDouble();
            line.right = std::abs(line.given.toDouble() - e->value.toDouble()) < 0.01;
        } else if (item == QLatin1StringView(HouseholdsChange) || item == QLatin1StringView(RatioChange) ||
                   item == QLatin1StringView(MeterSwap)) {
            line.given = o->change;
            line.right = o->change == e->value.toBool();
        } else if (item == QLatin1StringView(UndeclaredTier)) {
            line.given = facts.value(QStringLiteral("undeclaredTier")).toBool();
            line.right = line.given.toBool() == e->value.toBool();
        } else if (item == QLatin1StringView(RatioShares)) {
            QJsonObject given;
            for (const QJsonValue s : facts.value(QStringLiteral("measured")).toArray()) {
                const QJsonObject share = s.toObject();
                given.insert(share.value(QStringLiteral("group")).toString(),
                             share.value(QStringLiteral("percent")).toString().toDouble());
            }
            line.given = given;
            const QJsonObject wanted = e->value.toObject();
            line.right = given.keys() == wanted.keys();
            for (auto it = wanted.begin(); line.right && it != wanted.end(); ++it)
                line.right = std::abs(given.value(it.key()).toDouble() - it.value().toDouble()) <= e->tolerance + 1e-9;
        } else if (item == QLatin1StringView(ThreeRate)) {
            line.given = facts.value(QStringLiteral("decision")).toString();
            line.right = line.given == e->value;
        } else if (item == QLatin1StringView(Anomalies)) {
            line.given = sorted(facts.value(QStringLiteral("anomalies")));
            line.expected = sorted(e->value);
            line.right = line.given == line.expected;
        } else if (item == QLatin1StringView(Money)) {
            const qint64 expected = qint64(e->value.toDouble());
            line.given = double(a.total.total);
            sheet.expectedMoney = expected;
            line.right = std::abs(double(a.total.total - expected)) <= std::abs(double(expected)) * e->tolerance / 100;
        } else if (item == QLatin1StringView(AnyChange)) {
            line.given = a.anyChange();
            line.right = a.anyChange() == e->value.toBool();
        } else if (item == QLatin1StringView(Photos)) {
            line.given = work.photos;
            line.right = work.photos >= e->value.toInt();
        } else if (item == QLatin1StringView(Signature)) {
            // A witness stands in for a customer who refused, with the reason written down.
            const bool witnessed = work.witnessSigned && !work.inspection.signatures.refusalReason.trimmed().isEmpty();
            line.given = work.customerSigned ? QJsonValue(QStringLiteral("customer"))
                         : witnessed         ? QJsonValue(QStringLiteral("witness"))
                                             : QJsonValue();
            line.right = line.given == e->value;
        }
        line.points = line.right ? line.maximum : 0;
        sheet.total += line.points;
        sheet.maximum += line.maximum;
        sheet.lines.push_back(line);
    }
    return sheet;
}

QString Scorer::itemName(const QString &item, const Words &words)
{
    const auto tr = [&words](const char *text) {
        return words.tr(kScorerContext, text);
    };
    using namespace scenarioItem;
    if (item == QLatin1StringView(Households))
        return tr("Households");
    if (item == QLatin1StringView(HouseholdsChange))
        return tr("Households change");
    if (item == QLatin1StringView(UndeclaredTier))
        return tr("Tier 3 for undeclared renters");
    if (item == QLatin1StringView(RatioChange))
        return tr("Price ratio changes");
    if (item == QLatin1StringView(RatioShares))
        return tr("Shares from the inventory");
    if (item == QLatin1StringView(ThreeRate))
        return tr("Three-rate obligation");
    if (item == QLatin1StringView(MeterSwap))
        return tr("Meter swap");
    if (item == QLatin1StringView(Anomalies))
        return tr("Reading anomalies");
    if (item == QLatin1StringView(Money))
        return tr("Money impact");
    if (item == QLatin1StringView(AnyChange))
        return tr("Any change");
    if (item == QLatin1StringView(Photos))
        return tr("Photos");
    if (item == QLatin1StringView(Signature))
        return tr("Signature");
    return item;
}

QString Scorer::describe(const QString &item, const QJsonValue &value, const Words &words)
{
    const auto tr = [&words](const char *text) {
        return words.tr(kScorerContext, text);
    };
    const QLocale locale(words.language() == QLatin1StringView("vi") ? QLocale::Vietnamese : QLocale::English);
    if (value.isNull() || value.isUndefined())
        return item == QLatin1StringView(scenarioItem::Signature) ? tr("nobody signed") : tr("not checked");
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    using namespace scenarioItem;
    if (item == QLatin1StringView(Money))
        return money::format(qint64(value.toDouble()));
    if (item == QLatin1StringView(Households) || item == QLatin1StringView(Photos))
        return locale.toString(value.toDouble(), 'g', 6);
    if (item == QLatin1StringView(RatioShares)) {
        QStringList parts;
        const QJsonObject shares = value.toObject();
        for (auto it = shares.begin(); it != shares.end(); ++it)
            parts << QStringLiteral("%1 %2 %").arg(it.key(), locale.toString(it.value().toDouble(), 'f', 1));
        return parts.join(QStringLiteral(", "));
    }
    if (item == QLatin1StringView(ThreeRate)) {
        const QString d = value.toString();
        if (d == QLatin1StringView("required"))
            return tr("must buy at three rates");
        if (d == QLatin1StringView("not-required"))
            return tr("not obliged");
        if (d == QLatin1StringView("not-enough-history"))
            return tr("not enough history");
        return tr("the rule does not apply");
    }
    if (item == QLatin1StringView(Anomalies)) {
        QStringList names;
        for (const QJsonValue a : value.toArray())
            names << Checks::anomalyName(a.toString(), words);
        return names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "));
    }
    if (item == QLatin1StringView(Signature))
        return value.toString() == QLatin1StringView("witness") ? tr("a witness (the customer refused)")
                                                                : tr("the customer");
    return value.toVariant().toString();
}

} // namespace ta
