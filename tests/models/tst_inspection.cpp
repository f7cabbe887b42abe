// The inspection core: canonical bytes, each check on worked numbers, finalise and sign (in-memory secret
// store), tampering found by verify, the PDF read back with pdftotext, drafts and corrections.

#include "models/core/clock.h"
#include "models/customers/customerrepository.h"
#include "models/inspection/canonicaljson.h"
#include "models/inspection/checks.h"
#include "models/inspection/devicekey.h"
#include "models/inspection/evidencestore.h"
#include "models/inspection/finaliser.h"
#include "models/inspection/inspectionstore.h"
#include "models/security/secretstore.h"
#include "models/storage/profiledata.h"
#include "models/tariff/tarifflibrary.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtSql/QSqlQuery>

using namespace ta;

namespace {

Customer residential(double households)
{
    Customer c;
    c.code = QStringLiteral("PB07010000007");
    c.name = QStringLiteral("Đỗ Công Long");
    c.address = QStringLiteral("19 Huỳnh Văn Lũy, Phường Chánh Nghĩa");
    c.meterSerial = QStringLiteral("2500055433");
    c.households = households;
    c.priceString = QStringLiteral("SHBT:100%");
    for (int m = 1; m <= 12; ++m)
        c.history.push_back({202500 + m, 300, std::nullopt, std::nullopt, std::nullopt});
    return c;
}

QByteArray png(Qt::GlobalColor color)
{
    QImage image(120, 60, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestInspection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalBytes_data();
    void canonicalBytes();
    void canonicalIgnoresLocaleAndOrder();
    void canonicalBytesAreStableAcrossRuns();
    void households_data();
    void households();
    void ratio();
    void threeRate_data();
    void threeRate();
    void reading_data();
    void reading();
    void keyNeverCreatedWhenTheStoreFails();
    void finaliseSignVerifyTamperAndPdf();
    void draftsResumeAndRecordsStayFrozen();
};

void TestInspection::canonicalBytes_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("sorted keys, no spaces")
        << QJsonValue(QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), QJsonArray{true, QJsonValue()}}})
        << QByteArray(R"({"a":[true,null],"b":1})");
    QTest::newRow("UTF-8 text, minimal escapes") << QJsonValue(QStringLiteral("Đức \"x\"\\\n\t\u0001/"))
                                                 << QByteArray("\"\xc4\x90\xe1\xbb\xa9"
                                                               "c \\\"x\\\"\\\\\\n\\t\\u0001/\"");
    QTest::newRow("whole numbers, negative zero as 0") << QJsonValue(-0.0) << QByteArray("0");
    QTest::newRow("large whole number") << QJsonValue(9007199254740992.0) << QByteArray("9007199254740992");
    QTest::newRow("keys by UTF-16 code unit")
        << QJsonValue(QJsonObject{{QStringLiteral("é"), 1}, {QStringLiteral("z"), 2}, {QStringLiteral("Z"), 3}})
        << QByteArray("{\"Z\":3,\"z\":2,\"\xc3\xa9\":1}");
}

void TestInspection::canonicalBytes()
{
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, bytes);
    const auto out = canonicalJson::serialize(value);
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QCOMPARE(out.value(), bytes);
}

void TestInspection::canonicalIgnoresLocaleAndOrder()
{
    // A fraction is refused, naming where it is.
    const auto refused =
        canonicalJson::serialize(QJsonObject{{QStringLiteral("a"), QJsonObject{{QStringLiteral("kw"), 1.5}}}});
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(QStringLiteral("a.kw")));
    // Decimal text does not depend on the locale.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Vietnamese));
    QCOMPARE(canonicalJson::decimal(2.75, 2), QStringLiteral("2.75"));
    QCOMPARE(canonicalJson::decimal(1.0), QStringLiteral("1"));
    QCOMPARE(canonicalJson::decimal(-0.0001), QStringLiteral("0"));
    // The same inspection built twice, in a different order of insertion, gives the same bytes.
    Inspection in;
    in.id = QStringLiteral("x");
    in.checks = {QStringLiteral("households")};
    in.households.households = {{QStringLiteral("Trần Thị Lan"), QStringLiteral("cccd")}};
    in.ratio.appliances = {{QStringLiteral("Máy lạnh"), 1.2, 2, 0.8, 8, 26, QStringLiteral("KDDV")}};
    const QByteArray a = canonicalJson::serialize(in.toJson()).value();
    QLocale::setDefault(before);
    const QByteArray b = canonicalJson::serialize(Inspection::fromJson(in.toJson()).value().toJson()).value();
    QCOMPARE(a, b);
    QVERIFY(a.contains("\"kw\":\"1.2\""));
}

