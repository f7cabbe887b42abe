// Pre-screening rules on worked data: who is flagged, why, and what it is worth (the bill engine's
// figures, worked beside each case), switched off and tuned by the rules, ranked by money.

#include "models/core/clock.h"
#include "models/customers/customergenerator.h"
#include "models/customers/customerrepository.h"
#include "models/customers/samplelist.h"
#include "models/importing/customerimport.h"
#include "models/importing/xlsxreader.h"
#include "models/prescreen/flaggedlist.h"
#include "models/prescreen/prescreener.h"
#include "models/storage/profiledata.h"
#include "models/tariff/billengine.h"
#include "models/tariff/tarifflibrary.h"
#include "models/workspace/trainingdata.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <QTemporaryDir>
#include <QTest>
#include <QtSql/QSqlQuery>
#include <optional>

using namespace ta;

namespace {

// Four months, July–October 2025 (book 1279, VAT 8 %); the typical month is the average of the last three.
const char *const kList =
    "MA_KHANG,TEN_KHANG,LOAI_DDO,SO_HO,CHUOI_GIA,CSUAT_TBA_KVA,NGAY_KT_TLG,SL_202507,SL_202508,SL_202509,SL_202510\n"
    "PB07010000001,Hai hộ,1,2,SHBT:100%,,,250,250,250,250\n"
    "PB07010000002,Người thuê,1,1.75,SHBT:100%,,,250,250,250,250\n"
    "PB07010000003,Nhà có quán,1,1,SHBT:80%;KDDV:CL,,2020-01-01,300,300,300,300\n"
    "PB07010000004,Nhà có quán mới kiểm,1,1,SHBT:80%;KDDV:CL,,2025-06-01,300,300,300,300\n"
    "PB07010000005,UBND phường,1,1,HCCS:100%,,,1000,1000,1000,1000\n"
    "PB07010000006,Xưởng may,1,1,KDDV:100%,,,3000,3000,3000,3000\n"
    "PB07010000007,Cửa hàng có trạm riêng,1,1,KDDV:100%,50,,500,500,500,500\n"
    "PB07010000008,Cửa hàng nhỏ,1,1,KDDV:100%,,,1500,1500,1500,1500\n"
    "PB07010000009,Nhà bỏ trống,1,1,SHBT:100%,,,200,200,200,0\n"
    "PB07010000010,Nhà tăng vọt,1,1,SHBT:100%,,,100,100,100,400\n";

} // namespace

class TestPrescreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void flagsWithReasonsAndImpact_data();
    void flagsWithReasonsAndImpact();
    void rankedByMoneyAndExported();
    void rulesCanBeSwitchedAndTuned();
    void batchesAgreeWithRowByRow();
    void judgedAsImportedAgreesWithThePrescreen();
    void changedResultsAreWrittenAsAWholeRunWould();

private:
    struct Stored
    {
        bool found = false;
        QString reason;
        std::optional<qint64> monthly; ///< empty: unknown (NULL), never a 0 that would rank as money
        std::optional<qint64> yearly;
        QString note; ///< why it is unknown
    };
    Stored flag(const QString &code, const QString &rule);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    TariffLibrary m_library;
};

void TestPrescreen::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = ProfileData::open(m_dir->filePath(QStringLiteral("d.sqlite")), WorkspaceKind::Real).value();
    m_library = TariffLibrary::load();
    const QString path = m_dir->filePath(QStringLiteral("list.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kList);
    f.close();
    const FixedClock clock(QDateTime(QDate(2025, 11, 24), QTime(9, 0)));
    auto imported = CustomerImport(*m_db, m_library, clock).run(path);
    QVERIFY2(imported.ok() && imported->rejected == 0, qPrintable(imported.error()));
}

void TestPrescreen::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

TestPrescreen::Stored TestPrescreen::flag(const QString &code, const QString &rule)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT reason, monthly_impact, yearly_impact, impact_note FROM flags JOIN customers c"
                             " ON c.id = customer_id WHERE c.code = ? AND rule = ?"));
    q.addBindValue(code);
    q.addBindValue(rule);
    if (!q.exec() || !q.next())
        return {};
    const auto money = [](const QVariant &v) {
        return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
    };
    return {true, reasonText(q.value(0).toString()), money(q.value(1)), money(q.value(2)),
            impactNoteText(q.value(3).toString())};
}

