#pragma once

#include <QObject>

class QTimer;

namespace ta {

/// Watches the whole application's input (mouse, keys, touch, wheel) and emits idle() once no input came
/// for the timeout. Any input restarts the count.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;
    void setTimeoutMs(int ms);
    int timeoutMs() const;
    void setActive(bool active);
    bool isActive() const;

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer;
    bool m_active = false;
};

} // namespace ta
