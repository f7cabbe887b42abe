// Sessions and workspaces: training isolation, built-in training profiles, generated training data that a
// reset brings back exactly, and a cancelled fill that changes nothing.

#include "models/core/clock.h"
#include "models/core/settings.h"
#include "models/customers/customerrepository.h"
#include "models/tariff/tarifflibrary.h"
#include "models/workspace/session.h"
#include "models/workspace/tariffapprovals.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtSql/QSqlQuery>

using namespace ta;

namespace {

QString checksum(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT group_concat(code || name || households || price_string || history, '|') FROM "
                          "(SELECT * FROM customers ORDER BY code)"));
    q.next();
    return q.value(0).toString();
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void realWorkspaceStartsEmpty();
    void trainingHasBuiltInProfilesAndItsOwnFolder();
    void trainingFillAndResetRestoreTheInitialState();
    void cancelledResetChangesNothing();
    void resetIsRefusedOutsideTraining();
    void eachRealProfileHasItsOwnFile();
    void onlyALeaderAcceptsATariffBook();

private:
    qint64 signInTrainer();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Session> m_session;
};

void TestSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->setValue(settings::TrainingCustomers, 400);
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2025, 11, 24), QTime(9, 0)));
    m_session = std::make_unique<Session>(*m_settings, *m_clock, m_dir->filePath(QStringLiteral("real")),
                                          m_dir->filePath(QStringLiteral("real/training")));
}

void TestSession::cleanup()
{
    m_session.reset();
    m_clock.reset();
    m_settings.reset();
    m_dir.reset();
}

qint64 TestSession::signInTrainer()
{
    for (const Profile &p : m_session->workspace()->profiles().profiles()) {
        if (p.role == Role::Trainer) {
            if (m_session->signIn(p.id, TrainingData::pin()).accepted())
                return p.id;
        }
    }
    return 0;
}

void TestSession::realWorkspaceStartsEmpty()
{
    QVERIFY(m_session->openWorkspace(WorkspaceKind::Real).ok());
    QVERIFY(!m_session->isTraining());
    QVERIFY(m_session->workspace()->profiles().profiles().isEmpty());
}

void TestSession::trainingHasBuiltInProfilesAndItsOwnFolder()
{
    QSignalSpy changed(m_session.get(), &Session::workspaceChanged);
    QVERIFY(m_session->openWorkspace(WorkspaceKind::Training).ok());
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_session->isTraining());
    const QList<Profile> profiles = m_session->workspace()->profiles().profiles();
    QCOMPARE(profiles.size(), 3);
    QSet<Role> roles;
    for (const Profile &p : profiles)
        roles.insert(p.role);
    QCOMPARE(roles.size(), 3);
    // A record says which tablet and which version of the program made it (the version of CMakeLists.txt).
    QVERIFY(m_session->recordContext().training);
    QVERIFY2(
        m_session->recordContext().deviceName.endsWith(QStringLiteral(" · Tariff Audit ") + QStringLiteral(TA_VERSION)),
        qPrintable(m_session->recordContext().deviceName));
    // Opening again does not add more.
    QVERIFY(m_session->openWorkspace(WorkspaceKind::Training).ok());
    QCOMPARE(m_session->workspace()->profiles().profiles().size(), 3);
    // The real workspace does not see training profiles.
    QVERIFY(m_session->openWorkspace(WorkspaceKind::Real).ok());
    QVERIFY(m_session->workspace()->profiles().profiles().isEmpty());
}

