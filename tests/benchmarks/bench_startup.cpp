// Prints how long the real application takes from process start to a usable worklist on a large data
// file, and the resident memory it then holds:
//   bench_startup DATA_FILE [runs=3]
// DATA_FILE is a real profile's data file (bench_customers leaves one with a million customers in
// /tmp/tariff-audit-bench/customers.sqlite). It is hard-linked, not copied, into a scratch workspace as the
// data file of a new profile; the run then goes through what a user does: the window opens on the sign-in
// page, the PIN is entered, the worklist shows its first page. The PIN check (Argon2id, deliberately slow)
// is reported on its own line. Runs under QT_QPA_PLATFORM=offscreen unless told otherwise.

#include "models/core/clock.h"
#include "models/core/language.h"
#include "models/core/settings.h"
#include "models/customers/customerlistmodel.h"
#include "models/security/pinhasher.h"
#include "models/tariff/tarifflibrary.h"
#include "models/workspace/session.h"
#include "ui/shell/mainwindow.h"
#include "ui/worklist/worklistpage.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>

namespace {

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

long statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLong();
    }
    return -1;
}

const QString kPin = QStringLiteral("2468");

// Prepares a scratch workspace whose only profile uses @p dataFile (hard link).
bool prepare(const QString &root, const QString &dataFile)
{
    QTemporaryDir settingsDir;
    ta::Settings settings(settingsDir.filePath(QStringLiteral("s.ini")));
    ta::SystemClock clock;
    ta::Session session(settings, clock, root + QStringLiteral("/real"), root + QStringLiteral("/training"));
    if (!session.openWorkspace(ta::WorkspaceKind::Real))
        return false;
    auto profile = session.workspace()->profiles().create({QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("KTV-0719"),
                                                           QStringLiteral("Điện lực Thủ Dầu Một"), ta::Role::Inspector,
                                                           kPin, std::nullopt});
    if (!profile)
        return false;
    const QString target = session.workspace()->dataPath(profile.value().id);
    QDir().mkpath(QFileInfo(target).absolutePath());
    return ::link(QFile::encodeName(dataFile).constData(), QFile::encodeName(target).constData()) == 0;
}

// One run in this process: returns false when something failed.
bool runOnce(const QString &root, int argc, char **argv, qint64 launchedAtMs)
{
    QElapsedTimer phase;
    phase.start();
    const qint64 atStart = (QDateTime::currentMSecsSinceEpoch() - launchedAtMs) * 1'000'000;
    QApplication app(argc, argv);
    QTemporaryDir settingsDir;
    ta::Settings settings(settingsDir.filePath(QStringLiteral("s.ini")));
    ta::Language language;
    language.apply(QStringLiteral("vi"));
    ta::SystemClock clock;
    ta::Session session(settings, clock, root + QStringLiteral("/real"), root + QStringLiteral("/training"));
    if (!session.openWorkspace(ta::WorkspaceKind::Real))
        return false;
    ta::TariffLibrary tariffs = ta::TariffLibrary::load();
    session.setTariffs(&tariffs);
    ta::MainWindow window(settings, language, session, tariffs);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    const qint64 toSignIn = phase.nsecsElapsed();

    phase.restart();
    const qint64 profileId = session.workspace()->profiles().profiles().front().id;
    QElapsedTimer pinClock;
    pinClock.start();
    if (session.signIn(profileId, kPin).outcome != ta::SignInResult::Outcome::Accepted)
        return false;
    // signIn() verifies the PIN, then opens the data file and lets the window show the worklist.
    ta::WorklistPage *worklist = window.worklistPage();
    if (!worklist)
        return false;
    worklist->table()->viewport()->repaint(); // the first page is read and drawn
    QCoreApplication::processEvents();
    const qint64 signInToWorklist = phase.nsecsElapsed();
    // The PIN check alone, measured again on a hash made with the same parameters.
    const QByteArray hash = ta::PinHasher::hash(kPin).value();
    pinClock.restart();
    ta::PinHasher::verify(hash, kPin);
    const qint64 pinNs = pinClock.nsecsElapsed();
    const int rows = worklist->model()->rowCount();

    std::printf("  start to sign-in page      %7.0f ms (%.0f ms of it before main(): loading the libraries)\n",
                ms(atStart + toSignIn), ms(atStart));
    std::printf("  PIN check (Argon2id)       %7.0f ms\n", ms(pinNs));
    std::printf("  data file to worklist      %7.0f ms (%d customers to visit)\n", ms(signInToWorklist - pinNs), rows);
    std::printf("  start to usable worklist   %7.0f ms without the PIN check, %.0f ms with it\n",
                ms(atStart + toSignIn + signInToWorklist - pinNs), ms(atStart + toSignIn + signInToWorklist));
    std::printf("  resident memory            %7.0f MiB now, peak %.0f MiB\n", double(statusKiB("VmRSS:")) / 1024,
                double(statusKiB("VmHWM:")) / 1024);
    return rows > 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_LOGGING_RULES", "tariffaudit.*.info=false");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_startup DATA_FILE [runs=3]\n");
        return 2;
    }
    const QString dataFile = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
    if (!QFile::exists(dataFile)) {
        std::fprintf(stderr, "no such data file: %s\n", argv[1]);
        return 2;
    }
    // Each run is a new process, as a user's start is.
    if (qEnvironmentVariableIsSet("TA_BENCH_CHILD")) {
        int n = 1;
        return runOnce(qEnvironmentVariable("TA_BENCH_CHILD"), n, argv,
                       qEnvironmentVariable("TA_BENCH_LAUNCHED").toLongLong())
                   ? 0
                   : 1;
    }
    QTemporaryDir root(QFileInfo(dataFile).absolutePath() + QStringLiteral("/startup-XXXXXX"));
    {
        int n = 1;
        QCoreApplication setup(n, argv);
        if (!prepare(root.path(), dataFile)) {
            std::fprintf(stderr, "could not prepare a workspace next to %s\n", argv[1]);
            return 1;
        }
    }
    for (int i = 1; i <= runs; ++i) {
        std::printf("run %d\n", i);
        std::fflush(stdout);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TA_BENCH_CHILD"), root.path());
        child.setProcessEnvironment(env);
        env.insert(QStringLiteral("TA_BENCH_LAUNCHED"), QString::number(QDateTime::currentMSecsSinceEpoch()));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QString::fromLocal8Bit(argv[0]), {dataFile});
        if (!child.waitForFinished(120000) || child.exitCode() != 0) {
            std::fprintf(stderr, "run %d failed\n", i);
            return 1;
        }
    }
    return 0;
}
