#include "ui/shell/mainwindow.h"

#include "models/core/language.h"
#include "models/core/logging.h"
#include "models/core/settings.h"
#include "models/customers/customerlistmodel.h"
#include "models/sync/syncservice.h"
#include "models/workspace/session.h"
#include "ui/auth/lockpage.h"
#include "ui/auth/pinpad.h"
#include "ui/auth/profileform.h"
#include "ui/auth/signinpage.h"
#include "ui/common/messagebox.h"
#include "ui/inspection/inspectionflow.h"
#include "ui/inspection/inspectionspage.h"
#include "ui/review/dashboardpage.h"
#include "ui/review/reviewpage.h"
#include "ui/settings/settingspage.h"
#include "ui/shell/idlewatcher.h"
#include "ui/shell/trainingbanner.h"
#include "ui/sync/branchserverpage.h"
#include "ui/sync/outboxpage.h"
#include "ui/training/practicepage.h"
#include "ui/worklist/worklistpage.h"

#include <QButtonGroup>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ta {

namespace {

QString pageTitle(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Worklist:
        return MainWindow::tr("Worklist");
    case MainWindow::Page::Inspections:
        return MainWindow::tr("Inspections");
    case MainWindow::Page::Outbox:
        return MainWindow::tr("Outbox");
    case MainWindow::Page::Review:
        return MainWindow::tr("Review");
    case MainWindow::Page::Dashboards:
        return MainWindow::tr("Dashboards");
    case MainWindow::Page::Settings:
        return MainWindow::tr("Settings");
    case MainWindow::Page::Practice:
        return MainWindow::tr("Practice");
    case MainWindow::Page::PageCount:
        break;
    }
    return {};
}

/// The page's icon from the product's set (resources/icons).
QIcon pageIcon(MainWindow::Page page)
{
    static const char *const names[] = {"worklist",   "inspections", "outbox",  "review",
                                        "dashboards", "settings",    "practice"};
    static_assert(std::size(names) == std::size_t(MainWindow::Page::PageCount));
    return QIcon(QStringLiteral(":/icons/%1.png").arg(QLatin1StringView(names[int(page)])));
}

} // namespace

