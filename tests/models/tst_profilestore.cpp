// Profiles and sign-in: validation that names the field, PINs kept only as Argon2id hashes, and the
// back-off after wrong PINs measured on a fixed clock.

#include "models/core/clock.h"
#include "models/profiles/profilestore.h"
#include "models/security/pinhasher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtSql/QSqlQuery>

using namespace ta;

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void backoffDelays_data();
    void backoffDelays();
    void validationNamesTheField_data();
    void validationNamesTheField();
    void whoMayAddWhichRole_data();
    void whoMayAddWhichRole();
    void pinIsNeverStoredInClear();
    void signInAcceptsTheRightPinOnly();
    void wrongPinsSlowDownFurtherTries();
    void successResetsTheCount();

private:
    ProfileInput valid() const
    {
        return {QStringLiteral("Trần Thị Bích"),  QStringLiteral("KTV-0412"),
                QStringLiteral("Điện lực Dĩ An"), Role::Inspector,
                QStringLiteral("2580"),           std::nullopt};
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2025, 6, 30), QTime(8, 0)));
    auto store = ProfileStore::open(m_dir->filePath(QStringLiteral("profiles.sqlite")), *m_clock);
    QVERIFY2(store.ok(), qPrintable(store.error()));
    m_store = std::move(store).value();
}

void TestProfileStore::cleanup()
{
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestProfileStore::backoffDelays_data()
{
    QTest::addColumn<int>("failed");
    QTest::addColumn<int>("free");
    QTest::addColumn<qint64>("delay");
    QTest::addRow("no failure") << 0 << 3 << qint64(0);
    QTest::addRow("1st wrong, 2 free left") << 1 << 3 << qint64(0);
    QTest::addRow("2nd wrong, 1 free left") << 2 << 3 << qint64(0);
    QTest::addRow("3rd wrong: wait 30 s") << 3 << 3 << qint64(30);
    QTest::addRow("4th wrong: 60 s") << 4 << 3 << qint64(60);
    QTest::addRow("5th wrong: 120 s") << 5 << 3 << qint64(120);
    QTest::addRow("7th wrong: 480 s") << 7 << 3 << qint64(480);
    QTest::addRow("8th wrong: capped at 900 s") << 8 << 3 << qint64(900);
    QTest::addRow("50th wrong: still 900 s") << 50 << 3 << qint64(900);
    QTest::addRow("1 free attempt, 1st wrong: 30 s") << 1 << 1 << qint64(30);
}

void TestProfileStore::backoffDelays()
{
    QFETCH(int, failed);
    QFETCH(int, free);
    QFETCH(qint64, delay);
    QCOMPARE(PinBackoff::delaySeconds(failed, free), delay);
}

void TestProfileStore::validationNamesTheField_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("named");
    QTest::addRow("empty name") << 0 << QString() << QStringLiteral("Full name");
    QTest::addRow("one-letter name") << 0 << QStringLiteral("A") << QStringLiteral("Full name");
    QTest::addRow("no card") << 1 << QStringLiteral("  ") << QStringLiteral("Card number");
    // The card number names record folders: path characters are refused (nothing may land outside them).
    QTest::addRow("card with ../") << 1 << QStringLiteral("../../KTV-1") << QStringLiteral("Card number");
    QTest::addRow("card with a slash") << 1 << QStringLiteral("KTV/07") << QStringLiteral("Card number");
    QTest::addRow("card with a backslash") << 1 << QStringLiteral("KTV\\07") << QStringLiteral("Card number");
    QTest::addRow("card starting with a dot") << 1 << QStringLiteral(".KTV") << QStringLiteral("Card number");
    QTest::addRow("no branch") << 2 << QString() << QStringLiteral("Branch");
    QTest::addRow("3-digit PIN") << 3 << QStringLiteral("123") << QStringLiteral("PIN");
    QTest::addRow("9-digit PIN") << 3 << QStringLiteral("123456789") << QStringLiteral("PIN");
    QTest::addRow("letters in PIN") << 3 << QStringLiteral("12a4") << QStringLiteral("PIN");
}

void TestProfileStore::validationNamesTheField()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(QString, named);
    ProfileInput input = valid();
    QString *target[] = {&input.fullName, &input.cardNumber, &input.branch, &input.pin};
    *target[field] = value;
    auto created = m_store->create(input);
    QVERIFY(!created.ok());
    QVERIFY2(created.error().startsWith(named), qPrintable(created.error()));
    QVERIFY(m_store->profiles().isEmpty());
}

void TestProfileStore::whoMayAddWhichRole_data()
{
    QTest::addColumn<bool>("firstProfile");
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("addedBy"); // -1: nobody signed in
    QTest::addColumn<bool>("accepted");
    const int nobody = -1;
    const int inspector = int(Role::Inspector);
    const int leader = int(Role::BranchLeader);
    const int trainer = int(Role::Trainer);
    // A tablet's first profile sets it up, whatever its role.
    QTest::newRow("first profile, leader") << true << leader << nobody << true;
    QTest::newRow("first profile, trainer") << true << trainer << nobody << true;
    // Afterwards the sign-in screen makes inspectors only; a signed-in leader adds any role.
    QTest::newRow("sign-in screen, inspector") << false << inspector << nobody << true;
    QTest::newRow("sign-in screen, leader") << false << leader << nobody << false;
    QTest::newRow("sign-in screen, trainer") << false << trainer << nobody << false;
    QTest::newRow("inspector adds a leader") << false << leader << inspector << false;
    QTest::newRow("trainer adds a leader") << false << leader << trainer << false;
    QTest::newRow("leader adds a leader") << false << leader << leader << true;
    QTest::newRow("leader adds a trainer") << false << trainer << leader << true;
    QTest::newRow("inspector adds an inspector") << false << inspector << inspector << true;
}

