// The bad-input catalogue: files nobody should send, each refused with the exact message a user reads, and the
// data file and every other file of the workspace byte for byte as they were. Also: docs/limits.md agrees
// with models/core/limits.h.

#include "models/core/boundedinput.h"
#include "models/core/clock.h"
#include "models/core/limits.h"
#include "models/importing/customerimport.h"
#include "models/inspection/answersfile.h"
#include "models/inspection/devicekey.h"
#include "models/inspection/evidencestore.h"
#include "models/inspection/signedrecord.h"
#include "models/storage/profiledata.h"
#include "models/tariff/tarifflibrary.h"
#include "tests/common/testpictures.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <zip.h>

using namespace ta;

namespace {

const QByteArray kHeader = "MA_KHANG,TEN_KHANG,DIA_CHI,LOAI_DDO,SO_HO,CHUOI_GIA,SL_202509,SL_202510\n";
const QByteArray kGoodRow = "PB07010000001,An,,1,1,SHBT:100%,120,130\n";

// Every file under @p dir with its SHA-256: the state compared before and after.
QMap<QString, QByteArray> tree(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (info.isSymLink() || !info.isFile()) {
            out.insert(QDir(dir).relativeFilePath(path), "link:" + info.symLinkTarget().toUtf8());
            continue;
        }
        QFile f(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(&f);
        out.insert(QDir(dir).relativeFilePath(path), hash.result().toHex());
    }
    return out;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

struct ZipPart
{
    QString name;
    QByteArray bytes;
    bool stored = false; // not compressed
};

void writeZip(const QString &path, const QList<ZipPart> &parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    QVERIFY(zip);
    for (const ZipPart &p : parts) {
        zip_fileinfo info{};
        QCOMPARE(zipOpenNewFileInZip64(zip, p.name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                       p.stored ? 0 : Z_DEFLATED, p.stored ? 0 : Z_BEST_SPEED, 1),
                 ZIP_OK);
        for (qsizetype at = 0; at < p.bytes.size(); at += 1 << 24) {
            const qsizetype n = std::min<qsizetype>(1 << 24, p.bytes.size() - at);
            QCOMPARE(zipWriteInFileInZip(zip, p.bytes.constData() + at, unsigned(n)), ZIP_OK);
        }
        QCOMPARE(zipCloseFileInZip(zip), ZIP_OK);
    }
    QCOMPARE(zipClose(zip, nullptr), ZIP_OK);
}

// The parts of a one-sheet workbook around @p sheetData (the rows), as a spreadsheet program writes them.
QList<ZipPart> workbook(const QByteArray &sheetData, const QList<ZipPart> &extra = {})
{
    QList<ZipPart> parts{
        {QStringLiteral("xl/workbook.xml"),
         "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet "
         "name=\"KH\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<?xml version=\"1.0\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
         "Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"),
         "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
         "<sheetData>" +
             sheetData + "</sheetData></worksheet>"}};
    parts << extra;
    return parts;
}

// A row of inline strings; cells named by their reference (A1, B1 …) unless @p references is false.
QByteArray row(int number, const QList<QByteArray> &cells)
{
    QByteArray out = "<row r=\"" + QByteArray::number(number) + "\">";
    for (qsizetype i = 0; i < cells.size(); ++i)
        out += "<c r=\"" + QByteArray(1, char('A' + i)) + QByteArray::number(number) + "\" t=\"inlineStr\"><is><t>" +
               cells.at(i) + "</t></is></c>";
    return out + "</row>";
}

const QByteArray kSheetHeader =
    row(1, {"MA_KHANG", "TEN_KHANG", "DIA_CHI", "LOAI_DDO", "SO_HO", "CHUOI_GIA", "SL_202509", "SL_202510"});
const QByteArray kSheetRow = row(2, {"PB07010000002", "Binh", "", "1", "1", "SHBT:100%", "100", "110"});

QByteArray png(int width, int height)
{
    return test::pngOf(Qt::darkGreen, width, height);
}

// How a case's input is made, where bytes alone do not say it.
enum class Make {
    Bytes,    // the bytes, written to the file
    Sparse,   // a sparse file of the size given in the bytes (as a number)
    Fifo,     // a named pipe
    ManyRows, // a list of as many short rows as the bytes say (as a number)
    Zip,      // a workbook: the bytes are its sheet data
    ZipParts, // a zip of the parts built by the case itself (its name says which)
    Folder,   // a record folder (its name says how it is damaged)
};

} // namespace

Q_DECLARE_METATYPE(Make)

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void limitsTableAgreesWithTheConstants();
    void reopeningAloneChangesNothing();
    void catalogue_data();
    void catalogue();
    void aListOfRejectedRowsKeepsTheFirstProblems();
    void checkOnlyStoresNothing();
    void jsonDepthIsCountedOutsideStrings();

private:
    QString dataPath() const { return m_dir->filePath(QStringLiteral("workspace/data.sqlite")); }
    std::unique_ptr<Database> openData();
    QString makeInput(const QString &caseName, Make make, const QString &fileName, const QByteArray &bytes);
    QString makeRecordFolder(const QString &caseName);

    std::unique_ptr<QTemporaryDir> m_dir;
    TariffLibrary m_library;
    FixedClock m_clock{QDateTime(QDate(2025, 11, 24), QTime(9, 0))};
};

