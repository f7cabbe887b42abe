// tariff-audit-cli inspect and verify: the device key lives in the system keychain only, so this suite
// runs against a real Secret Service (scripts/test.sh starts gnome-keyring in a private D-Bus session).

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCliKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void inspectSignsAndVerifyNamesTampering();

private:
    CliRun run(const QStringList &args) { return runCli(args, m_home); }
    QTemporaryDir m_home;
};

void TestCliKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session with a keyring: run through scripts/test.sh, which starts one.");
}

void TestCliKeychain::inspectSignsAndVerifyNamesTampering()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("data.sqlite"));
    const QString list = dir.filePath(QStringLiteral("list.csv"));
    QFile csv(list);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("MA_KHANG,TEN_KHANG,DIA_CHI,SO_CTO,SO_HO,CHUOI_GIA,SL_202509,SL_202510,SL_202511\n"
              "PB07010000001,Nguyễn Văn Đức,12 Yersin,2500011111,4,SHBT:100%,300,320,310\n");
    csv.close();
    QCOMPARE(run({QStringLiteral("import"), list, QStringLiteral("--db"), db}).exitCode, 0);
    for (const auto &[name, color] : {std::pair{"customer.png", Qt::black}, std::pair{"inspector.png", Qt::blue}}) {
        QImage image(300, 120, QImage::Format_RGB32);
        image.fill(Qt::white);
        for (int x = 20; x < 280; ++x)
            image.setPixelColor(x, 60 + (x % 40) - 20, QColor(color));
        QVERIFY(image.save(dir.filePath(QLatin1StringView(name))));
    }
    QImage photo(640, 480, QImage::Format_RGB32);
    photo.fill(Qt::gray);
    QVERIFY(photo.save(dir.filePath(QStringLiteral("meter.png"))));
    const QString answers = dir.filePath(QStringLiteral("answers.json"));
    QFile file(answers);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({
      "inspector": {"name": "Nguyễn Văn Đức", "card": "KTV-0719", "unit": "Điện lực Thủ Dầu Một"},
      "finalisedAt": "2026-11-24T10:30:00+07:00",
      "checks": ["households", "reading"],
      "identify": {"reading": 15310, "previousReading": 15000, "previousReadingDate": "2026-10-25",
                   "present": {"name": "Trần Thị Lan", "idNumber": "074185000123"}},
      "households": {"households": [{"head": "Trần Thị Lan", "document": "cccd"},
                                    {"head": "Lê Văn Hùng", "document": "ct07"}], "renterPersons": 3},
      "statement": "Đồng ý.",
      "photos": [{"file": "meter.png", "kind": "meter-photo", "caption": "Công tơ"}],
      "signatures": {"customer": "customer.png", "inspector": "inspector.png"}
    })");
    file.close();
    const QString out = dir.filePath(QStringLiteral("out"));
    const CliRun inspected = run({QStringLiteral("inspect"), QStringLiteral("--db"), db, QStringLiteral("--customer"),
                                  QStringLiteral("PB07010000001"), QStringLiteral("--answers"), answers,
                                  QStringLiteral("--out"), out, QStringLiteral("--json")});
    QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.err));
    const QJsonObject result = QJsonDocument::fromJson(inspected.out.toUtf8()).object();
    const QString folder = result.value(QStringLiteral("folder")).toString();
    QCOMPARE(result.value(QStringLiteral("number")).toString(), QStringLiteral("KTV-0719-20261124-1"));
    QVERIFY(QFile::exists(folder + QStringLiteral("/bien-ban.pdf")));
    QCOMPARE(QDir(folder + QStringLiteral("/evidence")).entryList(QDir::Files).size(), 3);

    const CliRun intact = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("verify"), folder});
    QVERIFY2(intact.exitCode == 0, qPrintable(intact.err));
    QVERIFY(intact.out.contains(result.value(QStringLiteral("fingerprint")).toString()));

    // One byte of the record changed: verify fails and names record.json.
    QFile record(folder + QStringLiteral("/record.json"));
    QVERIFY(record.open(QIODevice::ReadWrite));
    QByteArray bytes = record.readAll();
    const qsizetype at = bytes.indexOf("\"Tr");
    QVERIFY(at > 0);
    bytes[at + 1] = 'X';
    record.seek(0);
    record.write(bytes);
    record.close();
    const CliRun tampered = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("verify"), folder});
    QCOMPARE(tampered.exitCode, 1);
    QVERIFY(tampered.err.contains(QStringLiteral("record.json")));
    QVERIFY(tampered.err.contains(QStringLiteral("NOT intact")));

    // A bad answers file: the field is named, nothing is stored.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"inspector": {"name": "A", "card": "B"}, "checks": ["households"],
                   "households": {"renterPersons": "five"}})");
    file.close();
    const CliRun bad = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("inspect"),
                            QStringLiteral("--db"), db, QStringLiteral("--customer"), QStringLiteral("PB07010000001"),
                            QStringLiteral("--answers"), answers, QStringLiteral("--out"), out});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("households.renterPersons")), qPrintable(bad.err));
}

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