MainWindow::MainWindow(Settings &settings, Language &language, Session &session, TariffLibrary &tariffs,
                       QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_language(language), m_session(session), m_tariffs(tariffs)
{
    setObjectName(QStringLiteral("mainWindow"));
    setMinimumSize(1024, 640);

    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_banner = new TrainingBanner(central);
    column->addWidget(m_banner);
    m_screens = new QStackedWidget(central);
    column->addWidget(m_screens, 1);
    setCentralWidget(central);

    m_signIn = new SignInPage(m_session, m_screens);
    m_profileForm = new ProfileForm(m_session, m_screens);
    m_sync = new sync::SyncService(this);
    m_sync->setAutomatic(5 * 60 * 1000);
    buildShell();
    m_lockPage = new LockPage(m_session, m_screens);
    m_screens->addWidget(m_signIn);
    m_screens->addWidget(m_profileForm);
    m_screens->addWidget(m_shell);
    m_screens->addWidget(m_lockPage);

    m_idle = new IdleWatcher(this);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    applyIdleTimeout();
    connect(&m_settings, &Settings::changed, this, [this](const QString &key) {
        if (key == QLatin1StringView(settings::IdleLockMinutes.key))
            applyIdleTimeout();
    });

    connect(m_signIn, &SignInPage::newProfileRequested, this, [this] {
        m_profileFromShell = false;
        m_profileForm->reset(true);
        m_screens->setCurrentWidget(m_profileForm);
    });
    connect(m_settingsPage, &SettingsPage::addProfileRequested, this, [this] {
        const auto profile = m_session.profile();
        if (!profile)
            return;
        m_profileFromShell = true;
        m_profileForm->reset(true, profile->role);
        m_screens->setCurrentWidget(m_profileForm);
    });
    connect(m_signIn, &SignInPage::trainingRequested, this, &MainWindow::setTrainingMode);
    connect(m_profileForm, &ProfileForm::created, this, [this](qint64 id) {
        m_signIn->refresh();
        if (std::exchange(m_profileFromShell, false)) {
            // Added by the leader signed in: they stay signed in; the new person signs in later.
            m_screens->setCurrentWidget(m_shell);
            if (const auto added = m_session.workspace()->profiles().profile(id))
                MessageBox::information(
                    this, tr("Add a profile"),
                    tr("%1 can now sign in on this tablet as %2.").arg(added->fullName, roleName(added->role)));
            return;
        }
        m_signIn->selectProfile(id);
        m_screens->setCurrentWidget(m_signIn);
        m_signIn->pinPad()->setFocus();
    });
    connect(m_profileForm, &ProfileForm::cancelled, this,
            [this] { m_screens->setCurrentWidget(std::exchange(m_profileFromShell, false) ? m_shell : m_signIn); });
    connect(m_profileForm, &ProfileForm::trainingRequested, this, [this] { setTrainingMode(true); });
    connect(m_lockPage, &LockPage::unlocked, this, [this] {
        m_screens->setCurrentWidget(m_shell);
        m_idle->setActive(true);
    });
    connect(m_lockPage, &LockPage::signOutRequested, &m_session, &Session::signOut);
    connect(m_settingsPage, &SettingsPage::signOutRequested, &m_session, &Session::signOut);
    connect(m_settingsPage, &SettingsPage::prescreenRequested, this, [this] {
        showPage(Page::Worklist);
        m_worklist->rescreen();
    });
    connect(m_settingsPage, &SettingsPage::resetTrainingRequested, this, [this] {
        if (!MessageBox::confirm(this, tr("Reset training data"),
                                 tr("Put the training workspace back to its initial state? The customers are "
                                    "generated again, and every trainee's drafts, signed records and photos on "
                                    "this tablet are deleted."),
                                 tr("Reset")))
            return;
        // An inspection open on screen would write its draft back into the emptied file.
        if (m_inspections->isFlowOpen())
            Q_EMIT m_inspections->flow()->closeRequested();
        runTrainingFill(true);
    });

    connect(&m_session, &Session::workspaceChanged, this, &MainWindow::onWorkspaceChanged);
    connect(&m_session, &Session::signedIn, this, &MainWindow::onSignedIn);
    connect(&m_session, &Session::signedOut, this, &MainWindow::onSignedOut);
    connect(&m_session, &Session::dataAboutToClose, this, [this] {
        m_sync->setEngine(nullptr);
        m_worklist->model()->setDatabase(QSqlDatabase());
        m_inspections->release();
        m_outbox->release();
        m_review->release();
        m_dashboards->release();
    });
    // A leader's decision that came with a sync shows on the Inspections page at once.
    connect(m_sync, &sync::SyncService::syncFinished, this, [this](const sync::SyncReport &report) {
        if (report.reviews > 0 && m_session.data())
            m_inspections->reload();
    });
    // A record just signed goes to the server as soon as it can.
    connect(m_inspections->flow(), &InspectionFlow::finalised, this, [this] {
        m_outbox->reload();
        m_sync->syncDue();
    });
    // Practice: an attempt opens in the real flow with its card; its record, once signed, is scored.
    m_inspections->setScenarioLookup([this](const QString &draftId) {
        return m_session.isTraining() ? m_practice->scenarioOfDraft(draftId) : nullptr;
    });
    connect(m_practice, &PracticePage::started, this, [this](const QString &draftId) {
        if (showPage(Page::Inspections))
            m_inspections->resume(draftId);
    });
    connect(m_inspections->flow(), &InspectionFlow::finalised, this, [this](const QString &recordId) {
        if (m_session.isTraining())
            m_practice->recordSigned(recordId);
    });
    connect(m_worklist, &WorklistPage::inspectRequested, this, [this](const QString &code) {
        if (showPage(Page::Inspections))
            m_inspections->startFor(code);
    });
    connect(&m_fillWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const bool cancelled = m_fillWatcher.isCanceled();
        const QString error =
            !cancelled && m_fillWatcher.future().resultCount() > 0 ? m_fillWatcher.result() : QString();
        m_filling = false;
        closeProgress(m_progress, &m_fillWatcher);
        if (cancelled)
            MessageBox::information(this, tr("Training data"), tr("Cancelled: the training data was left as it was."));
        else if (!error.isEmpty())
            MessageBox::warning(this, tr("Training data"), error);
        else if (m_fillWatcher.property("reset").toBool())
            MessageBox::information(this, tr("Training data"), tr("The training data is back to its initial state."));
        refreshWorklist();
    });

    onWorkspaceChanged();
    retranslateUi();
}

