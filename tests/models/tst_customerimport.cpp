// Importing customer lists: every encoding and separator, quoting, every row rule with its line, column,
// value and reason, atomicity (a killed import changes nothing), idempotent re-import, updates that keep
// the customer's row, and the search index that follows.

#include "models/core/clock.h"
#include "models/core/textarena.h"
#include "models/customers/customergenerator.h"
#include "models/customers/customerrepository.h"
#include "models/customers/customersearch.h"
#include "models/customers/samplelist.h"
#include "models/customers/searchindex.h"
#include "models/customers/searchtext.h"
#include "models/importing/csvreader.h"
#include "models/importing/customerimport.h"
#include "models/storage/profiledata.h"
#include "models/tariff/tarifflibrary.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QtSql/QSqlQuery>

#include <xlsxwriter.h>

#include <algorithm>
#include <random>

using namespace ta;

Q_DECLARE_METATYPE(ta::Customer)

namespace {

const QString kHeader = QStringLiteral("MA_KHANG,TEN_KHANG,DIA_CHI,LOAI_DDO,SO_HO,CHUOI_GIA,SL_202509,SL_202510");

// The whole schema: tables, indexes (a fresh import drops and rebuilds the secondary ones), triggers.
QString schemaOf(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT group_concat(name || ':' || ifnull(sql, ''), '|') FROM (SELECT name, sql FROM "
                          "sqlite_master ORDER BY name)"));
    q.next();
    return q.value(0).toString();
}

QString snapshot(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT group_concat(id || code || name || households || history, '|') FROM "
                          "(SELECT * FROM customers ORDER BY id)"));
    q.next();
    QSqlQuery i(db.connection());
    i.exec(QStringLiteral("SELECT count(*) FROM imports"));
    i.next();
    return q.value(0).toString() + QLatin1Char('#') + i.value(0).toString();
}

} // namespace

class TestCustomerImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsEveryEncodingAndSeparator_data();
    void readsEveryEncodingAndSeparator();
    void quotedFieldsKeepSeparatorsAndLineBreaks();
    void fieldsReadAsWritten_data();
    void fieldsReadAsWritten();
    void vietnameseHeadersAreAliases();
    void rowRules_data();
    void rowRules();
    void fileLevelProblemsChangeNothing_data();
    void fileLevelProblemsChangeNothing();
    void reimportChangesNothingAndUpdatesKeepTheRow();
    void rowFingerprintsStayAsStored_data();
    void searchTextFoldsTheSameFromUtf8_data();
    void searchTextFoldsTheSameFromUtf8();
    void rowFingerprintsStayAsStored();
    void cancelledImportChangesNothing();
    void killedImportChangesNothing();
    void issuesExportAsCsv();
    void searchFindsWithoutMarks();
    void searchIndexOfALongListIsBuiltInShards();
    void textArenaKeepsTextsUntilCleared();
    void indexesFollowRowsInAnyOrder_data();
    void indexesFollowRowsInAnyOrder();
    void searchIndexBuiltWhileRowsChangeIsNotStored();
    void bytesThatAreNotUtf8AreRefusedWhereTheyAre();
    void mappedColumnsAreRemembered();
    void importsWorkbooks_data();
    void importsWorkbooks();
    void importsWorkbooksOfManyWindows();

private:
    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("list.csv"));
    Result<ImportSummary> import(const QString &path);
    /// Imports @p customers generated from @p seed into the test's empty data file.
    void importGenerated(int customers, std::uint64_t seed);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    TariffLibrary m_library;
    FixedClock m_clock{QDateTime(QDate(2025, 11, 24), QTime(9, 0))};
};

void TestCustomerImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = ProfileData::open(m_dir->filePath(QStringLiteral("data.sqlite")), WorkspaceKind::Real);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = std::move(db).value();
    m_library = TariffLibrary::load();
}

void TestCustomerImport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestCustomerImport::write(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

Result<ImportSummary> TestCustomerImport::import(const QString &path)
{
    return CustomerImport(*m_db, m_library, m_clock).run(path);
}

void TestCustomerImport::readsEveryEncodingAndSeparator_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = QStringLiteral("MA_KHANG;TEN_KHANG;CHUOI_GIA\nPB07010000001;Nguyễn Văn Đức;SHBT:100%\n");
    const auto encode = [](const QString &s, QStringConverter::Encoding e, bool bom) {
        QStringEncoder enc(e, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        return QByteArray(enc.encode(s));
    };
    QTest::addRow("UTF-8, semicolons") << text.toUtf8();
    QTest::addRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    QTest::addRow("UTF-16 LE with BOM (Excel)") << encode(text, QStringConverter::Utf16LE, true);
    QTest::addRow("UTF-16 BE with BOM") << encode(text, QStringConverter::Utf16BE, true);
    QTest::addRow("UTF-16 LE without BOM") << encode(text, QStringConverter::Utf16LE, false);
    QTest::addRow("tabs") << QString(text).replace(QLatin1Char(';'), QLatin1Char('\t')).toUtf8();
    QTest::addRow("commas, CRLF") << QString(text)
                                         .replace(QLatin1Char(';'), QLatin1Char(','))
                                         .replace(QStringLiteral("\n"), QStringLiteral("\r\n"))
                                         .toUtf8();
    // Windows-1258 has ê, ă, ơ, ư, đ as letters and the five tones as combining marks: "Nguyễn Văn Đức" is
    // written "Nguyê" + tilde + "n Văn Đư" + acute + "c".
    QStringEncoder cp1258("windows-1258");
    QVERIFY2(cp1258.isValid(), "Windows-1258 is not available on this system");
    const QString legacy = QString(text).replace(QStringLiteral("Nguyễn Văn Đức"),
                                                 QStringLiteral("Nguy\u00EA\u0303n V\u0103n \u0110\u01B0\u0301c"));
    QTest::addRow("Windows-1258") << QByteArray(cp1258.encode(legacy));
}

void TestCustomerImport::readsEveryEncodingAndSeparator()
{
    QFETCH(QByteArray, bytes);
    auto summary = import(write(bytes));
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->imported, qint64(1));
    QCOMPARE(summary->rejected, qint64(0));
    const auto customer = CustomerRepository(m_db->connection()).findByCode(QStringLiteral("PB07010000001"));
    QVERIFY(customer);
    QCOMPARE(customer->name, QStringLiteral("Nguyễn Văn Đức")); // composed, whatever the file held
}

