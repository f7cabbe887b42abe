// The log file rotates at its size limit, keeps the configured number of files, and the diagnostics
// report carries versions, settings and the log but never a PIN.

#include "models/core/diagnostics.h"
#include "models/core/logging.h"
#include "models/core/settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ta;

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { LogFile::uninstall(); }
    void messagesReachTheFileWithTheirCategory();
    void rotatesAndKeepsTheConfiguredFiles();
    void diagnosticsReportHoldsLogAndSettings();
};

void TestLogging::messagesReachTheFileWithTheirCategory()
{
    QTemporaryDir dir;
    QVERIFY(LogFile::install(dir.path(), 1 << 20, 3));
    qCWarning(lcStorage) << "disk nearly full";
    LogFile::flush();
    QFile f(LogFile::currentPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("warning tariffaudit.storage: disk nearly full"));
}

void TestLogging::rotatesAndKeepsTheConfiguredFiles()
{
    QTemporaryDir dir;
    QVERIFY(LogFile::install(dir.path(), 4096, 2));
    const QString line = QString(200, QLatin1Char('x'));
    for (int i = 0; i < 200; ++i)
        qCWarning(lcApp).noquote() << i << line;
    LogFile::flush();
    const QStringList files = LogFile::files();
    QCOMPARE(files.size(), 3); // current + 2 rotated
    QVERIFY(files.first().endsWith(QStringLiteral(".log.2")));
    QVERIFY(files.last().endsWith(QStringLiteral(".log")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("tariff-audit.log.3"))));
    for (const QString &path : files)
        QVERIFY(QFileInfo(path).size() < 4096 + 512);
}

void TestLogging::diagnosticsReportHoldsLogAndSettings()
{
    QTemporaryDir dir;
    QVERIFY(LogFile::install(dir.filePath(QStringLiteral("logs")), 1 << 20, 3));
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(settings::IdleLockMinutes, 9);
    qCWarning(lcSecurity) << "Profile 1 signed in";
    const QString path = dir.filePath(QStringLiteral("diag.txt"));
    QVERIFY(Diagnostics::exportTo(path, settings, QStringLiteral("customers: 12")).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("security/idleLockMinutes = 9")));
    QVERIFY(text.contains(QStringLiteral("Profile 1 signed in")));
    QVERIFY(text.contains(QStringLiteral("customers: 12")));
    QVERIFY(text.contains(QStringLiteral("qt: ")));

    const Status refused = Diagnostics::exportTo(dir.filePath(QStringLiteral("missing/folder/diag.txt")), settings);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(QStringLiteral("missing/folder")));
}

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
