// tariff-audit-cli inspect and verify: the record is signed as a named profile of a workspace, with its PIN
// (read from a file descriptor here), by that profile's key in the system keychain, at the clock's time.
// The key lives in the keychain only, so this suite runs against a real Secret Service (scripts/test.sh
// starts gnome-keyring in a private D-Bus session).

#include "clirunner.h"
#include "synckit.h"

#include "models/core/clock.h"
#include "models/inspection/devicekey.h"
#include "models/inspection/evidencestore.h"
#include "models/inspection/signedrecord.h"
#include "models/profiles/profilestore.h"
#include "models/security/secretstore.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>

using namespace ta;
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCliKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void inspectSignsAndVerifyNamesTampering();
    void enrollAndSyncFromTheCli();

private:
    CliRun run(const QStringList &args, const QByteArray &input = {}) { return runCli(args, m_home, input); }
    QTemporaryDir m_home;
    QTemporaryDir m_dir; ///< the workspace the first case makes; the next one enrolls it
    QString m_workspace;
};

void TestCliKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session with a keyring: run through scripts/test.sh, which starts one.");
}

void TestCliKeychain::inspectSignsAndVerifyNamesTampering()
{
    QTemporaryDir &dir = m_dir;
    // A workspace with one inspector, as the app makes it; the list goes into that profile's data file.
    const QString workspace = dir.filePath(QStringLiteral("workspace"));
    m_workspace = workspace;
    qint64 profileId = 0;
    {
        const SystemClock clock;
        auto profiles = ProfileStore::open(Workspace::profilesPath(workspace), clock);
        QVERIFY2(profiles.ok(), qPrintable(profiles.error()));
        auto created = profiles.value()->create({QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("KTV-0719"),
                                                 QStringLiteral("Điện lực Thủ Dầu Một"), Role::Inspector,
                                                 QStringLiteral("2580"), std::nullopt});
        QVERIFY2(created.ok(), qPrintable(created.error()));
        profileId = created->id;
    }
    const QString db = QDir(workspace).filePath(QStringLiteral("profiles/%1.sqlite").arg(profileId));
    const QString list = dir.filePath(QStringLiteral("list.csv"));
    QFile csv(list);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("MA_KHANG,TEN_KHANG,DIA_CHI,SO_CTO,SO_HO,CHUOI_GIA,SL_202509,SL_202510,SL_202511\n"
              "PB07010000001,Nguyễn Văn Đức,12 Yersin,2500011111,4,SHBT:100%,300,320,310\n");
    csv.close();
    QVERIFY(QDir().mkpath(QFileInfo(db).absolutePath()));
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
    const auto writeAnswers = [&file](const QByteArray &json) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        file.close();
    };
    writeAnswers(R"({
      "checks": ["households", "reading"],
      "identify": {"reading": 15310, "previousReading": 15000, "previousReadingDate": "2025-10-25",
                   "present": {"name": "Trần Thị Lan", "idNumber": "074185000123"}},
      "households": {"households": [{"head": "Trần Thị Lan", "document": "cccd"},
                                    {"head": "Lê Văn Hùng", "document": "ct07"}], "renterPersons": 3},
      "statement": "Đồng ý.",
      "photos": [{"file": "meter.png", "kind": "meter-photo", "caption": "Công tơ"}],
      "signatures": {"customer": "customer.png", "inspector": "inspector.png"}
    })");
    const QString out = dir.filePath(QStringLiteral("out"));
    const QStringList inspect{QStringLiteral("--lang"),
                              QStringLiteral("en"),
                              QStringLiteral("inspect"),
                              QStringLiteral("--workspace"),
                              workspace,
                              QStringLiteral("--profile"),
                              QStringLiteral("KTV-0719"),
                              QStringLiteral("--customer"),
                              QStringLiteral("PB07010000001"),
                              QStringLiteral("--answers"),
                              answers,
                              QStringLiteral("--out"),
                              out};

    // Without a terminal the PIN must come from a descriptor; a wrong PIN signs nothing.
    const CliRun noPin = run(inspect);
    QCOMPARE(noPin.exitCode, 2);
    QVERIFY2(noPin.err.contains(QStringLiteral("--pin-fd")), qPrintable(noPin.err));
    const CliRun wrongPin = run(inspect + QStringList{QStringLiteral("--pin-fd"), QStringLiteral("0")}, "1111\n");
    QCOMPARE(wrongPin.exitCode, 2);
    QVERIFY2(wrongPin.err.contains(QStringLiteral("wrong PIN")), qPrintable(wrongPin.err));
    const CliRun nobody =
        run(QStringList(inspect).replaceInStrings(QStringLiteral("KTV-0719"), QStringLiteral("KTV-9")) +
                QStringList{QStringLiteral("--pin-fd"), QStringLiteral("0")},
            "2580\n");
    QCOMPARE(nobody.exitCode, 2);
    QVERIFY2(nobody.err.contains(QStringLiteral("KTV-9")), qPrintable(nobody.err));

    const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
    const CliRun inspected =
        run(inspect + QStringList{QStringLiteral("--pin-fd"), QStringLiteral("0"), QStringLiteral("--json")}, "2580\n");
    QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.err));
    const QJsonObject result = QJsonDocument::fromJson(inspected.out.toUtf8()).object();
    const QString folder = result.value(QStringLiteral("folder")).toString();
    QCOMPARE(result.value(QStringLiteral("signer")).toString(), QStringLiteral("Nguyễn Văn Đức"));
    QVERIFY(result.value(QStringLiteral("number")).toString().startsWith(QStringLiteral("KTV-0719-")));
    QVERIFY(QFile::exists(folder + QStringLiteral("/bien-ban.pdf")));
    QCOMPARE(QDir(folder + QStringLiteral("/evidence")).entryList(QDir::Files).size(), 3);
    // The profile's record folder as in the app, beside its data file, holds it too.
    QVERIFY(QFile::exists(QDir(workspace).filePath(QStringLiteral("profiles/%1-records/%2/record.json")
                                                       .arg(profileId)
                                                       .arg(result.value(QStringLiteral("number")).toString()))));

    // Signed at the clock's time, by the profile's own key (the one the app signs with), from the keychain.
    const auto record = SignedRecord::readFolder(folder);
    QVERIFY(record.ok());
    const QDateTime signedAt =
        QDateTime::fromString(record->record.value(QStringLiteral("finalisedAt")).toString(), Qt::ISODate);
    QVERIFY2(signedAt >= before && signedAt <= QDateTime::currentDateTime().addSecs(1),
             qPrintable(signedAt.toString(Qt::ISODate)));
    KeychainSecretStore keychain;
    const auto key = DeviceKey::load(keychain, DeviceKey::keyName(false, profileId));
    QVERIFY2(key.ok(), qPrintable(key.error()));
    QCOMPARE(record->publicKey, key->publicKey());
    QCOMPARE(record->record.value(QStringLiteral("inspector")).toObject().value(QStringLiteral("card")).toString(),
             QStringLiteral("KTV-0719"));

    // Without registered keys a valid signature proves nothing: verify says so and does not pass it.
    const CliRun unknown = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("verify"), folder});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("--trusted-keys")), qPrintable(unknown.err));
    // As the profile that signed it (its own key, from the keychain): intact, and who signed is named.
    const QStringList asProfile{QStringLiteral("--workspace"), workspace,
                                QStringLiteral("--profile"),   QStringLiteral("KTV-0719"),
                                QStringLiteral("--pin-fd"),    QStringLiteral("0")};
    const CliRun intact =
        run(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("verify"), folder} + asProfile,
            "2580\n");
    QVERIFY2(intact.exitCode == 0, qPrintable(intact.err));
    QVERIFY(intact.out.contains(result.value(QStringLiteral("fingerprint")).toString()));
    QVERIFY2(intact.out.contains(QStringLiteral("Signed by")), qPrintable(intact.out));

    // Edited (one more household) and re-signed with a fresh Ed25519 key: consistent, and not intact.
    {
        QTemporaryDir copyDir;
        const QString forged = copyDir.filePath(QStringLiteral("forged"));
        QJsonObject json = record->record;
        QJsonObject proposal = json.value(QStringLiteral("proposal")).toObject();
        proposal.insert(QStringLiteral("households"), proposal.value(QStringLiteral("households")).toInt() + 1);
        json.insert(QStringLiteral("proposal"), proposal);
        InMemorySecretStore other;
        const DeviceKey fresh = DeviceKey::loadOrCreate(other, QStringLiteral("someone")).value();
        const auto resigned = SignedRecord::sign(json, fresh);
        QVERIFY(resigned.ok());
        const QString evidence = QDir(workspace).filePath(QStringLiteral("profiles/%1-evidence").arg(profileId));
        QVERIFY(resigned->writeFolder(forged, EvidenceStore(evidence)));
        const CliRun refused = run(
            QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("verify"), forged} + asProfile,
            "2580\n");
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("not the key of any registered device")), qPrintable(refused.err));
        // The same with a keys file (the server's export) that lists only the real device.
        const QString keys = copyDir.filePath(QStringLiteral("keys.json"));
        QFile k(keys);
        QVERIFY(k.open(QIODevice::WriteOnly));
        k.write(
            QJsonDocument(QJsonObject{{QStringLiteral("keys"),
                                       QJsonArray{QJsonObject{{QStringLiteral("device"), QStringLiteral("d-1")},
                                                              {QStringLiteral("name"), QStringLiteral("tablet-07")},
                                                              {QStringLiteral("publicKey"),
                                                               QString::fromLatin1(key->publicKey().toBase64())}}}}})
                .toJson());
        k.close();
        const CliRun byFile = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("verify"), forged,
                                   QStringLiteral("--trusted-keys"), keys});
        QCOMPARE(byFile.exitCode, 1);
        const CliRun realByFile = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("verify"), folder,
                                       QStringLiteral("--trusted-keys"), keys});
        QVERIFY2(realByFile.exitCode == 0, qPrintable(realByFile.err));
        QVERIFY2(realByFile.out.contains(QStringLiteral("tablet-07")), qPrintable(realByFile.out));
    }

    // One byte of the record changed: verify fails and names record.json.
    QFile recordFile(folder + QStringLiteral("/record.json"));
    QVERIFY(recordFile.open(QIODevice::ReadWrite));
    QByteArray bytes = recordFile.readAll();
    const qsizetype at = bytes.indexOf("\"Tr");
    QVERIFY(at > 0);
    bytes[at + 1] = 'X';
    recordFile.seek(0);
    recordFile.write(bytes);
    recordFile.close();
    const CliRun tampered =
        run(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("verify"), folder} + asProfile,
            "2580\n");
    QCOMPARE(tampered.exitCode, 1);
    QVERIFY(tampered.err.contains(QStringLiteral("record.json")));
    QVERIFY(tampered.err.contains(QStringLiteral("NOT intact")));

    // Answers the signer does not choose, and a mistyped field: each named, nothing stored.
    for (const auto &[json, named] :
         {std::pair{QByteArray(R"({"inspector": {"name": "A", "card": "B"}, "checks": ["households"]})"),
                    QStringLiteral("--profile")},
          std::pair{QByteArray(R"({"finalisedAt": "2026-11-24T10:30:00+07:00", "checks": ["households"]})"),
                    QStringLiteral("visitedAt")},
          std::pair{QByteArray(R"({"checks": ["households"], "households": {"renterPersons": "five"}})"),
                    QStringLiteral("households.renterPersons")}}) {
        writeAnswers(json);
        const CliRun bad = run(inspect + QStringList{QStringLiteral("--pin-fd"), QStringLiteral("0")}, "2580\n");
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(named), qPrintable(bad.err));
    }
}

