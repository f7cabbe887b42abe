#pragma once

#include "models/customers/customerlistmodel.h"
#include "models/importing/importjob.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableView;
class QTimer;

namespace ta {

class Session;
namespace sync {
class SyncService;
}
class Settings;
class TariffLibrary;

/// The worklist: the profile's customers through a lazy model, searched as you type (accent-insensitive
/// prefixes), filtered to the pre-screen's warnings and ranked by the money at stake; import of a branch
/// list (progress, cancel, the rejected rows with their reasons) and export of the flagged list.
class WorklistPage : public QWidget
{
    Q_OBJECT

public:
    WorklistPage(Session &session, Settings &settings, TariffLibrary &tariffs, QWidget *parent = nullptr);
    ~WorklistPage() override;

    /// Forgets what the last person typed and chose (search, filters, scope, selection): a new sign-in
    /// starts from the plain worklist.
    void forgetSession();
    /// Shows the signed-in profile's data (or nothing).
    void reload();
    /// Starts the background job that indexes the customers a first import left out of the search index.
    void updateSearchIndex();
    bool isBusy() const { return m_busy; }
    CustomerListModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *ruleBox() const { return m_rule; }
    QComboBox *substationBox() const { return m_substation; }
    QComboBox *routeBookBox() const { return m_routeBook; }
    QComboBox *groupBox() const { return m_group; }
    QComboBox *statusBox() const { return m_status; }
    QPushButton *clearFiltersButton() const { return m_clearFilters; }
    /// True while the filters' choices are still being read from the data file.
    bool isLoadingChoices() const { return m_choicesWatcher.isRunning(); }
    QTableView *table() const { return m_table; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *planTodayButton() const { return m_planToday; }
    QPushButton *inspectButton() const { return m_inspect; }
    /// A leader's: a campaign from the filters now, and sending customers to an inspector's tablet.
    QPushButton *campaignButton() const { return m_campaign; }
    QPushButton *assignButton() const { return m_assign; }
    /// The service assignments go through (a leader's device).
    void setSyncService(sync::SyncService *service) { m_sync = service; }
    /// Opens the campaign dialog (the New campaign button).
    void defineCampaign();
    /// Opens the assignment dialog for the selected rows or the filtered list (the Assign button).
    void assignCustomers();
    QLabel *countLabel() const { return m_count; }
    /// Says how far the search index is while it is built after a first import (hidden otherwise).
    QLabel *searchIndexLabel() const { return m_searchStatus; }
    /// True while the search index is being built in the background.
    bool isIndexing() const { return m_searchWatcher.isRunning(); }
    /// Imports @p path as the Import button does (the file dialog's answer).
    void importFile(const QString &path);
    /// Runs the pre-screening again with the rules as set now.
    void rescreen();
    /// Opens the customer of @p index (from the list) in a detail window.
    void openCustomer(const QModelIndex &index);

Q_SIGNALS:
    void importFinished(const ta::ImportJobResult &result);
    /// The inspector wants to inspect this customer now.
    void inspectRequested(const QString &customerCode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void clearFilters();
    void loadChoices();
    void fillChoices(const CustomerListModel::FilterChoices &choices);
    void exportFlagged();
    void planSelected(bool today);
    QStringList selectedCodes() const;
    void mapThenImport(const QString &path, const Result<QStringList> &header);
    void startImport(const QString &path);
    void saveTemplate();
    void showIssues(const ImportSummary &summary);
    void runJob(QFuture<ImportJobResult> future, const QString &title, const QString &label);
    void updateCount();
    void retranslateUi();
    /// The search index line: how far the background job is, or why it stopped.
    void showSearchStatus();

    Session &m_session;
    Settings &m_settings;
    TariffLibrary &m_tariffs;
    CustomerListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_scope;
    QComboBox *m_rule;
    QComboBox *m_substation;
    QComboBox *m_routeBook;
    QComboBox *m_group;
    QComboBox *m_status;
    QPushButton *m_clearFilters;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_template;
    QPushButton *m_planToday;
    QPushButton *m_unplan;
    QPushButton *m_inspect;
    QPushButton *m_campaign;
    QPushButton *m_assign;
    QWidget *m_leaderRow;
    QLabel *m_leaderHint;
    sync::SyncService *m_sync = nullptr;
    QTableView *m_table;
    QLabel *m_count;
    QTimer *m_debounce;
    QProgressDialog *m_progress = nullptr;
    QFutureWatcher<ImportJobResult> m_watcher;
    QFutureWatcher<QString> m_searchWatcher;
    QLabel *m_searchStatus;
    int m_searchPermille = -1; ///< the job's progress; -1 before its first step
    QString m_searchError;
    QFutureWatcher<CustomerListModel::FilterChoices> m_choicesWatcher;
    CustomerListModel::FilterChoices m_choices;
    bool m_busy = false;
    bool m_rescreening = false; ///< the job running is a pre-screen of the stored list
    qint64 m_total = 0;
    QString m_jobTitle;
};

} // namespace ta
