// Kill -9 campaigns: the real programs killed at random moments of their work, then restarted, over and over.
// After each kill the data file opens and passes PRAGMA integrity_check, and:
//  - an import of 200,000 customers (the real tariff-audit-cli, into an empty file and into one with a list)
//    is whole or absent, and the search index it leaves half-built is finished and consistent;
//  - an inspection filled step by step and signed either is signed once, its record verifying (its folder
//    written again from the data file, as the app does, when the kill came before it was), or reopens as a
//    draft at its step with every field that was saved;
//  - a training reset is whole or absent (the old customers or the new ones, never a mix);
//  - a migration of an old data file (half as many customers) resumes and completes, every customer kept;
//  - no temporary file is left behind.
// TA_CRASH_RUNS kills per kind of work (13 by default: 52 in all); TA_CRASH_SEED replays a campaign;
// TA_CRASH_CUSTOMERS sets the size of the list imported (200,000; the sanitized build's few kills use a smaller
// one).
// scripts/crash.sh runs a long campaign.

#include "models/core/clock.h"
#include "models/customers/customerrepository.h"
#include "models/customers/samplelist.h"
#include "models/customers/searchindex.h"
#include "models/customers/searchtext.h"
#include "models/inspection/devicekey.h"
#include "models/inspection/inspectionsession.h"
#include "models/inspection/inspectionstore.h"
#include "models/inspection/recordfolder.h"
#include "models/inspection/signedrecord.h"
#include "models/security/secretstore.h"
#include "models/storage/profiledata.h"
#include "models/tariff/tarifflibrary.h"
#include "models/workspace/trainingdata.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlRecord>

#include <csignal>
#include <sys/types.h>

using namespace ta;

namespace {

int setting(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(path, target);
    }
}

// A query's rows as one fingerprint, read with a connection of its own (not through the product's Database).
QByteArray fingerprint(const QString &path, const QString &sql, QString *integrity = nullptr)
{
    const QString name = QStringLiteral("crash-check-%1").arg(QRandomGenerator::global()->generate());
    QByteArray out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (integrity) {
                q.exec(QStringLiteral("PRAGMA integrity_check"));
                *integrity = q.next() ? q.value(0).toString() : q.lastError().text();
            }
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (q.exec(sql)) {
                while (q.next()) {
                    for (int c = 0; c < q.record().count(); ++c)
                        hash.addData(q.value(c).toString().toUtf8() + '\x1f');
                }
                out = hash.result().toHex();
            } else {
                out = "error: " + q.lastError().text().toUtf8();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// Files the work may leave: anything else (a temporary file, a journal, a record folder being made or
// replaced) is a leftover.
QStringList leftovers(const QString &dir)
{
    static const QRegularExpression allowed(
        QStringLiteral("^(data\\.sqlite|data\\.sqlite\\.v[0-9]+-[0-9]{8}-[0-9]{6}-[0-9]{3}\\.bak|device\\.key|list\\."
                       "csv|evidence/[0-9a-f]{2}/[0-9a-f]{64}\\.(jpg|png)|records/(?![^/]*\\.(part|old)/)[^/]+/"
                       "(record\\.json|signature\\.json|bien-ban\\.pdf|evidence/[0-9a-f]{64}\\.(jpg|png)))$"));
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(dir).relativeFilePath(it.next());
        if (!allowed.match(relative).hasMatch())
            out << relative;
    }
    return out;
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedImportIsWholeOrAbsent();
    void killedInspectionKeepsWhatWasSaved();
    void killedTrainingResetIsWholeOrAbsent();
    void killedMigrationCompletesOnRestart();
    void cleanupTestCase();

private:
    struct Run
    {
        bool killed = false;
        int exitCode = 0;
        QByteArray out;
        QByteArray err;
    };
    /// Runs @p program and kills it with SIGKILL after a random moment within @p withinMs (unless it ended).
    Run runAndKill(const QString &program, const QStringList &arguments, qint64 withinMs);
    /// Runs @p program to its end, returning how long it took (ms); fails the test when it fails.
    qint64 calibrate(const QString &program, const QStringList &arguments);
    void report(const char *work, int kills, int completed, const QStringList &problems);

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_runs = 13;
    int m_customers = 200000;
    quint32 m_seed = 0;
    QRandomGenerator m_random;
    int m_totalKills = 0;
    int m_totalRuns = 0;
    int m_totalProblems = 0;
};

void TestCrash::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_runs = setting("TA_CRASH_RUNS", 13);
    m_customers = std::max(1000, setting("TA_CRASH_CUSTOMERS", 200000));
    m_seed = quint32(setting("TA_CRASH_SEED", int(QRandomGenerator::global()->bounded(1 << 30))));
    m_random.seed(m_seed);
    qInfo("%d kills per kind of work, seed %u (TA_CRASH_SEED=%u replays this campaign)", m_runs, m_seed, m_seed);
}