void TestPrescreen::flagsWithReasonsAndImpact_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<qint64>("monthly"); // -1: unknown before a visit, stored as NULL with its reason
    QTest::addColumn<QString>("reasonPart");
    QTest::addColumn<QString>("notePart");
    // 2 households → 1, 250 kWh: 564,192 → 636,768 with VAT.
    QTest::newRow("shared meter") << QStringLiteral("PB07010000001") << QString::fromLatin1(rule::Households)
                                  << qint64(72576) << QStringLiteral("2 households") << QString();
    // 1.75 (renters) → 1: blocks 88/175/350 give 531,442 (573,957 with VAT) against 636,768.
    QTest::newRow("renters") << QStringLiteral("PB07010000002") << QString::fromLatin1(rule::Renters) << qint64(62811)
                             << QStringLiteral("1,75") << QString();
    // A mixed meter's true shares need an inventory: no invented ratio, the impact is unknown.
    QTest::newRow("stale ratio") << QStringLiteral("PB07010000003") << QString::fromLatin1(rule::Ratio) << qint64(-1)
                                 << QStringLiteral("01/01/2020") << QStringLiteral("equipment inventory");
    // A public body's business use is only known at the visit: unknown too.
    QTest::newRow("administrative 100 %")
        << QStringLiteral("PB07010000005") << QString::fromLatin1(rule::Administrative) << qint64(-1)
        << QStringLiteral("business") << QStringLiteral("equipment inventory");
    // 3,000 kWh single-rate business, 08–10/2025 = 9,000 ≥ 6,000: 9,456,000 → 60/20/20 on three rates
    // 10,077,600; with VAT 671,328 more.
    QTest::newRow("three-rate by kWh") << QStringLiteral("PB07010000006") << QString::fromLatin1(rule::ThreeRate)
                                       << qint64(671328)
                                       << QStringLiteral("3.000 kWh a month on average over 08/2025 "
                                                         "to 10/2025")
                                       << QString();
    // 500 kWh on its own 50 kVA transformer: 500×3,152 = 1,576,000 → 300×3,152 + 100×5,422 + 100×1,918
    // = 1,679,600; with VAT 1,702,080 → 1,813,968.
    QTest::newRow("three-rate by kVA") << QStringLiteral("PB07010000007") << QString::fromLatin1(rule::ThreeRate)
                                       << qint64(111888) << QStringLiteral("50 kVA") << QString();
    QTest::newRow("zero month") << QStringLiteral("PB07010000009") << QString::fromLatin1(rule::Abnormal) << qint64(-1)
                                << QStringLiteral("10/2025") << QStringLiteral("reading");
    QTest::newRow("jump") << QStringLiteral("PB07010000010") << QString::fromLatin1(rule::Abnormal) << qint64(-1)
                          << QStringLiteral("400 kWh") << QStringLiteral("reading");
}

void TestPrescreen::flagsWithReasonsAndImpact()
{
    QFETCH(QString, code);
    QFETCH(QString, rule);
    QFETCH(qint64, monthly);
    QFETCH(QString, reasonPart);
    QFETCH(QString, notePart);
    auto summary = Prescreener(*m_db, m_library, PrescreenRules{}).run();
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    const Stored stored = flag(code, rule);
    QVERIFY2(stored.found, "not flagged");
    QVERIFY2(stored.reason.contains(reasonPart), qPrintable(stored.reason));
    if (monthly < 0) {
        QVERIFY(!stored.monthly && !stored.yearly);
        QVERIFY2(stored.note.contains(notePart), qPrintable(stored.note));
        return;
    }
    QCOMPARE(stored.monthly.value_or(-1), monthly);
    QCOMPARE(stored.yearly.value_or(-1), monthly * 12); // the law's 12 months of back-billing
    QVERIFY(stored.note.isEmpty());
}

