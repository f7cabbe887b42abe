// Tariff books as data: the built-in books load, bad books are refused with a reason naming file and field
// while the others stay in use, a newer book in the user's folder waits for a leader's acceptance (by its
// SHA-256) before it prices anything, and a book of the coming structure (5 tiers, new voltage classes, new
// groups with their CMIS codes and categories) bills with no code change. Also the dated VAT rates and
// time-of-use hours.

#include "models/tariff/billengine.h"
#include "models/tariff/tarifflibrary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ta;

namespace {

QJsonObject builtInBook(const char *name)
{
    QFile f(QStringLiteral(":/tariffs/") + QLatin1StringView(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

// A copy of 1279 as a newer decision, valid unless a test breaks it.
QJsonObject newerBook()
{
    QJsonObject o = builtInBook("1279-QD-BCT.json");
    o[QStringLiteral("decision")] = QStringLiteral("9999/QĐ-BCT");
    o[QStringLiteral("effectiveFrom")] = QStringLiteral("2026-03-01");
    return o;
}

QJsonObject withGroup(QJsonObject book, int index, const std::function<void(QJsonObject &)> &change)
{
    QJsonArray groups = book.value(QStringLiteral("groups")).toArray();
    QJsonObject g = groups.at(index).toObject();
    change(g);
    groups[index] = g;
    book[QStringLiteral("groups")] = groups;
    return book;
}

} // namespace

class TestTariffBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInBooksLoad();
    void badBooksAreRefused_data();
    void badBooksAreRefused();
    void refusedUserBookLeavesTheOthersInUse();
    void newerUserBookPricesOnlyOnceAccepted();
    void codesAndCategoriesAgreeAcrossBooks();
    void overlappingDatesAreRefused();
    void futureStructureBillsWithNoCodeChange();
    void vatRatesByDate_data();
    void vatRatesByDate();
    void touBands_data();
    void touBands();
};

void TestTariffBook::builtInBooksLoad()
{
    const TariffLibrary library = TariffLibrary::load();
    QVERIFY2(library.problems().isEmpty(), qPrintable(library.problems().join(QLatin1Char('\n'))));
    QStringList decisions;
    for (const TariffBook &b : library.books()) {
        decisions << b.decision;
        QVERIFY(!b.source.isEmpty());
        QVERIFY(b.builtIn && b.accepted);
        QCOMPARE(b.sha256.size(), 64);
        for (const TariffGroup &g : b.groups) {
            QVERIFY2(!g.category.isEmpty() && !g.cmisCodes.isEmpty(), qPrintable(g.id));
        }
    }
    // What the price strings and rules read from the books.
    QCOMPARE(library.groupForCode(QStringLiteral("shbt")), QStringLiteral("residential"));
    QCOMPARE(library.groupForCode(QStringLiteral("HCCS")), QStringLiteral("admin-public"));
    QCOMPARE(library.codeForGroup(QStringLiteral("business")), QStringLiteral("KDDV"));
    QCOMPARE(library.categoryOf(QStringLiteral("admin-health-education")), QStringLiteral("administrative"));
    QCOMPARE(library.kvOf(QStringLiteral("6-22kV")).value_or(-1), 6.0);
    QCOMPARE(library.kvOf(QStringLiteral("0.4")).value_or(-1), 0.4);
    QVERIFY(!library.kvOf(QStringLiteral("35kV-ish")));
    QVERIFY(library.pendingBooks().empty());
    QCOMPARE(decisions, (QStringList{QStringLiteral("1062/QĐ-BCT"), QStringLiteral("2941/QĐ-BCT"),
                                     QStringLiteral("2699/QĐ-BCT"), QStringLiteral("1279/QĐ-BCT")}));
    QCOMPARE(library.bookOn(QDate(2025, 5, 9))->decision, QStringLiteral("2699/QĐ-BCT"));
    QCOMPARE(library.bookOn(QDate(2025, 5, 10))->decision, QStringLiteral("1279/QĐ-BCT"));
    QCOMPARE(library.bookOn(QDate(2023, 11, 9))->decision, QStringLiteral("2941/QĐ-BCT"));
    QVERIFY(!library.bookOn(QDate(2023, 5, 3)));
    QCOMPARE(*library.lastDayOf(*library.bookOn(QDate(2024, 1, 1))), QDate(2024, 10, 10));
}

void TestTariffBook::badBooksAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::addRow("not JSON") << QByteArray("{\"decision\": ") << QStringLiteral("not valid JSON");
    QJsonObject noDecision = newerBook();
    noDecision.remove(QStringLiteral("decision"));
    QTest::addRow("no decision") << toJson(noDecision) << QStringLiteral("field decision");
    QJsonObject badDate = newerBook();
    badDate[QStringLiteral("effectiveFrom")] = QStringLiteral("01/03/2026");
    QTest::addRow("date not ISO") << toJson(badDate) << QStringLiteral("field effectiveFrom");
    QJsonObject noGroups = newerBook();
    noGroups[QStringLiteral("groups")] = QJsonArray();
    QTest::addRow("no group") << toJson(noGroups) << QStringLiteral("no price group");
    QTest::addRow("group without a category")
        << toJson(withGroup(newerBook(), 1, [](QJsonObject &g) { g.remove(QStringLiteral("category")); }))
        << QStringLiteral("groups[1].category");
    QTest::addRow("group without a CMIS code")
        << toJson(withGroup(newerBook(), 1, [](QJsonObject &g) { g[QStringLiteral("cmisCodes")] = QJsonArray(); }))
        << QStringLiteral("groups[1].cmisCodes");
    QTest::addRow("one code for two groups") << toJson(withGroup(newerBook(), 1, [](QJsonObject &g) {
        g[QStringLiteral("cmisCodes")] = QJsonArray{QStringLiteral("SHBT")};
    })) << QStringLiteral("the code SHBT already names group \"residential\"");
    QTest::addRow("a code that is not one") << toJson(withGroup(newerBook(), 1, [](QJsonObject &g) {
        g[QStringLiteral("cmisCodes")] = QJsonArray{QStringLiteral("SX BT")};
    })) << QStringLiteral("\"SX BT\" is not a price-group code");
    QTest::addRow("tier bounds not increasing") << toJson(withGroup(newerBook(), 0, [](QJsonObject &g) {
        QJsonArray tiers = g.value(QStringLiteral("tiers")).toArray();
        QJsonObject t = tiers.at(2).toObject();
        t[QStringLiteral("upTo")] = 80;
        tiers[2] = t;
        g[QStringLiteral("tiers")] = tiers;
    })) << QStringLiteral("groups[0].tiers[2].upTo");
    QTest::addRow("last tier closed") << toJson(withGroup(newerBook(), 0, [](QJsonObject &g) {
        QJsonArray tiers = g.value(QStringLiteral("tiers")).toArray();
        QJsonObject t = tiers.at(5).toObject();
        t[QStringLiteral("upTo")] = 1000;
        tiers[5] = t;
        g[QStringLiteral("tiers")] = tiers;
    })) << QStringLiteral("groups[0].tiers[5].upTo");
    QTest::addRow("negative price") << toJson(withGroup(newerBook(), 1, [](QJsonObject &g) {
        QJsonArray bands = g.value(QStringLiteral("bands")).toArray();
        QJsonObject b = bands.at(0).toObject();
        b[QStringLiteral("peak")] = -3266;
        bands[0] = b;
        g[QStringLiteral("bands")] = bands;
    })) << QStringLiteral("groups[1].bands[0].peak");
    QTest::addRow("unknown voltage class") << toJson(withGroup(newerBook(), 2, [](QJsonObject &g) {
        QJsonArray bands = g.value(QStringLiteral("bands")).toArray();
        QJsonObject b = bands.at(0).toObject();
        b[QStringLiteral("voltage")] = QStringLiteral("35kV");
        bands[0] = b;
        g[QStringLiteral("bands")] = bands;
    })) << QStringLiteral("unknown voltage class \"35kV\"");
    QTest::addRow("unknown kind") << toJson(withGroup(newerBook(), 3, [](QJsonObject &g) {
        g[QStringLiteral("kind")] = QStringLiteral("auction");
    })) << QStringLiteral("groups[3].kind");
}

void TestTariffBook::badBooksAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    auto book = TariffBook::fromJson(json, QStringLiteral("9999.json"));
    QVERIFY(!book.ok());
    QVERIFY2(book.error().contains(QStringLiteral("9999.json")), qPrintable(book.error()));
    QVERIFY2(book.error().contains(expected), qPrintable(book.error()));
}