void TestInspection::canonicalBytesAreStableAcrossRuns()
{
    // A fixed inspection's bytes, recorded once: any change of field names, number or text formatting,
    // key order or escaping shows here as a different fingerprint (and would break every stored record).
    Inspection in;
    in.id = QStringLiteral("8e532e40-7907-41bc-8992-38a7f6844c95");
    in.customerCode = QStringLiteral("PB07010000007");
    in.startedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 5), QTimeZone(7 * 3600));
    in.checks = {QStringLiteral("households"), QStringLiteral("ratio"), QStringLiteral("reading")};
    in.identify.reading = 15230;
    in.identify.latitude = 10.98;
    in.identify.present = {QStringLiteral("Trần Thị Lan"), QStringLiteral("customer"), QStringLiteral("074185000123")};
    in.households.households = {{QStringLiteral("Trần Thị Lan"), QStringLiteral("cccd")}};
    in.households.renterPersons = 3;
    in.ratio.appliances = {{QStringLiteral("Máy lạnh \"2 HP\""), 1.8, 2, 0.8, 7.5, 26, QStringLiteral("KDDV")}};
    in.statement = QStringLiteral("Đồng ý.\nKý tên.");
    const QByteArray bytes = canonicalJson::serialize(in.toJson()).value();
    QVERIFY(bytes.contains(R"("hoursPerDay":"7.5","kw":"1.8","name":"Máy lạnh \"2 HP\"")"));
    QVERIFY(bytes.contains(R"("statement":"Đồng ý.\nKý tên.")"));
    QVERIFY(bytes.contains(R"("startedAt":"2026-11-24T10:05:00+07:00")"));
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
             QStringLiteral("98ecc935bbef6caf838dda03b6dcbc7caaadc3b12a21f066f8680789eeb93715"));
}

void TestInspection::households_data()
{
    QTest::addColumn<double>("declared");
    QTest::addColumn<int>("evidenced");
    QTest::addColumn<int>("renters");
    QTest::addColumn<double>("proposed");
    QTest::addColumn<bool>("change");
    // proposed = households evidenced + renters / 4 (every 4 persons one quota; 1–3 persons 1/4–3/4)
    QTest::newRow("4 declared, 2 living + 3 renters = 2.75") << 4.0 << 2 << 3 << 2.75 << true;
    QTest::newRow("2 declared, 2 living") << 2.0 << 2 << 0 << 2.0 << false;
    QTest::newRow("1 declared, 1 + 8 renters = 3") << 1.0 << 1 << 8 << 3.0 << true;
    QTest::newRow("1.5 declared, 1 + 2 renters = 1.5") << 1.5 << 1 << 2 << 1.5 << false;
    QTest::newRow("3 declared, only 5 renters = 1.25") << 3.0 << 0 << 5 << 1.25 << true;
}

void TestInspection::households()
{
    QFETCH(double, declared);
    QFETCH(int, evidenced);
    QFETCH(int, renters);
    QFETCH(double, proposed);
    QFETCH(bool, change);
    HouseholdAnswers answers;
    for (int i = 0; i < evidenced; ++i)
        answers.households.push_back({QStringLiteral("Hộ %1").arg(i + 1), QStringLiteral("ct07")});
    answers.renterPersons = renters;
    const auto r = Checks::households(residential(declared), answers);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->proposed, proposed);
    QCOMPARE(r->change, change);
    // Nobody listed: refused, nothing guessed.
    QVERIFY(!Checks::households(residential(declared), HouseholdAnswers{}).ok());
}

