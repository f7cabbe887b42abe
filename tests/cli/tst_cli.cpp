// tariff-audit-cli as branch IT runs it: a real process, exit codes, messages in the chosen language.

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    Run run(const QStringList &args);
    QTemporaryDir m_home;
};

void TestCli::initTestCase()
{
    QVERIFY(m_home.isValid());
}

TestCli::Run TestCli::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TA_CLI), args);
    if (!p.waitForFinished(120000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::usageInVietnameseByDefault()
{
    const Run r = run({});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Cách dùng")), qPrintable(r.err));
    const Run en = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("frobnicate")});
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
    const Run r = run(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("generate")} + args);
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
    const Run a = generate(QStringLiteral("a.csv"), QStringLiteral("42"));
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
                              "CAP_DIEN_AP,SO_HO,CHUOI_GIA,CSUAT_TBA_KVA,TOA_DO,SL_202407,"));
    QVERIFY(header.trimmed().endsWith("SL_TD_202506"));
}

void TestCli::unwritableOutputLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/list.csv"));
    const Run r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("generate"),
                       QStringLiteral("--customers=10"), QStringLiteral("--out"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
