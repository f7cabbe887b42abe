#include "ui/settings/settingspage.h"

#include "ui/sync/branchserverpage.h"

#include "models/inspection/devicekey.h"
#include "models/security/secretstore.h"

#include "models/core/diagnostics.h"
#include "models/core/language.h"
#include "models/core/money.h"
#include "models/core/settings.h"
#include "models/prescreen/prescreener.h"
#include "models/tariff/tarifflibrary.h"
#include "models/workspace/session.h"
#include "ui/common/messagebox.h"
#include "ui/settings/tariffspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ta {

SettingsPage::SettingsPage(Settings &settings, Language &language, Session &session, TariffLibrary &tariffs,
                           sync::SyncService &sync, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_languageManager(language), m_session(session), m_library(tariffs)
{
    setObjectName(QStringLiteral("settingsPage"));

    m_languageGroup = new QGroupBox(this);
    m_languageLabel = new QLabel(m_languageGroup);
    m_language = new QComboBox(m_languageGroup);
    m_language->setObjectName(QStringLiteral("languageBox"));
    for (const QString &code : Language::available())
        m_language->addItem(Language::nativeName(code), code);
    m_languageLabel->setBuddy(m_language);
    auto *languageForm = new QFormLayout(m_languageGroup);
    languageForm->addRow(m_languageLabel, m_language);
    connect(m_language, &QComboBox::activated, this, [this] {
        const QString code = m_language->currentData().toString();
        m_settings.setValue(settings::Language, code);
        m_languageManager.apply(code);
    });

    m_securityGroup = new QGroupBox(this);
    m_idleLabel = new QLabel(m_securityGroup);
    m_idleMinutes = new QSpinBox(m_securityGroup);
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutesBox"));
    m_idleMinutes->setRange(settings::IdleLockMinutes.minimum, settings::IdleLockMinutes.maximum);
    m_idleLabel->setBuddy(m_idleMinutes);
    auto *securityForm = new QFormLayout(m_securityGroup);
    securityForm->addRow(m_idleLabel, m_idleMinutes);
    connect(m_idleMinutes, &QSpinBox::valueChanged, this,
            [this](int minutes) { m_settings.setValue(settings::IdleLockMinutes, minutes); });

    m_profileGroup = new QGroupBox(this);
    m_profileInfo = new QLabel(m_profileGroup);
    m_profileInfo->setObjectName(QStringLiteral("profileInfo"));
    m_profileInfo->setWordWrap(true);
    m_profileInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signOut = new QPushButton(m_profileGroup);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    connect(m_signOut, &QPushButton::clicked, this, &SettingsPage::signOutRequested);
    m_addProfile = new QPushButton(m_profileGroup);
    m_addProfile->setObjectName(QStringLiteral("addProfileButton"));
    connect(m_addProfile, &QPushButton::clicked, this, &SettingsPage::addProfileRequested);
    auto *profileButtons = new QHBoxLayout;
    profileButtons->addWidget(m_signOut);
    profileButtons->addWidget(m_addProfile);
    profileButtons->addStretch();
    auto *profileLayout = new QVBoxLayout(m_profileGroup);
    profileLayout->addWidget(m_profileInfo);
    profileLayout->addLayout(profileButtons);

    m_trainingGroup = new QGroupBox(this);
    m_trainingGroup->setObjectName(QStringLiteral("trainingGroup"));
    m_trainingInfo = new QLabel(m_trainingGroup);
    m_trainingInfo->setWordWrap(true);
    m_resetTraining = new QPushButton(m_trainingGroup);
    m_resetTraining->setObjectName(QStringLiteral("resetTrainingButton"));
    connect(m_resetTraining, &QPushButton::clicked, this, &SettingsPage::resetTrainingRequested);
    auto *trainingLayout = new QVBoxLayout(m_trainingGroup);
    trainingLayout->addWidget(m_trainingInfo);
    trainingLayout->addWidget(m_resetTraining, 0, Qt::AlignLeft);

    // Pre-screening: each rule on or off, and its thresholds, straight into the settings registry.
    m_prescreenGroup = new QGroupBox(this);
    m_prescreenGroup->setObjectName(QStringLiteral("prescreenGroup"));
    auto *prescreenForm = new QFormLayout(m_prescreenGroup);
    const auto addRule = [&](const Setting<bool> &setting, const char *ruleId) {
        auto *box = new QCheckBox(m_prescreenGroup);
        box->setObjectName(QStringLiteral("rule-") + QLatin1StringView(ruleId));
        box->setChecked(m_settings.value(setting));
        connect(box, &QCheckBox::toggled, this, [this, &setting](bool on) { m_settings.setValue(setting, on); });
        prescreenForm->addRow(box);
        m_prescreenLabels.append({box, [box, ruleId] {
                                      box->setText(ruleName(QLatin1StringView(ruleId)));
                                  }});
    };
    addRule(settings::PrescreenHouseholds, rule::Households);
    addRule(settings::PrescreenRenters, rule::Renters);
    addRule(settings::PrescreenRatio, rule::Ratio);
    addRule(settings::PrescreenAdministrative, rule::Administrative);
    addRule(settings::PrescreenThreeRate, rule::ThreeRate);
    addRule(settings::PrescreenAbnormal, rule::Abnormal);
    const auto addNumber = [&](const Setting<int> &setting, const char *name, std::function<QString()> label,
                               std::function<QString()> suffix) {
        auto *spin = new QSpinBox(m_prescreenGroup);
        spin->setObjectName(QLatin1StringView(name));
        spin->setRange(setting.minimum, setting.maximum);
        spin->setValue(m_settings.value(setting));
        connect(spin, &QSpinBox::valueChanged, this, [this, &setting](int v) { m_settings.setValue(setting, v); });
        auto *text = new QLabel(m_prescreenGroup);
        text->setBuddy(spin);
        prescreenForm->addRow(text, spin);
        m_prescreenLabels.append({text, [text, spin, label, suffix] {
                                      text->setText(label());
                                      spin->setSuffix(suffix());
                                  }});
    };
    addNumber(
        settings::RatioStaleMonths, "ratioStaleMonths", [] { return tr("Price ratio due for a check after"); },
        [] { return tr(" months"); });
    addNumber(
        settings::JumpPercent, "jumpPercent", [] { return tr("A jump: a month above the previous 3 by"); },
        [] { return tr(" %"); });
    addNumber(
        settings::DropPercent, "dropPercent", [] { return tr("A drop: a month below the previous 3 at"); },
        [] { return tr(" %"); });
    addNumber(
        settings::RatioTolerancePoints, "ratioTolerancePoints",
        [] { return tr("At the door, a price ratio changes when a share differs by more than"); },
        [] { return tr(" points"); });
    // The thresholds of the law are shown, never edited: they come with the tariff data.
    m_lawNote = new QLabel(m_prescreenGroup);
    m_lawNote->setObjectName(QStringLiteral("lawNote"));
    m_lawNote->setWordWrap(true);
    prescreenForm->addRow(m_lawNote);
    m_prescreenNow = new QPushButton(m_prescreenGroup);
    m_prescreenNow->setObjectName(QStringLiteral("prescreenNowButton"));
    connect(m_prescreenNow, &QPushButton::clicked, this, &SettingsPage::prescreenRequested);
    prescreenForm->addRow(m_prescreenNow);

    // The device's signing key: its public half is registered with the branch server.
    m_keyGroup = new QGroupBox(this);
    m_keyGroup->setObjectName(QStringLiteral("signingKeyGroup"));
    m_keyInfo = new QLabel(m_keyGroup);
    m_keyInfo->setObjectName(QStringLiteral("signingKeyInfo"));
    m_keyInfo->setWordWrap(true);
    m_keyInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showKey = new QPushButton(m_keyGroup);
    m_showKey->setObjectName(QStringLiteral("showKeyButton"));
    m_exportKey = new QPushButton(m_keyGroup);
    m_exportKey->setObjectName(QStringLiteral("exportKeyButton"));
    connect(m_showKey, &QPushButton::clicked, this, &SettingsPage::showSigningKey);
    connect(m_exportKey, &QPushButton::clicked, this, &SettingsPage::exportSigningKey);
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_showKey);
    keyButtons->addWidget(m_exportKey);
    keyButtons->addStretch();
    auto *keyLayout = new QVBoxLayout(m_keyGroup);
    keyLayout->addWidget(m_keyInfo);
    keyLayout->addLayout(keyButtons);

    m_diagnosticsGroup = new QGroupBox(this);
    m_diagnosticsInfo = new QLabel(m_diagnosticsGroup);
    m_diagnosticsInfo->setWordWrap(true);
    m_diagnosticsInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportDiagnostics = new QPushButton(m_diagnosticsGroup);
    m_exportDiagnostics->setObjectName(QStringLiteral("exportDiagnosticsButton"));
    connect(m_exportDiagnostics, &QPushButton::clicked, this, &SettingsPage::exportDiagnostics);
    auto *diagnosticsLayout = new QVBoxLayout(m_diagnosticsGroup);
    diagnosticsLayout->addWidget(m_diagnosticsInfo);
    diagnosticsLayout->addWidget(m_exportDiagnostics, 0, Qt::AlignLeft);

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(32, 24, 32, 24);
    column->setSpacing(16);
    for (QGroupBox *g : {m_languageGroup, m_securityGroup, m_profileGroup, m_trainingGroup, m_prescreenGroup,
                         m_keyGroup, m_diagnosticsGroup})
        column->addWidget(g);
    column->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_tariffs = new TariffsPage(tariffs, m_settings, m_session);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scroll, QString());
    m_tabs->addTab(m_tariffs, QString());
    m_branchServer = new BranchServerPage(m_session, sync);
    m_tabs->addTab(m_branchServer, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(&m_languageManager, &Language::changed, this, &SettingsPage::refresh);
    retranslateUi();
    refresh();
}

