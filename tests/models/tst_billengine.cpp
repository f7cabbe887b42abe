// The bill engine against worked numbers (each row shows its arithmetic), golden cases in
// tests/fixtures/bills, properties that must hold for any input, and errors that name the field.

#include "models/tariff/billcase.h"
#include "models/tariff/billengine.h"
#include "models/tariff/tarifflibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ta;

Q_DECLARE_METATYPE(ta::MeterType)

namespace {

Purpose share(const char *group, double percent)
{
    return {QString::fromLatin1(group), Purpose::Kind::Share, percent};
}
Purpose fixed(const char *group, double kwh)
{
    return {QString::fromLatin1(group), Purpose::Kind::FixedKwh, kwh};
}
Purpose remainder(const char *group)
{
    return {QString::fromLatin1(group), Purpose::Kind::Remainder, 0};
}

BillInput june(qint64 kwh, double households = 1)
{
    BillInput in;
    in.from = QDate(2025, 6, 1);
    in.to = QDate(2025, 6, 30);
    in.households = households;
    in.kwh.total = kwh;
    return in;
}

BillInput threeRate(const char *group, const char *voltage, qint64 normal, qint64 peak, qint64 offPeak)
{
    BillInput in = june(0);
    in.meter = MeterType::ThreeRate;
    in.voltage = QString::fromLatin1(voltage);
    in.purposes = {share(group, 100)};
    in.kwh = {normal + peak + offPeak, normal, peak, offPeak};
    return in;
}

} // namespace

class TestBillEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void worked_data();
    void worked();
    void realBillWithVat();
    void goldenCases_data();
    void goldenCases();
    void periodLengthInMonths_data();
    void periodLengthInMonths();
    void itemisedLinesNameTheirBook();
    void invalidInputNamesTheField_data();
    void invalidInputNamesTheField();
    void amountNeverFallsWhenKwhRises();
    void oneHouseholdResidentialIsThePlainLadder();
    void mixedMeterPartsAddUpToTheBill();

private:
    TariffLibrary m_library;
};

void TestBillEngine::initTestCase()
{
    m_library = TariffLibrary::load();
    QVERIFY2(m_library.problems().isEmpty(), qPrintable(m_library.problems().join(QLatin1Char('\n'))));
    QCOMPARE(int(m_library.books().size()), 4);
}

