#pragma once

#include "models/profiles/profile.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ta {
class Session;
}

namespace ta {

/// Creates a profile: full name, staff / KTV card number, branch, role and PIN (typed twice). The rules
/// live in ProfileStore; this form only collects and shows its answer.
class ProfileForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileForm(Session &session, QWidget *parent = nullptr);

    /// Empties the fields; @p cancellable shows Cancel (not on a first run, where a profile is needed).
    /// Empties the form. @p addedBy: the role of the person signed in who adds the profile (none at the
    /// sign-in screen): the roles offered follow the profile store's rule.
    void reset(bool cancellable, std::optional<Role> addedBy = std::nullopt);
    QString errorText() const;

Q_SIGNALS:
    void created(qint64 profileId);
    void cancelled();
    void trainingRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void create();
    void retranslateUi();

    Session &m_session;
    std::optional<Role> m_addedBy;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_nameLabel;
    QLabel *m_cardLabel;
    QLabel *m_branchLabel;
    QLabel *m_roleLabel;
    QLabel *m_pinLabel;
    QLabel *m_pinAgainLabel;
    QLineEdit *m_name;
    QLineEdit *m_card;
    QLineEdit *m_branch;
    QComboBox *m_role;
    QLineEdit *m_pin;
    QLineEdit *m_pinAgain;
    QLabel *m_error;
    QPushButton *m_create;
    QPushButton *m_cancel;
    QPushButton *m_training;
};

} // namespace ta
