// The rules the pre-screen and the inspection share (models/rules), on cases worked by hand from the law
// (DOMAIN §2; regulations.json: 2,000 kWh over 3 consecutive months, 25 kVA, 4 renters per quota, a
// 12-month lease, 12 months of back-billing). The arithmetic of each row is written beside it.

#include "models/inspection/checks.h"
#include "models/rules/consumptionanomaly.h"
#include "models/rules/householdquota.h"
#include "models/rules/recoveryperiod.h"
#include "models/rules/touobligation.h"
#include "models/tariff/pricestring.h"
#include "models/tariff/tarifflibrary.h"

#include <QTest>

using namespace ta;

namespace {

/// Months "yyyymm:kwh" separated by spaces, oldest first.
std::vector<MonthlyConsumption> months(const QString &text)
{
    std::vector<MonthlyConsumption> out;
    for (const QString &entry : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = entry.split(QLatin1Char(':'));
        out.push_back({parts.at(0).toInt(), parts.at(1).toInt(), std::nullopt, std::nullopt, std::nullopt});
    }
    return out;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void regulationsAreData();
    void touObligation_data();
    void touObligation();
    void touObligationForANewGroup();
    void householdQuota_data();
    void householdQuota();
    void consumptionAnomaly_data();
    void consumptionAnomaly();
    void recoveryPeriod_data();
    void recoveryPeriod();
    void impactCountsTheCalendarMonthsBeforeTheFinding();

private:
    TariffLibrary m_library;
    RuleSet m_law;
};

void TestRules::initTestCase()
{
    m_library = TariffLibrary::load();
    QVERIFY2(m_library.problems().isEmpty(), qPrintable(m_library.problems().join(QLatin1Char('\n'))));
    const RuleSet *law = m_library.regulations().on(QDate(2026, 11, 24));
    QVERIFY(law);
    m_law = *law;
}

void TestRules::regulationsAreData()
{
    // The thresholds come from resources/tariffs/regulations.json with their legal source.
    QCOMPARE(m_law.threeRate.averageKwh, 2000);
    QCOMPARE(m_law.threeRate.consecutiveMonths, 3);
    QCOMPARE(m_law.threeRate.transformerKva, 25);
    QCOMPARE(m_law.households.renterPersonsPerQuota, 4);
    QCOMPARE(m_law.households.minimumLeaseMonths, 12);
    QCOMPARE(m_law.recovery.maxMonths, 12);
    QVERIFY(m_law.threeRate.source.text.contains(QStringLiteral("2.000 kWh")));
    QVERIFY(m_law.households.countedDocuments.contains(QStringLiteral("ct07")));
    QVERIFY(!m_law.households.countedDocuments.contains(QStringLiteral("other")));
    // Nothing covers a day before the first rule set: the checks say so instead of guessing.
    QVERIFY(!m_library.regulations().on(QDate(2023, 6, 14)));
    // A broken file is refused naming the field.
    const auto broken = Regulations::fromJson(
        R"({"format":1,"ruleSets":[{"id":"x","effectiveFrom":"2026-01-01","threeRate":{"averageKwh":0}}]})",
        QStringLiteral("r.json"));
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().contains(QStringLiteral("ruleSets[0].threeRate.averageKwh")), qPrintable(broken.error()));
}

