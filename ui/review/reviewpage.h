#pragma once

// The Review page (branch leaders): the queue of records the branch server received, newest first, with
// filters (status, inspector, substation, finding, money at stake, text); the selected record as its pages
// read (every field, the checks with their legal basis, photos and drawn signatures) and, for a correction,
// what changed from the revision it replaces; Approve, or Return with a required comment; the PDF; and the
// CMIS export of the approved corrections. Decisions are signed here and sent with the next sync, so the
// page works on a laptop whose network comes and goes.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace ta {

class Session;

namespace review {
class ReviewQueueModel;
}
namespace sync {
class SyncService;
struct SyncReport;
} // namespace sync

class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    ReviewPage(Session &session, sync::SyncService &service, QWidget *parent = nullptr);

    void reload();
    void release();

    review::ReviewQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *recordView() const { return m_record; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *returnButton() const { return m_return; }
    QPushButton *exportButton() const { return m_export; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *campaignFilter() const { return m_campaignFilter; }
    QComboBox *impactFilter() const { return m_impactFilter; }
    QLabel *statusLabel() const { return m_status; }

    /// Approves the selected revision (the Approve button).
    void approveSelected();
    /// Asks for the comment and returns the selected revision (the Return button).
    void returnSelected();
    /// Writes the approved corrections of the chosen days for CMIS (the Export button).
    void exportCmis();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void fillFilters();
    void showSelected();
    void decide(bool approve, const QString &comment);
    void openPdf();
    void onSyncFinished(const sync::SyncReport &report);
    void retranslateUi();

    Session &m_session;
    sync::SyncService &m_service;
    review::ReviewQueueModel *m_model;
    QLabel *m_intro;
    QLabel *m_status;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QComboBox *m_inspectorFilter;
    QComboBox *m_substationFilter;
    QComboBox *m_findingFilter;
    QComboBox *m_campaignFilter;
    QComboBox *m_impactFilter;
    QTableView *m_table;
    QLabel *m_badges;
    QTextBrowser *m_record;
    QPushButton *m_approve;
    QPushButton *m_return;
    QPushButton *m_pdf;
    QPushButton *m_export;
    QPushButton *m_syncNow;
    QString m_selectedId;
    int m_selectedRevision = 0;
};

} // namespace ta
