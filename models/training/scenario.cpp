#include "models/training/scenario.h"

#include "models/core/boundedinput.h"
#include "models/core/logging.h"
#include "models/importing/customerimport.h"
#include "models/inspection/answersfile.h"
#include "models/rules/touobligation.h"
#include "models/tariff/tarifflibrary.h"
#include "models/training/scorer.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>
#include <set>

namespace ta {

namespace scenarioItem {

QStringList all()
{
    return {QLatin1StringView(Households),  QLatin1StringView(HouseholdsChange), QLatin1StringView(UndeclaredTier),
            QLatin1StringView(RatioChange), QLatin1StringView(RatioShares),      QLatin1StringView(ThreeRate),
            QLatin1StringView(MeterSwap),   QLatin1StringView(Anomalies),        QLatin1StringView(Money),
            QLatin1StringView(AnyChange),   QLatin1StringView(Photos),           QLatin1StringView(Signature)};
}

QString checkOf(const QString &item)
{
    if (item == QLatin1StringView(Households) || item == QLatin1StringView(HouseholdsChange) ||
        item == QLatin1StringView(UndeclaredTier))
        return QString::fromLatin1(check::Households);
    if (item == QLatin1StringView(RatioChange) || item == QLatin1StringView(RatioShares))
        return QString::fromLatin1(check::Ratio);
    if (item == QLatin1StringView(ThreeRate) || item == QLatin1StringView(MeterSwap))
        return QString::fromLatin1(check::ThreeRate);
    if (item == QLatin1StringView(Anomalies))
        return QString::fromLatin1(check::Reading);
    return {};
}

int defaultPoints(const QString &item)
{
    // The conclusions that move money are worth more than the evidence that goes with them.
    if (item == QLatin1StringView(Households) || item == QLatin1StringView(UndeclaredTier) ||
        item == QLatin1StringView(RatioShares) || item == QLatin1StringView(ThreeRate) ||
        item == QLatin1StringView(Anomalies) || item == QLatin1StringView(Money))
        return 2;
    return 1;
}

} // namespace scenarioItem

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ta::Scenario", text);
}

const QStringList &campaigns()
{
    static const QStringList list = {QStringLiteral("households"), QStringLiteral("ratio"),
                                     QStringLiteral("three-rate"), QStringLiteral("administrative")};
    return list;
}

const QStringList &decisions()
{
    static const QStringList list = {QStringLiteral("required"), QStringLiteral("not-required"),
                                     QStringLiteral("not-enough-history"), QStringLiteral("not-applicable")};
    return list;
}

const QStringList &anomalyCodes()
{
    static const QStringList list = {QStringLiteral("below-previous"), QStringLiteral("zero"), QStringLiteral("jump"),
                                     QStringLiteral("drop"), QStringLiteral("serial-differs")};
    return list;
}

// A customer field as the list would hold it: numbers written as a person types them.
QString asText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    return {};
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(ta::Scenario)