void TestPrescreen::rankedByMoneyAndExported()
{
    auto summary = Prescreener(*m_db, m_library, PrescreenRules{}).run();
    QVERIFY(summary.ok());
    QCOMPARE(summary->customers, qint64(10));
    QCOMPARE(summary->flagged, qint64(8));       // not the recently checked ratio, not the small shop
    QCOMPARE(summary->unknownImpact, qint64(4)); // the old ratio, the public body, the empty house, the jump
    QVERIFY(!flag(QStringLiteral("PB07010000004"), QString::fromLatin1(rule::Ratio)).found);
    QVERIFY(!flag(QStringLiteral("PB07010000008"), QString::fromLatin1(rule::ThreeRate)).found);
    // Known money first, largest first; the unknown ones after every known one, never as 0 among them.
    auto ranked = FlaggedList::top(m_db->connection(), 8);
    QVERIFY(ranked.ok());
    QCOMPARE(ranked->size(), std::size_t(8));
    const QStringList expected{QStringLiteral("PB07010000006"), QStringLiteral("PB07010000007"),
                               QStringLiteral("PB07010000001"), QStringLiteral("PB07010000002")};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(ranked->at(std::size_t(i)).code, expected.at(i));
        QVERIFY(ranked->at(std::size_t(i)).yearlyImpact.has_value());
    }
    for (std::size_t i = 4; i < 8; ++i) {
        QVERIFY(!ranked->at(i).yearlyImpact.has_value());
        QVERIFY(!ranked->at(i).impactNotes.isEmpty());
    }

    const QString path = m_dir->filePath(QStringLiteral("flagged.csv"));
    QVERIFY(FlaggedList::exportCsv(m_db->connection(), path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), 1 + 8 + 1);
    QVERIFY(lines.at(1).startsWith("PB07010000006,"));
    QVERIFY2(lines.at(1).endsWith(",671328,8055936,\"\""), lines.at(1).constData());
    // An unknown impact: empty money cells and the reason, never "0".
    QVERIFY2(lines.at(8).contains(".\",,,\"Impact unknown"), lines.at(8).constData());
    // The same list as a workbook, read back with the product's own reader.
    const QString book = m_dir->filePath(QStringLiteral("flagged.xlsx"));
    QVERIFY(FlaggedList::exportFile(m_db->connection(), book).ok());
    XlsxReader reader(book);
    QVERIFY2(reader.isValid(), qPrintable(reader.errorString()));
    QStringList fields;
    qint64 line = 0;
    QVERIFY(reader.next(fields, line));
    QCOMPARE(fields.first(), QStringLiteral("MA_KHANG"));
    QVERIFY(reader.next(fields, line));
    QCOMPARE(fields.at(0), QStringLiteral("PB07010000006"));
    QCOMPARE(fields.at(8), QStringLiteral("8055936"));
    int rows = 1;
    while (reader.next(fields, line))
        ++rows;
    QCOMPARE(rows, 8);
    QVERIFY(!FlaggedList::exportFile(m_db->connection(), m_dir->filePath(QStringLiteral("no/dir/x.xlsx"))).ok());

    // Running again replaces the results, it does not add to them.
    QVERIFY(Prescreener(*m_db, m_library, PrescreenRules{}).run().ok());
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM customer_rank"));
    q.next();
    QCOMPARE(q.value(0).toInt(), 8);
}