void TestBillEngine::worked_data()
{
    QTest::addColumn<BillInput>("input");
    QTest::addColumn<qint64>("beforeVat");

    // Tier boundaries, one household, June 2025, book 1279 (1,984 / 2,050 / 2,380 / 2,998 / 3,350 / 3,460).
    QTest::addRow("0 kWh → 0") << june(0) << qint64(0);
    QTest::addRow("50 kWh: 50×1,984") << june(50) << qint64(99200);
    QTest::addRow("51 kWh: 99,200 + 1×2,050") << june(51) << qint64(101250);
    QTest::addRow("100 kWh: 99,200 + 50×2,050") << june(100) << qint64(201700);
    QTest::addRow("101 kWh: 201,700 + 1×2,380") << june(101) << qint64(204080);
    QTest::addRow("200 kWh: 201,700 + 100×2,380") << june(200) << qint64(439700);
    QTest::addRow("201 kWh: 439,700 + 1×2,998") << june(201) << qint64(442698);
    QTest::addRow("300 kWh: 439,700 + 100×2,998") << june(300) << qint64(739500);
    QTest::addRow("301 kWh: 739,500 + 1×3,350") << june(301) << qint64(742850);
    QTest::addRow("400 kWh: 739,500 + 100×3,350") << june(400) << qint64(1074500);
    QTest::addRow("401 kWh: 1,074,500 + 1×3,460") << june(401) << qint64(1077960);

    // Households multiply every block.
    QTest::addRow("2 households, 250 kWh: 100×1,984 + 100×2,050 + 50×2,380") << june(250, 2) << qint64(522400);
    QTest::addRow("3 households, 250 kWh: 150×1,984 + 100×2,050") << june(250, 3) << qint64(502600);
    QTest::addRow("4 households, 500 kWh: 200×1,984 + 200×2,050 + 100×2,380") << june(500, 4) << qint64(1044800);
    QTest::addRow("1.25 households, 134 kWh: blocks 62.5→63, 125: 63×1,984 + 62×2,050 + 9×2,380")
        << june(134, 1.25) << qint64(273512);
    QTest::addRow("2.5 households, 300 kWh: 125×1,984 + 125×2,050 + 50×2,380") << june(300, 2.5) << qint64(623250);
    QTest::addRow("0.75 household (3 renters), 100 kWh: 38×1,984 + 37×2,050 + 25×2,380")
        << june(100, 0.75) << qint64(210742);

    // Shares, fixed kWh and the remainder.
    BillInput mixed = june(500, 2);
    mixed.purposes = {share("residential", 70), remainder("business")};
    QTest::addRow("2 households, 500 kWh, 70 %% residential + remainder business: 760,400 + 150×3,152")
        << mixed << qint64(1233200);
    BillInput odd = june(333);
    odd.purposes = {share("residential", 33.3), remainder("business")};
    QTest::addRow("333 kWh, 33.3 %% residential (110 kWh, rounded down) + remainder 223×3,152: 225,500 + 702,896")
        << odd << qint64(928396);
    BillInput fixedFirst = june(450);
    fixedFirst.purposes = {fixed("business", 300), remainder("residential")};
    QTest::addRow("450 kWh, 300 kWh business fixed + residential rest: 945,600 + 320,700")
        << fixedFirst << qint64(1266300);
    BillInput halves = june(101);
    halves.purposes = {share("residential", 50), share("business", 50)};
    QTest::addRow("101 kWh 50/50, leftover kWh to the first largest share: 51 res (101,250) + 50×3,152")
        << halves << qint64(258850);
    BillInput fixedCapped = june(200);
    fixedCapped.purposes = {fixed("business", 300), remainder("residential")};
    QTest::addRow("fixed 300 kWh but only 200 consumed: 200×3,152") << fixedCapped << qint64(630400);

    // Three-rate production and business at every voltage: 1,000 normal, 300 peak, 500 off-peak.
    QTest::addRow("production >=110kV: 1,000×1,811 + 300×3,266 + 500×1,146")
        << threeRate("production", ">=110kV", 1000, 300, 500) << qint64(3363800);
    QTest::addRow("production 22-110kV: 1,000×1,833 + 300×3,398 + 500×1,190")
        << threeRate("production", "22-110kV", 1000, 300, 500) << qint64(3447400);
    QTest::addRow("production 6-22kV: 1,000×1,899 + 300×3,508 + 500×1,234")
        << threeRate("production", "6-22kV", 1000, 300, 500) << qint64(3568400);
    QTest::addRow("production <6kV: 1,000×1,987 + 300×3,640 + 500×1,300")
        << threeRate("production", "<6kV", 1000, 300, 500) << qint64(3729000);
    QTest::addRow("business >=110kV uses the >=22kV band: 1,000×2,887 + 300×5,025 + 500×1,609")
        << threeRate("business", ">=110kV", 1000, 300, 500) << qint64(5199000);
    QTest::addRow("business 22-110kV: same band")
        << threeRate("business", "22-110kV", 1000, 300, 500) << qint64(5199000);
    QTest::addRow("business 6-22kV: 1,000×3,108 + 300×5,202 + 500×1,829")
        << threeRate("business", "6-22kV", 1000, 300, 500) << qint64(5583100);
    QTest::addRow("business <6kV: 1,000×3,152 + 300×5,422 + 500×1,918")
        << threeRate("business", "<6kV", 1000, 300, 500) << qint64(5737600);
    BillInput singleBusiness = june(1800);
    singleBusiness.purposes = {share("business", 100)};
    QTest::addRow("single-rate business pays the normal price: 1,800×3,152") << singleBusiness << qint64(5673600);
    BillInput threeRateMixed = threeRate("business", "<6kV", 600, 200, 200);
    threeRateMixed.purposes = {share("business", 50), remainder("residential")};
    QTest::addRow("three-rate 50 %% business (300/100/100 by register: 1,679,600) + residential 500 kWh on the "
                  "ladder (50/50/100/100/100/100: 1,420,500)")
        << threeRateMixed
        << qint64(300 * 3152 + 100 * 5422 + 100 * 1918 + 50 * 1984 + 50 * 2050 + 100 * 2380 + 100 * 2998 + 100 * 3350 +
                  100 * 3460);

    // Administrative groups: single price by voltage.
    BillInput health = june(1000);
    health.purposes = {share("admin-health-education", 100)};
    QTest::addRow("schools <6kV: 1,000×2,072") << health << qint64(2072000);
    health.voltage = QStringLiteral("6-22kV");
    QTest::addRow("schools 6-22kV (>=6kV band): 1,000×1,940") << health << qint64(1940000);
    BillInput publicBody = june(1000);
    publicBody.purposes = {share("admin-public", 100)};
    QTest::addRow("public bodies <6kV: 1,000×2,226") << publicBody << qint64(2226000);
    publicBody.voltage = QStringLiteral("22-110kV");
    QTest::addRow("public bodies 22-110kV: 1,000×2,138") << publicBody << qint64(2138000);
    publicBody.meter = MeterType::ThreeRate;
    publicBody.kwh = {1000, 600, 200, 200};
    QTest::addRow("public body on a three-rate meter still pays one price") << publicBody << qint64(2138000);

    // Prepaid and undeclared renters.
    BillInput prepaid = june(134);
    prepaid.meter = MeterType::Prepaid;
    QTest::addRow("prepaid 134 kWh: 134×2,909") << prepaid << qint64(389806);
    BillInput renters = june(134, 3);
    renters.rentersUndeclared = true;
    QTest::addRow("undeclared renters: all 134 kWh at tier 3, 2,380") << renters << qint64(318920);

    // Periods.
    BillInput across = june(300);
    across.from = QDate(2025, 4, 25);
    across.to = QDate(2025, 5, 24);
    QTest::addRow("25/04–24/05/2025: 15 days on 2699 (352,775) + 15 days on 1279 (369,750)")
        << across << qint64(722525);
    BillInput may = june(200);
    may.from = QDate(2025, 5, 1);
    may.to = QDate(2025, 5, 31);
    QTest::addRow("May 2025: 9/31 on 2699 (58 kWh: 15/14/29 → 121,638) + 22/31 on 1279 (142 kWh: 35/36/71 → 312,220)")
        << may << qint64(433858);
    BillInput twoMonths = june(400);
    twoMonths.to = QDate(2025, 7, 31);
    QTest::addRow("June–July 2025, 400 kWh: blocks doubled, 100×1,984 + 100×2,050 + 200×2,380")
        << twoMonths << qint64(879400);
    BillInput half = june(100);
    half.to = QDate(2025, 6, 15);
    QTest::addRow("1–15 June: half a month, blocks 25/50/100: 25×1,984 + 25×2,050 + 50×2,380")
        << half << qint64(219850);
    BillInput july = june(134);
    july.from = QDate(2025, 7, 1);
    july.to = QDate(2025, 7, 31);
    QTest::addRow("a 31-day billing month is one month too: 282,620") << july << qint64(282620);
    BillInput midMonth = june(134);
    midMonth.from = QDate(2025, 6, 15);
    midMonth.to = QDate(2025, 7, 14);
    QTest::addRow("15/06–14/07 is one billing month: 282,620") << midMonth << qint64(282620);
}

