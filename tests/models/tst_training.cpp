// Training scenarios and their scoring: the built-in library (each scenario's money worked by hand from the
// ladder, the shares and VAT, independently of the bill engine), a scripted trainee solving every scenario
// through the answers-file path, each trap's mistake losing exactly its points under its rule, and scenario
// files with errors refused with the field named.

#include "models/core/limits.h"
#include "models/core/money.h"
#include "models/core/words.h"
#include "models/customers/customerrepository.h"
#include "models/inspection/answersfile.h"
#include "models/inspection/inspectionstore.h"
#include "models/storage/profiledata.h"
#include "models/tariff/tarifflibrary.h"
#include "models/training/demotour.h"
#include "models/training/scenario.h"
#include "models/training/scorebook.h"
#include "models/training/scorer.h"
#include "tests/common/testpictures.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <set>

using namespace ta;

namespace {

// Test data written as text (the build forbids implicit conversions from char strings).
QString operator""_q(const char *text, std::size_t size)
{
    return QString::fromUtf8(text, qsizetype(size));
}

// Sets (or with an undefined value removes) the field at @p parts ("households", "households[0]", "document").
void setIn(QJsonObject &o, const QStringList &parts, const QJsonValue &value)
{
    static const QRegularExpression indexed(QStringLiteral("^(.+)\\[(\\d+)\\]$"));
    const QString head = parts.first();
    if (const auto m = indexed.match(head); m.hasMatch()) {
        QJsonArray a = o.value(m.captured(1)).toArray();
        const int i = m.captured(2).toInt();
        if (parts.size() == 1) {
            a[i] = value;
        } else {
            QJsonObject inner = a.at(i).toObject();
            setIn(inner, parts.mid(1), value);
            a[i] = inner;
        }
        o.insert(m.captured(1), a);
        return;
    }
    if (parts.size() == 1) {
        if (value.isUndefined())
            o.remove(head);
        else
            o.insert(head, value);
        return;
    }
    QJsonObject inner = o.value(head).toObject();
    setIn(inner, parts.mid(1), value);
    o.insert(head, inner);
}

QJsonObject withChange(QJsonObject o, const QString &path, const QString &json)
{
    // "<remove>" removes the field; anything else is JSON text.
    const QJsonValue value = json == QLatin1StringView("<remove>")
                                 ? QJsonValue(QJsonValue::Undefined)
                                 : QJsonDocument::fromJson("[" + json.toUtf8() + "]").array().at(0);
    setIn(o, path.split(QLatin1Char('.')), value);
    return o;
}

QByteArray fileOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestTraining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void libraryCoversTheTraps();
    void scriptedTraineeScoresFull_data();
    void scriptedTraineeScoresFull();
    void eachMistakeLosesItsPoints_data();
    void eachMistakeLosesItsPoints();
    void badScenarioFilesNameTheField_data();
    void badScenarioFilesNameTheField();
    void rulesAreExplainedInBothLanguages();
    void oversizedAndDeepFilesAreRefused();
    void practiceStartsAFreshDraftOnTheScenariosDay();
    void scoreBookKeepsBestTimeAndMistakes();
    void examCountsTheFirstAttemptAfterItWasSet();
    void demoWalksTheModelAnswer();
    void aTrainersScenarioIsImportedWhenValid();

private:
    /// The scenario's model answer written as an answers file, with a meter photo and the signatures it
    /// needs, after @p change (a path and JSON text) is applied to it.
    Result<ScoreSheet> solve(const Scenario &s, const QString &path = {}, const QString &json = {});
    const Scenario *byId(const QString &id) const;

    TariffLibrary m_library;
    std::vector<Scenario> m_scenarios;
    QTemporaryDir m_dir;
};

void TestTraining::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_library = TariffLibrary::load();
    m_scenarios = Scenario::builtIn(m_library);
    QFile pic(m_dir.filePath(QStringLiteral("meter.png")));
    QVERIFY(pic.open(QIODevice::WriteOnly));
    pic.write(ta::test::pngOf(Qt::gray, 64, 48));
    pic.close();
    QFile sig(m_dir.filePath(QStringLiteral("sig.png")));
    QVERIFY(sig.open(QIODevice::WriteOnly));
    sig.write(ta::test::pngOf(Qt::darkBlue, 120, 40));
}

