// Prints how long the real tariff-audit-cli takes to answer, and the most memory it holds, when it is given
// hostile files: zip bombs, a workbook claiming a cell millions of columns to the right, nesting, a quote left
// open at the start of a large file, a sparse file of gigabytes, a list one row longer than the limit, and
// (for scale) a valid list of 1,000,000 customers checked whole. Each is run with `import --check` into a
// data file that already holds a list (the answer is the same as an import's; nothing is stored).
//   bench_hostile [CLI] [SCRATCH]
// The goals (issue: hostile input): every answer, a refusal included, within 20 s and under 300 MB.

#include "models/core/limits.h"
#include "models/customers/samplelist.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <zip.h>

extern char **environ;

namespace {

struct Answer
{
    double seconds = 0;
    long peakMiB = 0;
    int exitCode = -1;
    QString firstLine;
};

// Runs @p program with @p args, its output in @p logPath; the time to its exit and its peak resident memory.
Answer run(const QString &program, const QStringList &args, const QString &logPath)
{
    QList<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &a : args)
        storage << a.toUtf8();
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray log = QFile::encodeName(logPath);
    posix_spawn_file_actions_addopen(&actions, 1, log.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    Answer answer;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        return answer;
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    answer.seconds = double(timer.nsecsElapsed()) / 1e9;
    answer.peakMiB = usage.ru_maxrss / 1024;
    answer.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    posix_spawn_file_actions_destroy(&actions);
    QFile f(logPath);
    if (f.open(QIODevice::ReadOnly)) {
        // The answer's last line (the progress line before it is overwritten with \r).
        const QStringList lines =
            QString::fromUtf8(f.readAll()).split(QRegularExpression(QStringLiteral("[\r\n]")), Qt::SkipEmptyParts);
        answer.firstLine = lines.isEmpty() ? QString() : lines.constLast();
    }
    return answer;
}

// A zip part written piece by piece, so the bench itself never holds a large file (the peak memory measured
// for a child process counts what its parent held when it started).
struct Part
{
    QString name;
    QByteArray head;
    QByteArray unit; // repeated count times between head and tail
    qint64 count = 0;
    QByteArray tail;
};

bool writeZip(const QString &path, const QList<Part> &parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    for (const Part &p : parts) {
        zip_fileinfo info{};
        zipOpenNewFileInZip64(zip, p.name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                              Z_BEST_COMPRESSION, 1);
        zipWriteInFileInZip(zip, p.head.constData(), unsigned(p.head.size()));
        const qint64 perBlock = p.unit.isEmpty() ? 0 : std::max<qint64>(1, (1 << 20) / p.unit.size());
        const QByteArray block = p.unit.repeated(qsizetype(perBlock));
        for (qint64 done = 0; done < p.count; done += perBlock) {
            const qint64 n = std::min(perBlock, p.count - done);
            zipWriteInFileInZip(zip, block.constData(), unsigned(n * p.unit.size()));
        }
        zipWriteInFileInZip(zip, p.tail.constData(), unsigned(p.tail.size()));
        zipCloseFileInZip(zip);
    }
    return zipClose(zip, nullptr) == ZIP_OK;
}

QList<Part> workbook(const QByteArray &unit, qint64 count, QList<Part> extra = {})
{
    QList<Part> parts{{QStringLiteral("xl/workbook.xml"),
                       "<workbook xmlns:r=\"r\"><sheets><sheet name=\"KH\" r:id=\"rId1\"/></sheets></workbook>",
                       {},
                       0,
                       {}},
                      {QStringLiteral("xl/_rels/workbook.xml.rels"),
                       "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
                       {},
                       0,
                       {}},
                      {QStringLiteral("xl/worksheets/sheet1.xml"),
                       "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>MA_KHANG</t></is></c><c "
                       "r=\"B1\" t=\"inlineStr\"><is><t>TEN_KHANG</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>"
                       "CHUOI_GIA</t></is></c></row>",
                       unit, count, "</sheetData></worksheet>"}};
    parts << extra;
    return parts;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString cli = argc > 1
                            ? QString::fromLocal8Bit(argv[1])
                            : QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/tariff-audit-cli");
    const QString scratch = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("/tmp/tariff-audit-hostile");
    QDir(scratch).removeRecursively();
    QDir().mkpath(scratch);
    const auto in = [&scratch](const QString &name) {
        return QDir(scratch).filePath(name);
    };
    std::printf("making the files in %s ...\n", qPrintable(scratch));
    std::fflush(stdout);

    const QByteArray header = "MA_KHANG,TEN_KHANG,CHUOI_GIA\n";
    QList<QPair<QString, QString>> cases; // what, file
    // The data file every case is checked against: a list of 1,000 customers in it.
    ta::GeneratorOptions small;
    small.customers = 1000;
    (void)ta::SampleCustomerList::write(small, in(QStringLiteral("seed.csv")));
    const QString data = in(QStringLiteral("data.sqlite"));
    run(cli, {QStringLiteral("import"), in(QStringLiteral("seed.csv")), QStringLiteral("--db"), data},
        in(QStringLiteral("seed.log")));

    writeZip(in(QStringLiteral("bomb.xlsx")), workbook("<x/>", 200 * 1024 * 1024));
    cases << qMakePair(QStringLiteral("zip bomb: a sheet of 800 MiB of empty elements"),
                       in(QStringLiteral("bomb.xlsx")));
    writeZip(in(QStringLiteral("spaces.xlsx")), workbook(" ", 900 * 1024 * 1024));
    cases << qMakePair(QStringLiteral("zip bomb: 900 MiB of blanks in one text run"),
                       in(QStringLiteral("spaces.xlsx")));
    writeZip(in(QStringLiteral("far.xlsx")),
             workbook("<row r=\"2\"><c r=\"XFD2\"><v>1</v></c><c r=\"ZZZZZZZZ2\"><v>1</v></c></row>", 1));
    cases << qMakePair(QStringLiteral("a cell reference millions of columns to the right"),
                       in(QStringLiteral("far.xlsx")));
    writeZip(in(QStringLiteral("deep.xlsx")), workbook("<x>", 10 * 1024 * 1024));
    cases << qMakePair(QStringLiteral("elements nested 10 million deep"), in(QStringLiteral("deep.xlsx")));
    writeZip(in(QStringLiteral("strings.xlsx")), workbook({}, 0,
                                                          {{QStringLiteral("xl/sharedStrings.xml"), "<sst>",
                                                            "<si><t>x</t></si>", 8 * 1000 * 1000, "</sst>"}}));
    cases << qMakePair(QStringLiteral("a table of 8,000,000 shared strings (136 MB)"),
                       in(QStringLiteral("strings.xlsx")));
    {
        QFile f(in(QStringLiteral("open-quote.csv")));
        f.open(QIODevice::WriteOnly);
        f.write(header + "PB07010000001,\"");
        const QByteArray block(1 << 20, 'x');
        for (int i = 0; i < 900; ++i)
            f.write(block);
    }
    cases << qMakePair(QStringLiteral("a quote opened at line 2 of a 900 MiB file"),
                       in(QStringLiteral("open-quote.csv")));
    {
        QFile f(in(QStringLiteral("sparse.csv")));
        f.open(QIODevice::WriteOnly);
        f.resize(8LL * 1024 * 1024 * 1024);
    }
    cases << qMakePair(QStringLiteral("a sparse file of 8 GiB"), in(QStringLiteral("sparse.csv")));
    {
        QFile f(in(QStringLiteral("rows.csv")));
        f.open(QIODevice::WriteOnly);
        f.write(header);
        QByteArray chunk;
        for (qint64 i = 0; i <= ta::limits::ListRows; ++i) {
            chunk += "PB0701" + QByteArray::number(1000000 + i % 9000000) + ",A,SHBT:100%\n";
            if (chunk.size() > (1 << 22)) {
                f.write(chunk);
                chunk.clear();
            }
        }
        f.write(chunk);
    }
    cases << qMakePair(QStringLiteral("one row more than the limit (%1), short rows").arg(ta::limits::ListRows + 1),
                       in(QStringLiteral("rows.csv")));
    ta::GeneratorOptions million;
    million.customers = 1000000;
    (void)ta::SampleCustomerList::write(million, in(QStringLiteral("million.csv")));
    cases << qMakePair(QStringLiteral("for scale: a valid list of 1,000,000 customers, checked whole"),
                       in(QStringLiteral("million.csv")));

    std::printf("\n%-62s %8s %8s  %s\n", "input", "seconds", "peak MiB", "answer");
    bool within = true;
    for (const auto &[what, file] : cases) {
        const Answer a =
            run(cli, {QStringLiteral("import"), file, QStringLiteral("--db"), data, QStringLiteral("--check")},
                in(QStringLiteral("answer.log")));
        std::printf("%-62s %8.2f %8ld  %s\n", qPrintable(what), a.seconds, a.peakMiB,
                    qPrintable(a.firstLine.left(110)));
        std::fflush(stdout);
        if (!what.startsWith(QLatin1StringView("for scale")))
            within = within && a.seconds <= 20 && a.peakMiB <= 300;
    }
    std::printf("\nevery hostile input answered within 20 s and 300 MB: %s\n", within ? "yes" : "NO");
    QDir(scratch).removeRecursively();
    return within ? 0 : 1;
}