void TestRules::touObligation_data()
{
    QTest::addColumn<QString>("priceString");
    QTest::addColumn<QString>("history");
    QTest::addColumn<int>("kva");
    QTest::addColumn<int>("findingMonth");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<qint64>("counted");
    QTest::addColumn<qint64>("meter");
    QTest::addColumn<int>("missing");

    QTest::newRow("business 2,000 × 3 = 6,000 ≥ 3 × 2,000: required")
        << QStringLiteral("KDDV:100%") << QStringLiteral("202607:2000 202608:2000 202609:2000") << 0 << 202611
        << QStringLiteral("required") << qint64(6000) << qint64(6000) << 0;
    QTest::newRow("business 2,000 + 2,000 + 1,999 = 5,999: 1,999.67 < 2,000, allowed (no rounding up)")
        << QStringLiteral("KDDV:100%") << QStringLiteral("202607:2000 202608:2000 202609:1999") << 0 << 202611
        << QStringLiteral("not-required") << qint64(5999) << qint64(5999) << 0;
    QTest::newRow("business 2,100 + 1,900 + 2,000 = 6,000: exactly 2,000, required")
        << QStringLiteral("KDDV:100%") << QStringLiteral("202607:2100 202608:1900 202609:2000") << 0 << 202611
        << QStringLiteral("required") << qint64(6000) << qint64(6000) << 0;
    QTest::newRow("business, 2 months of 3,000 only: not enough history, never required")
        << QStringLiteral("KDDV:100%") << QStringLiteral("202608:3000 202609:3000") << 0 << 202611
        << QStringLiteral("not-enough-history") << qint64(0) << qint64(0) << 0;
    QTest::newRow("business 5,000 in 07, 08 and 10, September missing: not enough history")
        << QStringLiteral("KDDV:100%") << QStringLiteral("202607:5000 202608:5000 202610:5000") << 0 << 202611
        << QStringLiteral("not-enough-history") << qint64(0) << qint64(0) << 202609;
    QTest::newRow("business, September missing but a 25 kVA transformer: required by the transformer")
        << QStringLiteral("KDDV:100%") << QStringLiteral("202607:500 202608:500 202610:500") << 25 << 202611
        << QStringLiteral("required") << qint64(0) << qint64(0) << 202609;
    QTest::newRow("production 500 kWh on 24 kVA: allowed")
        << QStringLiteral("SXBT:100%") << QStringLiteral("202607:500 202608:500 202609:500") << 24 << 202611
        << QStringLiteral("not-required") << qint64(1500) << qint64(1500) << 0;
    QTest::newRow("production 500 kWh on 25 kVA: required, 1 month of history is enough")
        << QStringLiteral("SXBT:100%") << QStringLiteral("202609:500") << 25 << 202611 << QStringLiteral("required")
        << qint64(0) << qint64(0) << 0;
    QTest::newRow("residential 3,000 kWh: the rule does not apply")
        << QStringLiteral("SHBT:100%") << QStringLiteral("202607:3000 202608:3000 202609:3000") << 50 << 202611
        << QStringLiteral("not-applicable") << qint64(0) << qint64(0) << 0;
    QTest::newRow("SHBT:70%;KDDV:CL, 4,000 a month: business 4,000 − 2,800 = 1,200 × 3 = 3,600 < 6,000")
        << QStringLiteral("SHBT:70%;KDDV:CL") << QStringLiteral("202607:4000 202608:4000 202609:4000") << 0 << 202611
        << QStringLiteral("not-required") << qint64(3600) << qint64(12000) << 0;
    QTest::newRow("KDDV:70%;SHBT:CL, 3,000 a month: business 2,100 × 3 = 6,300 ≥ 6,000")
        << QStringLiteral("KDDV:70%;SHBT:CL") << QStringLiteral("202607:3000 202608:3000 202609:3000") << 0 << 202611
        << QStringLiteral("required") << qint64(6300) << qint64(9000) << 0;
    QTest::newRow("KDDV:2000kWh;SHBT:CL, 2,500 a month: business takes its 2,000 first, 6,000")
        << QStringLiteral("KDDV:2000kWh;SHBT:CL") << QStringLiteral("202607:2500 202608:2500 202609:2500") << 0
        << 202611 << QStringLiteral("required") << qint64(6000) << qint64(7500) << 0;
    QTest::newRow("found in 09/2026: the months after it do not count (07–09: 3 × 1,000)")
        << QStringLiteral("KDDV:100%") << QStringLiteral("202607:1000 202608:1000 202609:1000 202610:9000 202611:9000")
        << 0 << 202609 << QStringLiteral("not-required") << qint64(3000) << qint64(3000) << 0;
    QTest::newRow("an older gap does not matter: 05 missing, 07–09 at 2,500 = 7,500")
        << QStringLiteral("KDDV:100%") << QStringLiteral("202604:100 202606:100 202607:2500 202608:2500 202609:2500")
        << 0 << 202611 << QStringLiteral("required") << qint64(7500) << qint64(7500) << 0;
    QTest::newRow("across a year: 11/2025, 12/2025, 01/2026 are consecutive")
        << QStringLiteral("KDDV:100%") << QStringLiteral("202511:2000 202512:2000 202601:2000") << 0 << 202602
        << QStringLiteral("required") << qint64(6000) << qint64(6000) << 0;
}