const Scenario *TestTraining::byId(const QString &id) const
{
    for (const Scenario &s : m_scenarios) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

Result<ScoreSheet> TestTraining::solve(const Scenario &s, const QString &path, const QString &json)
{
    QJsonObject answers = s.answer;
    answers.insert(QStringLiteral("photos"),
                   QJsonArray{QJsonObject{{QStringLiteral("file"), QStringLiteral("meter.png")},
                                          {QStringLiteral("kind"), QStringLiteral("meter-photo")}}});
    QJsonObject signatures = answers.value(QStringLiteral("signatures")).toObject();
    signatures.insert(QStringLiteral("inspector"), QStringLiteral("sig.png"));
    const ExpectedItem *signature = s.find(QLatin1StringView(scenarioItem::Signature));
    signatures.insert(signature && signature->value.toString() == QLatin1StringView("witness")
                          ? QStringLiteral("witness")
                          : QStringLiteral("customer"),
                      QStringLiteral("sig.png"));
    answers.insert(QStringLiteral("signatures"), signatures);
    if (!path.isEmpty())
        answers = withChange(answers, path, json);
    const QString file = m_dir.filePath(s.id + QStringLiteral(".json"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Result<ScoreSheet>::failure(f.errorString());
    f.write(QJsonDocument(answers).toJson());
    f.close();
    auto read = AnswersFile::read(file, s.customer.code);
    if (!read)
        return read.status();
    return Scorer::score(s, TraineeWork::of(read.value()), m_library);
}

void TestTraining::libraryCoversTheTraps()
{
    // Every file of the library reads (one that does not would be left out of the list).
    const QStringList files = QDir(QStringLiteral(":/training/scenarios")).entryList({QStringLiteral("*.json")});
    QCOMPARE(int(m_scenarios.size()), int(files.size()));
    QVERIFY2(m_scenarios.size() >= 15, "at least 15 built-in scenarios");
    std::set<QString> ids, campaigns, rules;
    for (const Scenario &s : m_scenarios) {
        QVERIFY2(ids.insert(s.id).second, qPrintable(s.id));
        campaigns.insert(s.campaign);
        for (const ExpectedItem &e : s.expected)
            rules.insert(e.rule);
        QVERIFY(!s.title.isEmpty() && !s.goal.isEmpty() && !s.story.isEmpty() && !s.facts.isEmpty());
    }
    QCOMPARE(campaigns, (std::set<QString>{QStringLiteral("households"), QStringLiteral("ratio"),
                                           QStringLiteral("three-rate"), QStringLiteral("administrative")}));
    // Every rule a scenario can name is taught by at least one built-in scenario, except the category rule.
    for (const QString &rule : ScenarioRules::ids()) {
        if (rule != QLatin1StringView("three-rate.category"))
            QVERIFY2(rules.count(rule), qPrintable(rule));
    }
}

void TestTraining::scriptedTraineeScoresFull_data()
{
    QTest::addColumn<QString>("id");
    for (const Scenario &s : Scenario::builtIn(TariffLibrary::load()))
        QTest::newRow(qPrintable(s.id)) << s.id;
}

void TestTraining::scriptedTraineeScoresFull()
{
    QFETCH(QString, id);
    const Scenario *s = byId(id);
    QVERIFY(s);
    auto sheet = solve(*s);
    QVERIFY2(sheet, qPrintable(sheet.error()));
    for (const ScoreLine &line : sheet->lines)
        QVERIFY2(line.right,
                 qPrintable(QStringLiteral("%1: expected %2, given %3")
                                .arg(line.item, QString::fromUtf8(QJsonDocument(QJsonArray{line.expected}).toJson()),
                                     QString::fromUtf8(QJsonDocument(QJsonArray{line.given}).toJson()))));
    QCOMPARE(sheet->total, s->maximum());
    QCOMPARE(sheet->percent(), 100);
    // The money worked by hand in the scenario is the bill engine's to the dong.
    if (const ExpectedItem *money = s->find(QLatin1StringView(scenarioItem::Money)))
        QCOMPARE(sheet->givenMoney, qint64(money->value.toDouble()));
}

void TestTraining::eachMistakeLosesItsPoints_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QStringList>("wrong"); // the items lost, each with its rule
    QTest::addColumn<int>("lost");

    // Renters counted as a household: 4 persons would be 1 quota, 3 are ¾ (1.75, not 2).
    QTest::newRow("renters: 3 counted as 4")
        << "ba-nguoi-thue-tro"_q
        << "households.renterPersons"_q
        << "4"_q << QStringList{"households:households.renter-quota"_q, "money:money.recovery"_q} << 4;
    QTest::newRow("renters: forgotten") << "ba-nguoi-thue-tro"_q
                                        << "households.renterPersons"_q
                                        << "0"_q
                                        << QStringList{"households:households.renter-quota"_q,
                                                       "households-change:households.renter-quota"_q,
                                                       "money:money.recovery"_q}
                                        << 5;
    // A short lease with users not declared: the tier-3 rule missed.
    QTest::newRow("short lease: users taken as declared")
        << "thue-ngan-han-bac-3"_q
        << "households.usersUndeclared"_q
        << "false"_q << QStringList{"undeclared-tier:households.short-lease"_q, "money:money.recovery"_q} << 4;
    // One old household book taken for one household.
    QTest::newRow("two families: one book, one household")
        << "hai-gia-dinh-mot-so-ho-khau"_q
        << "households.households"_q
        << R"([{"head":"Nguyễn Văn Bình","document":"cccd"}])"_q
        << QStringList{"households:households.documents"_q, "households-change:households.documents"_q,
                       "money:money.recovery"_q}
        << 5;
    // The shop's display fridge left out of the inventory.
    QTest::newRow("shop: fridge not listed")
        << "cua-hang-trong-nha"_q
        << "ratio.appliances"_q
        << R"([{"name":"Đèn cửa hàng","kw":0.1,"quantity":2,"simultaneity":1,"hoursPerDay":12,"daysPerMonth":30,"group":"KDDV"},
              {"name":"Máy lạnh","kw":1.0,"quantity":1,"simultaneity":0.8,"hoursPerDay":6,"daysPerMonth":30,"group":"SHBT"},
              {"name":"Tủ lạnh","kw":0.1,"quantity":1,"simultaneity":1,"hoursPerDay":24,"daysPerMonth":30,"group":"SHBT"},
              {"name":"TV, quạt, đèn","kw":0.2,"quantity":1,"simultaneity":1,"hoursPerDay":3,"daysPerMonth":30,"group":"SHBT"}])"_q
        << QStringList{"ratio-shares:ratio.inventory"_q, "money:money.recovery"_q} << 4;
    // The staff housing left out: the office stays 100 % administrative.
    QTest::newRow("office: housing not listed")
        << "van-phong-co-nha-cong-vu"_q
        << "ratio.appliances"_q
        << R"([{"name":"Máy lạnh","kw":1.5,"quantity":4,"simultaneity":0.7,"hoursPerDay":8,"daysPerMonth":22,"group":"HCCS"}])"_q
        << QStringList{"ratio-change:ratio.inventory"_q, "ratio-shares:ratio.inventory"_q, "money:money.recovery"_q}
        << 5;
    // The three-rate check not walked at all.
    QTest::newRow("1,999 kWh: three-rate not checked")
        << "kinh-doanh-1999-kwh"_q
        << "checks"_q
        << R"(["reading"])"_q << QStringList{"three-rate:three-rate.average"_q, "meter-swap:three-rate.average"_q} << 3;
    QTest::newRow("2,000 kWh: three-rate not checked")
        << "kinh-doanh-2000-kwh"_q
        << "checks"_q
        << R"(["reading"])"_q
        << QStringList{"three-rate:three-rate.average"_q, "meter-swap:three-rate.average"_q, "money:money.recovery"_q}
        << 5;
    QTest::newRow("25 kVA: three-rate not checked")
        << "tram-bien-ap-25-kva"_q
        << "checks"_q
        << R"(["reading"])"_q
        << QStringList{"three-rate:three-rate.transformer"_q, "meter-swap:three-rate.transformer"_q,
                       "money:money.recovery"_q}
        << 5;
    QTest::newRow("missing month: three-rate not checked")
        << "thieu-mot-thang-san-luong"_q
        << "checks"_q
        << R"(["reading"])"_q << QStringList{"three-rate:three-rate.history"_q, "meter-swap:three-rate.history"_q} << 3;
    QTest::newRow("mixed meter: three-rate not checked")
        << "cong-to-hon-hop-phan-kinh-doanh"_q
        << "checks"_q
        << R"(["reading"])"_q
        << QStringList{"three-rate:three-rate.mixed-meter"_q, "meter-swap:three-rate.mixed-meter"_q} << 3;
    QTest::newRow("already three-rate: three-rate not checked")
        << "da-co-cong-to-ba-gia"_q
        << "checks"_q
        << R"(["reading"])"_q << QStringList{"three-rate:three-rate.average"_q, "meter-swap:three-rate.meter"_q} << 3;
    // The list's serial copied instead of the one on the wall.
    QTest::newRow("serial: the list's copied") << "so-cong-to-khac-danh-sach"_q
                                               << "identify.meterSerialSeen"_q
                                               << R"("2500011210")"_q << QStringList{"anomalies:reading.serial"_q} << 2;
    // Today's reading typed as the previous one: the reading below it is hidden (and a zero appears).
    QTest::newRow("below previous: readings swapped")
        << "chi-so-thap-hon-ky-truoc"_q
        << "identify.reading"_q
        << "8420"_q << QStringList{"anomalies:reading.below-previous"_q} << 2;
    // The refusal recorded without the witness's signature.
    QTest::newRow("refusal: no witness") << "khach-hang-tu-choi-ky"_q
                                         << "signatures.witness"_q
                                         << "<remove>"_q << QStringList{"signature:evidence.signature"_q} << 1;
    // A change proposed for a customer billed right: renters invented.
    QTest::newRow("correct customer: renters invented")
        << "khach-hang-dung-gia"_q
        << "households.renterPersons"_q
        << "2"_q
        << QStringList{"households:households.documents"_q, "households-change:households.documents"_q,
                       "any-change:record.no-change"_q}
        << 4;
    // A handwritten paper recorded as an ID card.
    QTest::newRow("paper taken for a CCCD")
        << "giay-to-khong-du-dieu-kien"_q
        << "households.households[1].document"_q
        << R"("cccd")"_q
        << QStringList{"households:households.documents"_q, "households-change:households.documents"_q,
                       "any-change:record.no-change"_q}
        << 4;
    QTest::newRow("five renters counted as four")
        << "nam-nguoi-thue-va-chu-nha"_q
        << "households.renterPersons"_q
        << "4"_q << QStringList{"households:households.renter-quota"_q, "money:money.recovery"_q} << 4;
    QTest::newRow("no photo") << "ba-nguoi-thue-tro"_q
                              << "photos"_q
                              << "[]"_q << QStringList{"photos:evidence.photo"_q} << 1;
}

