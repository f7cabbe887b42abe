#pragma once

// The Dashboards page. A branch leader sees the branch: campaign progress against plan (by campaign,
// substation or inspector), findings by kind, money at stake and corrected per month, the returned backlog
// and the days from visit to decision, records per inspector per day, and the reconciliation after
// correction against the latest customer list. An inspector sees the same panels over their own records
// ("my week"). Every chart has its numbers in a table beside it (selectable, Ctrl+C copies), follows the
// interface language and saves as PNG; "Branch report" writes every panel into one PDF. The figures are
// computed on a worker with its own connection (models/review/dashboard.h).

#include "models/review/dashboard.h"
#include "models/review/reconciliation.h"

#include <QFutureWatcher>
#include <QWidget>

#include <vector>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace ta {

class Session;
class TariffLibrary;

class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    /// The panels, in the order of the tabs.
    enum Panel { Progress, Findings, Money, Decisions, Daily, Reconciliation, PanelCount };

    DashboardPage(Session &session, const TariffLibrary &tariffs, QWidget *parent = nullptr);

    /// Reads the figures and the reconciliation again (shown, Refresh, after a sync or a new customer list);
    /// another period reads only the figures again.
    void reload();
    void release();
    /// True from a reload until its figures are shown.
    bool isLoading() const { return m_loading; }

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *table(Panel panel) const { return m_tables[panel]; }
    QStandardItemModel *tableModel(Panel panel) const { return m_models[panel]; }
    QChartView *chartView(Panel panel) const { return m_views[panel]; }
    QTableView *reconciliationRecords() const { return m_recordsTable; }
    QComboBox *groupBy() const { return m_groupBy; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLabel *summaryLabel() const { return m_summary; }
    const review::DashboardFigures &figures() const { return m_figures; }

    /// Saves the current panel's chart as a PNG (asks where).
    void exportPng();
    /// Writes the branch report PDF (asks where).
    void writeReport();
    /// The report as a PDF at @p path, every panel's chart and table.
    Status writeReportTo(const QString &path);
    /// @p panel's chart as an image of @p size, as the PNG export and the report draw it.
    QImage chartImage(Panel panel, const QSize &size);

Q_SIGNALS:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Loaded
    {
        Result<review::DashboardFigures> figures = review::DashboardFigures{};
        std::optional<Result<std::vector<review::ReconciliationRow>>> reconciliation;
        int generation = 0;
    };
    bool isLeader() const;
    void load();
    void onLoaded();
    void fill();
    void fillTable(Panel panel, const QStringList &header, const std::vector<QStringList> &rows);
    QChart *makeChart(Panel panel) const;
    QString panelTitle(Panel panel) const;
    const std::vector<review::ProgressRow> &progressRows() const;
    void updateRoleTexts();
    void retranslateUi();

    Session &m_session;
    const TariffLibrary &m_tariffs;
    QLabel *m_intro;
    QLabel *m_summary;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_groupBy;
    QPushButton *m_refresh;
    QPushButton *m_png;
    QPushButton *m_report;
    QTabWidget *m_tabs;
    QChartView *m_views[PanelCount] = {};
    QTableView *m_tables[PanelCount] = {};
    QStandardItemModel *m_models[PanelCount] = {};
    QTableView *m_recordsTable;
    QStandardItemModel *m_recordsModel;
    QFutureWatcher<Loaded> m_watcher;
    review::DashboardFigures m_figures;
    std::vector<review::ReconciliationRow> m_reconciliation;
    QString m_error;
    bool m_reloadWanted = false;
    bool m_loading = false;
    bool m_reconcileWanted = true; ///< the next load reads the reconciliation too (a leader's)
    int m_generation = 0;          ///< of the data file shown; a result read from an earlier one is dropped
};

} // namespace ta
