// The product's secret store against the operating system's keychain (a real Secret Service on Linux).
// scripts/test.sh provides one (D-Bus session + unlocked gnome-keyring). Without a session bus the suite
// says so and is counted as skipped by ctest.

#include "models/security/secretstore.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ta;

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadRemove();
};

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through scripts/test.sh, which starts one with gnome-keyring.");
}

void TestKeychain::writeReadRemove()
{
    KeychainSecretStore store(QStringLiteral("tariff-audit-tests"));
    const QString key = QStringLiteral("device-key-%1").arg(QRandomGenerator::global()->generate());
    QByteArray secret(64, '\0');
    for (char &c : secret)
        c = char(QRandomGenerator::global()->bounded(256));

    const Status written = store.writeSecret(key, secret);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    auto read = store.readSecret(key);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read.value(), secret);
    QVERIFY(store.removeSecret(key).ok());
    auto gone = store.readSecret(key);
    QVERIFY(!gone.ok());
    QVERIFY(gone.error().contains(key));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
