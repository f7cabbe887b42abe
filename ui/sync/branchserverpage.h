#pragma once

// Settings › Branch server: enroll this tablet's profile with the branch server (the leader's enrollment link,
// pasted), the comparison code to read to the leader, checking the approval, the server the tablet sends to,
// and unenrolling. Everything that talks to the server runs on the SyncService's thread.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ta {

class Session;

namespace sync {
class SyncService;
struct SyncReport;
} // namespace sync

class BranchServerPage : public QWidget
{
    Q_OBJECT

public:
    BranchServerPage(Session &session, sync::SyncService &service, QWidget *parent = nullptr);

    void refresh();

    QLineEdit *linkField() const { return m_link; }
    QPushButton *enrollButton() const { return m_enroll; }
    QPushButton *scanButton() const { return m_scan; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *unenrollButton() const { return m_unenroll; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *comparisonLabel() const { return m_comparison; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void enroll();
    void scan();
    void unenroll();
    void onEnrollFinished(const sync::SyncReport &report);
    void retranslateUi();

    Session &m_session;
    sync::SyncService &m_service;
    QLabel *m_status;
    QLabel *m_comparison;
    QLabel *m_linkLabel;
    QLineEdit *m_link;
    QLabel *m_scanNote;
    QPushButton *m_enroll;
    QPushButton *m_scan;
    QPushButton *m_check;
    QPushButton *m_unenroll;
    QLabel *m_message;
};

} // namespace ta
