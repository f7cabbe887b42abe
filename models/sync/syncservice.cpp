#include "models/sync/syncservice.h"

#include "models/core/logging.h"

#include <QNetworkInformation>

namespace ta::sync {

SyncService::SyncService(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ta::sync::SyncReport>();
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SyncService::syncDue);
}

SyncService::~SyncService()
{
    stopThread();
}

void SyncService::setAutomatic(int intervalMs)
{
    if (intervalMs > 0)
        m_timer.start(intervalMs);
    else
        m_timer.stop();
    // The network coming back is the moment records waiting for it should go.
    if (intervalMs > 0 && (QNetworkInformation::instance() || QNetworkInformation::loadDefaultBackend())) {
        connect(
            QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) {
                if (r == QNetworkInformation::Reachability::Online || r == QNetworkInformation::Reachability::Site)
                    syncDue();
            },
            Qt::UniqueConnection);
    }
}

void SyncService::setEngine(std::unique_ptr<SyncEngine> engine)
{
    stopThread();
    if (!engine)
        return;
    m_engine = engine.release();
    m_thread = QThread::create([this, engine = m_engine] {
        for (;;) {
            Job job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
                if (m_stopping)
                    break;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            job(*engine);
        }
        delete engine; // on its own thread, with its network access and data connection
    });
    m_thread->setObjectName(QStringLiteral("sync"));
    m_engine->moveToThread(m_thread);
    connect(m_engine, &SyncEngine::progress, this, &SyncService::progress, Qt::QueuedConnection);
    connect(m_engine, &SyncEngine::recordChanged, this, &SyncService::recordChanged, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
}

void SyncService::stopThread()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_jobs.clear();
    }
    m_engine->cancel();
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_engine = nullptr;
    ++m_generation;
    m_stopping = false;
    m_syncQueued = false;
    if (m_busy != 0) {
        m_busy = 0;
        Q_EMIT busyChanged(false);
    }
}

void SyncService::deliver(int generation, std::function<void()> result)
{
    // Back on the service's thread; a result of an engine stopped since (signed out) is dropped.
    QMetaObject::invokeMethod(this, [this, generation, result = std::move(result)] {
        if (generation != m_generation)
            return;
        setBusy(-1);
        result();
    });
}

void SyncService::setBusy(int delta)
{
    const bool before = m_busy > 0;
    m_busy += delta;
    if (before != (m_busy > 0))
        Q_EMIT busyChanged(m_busy > 0);
}

void SyncService::post(Job job)
{
    if (!m_thread)
        return;
    setBusy(+1);
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void SyncService::syncNow()
{
    if (!m_thread)
        return;
    post([this, generation = m_generation](SyncEngine &engine) {
        const SyncReport report = engine.syncOnce(true);
        deliver(generation, [this, report] { Q_EMIT syncFinished(report); });
    });
}

void SyncService::syncDue()
{
    // One automatic run waiting is enough.
    if (!m_thread || m_syncQueued)
        return;
    m_syncQueued = true;
    post([this, generation = m_generation](SyncEngine &engine) {
        QMetaObject::invokeMethod(this, [this, generation] {
            if (generation == m_generation)
                m_syncQueued = false;
        });
        const SyncReport report = engine.syncOnce(false);
        deliver(generation, [this, report] { Q_EMIT syncFinished(report); });
    });
}

void SyncService::enroll(const EnrollmentLink &link)
{
    post([this, link, generation = m_generation](SyncEngine &engine) {
        const SyncReport report = engine.enroll(link);
        deliver(generation, [this, report] { Q_EMIT enrollFinished(report); });
    });
}

void SyncService::assign(const QString &device, const QStringList &customers, const QString &reason,
                         const QString &campaign, const QDate &due)
{
    post([this, device, customers, reason, campaign, due, generation = m_generation](SyncEngine &engine) {
        const SyncReport report = engine.assign(device, customers, reason, campaign, due);
        deliver(generation, [this, report] { Q_EMIT assignFinished(report); });
    });
}

void SyncService::checkEnrollment()
{
    post([this, generation = m_generation](SyncEngine &engine) {
        const SyncReport report = engine.checkEnrollment();
        deliver(generation, [this, report] { Q_EMIT enrollFinished(report); });
    });
}

void SyncService::unenroll()
{
    post([this, generation = m_generation](SyncEngine &engine) {
        const Status s = engine.unenroll();
        const QString error = s ? QString() : s.error();
        deliver(generation, [this, error] { Q_EMIT unenrolled(error); });
    });
}

void SyncService::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

} // namespace ta::sync