void TestTariffBook::refusedUserBookLeavesTheOthersInUse()
{
    QTemporaryDir dir;
    QJsonObject broken = newerBook();
    broken[QStringLiteral("effectiveFrom")] = QStringLiteral("2025-06-01"); // would change June 2025 bills
    broken = withGroup(broken, 0, [](QJsonObject &g) { g[QStringLiteral("prepaid")] = -1; });
    QFile f(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(toJson(broken));
    f.close();

    const TariffLibrary library = TariffLibrary::load(dir.path());
    QCOMPARE(int(library.books().size()), 4);
    QCOMPARE(library.problems().size(), 1);
    QVERIFY(library.problems().first().contains(QStringLiteral("broken.json")));
    BillInput in;
    in.from = QDate(2025, 6, 1);
    in.to = QDate(2025, 6, 30);
    in.kwh.total = 134;
    QCOMPARE(BillEngine(library).bill(in)->amountBeforeVat, qint64(282620));
}

void TestTariffBook::newerUserBookPricesOnlyOnceAccepted()
{
    QTemporaryDir dir;
    QJsonObject newer = newerBook();
    newer = withGroup(newer, 0, [](QJsonObject &g) {
        QJsonArray tiers = g.value(QStringLiteral("tiers")).toArray();
        QJsonObject t = tiers.at(0).toObject();
        t[QStringLiteral("price")] = 2100;
        tiers[0] = t;
        g[QStringLiteral("tiers")] = tiers;
    });
    QFile f(dir.filePath(QStringLiteral("9999.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray bytes = toJson(newer);
    f.write(bytes);
    f.close();
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    BillInput in;
    in.from = QDate(2026, 3, 1);
    in.to = QDate(2026, 3, 31);
    in.kwh.total = 50;

    // Loaded and valid, but waiting: 1279 still prices March 2026 (50 × 1,984).
    TariffLibrary library = TariffLibrary::load(dir.path());
    QVERIFY(library.problems().isEmpty());
    QCOMPARE(int(library.pendingBooks().size()), 1);
    QCOMPARE(library.pendingBooks().front()->sha256, sha256);
    QCOMPARE(library.bookOn(QDate(2026, 3, 1))->decision, QStringLiteral("1279/QĐ-BCT"));
    QVERIFY(!library.lastDayOf(*library.bookOn(QDate(2026, 2, 28))));
    QCOMPARE(BillEngine(library).bill(in)->amountBeforeVat, qint64(50 * 1984));

    // Accepted by its hash: it prices from its first day (50 × 2,100), 1279 ends the day before.
    library.setAcceptedBooks({sha256});
    QVERIFY(library.pendingBooks().empty());
    QCOMPARE(library.bookOn(QDate(2026, 3, 1))->decision, QStringLiteral("9999/QĐ-BCT"));
    QCOMPARE(*library.lastDayOf(*library.bookOn(QDate(2026, 2, 28))), QDate(2026, 2, 28));
    QCOMPARE(BillEngine(library).bill(in)->amountBeforeVat, qint64(50 * 2100));

    // The same file loaded with its hash accepted; a file changed afterwards is another book and waits.
    QCOMPARE(TariffLibrary::load(dir.path(), {sha256}).bookOn(QDate(2026, 3, 1))->decision,
             QStringLiteral("9999/QĐ-BCT"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(toJson(withGroup(newer, 0, [](QJsonObject &g) { g[QStringLiteral("prepaid")] = 9999; })));
    f.close();
    const TariffLibrary changed = TariffLibrary::load(dir.path(), {sha256});
    QCOMPARE(int(changed.pendingBooks().size()), 1);
    QCOMPARE(changed.bookOn(QDate(2026, 3, 1))->decision, QStringLiteral("1279/QĐ-BCT"));
}

void TestTariffBook::codesAndCategoriesAgreeAcrossBooks()
{
    // A later book may not give a code to another group, or a group another category: a price string would
    // mean different things on either side of its date.
    TariffLibrary library = TariffLibrary::load();
    QJsonObject moved = withGroup(newerBook(), 1, [](QJsonObject &g) {
        g[QStringLiteral("cmisCodes")] = QJsonArray{QStringLiteral("KDDV")}; // production's group, business's code
    });
    moved =
        withGroup(moved, 2, [](QJsonObject &g) { g[QStringLiteral("cmisCodes")] = QJsonArray{QStringLiteral("KD2")}; });
    auto book = TariffBook::fromJson(toJson(moved), QStringLiteral("moved.json"));
    QVERIFY2(book.ok(), qPrintable(book.error()));
    Status refused = library.addBook(book.value());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("KDDV")), qPrintable(refused.error()));

    auto recategorised = TariffBook::fromJson(
        toJson(withGroup(newerBook(), 2,
                         [](QJsonObject &g) { g[QStringLiteral("category")] = QStringLiteral("production"); })),
        QStringLiteral("recategorised.json"));
    QVERIFY(recategorised.ok());
    refused = library.addBook(recategorised.value());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("category")), qPrintable(refused.error()));
}

void TestTariffBook::overlappingDatesAreRefused()
{
    TariffLibrary library = TariffLibrary::load();
    auto same = TariffBook::fromJson(toJson([] {
                                         QJsonObject o = newerBook();
                                         o[QStringLiteral("effectiveFrom")] = QStringLiteral("2025-05-10");
                                         return o;
                                     }()),
                                     QStringLiteral("same-day.json"));
    QVERIFY(same.ok());
    const Status refused = library.addBook(same.value());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("1279/QĐ-BCT")), qPrintable(refused.error()));

    auto spilling = TariffBook::fromJson(toJson([] {
                                             QJsonObject o = newerBook();
                                             o[QStringLiteral("effectiveFrom")] = QStringLiteral("2024-12-01");
                                             o[QStringLiteral("effectiveTo")] = QStringLiteral("2025-06-30");
                                             return o;
                                         }()),
                                         QStringLiteral("spilling.json"));
    QVERIFY(spilling.ok());
    QVERIFY(!library.addBook(spilling.value()).ok());

    auto duplicate = TariffBook::fromJson(toJson(builtInBook("2941-QD-BCT.json")), QStringLiteral("copy.json"));
    QVERIFY(!library.addBook(duplicate.value()).ok());
    QCOMPARE(int(library.books().size()), 4);
}