void TestPrescreen::rulesCanBeSwitchedAndTuned()
{
    PrescreenRules rules;
    rules.households = false;
    rules.abnormal = false;
    rules.ratioStaleMonths = 3; // the recently checked ratio is due now
    auto summary = Prescreener(*m_db, m_library, rules).run();
    QVERIFY(summary.ok());
    QVERIFY(!flag(QStringLiteral("PB07010000001"), QString::fromLatin1(rule::Households)).found);
    QVERIFY(!flag(QStringLiteral("PB07010000009"), QString::fromLatin1(rule::Abnormal)).found);
    QVERIFY(flag(QStringLiteral("PB07010000004"), QString::fromLatin1(rule::Ratio)).found);
    // The legal threshold is not a preference: 1,500 kWh a month stays below 2,000 whatever the settings.
    QVERIFY(!flag(QStringLiteral("PB07010000008"), QString::fromLatin1(rule::ThreeRate)).found);
    QCOMPARE(summary->perRule.value(QString::fromLatin1(rule::Households)), qint64(0));
}

void TestPrescreen::judgedAsImportedAgreesWithThePrescreen()
{
    // 50,000 generated customers loaded into an empty file and judged as they are read, against the
    // pre-screen run afterwards over the stored list: the same flags, impacts, reasons and ranks.
    QTemporaryDir dir;
    GeneratorOptions o;
    o.customers = 50000;
    o.seed = 91;
    o.lastMonth = 202510;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QVERIFY(SampleCustomerList::write(o, path).ok());
    auto db = ProfileData::open(dir.filePath(QStringLiteral("as-read.sqlite")), WorkspaceKind::Real).value();
    const FixedClock clock(QDateTime(QDate(2025, 11, 24), QTime(9, 0)));
    CustomerImport::Options options;
    options.prescreen = PrescreenRules{};
    auto imported = CustomerImport(*db, m_library, clock).run(path, options);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QVERIFY(imported->prescreen.has_value());
    const auto snapshot = [&db] {
        QStringList rows;
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT c.code, f.rule, f.reason, coalesce(f.monthly_impact, 'NULL'),"
                              " coalesce(f.yearly_impact, 'NULL'), coalesce(f.impact_note, ''),"
                              " coalesce(r.yearly_impact, 'NULL'), r.rules FROM flags f"
                              " JOIN customers c ON c.id = f.customer_id JOIN customer_rank r ON r.customer_id = c.id"
                              " ORDER BY c.code, f.rule"));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 8; ++i)
                cells << q.value(i).toString();
            rows << cells.join(QLatin1Char('|'));
        }
        return rows;
    };
    const QStringList asRead = snapshot();
    QVERIFY(asRead.size() > 5000);
    auto rerun = Prescreener(*db, m_library, PrescreenRules{}).run();
    QVERIFY2(rerun.ok(), qPrintable(rerun.error()));
    QCOMPARE(snapshot(), asRead);
    QCOMPARE(rerun->changed, qint64(0)); // every customer judged as the import judged it
    QVERIFY(!rerun->rewritten);
    QCOMPARE(imported->prescreen->flagged, rerun->flagged);
    QCOMPARE(imported->prescreen->customers, rerun->customers);
    QCOMPARE(imported->prescreen->yearlyImpact, rerun->yearlyImpact);
    QCOMPARE(imported->prescreen->unknownImpact, rerun->unknownImpact);
    QCOMPARE(imported->prescreen->perRule, rerun->perRule);
    QCOMPARE(imported->prescreen->unknownWhy, rerun->unknownWhy);
    // The stored reasons read back as words (they are written without a JSON document).
    QVERIFY(!reasonText(asRead.first().section(QLatin1Char('|'), 2, 2)).startsWith(QLatin1Char('{')));
}