MainWindow::~MainWindow()
{
    if (m_fillWatcher.isRunning()) {
        m_fillWatcher.cancel();
        m_fillWatcher.waitForFinished();
    }
}

void MainWindow::buildShell()
{
    m_shell = new QWidget(m_screens);
    m_shell->setObjectName(QStringLiteral("shell"));

    auto *rail = new QWidget(m_shell);
    rail->setObjectName(QStringLiteral("navigationRail"));
    auto *railLayout = new QVBoxLayout(rail);
    railLayout->setContentsMargins(8, 8, 8, 8);
    railLayout->setSpacing(6);
    m_navigation = new QButtonGroup(this);
    m_navigation->setExclusive(true);

    m_pages = new QStackedWidget(m_shell);
    for (int i = 0; i < int(Page::PageCount); ++i) {
        const auto page = Page(i);
        auto *button = new QToolButton(rail);
        button->setObjectName(QStringLiteral("nav%1").arg(i));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setIcon(pageIcon(page));
        button->setIconSize(QSize(28, 28));
        button->setMinimumSize(128, 72); // "Danh sách việc" whole at the theme's 10 pt, with the focus frame
        button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        // A QShortcut of its own: QAbstractButton::setText() replaces a button's shortcut by its mnemonic.
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, page] {
            if (currentScreen() == Screen::Shell)
                showPage(page);
        });
        m_navigation->addButton(button, i);
        // Practice comes first: in training mode it is where a trainee starts.
        if (page == Page::Practice)
            railLayout->insertWidget(0, button);
        else
            railLayout->addWidget(button);
        m_navButtons[i] = button;

        QWidget *widget = nullptr;
        if (page == Page::Settings) {
            m_settingsPage = new SettingsPage(m_settings, m_language, m_session, m_tariffs, *m_sync, m_pages);
            widget = m_settingsPage;
        } else if (page == Page::Worklist) {
            m_worklist = new WorklistPage(m_session, m_settings, m_tariffs, m_pages);
            m_worklist->setSyncService(m_sync);
            widget = m_worklist;
        } else if (page == Page::Inspections) {
            m_inspections = new InspectionsPage(m_session, m_settings, m_pages);
            widget = m_inspections;
        } else if (page == Page::Outbox) {
            m_outbox = new OutboxPage(m_session, *m_sync, m_pages);
            widget = m_outbox;
        } else if (page == Page::Practice) {
            m_practice = new PracticePage(m_session, m_tariffs, m_pages);
            widget = m_practice;
        } else if (page == Page::Review) {
            m_review = new ReviewPage(m_session, *m_sync, m_pages);
            widget = m_review;
        } else {
            m_dashboards = new DashboardPage(m_session, m_tariffs, m_pages);
            widget = m_dashboards;
        }
        widget->setObjectName(QStringLiteral("page%1").arg(i));
        m_pages->addWidget(widget);
        m_pageWidgets[i] = widget;
    }
    railLayout->addStretch();
    connect(m_navigation, &QButtonGroup::idClicked, this, [this](int id) { showPage(Page(id)); });

    m_pageTitle = new QLabel(m_shell);
    m_pageTitle->setObjectName(QStringLiteral("pageTitle"));
    m_userLabel = new QLabel(m_shell);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_lockButton = new QToolButton(m_shell);
    m_lockButton->setObjectName(QStringLiteral("lockButton"));
    m_lockButton->setMinimumSize(96, 44);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this), &QShortcut::activated, this, &MainWindow::lock);
    connect(m_lockButton, &QToolButton::clicked, this, &MainWindow::lock);

    auto *header = new QWidget(m_shell);
    header->setObjectName(QStringLiteral("pageHeader"));
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(24, 8, 16, 8);
    headerLayout->addWidget(m_pageTitle);
    headerLayout->addStretch();
    headerLayout->addWidget(m_userLabel);
    headerLayout->addWidget(m_lockButton);

    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    right->addWidget(header);
    right->addWidget(m_pages, 1);

    auto *layout = new QHBoxLayout(m_shell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(rail);
    layout->addLayout(right, 1);
}

