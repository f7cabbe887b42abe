#pragma once

// The app's sync in the background: one SyncEngine on a thread of its own, fed one job at a time (a sync,
// an enrollment step), so the screen never waits for the network or the disk. It syncs when a network
// appears, every few minutes while signed in, after a record is finalised, and when asked ("Sync now").
// Results come back as signals on the thread that made the service.
//
// The engine's thread runs a plain job queue rather than an event loop: while a request waits for its
// answer, nothing else of the engine can run in between.

#include "models/sync/syncengine.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

namespace ta::sync {

class SyncService : public QObject
{
    Q_OBJECT

public:
    explicit SyncService(QObject *parent = nullptr);
    ~SyncService() override;

    /// Takes @p engine (null: no sync, as in training or signed out); the previous one is stopped first.
    void setEngine(std::unique_ptr<SyncEngine> engine);
    bool hasEngine() const { return m_thread != nullptr; }
    /// Whether a job is running or waiting.
    bool isBusy() const { return m_busy > 0; }

    /// A sync of every waiting record now, whatever their back-off ("Sync now").
    void syncNow();
    /// A sync of the records that are due (the automatic runs).
    void syncDue();
    void enroll(const EnrollmentLink &link);
    void checkEnrollment();
    /// A leader's device: assigns @p customers to the inspector device @p device (assignFinished answers).
    void assign(const QString &device, const QStringList &customers, const QString &reason, const QString &campaign,
                const QDate &due);
    void unenroll();
    /// Stops the running job as soon as it can.
    void cancel();

    /// Automatic syncs: every @p intervalMs (0: none) and when the network comes back.
    void setAutomatic(int intervalMs);

Q_SIGNALS:
    void busyChanged(bool busy);
    void syncFinished(const ta::sync::SyncReport &report);
    void enrollFinished(const ta::sync::SyncReport &report);
    void assignFinished(const ta::sync::SyncReport &report);
    void unenrolled(const QString &error);
    void progress(const QString &recordId, qint64 sent, qint64 total);
    void recordChanged(const QString &recordId);

private:
    using Job = std::function<void(SyncEngine &)>;
    void post(Job job);
    void stopThread();
    void setBusy(int delta);
    void deliver(int generation, std::function<void()> result);

    QThread *m_thread = nullptr;
    SyncEngine *m_engine = nullptr; ///< owned by the thread's function, deleted there
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    bool m_syncQueued = false;
    int m_busy = 0;
    int m_generation = 0; ///< of the current engine; results of an earlier one are dropped
    QTimer m_timer;
};

} // namespace ta::sync

Q_DECLARE_METATYPE(ta::sync::SyncReport)
