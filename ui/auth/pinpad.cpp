#include "ui/auth/pinpad.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

namespace ta {

PinPad::PinPad(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pinPad"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("pinField"));
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setMaxLength(8);
    m_field->setAlignment(Qt::AlignCenter);
    m_field->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), this));
    m_field->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_field->setMinimumHeight(56);
    connect(m_field, &QLineEdit::returnPressed, this, &PinPad::submit);
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Queued: the digit's own key event finishes before the sign-in (and its Argon2 check) runs.
        if (m_expectedLength > 0 && text.size() == m_expectedLength)
            QMetaObject::invokeMethod(this, &PinPad::submit, Qt::QueuedConnection);
    });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pinMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    for (int d = 0; d <= 9; ++d) {
        m_digits[d] = new QPushButton(QString::number(d), this);
        m_digits[d]->setObjectName(QStringLiteral("pinDigit%1").arg(d));
        m_digits[d]->setProperty("keypad", true);
        m_digits[d]->setFocusPolicy(Qt::NoFocus);
        connect(m_digits[d], &QPushButton::clicked, this, [this, d] {
            if (m_field->text().size() < m_field->maxLength())
                m_field->setText(m_field->text() + QString::number(d));
        });
        if (d > 0)
            grid->addWidget(m_digits[d], (d - 1) / 3, (d - 1) % 3);
    }
    m_backspace = new QPushButton(this);
    m_backspace->setObjectName(QStringLiteral("pinBackspace"));
    m_backspace->setProperty("keypad", true);
    m_backspace->setFocusPolicy(Qt::NoFocus);
    connect(m_backspace, &QPushButton::clicked, this, [this] { m_field->backspace(); });
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("pinSubmit"));
    m_submit->setProperty("keypad", true);
    m_submit->setProperty("accent", true);
    connect(m_submit, &QPushButton::clicked, this, &PinPad::submit);
    grid->addWidget(m_backspace, 3, 0);
    grid->addWidget(m_digits[0], 3, 1);
    grid->addWidget(m_submit, 3, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_message);
    layout->addLayout(grid);
    setFocusProxy(m_field);

    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &PinPad::tick);
    retranslateUi();
}

void PinPad::showRejected(const SignInResult &result)
{
    clear();
    switch (result.outcome) {
    case SignInResult::Outcome::Accepted:
        setMessage({});
        return;
    case SignInResult::Outcome::UnknownProfile:
        setMessage(tr("This profile no longer exists."));
        return;
    case SignInResult::Outcome::WrongPin:
    case SignInResult::Outcome::Throttled:
        break;
    }
    if (result.waitSeconds > 0) {
        m_waitLeft = result.waitSeconds + 1; // tick() shows the full wait first
        setEntryEnabled(false);
        m_countdown->start();
        tick();
        return;
    }
    setMessage(tr("Wrong PIN. %n more tries before a waiting time.", nullptr, result.freeAttemptsLeft));
}

void PinPad::tick()
{
    --m_waitLeft;
    if (m_waitLeft <= 0) {
        m_countdown->stop();
        setEntryEnabled(true);
        setMessage(tr("You can try again now."));
        return;
    }
    setMessage(tr("Wrong PIN. Try again in %n seconds.", nullptr, int(m_waitLeft)));
}

QString PinPad::pin() const
{
    return m_field->text();
}

void PinPad::clear()
{
    m_field->clear();
}

void PinPad::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString PinPad::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void PinPad::setEntryEnabled(bool enabled)
{
    m_field->setEnabled(enabled);
    m_submit->setEnabled(enabled);
    m_backspace->setEnabled(enabled);
    for (QPushButton *b : m_digits)
        b->setEnabled(enabled);
    if (enabled)
        m_field->setFocus();
}

QPushButton *PinPad::digitButton(int digit) const
{
    return m_digits[qBound(0, digit, 9)];
}

void PinPad::setExpectedLength(int digits)
{
    m_expectedLength = digits;
}

void PinPad::submit()
{
    if (m_field->text().isEmpty() || !m_submit->isEnabled())
        return;
    const QString pin = m_field->text();
    m_field->clear();
    Q_EMIT submitted(pin);
}

void PinPad::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PinPad::retranslateUi()
{
    m_field->setPlaceholderText(tr("PIN"));
    m_field->setAccessibleName(tr("PIN"));
    m_backspace->setText(QStringLiteral("⌫"));
    m_backspace->setAccessibleName(tr("Delete last digit"));
    m_submit->setText(tr("OK"));
}

} // namespace ta
