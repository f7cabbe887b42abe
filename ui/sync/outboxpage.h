#pragma once

// The Outbox: every signed record of the profile and its honest state — waiting, sending (with progress),
// received (the time on the server's receipt), approved, returned (the leader's comment), quarantined (the
// server's reason, with retry and discard) — the last sync and its error in words, and "Sync now". The
// sync itself runs on the SyncService's thread; this page only shows and asks.

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ta {

class Session;

namespace sync {
class OutboxModel;
class SyncService;
struct SyncReport;
} // namespace sync

class OutboxPage : public QWidget
{
    Q_OBJECT

public:
    OutboxPage(Session &session, sync::SyncService &service, QWidget *parent = nullptr);

    /// Reads the outbox and the last sync again (after sign-in, a finalised record).
    void reload();
    /// Lets go of the data file's connection (it is about to close).
    void release();

    sync::OutboxModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *syncButton() const { return m_syncNow; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *discardButton() const { return m_discard; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *detailLabel() const { return m_detail; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateStatus();
    void updateSelection();
    void retrySelected();
    void discardSelected();
    void onFinished(const sync::SyncReport &report);
    void retranslateUi();

    Session &m_session;
    sync::SyncService &m_service;
    sync::OutboxModel *m_model;
    QLabel *m_status;
    QLabel *m_counts;
    QTableView *m_table;
    QLabel *m_detail;
    QPushButton *m_syncNow;
    QPushButton *m_stop;
    QPushButton *m_retry;
    QPushButton *m_discard;
};

} // namespace ta