public:
    Reader(const QString &name, const TariffLibrary &library) : m_name(name), m_library(library) {}

    QStringList problems;

    void problem(const QString &field, const QString &text) { problems << tr("%1: %2: %3").arg(m_name, field, text); }

    QString text(const QJsonObject &o, const char *key, const QString &field, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(field, tr("missing."));
            return {};
        }
        if (!v.isString()) {
            problem(field, tr("must be text."));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            problem(field, tr("is empty."));
        return v.toString();
    }

    void unknownKeys(const QJsonObject &o, const QStringList &keys, const QString &path)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!keys.contains(it.key()))
                problem(path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                        tr("unknown field (docs/scenario-file.md lists the fields)."));
        }
    }

    void read(const QJsonObject &root, Scenario &s)
    {
        unknownKeys(root,
                    {QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("title"),
                     QStringLiteral("difficulty"), QStringLiteral("campaign"), QStringLiteral("goal"),
                     QStringLiteral("visitDate"), QStringLiteral("customer"), QStringLiteral("neighbours"),
                     QStringLiteral("situation"), QStringLiteral("answer"), QStringLiteral("expected")},
                    QString());
        if (const QString format = text(root, "format", QStringLiteral("format"));
            !format.isEmpty() && format != QLatin1StringView(Scenario::Format))
            problem(QStringLiteral("format"),
                    tr("\"%1\" expected, not \"%2\".").arg(QLatin1StringView(Scenario::Format), format));
        s.id = text(root, "id", QStringLiteral("id"));
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        if (!s.id.isEmpty() && (!idPattern.match(s.id).hasMatch() || s.id.size() > 64))
            problem(QStringLiteral("id"), tr("lower-case letters, digits and dashes, at most 64."));
        s.title = text(root, "title", QStringLiteral("title"));
        s.goal = text(root, "goal", QStringLiteral("goal"));
        const QJsonValue difficulty = root.value(QStringLiteral("difficulty"));
        s.difficulty = difficulty.toInt(0);
        if (!difficulty.isDouble() || difficulty.toDouble() != s.difficulty || s.difficulty < 1 || s.difficulty > 3)
            problem(QStringLiteral("difficulty"), tr("1 (easy), 2 (medium) or 3 (hard)."));
        s.campaign = text(root, "campaign", QStringLiteral("campaign"));
        if (!s.campaign.isEmpty() && !campaigns().contains(s.campaign))
            problem(QStringLiteral("campaign"), tr("one of %1.").arg(campaigns().join(QStringLiteral(", "))));
        const QString day = text(root, "visitDate", QStringLiteral("visitDate"));
        s.visitDate = QDate::fromString(day, Qt::ISODate);
        if (!day.isEmpty() && !s.visitDate.isValid())
            problem(QStringLiteral("visitDate"), tr("a date written YYYY-MM-DD."));

        readCustomer(root.value(QStringLiteral("customer")), s);
        const QJsonValue neighbours = root.value(QStringLiteral("neighbours"));
        if (!neighbours.isUndefined() && !neighbours.isArray())
            problem(QStringLiteral("neighbours"), tr("a list of customers, in the columns of the import template."));
        const QJsonArray others = neighbours.toArray();
        for (qsizetype i = 0; i < others.size(); ++i) {
            const QString field = QStringLiteral("neighbours[%1]").arg(i);
            Customer c = customerOf(others.at(i), field);
            if (c.code.isEmpty())
                continue;
            bool twice = c.code == s.customer.code;
            for (const Customer &n : s.neighbours)
                twice = twice || n.code == c.code;
            if (twice)
                problem(field + QStringLiteral(".MA_KHANG"),
                        tr("the customer %1 is in the scenario twice.").arg(c.code));
            else
                s.neighbours.push_back(c);
        }

        const QJsonValue situation = root.value(QStringLiteral("situation"));
        if (!situation.isObject()) {
            problem(QStringLiteral("situation"), tr("missing: the story and the facts at the door."));
        } else {
            const QJsonObject o = situation.toObject();
            unknownKeys(o, {QStringLiteral("story"), QStringLiteral("facts")}, QStringLiteral("situation"));
            s.story = text(o, "story", QStringLiteral("situation.story"));
            const QJsonArray facts = o.value(QStringLiteral("facts")).toArray();
            for (qsizetype i = 0; i < facts.size(); ++i) {
                if (!facts.at(i).isString() || facts.at(i).toString().trimmed().isEmpty())
                    problem(QStringLiteral("situation.facts[%1]").arg(i), tr("must be text."));
                else
                    s.facts << facts.at(i).toString();
            }
        }

        const QJsonValue answer = root.value(QStringLiteral("answer"));
        std::optional<AnswersFile> model;
        if (!answer.isObject()) {
            problem(QStringLiteral("answer"), tr("missing: the model answer, as an answers file."));
        } else {
            s.answer = answer.toObject();
            const QJsonObject signatures = s.answer.value(QStringLiteral("signatures")).toObject();
            const bool drawn = signatures.contains(QStringLiteral("customer")) ||
                               signatures.contains(QStringLiteral("inspector")) ||
                               signatures.contains(QStringLiteral("witness"));
            if (s.answer.contains(QStringLiteral("photos")) || s.answer.contains(QStringLiteral("visitedAt")) || drawn)
                problem(QStringLiteral("answer"), tr("photos, drawn signatures and visitedAt are not part of a model "
                                                     "answer (the trainee takes the photos and the signatures; the "
                                                     "day is visitDate)."));
            else if (auto a = AnswersFile::fromJson(s.answer, QStringLiteral("answer"), QDir::currentPath(),
                                                    s.customer.code);
                     !a)
                problems << tr("%1: %2").arg(m_name, a.error());
            else
                model = a.value();
        }

        const QJsonValue expected = root.value(QStringLiteral("expected"));
        if (!expected.isArray() || expected.toArray().isEmpty()) {
            problem(QStringLiteral("expected"), tr("missing: at least one expected conclusion."));
        } else {
            const QJsonArray items = expected.toArray();
            for (qsizetype i = 0; i < items.size(); ++i)
                readItem(items.at(i), QStringLiteral("expected[%1]").arg(i), s);
            crossCheck(s, model);
        }
    }