void TestRules::touObligation()
{
    QFETCH(QString, priceString);
    QFETCH(QString, history);
    QFETCH(int, kva);
    QFETCH(int, findingMonth);
    QFETCH(QString, decision);
    QFETCH(qint64, counted);
    QFETCH(qint64, meter);
    QFETCH(int, missing);
    const auto purposes = PriceString::parse(priceString, m_library);
    QVERIFY2(purposes.ok(), qPrintable(purposes.error()));
    const TouObligation r =
        TouObligation::assess(months(history), purposes.value(), kva, findingMonth, m_law, m_library);
    QCOMPARE(r.decisionCode(), decision);
    QCOMPARE(r.countedKwh, counted);
    QCOMPARE(r.meterKwh, meter);
    QCOMPARE(r.missingMonth, missing);
    if (!r.window.empty())
        QCOMPARE(int(r.window.size()), 3);
}

void TestRules::touObligationForANewGroup()
{
    // EV charging is a group only the hypothetical 5-tier book names; the book files it under "business",
    // so the obligation applies with no code naming it.
    TariffLibrary library = TariffLibrary::load();
    QVERIFY(library
                .addBookFile(QStringLiteral(TA_SOURCE_DIR "/tests/fixtures/tariffs/future-5-tier.json"),
                             TariffLibrary::Trust::Accepted)
                .ok());
    const auto purposes = PriceString::parse(QStringLiteral("KDSX:100%"), library);
    QVERIFY2(purposes.ok(), qPrintable(purposes.error()));
    const TouObligation r = TouObligation::assess(months(QStringLiteral("202701:2000 202702:2000 202703:2000")),
                                                  purposes.value(), 0, 202704, m_law, library);
    QCOMPARE(r.decisionCode(), QStringLiteral("required"));
    QCOMPARE(r.countedKwh, qint64(6000));
    // A voltage class only the new book names is known by its kV.
    QCOMPARE(library.kvOf(QStringLiteral("1-35kV")).value_or(-1), 1.0);
    QVERIFY(!m_library.kvOf(QStringLiteral("1-35kV")));
}

