// Synthetic customers: deterministic per seed, the documented template, and a realistic branch with the
// cases the campaign hunts for present at plausible rates.

#include "models/customers/customercsvwriter.h"
#include "models/customers/customergenerator.h"
#include "models/customers/historycodec.h"
#include "models/customers/importtemplate.h"
#include "models/customers/samplelist.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ta;

namespace {

// A minimal RFC 4180 reader, enough to read back what the writer wrote.
QList<QStringList> readCsv(const QByteArray &data)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(data);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

std::vector<Customer> generate(int n, quint64 seed)
{
    GeneratorOptions o;
    o.customers = n;
    o.seed = seed;
    o.lastMonth = 202510;
    CustomerGenerator g(o);
    std::vector<Customer> out;
    out.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i)
        out.push_back(g.next());
    return out;
}

QByteArray csv(int n, quint64 seed)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    GeneratorOptions o;
    o.customers = n;
    o.seed = seed;
    o.lastMonth = 202510;
    CustomerGenerator g(o);
    CustomerCsvWriter w(buffer, o.lastMonth);
    w.writeHeader();
    for (int i = 0; i < n; ++i)
        w.write(g.next());
    w.finish();
    return buffer.data();
}

QString firstGroup(const Customer &c)
{
    return c.priceString.section(QLatin1Char(':'), 0, 0);
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameBytes();
    void aNewestMonthThatIsNotAMonthIsTheDefault_data();
    void aNewestMonthThatIsNotAMonthIsTheDefault();
    void csvFollowsTheTemplate();
    void codesAndSerialsAreWellFormedAndUnique();
    void customerMixIsRealistic();
    void householdsAreQuarterSteps();
    void threeRateRegistersAddUp();
    void plantedCasesArePresent();
    void routeBooksAreInReadingOrder();
    void consumptionHasSouthernSeasonality();
    void sampleListWritesWholeFileOrNothing();
    void historyRoundTripsAndSkipsDamage_data();
    void historyRoundTripsAndSkipsDamage();
};

void TestGenerator::sameSeedSameBytes()
{
    const QByteArray a = csv(1500, 7);
    QCOMPARE(csv(1500, 7), a);
    QVERIFY(csv(1500, 8) != a);
}

void TestGenerator::aNewestMonthThatIsNotAMonthIsTheDefault_data()
{
    QTest::addColumn<int>("lastMonth");
    QTest::addColumn<int>("newest"); // the newest month of every history
    QTest::newRow("unset") << 0 << 202510;
    QTest::newRow("month 13") << 202513 << 202510;
    QTest::newRow("month 0") << 202600 << 202510;
    QTest::newRow("negative") << -202501 << 202510;
    QTest::newRow("a year only") << 2025 << 202510;
    QTest::newRow("December") << 202412 << 202412;
    QTest::newRow("January") << 202601 << 202601;
}

void TestGenerator::aNewestMonthThatIsNotAMonthIsTheDefault()
{
    QFETCH(int, lastMonth);
    QFETCH(int, newest);
    GeneratorOptions o;
    o.customers = 400;
    o.seed = 5;
    o.lastMonth = lastMonth;
    CustomerGenerator g(o);
    for (int i = 0; i < o.customers; ++i) {
        const Customer c = g.next();
        QCOMPARE(c.history.size(), std::size_t(12));
        QCOMPARE(c.history.back().month, newest);
        // Twelve consecutive months, each a yyyymm.
        for (std::size_t m = 0; m < c.history.size(); ++m) {
            QCOMPARE(c.history[m].month, addMonths(newest, int(m) - 11));
            QVERIFY2(c.history[m].month % 100 >= 1 && c.history[m].month % 100 <= 12,
                     qPrintable(QString::number(c.history[m].month)));
        }
    }
}

void TestGenerator::csvFollowsTheTemplate()
{
    const QList<QStringList> rows = readCsv(csv(300, 3));
    QCOMPARE(rows.size(), 301);
    QCOMPARE(rows.first(), ImportTemplate::columns(202510));
    QCOMPARE(rows.first().at(0), QStringLiteral("MA_KHANG"));
    QCOMPARE(rows.first().at(15), QStringLiteral("NGAY_KT_TLG"));
    QCOMPARE(rows.first().at(16), QStringLiteral("SL_202411"));
    QCOMPARE(rows.first().last(), QStringLiteral("SL_TD_202510"));
    const std::vector<Customer> customers = generate(300, 3);
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i);
        const Customer &c = customers.at(std::size_t(i - 1));
        QCOMPARE(r.size(), rows.first().size());
        QCOMPARE(r.at(0), c.code);
        QCOMPARE(r.at(1), c.name);
        QCOMPARE(r.at(2), c.address); // addresses hold commas: quoted and read back whole
        QCOMPARE(r.at(8).toInt(), int(c.meterKind));
        QCOMPARE(r.at(11).toDouble(), c.households);
        QCOMPARE(r.at(12), c.priceString);
        QCOMPARE(r.at(15), c.lastRatioCheck.toString(Qt::ISODate));
        QCOMPARE(r.at(16 + 4 * 11).toInt(), c.history.back().kwh);
    }
}