void TestCustomerImport::quotedFieldsKeepSeparatorsAndLineBreaks()
{
    const QByteArray csv =
        kHeader.toUtf8() +
        "\n"
        "PB07010000001,\"Quán \"\"Cô Ba\"\", chi nhánh 2\",\"12 Yersin,\nPhường Phú Cường\",1,1,SHBT:100%,120,130\n"
        "PB07010000002,Lê Thị Lan,,1,1,SHBT:100%,,\n"
        "\n"
        "PB07010000003,\"" +
        QByteArray(8000, 'x') + "\",,1,1,SHBT:100%,1,2\n";
    auto summary = import(write(csv));
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->imported, qint64(3));
    CustomerRepository repo(m_db->connection());
    const auto first = repo.findByCode(QStringLiteral("PB07010000001"));
    QCOMPARE(first->name, QStringLiteral("Quán \"Cô Ba\", chi nhánh 2"));
    QCOMPARE(first->address, QStringLiteral("12 Yersin,\nPhường Phú Cường"));
    QCOMPARE(int(first->history.size()), 2);
    QCOMPARE(first->history.back().kwh, 130);
    QVERIFY(repo.findByCode(QStringLiteral("PB07010000002"))->history.empty());
    QCOMPARE(repo.findByCode(QStringLiteral("PB07010000003"))->name.size(), 8000);
}

void TestCustomerImport::fieldsReadAsWritten_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("fields");
    // Blanks around a plain field go (as QString::trimmed: a no-break space is one), a quoted field keeps them.
    QTest::addRow("blanks") << QStringLiteral("  padded  ,\u00A0nbsp\u00A0,\"  quoted  \",\tx\t").toUtf8()
                            << QStringList{QStringLiteral("padded"), QStringLiteral("nbsp"),
                                           QStringLiteral("  quoted  "), QStringLiteral("x")};
    // A byte-order mark inside the text is a character of its field, not a mark to drop.
    QTest::addRow("mark inside") << QStringLiteral("a,\uFEFFb,c").toUtf8()
                                 << QStringList{QStringLiteral("a"), QStringLiteral("\uFEFFb"), QStringLiteral("c")};
    QTest::addRow("quotes and marks") << QStringLiteral("\"Cô \"\"Ba\"\"\",Đức,,🙂").toUtf8()
                                      << QStringList{QStringLiteral("Cô \"Ba\""), QStringLiteral("Đức"), QString(),
                                                     QStringLiteral("🙂")};
    // Text after a closing quote belongs to the field (as spreadsheets read it), untrimmed.
    QTest::addRow("after a quote") << QByteArray("\"a\" b ,c")
                                   << QStringList{QStringLiteral("a b "), QStringLiteral("c")};
}

void TestCustomerImport::fieldsReadAsWritten()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, fields);
    // Read as views of one text and as a list: the same fields, row after row.
    QByteArray text = bytes + "\n" + bytes + "\r\n";
    QBuffer views(&text), list(&text);
    QVERIFY(views.open(QIODevice::ReadOnly) && list.open(QIODevice::ReadOnly));
    CsvReader byViews(views), byList(list);
    RowFields row;
    QStringList listed;
    qint64 line = 0;
    for (int n = 1; n <= 2; ++n) {
        QVERIFY2(byViews.nextRow(row, line), qPrintable(byViews.errorString()));
        QCOMPARE(line, qint64(n));
        QCOMPARE(row.toList(), fields);
        QVERIFY(byList.next(listed, line));
        QCOMPARE(listed, fields);
    }
    QVERIFY(!byViews.nextRow(row, line));
    QVERIFY(byViews.isValid());
}

void TestCustomerImport::vietnameseHeadersAreAliases()
{
    const QByteArray csv = "Mã khách hàng,TÊN KHÁCH HÀNG,dia chi,  Chuỗi giá ,Số hộ,Sản lượng 202510\n"
                           "PB07010000009,Trần Bích,5 Ngô Quyền,SHBT:100%,2,210\n";
    auto summary = import(write(csv));
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->imported, qint64(1));
    const auto c = CustomerRepository(m_db->connection()).findByCode(QStringLiteral("PB07010000009"));
    QCOMPARE(c->households, 2.0);
    QCOMPARE(c->history.front().kwh, 210);
}

void TestCustomerImport::rowRules_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("reasonPart");
    const QString h = kHeader;
    QTest::addRow("bad code") << h << QStringLiteral("PB0701,An,,1,1,SHBT:100%,1,1") << QStringLiteral("MA_KHANG")
                              << QStringLiteral("13 characters");
    QTest::addRow("no name") << h << QStringLiteral("PB07010000001,,,1,1,SHBT:100%,1,1") << QStringLiteral("TEN_KHANG")
                             << QStringLiteral("missing");
    QTest::addRow("meter kind 2") << h << QStringLiteral("PB07010000001,An,,2,1,SHBT:100%,1,1")
                                  << QStringLiteral("LOAI_DDO") << QStringLiteral("1 (single-rate)");
    QTest::addRow("households 1.3") << h << QStringLiteral("PB07010000001,An,,1,1.3,SHBT:100%,1,1")
                                    << QStringLiteral("SO_HO") << QStringLiteral("0.25");
    QTest::addRow("shares over 100") << h << QStringLiteral("PB07010000001,An,,1,1,SHBT:80%;KDDV:30%,1,1")
                                     << QStringLiteral("CHUOI_GIA") << QStringLiteral("100");
    QTest::addRow("unknown price group") << h << QStringLiteral("PB07010000001,An,,1,1,XYZ:100%,1,1")
                                         << QStringLiteral("CHUOI_GIA") << QStringLiteral("XYZ");
    QTest::addRow("negative kWh") << h << QStringLiteral("PB07010000001,An,,1,1,SHBT:100%,-5,1")
                                  << QStringLiteral("SL_202509") << QStringLiteral("0 or more");
    QTest::addRow("text kWh") << h << QStringLiteral("PB07010000001,An,,1,1,SHBT:100%,nhiều,1")
                              << QStringLiteral("SL_202509") << QStringLiteral("whole number");
    QTest::addRow("three-rate kWh on a single-rate meter")
        << QStringLiteral("MA_KHANG,TEN_KHANG,LOAI_DDO,CHUOI_GIA,SL_202510,SL_BT_202510,SL_CD_202510,SL_TD_202510")
        << QStringLiteral("PB07010000001,An,1,KDDV:100%,100,60,20,20") << QStringLiteral("SL_BT_202510")
        << QStringLiteral("single-rate");
    QTest::addRow("registers that do not add up")
        << QStringLiteral("MA_KHANG,TEN_KHANG,LOAI_DDO,CHUOI_GIA,SL_202510,SL_BT_202510,SL_CD_202510,SL_TD_202510")
        << QStringLiteral("PB07010000001,An,3,KDDV:100%,100,60,20,30") << QStringLiteral("SL_202510")
        << QStringLiteral("110");
    QTest::addRow("position outside Vietnam") << QStringLiteral("MA_KHANG,TEN_KHANG,CHUOI_GIA,TOA_DO")
                                              << QStringLiteral("PB07010000001,An,SHBT:100%,\"48.85,2.35\"")
                                              << QStringLiteral("TOA_DO") << QStringLiteral("Vietnam");
    QTest::addRow("too few fields") << h << QStringLiteral("PB07010000001,An") << QStringLiteral("-")
                                    << QStringLiteral("fields");
    QTest::addRow("voltage") << QStringLiteral("MA_KHANG,TEN_KHANG,CHUOI_GIA,CAP_DIEN_AP")
                             << QStringLiteral("PB07010000001,An,SHBT:100%,trung thế") << QStringLiteral("CAP_DIEN_AP")
                             << QStringLiteral("<6kV"); // the classes the tariff books name are listed
}