void TestInspection::ratio()
{
    Customer shop = residential(1);
    shop.priceString = QStringLiteral("SHBT:80%;KDDV:CL");
    RatioAnswers answers;
    // Air conditioner 1.2 kW × 2 × 0.8 × 8 h × 26 d = 399.36 kWh (business)
    // Refrigerator 0.15 kW × 1 × 1 × 24 h × 30 d = 108 kWh (residential)
    // Lighting 0.5 kW × 1 × 1 × 5 h × 30 d = 75 kWh (residential)
    answers.appliances = {{QStringLiteral("Máy lạnh"), 1.2, 2, 0.8, 8, 26, QStringLiteral("KDDV")},
                          {QStringLiteral("Tủ lạnh"), 0.15, 1, 1, 24, 30, QStringLiteral("SHBT")},
                          {QStringLiteral("Đèn"), 0.5, 1, 1, 5, 30, QStringLiteral("SHBT")}};
    CheckLimits limits;
    const auto r = Checks::ratio(shop, answers, limits);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    // Total 582.36 kWh: business 399.36 = 68.6 %, residential 183 = 31.4 %; agreed 20 % business → 48.6 points.
    QCOMPARE(r->measured.front().group, QStringLiteral("KDDV"));
    QVERIFY(qAbs(r->measured.front().percent - 68.576) < 0.01);
    QVERIFY(qAbs(r->largestDifference - 48.576) < 0.01);
    QCOMPARE(r->proposedPriceString, QStringLiteral("KDDV:CL;SHBT:31%"));
    QVERIFY(r->change);
    // Within tolerance: keep.
    limits.ratioTolerancePoints = 50;
    QVERIFY(!Checks::ratio(shop, answers, limits)->change);
    // An appliance with an unknown group is named.
    answers.appliances[1].group = QStringLiteral("XYZ");
    const auto bad = Checks::ratio(shop, answers, limits);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().contains(QStringLiteral("appliances[1]")));
}

void TestInspection::threeRate_data()
{
    QTest::addColumn<QString>("priceString");
    QTest::addColumn<int>("kwh");
    QTest::addColumn<int>("kva");
    QTest::addColumn<bool>("change");
    QTest::newRow("business 2,000 kWh: must move") << QStringLiteral("KDDV:100%") << 2000 << 0 << true;
    QTest::newRow("business 1,999 kWh: may stay") << QStringLiteral("KDDV:100%") << 1999 << 0 << false;
    QTest::newRow("production on 25 kVA: must move") << QStringLiteral("SXBT:100%") << 500 << 25 << true;
    QTest::newRow("production on 24 kVA, 500 kWh") << QStringLiteral("SXBT:100%") << 500 << 24 << false;
    QTest::newRow("residential 3,000 kWh: rule does not apply") << QStringLiteral("SHBT:100%") << 3000 << 0 << false;
}

void TestInspection::threeRate()
{
    QFETCH(QString, priceString);
    QFETCH(int, kwh);
    QFETCH(int, kva);
    QFETCH(bool, change);
    Customer c = residential(1);
    c.priceString = priceString;
    c.transformerKva = kva;
    for (MonthlyConsumption &m : c.history)
        m.kwh = kwh;
    const ThreeRateResult r = Checks::threeRate(c, {}, QDate(2026, 1, 10), CheckLimits{});
    QCOMPARE(r.averageKwh, qint64(kwh));
    QCOMPARE(r.change, change);
}