void TestBillEngine::worked()
{
    QFETCH(BillInput, input);
    QFETCH(qint64, beforeVat);
    const BillEngine engine(m_library);
    auto bill = engine.bill(input);
    QVERIFY2(bill.ok(), qPrintable(bill.error()));
    QCOMPARE(bill->amountBeforeVat, beforeVat);
    qint64 sum = 0;
    for (const BillLine &l : bill->lines) {
        QCOMPARE(l.amount, l.kwh * l.unitPrice);
        sum += l.amount;
    }
    QCOMPARE(sum, beforeVat);
    QCOMPARE(bill->amount, bill->amountBeforeVat + bill->vat);
}

void TestBillEngine::realBillWithVat()
{
    const BillEngine engine(m_library);
    auto bill = engine.bill(june(134));
    QVERIFY(bill.ok());
    QCOMPARE(bill->amountBeforeVat, qint64(282620));
    QCOMPARE(bill->vatRatePercent, 8);
    QCOMPARE(bill->vat, qint64(22610)); // 22,609.6 rounded half up
    QCOMPARE(bill->amount, qint64(305230));
    QCOMPARE(bill->books, QStringList{QStringLiteral("1279/QĐ-BCT")});
}

void TestBillEngine::goldenCases_data()
{
    QTest::addColumn<QString>("folder");
    const QDir root(QStringLiteral(TA_SOURCE_DIR "/tests/fixtures/bills"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 7);
    for (const QString &name : cases)
        QTest::addRow("%s", qPrintable(name)) << root.filePath(name);
}

void TestBillEngine::goldenCases()
{
    QFETCH(QString, folder);
    QFile caseFile(folder + QStringLiteral("/case.json"));
    QFile expectedFile(folder + QStringLiteral("/expected.json"));
    QVERIFY(caseFile.open(QIODevice::ReadOnly));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    auto input = BillCase::fromJson(caseFile.readAll());
    QVERIFY2(input.ok(), qPrintable(input.error()));
    auto bill = BillEngine(m_library).bill(input.value());
    QVERIFY2(bill.ok(), qPrintable(bill.error()));
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
    const QJsonObject actual = bill->toJson();
    for (const char *key : {"amount_before_vat", "vat", "amount", "book"})
        QCOMPARE(actual.value(QLatin1StringView(key)), expected.value(QLatin1StringView(key)));
}

void TestBillEngine::periodLengthInMonths_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<double>("months");
    QTest::addRow("June") << QDate(2025, 6, 1) << QDate(2025, 6, 30) << 1.0;
    QTest::addRow("July (31 days)") << QDate(2025, 7, 1) << QDate(2025, 7, 31) << 1.0;
    QTest::addRow("February 2024 (leap)") << QDate(2024, 2, 1) << QDate(2024, 2, 29) << 1.0;
    QTest::addRow("15/06–14/07") << QDate(2025, 6, 15) << QDate(2025, 7, 14) << 1.0;
    QTest::addRow("June–July") << QDate(2025, 6, 1) << QDate(2025, 7, 31) << 2.0;
    QTest::addRow("1–15 June") << QDate(2025, 6, 1) << QDate(2025, 6, 15) << 0.5;
    QTest::addRow("June + 10 days of July") << QDate(2025, 6, 1) << QDate(2025, 7, 10) << 1.0 + 10.0 / 31.0;
}