void SettingsPage::refresh()
{
    const int index = m_language->findData(m_languageManager.current());
    if (index >= 0)
        m_language->setCurrentIndex(index);
    const QSignalBlocker blocker(m_idleMinutes);
    m_idleMinutes->setValue(m_settings.value(settings::IdleLockMinutes));
    // Roles: a branch leader adds profiles and sets the branch's pre-screen rules; a trainer resets the
    // training workspace.
    const auto profile = m_session.profile();
    const bool leader = profile && profile->role == Role::BranchLeader;
    m_trainingGroup->setVisible(m_session.isTraining() && profile && profile->role == Role::Trainer);
    m_addProfile->setVisible(leader);
    m_prescreenGroup->setEnabled(leader);
    retranslateUi();
}

void SettingsPage::exportDiagnostics()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("tariff-audit-diagnostics-%1.txt")
                          .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path = FileDialog::saveFileName(this, tr("Export diagnostics"), suggested, tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QString session;
    if (m_session.workspace())
        session += QStringLiteral("workspace: %1 (%2)\n")
                       .arg(m_session.workspace()->root(),
                            m_session.isTraining() ? QStringLiteral("training") : QStringLiteral("real"));
    if (m_session.data())
        session += QStringLiteral("data schema: %1\ncustomers: %2\n")
                       .arg(m_session.data()->schemaVersion())
                       .arg(m_session.customerCount());
    const Status written = Diagnostics::exportTo(path, m_settings, session);
    if (!written) {
        MessageBox::warning(this, tr("Export diagnostics"), written.error());
        return;
    }
    MessageBox::information(this, tr("Export diagnostics"),
                            tr("The diagnostics were saved to %1. They hold no PIN and no customer data.")
                                .arg(QDir::toNativeSeparators(path)));
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("General"));
    m_tabs->setTabText(1, tr("Tariffs"));
    m_tabs->setTabText(2, tr("Branch server"));
    m_languageGroup->setTitle(tr("Language"));
    m_languageLabel->setText(tr("&Interface language"));
    m_securityGroup->setTitle(tr("Security"));
    m_idleLabel->setText(tr("&Lock after this many idle minutes"));
    m_idleMinutes->setSuffix(tr(" min"));
    m_profileGroup->setTitle(tr("Signed in"));
    if (const auto p = m_session.profile()) {
        m_profileInfo->setText(
            tr("%1 · %2\nCard number: %3\nBranch: %4").arg(p->fullName, roleName(p->role), p->cardNumber, p->branch));
    } else {
        m_profileInfo->clear();
    }
    m_signOut->setText(tr("Sign out"));
    m_addProfile->setText(tr("Add a profile…"));
    m_prescreenGroup->setToolTip(
        m_prescreenGroup->isEnabled() ? QString() : tr("The branch's pre-screen rules are set by a branch leader."));
    m_trainingGroup->setTitle(tr("Training data"));
    m_trainingInfo->setText(tr("Puts the generated training customers back to their initial state. Work done "
                               "in training mode is discarded; real data is never touched."));
    m_resetTraining->setText(tr("Reset training data"));
    m_prescreenGroup->setTitle(tr("Pre-screening and checks: the branch's preferences"));
    if (const RuleSet *law = m_library.regulations().on(QDate::currentDate()))
        m_lawNote->setText(tr("Set by law, not here: a three-rate meter from %1 kWh a month over %2 consecutive months "
                              "or a %3 kVA dedicated transformer; %4 renters make one household quota; "
                              "back-billing over at most %5 months. They come with the tariff data (Tariffs tab).")
                               .arg(money::formatNumber(law->threeRate.averageKwh))
                               .arg(law->threeRate.consecutiveMonths)
                               .arg(law->threeRate.transformerKva)
                               .arg(law->households.renterPersonsPerQuota)
                               .arg(law->recovery.maxMonths));
    for (const auto &[widget, retranslate] : m_prescreenLabels)
        retranslate();
    m_prescreenNow->setText(tr("Apply to the worklist now"));
    m_keyGroup->setTitle(tr("Signing key of this device"));
    if (m_keyText.isEmpty())
        m_keyInfo->setText(tr("Records are signed with a key kept in the system keychain. Its public half "
                              "identifies this device to the branch server."));
    m_showKey->setText(tr("Show the public key"));
    m_exportKey->setText(tr("Export the public key…"));
    m_diagnosticsGroup->setTitle(tr("About and diagnostics"));
    m_diagnosticsInfo->setText(
        tr("Tariff Audit %1.").arg(QStringLiteral(TA_VERSION)) + QLatin1Char(' ') +
        tr("Saves versions, settings and the recent log into one text file for the "
           "branch's IT. Data folder: %1")
            .arg(QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))));
    m_exportDiagnostics->setText(tr("Export diagnostics…"));
}

