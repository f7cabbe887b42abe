#include "ui/auth/profileform.h"

#include "models/workspace/session.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ta {

ProfileForm::ProfileForm(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("profileForm"));
    m_title = new QLabel(this);
    m_title->setProperty("heading", true);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    const auto makeEdit = [this](const char *name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1StringView(name));
        return e;
    };
    m_name = makeEdit("profileName");
    m_card = makeEdit("profileCard");
    m_branch = makeEdit("profileBranch");
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("profileRole"));
    m_pin = makeEdit("profilePin");
    m_pinAgain = makeEdit("profilePinAgain");
    for (QLineEdit *e : {m_pin, m_pinAgain}) {
        e->setEchoMode(QLineEdit::Password);
        e->setMaxLength(8);
        e->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), e));
        e->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    }
    m_nameLabel = new QLabel(this);
    m_cardLabel = new QLabel(this);
    m_branchLabel = new QLabel(this);
    m_roleLabel = new QLabel(this);
    m_pinLabel = new QLabel(this);
    m_pinAgainLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_cardLabel->setBuddy(m_card);
    m_branchLabel->setBuddy(m_branch);
    m_roleLabel->setBuddy(m_role);
    m_pinLabel->setBuddy(m_pin);
    m_pinAgainLabel->setBuddy(m_pinAgain);

    auto *form = new QFormLayout;
    form->setVerticalSpacing(12);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_cardLabel, m_card);
    form->addRow(m_branchLabel, m_branch);
    form->addRow(m_roleLabel, m_role);
    form->addRow(m_pinLabel, m_pin);
    form->addRow(m_pinAgainLabel, m_pinAgain);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("profileError"));
    m_error->setProperty("error", true);
    m_error->setWordWrap(true);
    m_error->hide();

    m_create = new QPushButton(this);
    m_create->setObjectName(QStringLiteral("profileCreate"));
    m_create->setProperty("accent", true);
    m_create->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("profileCancel"));
    connect(m_create, &QPushButton::clicked, this, &ProfileForm::create);
    connect(m_cancel, &QPushButton::clicked, this, &ProfileForm::cancelled);
    m_training = new QPushButton(this);
    m_training->setObjectName(QStringLiteral("profileTraining"));
    connect(m_training, &QPushButton::clicked, this, &ProfileForm::trainingRequested);
    connect(m_pinAgain, &QLineEdit::returnPressed, this, &ProfileForm::create);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_training);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_create);

    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(m_intro);
    column->addSpacing(12);
    column->addLayout(form);
    column->addWidget(m_error);
    column->addLayout(buttons);
    column->addStretch();

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);
    retranslateUi();
}

void ProfileForm::reset(bool cancellable, std::optional<Role> addedBy)
{
    m_addedBy = addedBy;
    for (QLineEdit *e : {m_name, m_card, m_branch, m_pin, m_pinAgain})
        e->clear();
    retranslateUi(); // the roles offered
    m_role->setCurrentIndex(0);
    m_error->hide();
    m_cancel->setVisible(cancellable);
    // On a first run there is no profile to go back to; training mode is the other way in.
    m_training->setVisible(!cancellable);
    m_name->setFocus();
}

QString ProfileForm::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ProfileForm::create()
{
    if (!m_session.workspace())
        return;
    if (m_pin->text() != m_pinAgain->text()) {
        m_error->setText(tr("PIN: the two entries differ. Type the same PIN twice."));
        m_error->show();
        m_pinAgain->clear();
        m_pinAgain->setFocus();
        return;
    }
    ProfileInput input;
    input.fullName = m_name->text();
    input.cardNumber = m_card->text();
    input.branch = m_branch->text();
    input.role = static_cast<Role>(m_role->currentData().toInt());
    input.pin = m_pin->text();
    input.addedBy = m_addedBy;
    auto created = m_session.workspace()->profiles().create(input);
    if (!created) {
        m_error->setText(created.error());
        m_error->show();
        return;
    }
    m_error->hide();
    Q_EMIT this->created(created->id);
}

void ProfileForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileForm::retranslateUi()
{
    m_title->setText(tr("New profile"));
    m_intro->setText(tr("Each person who uses this device signs in with their own profile and PIN. The PIN "
                        "is never stored, only a protected fingerprint of it."));
    m_nameLabel->setText(tr("&Full name"));
    m_cardLabel->setText(tr("Staff / KTV &card number"));
    m_branchLabel->setText(tr("&Branch (Điện lực)"));
    m_roleLabel->setText(tr("&Role"));
    m_pinLabel->setText(tr("&PIN (4–8 digits)"));
    m_pinAgainLabel->setText(tr("PIN &again"));
    m_name->setPlaceholderText(tr("e.g. Nguyễn Văn An"));
    m_branch->setPlaceholderText(tr("e.g. Điện lực Thủ Dầu Một"));
    // A leader's or trainer's profile is added by a signed-in branch leader, or as a tablet's first profile
    // (ProfileStore::create decides; the form offers only what it would accept).
    const bool anyRole = m_addedBy == Role::BranchLeader ||
                         (m_session.workspace() && m_session.workspace()->profiles().profiles().isEmpty());
    const int current = qMax(0, m_role->currentIndex());
    m_role->clear();
    for (Role r : {Role::Inspector, Role::BranchLeader, Role::Trainer}) {
        if (anyRole || r == Role::Inspector)
            m_role->addItem(roleName(r), static_cast<int>(r));
    }
    m_role->setCurrentIndex(qMin(current, m_role->count() - 1));
    m_role->setEnabled(m_role->count() > 1);
    m_role->setToolTip(anyRole ? QString()
                               : tr("A leader's or trainer's profile is added by a branch leader signed in on this "
                                    "tablet, from Settings."));
    m_create->setText(tr("Create profile"));
    m_cancel->setText(tr("Cancel"));
    m_training->setText(tr("Training mode"));
}

} // namespace ta
