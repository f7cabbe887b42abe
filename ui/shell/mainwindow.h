#pragma once

// The application window. Screens, top to bottom: the training band (training mode only, on every screen),
// then one of: sign-in, new profile, the shell (navigation rail + pages) or the lock screen. Locking only
// covers the shell, so the pages behind keep whatever the person was doing.

#include <QFutureWatcher>
#include <QMainWindow>

class QButtonGroup;
class QLabel;
class QProgressDialog;
class QStackedWidget;
class QToolButton;

namespace ta {
class Clock;
class Language;
class Session;
class Settings;
class TariffLibrary;
namespace sync {
class SyncService;
}
} // namespace ta

namespace ta {

class IdleWatcher;
class InspectionsPage;
class OutboxPage;
class PracticePage;
class ReviewPage;
class LockPage;
class DashboardPage;
class ProfileForm;
class SettingsPage;
class SignInPage;
class TrainingBanner;
class WorklistPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Practice is shown in training mode only, first in the rail.
    enum class Page { Worklist, Inspections, Outbox, Review, Dashboards, Settings, Practice, PageCount };
    enum class Screen { SignIn, NewProfile, Shell, Locked };

    MainWindow(Settings &settings, Language &language, Session &session, TariffLibrary &tariffs,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    Screen currentScreen() const;
    Page currentPage() const;
    /// Switches page if the signed-in role may see it; returns whether it did.
    bool showPage(Page page);
    bool isPageAvailable(Page page) const;
    void lock();
    /// Enters or leaves training mode (signs out first).
    void setTrainingMode(bool training);
    /// True while training data is being generated.
    bool isBusy() const;

    SignInPage *signInPage() const { return m_signIn; }
    ProfileForm *profileForm() const { return m_profileForm; }
    LockPage *lockPage() const { return m_lockPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    WorklistPage *worklistPage() const { return m_worklist; }
    InspectionsPage *inspectionsPage() const { return m_inspections; }
    OutboxPage *outboxPage() const { return m_outbox; }
    ReviewPage *reviewPage() const { return m_review; }
    DashboardPage *dashboardPage() const { return m_dashboards; }
    PracticePage *practicePage() const { return m_practice; }
    sync::SyncService *syncService() const { return m_sync; }
    TrainingBanner *trainingBanner() const { return m_banner; }
    QToolButton *navigationButton(Page page) const;
    QWidget *pageWidget(Page page) const;
    IdleWatcher *idleWatcher() const { return m_idle; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildShell();
    void onWorkspaceChanged();
    void onSignedIn();
    void onSignedOut();
    void showSignInOrFirstProfile();
    void runTrainingFill(bool reset);
    void refreshWorklist();
    /// Starts the signed-in person's background sync (never in training) or stops it.
    void startSync();
    void updateNavigation();
    void applyIdleTimeout();
    void retranslateUi();

    Settings &m_settings;
    Language &m_language;
    Session &m_session;
    TariffLibrary &m_tariffs;
    TrainingBanner *m_banner;
    QStackedWidget *m_screens;
    SignInPage *m_signIn;
    ProfileForm *m_profileForm;
    QWidget *m_shell;
    LockPage *m_lockPage;
    QStackedWidget *m_pages;
    QButtonGroup *m_navigation;
    QToolButton *m_navButtons[int(Page::PageCount)];
    QWidget *m_pageWidgets[int(Page::PageCount)];
    QLabel *m_pageTitle;
    QLabel *m_userLabel;
    QToolButton *m_lockButton;
    SettingsPage *m_settingsPage;
    WorklistPage *m_worklist;
    InspectionsPage *m_inspections = nullptr;
    OutboxPage *m_outbox = nullptr;
    ReviewPage *m_review = nullptr;
    DashboardPage *m_dashboards = nullptr;
    PracticePage *m_practice = nullptr;
    sync::SyncService *m_sync;
    IdleWatcher *m_idle;
    QProgressDialog *m_progress = nullptr;
    QFutureWatcher<QString> m_fillWatcher;
    bool m_filling = false;
    bool m_profileFromShell = false; ///< the profile form was opened by a signed-in leader (Settings)
};

} // namespace ta