void TestCliKeychain::enrollAndSyncFromTheCli()
{
    QVERIFY2(!m_workspace.isEmpty(), "the first case makes the workspace");
    const QStringList asProfile{QStringLiteral("--workspace"), m_workspace,
                                QStringLiteral("--profile"),   QStringLiteral("KTV-0719"),
                                QStringLiteral("--pin-fd"),    QStringLiteral("0")};
    const auto cli = [&](const QStringList &args) {
        return run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args + asProfile, "2580\n");
    };
    // Not enrolled: no server to send to.
    const CliRun alone = cli({QStringLiteral("sync")});
    QCOMPARE(alone.exitCode, 2);
    QVERIFY2(alone.out.contains(QStringLiteral("not enrolled")), qPrintable(alone.out));

    auto server = std::make_unique<test::TestServer>();
    const sync::EnrollmentLink link = server->link();
    const CliRun enrolled = cli({QStringLiteral("enroll"), QStringLiteral("--link"), link.toText(),
                                 QStringLiteral("--wait"), QStringLiteral("0")});
    QCOMPARE(enrolled.exitCode, 1); // enrolled, not approved yet
    const auto devices = server->store().devices();
    QCOMPARE(int(devices.size()), 1);
    QVERIFY2(enrolled.out.contains(QStringLiteral("Comparison code: ") + devices.front().comparison),
             qPrintable(enrolled.out));
    QCOMPARE(devices.front().card, QStringLiteral("KTV-0719"));
    // A pin that is not the server's: refused before anything is sent.
    sync::EnrollmentLink wrong = server->link();
    wrong.pin = QString(64, QLatin1Char('a'));
    QCOMPARE(cli({QStringLiteral("enroll"), QStringLiteral("--server"), wrong.server.toString(),
                  QStringLiteral("--pin"), wrong.pin, QStringLiteral("--code"), wrong.code})
                 .exitCode,
             2);

    const CliRun pending = cli({QStringLiteral("sync")});
    QCOMPARE(pending.exitCode, 1);
    QVERIFY(
        server->store().setDeviceStatus(devices.front().id, QStringLiteral("approved"), QStringLiteral("leader:lan")));
    const CliRun synced = cli({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err + synced.out));
    const QJsonObject report = QJsonDocument::fromJson(synced.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("done"));
    const QJsonArray records = report.value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("received"));
    QCOMPARE(int(server->store().records().size()), 1);

    // The leader returns it; the next sync says so, in words.
    const QString id = records.first().toObject().value(QStringLiteral("id")).toString();
    QVERIFY(server->store().review(id, 1, QStringLiteral("return"), QStringLiteral("Thiếu ảnh CCCD."),
                                   QStringLiteral("leader:lan")));
    const CliRun returned = cli({QStringLiteral("sync")});
    QCOMPARE(returned.exitCode, 0);
    QVERIFY2(returned.out.contains(QStringLiteral("Thiếu ảnh CCCD.")), qPrintable(returned.out));

    // The server gone: exit 2, nothing changed on the tablet.
    server.reset();
    const CliRun gone = cli({QStringLiteral("sync")});
    QCOMPARE(gone.exitCode, 2);
    QVERIFY2(gone.out.contains(QStringLiteral("No answer")), qPrintable(gone.out));
}

QTEST_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