void TestInspection::reading_data()
{
    QTest::addColumn<qint64>("previous");
    QTest::addColumn<qint64>("today");
    QTest::addColumn<QString>("anomaly");
    // 300 kWh a month, 30 days since the last reading: 300 expected; jump above 250 %, drop below 30 %.
    QTest::newRow("as expected") << qint64(1000) << qint64(1290) << QString();
    QTest::newRow("below the previous") << qint64(1000) << qint64(990) << QStringLiteral("below-previous");
    QTest::newRow("zero") << qint64(1000) << qint64(1000) << QStringLiteral("zero");
    QTest::newRow("jump: 800 > 750") << qint64(1000) << qint64(1800) << QStringLiteral("jump");
    QTest::newRow("drop: 80 < 90") << qint64(1000) << qint64(1080) << QStringLiteral("drop");
}

void TestInspection::reading()
{
    QFETCH(qint64, previous);
    QFETCH(qint64, today);
    QFETCH(QString, anomaly);
    IdentifyAnswers id;
    id.previousReading = previous;
    id.reading = today;
    id.previousReadingDate = QDate(2026, 1, 1);
    const ReadingResult r = Checks::reading(residential(1), id, QDate(2026, 1, 31), CheckLimits{});
    QVERIFY(r.known);
    QCOMPARE(r.expected, qint64(300));
    QCOMPARE(r.anomalies.join(QLatin1Char(',')), anomaly);
}

// A store that cannot be reached, as a locked or missing keychain.
class BrokenStore final : public SecretStore
{
public:
    Result<QByteArray> readSecret(const QString &) override
    {
        return Result<QByteArray>::failure(QStringLiteral("no keychain"));
    }
    Result<bool> hasSecret(const QString &) override { return Result<bool>::failure(QStringLiteral("no keychain")); }
    Status writeSecret(const QString &, const QByteArray &) override
    {
        ++writes;
        return Status::failure(QStringLiteral("no keychain"));
    }
    Status removeSecret(const QString &) override { return Status::success(); }
    QString backendName() const override { return QStringLiteral("broken"); }
    int writes = 0;
};

void TestInspection::keyNeverCreatedWhenTheStoreFails()
{
    BrokenStore broken;
    const auto key = DeviceKey::loadOrCreate(broken, DeviceKey::keyName(false, 1));
    QVERIFY(!key.ok());
    QVERIFY(key.error().contains(QStringLiteral("no keychain")));
    QCOMPARE(broken.writes, 0);
    // A damaged key is reported, never replaced.
    InMemorySecretStore store;
    QVERIFY(store.writeSecret(QStringLiteral("k"), QByteArray(10, 'x')).ok());
    QVERIFY(!DeviceKey::loadOrCreate(store, QStringLiteral("k")).ok());
    QCOMPARE(store.readSecret(QStringLiteral("k")).value(), QByteArray(10, 'x'));
    // The first use creates the key; later uses find the same one.
    const auto first = DeviceKey::loadOrCreate(store, QStringLiteral("new"));
    QVERIFY(first.ok());
    QCOMPARE(DeviceKey::loadOrCreate(store, QStringLiteral("new"))->publicKey(), first->publicKey());
    const QByteArray signature = first->sign("bytes");
    QVERIFY(DeviceKey::verify("bytes", signature, first->publicKey()));
    QVERIFY(!DeviceKey::verify("bytez", signature, first->publicKey()));
}