void TestTariffBook::futureStructureBillsWithNoCodeChange()
{
    TariffLibrary library = TariffLibrary::load();
    const Status added = library.addBookFile(QStringLiteral(TA_SOURCE_DIR "/tests/fixtures/tariffs/future-5-tier.json"),
                                             TariffLibrary::Trust::Accepted);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    const BillEngine engine(library);

    // 5 tiers (0–100, 101–200, 201–400, 401–700, 701+), 2 households, 500 kWh, January 2027:
    // blocks 200 / 400 / 800: 200×2,000 + 200×2,300 + 100×2,800 = 1,140,000; VAT back to 10 %.
    BillInput home;
    home.from = QDate(2027, 1, 1);
    home.to = QDate(2027, 1, 31);
    home.households = 2;
    home.kwh.total = 500;
    auto bill = engine.bill(home);
    QVERIFY2(bill.ok(), qPrintable(bill.error()));
    QCOMPARE(bill->amountBeforeVat, qint64(1140000));
    QCOMPARE(bill->vatRatePercent, 10);
    QCOMPARE(bill->vat, qint64(114000));
    QCOMPARE(bill->books, QStringList{QStringLiteral("TEST-5BAC/2027")});

    // A new group on a new voltage class: EV charging at 22 kV (the 1–35 kV band), three-rate:
    // 1,000×2,500 + 200×4,500 + 800×1,500 = 4,600,000.
    BillInput charger = home;
    charger.meter = MeterType::ThreeRate;
    charger.voltage = QStringLiteral("22-110kV");
    charger.purposes = {{QStringLiteral("ev-charging"), Purpose::Kind::Share, 100}};
    charger.kwh = {2000, 1000, 200, 800};
    bill = engine.bill(charger);
    QVERIFY2(bill.ok(), qPrintable(bill.error()));
    QCOMPARE(bill->amountBeforeVat, qint64(4600000));

    // A voltage given in kV picks the band directly: 0.4 kV → ≤1 kV, tourist accommodation 300×2,700.
    BillInput hotel = home;
    hotel.voltage = QStringLiteral("0.4");
    hotel.purposes = {{QStringLiteral("tourist-accommodation"), Purpose::Kind::Share, 100}};
    hotel.kwh.total = 300;
    QCOMPARE(engine.bill(hotel)->amountBeforeVat, qint64(810000));
    // …and the old groups in the new book still bill: undeclared renters pay its tier 2.
    BillInput renters = home;
    renters.rentersUndeclared = true;
    QCOMPARE(engine.bill(renters)->amountBeforeVat, qint64(500 * 2300));
}