void TestTraining::eachMistakeLosesItsPoints()
{
    QFETCH(QString, id);
    QFETCH(QString, path);
    QFETCH(QString, json);
    QFETCH(QStringList, wrong);
    QFETCH(int, lost);
    const Scenario *s = byId(id);
    QVERIFY(s);
    auto sheet = solve(*s, path, json);
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QStringList given;
    for (const ScoreLine &line : sheet->mistakes()) {
        given << QStringLiteral("%1:%2").arg(line.item, line.rule);
        QCOMPARE(line.points, 0);
    }
    QCOMPARE(given, wrong);
    QCOMPARE(sheet->maximum - sheet->total, lost);
    QCOMPARE(sheet->maximum, s->maximum());
}

void TestTraining::badScenarioFilesNameTheField_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("title missing") << "title"_q
                                   << "<remove>"_q
                                   << "title: missing."_q;
    QTest::newRow("unknown field") << "hint"_q
                                   << R"("x")"_q
                                   << "hint: unknown field"_q;
    QTest::newRow("wrong format") << "format"_q
                                  << R"("tariff-audit-scenario/9")"_q
                                  << "format: \"tariff-audit-scenario/1\""_q;
    QTest::newRow("difficulty 4") << "difficulty"_q
                                  << "4"_q
                                  << "difficulty: 1 (easy), 2 (medium) or 3 (hard)."_q;
    QTest::newRow("visit date 31/02") << "visitDate"_q
                                      << R"("2026-02-31")"_q
                                      << "visitDate: a date written YYYY-MM-DD."_q;
    QTest::newRow("customer households 1.3") << "customer.SO_HO"_q
                                             << "1.3"_q
                                             << "customer.SO_HO: 0.25 or more"_q;
    QTest::newRow("customer price string missing") << "customer.CHUOI_GIA"_q
                                                   << "<remove>"_q
                                                   << "customer.CHUOI_GIA"_q;
    QTest::newRow("customer unknown column") << "customer.COLOUR"_q
                                             << R"("red")"_q
                                             << "customer.COLOUR: not a column of the customer-list template."_q;
    QTest::newRow("story missing") << "situation.story"_q
                                   << "<remove>"_q
                                   << "situation.story: missing."_q;
    QTest::newRow("unknown check in the answer") << "answer.checks"_q
                                                 << R"(["households","meter-color"])"_q
                                                 << "unknown check \"meter-color\""_q;
    QTest::newRow("unknown answer field") << "answer.households.renters"_q
                                          << "3"_q
                                          << "households.renters"_q;
    QTest::newRow("a drawn signature in the answer")
        << "answer.signatures"_q
        << R"({"customer":"sig.png"})"_q
        << "answer: photos, drawn signatures and visitedAt are not part of a model answer"_q;
    QTest::newRow("photos in the answer")
        << "answer.photos"_q
        << R"([{"file":"a.jpg"}])"_q
        << "answer: photos, drawn signatures and visitedAt are not part of a model answer"_q;
    QTest::newRow("unknown item") << "expected[0].item"_q
                                  << R"("households-count")"_q
                                  << "expected[0].item: unknown item \"households-count\""_q;
    QTest::newRow("impossible households") << "expected[0].value"_q
                                           << "1.3"_q
                                           << "expected[0].value: a number of households: 0.25 or more"_q;
    QTest::newRow("negative households") << "expected[0].value"_q
                                         << "-1"_q
                                         << "expected[0].value: a number of households"_q;
    QTest::newRow("value missing") << "expected[0].value"_q
                                   << "<remove>"_q
                                   << "expected[0].value: missing."_q;
    QTest::newRow("unknown rule") << "expected[0].rule"_q
                                  << R"("households.guess")"_q
                                  << "expected[0].rule: unknown rule \"households.guess\""_q;
    QTest::newRow("rule of another check") << "expected[0].rule"_q
                                           << R"("three-rate.average")"_q
                                           << "expected[0].rule: the rule \"three-rate.average\" belongs to the "_q
                                              "check three-rate, not to households."_q;
    QTest::newRow("points 0") << "expected[0].points"_q
                              << "0"_q
                              << "expected[0].points: a whole number from 1 to 10."_q;
    QTest::newRow("twice the same item") << "expected[1].item"_q
                                         << R"("households")"_q
                                         << "expected[1].item: \"households\" is expected twice."_q;
    QTest::newRow("money in fractions") << "expected[3].value"_q
                                        << "12.5"_q
                                        << "expected[3].value: a whole number of đồng"_q;
    QTest::newRow("tolerance on a yes/no") << "expected[1].tolerance"_q
                                           << "2"_q
                                           << "expected[1].tolerance: only ratio-shares and money"_q;
    QTest::newRow("no change but money") << "expected[1]"_q
                                         << R"({"item":"any-change","value":false,"rule":"record.no-change"})"_q
                                         << "expected: money is not 0 while any-change is false."_q;
    QTest::newRow("a check the answer does not walk")
        << "expected[2]"_q
        << R"({"item":"meter-swap","value":false,"rule":"three-rate.average"})"_q
        << "answer.checks: the model answer does not walk the check \"three-rate\""_q;
    QTest::newRow("unknown anomaly") << "expected[2]"_q
                                     << R"({"item":"anomalies","value":["ghost"],"rule":"reading.normal"})"_q
                                     << "expected[2].value: unknown anomaly \"ghost\""_q;
    QTest::newRow("shares not adding up")
        << "expected[2]"_q
        << R"({"item":"ratio-shares","value":{"SHBT":60,"KDDV":30},"rule":"ratio.inventory"})"_q
        << "expected[2].value: the shares add up to 90 %, not 100 %."_q;
    QTest::newRow("shares of an unknown group")
        << "expected[2]"_q
        << R"({"item":"ratio-shares","value":{"SHBT":60,"XYZ":40},"rule":"ratio.inventory"})"_q
        << "expected[2].value.XYZ: unknown price group"_q;
    QTest::newRow("swap on a three-rate meter") << "customer.LOAI_DDO"_q
                                                << "3"_q
                                                << "expected: meter-swap is true but the customer's meter is "_q
                                                   "already three-rate"_q;
    QTest::newRow("expected empty") << "expected"_q
                                    << "[]"_q
                                    << "expected: missing: at least one expected conclusion."_q;
    QTest::newRow("neighbour twice")
        << "neighbours"_q
        << R"([{"MA_KHANG":"TNDT010000001","TEN_KHANG":"A","CHUOI_GIA":"SHBT:100%"}])"_q
        << "neighbours[0].MA_KHANG: the customer TNDT010000001 is in the scenario twice."_q;
    QTest::newRow("neighbour with 0 households")
        << "neighbours"_q
        << R"([{"MA_KHANG":"TNDT010000099","TEN_KHANG":"A","CHUOI_GIA":"SHBT:100%","SO_HO":0}])"_q
        << "neighbours[0].SO_HO: 0.25 or more"_q;
    QTest::newRow("neighbours not a list") << "neighbours"_q
                                           << R"({"MA_KHANG":"TNDT010000099"})"_q
                                           << "neighbours: a list of customers"_q;
}