void TestBillEngine::periodLengthInMonths()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(double, months);
    QVERIFY(qFuzzyCompare(BillEngine::monthsIn(from, to), months));
}

void TestBillEngine::itemisedLinesNameTheirBook()
{
    BillInput across = june(300);
    across.from = QDate(2025, 4, 25);
    across.to = QDate(2025, 5, 24);
    auto bill = BillEngine(m_library).bill(across);
    QVERIFY(bill.ok());
    QCOMPARE(bill->books, (QStringList{QStringLiteral("2699/QĐ-BCT"), QStringLiteral("1279/QĐ-BCT")}));
    QCOMPARE(bill->lines.front().book, QStringLiteral("2699/QĐ-BCT"));
    QCOMPARE(bill->lines.front().to, QDate(2025, 5, 9));
    QCOMPARE(bill->lines.back().book, QStringLiteral("1279/QĐ-BCT"));
    QCOMPARE(bill->lines.back().from, QDate(2025, 5, 10));
    QCOMPARE(bill->toJson().value(QStringLiteral("book")).toString(), QStringLiteral("1279/QĐ-BCT"));
}

void TestBillEngine::invalidInputNamesTheField_data()
{
    QTest::addColumn<BillInput>("input");
    QTest::addColumn<QString>("field");
    BillInput negative = june(-5);
    QTest::addRow("negative kWh") << negative << QStringLiteral("kwh");
    BillInput over = june(100);
    over.purposes = {share("residential", 80), share("business", 30)};
    QTest::addRow("shares over 100 %%") << over << QStringLiteral("purposes");
    BillInput under = june(100);
    under.purposes = {share("residential", 80)};
    QTest::addRow("shares under 100 %% without remainder") << under << QStringLiteral("purposes");
    BillInput twoRemainders = june(100);
    twoRemainders.purposes = {remainder("residential"), remainder("business")};
    QTest::addRow("two remainder lines") << twoRemainders << QStringLiteral("purposes[1].remainder");
    BillInput unknownGroup = june(100);
    unknownGroup.purposes = {share("karaoke", 100)};
    QTest::addRow("unknown group") << unknownGroup << QStringLiteral("purposes[0].group");
    BillInput zeroShare = june(100);
    zeroShare.purposes = {share("residential", 0), remainder("business")};
    QTest::addRow("zero share") << zeroShare << QStringLiteral("purposes[0].share");
    BillInput early = june(100);
    early.from = QDate(2023, 1, 1);
    early.to = QDate(2023, 1, 31);
    QTest::addRow("no book covers the period") << early << QStringLiteral("from");
    BillInput registersOnSingle = june(0);
    registersOnSingle.kwh = {100, 60, 20, 20};
    QTest::addRow("three-rate kWh on a single-rate meter") << registersOnSingle << QStringLiteral("kwh");
    BillInput threeRateTotalOnly = june(100);
    threeRateTotalOnly.meter = MeterType::ThreeRate;
    threeRateTotalOnly.purposes = {share("business", 100)};
    QTest::addRow("three-rate business without registers") << threeRateTotalOnly << QStringLiteral("kwh");
    BillInput households = june(100, 1.3);
    QTest::addRow("households not in quarter steps") << households << QStringLiteral("households");
    BillInput noHouseholds = june(100, 0);
    QTest::addRow("zero households") << noHouseholds << QStringLiteral("households");
    BillInput voltage = june(100);
    voltage.voltage = QStringLiteral("medium");
    QTest::addRow("unknown voltage") << voltage << QStringLiteral("voltage");
    BillInput backwards = june(100);
    backwards.to = QDate(2025, 5, 1);
    QTest::addRow("period ends before it starts") << backwards << QStringLiteral("to");
    BillInput prepaidOld = june(100);
    prepaidOld.meter = MeterType::Prepaid;
    prepaidOld.from = QDate(2023, 6, 1);
    prepaidOld.to = QDate(2023, 6, 30);
    QTest::addRow("prepaid where the book has no prepaid price") << prepaidOld << QStringLiteral("meter");
    BillInput negativePeak = june(0);
    negativePeak.meter = MeterType::ThreeRate;
    negativePeak.kwh = {90, 100, -10, 0};
    QTest::addRow("negative peak register") << negativePeak << QStringLiteral("kwh.peak");
}