void TestPrescreen::batchesAgreeWithRowByRow()
{
    // 60,000 generated customers: past the batch of 16,384, judged on the worker threads from the stored
    // bytes, against each customer read through the repository and judged on its own.
    QTemporaryDir dir;
    auto db = ProfileData::open(dir.filePath(QStringLiteral("big.sqlite")), WorkspaceKind::Training).value();
    TrainingSetup setup;
    setup.customers = 60000;
    setup.seed = 77;
    setup.lastMonth = 202510;
    QVERIFY(TrainingData::fill(*db, setup).ok());
    const PrescreenRules rules;
    auto summary = Prescreener(*db, m_library, rules).run();
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->customers, qint64(60000));

    // What the batches stored, by customer and rule.
    QHash<QString, PrescreenFlag> stored;
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT c.code, f.rule, f.reason, f.monthly_impact, f.yearly_impact, f.impact_note"
                                  " FROM flags f JOIN customers c ON c.id = f.customer_id")));
    while (q.next())
        stored.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString(),
                      {q.value(1).toString(), q.value(2).toString(),
                       q.value(3).isNull() ? std::nullopt : std::optional<qint64>(q.value(3).toLongLong()),
                       q.value(4).toLongLong(), q.value(5).toString()});

    const BillEngine engine(m_library);
    QSqlQuery all(db->connection());
    all.setForwardOnly(true);
    QVERIFY(all.exec(QStringLiteral("SELECT ") + CustomerRepository::columns() + QStringLiteral(" FROM customers")));
    int customers = 0, flags = 0, unknown = 0;
    QSet<QString> rulesSeen;
    while (all.next()) {
        const Customer c = CustomerRepository::fromQuery(all);
        ++customers;
        const auto input = PrescreenCustomer::of(c, m_library);
        QVERIFY2(input.ok(), qPrintable(input.error()));
        for (const PrescreenFlag &f : Prescreener::judge(input.value(), engine, m_library, rules)) {
            ++flags;
            rulesSeen.insert(f.rule);
            const QString key = c.code + QLatin1Char('/') + f.rule;
            QVERIFY2(stored.contains(key), qPrintable(key));
            const PrescreenFlag &s = stored.value(key);
            QCOMPARE(s.reason, f.reason);
            QCOMPARE(s.monthly.has_value(), f.monthly.has_value());
            if (f.monthly) {
                QCOMPARE(*s.monthly, *f.monthly);
                QCOMPARE(s.yearly, f.yearly);
            } else {
                ++unknown;
                QCOMPARE(s.impactNote, f.impactNote);
            }
        }
    }
    QCOMPARE(customers, 60000);
    QCOMPARE(flags, int(stored.size())); // nothing stored that the row-by-row judging does not find
    QCOMPARE(rulesSeen.size(), 6);       // every rule took part
    QVERIFY(unknown > 0 && unknown < flags);
}