TestCrash::Run TestCrash::runAndKill(const QString &program, const QStringList &arguments, qint64 withinMs)
{
    Run run;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        run.exitCode = -1;
        run.err = "did not start";
        return run;
    }
    const int delay = int(m_random.bounded(quint32(std::max<qint64>(1, withinMs))));
    if (!process.waitForFinished(delay)) {
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
        run.killed = true;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

qint64 TestCrash::calibrate(const QString &program, const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(300000) || process.exitCode() != 0) {
        qWarning() << program << arguments << process.readAllStandardError();
        return -1;
    }
    return timer.elapsed();
}

void TestCrash::report(const char *work, int kills, int completed, const QStringList &problems)
{
    qInfo("%s: %d runs, %d killed during the work, %d completed before the kill; %lld lost or corrupted", work,
          kills + completed, kills, completed, qlonglong(problems.size()));
    m_totalKills += kills;
    m_totalRuns += kills + completed;
    m_totalProblems += int(problems.size());
}

void TestCrash::killedImportIsWholeOrAbsent()
{
    // The list, and the two data files it is loaded into: an empty one (the first list: indexes built after
    // the rows, the search index in steps afterwards) and one that has a list (rows updated in place).
    const QString list = m_dir->filePath(QStringLiteral("import/list.csv"));
    QDir().mkpath(QFileInfo(list).absolutePath());
    GeneratorOptions generator;
    generator.customers = m_customers;
    generator.seed = 6;
    generator.lastMonth = 202510;
    QVERIFY(SampleCustomerList::write(generator, list).ok());
    const QString empty = m_dir->filePath(QStringLiteral("import/empty.sqlite"));
    const QString listed = m_dir->filePath(QStringLiteral("import/listed.sqlite"));
    QVERIFY(ProfileData::open(empty, WorkspaceKind::Real).ok());
    {
        auto db = ProfileData::open(listed, WorkspaceKind::Real);
        QVERIFY(db.ok());
        Customer c;
        c.code = QStringLiteral("PE99990000001");
        c.name = QStringLiteral("Khách hàng có sẵn");
        c.priceString = QStringLiteral("SHBT:100%");
        QVERIFY(CustomerRepository(db.value()->connection()).insert(c).ok());
    }
    const QString rows =
        QStringLiteral("SELECT code, name, households, history, price_string FROM customers ORDER BY code");
    const QString cli = QStringLiteral(TA_CLI);
    // Before and after, measured on copies.
    QMap<QString, QPair<QByteArray, QByteArray>> states;
    qint64 slowest = 0;
    for (const QString &base : {empty, listed}) {
        const QString copy = m_dir->filePath(QStringLiteral("import/whole.sqlite"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(base, copy));
        const qint64 ms = calibrate(cli, {QStringLiteral("import"), list, QStringLiteral("--db"), copy});
        QVERIFY2(ms > 0, "the import does not complete");
        slowest = std::max(slowest, ms);
        states.insert(base, {fingerprint(base, rows), fingerprint(copy, rows)});
        QVERIFY(states.value(base).first != states.value(base).second);
    }
    qInfo("a whole import takes up to %lld ms", qlonglong(slowest));

    QStringList problems;
    int kills = 0, completed = 0;
    for (int i = 0; i < m_runs; ++i) {
        const QString base = i % 2 ? listed : empty;
        const QString folder = m_dir->filePath(QStringLiteral("import/run-%1").arg(i));
        QDir().mkpath(folder);
        const QString data = folder + QStringLiteral("/data.sqlite");
        QVERIFY(QFile::copy(base, data));
        const Run run = runAndKill(cli, {QStringLiteral("import"), list, QStringLiteral("--db"), data}, slowest);
        (run.killed ? kills : completed) += 1;
        const QString where =
            QStringLiteral("import run %1 (%2):").arg(i).arg(QLatin1StringView(run.killed ? "killed" : "completed"));
        QString integrity;
        const QByteArray state = fingerprint(data, rows, &integrity);
        if (integrity != QLatin1StringView("ok"))
            problems << where + QStringLiteral(" integrity_check: ") + integrity;
        if (state != states.value(base).first && state != states.value(base).second)
            problems << where + QStringLiteral(" the customers are neither the old list nor the new one");
        // Restarted: the search index left half-built is finished, consistent, and finds a customer.
        {
            auto db = ProfileData::open(data, WorkspaceKind::Real);
            if (!db) {
                problems << where + QStringLiteral(" does not open: ") + db.error();
                continue;
            }
            if (Status s = SearchIndex::build(db.value()->connection()); !s)
                problems << where + QStringLiteral(" the search index: ") + s.error();
            QSqlQuery check(db.value()->connection());
            for (int shard = 0; shard < SearchIndex::kShards; ++shard) {
                if (!check.exec(
                        QStringLiteral("INSERT INTO %1(%1) VALUES('integrity-check')").arg(SearchIndex::table(shard))))
                    problems << where + QStringLiteral(" the search index is inconsistent: ") +
                                    check.lastError().text();
            }
            QSqlQuery count(db.value()->connection());
            count.exec(QStringLiteral("SELECT count(*) FROM customers"));
            count.next();
            if (count.value(0).toInt() > 0) {
                QSqlQuery one(db.value()->connection());
                one.exec(QStringLiteral("SELECT name, id FROM customers ORDER BY id DESC LIMIT 1"));
                one.next();
                const QString name = one.value(0).toString();
                QSqlQuery found(db.value()->connection());
                found.prepare(QStringLiteral("SELECT count(*) FROM (%1) WHERE id = ?").arg(SearchIndex::matchingIds()));
                for (int shard = 0; shard < SearchIndex::kShards; ++shard)
                    found.addBindValue(
                        QStringLiteral("\"%1\"").arg(SearchText::fold(name).split(QLatin1Char(' ')).last()));
                found.addBindValue(one.value(1));
                if (!found.exec() || !found.next() || found.value(0).toInt() == 0)
                    problems << where + QStringLiteral(" the search does not find ") + name;
            }
        }
        if (const QStringList left = leftovers(folder); !left.isEmpty())
            problems << where + QStringLiteral(" left behind: ") + left.join(QStringLiteral(", "));
        QDir(folder).removeRecursively();
    }
    report(qPrintable(QStringLiteral("import of %1 customers").arg(m_customers)), kills, completed, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(kills > 0, "no run was killed during the work");
}

void TestCrash::killedInspectionKeepsWhatWasSaved()
{
    const QString worker = QStringLiteral(TA_CRASH_WORKER);
    const QString base = m_dir->filePath(QStringLiteral("inspect/base"));
    QDir().mkpath(base);
    {
        auto db = ProfileData::open(base + QStringLiteral("/data.sqlite"), WorkspaceKind::Real);
        QVERIFY(db.ok());
        Customer c;
        c.code = QStringLiteral("PB07010000007");
        c.name = QStringLiteral("Đỗ Công Long");
        c.address = QStringLiteral("19 Huỳnh Văn Lũy, Phường Chánh Nghĩa");
        c.meterSerial = QStringLiteral("2500055433");
        c.households = 2;
        c.priceString = QStringLiteral("SHBT:100%");
        for (int m = 1; m <= 12; ++m)
            c.history.push_back({202500 + m, 300, std::nullopt, std::nullopt, std::nullopt});
        QVERIFY(CustomerRepository(db.value()->connection()).insert(c).ok());
    }
    const QByteArray secret = DeviceKey::generateSecret();
    {
        QFile key(base + QStringLiteral("/device.key"));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(secret);
    }
    const QString whole = m_dir->filePath(QStringLiteral("inspect/whole"));
    copyTree(base, whole);
    const qint64 ms = calibrate(worker, {QStringLiteral("inspect"), whole});
    QVERIFY2(ms > 0, "the inspection does not complete");
    qInfo("a whole inspection takes %lld ms", qlonglong(ms));

    const TariffLibrary library = TariffLibrary::load();
    static const QRegularExpression savedLine(QStringLiteral("^saved (\\w+) (.*)$"));
    QMap<QString, int> outcomes; // where the kills left the work
    QStringList problems;
    int kills = 0, completed = 0;
    for (int i = 0; i < m_runs; ++i) {
        const QString folder = m_dir->filePath(QStringLiteral("inspect/run-%1").arg(i));
        copyTree(base, folder);
        const Run run = runAndKill(worker, {QStringLiteral("inspect"), folder}, ms);
        (run.killed ? kills : completed) += 1;
        const QString where = QStringLiteral("inspection run %1 (%2):")
                                  .arg(i)
                                  .arg(QLatin1StringView(run.killed ? "killed" : "completed"));
        const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QString draftId, lastSaved, lastStep;
        bool finalised = false;
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1StringView("draft ")))
                draftId = line.mid(6);
            else if (const auto m = savedLine.match(line); m.hasMatch())
                lastStep = m.captured(1), lastSaved = m.captured(2);
            else if (line.startsWith(QLatin1StringView("finalised ")))
                finalised = true;
        }
        QString integrity;
        const QByteArray finals =
            fingerprint(folder + QStringLiteral("/data.sqlite"),
                        QStringLiteral("SELECT id FROM inspections WHERE status = 'final'"), &integrity);
        Q_UNUSED(finals);
        if (integrity != QLatin1StringView("ok"))
            problems << where + QStringLiteral(" integrity_check: ") + integrity;
        auto db = ProfileData::open(folder + QStringLiteral("/data.sqlite"), WorkspaceKind::Real);
        if (!db) {
            problems << where + QStringLiteral(" does not open: ") + db.error();
            continue;
        }
        QSqlQuery q(db.value()->connection());
        q.exec(QStringLiteral("SELECT id FROM inspections WHERE status = 'final'"));
        QStringList finalIds;
        while (q.next())
            finalIds << q.value(0).toString();
        q.finish();
        if (finalIds.size() > 1)
            problems << where + QStringLiteral(" signed %1 times").arg(finalIds.size());
        if (finalised && finalIds.isEmpty())
            problems << where + QStringLiteral(" reported signed, but no record is stored");
        InMemorySecretStore secrets;
        (void)secrets.writeSecret(DeviceKey::keyName(false, 1), secret);
        InspectionEnvironment env;
        env.data = db.value().get();
        env.library = &library;
        env.secrets = &secrets;
        const SystemClock clock;
        env.clock = &clock;
        env.evidenceFolder = folder + QStringLiteral("/evidence");
        env.recordsFolder = folder + QStringLiteral("/records");
        env.keyName = DeviceKey::keyName(false, 1);
        ++outcomes[finalIds.size() == 1  ? QStringLiteral("signed")
                   : lastSaved.isEmpty() ? QStringLiteral("nothing saved yet")
                                         : QStringLiteral("a draft (%1)").arg(lastSaved)];
        if (finalIds.size() == 1) {
            // Signed: the stored bytes verify, and its folder (written again from the data file when the kill
            // came before it was whole, as the app does when the record is opened) verifies too.
            const auto record = InspectionStore(*db.value()).record(finalIds.constFirst());
            if (!record) {
                problems << where + QStringLiteral(" the signed record cannot be read: ") + record.error();
            } else {
                const QStringList bad = checkSignedBytes(record->canonical, record->signature, record->publicKey);
                if (!bad.isEmpty())
                    problems << where + QStringLiteral(" the stored record does not verify: ") + bad.join(u' ');
                auto path =
                    RecordFolder::pathFor(env.recordsFolder, record->record.value(QStringLiteral("number")).toString());
                if (path && !QFileInfo::exists(path.value() + QStringLiteral("/bien-ban.pdf")))
                    path = RecordFolder::write(record.value(), EvidenceStore(env.evidenceFolder), env.recordsFolder);
                if (!path)
                    problems << where + QStringLiteral(" its folder: ") + path.error();
                else if (const VerifyReport report = verifyRecord(path.value()); !report.intact())
                    problems << where + QStringLiteral(" its folder does not verify: ") + report.problems.join(u' ');
            }
        } else if (!lastSaved.isEmpty()) {
            // Not signed: the draft reopens at the step last saved, with what was saved.
            auto resumed = InspectionSession::resume(env, draftId);
            if (!resumed) {
                problems << where + QStringLiteral(" the draft does not reopen: ") + resumed.error();
            } else {
                // Every field saved is there as saved; the work may have gone on after the last line printed
                // (a later field saved, a later step), never back.
                const Inspection &d = resumed.value()->draft();
                const QMap<QString, QString> now{
                    {QStringLiteral("present"), d.identify.present.idNumber},
                    {QStringLiteral("heads"), QString::number(d.households.households.size())},
                    {QStringLiteral("renters"), QString::number(d.households.renterPersons)},
                    {QStringLiteral("evidence"), QString::number(d.evidence.size())}};
                for (const QString &pair : lastSaved.split(QLatin1Char(' '))) {
                    const QString key = pair.section(QLatin1Char('='), 0, 0);
                    const QString value = pair.section(QLatin1Char('='), 1);
                    const bool kept = key == QLatin1StringView("evidence") ? now.value(key).toInt() >= value.toInt()
                                      : key == QLatin1StringView("renters")
                                          ? now.value(key) == value || value == QLatin1StringView("0")
                                          : now.value(key) == value;
                    if (!kept)
                        problems << where + QStringLiteral(" the draft holds %1=%2, saved was %1=%3")
                                                .arg(key, now.value(key), value);
                }
                const QString step = InspectionSession::stepId(resumed.value()->step());
                if (step != lastStep &&
                    !(lastStep == QLatin1StringView("identify") && step == QLatin1StringView("households")))
                    problems << where + QStringLiteral(" the draft reopens at %1, saved at %2").arg(step, lastStep);
            }
        }
        db.value().reset();
        if (const QStringList left = leftovers(folder); !left.isEmpty())
            problems << where + QStringLiteral(" left behind: ") + left.join(QStringLiteral(", "));
        QDir(folder).removeRecursively();
    }
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        qInfo("  left as %s: %d", qPrintable(it.key()), it.value());
    report("inspection filled and signed", kills, completed, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(kills > 0, "no run was killed during the work");
}