void TestCustomerImport::rowRules()
{
    QFETCH(QString, header);
    QFETCH(QString, row);
    QFETCH(QString, column);
    QFETCH(QString, reasonPart);
    // A good row before and after: they are stored, the bad one is listed and skipped.
    const int columns = int(header.count(QLatin1Char(','))) + 1;
    QStringList good{QStringLiteral("PB07019999998"), QStringLiteral("Tốt"), QStringLiteral("SHBT:100%")};
    QStringList goodRow;
    for (const QString &name : header.split(QLatin1Char(',')))
        goodRow << (name == QLatin1StringView("MA_KHANG")    ? good[0]
                    : name == QLatin1StringView("TEN_KHANG") ? good[1]
                    : name == QLatin1StringView("CHUOI_GIA") ? good[2]
                    : name == QLatin1StringView("LOAI_DDO")  ? QStringLiteral("1")
                                                             : QString());
    QCOMPARE(goodRow.size(), columns);
    const QString other = QString(goodRow.join(QLatin1Char(','))).replace(good[0], QStringLiteral("PB07019999999"));
    const QByteArray csv = (header + QLatin1Char('\n') + goodRow.join(QLatin1Char(',')) + QLatin1Char('\n') + row +
                            QLatin1Char('\n') + other + QLatin1Char('\n'))
                               .toUtf8();
    auto summary = import(write(csv));
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->imported, qint64(2));
    QCOMPARE(summary->rejected, qint64(1));
    QVERIFY(!summary->issues.empty());
    const ImportIssue &issue = summary->issues.front();
    QCOMPARE(issue.line, qint64(3));
    QCOMPARE(issue.column, column);
    QVERIFY2(issue.reason.contains(reasonPart), qPrintable(issue.reason));
    QVERIFY(!CustomerRepository(m_db->connection()).findByCode(QStringLiteral("PB07010000001")));
}

void TestCustomerImport::fileLevelProblemsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addRow("empty file") << QByteArray() << QStringLiteral("empty");
    QTest::addRow("header only") << kHeader.toUtf8() + "\n" << QStringLiteral("no customers");
    QTest::addRow("required column missing")
        << QByteArray("MA_KHANG,TEN_KHANG\nPB07010000001,An\n") << QStringLiteral("CHUOI_GIA");
    QTest::addRow("column twice") << QByteArray("MA_KHANG,TEN_KHANG,CHUOI_GIA,Mã khách hàng\n")
                                  << QStringLiteral("twice");
    QTest::addRow("a damaged workbook") << QByteArray("PK\x03\x04\x14\x00\x06\x00garbage", 16)
                                        << QStringLiteral("xlsx");
    // Files picked by mistake: refused before any column is read from them, naming what they are.
    QTest::addRow("a PDF") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n") << QStringLiteral("PDF document");
    QTest::addRow("a picture") << QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR", 16)
                               << QStringLiteral("Byte 7 is binary data (0x1a)");
    QTest::addRow("a NUL in the header") << QByteArray("MA_KHANG,TEN\x00KHANG\n", 19)
                                         << QStringLiteral("Byte 13 is binary data (0x00)");
}

void TestCustomerImport::fileLevelProblemsChangeNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QVERIFY(
        import(write(kHeader.toUtf8() + "\nPB07010000001,An,,1,1,SHBT:100%,1,2\n", QStringLiteral("first.csv"))).ok());
    const QString before = snapshot(*m_db);
    auto summary = import(write(bytes));
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error().contains(expected), qPrintable(summary.error()));
    QCOMPARE(snapshot(*m_db), before);
    auto missing = import(m_dir->filePath(QStringLiteral("no-such-file.csv")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(QStringLiteral("no-such-file.csv")));
}

void TestCustomerImport::reimportChangesNothingAndUpdatesKeepTheRow()
{
    GeneratorOptions o;
    o.customers = 3000;
    o.seed = 4;
    o.lastMonth = 202510;
    const QString path = m_dir->filePath(QStringLiteral("branch.csv"));
    QVERIFY(SampleCustomerList::write(o, path).ok());
    auto first = import(path);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first->imported, qint64(3000));
    QCOMPARE(first->rejected, qint64(0));
    // The checksum recorded is the file's SHA-256 (taken as it was read, by OpenSSL; checked here with Qt's).
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(first->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    }
    // The first list's search index is built afterwards (in the app, by a background job).
    QVERIFY(SearchIndex::build(m_db->connection()).ok());
    const QString after = snapshot(*m_db);

    auto again = import(path);
    QVERIFY(again.ok());
    QCOMPARE(again->imported, qint64(0));
    QCOMPARE(again->updated, qint64(0));
    QCOMPARE(again->unchanged, qint64(3000));
    QCOMPARE(again->sha256, first->sha256);
    QCOMPARE(snapshot(*m_db).section(QLatin1Char('#'), 0, 0), after.section(QLatin1Char('#'), 0, 0));

    // A newer list: one customer's households changed, one new customer; the changed one keeps its row id.
    QSqlQuery id(m_db->connection());
    id.exec(QStringLiteral("SELECT id FROM customers WHERE code = 'PB07010000005'"));
    id.next();
    const qint64 rowId = id.value(0).toLongLong();
    const QByteArray newer =
        kHeader.toUtf8() + "\nPB07010000005,Đổi Tên,,1,3,SHBT:100%,10,20\nPB07059999999,Mới,,1,1,SHBT:100%,1,1\n";
    auto update = import(write(newer, QStringLiteral("newer.csv")));
    QVERIFY(update.ok());
    QCOMPARE(update->updated, qint64(1));
    QCOMPARE(update->imported, qint64(1));
    id.exec(QStringLiteral("SELECT id, households, name FROM customers WHERE code = 'PB07010000005'"));
    id.next();
    QCOMPARE(id.value(0).toLongLong(), rowId);
    QCOMPARE(id.value(1).toDouble(), 3.0);
    // The search index follows the new name and forgets the old one.
    auto hits = CustomerSearch(m_db->connection()).search(QStringLiteral("doi ten"));
    QCOMPARE(int(hits->size()), 1);
    QCOMPARE(hits->front().code, QStringLiteral("PB07010000005"));
    QSqlQuery imports(m_db->connection());
    imports.exec(QStringLiteral("SELECT count(*), min(file_name) FROM imports"));
    imports.next();
    QCOMPARE(imports.value(0).toInt(), 3);
}