void TestTraining::badScenarioFilesNameTheField()
{
    QFETCH(QString, path);
    QFETCH(QString, json);
    QFETCH(QString, message);
    // The base: the renters scenario, with a meter swap expected for the row about three-rate meters.
    QJsonObject base =
        QJsonDocument::fromJson(fileOf(QStringLiteral(":/training/scenarios/01-ba-nguoi-thue-tro.json"))).object();
    QVERIFY(!base.isEmpty());
    QCOMPARE(Scenario::problems(QJsonDocument(base).toJson(), QStringLiteral("s.json"), m_library), QStringList());
    if (path == QLatin1StringView("customer.LOAI_DDO")) {
        QJsonArray expected = base.value(QStringLiteral("expected")).toArray();
        expected.append(QJsonObject{{QStringLiteral("item"), QStringLiteral("meter-swap")},
                                    {QStringLiteral("value"), true},
                                    {QStringLiteral("rule"), QStringLiteral("three-rate.average")}});
        base.insert(QStringLiteral("expected"), expected);
    }
    const QByteArray bytes = QJsonDocument(withChange(base, path, json)).toJson();
    const QStringList problems = Scenario::problems(bytes, QStringLiteral("s.json"), m_library);
    QVERIFY2(!problems.isEmpty(), "refused");
    QVERIFY2(problems.join(QLatin1Char('\n')).contains(QStringLiteral("s.json: ") + message) ||
                 problems.join(QLatin1Char('\n')).contains(message),
             qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(!Scenario::parse(bytes, QStringLiteral("s.json"), m_library));
}

void TestTraining::rulesAreExplainedInBothLanguages()
{
    const Words vi(QStringLiteral("vi"));
    const Words en(QStringLiteral("en"));
    for (const QString &rule : ScenarioRules::ids()) {
        const QString english = ScenarioRules::explanation(rule, en);
        const QString vietnamese = ScenarioRules::explanation(rule, vi);
        QVERIFY2(english != rule && english.size() > 40, qPrintable(rule));
        QVERIFY2(vietnamese != english, qPrintable(rule));
        QVERIFY2(ScenarioRules::name(rule, vi) != ScenarioRules::name(rule, en), qPrintable(rule));
        QVERIFY2(ScenarioRules::name(rule, en) != rule, qPrintable(rule));
    }
    for (const QString &item : scenarioItem::all())
        QVERIFY2(Scorer::itemName(item, vi) != Scorer::itemName(item, en), qPrintable(item));
}

void TestTraining::oversizedAndDeepFilesAreRefused()
{
    const QString big = m_dir.filePath(QStringLiteral("big.json"));
    QFile f(big);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"story\": \"" + QByteArray(limits::ScenarioFileBytes, 'a') + "\"}");
    f.close();
    auto read = Scenario::read(big, m_library);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QStringLiteral("at most %1 are accepted").arg(limits::ScenarioFileBytes)),
             qPrintable(read.error()));

    const QByteArray deep = QByteArray(100, '[') + QByteArray(100, ']');
    const QStringList problems = Scenario::problems(deep, QStringLiteral("deep.json"), m_library);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("deep.json")), qPrintable(problems.first()));
    QVERIFY(!Scenario::parse("[]", QStringLiteral("list.json"), m_library));
}