void TestGenerator::codesAndSerialsAreWellFormedAndUnique()
{
    const QRegularExpression code(QStringLiteral("^P[BEKD][0-9A-Z]{4}[0-9]{7}$"));
    const QRegularExpression phone(QStringLiteral("^0[3789][0-9]{8}$"));
    QSet<QString> codes, serials;
    for (const Customer &c : generate(20000, 11)) {
        QVERIFY2(code.match(c.code).hasMatch(), qPrintable(c.code));
        QCOMPARE(c.code.size(), 13);
        QVERIFY2(c.phone.isEmpty() || phone.match(c.phone).hasMatch(), qPrintable(c.phone));
        codes.insert(c.code);
        serials.insert(c.meterSerial);
        QVERIFY(!c.name.isEmpty());
        QVERIFY(c.address.contains(QStringLiteral("Tỉnh Bình Dương")));
    }
    QCOMPARE(codes.size(), 20000);
    QCOMPARE(serials.size(), 20000);
}

void TestGenerator::customerMixIsRealistic()
{
    QHash<QString, int> groups;
    int production22kV = 0;
    for (const Customer &c : generate(20000, 5)) {
        ++groups[firstGroup(c)];
        if (firstGroup(c) == QLatin1StringView("SXBT") && c.voltage != QLatin1StringView("<6kV"))
            ++production22kV;
    }
    const auto share = [&](const char *g) {
        return groups.value(QLatin1StringView(g)) / 20000.0;
    };
    QVERIFY2(share("SHBT") > 0.86 && share("SHBT") < 0.91, qPrintable(QString::number(share("SHBT"))));
    QVERIFY(share("KDDV") > 0.05 && share("KDDV") < 0.08);
    QVERIFY(share("SXBT") > 0.02 && share("SXBT") < 0.04);
    QVERIFY(share("HCBV") > 0.005 && share("HCBV") < 0.015);
    QVERIFY(share("HCCS") > 0.005 && share("HCCS") < 0.015);
    QVERIFY(production22kV > 0);
}

void TestGenerator::householdsAreQuarterSteps()
{
    int shared = 0, renters = 0;
    for (const Customer &c : generate(20000, 9)) {
        QVERIFY(c.households >= 1);
        QCOMPARE(c.households * 4, std::round(c.households * 4));
        if (c.households > 1)
            ++shared;
        if (c.households != std::floor(c.households))
            ++renters;
    }
    QVERIFY2(shared > 1000 && shared < 4000, qPrintable(QString::number(shared)));
    QVERIFY(renters > 100);
}

void TestGenerator::threeRateRegistersAddUp()
{
    int threeRate = 0;
    for (const Customer &c : generate(10000, 13)) {
        QCOMPARE(int(c.history.size()), 12);
        for (const MonthlyConsumption &m : c.history) {
            QVERIFY(m.kwh >= 0);
            if (c.meterKind == MeterKind::ThreeRate) {
                QVERIFY(m.normal && m.peak && m.offPeak);
                QCOMPARE(*m.normal + *m.peak + *m.offPeak, m.kwh);
                QVERIFY(*m.normal >= 0 && *m.peak >= 0 && *m.offPeak >= 0);
            } else {
                QVERIFY(!m.normal && !m.peak && !m.offPeak);
            }
        }
        threeRate += c.meterKind == MeterKind::ThreeRate;
    }
    QVERIFY(threeRate > 100);
}

void TestGenerator::plantedCasesArePresent()
{
    int mustMoveToThreeRate = 0, mixed = 0, zeroMonths = 0, crowded = 0, adminWithBusiness = 0;
    for (const Customer &c : generate(50000, 21)) {
        const QString group = firstGroup(c);
        const bool commercial = group == QLatin1StringView("KDDV") || group == QLatin1StringView("SXBT");
        const auto &h = c.history;
        const double lastThree = (h[9].kwh + h[10].kwh + h[11].kwh) / 3.0;
        if (commercial && c.meterKind == MeterKind::SingleRate && (lastThree >= 2000 || c.transformerKva >= 25))
            ++mustMoveToThreeRate;
        if (c.priceString.contains(QLatin1Char(';')))
            ++mixed;
        if ((group == QLatin1StringView("HCBV") || group == QLatin1StringView("HCCS")) &&
            c.priceString.contains(QStringLiteral("KDDV")))
            ++adminWithBusiness;
        for (const MonthlyConsumption &m : h)
            zeroMonths += m.kwh == 0;
        if (group == QLatin1StringView("SHBT") && c.households >= 3 && lastThree < 60 * c.households)
            ++crowded;
    }
    QVERIFY2(mustMoveToThreeRate > 50, qPrintable(QString::number(mustMoveToThreeRate)));
    QVERIFY(mixed > 2000);
    QVERIFY(adminWithBusiness > 10);
    QVERIFY(zeroMonths > 50);
    QVERIFY2(crowded > 100, qPrintable(QString::number(crowded)));
}

