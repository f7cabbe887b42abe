// The in-memory secret store used by unit tests behaves like the keychain one: read what was written,
// a clear error for what was not, removal is idempotent.

#include "models/security/secretstore.h"

#include <QTest>

using namespace ta;

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
};

void TestSecretStore::roundTrip()
{
    InMemorySecretStore store;
    auto missing = store.readSecret(QStringLiteral("device-key"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(QStringLiteral("device-key")));
    const QByteArray secret("\x00\x01\xfe\xff binary", 12);
    QVERIFY(store.writeSecret(QStringLiteral("device-key"), secret).ok());
    QCOMPARE(store.readSecret(QStringLiteral("device-key")).value(), secret);
    QVERIFY(store.removeSecret(QStringLiteral("device-key")).ok());
    QVERIFY(store.removeSecret(QStringLiteral("device-key")).ok());
    QVERIFY(!store.readSecret(QStringLiteral("device-key")).ok());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