void TestBillEngine::invalidInputNamesTheField()
{
    QFETCH(BillInput, input);
    QFETCH(QString, field);
    auto bill = BillEngine(m_library).bill(input);
    QVERIFY(!bill.ok());
    QVERIFY2(bill.error().startsWith(field + QStringLiteral(": ")), qPrintable(bill.error()));
}

void TestBillEngine::amountNeverFallsWhenKwhRises()
{
    const BillEngine engine(m_library);
    const QList<QList<Purpose>> mixes{{},
                                      {share("residential", 70), remainder("business")},
                                      {fixed("business", 120), remainder("residential")},
                                      {share("residential", 33.3), share("admin-public", 66.7)}};
    for (double households : {0.25, 1.0, 1.75, 3.0}) {
        for (const QList<Purpose> &mix : mixes) {
            for (const auto &[from, to] : {std::pair{QDate(2025, 6, 1), QDate(2025, 6, 30)},
                                           std::pair{QDate(2025, 4, 20), QDate(2025, 5, 22)}}) {
                BillInput in = june(0, households);
                in.purposes = mix;
                in.from = from;
                in.to = to;
                qint64 previous = -1;
                for (qint64 kwh = 0; kwh <= 1500; kwh += 7) {
                    in.kwh.total = kwh;
                    auto bill = engine.bill(in);
                    QVERIFY2(bill.ok(), qPrintable(bill.error()));
                    QVERIFY2(bill->amountBeforeVat >= previous,
                             qPrintable(QStringLiteral("%1 kWh, %2 households").arg(kwh).arg(households)));
                    previous = bill->amountBeforeVat;
                }
            }
        }
    }
    // Three-rate: more kWh in any register never lowers the bill.
    qint64 previous = -1;
    for (qint64 peak = 0; peak <= 500; peak += 25) {
        auto bill = engine.bill(threeRate("production", "<6kV", 1000, peak, 300));
        QVERIFY(bill.ok());
        QVERIFY(bill->amountBeforeVat > previous);
        previous = bill->amountBeforeVat;
    }
}