void TestTraining::practiceStartsAFreshDraftOnTheScenariosDay()
{
    auto opened = ProfileData::open(m_dir.filePath(QStringLiteral("practice.db")), WorkspaceKind::Training);
    QVERIFY2(opened, qPrintable(opened.error()));
    Database &db = *opened.value();
    const Scenario *s = byId(QStringLiteral("cua-hang-trong-nha"));
    QVERIFY(s);
    const QDateTime now(QDate(2027, 3, 2), QTime(14, 5), QTimeZone(7 * 3600));
    auto first = Practice::start(db, *s, now);
    QVERIFY2(first, qPrintable(first.error()));
    const auto customer = CustomerRepository(db.connection()).findByCode(s->customer.code);
    QVERIFY(customer);
    QCOMPARE(customer->priceString, QStringLiteral("SHBT:100%"));
    QCOMPARE(int(customer->history.size()), 12);
    InspectionStore store(db);
    auto draft = store.draft(first.value());
    QVERIFY(draft);
    // The scenario's day, whatever day the trainee practises: its law and its recovery period.
    QCOMPARE(draft->visitedAt, QDateTime(QDate(2026, 6, 15), QTime(9, 0), QTimeZone(7 * 3600)));
    QVERIFY(draft->checks.isEmpty()); // choosing the checks is part of the exercise
    // A retry discards the half-done attempt and starts afresh.
    auto second = Practice::start(db, *s, now.addSecs(60));
    QVERIFY(second);
    QVERIFY(second.value() != first.value());
    QVERIFY(!store.draft(first.value()));
    QCOMPARE(store.openDraft(s->customer.code)->id, second.value());
    // The other customers the story involves are put in the list too.
    const Scenario *swapped = byId(QStringLiteral("so-cong-to-khac-danh-sach"));
    QVERIFY(swapped && swapped->neighbours.size() == 1);
    QVERIFY(Practice::start(db, *swapped, now));
    const auto next = CustomerRepository(db.connection()).findByCode(swapped->neighbours.front().code);
    QVERIFY(next);
    QCOMPARE(next->meterSerial, QStringLiteral("2500099871"));
}