void TestProfileStore::whoMayAddWhichRole()
{
    QFETCH(bool, firstProfile);
    QFETCH(int, role);
    QFETCH(int, addedBy);
    QFETCH(bool, accepted);
    if (!firstProfile)
        QVERIFY(m_store->create(valid()).ok());
    const qsizetype before = m_store->profiles().size();
    ProfileInput input = valid();
    input.cardNumber = QStringLiteral("LD-0001");
    input.role = Role(role);
    input.addedBy = addedBy < 0 ? std::nullopt : std::optional<Role>(Role(addedBy));
    const auto created = m_store->create(input);
    QCOMPARE(created.ok(), accepted);
    QCOMPARE(m_store->profiles().size(), before + (accepted ? 1 : 0));
    if (!accepted)
        QVERIFY2(created.error().startsWith(QStringLiteral("Role:")), qPrintable(created.error()));
}

void TestProfileStore::pinIsNeverStoredInClear()
{
    auto created = m_store->create(valid());
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QVERIFY(created->pinHash.startsWith("$argon2id$"));
    // Only how many digits it has is kept beside the hash (the sign-in pad goes ahead at the fourth).
    QCOMPARE(created->pinLength, 4);
    QVERIFY(!created->pinHash.contains("2580"));
    m_store.reset(); // close, so the whole file can be read
    for (const QString &name : {QStringLiteral("profiles.sqlite"), QStringLiteral("profiles.sqlite-wal")}) {
        QFile f(m_dir->filePath(name));
        if (f.open(QIODevice::ReadOnly))
            QVERIFY(!f.readAll().contains("2580"));
    }
}

void TestProfileStore::signInAcceptsTheRightPinOnly()
{
    auto created = m_store->create(valid());
    QVERIFY(created.ok());
    QCOMPARE(m_store->signIn(created->id, QStringLiteral("2581"), 3).outcome, SignInResult::Outcome::WrongPin);
    QCOMPARE(m_store->signIn(created->id, QStringLiteral("2580"), 3).outcome, SignInResult::Outcome::Accepted);
    QCOMPARE(m_store->profile(created->id)->lastSignInAt, m_clock->now());
    QCOMPARE(m_store->signIn(4242, QStringLiteral("2580"), 3).outcome, SignInResult::Outcome::UnknownProfile);
}

void TestProfileStore::wrongPinsSlowDownFurtherTries()
{
    auto created = m_store->create(valid());
    QVERIFY(created.ok());
    const qint64 id = created->id;

    SignInResult r = m_store->signIn(id, QStringLiteral("0000"), 3);
    QCOMPARE(r.outcome, SignInResult::Outcome::WrongPin);
    QCOMPARE(r.freeAttemptsLeft, 2);
    QCOMPARE(r.waitSeconds, qint64(0));
    r = m_store->signIn(id, QStringLiteral("0000"), 3);
    QCOMPARE(r.freeAttemptsLeft, 1);
    r = m_store->signIn(id, QStringLiteral("0000"), 3);
    QCOMPARE(r.waitSeconds, qint64(30));

    // During the wait even the right PIN is not checked.
    m_clock->advanceSeconds(29);
    r = m_store->signIn(id, QStringLiteral("2580"), 3);
    QCOMPARE(r.outcome, SignInResult::Outcome::Throttled);
    QCOMPARE(r.waitSeconds, qint64(1));

    // After the wait a wrong PIN doubles it; the count survives reopening the store.
    m_clock->advanceSeconds(1);
    r = m_store->signIn(id, QStringLiteral("0000"), 3);
    QCOMPARE(r.outcome, SignInResult::Outcome::WrongPin);
    QCOMPARE(r.waitSeconds, qint64(60));
    m_store.reset();
    auto reopened = ProfileStore::open(m_dir->filePath(QStringLiteral("profiles.sqlite")), *m_clock);
    QVERIFY(reopened.ok());
    m_store = std::move(reopened).value();
    m_clock->advanceSeconds(59);
    QCOMPARE(m_store->signIn(id, QStringLiteral("2580"), 3).outcome, SignInResult::Outcome::Throttled);
    m_clock->advanceSeconds(1);
    QCOMPARE(m_store->signIn(id, QStringLiteral("2580"), 3).outcome, SignInResult::Outcome::Accepted);
}

void TestProfileStore::successResetsTheCount()
{
    auto created = m_store->create(valid());
    QVERIFY(created.ok());
    m_store->signIn(created->id, QStringLiteral("1111"), 3);
    m_store->signIn(created->id, QStringLiteral("1111"), 3);
    QCOMPARE(m_store->signIn(created->id, QStringLiteral("2580"), 3).outcome, SignInResult::Outcome::Accepted);
    QCOMPARE(m_store->profile(created->id)->failedAttempts, 0);
    QCOMPARE(m_store->signIn(created->id, QStringLiteral("1111"), 3).freeAttemptsLeft, 2);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