void TestCustomerImport::rowFingerprintsStayAsStored_data()
{
    // Each stored row keeps the fingerprint of its fields (row_hash): a list imported again is compared with it,
    // so a fingerprint must not change from one version to the next (or every row of every file would read as
    // changed). The values are those stored by the first version with this fingerprint.
    QTest::addColumn<Customer>("customer");
    QTest::addColumn<quint64>("stored");
    Customer plain;
    plain.code = QStringLiteral("PB07010000001");
    plain.name = QStringLiteral("An");
    plain.priceString = QStringLiteral("SHBT:100%");
    plain.voltage = QStringLiteral("<6kV");
    QTest::addRow("fields left at their defaults") << plain << Q_UINT64_C(888239583367820848);
    Customer full;
    full.code = QStringLiteral("PB07030012345");
    full.name = QStringLiteral("Xưởng cơ khí Đức Thành");
    full.address = QStringLiteral("12 Yersin, Phường Phú Cường, Thủ Dầu Một");
    full.phone = QStringLiteral("0912 345 678");
    full.substation = QStringLiteral("TBA Phú Cường 3");
    full.routeBook = QStringLiteral("PB0703B0012");
    full.routeOrder = 417;
    full.meterSerial = QStringLiteral("SN-20210045");
    full.meterKind = MeterKind::ThreeRate;
    full.multiplier = 40;
    full.voltage = QStringLiteral("6-22kV");
    full.households = 2.25;
    full.priceString = QStringLiteral("KDDV:80%;SHBT:CL");
    full.transformerKva = 160;
    full.latitude = 10.9803125;
    full.longitude = 106.6519;
    full.lastRatioCheck = QDate(2024, 2, 29);
    full.history = {{202411, 2450, 1200, 450, 800},
                    {202412, 0, std::nullopt, std::nullopt, std::nullopt},
                    {202501, 2611, 1300, 511, 800}};
    QTest::addRow("every field, marks, three registers") << full << Q_UINT64_C(3441730686815212879);
    Customer renters = plain;
    renters.households = 0.25;
    renters.latitude = 8.0;
    renters.longitude = 109.99999949;
    renters.history = {{202506, 321, std::nullopt, std::nullopt, std::nullopt}};
    QTest::addRow("a quarter household, rounded position") << renters << Q_UINT64_C(11383312837793888681);
}

void TestCustomerImport::rowFingerprintsStayAsStored()
{
    QFETCH(Customer, customer);
    QFETCH(quint64, stored);
    QCOMPARE(customer.contentHash(), stored);
    QCOMPARE(CustomerRepository::Derived::of(customer).hash, stored);
}

void TestCustomerImport::searchTextFoldsTheSameFromUtf8_data()
{
    // The search index folds the stored UTF-8 (SearchText::foldUtf8); an update takes an entry out by the text
    // folded from the customer (SearchText::fold): both must give the same words.
    QTest::addColumn<QString>("text");
    QTest::addRow("Vietnamese, composed") << QStringLiteral("Nguyễn Văn Đức, Phường Phú Cường, Thủ Dầu Một");
    QTest::addRow("Vietnamese, marks apart (Windows-1258)")
        << QStringLiteral("Nguye\u0302\u0303n Va\u0306n \u0110u\u031b\u0301c");
    QTest::addRow("upper case and digits") << QStringLiteral("PB07010000042 XƯỞNG CƠ KHÍ 12/3A");
    QTest::addRow("symbols") << QStringLiteral("Số 5 – Ngõ 3 · 1.000 ₫ № 7 «Hà Nội»");
    QTest::addRow("other scripts") << QStringLiteral("Cửa hàng 李记 Ελληνικά Привет");
    QTest::addRow("outside the BMP") << QStringLiteral("Quán 🍜 Phở 𠀀");
    QTest::addRow("empty") << QString();
    GeneratorOptions o;
    o.customers = 300;
    o.seed = 11;
    CustomerGenerator generator(o);
    QStringList generated;
    for (int i = 0; i < o.customers; ++i) {
        const Customer c = generator.next();
        generated << c.name << c.address << c.phone << c.meterSerial;
    }
    QTest::addRow("300 generated customers") << generated.join(QLatin1Char(' '));
}

void TestCustomerImport::searchTextFoldsTheSameFromUtf8()
{
    QFETCH(QString, text);
    QByteArray folded;
    SearchText::foldUtf8(text.toUtf8(), folded);
    QCOMPARE(QString::fromUtf8(folded), SearchText::fold(text));
}

void TestCustomerImport::cancelledImportChangesNothing()
{
    GeneratorOptions o;
    o.customers = 10000;
    o.seed = 5;
    o.lastMonth = 202510;
    const QString path = m_dir->filePath(QStringLiteral("big.csv"));
    QVERIFY(SampleCustomerList::write(o, path).ok());
    const QString before = snapshot(*m_db);
    const QString schema = schemaOf(*m_db);
    QVERIFY(schema.contains(QStringLiteral("customers_route")));
    auto summary = CustomerImport(*m_db, m_library, m_clock).run(path, {}, [](qint64 done, qint64 total) {
        return done < total / 2;
    });
    QVERIFY(!summary.ok());
    QCOMPARE(snapshot(*m_db), before);
    QCOMPARE(schemaOf(*m_db), schema);
    QCOMPARE(CustomerRepository(m_db->connection()).count(), qint64(0));
    // The same file imported to the end: every index is back, as the schema declares it.
    QVERIFY(CustomerImport(*m_db, m_library, m_clock).run(path).ok());
    QCOMPARE(schemaOf(*m_db), schema);
    QCOMPARE(CustomerRepository(m_db->connection()).count(), qint64(10000));
}