MainWindow::Screen MainWindow::currentScreen() const
{
    QWidget *current = m_screens->currentWidget();
    if (current == m_shell)
        return Screen::Shell;
    if (current == m_lockPage)
        return Screen::Locked;
    if (current == m_profileForm)
        return Screen::NewProfile;
    return Screen::SignIn;
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

bool MainWindow::isPageAvailable(Page page) const
{
    const auto profile = m_session.profile();
    if (!profile)
        return false;
    // Inspectors see their own work (the dashboards of their own records); reviewing belongs to leaders and
    // trainers.
    if (profile->role == Role::Inspector && page == Page::Review)
        return false;
    if (page == Page::Practice)
        return m_session.isTraining();
    return true;
}

bool MainWindow::showPage(Page page)
{
    if (!isPageAvailable(page))
        return false;
    m_pages->setCurrentIndex(int(page));
    m_navButtons[int(page)]->setChecked(true);
    m_pageTitle->setText(pageTitle(page));
    if (page == Page::Worklist)
        refreshWorklist();
    if (page == Page::Settings)
        m_settingsPage->refresh();
    return true;
}

QToolButton *MainWindow::navigationButton(Page page) const
{
    return m_navButtons[int(page)];
}

QWidget *MainWindow::pageWidget(Page page) const
{
    return m_pageWidgets[int(page)];
}

void MainWindow::lock()
{
    if (currentScreen() != Screen::Shell)
        return;
    qCInfo(lcUi) << "Locked";
    m_idle->setActive(false);
    m_lockPage->prepare();
    m_screens->setCurrentWidget(m_lockPage);
}

void MainWindow::setTrainingMode(bool training)
{
    if (isBusy())
        return;
    const Status opened = m_session.openWorkspace(training ? WorkspaceKind::Training : WorkspaceKind::Real);
    if (!opened)
        MessageBox::warning(this, tr("Training mode"), opened.error());
}

bool MainWindow::isBusy() const
{
    // Busy until the finished handler has run, not only while the worker runs.
    return m_filling || m_worklist->isBusy();
}

void MainWindow::onWorkspaceChanged()
{
    const bool training = m_session.isTraining();
    m_banner->setVisible(training);
    MessageBox::setTrainingMarker(training);
    m_signIn->refresh();
    showSignInOrFirstProfile();
    retranslateUi();
}

void MainWindow::showSignInOrFirstProfile()
{
    // A first run in the real workspace goes straight to creating the first profile.
    const bool noProfiles =
        m_session.workspace() && !m_session.isTraining() && m_session.workspace()->profiles().profiles().isEmpty();
    if (noProfiles) {
        m_profileForm->reset(false);
        m_screens->setCurrentWidget(m_profileForm);
    } else {
        m_screens->setCurrentWidget(m_signIn);
        m_signIn->pinPad()->setFocus();
    }
}

void MainWindow::onSignedIn()
{
    if (!m_session.dataError().isEmpty())
        MessageBox::warning(this, tr("Data"), m_session.dataError());
    updateNavigation();
    m_screens->setCurrentWidget(m_shell);
    showPage(Page::Worklist);
    m_idle->setActive(true);
    m_settingsPage->refresh(); // what this person's role may change
    if (m_session.isTraining())
        m_practice->reload(); // the trainee's attempts, so that a draft of one reopens with its card
    retranslateUi();
    if (m_session.isTraining() && m_session.data() && !m_session.trainingDataReady())
        runTrainingFill(false);
    startSync();
}

void MainWindow::startSync()
{
    m_sync->setEngine(nullptr);
    if (!m_session.data() || m_session.isTraining()) {
        m_outbox->reload();
        return;
    }
    auto engine = m_session.createSyncEngine({});
    if (!engine) {
        qCWarning(lcUi) << "Sync not started:" << engine.error();
    } else {
        m_sync->setEngine(std::move(engine).value());
        m_sync->syncDue();
    }
    m_outbox->reload();
    m_settingsPage->branchServerPage()->refresh();
}

void MainWindow::onSignedOut()
{
    // Nothing the last person typed or looked for stays on screen for the next one.
    m_worklist->forgetSession();
    m_inspections->serialField()->clear();
    m_sync->setEngine(nullptr);
    m_idle->setActive(false);
    m_signIn->refresh();
    showSignInOrFirstProfile();
}

void MainWindow::runTrainingFill(bool reset)
{
    if (isBusy())
        return;
    m_progress = new QProgressDialog(this);
    m_progress->setObjectName(QStringLiteral("trainingProgress"));
    m_progress->setWindowTitle(TrainingBanner::markText());
    m_progress->setLabelText(reset ? tr("Restoring the training customers…") : tr("Generating training customers…"));
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setMinimumDuration(0);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_filling = true;
    m_fillWatcher.setProperty("reset", reset);
    connect(&m_fillWatcher, &QFutureWatcher<QString>::progressRangeChanged, m_progress, &QProgressDialog::setRange);
    connect(&m_fillWatcher, &QFutureWatcher<QString>::progressValueChanged, m_progress, &QProgressDialog::setValue);
    connect(m_progress, &QProgressDialog::canceled, &m_fillWatcher, &QFutureWatcher<QString>::cancel);
    m_fillWatcher.setFuture(reset ? m_session.resetTrainingData() : m_session.fillTrainingData());
    m_progress->show();
}

void MainWindow::refreshWorklist()
{
    m_worklist->reload();
    m_inspections->reload();
}

void MainWindow::updateNavigation()
{
    for (int i = 0; i < int(Page::PageCount); ++i)
        m_navButtons[i]->setVisible(isPageAvailable(Page(i)));
}

void MainWindow::applyIdleTimeout()
{
    m_idle->setTimeoutMs(m_settings.value(settings::IdleLockMinutes) * 60 * 1000);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_fillWatcher.isRunning()) {
        m_fillWatcher.cancel();
        m_fillWatcher.waitForFinished();
    }
    event->accept();
}

void MainWindow::retranslateUi()
{
    const QString title = tr("Tariff Audit");
    setWindowTitle(m_session.isTraining() ? title + QStringLiteral(" — ") + TrainingBanner::markText() : title);
    for (int i = 0; i < int(Page::PageCount); ++i) {
        m_navButtons[i]->setText(pageTitle(Page(i)));
        m_navButtons[i]->setToolTip(tr("%1 (Ctrl+%2)").arg(pageTitle(Page(i))).arg(i + 1));
        m_navButtons[i]->setAccessibleName(pageTitle(Page(i)));
    }
    m_pageTitle->setText(pageTitle(currentPage()));
    m_lockButton->setText(tr("Lock"));
    m_lockButton->setToolTip(tr("Lock now (Ctrl+L)"));
    if (const auto p = m_session.profile())
        m_userLabel->setText(QStringLiteral("%1 · %2").arg(p->fullName, roleName(p->role)));
    else
        m_userLabel->clear();
    refreshWorklist();
}

} // namespace ta
