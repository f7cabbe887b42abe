#include "models/workspace/session.h"

#include "models/inspection/devicekey.h"
#include "models/inspection/inspectionsession.h"
#include "models/inspection/signedrecord.h"
#include "models/sync/outbox.h"

#include "models/core/clock.h"
#include "models/core/logging.h"
#include "models/core/settings.h"
#include "models/customers/customerrepository.h"
#include "models/prescreen/prescreener.h"
#include "models/tariff/tarifflibrary.h"
#include "models/workspace/tariffapprovals.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QSysInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace ta {

Session::Session(Settings &settings, const Clock &clock, QString realRoot, QString trainingRoot, QObject *parent)
    : QObject(parent), m_settings(settings), m_clock(clock), m_realRoot(std::move(realRoot)),
      m_trainingRoot(std::move(trainingRoot))
{
}

Session::~Session() = default;

Status Session::openWorkspace(WorkspaceKind kind)
{
    signOut();
    const QString root = kind == WorkspaceKind::Training ? m_trainingRoot : m_realRoot;
    auto opened = Workspace::open(kind, root, m_clock);
    if (!opened)
        return opened.status();
    if (kind == WorkspaceKind::Training) {
        if (Status s = TrainingData::ensureProfiles(opened.value()->profiles()); !s)
            return s;
    }
    m_workspace = std::move(opened).value();
    applyAcceptedBooks();
    qCInfo(lcApp) << "Opened the" << (kind == WorkspaceKind::Training ? "training" : "real") << "workspace at"
                  << m_workspace->root();
    Q_EMIT workspaceChanged();
    return Status::success();
}

SignInResult Session::signIn(qint64 profileId, const QString &pin)
{
    SignInResult result;
    if (!m_workspace) {
        result.outcome = SignInResult::Outcome::UnknownProfile;
        return result;
    }
    result = m_workspace->profiles().signIn(profileId, pin, m_settings.value(settings::PinFreeAttempts));
    if (!result.accepted())
        return result;
    if (m_data)
        Q_EMIT dataAboutToClose();
    m_data.reset();
    m_dataError.clear();
    auto data = m_workspace->openData(profileId);
    if (data)
        m_data = std::move(data).value();
    else
        m_dataError = data.error();
    m_profile = m_workspace->profiles().profile(profileId).value();
    Q_EMIT signedIn();
    return result;
}

SignInResult Session::unlock(const QString &pin)
{
    if (!m_profile || !m_workspace) {
        SignInResult r;
        r.outcome = SignInResult::Outcome::UnknownProfile;
        return r;
    }
    return m_workspace->profiles().signIn(m_profile->id, pin, m_settings.value(settings::PinFreeAttempts));
}

void Session::signOut()
{
    if (!m_profile)
        return;
    Q_EMIT dataAboutToClose();
    m_data.reset();
    m_profile.reset();
    m_dataError.clear();
    Q_EMIT signedOut();
}

bool Session::trainingDataReady() const
{
    return isTraining() && m_data && TrainingData::isFilled(*m_data);
}

TrainingSetup Session::initialTrainingSetup() const
{
    TrainingSetup setup;
    setup.customers = m_settings.value(settings::TrainingCustomers);
    setup.seed = static_cast<quint64>(m_settings.value(settings::TrainingSeed));
    const QDate last = m_clock.today().addMonths(-1);
    setup.lastMonth = last.year() * 100 + last.month();
    return setup;
}

QFuture<QString> Session::fillTrainingData()
{
    return trainingFill(false);
}

QFuture<QString> Session::resetTrainingData()
{
    return trainingFill(true);
}

QFuture<QString> Session::trainingFill(bool wholeWorkspace)
{
    const auto refuse = [](const QString &why) {
        QPromise<QString> refused;
        refused.start();
        refused.addResult(why);
        refused.finish();
        return refused.future();
    };
    if (!isTraining() || !m_profile)
        return refuse(QCoreApplication::translate("ta::Session", "Training data can only be reset in training mode."));
    if (wholeWorkspace && m_profile->role != Role::Trainer)
        return refuse(QCoreApplication::translate("ta::Session", "Only a trainer can reset the training data."));
    // Everything of the training workspace goes once the customers are generated again: every other trainee's
    // data file (made again at their next sign-in), each profile's evidence and record folders, and the work in
    // the trainer's own file. A cancelled fill leaves all of it as it was.
    QStringList filesToRemove;
    QStringList foldersToRemove;
    for (const Profile &p : wholeWorkspace ? m_workspace->profiles().profiles() : QList<Profile>()) {
        const QFileInfo data(m_workspace->dataPath(p.id));
        for (const QString &suffix : {QStringLiteral("-evidence"), QStringLiteral("-records")})
            foldersToRemove << data.absoluteDir().filePath(data.completeBaseName() + suffix);
        if (p.id == m_profile->id)
            continue;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            filesToRemove << data.absoluteFilePath() + suffix;
    }
    // "Reset" restores the initial state: the setup stored at the first fill wins over today's settings.
    TrainingSetup setup = initialTrainingSetup();
    if (m_data) {
        if (auto stored = TrainingData::storedSetup(*m_data))
            setup = *stored;
    }
    const QString path = m_workspace->dataPath(m_profile->id);
    const TariffLibrary library = m_tariffs ? *m_tariffs : TariffLibrary::load();
    const PrescreenRules rules = PrescreenRules::fromSettings(m_settings);
    return QtConcurrent::run(
        [path, setup, library, rules, wholeWorkspace, filesToRemove, foldersToRemove](QPromise<QString> &promise) {
            promise.setProgressRange(0, setup.customers);
            auto db = ProfileData::open(path, WorkspaceKind::Training);
            if (!db) {
                promise.addResult(db.error());
                return;
            }
            const Status filled = TrainingData::fill(*db.value(), setup, [&promise](int done, int) {
                promise.setProgressValue(done);
                return !promise.isCanceled();
            });
            if (!filled) {
                promise.addResult(filled.error());
                return;
            }
            if (Status cleared = wholeWorkspace ? TrainingData::clearWork(*db.value()) : Status::success(); !cleared) {
                promise.addResult(cleared.error());
                return;
            }
            for (const QString &file : filesToRemove)
                QFile::remove(file);
            for (const QString &folder : foldersToRemove)
                QDir(folder).removeRecursively();
            // The training worklist shows the pre-screen's warnings, as a real one does after an import.
            auto screened = Prescreener(*db.value(), library, rules).run();
            promise.addResult(screened.ok() ? QString() : screened.error());
        });
}