void TestGenerator::routeBooksAreInReadingOrder()
{
    QHash<QString, int> lastOrder;
    QHash<QString, QString> bookSubstation;
    for (const Customer &c : generate(5000, 17)) {
        QCOMPARE(c.routeOrder, lastOrder.value(c.routeBook) + 1);
        lastOrder[c.routeBook] = c.routeOrder;
        if (bookSubstation.contains(c.routeBook))
            QCOMPARE(c.substation, bookSubstation.value(c.routeBook));
        bookSubstation[c.routeBook] = c.substation;
    }
    QVERIFY(lastOrder.size() >= 5);
}

void TestGenerator::consumptionHasSouthernSeasonality()
{
    double may = 0, january = 0;
    for (const Customer &c : generate(5000, 19)) {
        if (firstGroup(c) != QLatin1StringView("SHBT"))
            continue;
        for (const MonthlyConsumption &m : c.history) {
            if (m.month == 202505)
                may += m.kwh;
            if (m.month == 202501)
                january += m.kwh;
        }
    }
    QVERIFY2(may > january * 1.15, qPrintable(QStringLiteral("%1 vs %2").arg(may).arg(january)));
}

void TestGenerator::sampleListWritesWholeFileOrNothing()
{
    QTemporaryDir dir;
    GeneratorOptions o;
    o.customers = 120000;
    o.seed = 1;
    o.lastMonth = 202510;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    const Status cancelled = SampleCustomerList::write(o, path, [](int done, int) { return done < 50000; });
    QVERIFY(!cancelled.ok());
    QVERIFY(!QFile::exists(path));
    o.customers = 1000;
    QVERIFY(SampleCustomerList::write(o, path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count('\n'), 1001);
}

void TestGenerator::historyRoundTripsAndSkipsDamage_data()
{
    QTest::addColumn<QString>("packed");
    QTest::addColumn<QString>("expected"); // encode(decode(packed))
    QTest::addRow("totals") << QStringLiteral("202501:10;202502:0") << QStringLiteral("202501:10;202502:0");
    QTest::addRow("registers") << QStringLiteral("202501:100:60:20:20") << QStringLiteral("202501:100:60:20:20");
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("damaged entries are skipped")
        << QStringLiteral("202501:10;bad;202502:-5;202503:;:7;202504:1:2;202505:20;202506:1:2:3:4:5:6")
        << QStringLiteral("202501:10;202505:20");
    QTest::addRow("separators at the ends and doubled")
        << QStringLiteral(";202501:10;;202502:20;") << QStringLiteral("202501:10;202502:20");
    QTest::addRow("ten digits") << QStringLiteral("202501:1234567890") << QStringLiteral("202501:1234567890");
    QTest::addRow("past the largest int: skipped, not wrapped")
        << QStringLiteral("202501:12345678901;202502:5;202503:2147483648;202504:2147483647")
        << QStringLiteral("202502:5;202504:2147483647");
    QTest::addRow("months out of range") << QStringLiteral("0:5;999913:5;999912:5") << QStringLiteral("999912:5");
    QTest::addRow("a lone month, a sign, a space")
        << QStringLiteral("202501;202502:+5;202503: 5;202504:5") << QStringLiteral("202504:5");
    QTest::addRow("three or four values")
        << QStringLiteral("202501:10:1:2;202502:10:1:2:3;202503:9:1") << QStringLiteral("202502:10:1:2:3");
}

void TestGenerator::historyRoundTripsAndSkipsDamage()
{
    QFETCH(QString, packed);
    QFETCH(QString, expected);
    QCOMPARE(HistoryCodec::encode(HistoryCodec::decode(packed)), expected);
    // The stored bytes read the same, also into a list that held other months before.
    const QByteArray bytes = packed.toLatin1();
    QCOMPARE(HistoryCodec::encode(HistoryCodec::decode(QByteArrayView(bytes))), expected);
    std::vector<MonthlyConsumption> reused{{202001, 1, 1, 0, 0}, {202002, 2, std::nullopt, std::nullopt, std::nullopt}};
    HistoryCodec::decode(QByteArrayView(bytes), reused);
    QCOMPARE(HistoryCodec::encode(reused), expected);
    for (const Customer &c : generate(200, 23))
        QCOMPARE(HistoryCodec::encode(HistoryCodec::decode(HistoryCodec::encode(c.history))),
                 HistoryCodec::encode(c.history));
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