private:
    void readCustomer(const QJsonValue &value, Scenario &s)
    {
        if (!value.isObject()) {
            problem(QStringLiteral("customer"), tr("missing: the customer, in the columns of the import template."));
            return;
        }
        s.customer = customerOf(value, QStringLiteral("customer"));
    }

    // A customer written in the template's columns, checked as a row of a list is.
    Customer customerOf(const QJsonValue &value, const QString &field)
    {
        if (!value.isObject()) {
            problem(field, tr("a customer, in the columns of the import template."));
            return {};
        }
        QList<QPair<QString, QString>> fields;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isString() && !it.value().isDouble()) {
                problem(QStringLiteral("%1.%2").arg(field, it.key()), tr("must be text or a number."));
                continue;
            }
            fields.append({it.key(), asText(it.value())});
        }
        std::vector<ImportIssue> issues;
        Customer c = CustomerImport::readCustomer(fields, m_library, issues);
        for (const ImportIssue &issue : issues)
            problem(QStringLiteral("%1.%2").arg(field, issue.column), issue.reason);
        return issues.empty() ? c : Customer{};
    }

    void readItem(const QJsonValue &value, const QString &field, Scenario &s)
    {
        if (!value.isObject()) {
            problem(field, tr("must be an object with item, value and rule."));
            return;
        }
        const QJsonObject o = value.toObject();
        unknownKeys(o,
                    {QStringLiteral("item"), QStringLiteral("value"), QStringLiteral("rule"), QStringLiteral("points"),
                     QStringLiteral("tolerance")},
                    field);
        ExpectedItem e;
        e.item = text(o, "item", field + QStringLiteral(".item"));
        if (e.item.isEmpty())
            return;
        if (!scenarioItem::all().contains(e.item)) {
            problem(field + QStringLiteral(".item"),
                    tr("unknown item \"%1\" (one of %2).").arg(e.item, scenarioItem::all().join(QStringLiteral(", "))));
            return;
        }
        if (s.find(e.item)) {
            problem(field + QStringLiteral(".item"), tr("\"%1\" is expected twice.").arg(e.item));
            return;
        }
        e.rule = text(o, "rule", field + QStringLiteral(".rule"));
        if (!e.rule.isEmpty() && !ScenarioRules::isKnown(e.rule))
            problem(
                field + QStringLiteral(".rule"),
                tr("unknown rule \"%1\" (one of %2).").arg(e.rule, ScenarioRules::ids().join(QStringLiteral(", "))));
        else if (!e.rule.isEmpty() && !ScenarioRules::checkOf(e.rule).isEmpty() &&
                 !scenarioItem::checkOf(e.item).isEmpty() &&
                 ScenarioRules::checkOf(e.rule) != scenarioItem::checkOf(e.item))
            problem(field + QStringLiteral(".rule"),
                    tr("the rule \"%1\" belongs to the check %2, not to %3.")
                        .arg(e.rule, ScenarioRules::checkOf(e.rule), scenarioItem::checkOf(e.item)));
        e.points = scenarioItem::defaultPoints(e.item);
        if (const QJsonValue p = o.value(QStringLiteral("points")); !p.isUndefined()) {
            e.points = p.toInt(0);
            if (!p.isDouble() || p.toDouble() != e.points || e.points < 1 || e.points > 10)
                problem(field + QStringLiteral(".points"), tr("a whole number from 1 to 10."));
        }
        const bool tolerant =
            e.item == QLatin1StringView(scenarioItem::RatioShares) || e.item == QLatin1StringView(scenarioItem::Money);
        e.tolerance = e.item == QLatin1StringView(scenarioItem::Money) ? 1 : tolerant ? 1 : 0;
        if (const QJsonValue t = o.value(QStringLiteral("tolerance")); !t.isUndefined()) {
            if (!tolerant)
                problem(field + QStringLiteral(".tolerance"), tr("only ratio-shares and money have a tolerance."));
            else if (!t.isDouble() || t.toDouble() < 0 || t.toDouble() > 10)
                problem(field + QStringLiteral(".tolerance"), tr("a number from 0 to 10."));
            else
                e.tolerance = t.toDouble();
        }
        e.value = o.value(QStringLiteral("value"));
        const QString at = field + QStringLiteral(".value");
        if (e.value.isUndefined() || e.value.isNull()) {
            problem(at, tr("missing."));
            return;
        }
        checkValue(e, at);
        s.expected.push_back(e);
    }

    // Whether a value can be concluded at all.
    void checkValue(const ExpectedItem &e, const QString &at)
    {
        const QString &item = e.item;
        const QJsonValue &v = e.value;
        using namespace scenarioItem;
        if (item == QLatin1StringView(HouseholdsChange) || item == QLatin1StringView(UndeclaredTier) ||
            item == QLatin1StringView(RatioChange) || item == QLatin1StringView(MeterSwap) ||
            item == QLatin1StringView(AnyChange)) {
            if (!v.isBool())
                problem(at, tr("true or false."));
        } else if (item == QLatin1StringView(Households)) {
            const double q = v.toDouble() * 4;
            if (!v.isDouble() || v.toDouble() < 0.25 || v.toDouble() > 1000 || q != std::floor(q))
                problem(at, tr("a number of households: 0.25 or more, in steps of 0.25."));
        } else if (item == QLatin1StringView(RatioShares)) {
            const QJsonObject shares = v.toObject();
            if (!v.isObject() || shares.isEmpty()) {
                problem(at, tr("an object of price groups and their percent (\"SHBT\": 45)."));
                return;
            }
            double sum = 0;
            for (auto it = shares.begin(); it != shares.end(); ++it) {
                if (m_library.groupForCode(it.key()).isEmpty())
                    problem(at + QLatin1Char('.') + it.key(),
                            tr("unknown price group (the tariff books know %1).")
                                .arg(m_library.priceGroupCodes().join(QStringLiteral(", "))));
                if (!it.value().isDouble() || it.value().toDouble() <= 0 || it.value().toDouble() > 100)
                    problem(at + QLatin1Char('.') + it.key(), tr("a percent above 0 and at most 100."));
                sum += it.value().toDouble();
            }
            if (std::abs(sum - 100) > 1)
                problem(at, tr("the shares add up to %1 %, not 100 %.").arg(sum));
        } else if (item == QLatin1StringView(ThreeRate)) {
            if (!decisions().contains(v.toString()))
                problem(at, tr("one of %1.").arg(decisions().join(QStringLiteral(", "))));
        } else if (item == QLatin1StringView(Anomalies)) {
            if (!v.isArray()) {
                problem(at,
                        tr("a list of anomalies (%1), empty for none.").arg(anomalyCodes().join(QStringLiteral(", "))));
                return;
            }
            for (const QJsonValue a : v.toArray()) {
                if (!anomalyCodes().contains(a.toString()))
                    problem(at, tr("unknown anomaly \"%1\" (one of %2).")
                                    .arg(a.toString(), anomalyCodes().join(QStringLiteral(", "))));
            }
        } else if (item == QLatin1StringView(Money)) {
            if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || std::abs(v.toDouble()) > 1e13)
                problem(at, tr("a whole number of đồng (negative when the customer was billed too much)."));
        } else if (item == QLatin1StringView(Photos)) {
            if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || v.toDouble() < 0 || v.toDouble() > 20)
                problem(at, tr("a whole number of photos from 0 to 20."));
        } else if (item == QLatin1StringView(Signature)) {
            if (v.toString() != QLatin1StringView("customer") && v.toString() != QLatin1StringView("witness"))
                problem(at, tr("\"customer\" or \"witness\"."));
        }
    }

    // Conclusions that cannot hold together, or that the customer or the model answer rules out.
    void crossCheck(const Scenario &s, const std::optional<AnswersFile> &model)
    {
        using namespace scenarioItem;
        const auto boolOf = [&s](const char *item) -> std::optional<bool> {
            const ExpectedItem *e = s.find(QLatin1StringView(item));
            return e && e->value.isBool() ? std::optional<bool>(e->value.toBool()) : std::nullopt;
        };
        const std::optional<bool> anyChange = boolOf(AnyChange);
        if (anyChange == false) {
            for (const char *change : {HouseholdsChange, RatioChange, MeterSwap, UndeclaredTier}) {
                if (boolOf(change) == true)
                    problem(QStringLiteral("expected"),
                            tr("%1 is true while any-change is false.").arg(QLatin1StringView(change)));
            }
            if (const ExpectedItem *money = s.find(QLatin1StringView(Money)); money && money->value.toDouble() != 0)
                problem(QStringLiteral("expected"), tr("money is not 0 while any-change is false."));
        }
        if (boolOf(UndeclaredTier) == true && boolOf(HouseholdsChange) == false)
            problem(QStringLiteral("expected"), tr("undeclared-tier is true: the households change."));
        if (boolOf(MeterSwap) == true) {
            if (s.customer.meterKind == MeterKind::ThreeRate)
                problem(QStringLiteral("expected"), tr("meter-swap is true but the customer's meter is already "
                                                       "three-rate (LOAI_DDO 3)."));
            if (const ExpectedItem *d = s.find(QLatin1StringView(ThreeRate));
                d && d->value.toString() != QLatin1StringView("required"))
                problem(QStringLiteral("expected"),
                        tr("meter-swap is true while three-rate is \"%1\".").arg(d->value.toString()));
        }
        if (!model)
            return;
        for (const QString &needed : s.checksNeeded()) {
            if (!model->inspection.checks.contains(needed))
                problem(QStringLiteral("answer.checks"),
                        tr("the model answer does not walk the check \"%1\" that the expected conclusions need.")
                            .arg(needed));
        }
        const ExpectedItem *signature = s.find(QLatin1StringView(Signature));
        if (signature && signature->value.toString() == QLatin1StringView("witness") &&
            (model->inspection.signatures.refusalReason.trimmed().isEmpty() ||
             model->inspection.signatures.witnessName.trimmed().isEmpty()))
            problem(QStringLiteral("answer.signatures"),
                    tr("the customer refuses: the model answer names the witness and the reason."));
    }

    QString m_name;
    const TariffLibrary &m_library;
};

} // namespace