void TestRules::householdQuota_data()
{
    QTest::addColumn<QStringList>("documents"); // "cccd", "other", "other+note"
    QTest::addColumn<int>("renters");
    QTest::addColumn<bool>("undeclared");
    QTest::addColumn<int>("lease"); // months, -1 when not given
    QTest::addColumn<int>("evidenced");
    QTest::addColumn<int>("notCounted");
    QTest::addColumn<double>("households");
    QTest::addColumn<bool>("undeclaredTier");
    QTest::addColumn<bool>("ok");
    const QStringList none;
    QTest::newRow("2 CCCD + 3 renters: 2 + 3/4 = 2.75") << QStringList{QStringLiteral("cccd"), QStringLiteral("cccd")}
                                                        << 3 << false << -1 << 2 << 0 << 2.75 << false << true;
    QTest::newRow("CT07 + VNeID + lease of 12 months: 3")
        << QStringList{QStringLiteral("ct07"), QStringLiteral("vneid"), QStringLiteral("lease")} << 0 << false << -1
        << 3 << 0 << 3.0 << false << true;
    QTest::newRow("CCCD + another document without a leader's note: 1, the other listed but not counted")
        << QStringList{QStringLiteral("cccd"), QStringLiteral("other")} << 0 << false << -1 << 1 << 1 << 1.0 << false
        << true;
    QTest::newRow("CCCD + another document with a leader's note: 2")
        << QStringList{QStringLiteral("cccd"), QStringLiteral("other+note")} << 0 << false << -1 << 2 << 0 << 2.0
        << false << true;
    QTest::newRow("5 renters only: 5/4 = 1.25") << none << 5 << false << -1 << 0 << 0 << 1.25 << false << true;
    QTest::newRow("8 renters: 2 quotas") << none << 8 << false << -1 << 0 << 0 << 2.0 << false << true;
    QTest::newRow("1 renter: a quarter") << none << 1 << false << -1 << 0 << 0 << 0.25 << false << true;
    QTest::newRow("users not declared, lease of 6 months (< 12): the tier for undeclared renters")
        << QStringList{QStringLiteral("cccd")} << 0 << true << 6 << 1 << 0 << 1.0 << true << true;
    QTest::newRow("users not declared, lease of 11 months (< 12): the tier for undeclared renters")
        << none << 0 << true << 11 << 0 << 0 << 0.0 << true << true;
    QTest::newRow("users not declared, lease of 12 months: the tier rule does not apply")
        << QStringList{QStringLiteral("cccd")} << 4 << true << 12 << 1 << 0 << 2.0 << false << true;
    QTest::newRow("users not declared, no lease length: refused, the length is asked for")
        << QStringList{QStringLiteral("cccd")} << 0 << true << -1 << 0 << 0 << 0.0 << false << false;
    QTest::newRow("only another document, no note: no household counts, refused")
        << QStringList{QStringLiteral("other")} << 0 << false << -1 << 0 << 0 << 0.0 << false << false;
    QTest::newRow("nobody listed: refused") << none << 0 << false << -1 << 0 << 0 << 0.0 << false << false;
}

void TestRules::householdQuota()
{
    QFETCH(QStringList, documents);
    QFETCH(int, renters);
    QFETCH(bool, undeclared);
    QFETCH(int, lease);
    QFETCH(int, evidenced);
    QFETCH(int, notCounted);
    QFETCH(double, households);
    QFETCH(bool, undeclaredTier);
    QFETCH(bool, ok);
    HouseholdAnswers answers;
    for (const QString &d : documents) {
        const bool note = d.endsWith(QLatin1StringView("+note"));
        answers.households.push_back({QStringLiteral("Hộ %1").arg(answers.households.size() + 1),
                                      note ? QStringLiteral("other") : d,
                                      note ? QStringLiteral("Trưởng phòng KD đồng ý qua điện thoại") : QString()});
    }
    answers.renterPersons = renters;
    answers.usersUndeclared = undeclared;
    if (lease >= 0)
        answers.leaseMonths = lease;
    const auto count = HouseholdQuota::count(answers, m_law);
    QCOMPARE(count.ok(), ok);
    if (!ok) {
        QVERIFY(!count.error().isEmpty());
        return;
    }
    QCOMPARE(count->evidenced, evidenced);
    QCOMPARE(count->notCounted, notCounted);
    QCOMPARE(count->households(), households);
    QCOMPARE(count->undeclaredTier, undeclaredTier);
}

void TestRules::consumptionAnomaly_data()
{
    QTest::addColumn<qint64>("actual");
    QTest::addColumn<double>("expected");
    QTest::addColumn<QString>("anomaly");
    // Jump above 250 % of the expected, drop below 30 %; nothing judged below 30 (zero) or 50 kWh expected.
    QTest::newRow("300 against 300") << qint64(300) << 300.0 << QString();
    QTest::newRow("0 against 30: zero") << qint64(0) << 30.0 << QStringLiteral("zero");
    QTest::newRow("0 against 29: too little to judge") << qint64(0) << 29.0 << QString();
    QTest::newRow("751 against 300 = 250.3 %: jump") << qint64(751) << 300.0 << QStringLiteral("jump");
    QTest::newRow("750 against 300 = 250 %: not above") << qint64(750) << 300.0 << QString();
    QTest::newRow("89 against 300 = 29.7 %: drop") << qint64(89) << 300.0 << QStringLiteral("drop");
    QTest::newRow("90 against 300 = 30 %: not below") << qint64(90) << 300.0 << QString();
    QTest::newRow("200 against 49: too little to judge") << qint64(200) << 49.0 << QString();
}

