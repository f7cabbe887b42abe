#pragma once

// The signed-in state of a program run: which workspace is open (real or training), who is signed in, and
// that person's data file. The ui shows it; the rules (PIN back-off, training isolation, the data file a
// profile may open) live here.

#include "models/core/result.h"
#include "models/inspection/devicekey.h"
#include "models/profiles/profilestore.h"
#include "models/storage/database.h"
#include "models/sync/syncengine.h"
#include "models/workspace/trainingdata.h"
#include "models/workspace/workspace.h"

#include <QFuture>
#include <QObject>

#include <memory>
#include <optional>

namespace ta {

class Clock;
class SecretStore;
class Settings;
class TariffLibrary;
struct InspectionEnvironment;
struct RecordContext;

class Session : public QObject
{
    Q_OBJECT

public:
    /// @p realRoot and @p trainingRoot are the two workspace folders (tests pass temporary ones).
    Session(Settings &settings, const Clock &clock, QString realRoot, QString trainingRoot, QObject *parent = nullptr);
    ~Session() override;

    /// Opens the real or the training workspace, signing out first. Training creates its built-in profiles.
    Status openWorkspace(WorkspaceKind kind);
    Workspace *workspace() const { return m_workspace.get(); }
    bool isTraining() const { return m_workspace && m_workspace->isTraining(); }

    SignInResult signIn(qint64 profileId, const QString &pin);
    /// Checks the signed-in person's PIN to leave the lock screen; the same back-off applies.
    SignInResult unlock(const QString &pin);
    void signOut();
    bool isSignedIn() const { return m_profile.has_value(); }
    std::optional<Profile> profile() const { return m_profile; }
    /// The signed-in person's data file; null when nobody is signed in.
    Database *data() const { return m_data.get(); }
    /// The error met when opening the data file at sign-in, if any.
    QString dataError() const { return m_dataError; }

    /// Whether the training data file holds its generated customers.
    bool trainingDataReady() const;
    /// The setup a first fill uses: size and seed from Settings, months ending last month.
    TrainingSetup initialTrainingSetup() const;
    /// Fills the signed-in training profile's own data file with the generated customers (its first sign-in),
    /// off the calling thread on its own connection. The future's result is an empty string on success or the
    /// translated error; progress is reported through the future, and cancelling it rolls the fill back.
    QFuture<QString> fillTrainingData();
    /// The trainer's reset of the whole training workspace: the customers generated again as they first were,
    /// and every trainee's drafts, records and evidence removed. As fillTrainingData(); only a trainer.
    QFuture<QString> resetTrainingData();

    qint64 customerCount() const;
    /// Today, by the session's clock (the inspector's day).
    QDate today() const;
    /// The tariffs this session prices with; the user books its workspace's leaders accepted are applied.
    void setTariffs(TariffLibrary *tariffs);
    const TariffLibrary *tariffs() const { return m_tariffs; }
    /// Accepts the user tariff book with @p sha256 so it prices from now on; only a signed-in branch leader.
    Status acceptTariffBook(const QString &sha256);
    QDateTime now() const;

    /// Where signing keys live: the system keychain in the product, an in-memory store in tests.
    void setSecretStore(SecretStore *store) { m_secrets = store; }
    SecretStore *secretStore() const { return m_secrets; }
    /// The signed-in person's signing key name, evidence folder and record folders (beside the data file).
    QString signingKeyName() const;
    QString evidenceFolder() const;
    QString recordsFolder() const;
    /// Who signs records made in this session (name, card, branch; training or not).
    RecordContext recordContext() const;
    /// Everything an inspection of the signed-in person works with: the data file, tariffs, keychain, clock,
    /// folders, signing key, who signs, and the branch's preferences from Settings.
    InspectionEnvironment inspectionEnvironment() const;
    const Clock &clock() const { return m_clock; }
    /// The signed-in person's sync with the branch server: an engine on their data file, device key and
    /// evidence (created on no thread in particular; the app moves it to its own). Refused in training and
    /// when the keychain cannot give the device key.
    Result<std::unique_ptr<sync::SyncEngine>> createSyncEngine(const sync::SyncOptions &options) const;
    /// The keys a record is trusted by here: the devices the branch server registered (as last received)
    /// and the signed-in person's own device key.
    TrustedKeys trustedKeys() const;
    /// The profile's device key, from the keychain (a leader signs decisions with it).
    Result<DeviceKey> deviceKey() const;

Q_SIGNALS:
    void workspaceChanged();
    void signedIn();
    void signedOut();
    /// The data file is about to close: views must let go of its connection now.
    void dataAboutToClose();

private:
    void applyAcceptedBooks();
    QFuture<QString> trainingFill(bool wholeWorkspace);

    Settings &m_settings;
    const Clock &m_clock;
    QString m_realRoot;
    QString m_trainingRoot;
    std::unique_ptr<Workspace> m_workspace;
    std::optional<Profile> m_profile;
    std::unique_ptr<Database> m_data;
    QString m_dataError;
    SecretStore *m_secrets = nullptr;
    TariffLibrary *m_tariffs = nullptr;
};

} // namespace ta