void TestTariffBook::vatRatesByDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("rate");
    QTest::addRow("January 2022: before the first reduction") << QDate(2022, 1, 31) << 10;
    QTest::addRow("June 2022") << QDate(2022, 6, 30) << 8;
    QTest::addRow("March 2023: no reduction in the first half of 2023") << QDate(2023, 3, 1) << 10;
    QTest::addRow("1 July 2023") << QDate(2023, 7, 1) << 8;
    QTest::addRow("30 June 2025") << QDate(2025, 6, 30) << 8;
    QTest::addRow("31 December 2026: last day of 8 %%") << QDate(2026, 12, 31) << 8;
    QTest::addRow("1 January 2027") << QDate(2027, 1, 1) << 10;
}

void TestTariffBook::vatRatesByDate()
{
    QFETCH(QDate, date);
    QFETCH(int, rate);
    const TariffLibrary library = TariffLibrary::load();
    QCOMPARE(library.vat().rateOn(date), rate);
    QVERIFY(!library.vat().sourceOn(date).isEmpty());
}

void TestTariffBook::touBands_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<bool>("newHoursStarted");
    QTest::addColumn<int>("band");
    const auto at = [](int y, int m, int d, int h, int min) {
        return QDateTime(QDate(y, m, d), QTime(h, min));
    };
    const int normal = int(TouBand::Normal), peak = int(TouBand::Peak), off = int(TouBand::OffPeak);
    // Today's hours: Monday 2 June 2025, Sunday 1 June 2025.
    QTest::addRow("Mon 09:29 normal") << at(2025, 6, 2, 9, 29) << false << normal;
    QTest::addRow("Mon 09:30 peak") << at(2025, 6, 2, 9, 30) << false << peak;
    QTest::addRow("Mon 11:30 normal") << at(2025, 6, 2, 11, 30) << false << normal;
    QTest::addRow("Mon 17:00 peak") << at(2025, 6, 2, 17, 0) << false << peak;
    QTest::addRow("Mon 20:00 normal") << at(2025, 6, 2, 20, 0) << false << normal;
    QTest::addRow("Mon 22:00 off-peak") << at(2025, 6, 2, 22, 0) << false << off;
    QTest::addRow("Tue 03:59 off-peak") << at(2025, 6, 3, 3, 59) << false << off;
    QTest::addRow("Tue 04:00 normal") << at(2025, 6, 3, 4, 0) << false << normal;
    QTest::addRow("Sun 10:00 no peak on Sunday") << at(2025, 6, 1, 10, 0) << false << normal;
    QTest::addRow("Sun 18:00 normal") << at(2025, 6, 1, 18, 0) << false << normal;
    QTest::addRow("Sun 23:00 off-peak") << at(2025, 6, 1, 23, 0) << false << off;
    // The 04/2026 hours apply only once their billing start is set (here 1 May 2026).
    QTest::addRow("Mon 4 May 2026 21:00, start not set: old hours, normal") << at(2026, 5, 4, 21, 0) << false << normal;
    QTest::addRow("Mon 4 May 2026 21:00, new hours: peak") << at(2026, 5, 4, 21, 0) << true << peak;
    QTest::addRow("Mon 4 May 2026 17:15, new hours: normal") << at(2026, 5, 4, 17, 15) << true << normal;
    QTest::addRow("Mon 4 May 2026 05:00, new hours: off-peak") << at(2026, 5, 4, 5, 0) << true << off;
    QTest::addRow("Mon 4 May 2026 23:00, new hours: normal") << at(2026, 5, 4, 23, 0) << true << normal;
    QTest::addRow("Thu 30 April 2026 21:00, before the start") << at(2026, 4, 30, 21, 0) << true << normal;
}

void TestTariffBook::touBands()
{
    QFETCH(QDateTime, when);
    QFETCH(bool, newHoursStarted);
    QFETCH(int, band);
    TariffLibrary library = TariffLibrary::load();
    if (newHoursStarted)
        library.tou().setBillingStart(QStringLiteral("2026-04"), QDate(2026, 5, 1));
    QCOMPARE(int(library.tou().bandAt(when)), band);
}

QTEST_GUILESS_MAIN(TestTariffBook)
#include "tst_tariffbook.moc"
