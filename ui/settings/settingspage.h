#pragma once

#include "models/core/result.h"
#include "models/inspection/devicekey.h"

#include <QList>
#include <QWidget>

#include <functional>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace ta {
class Language;
class Session;
class Settings;
class TariffLibrary;
class TariffsPage;
class BranchServerPage;
namespace sync {
class SyncService;
}
} // namespace ta

namespace ta {

/// Settings, in two tabs. General: language (applied at once), idle lock, the signed-in profile, training
/// data reset and "Export diagnostics"; every value goes through the typed Settings registry. Tariffs: the
/// tariff books (TariffsPage).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(Settings &settings, Language &language, Session &session, TariffLibrary &tariffs,
                 sync::SyncService &sync, QWidget *parent = nullptr);
    void refresh();

    QComboBox *languageBox() const { return m_language; }
    QSpinBox *idleMinutesBox() const { return m_idleMinutes; }
    QPushButton *resetTrainingButton() const { return m_resetTraining; }
    QPushButton *exportDiagnosticsButton() const { return m_exportDiagnostics; }
    QPushButton *showKeyButton() const { return m_showKey; }
    QPushButton *exportKeyButton() const { return m_exportKey; }
    QLabel *keyInfo() const { return m_keyInfo; }
    QPushButton *signOutButton() const { return m_signOut; }
    QPushButton *addProfileButton() const { return m_addProfile; }
    QTabWidget *tabs() const { return m_tabs; }
    TariffsPage *tariffsPage() const { return m_tariffs; }
    BranchServerPage *branchServerPage() const { return m_branchServer; }

Q_SIGNALS:
    void resetTrainingRequested();
    /// The user asked to run the pre-screening again with the rules as now set.
    void prescreenRequested();
    void signOutRequested();
    /// A branch leader adds a profile (any role) to this tablet.
    void addProfileRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    Result<DeviceKey> signingKey();
    void showSigningKey();
    void exportSigningKey();
    void exportDiagnostics();
    void retranslateUi();

    Settings &m_settings;
    Language &m_languageManager;
    Session &m_session;
    const TariffLibrary &m_library;
    QGroupBox *m_languageGroup;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QGroupBox *m_securityGroup;
    QLabel *m_idleLabel;
    QSpinBox *m_idleMinutes;
    QGroupBox *m_profileGroup;
    QLabel *m_profileInfo;
    QPushButton *m_signOut;
    QPushButton *m_addProfile;
    QGroupBox *m_trainingGroup;
    QLabel *m_trainingInfo;
    QPushButton *m_resetTraining;
    QGroupBox *m_prescreenGroup;
    QList<std::pair<QWidget *, std::function<void()>>> m_prescreenLabels; // widget, retranslate
    QLabel *m_lawNote;
    QPushButton *m_prescreenNow;
    QGroupBox *m_diagnosticsGroup;
    QGroupBox *m_keyGroup;
    QLabel *m_keyInfo;
    QPushButton *m_showKey;
    QPushButton *m_exportKey;
    QString m_keyText;
    QLabel *m_diagnosticsInfo;
    QPushButton *m_exportDiagnostics;
    QTabWidget *m_tabs;
    TariffsPage *m_tariffs;
    BranchServerPage *m_branchServer;
};

} // namespace ta
