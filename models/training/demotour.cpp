#include "models/training/demotour.h"

#include "models/core/money.h"
#include "models/core/words.h"
#include "models/inspection/answersfile.h"
#include "models/inspection/checks.h"
#include "models/training/scorer.h"

#include <QDir>
#include <QJsonObject>
#include <QLocale>

#include <functional>

namespace ta {

namespace {

constexpr const char *kContext = "ta::DemoTour";

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

Result<std::vector<DemoStep>> DemoTour::steps(const Scenario &s, const TariffLibrary &library, const Words &words)
{
    using R = Result<std::vector<DemoStep>>;
    const auto tr = [&words](const char *text) {
        return words.tr(kContext, text);
    };
    const QLocale locale(words.language() == QLatin1StringView("vi") ? QLocale::Vietnamese : QLocale::English);
    auto answers = AnswersFile::fromJson(s.answer, QStringLiteral("answer"), QDir::currentPath(), s.customer.code);
    if (!answers)
        return answers.status();
    const Inspection &in = answers->inspection;
    auto context = CheckContext::on(library, s.visitDate, CheckPreferences{});
    if (!context)
        return context.status();
    auto assessed = Checks::assess(s.customer, in, context.value());
    if (!assessed)
        return R::failure(assessed.error());
    const Assessment &a = assessed.value();
    const QJsonObject rules = a.rules.toJson();

    // The rules the scenario names for some of its items, explained once each.
    const auto rulesFor = [&](const std::function<bool(const QString &item)> &belongs) {
        QStringList seen;
        QString html;
        for (const ExpectedItem &e : s.expected) {
            if (!belongs(e.item) || seen.contains(e.rule))
                continue;
            seen << e.rule;
            html += QStringLiteral("<li>%1</li>").arg(esc(ScenarioRules::explanation(e.rule, words)));
        }
        return html.isEmpty() ? QString()
                              : QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(esc(tr("The rule:")), html);
    };

    std::vector<DemoStep> steps;
    QString facts;
    for (const QString &f : s.facts)
        facts += QStringLiteral("<li>%1</li>").arg(esc(f));
    steps.push_back({tr("The situation"),
                     QStringLiteral("<h1>%1</h1><p>%2</p><ul>%3</ul>").arg(esc(s.title), esc(s.story), facts)});

    QString chosen;
    for (const QString &checkId : in.checks)
        chosen += QStringLiteral("<li>%1</li>").arg(esc(Checks::checkName(checkId, words)));
    steps.push_back({tr("The checks to walk"),
                     QStringLiteral("<p>%1</p><ul>%2</ul>")
                         .arg(esc(tr("From what is found at the door, the inspector walks these checks:")), chosen)});

    for (const CheckOutcome &o : a.outcomes) {
        QString entered;
        if (o.check == QLatin1StringView(check::Households)) {
            for (const HouseholdEvidence &h : in.households.households)
                entered +=
                    QStringLiteral("<li>%1 — %2</li>").arg(esc(h.head), esc(Checks::documentName(h.document, words)));
            if (in.households.renterPersons > 0)
                entered +=
                    QStringLiteral("<li>%1</li>")
                        .arg(esc(tr("Renters not forming a household: %1 persons").arg(in.households.renterPersons)));
            if (in.households.usersUndeclared)
                entered += QStringLiteral("<li>%1</li>")
                               .arg(esc(tr("The landlord cannot declare who uses the power; lease of %1 months")
                                            .arg(in.households.leaseMonths.value_or(0))));
        } else if (o.check == QLatin1StringView(check::Ratio)) {
            for (const Appliance &ap : in.ratio.appliances)
                entered += QStringLiteral("<li>%1</li>")
                               .arg(esc(tr("%1 (%2): %3 kW × %4 × %5 × %6 h × %7 days = %8 kWh a month")
                                            .arg(ap.name, ap.group, locale.toString(ap.kw))
                                            .arg(ap.quantity)
                                            .arg(locale.toString(ap.simultaneity), locale.toString(ap.hoursPerDay))
                                            .arg(ap.daysPerMonth)
                                            .arg(locale.toString(ap.kwhPerMonth(), 'f', 1))));
        } else if (o.check == QLatin1StringView(check::ThreeRate)) {
            entered += QStringLiteral("<li>%1</li>")
                           .arg(esc(tr("Nothing to type: the rule reads the list's months, its meter and its "
                                       "transformer.")));
        } else if (o.check == QLatin1StringView(check::Reading)) {
            entered += QStringLiteral("<li>%1</li>").arg(esc(tr("Meter seen: %1").arg(in.identify.meterSerialSeen)));
            if (in.identify.reading && in.identify.previousReading)
                entered +=
                    QStringLiteral("<li>%1</li>")
                        .arg(esc(tr("Reading today %1, previous %2 on %3")
                                     .arg(*in.identify.reading)
                                     .arg(*in.identify.previousReading)
                                     .arg(locale.toString(in.identify.previousReadingDate, QLocale::ShortFormat))));
        }
        steps.push_back({Checks::checkName(o.check, words),
                         QStringLiteral("<p><b>%1</b></p><ul>%2</ul><p><b>%3</b> %4</p>%5<p><small>%6</small></p>")
                             .arg(esc(tr("What is entered:")), entered, esc(tr("The app concludes:")),
                                  esc(Checks::conclusion(o, words)), rulesFor([&o](const QString &item) {
                                      return scenarioItem::checkOf(item) == o.check;
                                  }),
                                  esc(Checks::legalBasis(o.check, rules, words)))});
    }

    const ExpectedItem *signature = s.find(QLatin1StringView(scenarioItem::Signature));
    const bool witness = signature && signature->value.toString() == QLatin1StringView("witness");
    steps.push_back({tr("Evidence and signatures"),
                     QStringLiteral("<ul><li>%1</li><li>%2</li></ul>%3")
                         .arg(esc(tr("A photo of the meter with its serial and reading.")),
                              esc(witness ? tr("The customer refuses: %1 signs as witness; the reason is written: %2")
                                                .arg(in.signatures.witnessName, in.signatures.refusalReason)
                                          : tr("The customer and the inspector sign on the screen.")),
                              rulesFor([](const QString &item) {
                                  return item == QLatin1StringView(scenarioItem::Photos) ||
                                         item == QLatin1StringView(scenarioItem::Signature);
                              }))});

    const QString money = a.anyChange()
                              ? tr("Over the recovery period (%1 months, VAT included) the change is worth %2.")
                                    .arg(a.total.months.size())
                                    .arg(money::format(a.total.total))
                              : tr("No change: the customer is billed right.");
    steps.push_back({tr("The result"), QStringLiteral("<p style='font-size: x-large;'><b>%1</b></p>%2<p>%3</p>")
                                           .arg(esc(money), rulesFor([](const QString &item) {
                                                    return item == QLatin1StringView(scenarioItem::Money) ||
                                                           item == QLatin1StringView(scenarioItem::AnyChange);
                                                }),
                                                esc(tr("What this scenario teaches: %1").arg(s.goal)))});
    return steps;
}

} // namespace ta