void TestTraining::scoreBookKeepsBestTimeAndMistakes()
{
    const Scenario *renters = byId(QStringLiteral("ba-nguoi-thue-tro"));
    const Scenario *shop = byId(QStringLiteral("cua-hang-trong-nha"));
    QVERIFY(renters && shop);
    ScoreBook book;
    book.profileId = 7;
    book.trainee = QStringLiteral("Nguyễn Văn An");
    const QDateTime t0(QDate(2027, 3, 2), QTime(8, 0), QTimeZone(7 * 3600));
    // Three attempts: the renters twice (4 then 9 points), the shop once; scored from real inspections.
    const auto attempt = [&](const Scenario &s, const QString &path, const QString &json, int minute, int minutes) {
        auto read =
            AnswersFile::fromJson(withChange(s.answer, path, json), QStringLiteral("a"), m_dir.path(), s.customer.code);
        QVERIFY2(read, qPrintable(read.error()));
        Inspection in = read->inspection;
        in.id = QStringLiteral("r%1").arg(minute);
        in.startedAt = t0.addSecs(60 * minute);
        in.signatures.customer = QStringLiteral("c.png");
        in.evidence.push_back({QStringLiteral("ab"), QStringLiteral("meter-photo"), QStringLiteral("ab.jpg"), {}, 1});
        auto sheet = Practice::finish(book, s, in, m_library, in.startedAt.addSecs(60 * minutes));
        QVERIFY2(sheet, qPrintable(sheet.error()));
    };
    attempt(*renters, QStringLiteral("households.renterPersons"), QStringLiteral("4"), 0, 5);
    attempt(*renters, QStringLiteral("households.renterPersons"), QStringLiteral("3"), 10, 4);
    attempt(*shop, QStringLiteral("statement"), QStringLiteral("\"ok\""), 20, 7);
    QCOMPARE(int(book.attempts.size()), 3);
    QCOMPARE(book.attempts[0].total, 5); // households (2) and money (2) lost
    QCOMPARE(book.attempts[1].total, 9);
    QCOMPARE(book.totalSeconds(), qint64(16 * 60));
    const std::vector<ScoreAttempt> best = book.bestAttempts();
    QCOMPARE(int(best.size()), 2);
    QCOMPARE(best[0].total, 9);
    QCOMPARE(best[1].scenarioId, shop->id);
    const std::vector<RuleMisses> misses = book.mistakesByRule();
    QCOMPARE(int(misses.size()), 2);
    QCOMPARE(misses[0].count, 1);

    // Written and read back whole; a damaged or foreign file is refused with its name.
    const QString path = ScoreBook::pathFor(m_dir.path(), 7);
    QVERIFY(book.write(path));
    auto back = ScoreBook::read(path);
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(back->toJson(), book.toJson());
    QVERIFY(ScoreBook::read(m_dir.filePath(QStringLiteral("none.json")))->attempts.empty());
    QJsonObject impossible = book.toJson();
    QJsonArray attempts = impossible.value(QStringLiteral("attempts")).toArray();
    QJsonObject first = attempts.at(0).toObject();
    first.insert(QStringLiteral("total"), 99);
    attempts[0] = first;
    impossible.insert(QStringLiteral("attempts"), attempts);
    auto refused = ScoreBook::fromJson(impossible, QStringLiteral("scores.json"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("scores.json: attempts[0]: a score of 99 out of 9")),
             qPrintable(refused.error()));

    const QString csv = m_dir.filePath(QStringLiteral("sheet.csv"));
    QVERIFY(book.writeCsv(csv, Words(QStringLiteral("en"))));
    const QStringList rows = QString::fromUtf8(fileOf(csv).mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 4);
    QVERIFY(rows.at(0).startsWith(QStringLiteral("\"Trainee\",\"Scenario\"")));
    QVERIFY2(
        rows.at(1).contains(QStringLiteral("\"5:00\",\"5\",\"9\",\"55\",\"households.renter-quota money.recovery\"")),
        qPrintable(rows.at(1)));
    const QString pdf = m_dir.filePath(QStringLiteral("sheet.pdf"));
    QVERIFY(book.writePdf(pdf, Words(QStringLiteral("vi"))));
    QVERIFY(fileOf(pdf).startsWith("%PDF"));
}