void TestInspection::finaliseSignVerifyTamperAndPdf()
{
    QTemporaryDir dir;
    auto db = ProfileData::open(dir.filePath(QStringLiteral("d.sqlite")), WorkspaceKind::Real);
    QVERIFY(db.ok());
    QVERIFY(CustomerRepository(db.value()->connection()).insert(residential(4)).ok());
    EvidenceStore evidence(dir.filePath(QStringLiteral("evidence")));
    const auto customerSig = evidence.add(png(Qt::black), QStringLiteral("signature-customer"));
    const auto inspectorSig = evidence.add(png(Qt::blue), QStringLiteral("signature-inspector"));
    const auto photo = evidence.add(png(Qt::gray), QStringLiteral("meter-photo"), QStringLiteral("Công tơ"));
    QVERIFY(customerSig.ok() && inspectorSig.ok() && photo.ok());
    QVERIFY(!evidence.add("not a picture", QStringLiteral("photo")).ok());

    InspectionStore store(*db.value());
    const QDateTime at(QDate(2026, 11, 24), QTime(10, 30), QTimeZone(7 * 3600));
    auto draft = store.startDraft(QStringLiteral("PB07010000007"), {QStringLiteral("households")}, at);
    QVERIFY(draft.ok());
    Inspection in = draft.value();
    in.identify.present = {QStringLiteral("Trần Thị Lan"), QStringLiteral("customer"), QStringLiteral("074185000123")};
    in.households.households = {{QStringLiteral("Trần Thị Lan"), QStringLiteral("cccd")},
                                {QStringLiteral("Lê Văn Hùng"), QStringLiteral("ct07")}};
    in.households.renterPersons = 3;
    in.evidence = {customerSig.value(), inspectorSig.value(), photo.value()};
    in.signatures.customer = customerSig->fileName;

    InMemorySecretStore secrets;
    const TariffLibrary library = TariffLibrary::load();
    Finaliser finaliser(*db.value(), evidence, secrets, library);
    FinaliseRequest request;
    request.inspection = in;
    request.context = {QStringLiteral("Điện lực Thủ Dầu Một"),
                       QStringLiteral("Nguyễn Văn Đức"),
                       QStringLiteral("KTV-0719"),
                       1,
                       QStringLiteral("tablet-07"),
                       true,
                       {},
                       {}};
    request.finalisedAt = at;
    request.keyName = DeviceKey::keyName(true, 1);
    // Without the inspector's signature nothing is signed.
    const auto refused = finaliser.finalise(request);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(QStringLiteral("signature")));
    request.inspection.signatures.inspector = inspectorSig->fileName;
    const auto record = finaliser.finalise(request);
    QVERIFY2(record.ok(), qPrintable(record.error()));
    QCOMPARE(record->record.value(QStringLiteral("number")).toString(), QStringLiteral("KTV-0719-20261124-1"));
    QCOMPARE(record->record.value(QStringLiteral("proposal")).toObject().value(QStringLiteral("households")).toString(),
             QStringLiteral("2.75"));
    QVERIFY(record->record.value(QStringLiteral("impact")).toObject().value(QStringLiteral("total")).toDouble() > 0);
    // The same inspection finalised again is refused; the record is read-only.
    QVERIFY(!finaliser.finalise(request).ok());
    QVERIFY(!store.saveDraft(request.inspection, at).ok());
    QSqlQuery status(db.value()->connection());
    QVERIFY(status.exec(QStringLiteral("SELECT visit_status FROM customers")) && status.next());
    QCOMPARE(status.value(0).toString(), QStringLiteral("recorded"));
    status.finish();

    // Canonical bytes: rebuilding from the stored record gives the same bytes and fingerprint.
    const auto stored = store.record(record->id());
    QVERIFY(stored.ok());
    QCOMPARE(stored->canonical, record->canonical);
    QCOMPARE(canonicalJson::serialize(stored->record).value(), record->canonical);

    const QString folder = dir.filePath(QStringLiteral("out/record"));
    QVERIFY(finaliser.exportRecord(record.value(), folder).ok());
    VerifyReport report = verifyRecord(folder);
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QCOMPARE(report.evidenceChecked, 3);

    // The PDF read back: Vietnamese text, the key fields, the watermark of a training record.
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {folder + QStringLiteral("/bien-ban.pdf"), QStringLiteral("-")});
    QVERIFY2(pdftotext.waitForFinished(30000) && pdftotext.exitCode() == 0, "pdftotext failed");
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    for (const QString &expected :
         {QStringLiteral("BIÊN BẢN KIỂM TRA ÁP GIÁ BÁN ĐIỆN"), QStringLiteral("KTV-0719-20261124-1"),
          QStringLiteral("Đỗ Công Long"), QStringLiteral("PB07010000007"),
          QStringLiteral("Điều chỉnh số hộ từ 4 thành"), QStringLiteral("2,75"), QStringLiteral("TT 16/2014/TT-BCT"),
          QStringLiteral("ĐÀO TẠO"), record->fingerprint, QStringLiteral("Trần Thị Lan")})
        QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("PDF lacks: ") + expected));

    // Tampering: one byte of the record, then one byte of an evidence file.
    QFile recordFile(folder + QStringLiteral("/record.json"));
    QVERIFY(recordFile.open(QIODevice::ReadWrite));
    QByteArray bytes = recordFile.readAll();
    const qsizetype at4 = bytes.indexOf("\"2.75\"");
    QVERIFY(at4 > 0);
    bytes[at4 + 1] = '3';
    recordFile.seek(0);
    recordFile.write(bytes);
    recordFile.close();
    report = verifyRecord(folder);
    QVERIFY(!report.intact());
    QVERIFY(report.problems.join(QLatin1Char(' ')).contains(QStringLiteral("record.json")));
    bytes[at4 + 1] = '2';
    QVERIFY(recordFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    recordFile.write(bytes);
    recordFile.close();
    QVERIFY(verifyRecord(folder).intact());
    QFile photoFile(folder + QStringLiteral("/evidence/") + photo->fileName);
    QVERIFY(photoFile.open(QIODevice::ReadWrite));
    QByteArray picture = photoFile.readAll();
    picture[picture.size() - 20] = char(picture[picture.size() - 20] ^ 0x01);
    photoFile.seek(0);
    photoFile.write(picture);
    photoFile.close();
    report = verifyRecord(folder);
    QVERIFY(!report.intact());
    QCOMPARE(report.problems.size(), 1);
    QVERIFY(report.problems.constFirst().contains(photo->fileName));

    // "Correct" makes a new revision naming the record it replaces.
    const auto correction = store.startCorrection(record->id(), at.addSecs(3600));
    QVERIFY2(correction.ok(), qPrintable(correction.error()));
    QCOMPARE(correction->revision, 2);
    QCOMPARE(correction->replaces, record->id());
    QVERIFY(correction->signatures.customer.isEmpty());
    QCOMPARE(correction->households.renterPersons, 3);
}

