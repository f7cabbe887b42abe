#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace ta {
class Session;
}

namespace ta {

class PinPad;

/// The profile picker: the workspace's profiles as large rows, a PIN pad, "New profile", and the switch
/// between the real workspace and training mode.
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(Session &session, QWidget *parent = nullptr);

    /// Re-reads the profiles of the open workspace.
    void refresh();
    /// Selects the profile row of @p profileId, if listed.
    void selectProfile(qint64 profileId);
    QListWidget *profileList() const { return m_profiles; }
    PinPad *pinPad() const { return m_pinPad; }
    QPushButton *newProfileButton() const { return m_newProfile; }
    QPushButton *trainingButton() const { return m_training; }

Q_SIGNALS:
    void newProfileRequested();
    /// The user asked to enter (true) or leave (false) training mode.
    void trainingRequested(bool enter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void trySignIn(const QString &pin);
    void retranslateUi();
    qint64 selectedProfileId() const;

    Session &m_session;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_trainingHint;
    QListWidget *m_profiles;
    QLabel *m_pinLabel;
    PinPad *m_pinPad;
    QPushButton *m_newProfile;
    QPushButton *m_training;
};

} // namespace ta