void TestCustomerImport::killedImportChangesNothing()
{
    // The real CLI imports a large list in a separate process, which is killed midway.
    GeneratorOptions o;
    o.customers = 150000;
    o.seed = 6;
    o.lastMonth = 202510;
    const QString path = m_dir->filePath(QStringLiteral("huge.csv"));
    QVERIFY(SampleCustomerList::write(o, path).ok());
    QVERIFY(import(write(kHeader.toUtf8() + "\nPB07010000001,Có sẵn,,1,1,SHBT:100%,1,2\n", QStringLiteral("seed.csv")))
                .ok());
    const QString dbPath = m_db->path();
    const QString before = snapshot(*m_db);
    m_db.reset();

    QProcess cli;
    cli.setProcessChannelMode(QProcess::SeparateChannels);
    cli.start(QStringLiteral(TA_CLI), {QStringLiteral("import"), path, QStringLiteral("--db"), dbPath});
    QVERIFY(cli.waitForStarted());
    // Wait until it reports progress (it is writing inside its transaction), then kill it.
    QByteArray progress;
    QTRY_VERIFY_WITH_TIMEOUT((progress += cli.readAllStandardError()).contains('%') || cli.state() != QProcess::Running,
                             60000);
    QTest::qWait(300);
    QVERIFY2(cli.state() == QProcess::Running,
             qPrintable(QStringLiteral("the import ended before it could be killed: ") + QString::fromUtf8(progress)));
    cli.kill();
    QVERIFY(cli.waitForFinished());

    auto reopened = ProfileData::open(dbPath, WorkspaceKind::Real);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    m_db = std::move(reopened).value();
    QCOMPARE(snapshot(*m_db), before);
}

void TestCustomerImport::issuesExportAsCsv()
{
    auto summary = import(
        write(kHeader.toUtf8() + "\nPB07010000001,An,,1,1,SHBT:100%,1,1\nBAD,\"Tên, có phẩy\",,1,1,SHBT:100%,1,1\n"));
    QVERIFY(summary.ok());
    const QString out = m_dir->filePath(QStringLiteral("issues.csv"));
    QVERIFY(CustomerImport::writeIssues(summary->issues, out).ok());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // so Excel reads the Vietnamese as UTF-8
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.contains(QStringLiteral("3,\"MA_KHANG\",\"BAD\"")));
    QVERIFY(!CustomerImport::writeIssues(summary->issues, m_dir->filePath(QStringLiteral("no/dir/x.csv"))).ok());
}

void TestCustomerImport::bytesThatAreNotUtf8AreRefusedWhereTheyAre()
{
    // Valid UTF-8 for more than the first megabyte (the part the encoding is recognised from), then one
    // name in Latin-1: the file is refused naming the line, the field and the byte; the stored list stays.
    QVERIFY(
        import(write(kHeader.toUtf8() + "\nPB07010000001,Đã có,,1,1,SHBT:100%,1,1\n", QStringLiteral("a.csv"))).ok());
    const QString before = snapshot(*m_db);
    QByteArray csv = kHeader.toUtf8() + '\n';
    int line = 1;
    while (csv.size() < 1100 * 1024) {
        ++line;
        csv += QStringLiteral("PB0702%1,Nguyễn Văn Đức,Đường số %2,1,1,SHBT:100%,1,1\n")
                   .arg(line, 7, 10, QLatin1Char('0'))
                   .arg(line)
                   .toUtf8();
    }
    csv += "PB07039999999,Ph\xe9 Latin-1,,1,1,SHBT:100%,1,1\n"; // é as one byte
    ++line;
    csv += "PB07039999998,Sau,,1,1,SHBT:100%,1,1\n";
    auto refused = import(write(csv, QStringLiteral("mixed.csv")));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("mixed.csv")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QStringLiteral("Line %1, field 2: the byte 0xe9").arg(line)),
             qPrintable(refused.error()));
    QCOMPARE(snapshot(*m_db), before);

    // A character cut by the end of the file is not UTF-8 either.
    auto cut = import(write(kHeader.toUtf8() + "\nPB07039999997,C\xe1\xbb", QStringLiteral("cut.csv")));
    QVERIFY(!cut.ok());
    QVERIFY2(cut.error().contains(QStringLiteral("Line 2, field 2: the byte 0xe1")), qPrintable(cut.error()));
    QCOMPARE(snapshot(*m_db), before);
}

void TestCustomerImport::searchFindsWithoutMarks()
{
    const QByteArray csv = kHeader.toUtf8() + "\n"
                                              "PB07010000001,Nguyễn Văn Đức,12 Yersin,1,1,SHBT:100%,1,1\n"
                                              "PB07010000002,Nguyễn Thị Lan,Đường Đức Thắng,1,1,SHBT:100%,1,1\n"
                                              "PB07010000003,Trần Văn Đức,3 Lê Lợi,1,1,SHBT:100%,1,1\n";
    QVERIFY(import(write(csv)).ok());
    const CustomerSearch search(m_db->connection());
    const auto codes = [&](const QString &q) {
        QStringList out;
        const auto hits = search.search(q);
        for (const SearchHit &h : hits.value())
            out << h.code.right(1);
        return out;
    };
    // A first list is usable before its search index: codes are found at once, names once it is built.
    QCOMPARE(SearchIndex::pendingFrom(m_db->connection()), std::optional<qint64>(1));
    QCOMPARE(SearchIndex::progress(m_db->connection())->indexed, qint64(0));
    QCOMPARE(codes(QStringLiteral("pb070100000")).size(), 3);
    QCOMPARE(codes(QStringLiteral("nguyen van duc")), QStringList{});
    auto step = SearchIndex::step(m_db->connection(), 2); // rows 1 and 2
    QVERIFY(step.ok());
    QCOMPARE(step->indexed, qint64(2));
    QVERIFY(!step->complete());
    QCOMPARE(codes(QStringLiteral("duc")), QStringList{QStringLiteral("1")} + QStringList{QStringLiteral("2")});
    QVERIFY(SearchIndex::build(m_db->connection()).ok());
    QCOMPARE(SearchIndex::pendingFrom(m_db->connection()), std::nullopt);
    QVERIFY(SearchIndex::progress(m_db->connection())->complete());
    QCOMPARE(codes(QStringLiteral("nguyen van duc")), QStringList{QStringLiteral("1")});
    QCOMPARE(codes(QStringLiteral("Nguyễn Văn Đức")), QStringList{QStringLiteral("1")});
    QCOMPARE(codes(QStringLiteral("NGUYEN")).size(), 2);
    QCOMPARE(codes(QStringLiteral("duc")).size(), 3);                            // "Đức" in names and in a street
    QCOMPARE(codes(QStringLiteral("ng v d")), QStringList{QStringLiteral("1")}); // prefixes, as typed
    QCOMPARE(codes(QStringLiteral("PB07010000003")), QStringList{QStringLiteral("3")});
    QVERIFY(codes(QStringLiteral("xyz")).isEmpty());
    QVERIFY(codes(QStringLiteral("  ")).isEmpty());
    QVERIFY(codes(QStringLiteral("\"; DROP TABLE customers; --")).isEmpty()); // input is data, never SQL
    QCOMPARE(CustomerRepository(m_db->connection()).count(), qint64(3));
}