void TestBillEngine::oneHouseholdResidentialIsThePlainLadder()
{
    const BillEngine engine(m_library);
    const TariffBook *book = m_library.bookOn(QDate(2025, 6, 1));
    QVERIFY(book);
    const TariffGroup *ladder = book->group(QStringLiteral("residential"));
    for (qint64 kwh = 0; kwh <= 2000; kwh += 13) {
        qint64 expected = 0, lower = 0;
        for (const Tier &t : ladder->tiers) {
            const qint64 upper = t.upTo ? *t.upTo : kwh;
            expected += std::max<qint64>(0, std::min(kwh, upper) - lower) * t.price;
            lower = upper;
        }
        BillInput in = june(kwh);
        in.purposes = {share("residential", 100)};
        QCOMPARE(engine.bill(in)->amountBeforeVat, expected);
        QCOMPARE(engine.bill(june(kwh))->amountBeforeVat, expected); // no purposes = 100 % residential
    }
}

void TestBillEngine::mixedMeterPartsAddUpToTheBill()
{
    const BillEngine engine(m_library);
    for (qint64 kwh : {0, 1, 99, 250, 777, 1234}) {
        BillInput mixed = june(kwh, 2);
        mixed.purposes = {share("residential", 60), share("production", 25), remainder("business")};
        auto whole = engine.bill(mixed);
        QVERIFY(whole.ok());
        // Bill each part on its own with the kWh the whole bill gave it.
        qint64 parts = 0;
        for (const QString &group :
             {QStringLiteral("residential"), QStringLiteral("production"), QStringLiteral("business")}) {
            qint64 groupKwh = 0;
            for (const BillLine &l : whole->lines)
                groupKwh += l.group == group ? l.kwh : 0;
            BillInput part = june(groupKwh, 2);
            part.purposes = {Purpose{group, Purpose::Kind::Share, 100}};
            parts += engine.bill(part)->amountBeforeVat;
        }
        QCOMPARE(parts, whole->amountBeforeVat);
        qint64 kwhSum = 0;
        for (const BillLine &l : whole->lines)
            kwhSum += l.kwh;
        QCOMPARE(kwhSum, kwh);
    }
}

QTEST_GUILESS_MAIN(TestBillEngine)
#include "tst_billengine.moc"