void TestTraining::examCountsTheFirstAttemptAfterItWasSet()
{
    const QDateTime set(QDate(2027, 3, 2), QTime(8, 0), QTimeZone(7 * 3600));
    Exam exam{QStringLiteral("e1"),
              QStringLiteral("Số hộ"),
              {QStringLiteral("ba-nguoi-thue-tro"), QStringLiteral("khach-hang-dung-gia")},
              80,
              set};
    QCOMPARE(Exams::problem(exam, m_scenarios), QString());
    ScoreBook book;
    book.trainee = QStringLiteral("An");
    const auto add = [&book, &set](const char *id, int minute, int total, int maximum) {
        book.attempts.push_back({QString::fromLatin1(id),
                                 {},
                                 {},
                                 set.addSecs(60 * minute),
                                 set.addSecs(60 * minute + 300),
                                 total,
                                 maximum,
                                 {}});
    };
    add("ba-nguoi-thue-tro", -30, 9, 9); // before the exam: practice
    add("ba-nguoi-thue-tro", 10, 5, 9);  // the exam's attempt
    add("ba-nguoi-thue-tro", 20, 9, 9);  // a retry: practice again
    ExamResult r = Exams::resultOf(exam, book);
    QCOMPARE(r.done, 1);
    QVERIFY(!r.complete());
    add("khach-hang-dung-gia", 30, 8, 8);
    r = Exams::resultOf(exam, book);
    QVERIFY(r.complete());
    QCOMPARE(r.total, 13);
    QCOMPARE(r.maximum, 17);
    QCOMPARE(r.percent(), 76); // 13 of 17
    QVERIFY(!r.passed(exam));
    exam.passPercent = 75;
    QVERIFY(r.passed(exam));

    // Stored and read back; what is wrong with an exam is said.
    const QString path = Exams::pathFor(m_dir.path());
    QVERIFY(Exams::write(path, {exam}));
    auto back = Exams::read(path);
    QVERIFY(back);
    QCOMPARE(int(back->size()), 1);
    QCOMPARE(back->front().scenarios, exam.scenarios);
    QCOMPARE(back->front().createdAt, exam.createdAt);
    Exam bad = exam;
    bad.name.clear();
    QVERIFY(!Exams::problem(bad, m_scenarios).isEmpty());
    bad = exam;
    bad.scenarios = {QStringLiteral("no-such")};
    QVERIFY(Exams::problem(bad, m_scenarios).contains(QStringLiteral("no-such")));
    bad = exam;
    bad.passPercent = 0;
    QVERIFY(!Exams::problem(bad, m_scenarios).isEmpty());
}

