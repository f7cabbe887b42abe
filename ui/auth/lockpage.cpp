#include "ui/auth/lockpage.h"

#include "models/workspace/session.h"
#include "ui/auth/pinpad.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ta {

LockPage::LockPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("lockPage"));
    m_title = new QLabel(this);
    m_title->setProperty("heading", true);
    m_title->setAlignment(Qt::AlignCenter);
    m_who = new QLabel(this);
    m_who->setAlignment(Qt::AlignCenter);
    m_who->setWordWrap(true);
    m_pinPad = new PinPad(this);
    m_pinPad->setFixedWidth(340);
    connect(m_pinPad, &PinPad::submitted, this, &LockPage::tryUnlock);
    m_signOut = new QPushButton(this);
    m_signOut->setObjectName(QStringLiteral("lockSignOut"));
    connect(m_signOut, &QPushButton::clicked, this, &LockPage::signOutRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_who);
    layout->addWidget(m_pinPad, 0, Qt::AlignHCenter);
    layout->addWidget(m_signOut, 0, Qt::AlignHCenter);
    layout->addStretch();
    retranslateUi();
}

void LockPage::prepare()
{
    m_pinPad->clear();
    m_pinPad->setExpectedLength(m_session.profile() ? m_session.profile()->pinLength : 0);
    m_pinPad->setMessage({});
    retranslateUi();
    m_pinPad->setFocus();
}

void LockPage::tryUnlock(const QString &pin)
{
    const SignInResult result = m_session.unlock(pin);
    if (result.accepted()) {
        m_pinPad->setMessage({});
        Q_EMIT unlocked();
        return;
    }
    m_pinPad->showRejected(result);
}

void LockPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LockPage::retranslateUi()
{
    m_title->setText(tr("Locked"));
    const auto profile = m_session.profile();
    m_who->setText(profile ? tr("%1, enter your PIN to continue where you left off.").arg(profile->fullName)
                           : QString());
    m_signOut->setText(tr("Sign out"));
}

} // namespace ta
