// tariff-audit-cli as branch IT runs it: a real process, exit codes, messages in the chosen language.

#include "clirunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageInVietnameseByDefault();
    void badArgumentsNameTheOption_data();
    void badArgumentsNameTheOption();
    void generateIsDeterministic();
    void unwritableOutputLeavesNothing();
    void billMatchesTheRealBill();
    void importSearchPrescreen();
    void billRefusesBadCases_data();
    void billRefusesBadCases();
    void scenarioCheckAndScore();

private:
    CliRun run(const QStringList &args) { return runCli(args, m_home); }
    QTemporaryDir m_home;
};

void TestCli::initTestCase()
{
    QVERIFY(m_home.isValid());
}

void TestCli::usageInVietnameseByDefault()
{
    const CliRun r = run({});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Cách dùng")), qPrintable(r.err));
    const CliRun en = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("frobnicate")});
    QCOMPARE(en.exitCode, 2);
    QVERIFY2(en.err.contains(QStringLiteral("Unknown command \"frobnicate\"")), qPrintable(en.err));
}

void TestCli::badArgumentsNameTheOption_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString out = QStringLiteral("--out=/tmp/never.csv");
    QTest::addRow("customers not a number")
        << QStringList{QStringLiteral("--customers"), QStringLiteral("many"), out} << QStringLiteral("\"many\"");
    QTest::addRow("customers zero") << QStringList{QStringLiteral("--customers=0"), out}
                                    << QStringLiteral("--customers");
    QTest::addRow("customers missing") << QStringList{out} << QStringLiteral("--customers is required");
    QTest::addRow("negative seed") << QStringList{QStringLiteral("--customers=5"), QStringLiteral("--seed=-3"), out}
                                   << QStringLiteral("--seed");
    QTest::addRow("month 13") << QStringList{QStringLiteral("--customers=5"), QStringLiteral("--last-month=202513"),
                                             out}
                              << QStringLiteral("\"202513\"");
    QTest::addRow("no output") << QStringList{QStringLiteral("--customers=5")} << QStringLiteral("--out");
    QTest::addRow("unknown option") << QStringList{QStringLiteral("--customers=5"), QStringLiteral("--colour"), out}
                                    << QStringLiteral("colour");
}

void TestCli::badArgumentsNameTheOption()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const CliRun r =
        run(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("generate")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/never.csv")));
}

void TestCli::generateIsDeterministic()
{
    QTemporaryDir dir;
    const auto generate = [&](const QString &name, const QString &seed) {
        return run({QStringLiteral("generate"), QStringLiteral("--customers"), QStringLiteral("2500"),
                    QStringLiteral("--seed"), seed, QStringLiteral("--last-month"), QStringLiteral("202506"),
                    QStringLiteral("--out"), dir.filePath(name)});
    };
    const auto hash = [&](const QString &name) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    };
    const CliRun a = generate(QStringLiteral("a.csv"), QStringLiteral("42"));
    QCOMPARE(a.exitCode, 0);
    QVERIFY2(a.out.contains(QStringLiteral("2500")), qPrintable(a.out));
    QCOMPARE(generate(QStringLiteral("b.csv"), QStringLiteral("42")).exitCode, 0);
    QCOMPARE(generate(QStringLiteral("c.csv"), QStringLiteral("43")).exitCode, 0);
    QVERIFY(!hash(QStringLiteral("a.csv")).isEmpty());
    QCOMPARE(hash(QStringLiteral("a.csv")), hash(QStringLiteral("b.csv")));
    QVERIFY(hash(QStringLiteral("a.csv")) != hash(QStringLiteral("c.csv")));

    QFile f(dir.filePath(QStringLiteral("a.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.readLine();
    QVERIFY(header.startsWith("MA_KHANG,TEN_KHANG,DIA_CHI,DTHOAI,MA_TRAM,MA_SOGCS,STT,SO_CTO,LOAI_DDO,HSN,"
                              "CAP_DIEN_AP,SO_HO,CHUOI_GIA,CSUAT_TBA_KVA,TOA_DO,NGAY_KT_TLG,SL_202407,"));
    QVERIFY(header.trimmed().endsWith("SL_TD_202506"));
}

void TestCli::unwritableOutputLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/list.csv"));
    const CliRun r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("generate"),
                          QStringLiteral("--customers=10"), QStringLiteral("--out"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QVERIFY(!QFile::exists(path));
}

void TestCli::billMatchesTheRealBill()
{
    const QString fixture = QStringLiteral(TA_SOURCE_DIR "/tests/fixtures/bills/real-bill-134kwh-june-2025/case.json");
    const CliRun json = run({QStringLiteral("bill"), QStringLiteral("--case"), fixture, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject bill = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(bill.value(QStringLiteral("amount_before_vat")).toInteger(), 282620);
    QCOMPARE(bill.value(QStringLiteral("vat")).toInteger(), 22610);
    QCOMPARE(bill.value(QStringLiteral("amount")).toInteger(), 305230);
    QCOMPARE(bill.value(QStringLiteral("book")).toString(), QStringLiteral("1279/QĐ-BCT"));
    QCOMPARE(bill.value(QStringLiteral("lines")).toArray().size(), 3);

    const CliRun readable = run({QStringLiteral("bill"), QStringLiteral("--case"), fixture});
    QCOMPARE(readable.exitCode, 0);
    QVERIFY2(readable.out.contains(QStringLiteral("Bậc 3")), qPrintable(readable.out));
    QVERIFY(readable.out.contains(QStringLiteral("34 kWh × 2.380 đ = 80.920 đ")));
    QVERIFY(readable.out.contains(QStringLiteral("305.230 đ")));
    QVERIFY2(readable.err.isEmpty(), qPrintable(readable.err));
    const CliRun english = run(
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("bill"), QStringLiteral("--case"), fixture});
    QVERIFY(english.out.contains(QStringLiteral("Tier 3")));
}

void TestCli::billRefusesBadCases_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::addRow("negative kWh") << QByteArray(R"({"from":"2025-06-01","to":"2025-06-30","kwh":-1})")
                                  << QStringLiteral("kwh: ");
    QTest::addRow("fractional kWh") << QByteArray(R"({"from":"2025-06-01","to":"2025-06-30","kwh":1.5})")
                                    << QStringLiteral("kwh: ");
    QTest::addRow("shares over 100") << QByteArray(R"({"from":"2025-06-01","to":"2025-06-30","kwh":10,
        "purposes":[{"group":"residential","share":80},{"group":"business","share":40}]})")
                                     << QStringLiteral("purposes: ");
    QTest::addRow("unknown group") << QByteArray(R"({"from":"2025-06-01","to":"2025-06-30","kwh":10,
        "purposes":[{"group":"casino","share":100}]})")
                                   << QStringLiteral("purposes[0].group");
    QTest::addRow("no book") << QByteArray(R"({"from":"2020-01-01","to":"2020-01-31","kwh":10})")
                             << QStringLiteral("from: ");
    QTest::addRow("registers on single-rate") << QByteArray(R"({"from":"2025-06-01","to":"2025-06-30",
        "kwh":{"normal":1,"peak":1,"offpeak":1}})")
                                              << QStringLiteral("kwh: ");
    QTest::addRow("typo in a field") << QByteArray(R"({"from":"2025-06-01","to":"2025-06-30","kwh":10,"housholds":2})")
                                     << QStringLiteral("housholds");
    QTest::addRow("bad meter") << QByteArray(R"({"from":"2025-06-01","to":"2025-06-30","kwh":10,"meter":"smart"})")
                               << QStringLiteral("meter: ");
    QTest::addRow("not JSON") << QByteArray("{from: 2025}") << QStringLiteral("JSON");
}

