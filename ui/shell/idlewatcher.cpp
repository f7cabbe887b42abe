#include "ui/shell/idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace ta {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeoutMs(int ms)
{
    m_timer->setInterval(ms);
    if (m_active)
        m_timer->start();
}

int IdleWatcher::timeoutMs() const
{
    return m_timer->interval();
}

void IdleWatcher::setActive(bool active)
{
    m_active = active;
    if (active)
        m_timer->start();
    else
        m_timer->stop();
}

bool IdleWatcher::isActive() const
{
    return m_active;
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (m_active) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TabletPress:
            m_timer->start();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ta
