#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ta {
class Session;
}

namespace ta {

class PinPad;

/// Shown after the idle time: the signed-in person's PIN unlocks and returns to where they were; the
/// pages behind keep their state. "Sign out" is there for handing the device to someone else.
class LockPage : public QWidget
{
    Q_OBJECT

public:
    explicit LockPage(Session &session, QWidget *parent = nullptr);
    void prepare();
    PinPad *pinPad() const { return m_pinPad; }
    QPushButton *signOutButton() const { return m_signOut; }

Q_SIGNALS:
    void unlocked();
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void tryUnlock(const QString &pin);
    void retranslateUi();

    Session &m_session;
    QLabel *m_title;
    QLabel *m_who;
    PinPad *m_pinPad;
    QPushButton *m_signOut;
};

} // namespace ta