QStringList Scenario::checksNeeded() const
{
    QStringList needed;
    for (const char *checkId : {check::Households, check::Ratio, check::ThreeRate, check::Reading}) {
        for (const ExpectedItem &e : expected) {
            if (scenarioItem::checkOf(e.item) == QLatin1StringView(checkId)) {
                needed << QString::fromLatin1(checkId);
                break;
            }
        }
    }
    return needed;
}

int Scenario::maximum() const
{
    int sum = 0;
    for (const ExpectedItem &e : expected)
        sum += e.points;
    return sum;
}

const ExpectedItem *Scenario::find(const QString &item) const
{
    for (const ExpectedItem &e : expected) {
        if (e.item == item)
            return &e;
    }
    return nullptr;
}

QStringList Scenario::problems(const QByteArray &bytes, const QString &name, const TariffLibrary &library)
{
    auto doc = parseBoundedJson(bytes, name, limits::ScenarioFileBytes);
    if (!doc)
        return {doc.error()};
    if (!doc.value().isObject())
        return {tr("%1 is not a JSON object.").arg(name)};
    Reader reader(name, library);
    Scenario s;
    reader.read(doc.value().object(), s);
    return reader.problems;
}

Result<Scenario> Scenario::parse(const QByteArray &bytes, const QString &name, const TariffLibrary &library)
{
    using R = Result<Scenario>;
    auto doc = parseBoundedJson(bytes, name, limits::ScenarioFileBytes);
    if (!doc)
        return doc.status();
    if (!doc.value().isObject())
        return R::failure(tr("%1 is not a JSON object.").arg(name));
    Reader reader(name, library);
    Scenario s;
    reader.read(doc.value().object(), s);
    if (!reader.problems.isEmpty())
        return R::failure(reader.problems.join(QLatin1Char('\n')));
    s.source = name;
    return s;
}