namespace {

// The ids of the customers whose folded words include one starting with @p prefix, found by reading every row
// (the reference the index is checked against).
QList<qint64> idsByScan(Database &db, const QString &prefix)
{
    QList<qint64> ids;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id, code, name, address, meter_serial, phone FROM customers ORDER BY id"));
    while (q.next()) {
        QString text = Customer::searchTextOf(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                              q.value(4).toString(), q.value(5).toString());
        for (QChar &c : text) {
            if (!c.isLetterOrNumber())
                c = QLatin1Char(' ');
        }
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (std::any_of(words.begin(), words.end(), [&](const QString &w) { return w.startsWith(prefix); }))
            ids << q.value(0).toLongLong();
    }
    return ids;
}

QList<qint64> idsByIndex(Database &db, const QString &match)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM (%1) ORDER BY id").arg(SearchIndex::matchingIds()));
    for (int s = 0; s < SearchIndex::kShards; ++s)
        q.addBindValue(match);
    QList<qint64> ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

bool shardsAreConsistent(Database &db)
{
    QSqlQuery q(db.connection());
    for (int s = 0; s < SearchIndex::kShards; ++s) {
        if (!q.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(SearchIndex::table(s))))
            return false;
    }
    return true;
}

} // namespace

void TestCustomerImport::importGenerated(int customers, std::uint64_t seed)
{
    GeneratorOptions o;
    o.customers = customers;
    o.seed = seed;
    const QString path = m_dir->filePath(QStringLiteral("generated.csv"));
    QVERIFY(SampleCustomerList::write(o, path).ok());
    const auto imported = import(path);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->imported, qint64(customers));
}

void TestCustomerImport::textArenaKeepsTextsUntilCleared()
{
    // A batch's customer texts: many short ones over several blocks, one longer than a block, upper-cased codes;
    // then the arena is cleared and filled again in the same room.
    TextArena arena;
    for (int round = 0; round < 2; ++round) {
        QStringList expected;
        QStringList kept;
        for (int i = 0; i < 40'000; ++i) {
            const QString text = QStringLiteral("Nguyễn Văn %1 — vòng %2").arg(i).arg(round);
            expected << text;
            kept << arena.keep(text);
        }
        const QString longText(300'000, QLatin1Char('x'));
        const QString keptLong = arena.keep(longText);
        const QString code = arena.keepUpper(QStringLiteral("pb0701000000%1").arg(round));
        const QString accented = arena.keepUpper(u"đường");
        QCOMPARE(kept, expected); // nothing written over by the texts kept after them
        QCOMPARE(keptLong, longText);
        QCOMPARE(code, QStringLiteral("PB0701000000%1").arg(round));
        QCOMPARE(accented, QStringLiteral("ĐƯỜNG"));
        QVERIFY(arena.keep(QStringView()).isNull());
        QVERIFY(arena.keep(u"").isEmpty());
        // A copy of a kept text refers to the arena; a deep one does not.
        const QString deep(code.constData(), code.size());
        QVERIFY(deep.constData() != code.constData());
        QCOMPARE(deep, code);
        kept.clear();
        arena.clear();
    }
}

void TestCustomerImport::indexesFollowRowsInAnyOrder_data()
{
    // Lines 1..shuffledFrom - 1 keep the generated (route) order, the later ones are shuffled. Rows are stored in
    // batches of 4,096: the customers' indexes are kept row by row while a batch comes grouped by route book and
    // substation, and dropped and built at the end from the first one that does not.
    QTest::addColumn<int>("shuffledFrom");
    QTest::addColumn<int>("deferredAfter"); // rows stored before the indexes are dropped; -1: never
    QTest::newRow("route order: kept row by row") << 0 << -1;
    QTest::newRow("shuffled: built at the end") << 1 << 0;
    QTest::newRow("shuffled from the third batch: dropped part way, built at the end") << 8193 << 8192;
}

void TestCustomerImport::indexesFollowRowsInAnyOrder()
{
    QFETCH(int, shuffledFrom);
    constexpr int customers = 12'000;
    GeneratorOptions o;
    o.customers = customers;
    o.seed = 43;
    const QString generated = m_dir->filePath(QStringLiteral("generated.csv"));
    QVERIFY(SampleCustomerList::write(o, generated).ok());
    QFile in(generated);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = in.readAll().split('\n');
    if (lines.last().isEmpty())
        lines.removeLast();
    QCOMPARE(lines.size(), customers + 1); // the header, one line per customer
    if (shuffledFrom > 0) {
        std::mt19937 random(7);
        std::shuffle(lines.begin() + shuffledFrom, lines.end(), random);
    }
    const QString path = write(lines.join('\n') + '\n', QStringLiteral("ordered.csv"));

    QFETCH(int, deferredAfter);
    if (deferredAfter >= 0)
        QTest::ignoreMessage(QtInfoMsg,
                             qPrintable(QStringLiteral("Rows not grouped by route book and substation after "
                                                       "%1 rows: the customers' indexes are built at the end")
                                            .arg(deferredAfter)));
    const QString schema = schemaOf(*m_db);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size")) && q.next());
    const int cacheSize = q.value(0).toInt();
    q.finish();
    const auto imported = import(path);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->imported, qint64(customers));
    QCOMPARE(schemaOf(*m_db), schema); // every index back, as declared
    // The larger page cache for rows in no order is the import's alone.
    QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size")) && q.next());
    QCOMPARE(q.value(0).toInt(), cacheSize);
    q.finish();
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok")); // each index holds exactly the rows
    q.finish();
    // And each one answers for every row.
    for (const QString &index : {QStringLiteral("customers_route"), QStringLiteral("customers_substation"),
                                 QStringLiteral("customers_main_group")}) {
        const QString column = index == QLatin1StringView("customers_route")        ? QStringLiteral("route_book")
                               : index == QLatin1StringView("customers_substation") ? QStringLiteral("substation")
                                                                                    : QStringLiteral("main_group");
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM customers INDEXED BY %1 WHERE %2 >= ''").arg(index, column)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), customers);
        q.finish();
    }
}