void TestInspection::draftsResumeAndRecordsStayFrozen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.sqlite"));
    QString id;
    {
        auto db = ProfileData::open(path, WorkspaceKind::Real);
        QVERIFY(CustomerRepository(db.value()->connection()).insert(residential(2)).ok());
        InspectionStore store(*db.value());
        const QDateTime now = QDateTime::currentDateTime();
        auto draft = store.startDraft(QStringLiteral("PB07010000007"),
                                      {QStringLiteral("households"), QStringLiteral("reading")}, now);
        QVERIFY(draft.ok());
        Inspection in = draft.value();
        in.step = QStringLiteral("households");
        in.identify.reading = 15230;
        in.households.renterPersons = 5;
        QVERIFY(store.saveDraft(in, now).ok());
        id = in.id;
    } // the connection closes as a killed process's would; every save was already committed
    auto db = ProfileData::open(path, WorkspaceKind::Real);
    InspectionStore store(*db.value());
    const auto resumed = store.openDraft(QStringLiteral("PB07010000007"));
    QVERIFY(resumed.has_value());
    QCOMPARE(resumed->id, id);
    QCOMPARE(resumed->step, QStringLiteral("households"));
    QCOMPARE(resumed->identify.reading.value_or(0), qint64(15230));
    QCOMPARE(resumed->households.renterPersons, 5);
    QCOMPARE(resumed->checks, QStringList({QStringLiteral("households"), QStringLiteral("reading")}));
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT visit_status FROM customers")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("draft"));
    q.finish();
    // Bad answers are refused with the field's path.
    QJsonObject bad = resumed->toJson();
    bad.insert(QStringLiteral("households"), QJsonObject{{QStringLiteral("renterPersons"), QStringLiteral("năm")}});
    const auto refused = Inspection::fromJson(bad);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(QStringLiteral("households.renterPersons")));
}

QTEST_MAIN(TestInspection)
#include "tst_inspection.moc"