Result<Scenario> Scenario::read(const QString &path, const TariffLibrary &library)
{
    auto bytes = readBoundedFile(path, limits::ScenarioFileBytes);
    if (!bytes)
        return bytes.status();
    auto s = parse(bytes.value(), QDir::toNativeSeparators(path), library);
    return s;
}

QString Scenario::userFolder(const QString &workspaceRoot)
{
    return QDir(workspaceRoot).filePath(QStringLiteral("scenarios"));
}

std::vector<Scenario> Scenario::library(const TariffLibrary &library, const QString &workspaceRoot,
                                        QStringList *problems)
{
    std::vector<Scenario> list = builtIn(library);
    if (workspaceRoot.isEmpty())
        return list;
    const QDir folder(userFolder(workspaceRoot));
    for (const QString &file : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto s = read(folder.filePath(file), library);
        if (s)
            list.push_back(s.value());
        else if (problems)
            *problems << s.error();
    }
    return list;
}

Result<Scenario> Scenario::import(const QString &path, const QString &workspaceRoot, const TariffLibrary &library)
{
    using R = Result<Scenario>;
    auto bytes = readBoundedFile(path, limits::ScenarioFileBytes);
    if (!bytes)
        return bytes.status();
    auto s = parse(bytes.value(), QDir::toNativeSeparators(path), library);
    if (!s)
        return s;
    for (const Scenario &b : builtIn(library)) {
        if (b.id == s->id)
            return R::failure(tr("%1: id: \"%2\" is the id of a built-in scenario; give this one another id.")
                                  .arg(QDir::toNativeSeparators(path), s->id));
    }
    const QString target = QDir(userFolder(workspaceRoot)).filePath(s->id + QStringLiteral(".json"));
    if (!QDir().mkpath(userFolder(workspaceRoot)))
        return R::failure(tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(userFolder(workspaceRoot))));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() || !file.commit())
        return R::failure(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(target), file.errorString()));
    s->source = QDir::toNativeSeparators(target);
    return s;
}

std::vector<Scenario> Scenario::builtIn(const TariffLibrary &library)
{
    std::vector<Scenario> list;
    const QDir folder(QStringLiteral(":/training/scenarios"));
    for (const QString &file : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto s = read(folder.filePath(file), library);
        if (s)
            list.push_back(s.value());
        else
            qCWarning(lcTraining) << "Built-in scenario" << file << "left out:" << s.error();
    }
    return list;
}

} // namespace ta