void TestCustomerImport::searchIndexOfALongListIsBuiltInShards()
{
    // A list long enough to be indexed on threads (SearchIndex::kParallelRows): each shard built in memory, then
    // copied into the data file in one transaction.
    const int customers = int(SearchIndex::kParallelRows) + 5000;
    importGenerated(customers, 41);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(SearchIndex::pendingFrom(m_db->connection()), std::optional<qint64>(1));
    qint64 lastIndexed = -1;
    QVERIFY(SearchIndex::build(m_db->connection(), [&](qint64 indexed, qint64 total) {
                lastIndexed = indexed;
                return total == customers;
            }).ok());
    QCOMPARE(lastIndexed, qint64(customers));
    QVERIFY(!SearchIndex::pendingFrom(m_db->connection()));
    QVERIFY(shardsAreConsistent(*m_db));
    // Every customer in its shard: the index finds exactly the customers a scan of the rows finds.
    for (const QString &word : {QStringLiteral("nguyen"), QStringLiteral("tr"), QStringLiteral("duong"),
                                QStringLiteral("pb07"), QStringLiteral("09")}) {
        const QList<qint64> expected = idsByScan(*m_db, word);
        QVERIFY2(!expected.isEmpty(), qPrintable(word));
        QCOMPARE(idsByIndex(*m_db, QStringLiteral("\"%1\"*").arg(word)), expected);
    }
    // The index copied in is kept as any other: a customer renamed by the next list is found by the new name only.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT code FROM customers WHERE id = 4242")) && q.next());
    auto renamed = CustomerRepository(m_db->connection()).findByCode(q.value(0).toString());
    q.finish();
    QVERIFY(renamed);
    renamed->name = QStringLiteral("Quách Thị Xuyến");
    QVERIFY(CustomerRepository(m_db->connection()).upsert(*renamed).ok());
    QCOMPARE(idsByIndex(*m_db, QStringLiteral("quach AND xuyen")), QList<qint64>{4242});
    QVERIFY(shardsAreConsistent(*m_db));
    QCOMPARE(idsByIndex(*m_db, QStringLiteral("\"nguyen\"*")), idsByScan(*m_db, QStringLiteral("nguyen")));
}

void TestCustomerImport::searchIndexBuiltWhileRowsChangeIsNotStored()
{
    const int customers = int(SearchIndex::kParallelRows) + 20000;
    importGenerated(customers, 43);
    if (QTest::currentTestFailed())
        return;
    // While the shards are built from the rows as they were, another connection renames a customer (a second list
    // imported): the index built is not stored, and the steps build it from the rows as they are.
    auto other = ProfileData::open(m_db->path(), WorkspaceKind::Real);
    QVERIFY(other.ok());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT code FROM customers WHERE id = 777")) && q.next());
    const QString code = q.value(0).toString();
    q.finish(); // no read left open on this connection (it would hold a snapshot from before the rename)
    bool renamed = false;
    const Status built = SearchIndex::build(m_db->connection(), [&](qint64, qint64) {
        if (!renamed) {
            auto customer = CustomerRepository(other.value()->connection()).findByCode(code);
            if (!customer)
                return false;
            customer->name = QStringLiteral("Quách Thị Xuyến");
            Transaction tx(other.value()->connection());
            renamed = tx.isActive() && CustomerRepository(other.value()->connection()).upsert(*customer).ok() &&
                      tx.commit().ok();
        }
        return true;
    });
    QVERIFY2(built.ok(), qPrintable(built.error()));
    QVERIFY2(renamed, "the shards were built before the first report of progress");
    QVERIFY(!SearchIndex::pendingFrom(m_db->connection()));
    QVERIFY(shardsAreConsistent(*m_db));
    QCOMPARE(idsByIndex(*m_db, QStringLiteral("quach AND xuyen")), QList<qint64>{777});
    QCOMPARE(idsByIndex(*m_db, QStringLiteral("\"nguyen\"*")), idsByScan(*m_db, QStringLiteral("nguyen")));
    QCOMPARE(CustomerRepository(m_db->connection()).count(), qint64(customers));
}

void TestCustomerImport::mappedColumnsAreRemembered()
{
    const QString path = write("Code;Customer;Tariff;Street\nPB07010000031;Đặng Văn Hùng;KDDV:100%;7 Yersin\n",
                               QStringLiteral("other-layout.csv"));
    auto header = CustomerImport::readHeader(path);
    QVERIFY(header.ok());
    QCOMPARE(header.value(), (QStringList{QStringLiteral("Code"), QStringLiteral("Customer"), QStringLiteral("Tariff"),
                                          QStringLiteral("Street")}));
    QCOMPARE(CustomerImport::missingColumns(header.value()),
             (QStringList{QStringLiteral("MA_KHANG"), QStringLiteral("TEN_KHANG"), QStringLiteral("CHUOI_GIA")}));
    QVERIFY(!import(path).ok()); // not the template, and no mapping yet

    const QHash<QString, QString> mapping{{QStringLiteral("Code"), QStringLiteral("MA_KHANG")},
                                          {QStringLiteral("Customer"), QStringLiteral("TEN_KHANG")},
                                          {QStringLiteral("Tariff"), QStringLiteral("CHUOI_GIA")},
                                          {QStringLiteral("Street"), QStringLiteral("DIA_CHI")}};
    QVERIFY(CustomerImport::missingColumns(header.value(), mapping).isEmpty());
    QVERIFY(CustomerImport::rememberMapping(*m_db, header.value(), mapping).ok());
    QCOMPARE(CustomerImport::rememberedMapping(*m_db, header.value()), mapping);
    // The next file from the same source imports with the remembered mapping.
    auto summary = import(path);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->imported, qint64(1));
    QCOMPARE(CustomerRepository(m_db->connection()).findByCode(QStringLiteral("PB07010000031"))->address,
             QStringLiteral("7 Yersin"));
    // Another layout is not affected.
    QVERIFY(CustomerImport::rememberedMapping(*m_db, {QStringLiteral("Code")}).isEmpty());
}