void TestPrescreen::changedResultsAreWrittenAsAWholeRunWould()
{
    // 70,000 generated customers (three ranges of row ids). A re-run replaces only the customers whose
    // results change; what it leaves stored must be exactly what writing everything anew stores.
    QTemporaryDir dir;
    auto db = ProfileData::open(dir.filePath(QStringLiteral("d.sqlite")), WorkspaceKind::Training).value();
    TrainingSetup setup;
    setup.customers = 70000;
    setup.seed = 5;
    setup.lastMonth = 202510;
    QVERIFY(TrainingData::fill(*db, setup).ok());
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM flags")) && q.exec(QStringLiteral("DELETE FROM customer_rank")));
    const auto snapshot = [&db] {
        QStringList rows;
        QSqlQuery s(db->connection());
        s.exec(QStringLiteral("SELECT customer_id, rule, reason, coalesce(monthly_impact, 'NULL'),"
                              " coalesce(yearly_impact, 'NULL'), coalesce(impact_note, 'NULL') FROM flags"
                              " ORDER BY customer_id, rule"));
        while (s.next())
            rows << QStringLiteral("%1|%2|%3|%4|%5|%6")
                        .arg(s.value(0).toString(), s.value(1).toString(), s.value(2).toString(), s.value(3).toString(),
                             s.value(4).toString(), s.value(5).toString());
        s.exec(QStringLiteral("SELECT customer_id, coalesce(yearly_impact, 'NULL'), rules, route_book, route_order,"
                              " coalesce(digest, 'NULL') FROM customer_rank ORDER BY customer_id"));
        while (s.next())
            rows << QStringLiteral("rank %1|%2|%3|%4|%5|%6")
                        .arg(s.value(0).toString(), s.value(1).toString(), s.value(2).toString(), s.value(3).toString(),
                             s.value(4).toString(), s.value(5).toString());
        s.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('flags',"
                              " 'customer_rank') AND sql IS NOT NULL ORDER BY name"));
        while (s.next())
            rows << QStringLiteral("index ") + s.value(0).toString();
        s.exec(QStringLiteral("PRAGMA integrity_check"));
        s.next();
        rows << s.value(0).toString();
        return rows;
    };
    const auto run = [&](const PrescreenRules &rules) {
        auto summary = Prescreener(*db, m_library, rules).run();
        if (!summary)
            qWarning() << summary.error();
        return summary.ok() ? std::optional<PrescreenSummary>(summary.value()) : std::nullopt;
    };
    // Written whole when nothing is stored; then nothing changes.
    const auto first = run(PrescreenRules{});
    QVERIFY(first && first->rewritten);
    QCOMPARE(first->changed, first->flagged);
    const QStringList whole = snapshot();
    QVERIFY(whole.size() > 20000);
    QVERIFY(whole.contains(QStringLiteral("index customer_rank_order")));
    QVERIFY(whole.contains(QStringLiteral("index flags_rule")));
    const auto count = [&db](const QString &sql) {
        QSqlQuery s(db->connection());
        return s.exec(sql) && s.next() ? s.value(0).toLongLong() : -1;
    };
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_rank WHERE digest IS NULL")), qint64(0));
    const auto again = run(PrescreenRules{});
    QVERIFY(again && !again->rewritten);
    QCOMPARE(again->changed, qint64(0));
    QCOMPARE(snapshot(), whole);
    // Results without a digest (stored before there were digests), and flags whose rank is missing, are written
    // again; the others are left.
    QVERIFY(q.exec(QStringLiteral("UPDATE customer_rank SET digest = NULL WHERE customer_id IN"
                                  " (SELECT customer_id FROM customer_rank ORDER BY customer_id LIMIT 3)")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM customer_rank WHERE customer_id ="
                                  " (SELECT max(customer_id) FROM customer_rank)")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_rank WHERE digest IS NULL")), qint64(3));
    const auto repaired = run(PrescreenRules{});
    QVERIFY(repaired && !repaired->rewritten);
    QCOMPARE(repaired->changed, qint64(4));
    QCOMPARE(snapshot(), whole);

    // Four customers change: one flagged only as a shared meter now has one household (its flags go),
    // one unflagged household customer of the same price string now declares two (flagged), a flagged
    // customer moves to another route book (its rank follows), and a flagged customer's price string is
    // one no book reads (its flags go).
    const auto one = [&db](const QString &sql) {
        QSqlQuery s(db->connection());
        return s.exec(sql) && s.next() ? s.value(0).toLongLong() : -1;
    };
    const qint64 shared =
        one(QStringLiteral("SELECT r.customer_id FROM customer_rank r JOIN customers c ON c.id = r.customer_id"
                           " WHERE r.rules = 'households' AND c.households = 2 ORDER BY r.customer_id LIMIT 1"));
    const qint64 single =
        one(QStringLiteral(
                "SELECT c.id FROM customers c WHERE c.households = 1 AND c.meter_kind = 1 AND c.price_string ="
                " (SELECT price_string FROM customers WHERE id = %1) AND c.id NOT IN (SELECT customer_id FROM flags)"
                " ORDER BY c.id DESC LIMIT 1")
                .arg(shared));
    const qint64 moved = one(QStringLiteral("SELECT customer_id FROM customer_rank WHERE customer_id > 40000"
                                            " ORDER BY customer_id LIMIT 1"));
    const qint64 unreadable = one(QStringLiteral("SELECT customer_id FROM customer_rank WHERE customer_id > 66000"
                                                 " ORDER BY customer_id LIMIT 1"));
    QVERIFY(shared > 0 && single > 0 && moved > 0 && unreadable > 0);
    QVERIFY(q.exec(QStringLiteral("UPDATE customers SET households = 1 WHERE id = %1").arg(shared)));
    QVERIFY(q.exec(QStringLiteral("UPDATE customers SET households = 2 WHERE id = %1").arg(single)));
    QVERIFY(q.exec(QStringLiteral("UPDATE customers SET route_book = 'ZZ99' WHERE id = %1").arg(moved)));
    QVERIFY(q.exec(QStringLiteral("UPDATE customers SET price_string = 'XYZ:100%' WHERE id = %1").arg(unreadable)));
    const auto changed = run(PrescreenRules{});
    QVERIFY(changed && !changed->rewritten);
    QCOMPARE(changed->changed, qint64(4));
    QCOMPARE(changed->flagged, first->flagged - 1); // two lost, one gained... and one moved
    const QStringList replaced = snapshot();
    QCOMPARE(
        one(QStringLiteral("SELECT count(*) FROM flags WHERE customer_id IN (%1, %2)").arg(shared).arg(unreadable)),
        qint64(0));
    QCOMPARE(
        one(QStringLiteral("SELECT count(*) FROM flags WHERE customer_id = %1 AND rule = 'households'").arg(single)),
        qint64(1));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM customer_rank WHERE customer_id = %1 AND route_book = 'ZZ99'")
                     .arg(moved)),
             qint64(1));
    // The same as everything written anew.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM flags")) && q.exec(QStringLiteral("DELETE FROM customer_rank")));
    const auto anew = run(PrescreenRules{});
    QVERIFY(anew && anew->rewritten);
    QCOMPARE(replaced, snapshot());
    for (const auto &[a, b] : {std::pair{*changed, *anew}}) {
        QCOMPARE(a.flagged, b.flagged);
        QCOMPARE(a.yearlyImpact, b.yearlyImpact);
        QCOMPARE(a.unknownImpact, b.unknownImpact);
        QCOMPARE(a.perRule, b.perRule);
        QCOMPARE(a.unknownWhy, b.unknownWhy);
    }

    // A rule switched off or a threshold moved changes a few customers (replaced), every rule switched off
    // and back on every flagged customer (more than 5 % of all: written whole). Each leaves what writing
    // anew leaves.
    PrescreenRules noAbnormal;
    noAbnormal.abnormal = false;
    PrescreenRules laterRatio;
    laterRatio.ratioStaleMonths = 30;
    PrescreenRules none;
    none.households = none.renters = none.ratio = none.administrative = none.threeRate = none.abnormal = false;
    for (const auto &[rules, writtenWhole] : {std::pair{noAbnormal, false}, std::pair{laterRatio, false},
                                              std::pair{none, true}, std::pair{PrescreenRules{}, true}}) {
        const auto rerun = run(rules);
        QVERIFY(rerun && rerun->changed > 0);
        QCOMPARE(rerun->rewritten, writtenWhole);
        const QStringList kept = snapshot();
        QVERIFY(q.exec(QStringLiteral("DELETE FROM flags")) && q.exec(QStringLiteral("DELETE FROM customer_rank")));
        const auto fresh = run(rules);
        QVERIFY(fresh && (fresh->rewritten || fresh->flagged == 0)); // nothing to write: nothing rewritten
        QCOMPARE(kept, snapshot());
        QCOMPARE(rerun->yearlyImpact, fresh->yearlyImpact);
        QCOMPARE(rerun->perRule, fresh->perRule);
    }
}

QTEST_GUILESS_MAIN(TestPrescreen)
#include "tst_prescreen.moc"