void TestTraining::demoWalksTheModelAnswer()
{
    for (const Scenario &s : m_scenarios) {
        auto steps = DemoTour::steps(s, m_library, Words(QStringLiteral("en")));
        QVERIFY2(steps, qPrintable(s.id + QStringLiteral(": ") + steps.error()));
        // The situation, the checks, one step per check, the evidence, the result.
        QCOMPARE(int(steps->size()), 4 + int(s.checksNeeded().size()));
        QVERIFY(steps->front().html.contains(s.story.toHtmlEscaped()));
        if (const ExpectedItem *money = s.find(QLatin1StringView(scenarioItem::Money)))
            QVERIFY2(steps->back().html.contains(money::format(qint64(money->value.toDouble()))),
                     qPrintable(s.id + steps->back().html));
    }
    auto renters = DemoTour::steps(*byId(QStringLiteral("ba-nguoi-thue-tro")), m_library, Words(QStringLiteral("vi")));
    QVERIFY(renters);
    QVERIFY2(renters->at(2).html.contains(QStringLiteral("1,75")), qPrintable(renters->at(2).html));
    QVERIFY(renters->at(2).html.contains(QStringLiteral("cứ 4 người là một định mức")));
}

void TestTraining::aTrainersScenarioIsImportedWhenValid()
{
    const QString root = m_dir.filePath(QStringLiteral("workspace"));
    QJsonObject own =
        QJsonDocument::fromJson(fileOf(QStringLiteral(":/training/scenarios/15-nam-nguoi-thue-va-chu-nha.json")))
            .object();
    const auto write = [this](const QString &name, const QJsonObject &o) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(QJsonDocument(o).toJson());
        return path;
    };
    // A built-in id is refused; nothing is copied.
    auto clash = Scenario::import(write(QStringLiteral("clash.json"), own), root, m_library);
    QVERIFY(!clash);
    QVERIFY2(clash.error().contains(QStringLiteral("id: \"nam-nguoi-thue-va-chu-nha\" is the id of a built-in")),
             qPrintable(clash.error()));
    QVERIFY(!QFileInfo::exists(Scenario::userFolder(root)));
    // A file with two errors: both named, nothing copied.
    QJsonObject broken = withChange(withChange(own, QStringLiteral("id"), QStringLiteral("\"lop-3\"")),
                                    QStringLiteral("difficulty"), QStringLiteral("5"));
    broken = withChange(broken, QStringLiteral("expected[0].value"), QStringLiteral("2.3"));
    auto refused = Scenario::import(write(QStringLiteral("broken.json"), broken), root, m_library);
    QVERIFY(!refused);
    QCOMPARE(refused.error().count(QLatin1Char('\n')), 1);
    QVERIFY(refused.error().contains(QStringLiteral("difficulty")));
    QVERIFY(refused.error().contains(QStringLiteral("expected[0].value")));
    QVERIFY(!QFileInfo::exists(Scenario::userFolder(root)));
    // Valid: kept in the workspace and listed after the built-in ones; an import of the same id replaces it.
    QJsonObject valid = withChange(withChange(own, QStringLiteral("id"), QStringLiteral("\"lop-3\"")),
                                   QStringLiteral("title"), QStringLiteral("\"Bài của lớp 3\""));
    auto imported = Scenario::import(write(QStringLiteral("valid.json"), valid), root, m_library);
    QVERIFY2(imported, qPrintable(imported.error()));
    QVERIFY(!imported->isBuiltIn());
    valid = withChange(valid, QStringLiteral("title"), QStringLiteral("\"Bài của lớp 3, sửa\""));
    QVERIFY(Scenario::import(write(QStringLiteral("valid.json"), valid), root, m_library));
    const std::vector<Scenario> all = Scenario::library(m_library, root);
    QCOMPARE(all.size(), m_scenarios.size() + 1);
    QCOMPARE(all.back().id, QStringLiteral("lop-3"));
    QCOMPARE(all.back().title, QStringLiteral("Bài của lớp 3, sửa"));
    // It scores as a built-in one does.
    auto sheet = solve(all.back());
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->percent(), 100);
}

QTEST_MAIN(TestTraining)
#include "tst_training.moc"