void TestCustomerImport::importsWorkbooks_data()
{
    QTest::addColumn<bool>("constantMemory"); // libxlsxwriter then writes inline strings, else shared ones
    QTest::addColumn<QString>("sheet");
    QTest::addRow("shared strings, first sheet") << false << QString();
    QTest::addRow("inline strings, first sheet") << true << QString();
    QTest::addRow("a chosen sheet") << false << QStringLiteral("Tháng 10");
}

void TestCustomerImport::importsWorkbooks()
{
    QFETCH(bool, constantMemory);
    QFETCH(QString, sheet);
    // A real workbook written by another library (libxlsxwriter), as Excel would save it.
    const QString path = m_dir->filePath(QStringLiteral("danh-sach.xlsx"));
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *book = workbook_new_opt(path.toUtf8().constData(), &options);
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    for (const QString &name : {QStringLiteral("Danh sách"), QStringLiteral("Tháng 10")}) {
        lxw_worksheet *ws = workbook_add_worksheet(book, name.toUtf8().constData());
        const char *header[] = {"Mã khách hàng", "Tên khách hàng", "SO_HO", "CHUOI_GIA", "NGAY_KT_TLG", "SL_202510"};
        for (int c = 0; c < 6; ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), header[c], nullptr);
        const bool second = name != QStringLiteral("Danh sách");
        worksheet_write_string(ws, 1, 0, second ? "PB07010000020" : "PB07010000010", nullptr);
        worksheet_write_string(ws, 1, 1, second ? "Võ Thị Ánh" : "Phạm Quốc Việt", nullptr);
        worksheet_write_number(ws, 1, 2, 2.5, nullptr);
        worksheet_write_string(ws, 1, 3, "SHBT:80%;KDDV:CL", nullptr);
        lxw_datetime when{2024, 3, 15, 0, 0, 0};
        worksheet_write_datetime(ws, 1, 4, &when, date);
        worksheet_write_number(ws, 1, 5, 321, nullptr);
        // Row 3 left empty on purpose; row 4 is bad.
        worksheet_write_string(ws, 3, 0, "XX", nullptr);
        worksheet_write_string(ws, 3, 1, "Sai", nullptr);
        worksheet_write_string(ws, 3, 3, "SHBT:100%", nullptr);
    }
    QCOMPARE(workbook_close(book), LXW_NO_ERROR);

    CustomerImport::Options importOptions;
    importOptions.sheet = sheet;
    auto summary = CustomerImport(*m_db, m_library, m_clock).run(path, importOptions);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->imported, qint64(1));
    QCOMPARE(summary->rejected, qint64(1));
    QCOMPARE(summary->issues.front().line, qint64(4)); // the spreadsheet's row number
    QVERIFY(summary->encoding.startsWith(QStringLiteral("xlsx")));
    const QString code = sheet.isEmpty() ? QStringLiteral("PB07010000010") : QStringLiteral("PB07010000020");
    const auto c = CustomerRepository(m_db->connection()).findByCode(code);
    QVERIFY(c);
    QCOMPARE(c->name, sheet.isEmpty() ? QStringLiteral("Phạm Quốc Việt") : QStringLiteral("Võ Thị Ánh"));
    QCOMPARE(c->households, 2.5);
    QCOMPARE(c->lastRatioCheck, QDate(2024, 3, 15));
    QCOMPARE(c->history.front().kwh, 321);

    CustomerImport::Options missing;
    missing.sheet = QStringLiteral("Không có");
    auto refused = CustomerImport(*m_db, m_library, m_clock).run(path, missing);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("Tháng 10")), qPrintable(refused.error()));
}

void TestCustomerImport::importsWorkbooksOfManyWindows()
{
    // The workbook is read through 64 KB windows of the file: a sheet that barely compresses (names and
    // readings from a pseudo-random sequence) spans many of them, and its parts and directory cross their edges.
    const QString path = m_dir->filePath(QStringLiteral("nhieu-dong.xlsx"));
    lxw_workbook *book = workbook_new(path.toUtf8().constData());
    lxw_worksheet *ws = workbook_add_worksheet(book, "Danh sách");
    const char *header[] = {"MA_KHANG", "TEN_KHANG", "CHUOI_GIA", "SL_202510"};
    for (int c = 0; c < 4; ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), header[c], nullptr);
    constexpr int rows = 8000;
    quint32 state = 2463534242u; // xorshift32
    const auto nextRandom = [&state] {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    };
    QStringList names;
    QList<int> readings;
    for (int r = 1; r <= rows; ++r) {
        const QString code = QStringLiteral("PB0701%1").arg(r, 7, 10, QLatin1Char('0'));
        QString name = QStringLiteral("Khách ");
        for (int k = 0; k < 16; ++k)
            name += QChar(u'a' + nextRandom() % 26);
        names << name;
        readings << int(nextRandom() % 100000);
        worksheet_write_string(ws, lxw_row_t(r), 0, code.toUtf8().constData(), nullptr);
        worksheet_write_string(ws, lxw_row_t(r), 1, name.toUtf8().constData(), nullptr);
        worksheet_write_string(ws, lxw_row_t(r), 2, "SHBT:100%", nullptr);
        worksheet_write_number(ws, lxw_row_t(r), 3, readings.last(), nullptr);
    }
    QCOMPARE(workbook_close(book), LXW_NO_ERROR);
    QVERIFY2(QFileInfo(path).size() > 4 * 64 * 1024, qPrintable(QString::number(QFileInfo(path).size())));

    auto summary = CustomerImport(*m_db, m_library, m_clock).run(path);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->imported, qint64(rows));
    QCOMPARE(summary->rejected, qint64(0));
    const CustomerRepository repository(m_db->connection());
    for (const int r : {1, rows / 3, rows / 2, rows - 1, rows}) {
        const auto c = repository.findByCode(QStringLiteral("PB0701%1").arg(r, 7, 10, QLatin1Char('0')));
        QVERIFY2(c, qPrintable(QString::number(r)));
        QCOMPARE(c->name, names.at(r - 1));
        QCOMPARE(c->history.front().kwh, readings.at(r - 1));
    }
}

QTEST_GUILESS_MAIN(TestCustomerImport)
#include "tst_customerimport.moc"
