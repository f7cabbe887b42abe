// Pre-screening rules on worked data: who is flagged, why, and what it is worth (the bill engine's
// figures, worked beside each case), switched off and tuned by the rules, ranked by money.

#include "models/core/clock.h"
#include "models/importing/customerimport.h"
#include "models/importing/xlsxreader.h"
#include "models/prescreen/flaggedlist.h"
#include "models/prescreen/prescreener.h"
#include "models/storage/profiledata.h"
#include "models/tariff/tarifflibrary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtSql/QSqlQuery>

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

private:
    struct Stored
    {
        QString reason;
        qint64 monthly = -1;
        qint64 yearly = -1;
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
    q.prepare(QStringLiteral("SELECT reason, monthly_impact, yearly_impact FROM flags JOIN customers c ON c.id = "
                             "customer_id WHERE c.code = ? AND rule = ?"));
    q.addBindValue(code);
    q.addBindValue(rule);
    if (!q.exec() || !q.next())
        return {};
    return {reasonText(q.value(0).toString()), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

void TestPrescreen::flagsWithReasonsAndImpact_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<qint64>("monthly");
    QTest::addColumn<QString>("reasonPart");
    // 2 households → 1, 250 kWh: 564,192 → 636,768 with VAT.
    QTest::addRow("shared meter") << QStringLiteral("PB07010000001") << QString::fromLatin1(rule::Households)
                                  << qint64(72576) << QStringLiteral("2 households");
    // 1.75 (renters) → 1: blocks 88/175/350 give 531,442 (573,957 with VAT) against 636,768.
    QTest::addRow("renters") << QStringLiteral("PB07010000002") << QString::fromLatin1(rule::Renters) << qint64(62811)
                             << QStringLiteral("1.75");
    // 80/20 → 70/30 of 300 kWh: 748,740 → 753,360 before VAT; 808,639 → 813,629.
    QTest::addRow("stale ratio") << QStringLiteral("PB07010000003") << QString::fromLatin1(rule::Ratio) << qint64(4990)
                                 << QStringLiteral("01/01/2020");
    // 1,000 kWh public body: 2,226,000 → 900×2,226 + 100×3,152 = 2,318,600; with VAT 2,404,080 → 2,504,088.
    QTest::addRow("administrative 100 %%")
        << QStringLiteral("PB07010000005") << QString::fromLatin1(rule::Administrative) << qint64(100008)
        << QStringLiteral("business");
    // 3,000 kWh single-rate business: 9,456,000 → 60/20/20 on three rates 10,077,600; with VAT 671,328 more.
    QTest::addRow("three-rate by kWh") << QStringLiteral("PB07010000006") << QString::fromLatin1(rule::ThreeRate)
                                       << qint64(671328) << QStringLiteral("3.000 kWh");
    // 500 kWh on its own 50 kVA transformer: 500×3,152 = 1,576,000 → 300×3,152 + 100×5,422 + 100×1,918
    // = 1,679,600; with VAT 1,702,080 → 1,813,968.
    QTest::addRow("three-rate by kVA") << QStringLiteral("PB07010000007") << QString::fromLatin1(rule::ThreeRate)
                                       << qint64(111888) << QStringLiteral("50 kVA");
    QTest::addRow("zero month") << QStringLiteral("PB07010000009") << QString::fromLatin1(rule::Abnormal) << qint64(0)
                                << QStringLiteral("10/2025");
    QTest::addRow("jump") << QStringLiteral("PB07010000010") << QString::fromLatin1(rule::Abnormal) << qint64(0)
                          << QStringLiteral("400 kWh");
}

void TestPrescreen::flagsWithReasonsAndImpact()
{
    QFETCH(QString, code);
    QFETCH(QString, rule);
    QFETCH(qint64, monthly);
    QFETCH(QString, reasonPart);
    auto summary = Prescreener(*m_db, m_library, PrescreenRules{}).run();
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    const Stored stored = flag(code, rule);
    QVERIFY2(stored.monthly >= 0, "not flagged");
    QCOMPARE(stored.monthly, monthly);
    QCOMPARE(stored.yearly, monthly * 12);
    QVERIFY2(stored.reason.contains(reasonPart), qPrintable(stored.reason));
}

void TestPrescreen::rankedByMoneyAndExported()
{
    auto summary = Prescreener(*m_db, m_library, PrescreenRules{}).run();
    QVERIFY(summary.ok());
    QCOMPARE(summary->customers, qint64(10));
    QCOMPARE(summary->flagged, qint64(8)); // not the recently checked ratio, not the small shop
    QCOMPARE(flag(QStringLiteral("PB07010000004"), QString::fromLatin1(rule::Ratio)).monthly, qint64(-1));
    QCOMPARE(flag(QStringLiteral("PB07010000008"), QString::fromLatin1(rule::ThreeRate)).monthly, qint64(-1));
    auto ranked = FlaggedList::top(m_db->connection(), 3);
    QVERIFY(ranked.ok());
    QCOMPARE(ranked->at(0).code, QStringLiteral("PB07010000006"));
    QCOMPARE(ranked->at(1).code, QStringLiteral("PB07010000007"));
    QCOMPARE(ranked->at(2).code, QStringLiteral("PB07010000005"));

    const QString path = m_dir->filePath(QStringLiteral("flagged.csv"));
    QVERIFY(FlaggedList::exportCsv(m_db->connection(), path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), 1 + 8 + 1);
    QVERIFY(lines.at(1).startsWith("PB07010000006,"));
    QVERIFY(lines.at(1).endsWith(",671328,8055936"));
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
    rules.threeRateKwh = 1500;  // the small shop now qualifies
    rules.ratioStaleMonths = 3; // and the recently checked ratio is due
    auto summary = Prescreener(*m_db, m_library, rules).run();
    QVERIFY(summary.ok());
    QCOMPARE(flag(QStringLiteral("PB07010000001"), QString::fromLatin1(rule::Households)).monthly, qint64(-1));
    QCOMPARE(flag(QStringLiteral("PB07010000009"), QString::fromLatin1(rule::Abnormal)).monthly, qint64(-1));
    QVERIFY(flag(QStringLiteral("PB07010000008"), QString::fromLatin1(rule::ThreeRate)).monthly > 0);
    QVERIFY(flag(QStringLiteral("PB07010000004"), QString::fromLatin1(rule::Ratio)).monthly >= 0);
    QCOMPARE(summary->perRule.value(QString::fromLatin1(rule::Households)), qint64(0));
}

QTEST_GUILESS_MAIN(TestPrescreen)
#include "tst_prescreen.moc"