void TestSession::trainingFillAndResetRestoreTheInitialState()
{
    // The data file all training profiles once shared goes when the training workspace opens.
    const QString shared = m_dir->filePath(QStringLiteral("real/training/training.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(shared).absolutePath()));
    {
        QFile old(shared);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old practice");
    }
    QVERIFY(m_session->openWorkspace(WorkspaceKind::Training).ok());
    QVERIFY(!QFileInfo::exists(shared));
    QVERIFY(signInTrainer() != 0);
    QVERIFY(m_session->data());
    QVERIFY(!m_session->trainingDataReady());

    QFuture<QString> first = m_session->fillTrainingData();
    first.waitForFinished();
    QCOMPARE(first.result(), QString());
    QVERIFY(m_session->trainingDataReady());
    QCOMPARE(m_session->customerCount(), qint64(400));
    const QString initial = checksum(*m_session->data());

    // Practice changes the data; a later change of settings must not change what "initial" means.
    QVERIFY(m_session->data()->exec(QStringLiteral("UPDATE customers SET households = 9 WHERE rowid % 7 = 0")).ok());
    QVERIFY(m_session->data()->exec(QStringLiteral("DELETE FROM customers WHERE rowid % 11 = 0")).ok());
    QVERIFY(checksum(*m_session->data()) != initial);
    m_settings->setValue(settings::TrainingCustomers, 900);
    m_clock->advanceSeconds(90 * 24 * 3600);

    QFuture<QString> reset = m_session->resetTrainingData();
    reset.waitForFinished();
    QCOMPARE(reset.result(), QString());
    QCOMPARE(m_session->customerCount(), qint64(400));
    QCOMPARE(checksum(*m_session->data()), initial);
}

void TestSession::cancelledResetChangesNothing()
{
    m_settings->setValue(settings::TrainingCustomers, 3000);
    QVERIFY(m_session->openWorkspace(WorkspaceKind::Training).ok());
    QVERIFY(signInTrainer() != 0);
    QFuture<QString> first = m_session->fillTrainingData();
    first.waitForFinished();
    QVERIFY(m_session->data()->exec(QStringLiteral("UPDATE customers SET name = 'Đã sửa' WHERE rowid = 1")).ok());
    const QString before = checksum(*m_session->data());

    QFuture<QString> reset = m_session->resetTrainingData();
    reset.cancel();
    reset.waitForFinished();
    QCOMPARE(checksum(*m_session->data()), before);
}

void TestSession::resetIsRefusedOutsideTraining()
{
    QVERIFY(m_session->openWorkspace(WorkspaceKind::Real).ok());
    QFuture<QString> refused = m_session->resetTrainingData();
    refused.waitForFinished();
    QVERIFY(!refused.result().isEmpty());
    QFuture<QString> notFilled = m_session->fillTrainingData();
    notFilled.waitForFinished();
    QVERIFY(!notFilled.result().isEmpty());
}

void TestSession::eachRealProfileHasItsOwnFile()
{
    QVERIFY(m_session->openWorkspace(WorkspaceKind::Real).ok());
    auto &store = m_session->workspace()->profiles();
    auto a = store.create({QStringLiteral("Lê Văn Tâm"), QStringLiteral("KTV-1"), QStringLiteral("Điện lực Dĩ An"),
                           Role::Inspector, QStringLiteral("1357"), std::nullopt});
    auto b = store.create({QStringLiteral("Phạm Thu Hà"), QStringLiteral("LD-2"), QStringLiteral("Điện lực Dĩ An"),
                           Role::BranchLeader, QStringLiteral("2468"), Role::BranchLeader});
    QVERIFY(a.ok() && b.ok());
    QVERIFY(m_session->signIn(a->id, QStringLiteral("1357")).accepted());
    const QString fileA = m_session->data()->path();
    QVERIFY(m_session->data()
                ->exec(QStringLiteral("INSERT INTO customers (code, name, meter_kind, voltage, "
                                      "price_string) VALUES ('PB07020000001', 'X', 1, '<6kV', "
                                      "'SHBT:100%')"))
                .ok());
    m_session->signOut();
    QVERIFY(!m_session->data());
    QVERIFY(m_session->signIn(b->id, QStringLiteral("2468")).accepted());
    QVERIFY(m_session->data()->path() != fileA);
    QCOMPARE(m_session->customerCount(), qint64(0));
    QVERIFY(m_session->dataError().isEmpty());
}

void TestSession::onlyALeaderAcceptsATariffBook()
{
    QTemporaryDir books;
    QFile builtIn(QStringLiteral(":/tariffs/1279-QD-BCT.json"));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    QByteArray json = builtIn.readAll();
    json.replace("1279/QĐ-BCT", "9999/QĐ-BCT").replace("2025-05-10", "2026-03-01");
    QFile newer(books.filePath(QStringLiteral("9999.json")));
    QVERIFY(newer.open(QIODevice::WriteOnly));
    newer.write(json);
    newer.close();
    TariffLibrary library = TariffLibrary::load(books.path());
    QCOMPARE(int(library.pendingBooks().size()), 1);
    const QString sha256 = library.pendingBooks().front()->sha256;

    QVERIFY(m_session->openWorkspace(WorkspaceKind::Real).ok());
    m_session->setTariffs(&library);
    QVERIFY(!m_session->acceptTariffBook(sha256).ok()); // nobody signed in
    ProfileStore &profiles = m_session->workspace()->profiles();
    const auto inspector =
        profiles.create({QStringLiteral("Trần Thị Bích"), QStringLiteral("KTV-0412"), QStringLiteral("Điện lực Dĩ An"),
                         Role::Inspector, QStringLiteral("2580"), std::nullopt});
    const auto leader =
        profiles.create({QStringLiteral("Lê Văn Nam"), QStringLiteral("LD-01"), QStringLiteral("Điện lực Dĩ An"),
                         Role::BranchLeader, QStringLiteral("1357"), Role::BranchLeader});
    QVERIFY(inspector.ok() && leader.ok());
    QVERIFY(m_session->signIn(inspector->id, QStringLiteral("2580")).accepted());
    const Status refused = m_session->acceptTariffBook(sha256);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("leader")), qPrintable(refused.error()));
    QCOMPARE(library.bookOn(QDate(2026, 3, 1))->decision, QStringLiteral("1279/QĐ-BCT"));
    QVERIFY(m_session->signIn(leader->id, QStringLiteral("1357")).accepted());
    QVERIFY(m_session->acceptTariffBook(sha256).ok());
    QCOMPARE(library.bookOn(QDate(2026, 3, 1))->decision, QStringLiteral("9999/QĐ-BCT"));
    QVERIFY(!m_session->acceptTariffBook(QStringLiteral("00")).ok()); // no such book

    // Training is another workspace: its acceptances are its own.
    TariffLibrary again = TariffLibrary::load(books.path());
    QVERIFY(m_session->openWorkspace(WorkspaceKind::Training).ok());
    m_session->setTariffs(&again);
    QCOMPARE(int(again.pendingBooks().size()), 1);
    QVERIFY(m_session->openWorkspace(WorkspaceKind::Real).ok());
    QVERIFY(again.pendingBooks().empty());
    QCOMPARE(TariffApprovals::readAccepted(Workspace::profilesPath(m_dir->filePath(QStringLiteral("real")))),
             QSet<QString>{sha256});
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