void TestRules::consumptionAnomaly()
{
    QFETCH(qint64, actual);
    QFETCH(double, expected);
    QFETCH(QString, anomaly);
    QCOMPARE(anomalyCode(classifyConsumption(actual, expected, AnomalyThresholds{250, 30})), anomaly);
}

void TestRules::recoveryPeriod_data()
{
    QTest::addColumn<QDate>("finding");
    QTest::addColumn<int>("maxMonths");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::newRow("found 24/11/2026, 12 months: 11/2025 to 10/2026") << QDate(2026, 11, 24) << 12 << 202511 << 202610;
    QTest::newRow("found 01/01/2026: 01/2025 to 12/2025") << QDate(2026, 1, 1) << 12 << 202501 << 202512;
    QTest::newRow("found 31/05/2026, 3 months: 02 to 04/2026") << QDate(2026, 5, 31) << 3 << 202602 << 202604;
}

void TestRules::recoveryPeriod()
{
    QFETCH(QDate, finding);
    QFETCH(int, maxMonths);
    QFETCH(int, first);
    QFETCH(int, last);
    const RecoveryPeriod p = RecoveryPeriod::before(finding, maxMonths);
    QCOMPARE(p.firstMonth, first);
    QCOMPARE(p.lastMonth, last);
}

void TestRules::impactCountsTheCalendarMonthsBeforeTheFinding()
{
    // Two households declared, one evidenced, 300 kWh every month of 01/2024–12/2026 except a gap in
    // 03–05/2026. Found on 15/06/2026: the period is 06/2025–05/2026; its recorded months are 06/2025 to
    // 02/2026 (9 months), not the last 12 recorded and not months after the finding.
    Customer c;
    c.code = QStringLiteral("PB07010000001");
    c.priceString = QStringLiteral("SHBT:100%");
    c.households = 2;
    for (int m = 202401; m <= 202612; m = addMonths(m, 1)) {
        if (m < 202603 || m > 202605)
            c.history.push_back({m, 300, std::nullopt, std::nullopt, std::nullopt});
    }
    Inspection in;
    in.checks = {QStringLiteral("households")};
    in.households.households = {{QStringLiteral("Trần Thị Lan"), QStringLiteral("cccd"), QString()}};
    const auto context = CheckContext::on(m_library, QDate(2026, 6, 15), CheckPreferences{});
    QVERIFY(context.ok());
    const auto assessed = Checks::assess(c, in, context.value());
    QVERIFY2(assessed.ok(), qPrintable(assessed.error()));
    QCOMPARE(assessed->recovery.firstMonth, 202506);
    QCOMPARE(assessed->recovery.lastMonth, 202605);
    QCOMPARE(int(assessed->total.months.size()), 9);
    QCOMPARE(assessed->total.months.front().month, 202506);
    QCOMPARE(assessed->total.months.back().month, 202602);
    // Each month, book 1279, 300 kWh:
    //   1 household (blocks 50/100/200/300): 50×1,984 + 50×2,050 + 100×2,380 + 100×2,998 = 739,500
    //   2 households (blocks 100/200/400):   100×1,984 + 100×2,050 + 100×2,380           = 641,400
    //   difference 98,100 before VAT; with 8 % VAT 798,660 − 692,712 = 105,948.
    QCOMPARE(assessed->total.months.front().differenceBeforeVat(), qint64(98100));
    QCOMPARE(assessed->total.total, qint64(9 * 105948));
    QCOMPARE(assessed->total.books, QStringList{QStringLiteral("1279/QĐ-BCT")});
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