void TestCli::billRefusesBadCases()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    const CliRun r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("bill"),
                          QStringLiteral("--case"), path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(r.err.contains(path));
    const CliRun missing =
        run({QStringLiteral("bill"), QStringLiteral("--case"), dir.filePath(QStringLiteral("nope.json"))});
    QCOMPARE(missing.exitCode, 2);
}

void TestCli::importSearchPrescreen()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("data.sqlite"));
    const QString good = dir.filePath(QStringLiteral("good.csv"));
    const QString mixed = dir.filePath(QStringLiteral("mixed.csv"));
    for (const auto &[path, content] :
         {std::pair{good, QByteArray("MA_KHANG,TEN_KHANG,SO_HO,CHUOI_GIA,SL_202509,SL_202510\n"
                                     "PB07010000001,Nguyễn Văn Đức,3,SHBT:100%,300,320\n"
                                     "PB07010000002,Trần Thị Bích,1,SHBT:100%,100,90\n")},
          std::pair{mixed, QByteArray("MA_KHANG,TEN_KHANG,SO_HO,CHUOI_GIA,SL_202509,SL_202510\n"
                                      "PB07010000003,Lê Văn Tám,1,SHBT:100%,100,90\n"
                                      "X1,Sai,1,SHBT:100%,1,1\n")}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    CliRun r = run({QStringLiteral("import"), good, QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject counts = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(counts.value(QStringLiteral("imported")).toInt(), 2);
    r = run({QStringLiteral("import"), good, QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("unchanged")).toInt(), 2);
    const QString rejects = dir.filePath(QStringLiteral("rejects.csv"));
    r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), mixed, QStringLiteral("--db"),
             db, QStringLiteral("--rejects"), rejects});
    QCOMPARE(r.exitCode, 1); // some rows rejected, the valid ones stored
    QVERIFY2(r.out.contains(QStringLiteral("line 3, MA_KHANG \"X1\"")), qPrintable(r.out));
    QVERIFY(QFile::exists(rejects));
    r = run({QStringLiteral("import"), dir.filePath(QStringLiteral("none.csv")), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 2);

    r = run({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("nguyen"), QStringLiteral("duc"),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("PB07010000001"));

    const QString flagged = dir.filePath(QStringLiteral("flagged.csv"));
    r = run({QStringLiteral("prescreen"), QStringLiteral("--db"), db, QStringLiteral("--json"),
             QStringLiteral("--export"), flagged});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject screened = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(screened.value(QStringLiteral("customers")).toInt(), 3);
    QCOMPARE(screened.value(QStringLiteral("flagged")).toInt(), 1);
    QCOMPARE(screened.value(QStringLiteral("changed")).toInt(), 1); // the CLI's import leaves it to this command
    QCOMPARE(screened.value(QStringLiteral("top")).toArray().at(0).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("PB07010000001"));
    QVERIFY(QFile::exists(flagged));
    // The flagged customer has one household now: its warning goes, and the run says so.
    {
        QSqlDatabase edit = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        edit.setDatabaseName(db);
        QVERIFY(edit.open());
        QSqlQuery q(edit);
        QVERIFY(q.exec(QStringLiteral("UPDATE customers SET households = 1 WHERE code = 'PB07010000001'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    r = run({QStringLiteral("--lang"), QStringLiteral("vi"), QStringLiteral("prescreen"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("3 khách hàng, 0 bị cảnh báo")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Khách hàng có cảnh báo thay đổi từ lần sàng lọc trước: 1.")),
             qPrintable(r.out));
    r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("prescreen"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Customers whose warnings changed since the last pre-screen: 0.")),
             qPrintable(r.out));
}

void TestCli::scenarioCheckAndScore()
{
    const QString scenarios = QStringLiteral(TA_SOURCE_DIR "/resources/training/scenarios");
    const QString renters = scenarios + QStringLiteral("/01-ba-nguoi-thue-tro.json");
    const CliRun valid = run({QStringLiteral("scenario"), QStringLiteral("check"), renters,
                              scenarios + QStringLiteral("/05-van-phong-co-nha-cong-vu.json")});
    QCOMPARE(valid.exitCode, 0);
    QVERIFY2(valid.out.contains(QStringLiteral("01-ba-nguoi-thue-tro.json: tình huống hợp lệ.")),
             qPrintable(valid.out));

    // A scenario with two errors: both named, in the chosen language.
    QFile file(renters);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject broken = QJsonDocument::fromJson(file.readAll()).object();
    broken.insert(QStringLiteral("difficulty"), 7);
    QJsonArray expected = broken.value(QStringLiteral("expected")).toArray();
    QJsonObject first = expected.at(0).toObject();
    first.insert(QStringLiteral("item"), QStringLiteral("tenants"));
    expected[0] = first;
    broken.insert(QStringLiteral("expected"), expected);
    const QString brokenPath = m_home.filePath(QStringLiteral("broken.json"));
    QFile out(brokenPath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(broken).toJson());
    out.close();
    const CliRun refused = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("scenario"),
                                QStringLiteral("check"), brokenPath});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("broken.json: difficulty: 1 (easy), 2 (medium) or 3 (hard).")),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("broken.json: expected[0].item: unknown item \"tenants\"")),
             qPrintable(refused.err));

    const CliRun list = run({QStringLiteral("scenario"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.count(QLatin1Char('\n')) >= 15);

    // A trainee who counted the three renters as a whole household: 1 household + 4 persons' quota = 2.
    const QString answers = m_home.filePath(QStringLiteral("answers.json"));
    QFile a(answers);
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write(R"({"checks": ["households"],
               "identify": {"meterSerialSeen": "2500011201", "present": {"name": "Lê Văn Hùng"}},
               "households": {"households": [{"head": "Lê Văn Hùng", "document": "cccd"}], "renterPersons": 4}})");
    a.close();
    const CliRun scored =
        run({QStringLiteral("score"), QStringLiteral("--scenario"), QStringLiteral("ba-nguoi-thue-tro"),
             QStringLiteral("--answers"), answers, QStringLiteral("--json")});
    QCOMPARE(scored.exitCode, 0);
    const QJsonObject sheet = QJsonDocument::fromJson(scored.out.toUtf8()).object();
    QCOMPARE(sheet.value(QStringLiteral("maximum")).toInt(), 9);
    // households-change and undeclared-tier right (2 points); households, money, photo and signature wrong.
    QCOMPARE(sheet.value(QStringLiteral("total")).toInt(), 3);
    const QJsonObject households = sheet.value(QStringLiteral("items")).toArray().at(0).toObject();
    QCOMPARE(households.value(QStringLiteral("verdict")).toString(), QStringLiteral("wrong"));
    QCOMPARE(households.value(QStringLiteral("expected")).toDouble(), 1.75);
    QCOMPARE(households.value(QStringLiteral("given")).toDouble(), 2.0);
    QCOMPARE(households.value(QStringLiteral("rule")).toString(), QStringLiteral("households.renter-quota"));

    const CliRun readable =
        run({QStringLiteral("score"), QStringLiteral("--scenario"), renters, QStringLiteral("--answers"), answers});
    QCOMPARE(readable.exitCode, 0);
    QVERIFY2(readable.out.contains(QStringLiteral("3 trên 9 điểm")), qPrintable(readable.out));
    QVERIFY2(readable.out.contains(QStringLiteral("cứ 4 người là một định mức")), qPrintable(readable.out));

    const CliRun unknown = run({QStringLiteral("score"), QStringLiteral("--scenario"), QStringLiteral("no-such"),
                                QStringLiteral("--answers"), answers});
    QCOMPARE(unknown.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