void Session::setTariffs(TariffLibrary *tariffs)
{
    m_tariffs = tariffs;
    applyAcceptedBooks();
}

void Session::applyAcceptedBooks()
{
    if (m_tariffs && m_workspace)
        m_tariffs->setAcceptedBooks(TariffApprovals(m_workspace->profiles().database()).accepted());
}

Status Session::acceptTariffBook(const QString &sha256)
{
    if (!m_profile || !m_workspace || !m_tariffs)
        return Status::failure(QCoreApplication::translate("ta::Session", "Sign in first."));
    for (const TariffBook &book : m_tariffs->books()) {
        if (book.sha256 != sha256)
            continue;
        TariffApprovals approvals(m_workspace->profiles().database());
        if (Status s = approvals.accept(book, *m_profile, m_clock.now()); !s)
            return s;
        applyAcceptedBooks();
        return Status::success();
    }
    return Status::failure(
        QCoreApplication::translate("ta::Session", "No tariff book with the SHA-256 %1 is loaded.").arg(sha256));
}

QDate Session::today() const
{
    return m_clock.today();
}

qint64 Session::customerCount() const
{
    return m_data ? CustomerRepository(m_data->connection()).count() : 0;
}

QDateTime Session::now() const
{
    return m_clock.now();
}

QString Session::signingKeyName() const
{
    return m_profile ? DeviceKey::keyName(isTraining(), m_profile->id) : QString();
}

QString Session::evidenceFolder() const
{
    if (!m_profile || !m_workspace)
        return {};
    const QFileInfo data(m_workspace->dataPath(m_profile->id));
    return data.absoluteDir().filePath(data.completeBaseName() + QStringLiteral("-evidence"));
}

QString Session::recordsFolder() const
{
    if (!m_profile || !m_workspace)
        return {};
    const QFileInfo data(m_workspace->dataPath(m_profile->id));
    return data.absoluteDir().filePath(data.completeBaseName() + QStringLiteral("-records"));
}

RecordContext Session::recordContext() const
{
    RecordContext c;
    if (m_profile) {
        c.unit = m_profile->branch;
        c.inspectorName = m_profile->fullName;
        c.inspectorCard = m_profile->cardNumber;
        c.profileId = m_profile->id;
    }
    // The tablet and the program that made the record: "tablet-07 · Tariff Audit 0.1.0".
    c.deviceName = QStringLiteral("%1 · Tariff Audit %2").arg(QSysInfo::machineHostName(), QStringLiteral(TA_VERSION));
    c.training = isTraining();
    return c;
}

Result<std::unique_ptr<sync::SyncEngine>> Session::createSyncEngine(const sync::SyncOptions &options) const
{
    using R = Result<std::unique_ptr<sync::SyncEngine>>;
    if (!m_profile || !m_workspace)
        return R::failure(tr("Nobody is signed in."));
    if (isTraining())
        return R::failure(tr("Training records never leave the tablet: training mode has no sync."));
    if (!m_secrets)
        return R::failure(tr("No keychain: the device key that proves this tablet cannot be read."));
    auto key = DeviceKey::loadOrCreate(*m_secrets, signingKeyName());
    if (!key)
        return key.status();
    const RecordContext c = recordContext();
    return std::make_unique<sync::SyncEngine>(
        m_workspace->dataPath(m_profile->id), key.value(), evidenceFolder(),
        sync::DeviceIdentity{c.deviceName, c.inspectorName, c.inspectorCard, c.unit,
                             m_profile->role == Role::BranchLeader ? QStringLiteral("leader")
                                                                   : QStringLiteral("inspector")},
        options);
}

Result<DeviceKey> Session::deviceKey() const
{
    if (!m_profile || !m_secrets)
        return Result<DeviceKey>::failure(tr("No keychain: the device key that proves this tablet cannot be read."));
    return DeviceKey::loadOrCreate(*m_secrets, signingKeyName());
}

TrustedKeys Session::trustedKeys() const
{
    TrustedKeys keys;
    if (m_data && !isTraining())
        keys = sync::Outbox(m_data->connection()).trustedKeys();
    if (m_secrets && m_profile) {
        auto own = DeviceKey::load(*m_secrets, signingKeyName());
        if (own && !keys.find(own->publicKey()))
            keys.add({tr("this tablet"), m_profile->fullName, own->publicKey(), false, {}});
    }
    return keys;
}

InspectionEnvironment Session::inspectionEnvironment() const
{
    InspectionEnvironment env;
    env.data = m_data.get();
    env.library = m_tariffs;
    env.secrets = m_secrets;
    env.clock = &m_clock;
    env.evidenceFolder = evidenceFolder();
    env.recordsFolder = recordsFolder();
    env.keyName = signingKeyName();
    env.context = recordContext();
    env.preferences = CheckPreferences::fromSettings(m_settings);
    return env;
}

} // namespace ta
