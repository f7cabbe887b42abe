// The typed settings registry: defaults in one place, bounds enforced, change notifications.

#include "models/core/settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ta;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsComeFromTheDeclarations();
    void valuesRoundTripAndPersist();
    void boundsAreEnforced_data();
    void boundsAreEnforced();
    void changesAreAnnounced();
    void garbageFallsBackToTheDefault();
};

void TestSettings::defaultsComeFromTheDeclarations()
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("s.ini")));
    QCOMPARE(s.value(settings::Language), QStringLiteral("vi"));
    QCOMPARE(s.value(settings::IdleLockMinutes), 5);
    QCOMPARE(s.value(settings::PinFreeAttempts), 3);
    QCOMPARE(s.value(settings::TrainingCustomers), 5000);
}

void TestSettings::valuesRoundTripAndPersist()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        Settings s(path);
        s.setValue(settings::Language, QStringLiteral("en"));
        s.setValue(settings::IdleLockMinutes, 12);
    }
    Settings again(path);
    QCOMPARE(again.value(settings::Language), QStringLiteral("en"));
    QCOMPARE(again.value(settings::IdleLockMinutes), 12);
    again.reset(settings::IdleLockMinutes);
    QCOMPARE(again.value(settings::IdleLockMinutes), 5);
}

void TestSettings::boundsAreEnforced_data()
{
    QTest::addColumn<int>("written");
    QTest::addColumn<int>("read");
    QTest::addRow("0 minutes → 1") << 0 << 1;
    QTest::addRow("-5 minutes → 1") << -5 << 1;
    QTest::addRow("30 minutes kept") << 30 << 30;
    QTest::addRow("1000 minutes → 120") << 1000 << 120;
}

void TestSettings::boundsAreEnforced()
{
    QFETCH(int, written);
    QFETCH(int, read);
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("s.ini")));
    s.setValue(settings::IdleLockMinutes, written);
    QCOMPARE(s.value(settings::IdleLockMinutes), read);
}

void TestSettings::changesAreAnnounced()
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("s.ini")));
    QSignalSpy spy(&s, &Settings::changed);
    s.setValue(settings::IdleLockMinutes, 7);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toString(), QString::fromLatin1(settings::IdleLockMinutes.key));
}

void TestSettings::garbageFallsBackToTheDefault()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(QString::fromLatin1(settings::IdleLockMinutes.key), QStringLiteral("soon"));
    }
    Settings s(path);
    QCOMPARE(s.value(settings::IdleLockMinutes), 5);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