Result<DeviceKey> SettingsPage::signingKey()
{
    if (!m_session.isSignedIn())
        return Result<DeviceKey>::failure(tr("Sign in first."));
    if (!m_session.secretStore())
        return Result<DeviceKey>::failure(tr("No keychain is available on this device."));
    return DeviceKey::loadOrCreate(*m_session.secretStore(), m_session.signingKeyName());
}

void SettingsPage::showSigningKey()
{
    const auto key = signingKey();
    if (!key) {
        MessageBox::warning(this, tr("Signing key"), key.error());
        return;
    }
    m_keyText = tr("Public key (Ed25519): %1\nFingerprint: %2")
                    .arg(QString::fromLatin1(key->publicKey().toBase64()), key->fingerprint());
    m_keyInfo->setText(m_keyText);
}

void SettingsPage::exportSigningKey()
{
    const auto key = signingKey();
    if (!key) {
        MessageBox::warning(this, tr("Signing key"), key.error());
        return;
    }
    const auto profile = m_session.profile();
    const QString path = FileDialog::saveFileName(
        this, tr("Export the public key"),
        QStringLiteral("%1-signing-key.json").arg(profile ? profile->cardNumber : QStringLiteral("device")),
        tr("Key files (*.json)"));
    if (path.isEmpty())
        return;
    const QJsonObject card{{QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
                           {QStringLiteral("publicKey"), QString::fromLatin1(key->publicKey().toBase64())},
                           {QStringLiteral("fingerprint"), key->fingerprint()},
                           {QStringLiteral("inspector"), profile ? profile->fullName : QString()},
                           {QStringLiteral("card"), profile ? profile->cardNumber : QString()},
                           {QStringLiteral("branch"), profile ? profile->branch : QString()},
                           {QStringLiteral("device"), QSysInfo::machineHostName()},
                           {QStringLiteral("training"), m_session.isTraining()}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(card).toJson()) < 0 || !file.commit()) {
        MessageBox::warning(this, tr("Export the public key"), file.errorString());
        return;
    }
    MessageBox::information(this, tr("Export the public key"),
                            tr("The public key was saved to %1. Give it to the branch's IT to register this "
                               "device.")
                                .arg(QDir::toNativeSeparators(path)));
}

} // namespace ta