void TestCrash::killedTrainingResetIsWholeOrAbsent()
{
    const QString worker = QStringLiteral(TA_CRASH_WORKER);
    const QString base = m_dir->filePath(QStringLiteral("training/base.sqlite"));
    QDir().mkpath(QFileInfo(base).absolutePath());
    {
        auto db = ProfileData::open(base, WorkspaceKind::Training);
        QVERIFY(db.ok());
        TrainingSetup setup;
        setup.customers = 5000;
        setup.seed = 1;
        QVERIFY(TrainingData::fill(*db.value(), setup).ok());
    }
    const QString whole = m_dir->filePath(QStringLiteral("training/whole.sqlite"));
    QVERIFY(QFile::copy(base, whole));
    const qint64 ms = calibrate(worker, {QStringLiteral("training"), whole});
    QVERIFY2(ms > 0, "the training reset does not complete");
    qInfo("a whole training reset takes %lld ms", qlonglong(ms));
    QStringList problems;
    int kills = 0, completed = 0;
    for (int i = 0; i < m_runs; ++i) {
        const QString folder = m_dir->filePath(QStringLiteral("training/run-%1").arg(i));
        QDir().mkpath(folder);
        const QString data = folder + QStringLiteral("/data.sqlite");
        QVERIFY(QFile::copy(base, data));
        const Run run = runAndKill(worker, {QStringLiteral("training"), data}, ms);
        (run.killed ? kills : completed) += 1;
        const QString where =
            QStringLiteral("training run %1 (%2):").arg(i).arg(QLatin1StringView(run.killed ? "killed" : "completed"));
        QString integrity;
        (void)fingerprint(data, QStringLiteral("SELECT 1"), &integrity);
        if (integrity != QLatin1StringView("ok"))
            problems << where + QStringLiteral(" integrity_check: ") + integrity;
        {
            auto db = ProfileData::open(data, WorkspaceKind::Training);
            if (!db) {
                problems << where + QStringLiteral(" does not open: ") + db.error();
                continue;
            }
            const auto setup = TrainingData::storedSetup(*db.value());
            QSqlQuery q(db.value()->connection());
            q.exec(QStringLiteral("SELECT count(*) FROM customers"));
            q.next();
            const int customers = q.value(0).toInt();
            const bool old = setup && setup->seed == 1 && customers == 5000;
            const bool fresh = setup && setup->seed == 2 && customers == 20000;
            if (!old && !fresh)
                problems << where + QStringLiteral(" %1 customers of seed %2: neither the old set nor the new one")
                                        .arg(customers)
                                        .arg(setup ? qlonglong(setup->seed) : -1);
        }
        if (const QStringList left = leftovers(folder); !left.isEmpty())
            problems << where + QStringLiteral(" left behind: ") + left.join(QStringLiteral(", "));
        QDir(folder).removeRecursively();
    }
    report("training reset", kills, completed, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(kills > 0, "no run was killed during the work");
}

void TestCrash::killedMigrationCompletesOnRestart()
{
    // A data file of the first schema with 100,000 customers (by default), as the first version wrote it.
    const QString worker = QStringLiteral(TA_CRASH_WORKER);
    const QString base = m_dir->filePath(QStringLiteral("migrate/base.sqlite"));
    QDir().mkpath(QFileInfo(base).absolutePath());
    const int customers = m_customers / 2;
    {
        auto old = Database::openAtVersion(base, ProfileData::schema(), 1);
        QVERIFY2(old.ok(), qPrintable(old.error()));
        QVERIFY(old.value()
                    ->exec(QStringLiteral(
                               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                               "INSERT INTO customers (code, name, address, meter_kind, voltage, households, "
                               "price_string, route_book, route_order) SELECT printf('PB0701%07d', i), "
                               "'Nguyễn Văn Đức ' || i, i || ' Yersin, Phường Phú Cường', 1, '<6kV', 1 + (i % 4) * "
                               "0.25, 'SHBT:100%', 'PB0701B' || (i % 50), i FROM n")
                               .arg(customers))
                    .ok());
    }
    const QString rows = QStringLiteral("SELECT code, name, address, households, price_string FROM customers ORDER BY "
                                        "code");
    const QByteArray before = fingerprint(base, rows);
    const QString whole = m_dir->filePath(QStringLiteral("migrate/whole.sqlite"));
    QVERIFY(QFile::copy(base, whole));
    const qint64 ms = calibrate(worker, {QStringLiteral("migrate"), whole});
    QVERIFY2(ms > 0, "the migration does not complete");
    qInfo("a whole migration of %d customers takes %lld ms", customers, qlonglong(ms));
    QCOMPARE(fingerprint(whole, rows), before);
    QStringList problems;
    int kills = 0, completed = 0;
    for (int i = 0; i < m_runs; ++i) {
        const QString folder = m_dir->filePath(QStringLiteral("migrate/run-%1").arg(i));
        QDir().mkpath(folder);
        const QString data = folder + QStringLiteral("/data.sqlite");
        QVERIFY(QFile::copy(base, data));
        const Run run = runAndKill(worker, {QStringLiteral("migrate"), data}, ms);
        (run.killed ? kills : completed) += 1;
        const QString where =
            QStringLiteral("migration run %1 (%2):").arg(i).arg(QLatin1StringView(run.killed ? "killed" : "completed"));
        QString integrity;
        (void)fingerprint(data, QStringLiteral("SELECT 1"), &integrity);
        if (integrity != QLatin1StringView("ok"))
            problems << where + QStringLiteral(" integrity_check: ") + integrity;
        {
            auto db = Database::open(data, ProfileData::schema());
            if (!db) {
                problems << where + QStringLiteral(" does not open: ") + db.error();
                continue;
            }
            if (db.value()->schemaVersion() != ProfileData::schema().latestVersion())
                problems << where + QStringLiteral(" at schema %1 after the restart").arg(db.value()->schemaVersion());
        }
        if (fingerprint(data, rows) != before)
            problems << where + QStringLiteral(" the customers changed");
        // A backup the upgrade made is a whole copy of the file as it was.
        for (const QString &backup : QDir(folder).entryList({QStringLiteral("*.bak")}, QDir::Files)) {
            QString backupIntegrity;
            if (fingerprint(QDir(folder).filePath(backup), rows, &backupIntegrity) != before ||
                backupIntegrity != QLatin1StringView("ok"))
                problems << where +
                                QStringLiteral(" the backup %1 is not a whole copy (%2)").arg(backup, backupIntegrity);
        }
        if (const QStringList left = leftovers(folder); !left.isEmpty())
            problems << where + QStringLiteral(" left behind: ") + left.join(QStringLiteral(", "));
        QDir(folder).removeRecursively();
    }
    report("migration of an old data file", kills, completed, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(kills > 0, "no run was killed during the work");
}

void TestCrash::cleanupTestCase()
{
    qInfo("campaign: %d runs, %d killed during the work, %d lost or corrupted (seed %u)", m_totalRuns, m_totalKills,
          m_totalProblems, m_seed);
}

QTEST_MAIN(TestCrash) // a GUI application: a record folder written again has its PDF
#include "tst_crash.moc"