void TestBadInput::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = TariffLibrary::load();
    // A workspace with a list in it: the state every case must leave as it was.
    auto db = openData();
    QVERIFY(db);
    writeFile(m_dir->filePath(QStringLiteral("first.csv")), kHeader + kGoodRow);
    auto first = CustomerImport(*db, m_library, m_clock).run(m_dir->filePath(QStringLiteral("first.csv")));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QDir(m_dir->path()).mkpath(QStringLiteral("workspace/evidence"));
}

void TestBadInput::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Database> TestBadInput::openData()
{
    auto db = ProfileData::open(dataPath(), WorkspaceKind::Real);
    if (!db) {
        qWarning() << db.error();
        return {};
    }
    return std::move(db).value();
}

void TestBadInput::limitsTableAgreesWithTheConstants()
{
    const QMap<QString, qint64> constants{{QStringLiteral("ListFileBytes"), limits::ListFileBytes},
                                          {QStringLiteral("ListRows"), limits::ListRows},
                                          {QStringLiteral("ListColumns"), limits::ListColumns},
                                          {QStringLiteral("FieldBytes"), limits::FieldBytes},
                                          {QStringLiteral("RowBytes"), limits::RowBytes},
                                          {QStringLiteral("ListIssues"), limits::ListIssues},
                                          {QStringLiteral("SheetBytes"), limits::SheetBytes},
                                          {QStringLiteral("SharedStringsBytes"), limits::SharedStringsBytes},
                                          {QStringLiteral("WorkbookPartBytes"), limits::WorkbookPartBytes},
                                          {QStringLiteral("WorkbookBytes"), limits::WorkbookBytes},
                                          {QStringLiteral("ZipRatio"), limits::ZipRatio},
                                          {QStringLiteral("SharedStrings"), limits::SharedStrings},
                                          {QStringLiteral("SheetRowNumber"), limits::SheetRowNumber},
                                          {QStringLiteral("XmlRunBytes"), limits::XmlRunBytes},
                                          {QStringLiteral("XmlDepth"), limits::XmlDepth},
                                          {QStringLiteral("AnswersFileBytes"), limits::AnswersFileBytes},
                                          {QStringLiteral("ScenarioFileBytes"), limits::ScenarioFileBytes},
                                          {QStringLiteral("TariffFileBytes"), limits::TariffFileBytes},
                                          {QStringLiteral("RecordFileBytes"), limits::RecordFileBytes},
                                          {QStringLiteral("KeysFileBytes"), limits::KeysFileBytes},
                                          {QStringLiteral("JsonDepth"), limits::JsonDepth},
                                          {QStringLiteral("PictureFileBytes"), limits::PictureFileBytes},
                                          {QStringLiteral("PictureDecodeMegabytes"), limits::PictureDecodeMegabytes},
                                          {QStringLiteral("PictureSide"), limits::PictureSide}};
    QFile doc(QStringLiteral(TA_SOURCE_DIR "/docs/limits.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    // | Input | Bound | Limit | `Constant` | Checked in |
    static const QRegularExpression tableRow(QStringLiteral("^\\|[^|]*\\|[^|]*\\| ([0-9,.]+)[^|]*\\| `(\\w+)` \\|"));
    QSet<QString> documented;
    while (!doc.atEnd()) {
        const QString line = QString::fromUtf8(doc.readLine());
        const auto m = tableRow.match(line);
        if (!m.hasMatch())
            continue;
        const QString name = m.captured(2);
        QVERIFY2(constants.contains(name),
                 qPrintable(QStringLiteral("docs/limits.md names an unknown constant ") + name));
        const qint64 value = m.captured(1).remove(QLatin1Char(',')).toLongLong();
        QVERIFY2(
            value == constants.value(name),
            qPrintable(
                QStringLiteral("%1: the table says %2, limits.h %3").arg(name).arg(value).arg(constants.value(name))));
        documented.insert(name);
    }
    for (auto it = constants.cbegin(); it != constants.cend(); ++it)
        QVERIFY2(documented.contains(it.key()), qPrintable(it.key() + QStringLiteral(" is not in docs/limits.md")));
}

// The catalogue compares the workspace before and after each case; that means something only when opening and
// closing the data file alone leaves it as it was, and when a change does show.
void TestBadInput::reopeningAloneChangesNothing()
{
    const auto before = tree(m_dir->filePath(QStringLiteral("workspace")));
    {
        auto db = openData();
        QVERIFY(db);
    }
    QCOMPARE(tree(m_dir->filePath(QStringLiteral("workspace"))), before);
    {
        auto db = openData();
        writeFile(m_dir->filePath(QStringLiteral("second.csv")),
                  kHeader + "PB07010000002,Binh,,1,1,SHBT:100%,100,110\n");
        QVERIFY(CustomerImport(*db, m_library, m_clock).run(m_dir->filePath(QStringLiteral("second.csv"))).ok());
    }
    QVERIFY(tree(m_dir->filePath(QStringLiteral("workspace"))) != before);
}

QString TestBadInput::makeInput(const QString &caseName, Make make, const QString &fileName, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(QStringLiteral("input/") + fileName);
    QDir().mkpath(QFileInfo(path).absolutePath());
    switch (make) {
    case Make::Bytes:
        writeFile(path, bytes);
        break;
    case Make::Sparse: {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || !f.resize(bytes.toLongLong()))
            qWarning() << "cannot make a sparse file" << path;
        break;
    }
    case Make::ManyRows: {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qWarning() << "cannot write" << path;
        f.write(kHeader);
        QByteArray chunk;
        const qint64 rows = bytes.toLongLong();
        for (qint64 i = 0; i < rows; ++i) {
            chunk += "PB0701" + QByteArray::number(1000000 + i % 9000000) + ",A,,1,1,SHBT:100%,1,2\n";
            if (chunk.size() > (1 << 22)) {
                f.write(chunk);
                chunk.clear();
            }
        }
        f.write(chunk);
        break;
    }
    case Make::Fifo:
        if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
            qWarning() << "cannot make a pipe" << path;
        break;
    case Make::Zip:
        writeZip(path, workbook(bytes));
        break;
    case Make::ZipParts:
        if (caseName.contains(QLatin1StringView("no workbook parts")))
            writeZip(path, {{QStringLiteral("word/document.xml"), "<w:document/>"}});
        else if (caseName.contains(QLatin1StringView("shared strings declared")))
            writeZip(path, workbook(kSheetHeader, {{QStringLiteral("xl/sharedStrings.xml"),
                                                    QByteArray(limits::SharedStringsBytes + 1, ' ')}}));
        else if (caseName.contains(QLatin1StringView("more shared strings")))
            writeZip(path,
                     workbook(kSheetHeader,
                              {{QStringLiteral("xl/sharedStrings.xml"),
                                "<sst>" + QByteArray("<si/>").repeated(limits::SharedStrings + 1) + "</sst>", true}}));
        else if (caseName.contains(QLatin1StringView("zip bomb")))
            writeZip(path, workbook(kSheetHeader + QByteArray("<x/>").repeated(64 * 1024 * 1024)));
        break;
    case Make::Folder:
        return makeRecordFolder(caseName);
    }
    return path;
}

// A signed record folder with one picture, then damaged as the case's name says.
QString TestBadInput::makeRecordFolder(const QString &caseName)
{
    const QString folder = m_dir->filePath(QStringLiteral("input/record"));
    const DeviceKey key = DeviceKey::fromSecret(DeviceKey::generateSecret()).value();
    EvidenceStore store(m_dir->filePath(QStringLiteral("input/store")));
    const auto picture = store.add(png(40, 30), QStringLiteral("photo"));
    if (!picture)
        qWarning() << picture.error();
    const auto recordOf = [&](const QString &id) {
        return SignedRecord::sign(QJsonObject{{QStringLiteral("format"), QLatin1StringView(SignedRecord::Format)},
                                              {QStringLiteral("id"), id},
                                              {QStringLiteral("evidence"),
                                               QJsonArray{QJsonObject{{QStringLiteral("file"), picture->fileName},
                                                                      {QStringLiteral("sha256"), picture->sha256},
                                                                      {QStringLiteral("kind"), picture->kind}}}}},
                                  key)
            .value();
    };
    const SignedRecord record = recordOf(QStringLiteral("KTV-0001-20251124-1"));
    if (Status s = record.writeFolder(folder, store); !s)
        qWarning() << s.error();
    const QString evidence = folder + QStringLiteral("/evidence/") + picture->fileName;
    if (caseName.contains(QLatin1StringView("signature is of another record"))) {
        const QString other = m_dir->filePath(QStringLiteral("input/other"));
        (void)recordOf(QStringLiteral("KTV-0001-20251124-2")).writeFolder(other, store);
        QFile::remove(folder + QStringLiteral("/signature.json"));
        QFile::copy(other + QStringLiteral("/signature.json"), folder + QStringLiteral("/signature.json"));
    } else if (caseName.contains(QLatin1StringView("record.json is a link"))) {
        writeFile(m_dir->filePath(QStringLiteral("input/elsewhere.json")), record.canonical);
        QFile::remove(folder + QStringLiteral("/record.json"));
        QFile::link(m_dir->filePath(QStringLiteral("input/elsewhere.json")), folder + QStringLiteral("/record.json"));
    } else if (caseName.contains(QLatin1StringView("evidence is a link"))) {
        QFile::remove(evidence);
        QFile::link(QStringLiteral("/etc/hostname"), evidence);
    } else if (caseName.contains(QLatin1StringView("evidence is a pipe"))) {
        QFile::remove(evidence);
        ::mkfifo(QFile::encodeName(evidence).constData(), 0600);
    } else if (caseName.contains(QLatin1StringView("nested record"))) {
        QFile f(folder + QStringLiteral("/record.json"));
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write("{\"a\":" + QByteArray("[").repeated(40) + QByteArray("]").repeated(40) + "}");
    } else if (caseName.contains(QLatin1StringView("control character"))) {
        // Signed for real, so that only the name is wrong (written by hand: there is no such file to copy).
        const SignedRecord named =
            SignedRecord::sign(
                QJsonObject{{QStringLiteral("format"), QLatin1StringView(SignedRecord::Format)},
                            {QStringLiteral("id"), QStringLiteral("KTV-0001-20251124-1")},
                            {QStringLiteral("evidence"),
                             QJsonArray{QJsonObject{{QStringLiteral("file"), QStringLiteral("a\u0000b.png")},
                                                    {QStringLiteral("sha256"), picture->sha256},
                                                    {QStringLiteral("kind"), picture->kind}}}}},
                key)
                .value();
        writeFile(folder + QStringLiteral("/record.json"), named.canonical);
        const QJsonObject sig{{QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
                              {QStringLiteral("fingerprint"), named.fingerprint},
                              {QStringLiteral("publicKey"), QString::fromLatin1(named.publicKey.toBase64())},
                              {QStringLiteral("signature"), QString::fromLatin1(named.signature.toBase64())}};
        writeFile(folder + QStringLiteral("/signature.json"), QJsonDocument(sig).toJson());
    } else if (caseName.contains(QLatin1StringView("signature.json missing"))) {
        QFile::remove(folder + QStringLiteral("/signature.json"));
    }
    return folder;
}

void TestBadInput::catalogue_data()
{
    QTest::addColumn<QString>("kind"); // what reads the input
    QTest::addColumn<Make>("make");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // %IN% is the input folder

    const auto list = [](const char *name, const QByteArray &bytes, const QString &expected) {
        QTest::addRow("%s", name) << QStringLiteral("list") << Make::Bytes << QStringLiteral("list.csv") << bytes
                                  << expected;
    };
    // A row the import rejects: read with checkOnly, the expected text is "line, column: reason" of the first
    // problem.
    const auto rowCase = [](const char *name, const QByteArray &rows, const QString &expected) {
        QTest::addRow("%s", name) << QStringLiteral("row") << Make::Bytes << QStringLiteral("list.csv")
                                  << kHeader + rows << expected;
    };
    const auto book = [](const char *name, Make make, const QByteArray &bytes, const QString &expected) {
        QTest::addRow("%s", name) << QStringLiteral("list") << make << QStringLiteral("list.xlsx") << bytes << expected;
    };

    // ---- Customer lists: the file as a whole.
    list("empty file", QByteArray(), QStringLiteral("list.csv is empty."));
    list("a header only", kHeader, QStringLiteral("list.csv has a header but no customers."));
    list("only blank lines", "\n\n\r\n", QStringLiteral("list.csv is empty."));
    list("truncated inside a quote", kHeader + "PB07010000002,\"Trần Văn",
         QStringLiteral("list.csv: Line 2, field 2: the quote opened here is not closed before the end of the file."));
    list("a quote left open swallows the rest",
         kHeader + "PB07010000002,\"Trần Văn,,1,1,SHBT:100%,1,2\n" +
             QByteArray("PB07010000003,Binh,,1,1,SHBT:100%,1,2\n").repeated(400),
         QStringLiteral("list.csv: Line 2, field 2: the quoted text is longer than 8192 bytes; is its closing quote "
                        "missing?"));
    list("a field of 10,000 bytes", kHeader + "PB07010000002," + QByteArray(10000, 'x') + ",,1,1,SHBT:100%,1,2\n",
         QStringLiteral("list.csv: Line 2, field 2: the field is longer than 8192 bytes."));
    {
        QByteArray wide;
        for (int i = 0; i < 300; ++i)
            wide += "C" + QByteArray::number(i) + ",";
        list("300 columns", wide + "\n", QStringLiteral("list.csv: Line 1: the row has more than 256 fields."));
    }
    list("a row of 72,000 bytes",
         kHeader + "PB07010000002," + QByteArray(8000, 'x').repeated(1) + "," +
             (QByteArray(7000, 'y') + ",").repeated(9) + "\n",
         QStringLiteral("list.csv: Line 2: the row is longer than 65536 bytes."));
    list(
        "Latin-1 bytes after the first megabyte",
        kHeader +
            [] {
                QByteArray rows;
                for (int i = 2; i < 30002; ++i)
                    rows += "PB0701" + QByteArray::number(1000000 + i) + ",An,,1,1,SHBT:100%,1,2\n";
                return rows;
            }() +
            "PB07019999999,Tr\xe9n,,1,1,SHBT:100%,1,2\n",
        QStringLiteral("list.csv: Line 30002, field 2: the byte 0xe9 is not UTF-8 text. Save the file as UTF-8 "
                       "(CSV UTF-8 in Excel) or choose its encoding."));
    {
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QByteArray text = utf16.encode(QString::fromUtf8(kHeader + "PB07010000002,"));
        text += QByteArray("\x00\xD8", 2); // a lone high surrogate
        text += QStringEncoder(QStringEncoder::Utf16LE).encode(QStringLiteral("x,,1,1,SHBT:100%,1,2\n"));
        list("UTF-16 with half a character", text,
             QStringLiteral("list.csv: Line 2: these bytes are not UTF-16LE text. Save the file as UTF-8 (CSV UTF-8 "
                            "in Excel) or choose its encoding."));
    }
    list("a PDF", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\n",
         QStringLiteral("list.csv: This is a PDF document, not a customer list: a customer list is a CSV or .xlsx "
                        "file."));
    list("a picture", png(8, 8),
         QStringLiteral("list.csv: Byte 7 is binary data (0x1a), not text: this is not a CSV file; a customer list "
                        "is a CSV or .xlsx file."));
    list("a required column missing", "MA_KHANG,TEN_KHANG\nPB07010000002,An\n",
         QStringLiteral("list.csv is not in the customer-list template: the column(s) CHUOI_GIA are missing. Map the "
                        "file's columns, or save the template and copy the data into it."));
    list("a column twice", "MA_KHANG,TEN_KHANG,CHUOI_GIA,Mã khách hàng\nPB07010000002,An,SHBT:100%,x\n",
         QStringLiteral("list.csv, line 1: the column MA_KHANG appears twice (columns 1 and 4)."));
    QTest::addRow("a 2 GB sparse file") << QStringLiteral("list") << Make::Sparse << QStringLiteral("list.csv")
                                        << QByteArray::number(2LL * 1024 * 1024 * 1024)
                                        << QStringLiteral("list.csv is 2048 MB; a customer list is at most 1024 MB. "
                                                          "Split it, by branch or by route book.");
    // Refused before its rows are read (its records counted first), so the answer comes in seconds.
    QTest::addRow("one row more than a list may have")
        << QStringLiteral("list") << Make::ManyRows << QStringLiteral("list.csv")
        << QByteArray::number(limits::ListRows + 1)
        << QStringLiteral("list.csv has more than 3000000 customers; a list is at most 3000000. Split it, by branch "
                          "or by route book.");
    QTest::addRow("a pipe, not a file") << QStringLiteral("list") << Make::Fifo << QStringLiteral("list.csv")
                                        << QByteArray()
                                        << QStringLiteral(
                                               "%IN%/list.csv is not a file (a folder, a device or a pipe).");

    // ---- Workbooks.
    QTest::addRow("a PDF called .xlsx")
        << QStringLiteral("list") << Make::Bytes << QStringLiteral("list.xlsx")
        << QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n")
        << QStringLiteral(
               "list.xlsx: This is a PDF document, not a customer list: a customer list is a CSV or .xlsx file.");
    QTest::addRow("an Excel 97-2003 workbook")
        << QStringLiteral("list") << Make::Bytes << QStringLiteral("list.xls")
        << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00\x00\x00", 12)
        << QStringLiteral("list.xls: This is an Excel 97-2003 workbook (.xls): save it as an .xlsx workbook or as CSV "
                          "UTF-8.");
    book("a damaged zip", Make::Bytes, QByteArray("PK\x03\x04\x14\x00\x06\x00garbage", 16),
         QStringLiteral("list.xlsx: this is not a readable .xlsx workbook (its zip directory cannot be read)."));
    book("a zip with no workbook parts", Make::ZipParts, {},
         QStringLiteral("list.xlsx: this is not an .xlsx workbook (xl/_rels/workbook.xml.rels is missing)."));
    book("a zip bomb", Make::ZipParts, {},
         QStringLiteral("list.xlsx: xl/worksheets/sheet1.xml inflates to more than 100 times its compressed size, "
                        "as a zip bomb does."));
    book("shared strings declared larger than their bound", Make::ZipParts, {},
         QStringLiteral("list.xlsx: xl/sharedStrings.xml inflates to 134217729 bytes; at most 134217728 are read."));
    book("more shared strings than the bound", Make::ZipParts, {},
         QStringLiteral("list.xlsx: xl/sharedStrings.xml has more than 4000000 strings."));
    book("a cell reference far to the right", Make::Zip,
         kSheetHeader + "<row r=\"2\"><c r=\"XFD2\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
         QStringLiteral("list.xlsx: cell XFD2 is past column IV; a customer list has at most 256 columns."));
    book("a cell reference past Excel's last column", Make::Zip,
         kSheetHeader + "<row r=\"2\"><c r=\"ZZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
         QStringLiteral("list.xlsx: cell ZZZZZZZ2 is past column IV; a customer list has at most 256 columns."));
    book("a cell reference that is not one", Make::Zip,
         kSheetHeader + "<row r=\"2\"><c r=\"12\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
         QStringLiteral("list.xlsx: row 2: \"12\" is not a cell reference."));
    book("cells out of order", Make::Zip,
         kSheetHeader + "<row r=\"2\"><c r=\"C2\"><v>1</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
         QStringLiteral("list.xlsx: cell B2 comes after cell C2 in its row; cells must be in order."));
    book("rows out of order", Make::Zip, kSheetHeader + row(5, {"a"}) + row(3, {"b"}),
         QStringLiteral("list.xlsx: row 3 comes after row 5; rows must be in order."));
    book("a row past Excel's last", Make::Zip, kSheetHeader + row(2000000, {"a"}),
         QStringLiteral("list.xlsx: row 2000000 is past row 1048576, the last row of a sheet."));
    book("a cell of 9,000 characters", Make::Zip, kSheetHeader + row(2, {"PB07010000002", QByteArray(9000, 'x')}),
         QStringLiteral("list.xlsx: cell B2: the text is longer than 8192 characters."));
    book("a tag of 300,000 bytes", Make::Zip, kSheetHeader + "<row r=\"2\" x=\"" + QByteArray(300000, 'a') + "\"/>",
         QStringLiteral("list.xlsx: xl/worksheets/sheet1.xml has a text or a tag longer than 262144 bytes."));
    book("elements nested 40 deep", Make::Zip, kSheetHeader + QByteArray("<x>").repeated(40),
         QStringLiteral("list.xlsx: the sheet is damaged near row 1 (elements are nested more than 32 deep)."));
    book("a sheet cut short", Make::Zip, kSheetHeader + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>PB07",
         QStringLiteral("list.xlsx: the sheet is damaged near row 2 (Opening and ending tag mismatch.)."));

    // ---- Rows the import rejects (checked, nothing stored).
    rowCase("the same code twice", "PB07010000002,An,,1,1,SHBT:100%,1,2\nPB07010000002,Binh,,1,1,SHBT:100%,1,2\n",
            QStringLiteral("line 3, MA_KHANG: the same customer code is already on line 2."));
    // Codes that differ in one place each are different customers; only the true repeat is refused.
    rowCase("the same code after near ones",
            "PB07010000002,An,,1,1,SHBT:100%,1,2\nPC07010000002,An,,1,1,SHBT:100%,1,2\n"
            "QB07010000002,An,,1,1,SHBT:100%,1,2\nPB07A10000002,An,,1,1,SHBT:100%,1,2\n"
            "PB0Z010000002,An,,1,1,SHBT:100%,1,2\nPB07010000003,An,,1,1,SHBT:100%,1,2\n"
            "PB07A10000002,Binh,,1,1,SHBT:100%,1,2\n",
            QStringLiteral("line 8, MA_KHANG: the same customer code is already on line 5."));
    // A list in code order is checked as a run; codes out of order apart: a repeat is found in either.
    rowCase("a code repeated from the run of codes in order",
            "PB07010000002,An,,1,1,SHBT:100%,1,2\nPB07010000005,An,,1,1,SHBT:100%,1,2\n"
            "PB07010000004,An,,1,1,SHBT:100%,1,2\nPB07010000009,An,,1,1,SHBT:100%,1,2\n"
            "PB07010000005,Binh,,1,1,SHBT:100%,1,2\n",
            QStringLiteral("line 6, MA_KHANG: the same customer code is already on line 3."));
    rowCase("a code repeated after it came out of order",
            "PB07010000002,An,,1,1,SHBT:100%,1,2\nPB07010000005,An,,1,1,SHBT:100%,1,2\n"
            "PB07010000004,An,,1,1,SHBT:100%,1,2\nPB07010000009,An,,1,1,SHBT:100%,1,2\n"
            "PB07010000004,Binh,,1,1,SHBT:100%,1,2\n",
            QStringLiteral("line 6, MA_KHANG: the same customer code is already on line 4."));
    rowCase("mixed separators", "PB07010000002;An;;1;1;SHBT:100%;1;2\n",
            QStringLiteral("line 2, -: the row has 1 fields, the header 8."));
    rowCase("a negative consumption", "PB07010000002,An,,1,1,SHBT:100%,-5,2\n",
            QStringLiteral("line 2, SL_202509: a whole number of kWh, 0 or more."));
    rowCase("a consumption of 10^30 kWh", "PB07010000002,An,,1,1,SHBT:100%,1000000000000000000000000000000,2\n",
            QStringLiteral("line 2, SL_202509: a whole number of kWh, 0 or more."));
    rowCase("no households", "PB07010000002,An,,1,0,SHBT:100%,1,2\n",
            QStringLiteral("line 2, SO_HO: 0.25 or more, in steps of 0.25 (4 renters = 1 household)."));
    rowCase("a million households", "PB07010000002,An,,1,1000000,SHBT:100%,1,2\n",
            QStringLiteral("line 2, SO_HO: 0.25 or more, in steps of 0.25 (4 renters = 1 household)."));
    rowCase(
        "a code too short", "PB0701,An,,1,1,SHBT:100%,1,2\n",
        QStringLiteral("line 2, MA_KHANG: a customer code has 13 characters: 2 letters, 4 letters or digits, then 7 "
                       "digits."));
    rowCase("shares above 100 %", "PB07010000002,An,,1,1,SHBT:60%;KDDV:60%,1,2\n",
            QStringLiteral("line 2, CHUOI_GIA: purposes: the shares add up to 120 %, more than 100 %."));
    rowCase("an unknown meter kind", "PB07010000002,An,,2,1,SHBT:100%,1,2\n",
            QStringLiteral("line 2, LOAI_DDO: 1 (single-rate) or 3 (three-rate)."));
    QTest::addRow("a date like 31/02") << QStringLiteral("row") << Make::Bytes << QStringLiteral("list.csv")
                                       << QByteArray("MA_KHANG,TEN_KHANG,CHUOI_GIA,NGAY_KT_TLG\n"
                                                     "PB07010000002,An,SHBT:80%;KDDV:CL,31/02/2024\n")
                                       << QStringLiteral(
                                              "line 2, NGAY_KT_TLG: a date written YYYY-MM-DD or dd/MM/yyyy.");

    // ---- Answers files.
    const auto answers = [](const char *name, Make make, const QByteArray &bytes, const QString &expected) {
        QTest::addRow("%s", name) << QStringLiteral("answers") << make << QStringLiteral("answers.json") << bytes
                                  << expected;
    };
    answers("answers that are not JSON", Make::Bytes, "{\"meter\": }",
            QStringLiteral("%IN%/answers.json, byte 12: not valid JSON (object is missing after a comma)."));
    answers("answers nested 40 deep", Make::Bytes,
            "{\"notes\":" + QByteArray("[").repeated(40) + QByteArray("]").repeated(40) + "}",
            QStringLiteral("%IN%/answers.json, byte 41: arrays and objects are nested more than 32 deep."));
    answers("answers with an unknown field", Make::Bytes, "{\"colour\": \"red\"}",
            QStringLiteral("%IN%/answers.json: unknown field \"colour\" (docs/answers-file.md lists the fields)."));
    answers("answers of 2 MB", Make::Bytes, "{\"notes\": \"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}",
            QStringLiteral("%IN%/answers.json is 2097165 bytes; at most 1048576 are accepted."));
    answers("answers from a pipe", Make::Fifo, {},
            QStringLiteral("%IN%/answers.json is not a file (a folder, a device or a pipe)."));
    answers("answers with a number written as words", Make::Bytes, "{\"households\": {\"renterPersons\": \"ba\"}}",
            QStringLiteral("%IN%/answers.json: households.renterPersons: a number expected, not \"ba\""));
    answers("answers with a negative reading", Make::Bytes, "{\"identify\": {\"reading\": -5}}",
            QStringLiteral("%IN%/answers.json: identify.reading: -5 is outside 0 to 999999999"));
    answers("answers with an unknown check", Make::Bytes, "{\"checks\": [\"households\", \"colour\"]}",
            QStringLiteral("%IN%/answers.json: checks[1]: unknown check \"colour\" (households, ratio, three-rate, "
                           "reading)"));
    answers("answers as a list", Make::Bytes, "[1, 2]", QStringLiteral("%IN%/answers.json is not a JSON object."));

    // ---- Tariff books.
    const auto tariff = [](const char *name, const QByteArray &bytes, const QString &expected) {
        QTest::addRow("%s", name) << QStringLiteral("tariff") << Make::Bytes << QStringLiteral("book.json") << bytes
                                  << expected;
    };
    tariff("a tariff book cut short", "{\"format\": 1, \"decision\": ",
           QStringLiteral("Tariff book book.json, byte 27: not valid JSON (unterminated object)."));
    tariff("a tariff book of 5 MB", "{\"x\": \"" + QByteArray(5 * 1024 * 1024, ' ') + "\"}",
           QStringLiteral("%IN%/book.json is 5242889 bytes; at most 4194304 are accepted."));
    tariff("a tariff book nested 33 deep", QByteArray("[").repeated(33) + QByteArray("]").repeated(33),
           QStringLiteral("Tariff book book.json, byte 33: arrays and objects are nested more than 32 deep."));

    // ---- Record folders (verified: the first problem found).
    const auto folder = [](const char *name, const QString &expected) {
        QTest::addRow("%s", name) << QStringLiteral("record") << Make::Folder << QString() << QByteArray() << expected;
    };
    folder("a record folder whose record.json is a link out",
           QStringLiteral("record.json in %IN%/record is a link; a record folder holds its own files."));
    folder("a record folder whose evidence is a link out",
           QStringLiteral("evidence/%EVIDENCE%: not a file of the folder (a link, a folder or a device)."));
    folder("a record folder whose evidence is a pipe",
           QStringLiteral("evidence/%EVIDENCE%: not a file of the folder (a link, a folder or a device)."));
    folder("a record whose signature is of another record",
           QStringLiteral("record.json: its SHA-256 %FINGERPRINT% differs from the fingerprint %OTHER% in "
                          "signature.json; the record was changed after signing."));
    folder("a nested record.json",
           QStringLiteral("record.json, byte 37: arrays and objects are nested more than 32 deep."));
    folder("a record naming its evidence with a control character",
           QStringLiteral("record.json: an evidence entry has no usable file name (\"a\\u0000b.png\")."));
    folder("a record folder with its signature.json missing",
           QStringLiteral("%IN%/record/signature.json does not exist."));

    // ---- Pictures given as evidence.
    const auto picture = [](const char *name, Make make, const QString &fileName, const QByteArray &bytes,
                            const QString &expected) {
        QTest::addRow("%s", name) << QStringLiteral("picture") << make << fileName << bytes << expected;
    };
    picture("a PDF called .jpg", Make::Bytes, QStringLiteral("photo.jpg"), "%PDF-1.7\n",
            QStringLiteral("%IN%/photo.jpg: Only PNG and JPEG pictures can be kept as evidence."));
    picture("a PNG cut short", Make::Bytes, QStringLiteral("photo.png"), png(64, 64).left(60),
            QStringLiteral("%IN%/photo.png: The picture cannot be read: Unable to read image data."));
    picture("a picture of 50 MB", Make::Sparse, QStringLiteral("photo.jpg"), QByteArray::number(50 * 1024 * 1024),
            QStringLiteral("%IN%/photo.jpg: the picture is larger than 40 MB."));
    picture("a picture from a pipe", Make::Fifo, QStringLiteral("photo.jpg"), {},
            QStringLiteral("%IN%/photo.jpg is not a file (a folder, a device or a pipe)."));
}

void TestBadInput::catalogue()
{
    QFETCH(QString, kind);
    QFETCH(Make, make);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    const QString input = makeInput(QString::fromLatin1(QTest::currentDataTag()), make, fileName, bytes);
    if (QTest::currentTestFailed())
        return;
    const QString workspace = m_dir->filePath(QStringLiteral("workspace"));
    const auto before = tree(workspace);
    QVERIFY(!before.isEmpty());
    QString message;
    {
        auto db = openData();
        QVERIFY(db);
        if (kind == QLatin1StringView("list")) {
            auto result = CustomerImport(*db, m_library, m_clock).run(input);
            QVERIFY2(!result.ok(), "the file was imported");
            message = result.error();
        } else if (kind == QLatin1StringView("row")) {
            CustomerImport::Options options;
            options.checkOnly = true;
            auto result = CustomerImport(*db, m_library, m_clock).run(input, options);
            QVERIFY2(result.ok(), qPrintable(result.error()));
            QVERIFY(!result->issues.empty());
            const ImportIssue &first = result->issues.front();
            message = QStringLiteral("line %1, %2: %3").arg(first.line).arg(first.column, first.reason);
        } else if (kind == QLatin1StringView("answers")) {
            auto read = AnswersFile::read(input, QStringLiteral("PB07010000001"));
            QVERIFY(!read.ok());
            message = read.error();
        } else if (kind == QLatin1StringView("tariff")) {
            TariffLibrary library = TariffLibrary::load();
            const Status added = library.addBookFile(input);
            QVERIFY(!added.ok());
            message = added.error();
        } else if (kind == QLatin1StringView("record")) {
            const VerifyReport report = verifyRecord(input);
            QVERIFY(!report.intact());
            message = report.problems.constFirst();
            // The names the expected text cannot know in advance.
            const QDir evidence(input + QStringLiteral("/evidence"));
            const QStringList pictures = evidence.entryList(QDir::Files | QDir::System);
            if (!pictures.isEmpty())
                expected.replace(QStringLiteral("%EVIDENCE%"), pictures.constFirst());
            QFile recordFile(input + QStringLiteral("/record.json"));
            if (recordFile.open(QIODevice::ReadOnly))
                expected.replace(
                    QStringLiteral("%FINGERPRINT%"),
                    QString::fromLatin1(
                        QCryptographicHash::hash(recordFile.readAll(), QCryptographicHash::Sha256).toHex()));
            QFile otherFile(m_dir->filePath(QStringLiteral("input/other/record.json")));
            if (otherFile.open(QIODevice::ReadOnly))
                expected.replace(
                    QStringLiteral("%OTHER%"),
                    QString::fromLatin1(
                        QCryptographicHash::hash(otherFile.readAll(), QCryptographicHash::Sha256).toHex()));
        } else if (kind == QLatin1StringView("picture")) {
            auto added = EvidenceStore(workspace + QStringLiteral("/evidence")).addFile(input, QStringLiteral("photo"));
            QVERIFY(!added.ok());
            message = added.error();
        } else {
            QFAIL("unknown kind");
        }
    }
    expected.replace(QStringLiteral("%IN%"), QDir::toNativeSeparators(m_dir->filePath(QStringLiteral("input"))));
    QCOMPARE(message, expected);
    // Nothing stored, nothing half-written: the data file and every file beside it as they were.
    QCOMPARE(tree(workspace), before);
}

// A list of a million bad rows does not hold a million problems: the first ListIssues, the rest counted.
void TestBadInput::aListOfRejectedRowsKeepsTheFirstProblems()
{
    QByteArray rows = kHeader;
    const qint64 bad = limits::ListIssues + 500;
    rows.reserve(bad * 40);
    for (qint64 i = 0; i < bad; ++i)
        rows += "PB0701" + QByteArray::number(2000000 + i) + ",An,,1,0,SHBT:100%,1,2\n";
    writeFile(m_dir->filePath(QStringLiteral("bad.csv")), rows);
    auto db = openData();
    QVERIFY(db);
    CustomerImport::Options options;
    options.checkOnly = true;
    auto result = CustomerImport(*db, m_library, m_clock).run(m_dir->filePath(QStringLiteral("bad.csv")), options);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->rejected, bad);
    QCOMPARE(qint64(result->issues.size()), limits::ListIssues);
    QCOMPARE(result->issuesNotListed, 500);
    QCOMPARE(result->issues.back().line, limits::ListIssues + 1); // the header is line 1
}

void TestBadInput::checkOnlyStoresNothing()
{
    const auto before = tree(m_dir->filePath(QStringLiteral("workspace")));
    {
        auto db = openData();
        writeFile(m_dir->filePath(QStringLiteral("second.csv")),
                  kHeader + "PB07010000002,Binh,,1,1,SHBT:100%,100,110\nPB07010000001,An,,1,2,SHBT:100%,1,2\n");
        CustomerImport::Options options;
        options.checkOnly = true;
        auto result =
            CustomerImport(*db, m_library, m_clock).run(m_dir->filePath(QStringLiteral("second.csv")), options);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->rows, 2);
        QCOMPARE(result->imported, 1);
        QCOMPARE(result->updated, 1);
    }
    QCOMPARE(tree(m_dir->filePath(QStringLiteral("workspace"))), before);
}

void TestBadInput::jsonDepthIsCountedOutsideStrings()
{
    qsizetype offset = 0;
    QCOMPARE(jsonDepth("{\"a\": \"[[[[[[\\\"[[[[\"}", 2, &offset), 1);
    QCOMPARE(offset, -1);
    QCOMPARE(jsonDepth("[[[1]]]", 2, &offset), 3);
    QCOMPARE(offset, 2);
    QCOMPARE(jsonDepth("[[1],[2]]", 2, &offset), 2);
    QCOMPARE(offset, -1);
    QVERIFY(parseBoundedJson("[[[1]]]", QStringLiteral("x"), 100, 3).ok());
    QCOMPARE(parseBoundedJson("[[[1]]]", QStringLiteral("x"), 100, 2).error(),
             QStringLiteral("x, byte 3: arrays and objects are nested more than 2 deep."));
    QCOMPARE(parseBoundedJson("[1]  ", QStringLiteral("x"), 4, 2).error(),
             QStringLiteral("x is 5 bytes; at most 4 are accepted."));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
