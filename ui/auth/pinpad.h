#pragma once

#include "models/profiles/profilestore.h"

#include <QWidget>

class QTimer;
class QLineEdit;
class QPushButton;
class QLabel;

namespace ta {

/// PIN entry for fingers and keyboards alike: a masked field that takes typed digits and Enter, and a
/// 3×4 keypad of large buttons. Emits submitted() with the PIN and clears itself.
class PinPad : public QWidget
{
    Q_OBJECT

public:
    explicit PinPad(QWidget *parent = nullptr);

    QString pin() const;
    void clear();
    /// Shows a message under the field (wrong PIN, wait time); empty hides it.
    void setMessage(const QString &text);
    QString message() const;
    /// Disables entry (during a back-off) or enables it again.
    void setEntryEnabled(bool enabled);
    /// The PIN being entered has @p digits digits (0: not known): when that many are typed, it is submitted
    /// without a tap on the confirm key.
    void setExpectedLength(int digits);
    /// Explains a refused PIN; during a back-off, disables entry and counts down until the next try.
    void showRejected(const SignInResult &result);
    QLineEdit *field() const { return m_field; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *digitButton(int digit) const;

Q_SIGNALS:
    void submitted(const QString &pin);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void retranslateUi();
    void tick();
    int m_expectedLength = 0;

    QLineEdit *m_field;
    QLabel *m_message;
    QPushButton *m_digits[10];
    QPushButton *m_backspace;
    QPushButton *m_submit;
    QTimer *m_countdown;
    qint64 m_waitLeft = 0;
};

} // namespace ta
