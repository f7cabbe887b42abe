#include "ui/auth/signinpage.h"

#include "models/workspace/session.h"
#include "ui/auth/pinpad.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ta {

namespace {
constexpr int kProfileIdRole = Qt::UserRole + 1;
constexpr int kPinLengthRole = Qt::UserRole + 2;
} // namespace

SignInPage::SignInPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("signInPage"));
    m_title = new QLabel(this);
    m_title->setProperty("heading", true);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    m_trainingHint = new QLabel(this);
    m_trainingHint->setObjectName(QStringLiteral("trainingHint"));
    m_trainingHint->setWordWrap(true);

    m_profiles = new QListWidget(this);
    m_profiles->setObjectName(QStringLiteral("profileList"));
    m_profiles->setProperty("touchList", true);
    m_profiles->setSpacing(4);
    m_profiles->setUniformItemSizes(true);
    connect(m_profiles, &QListWidget::currentRowChanged, this, [this] {
        // The chosen person's PIN is tried as soon as all its digits are in.
        const QListWidgetItem *item = m_profiles->currentItem();
        m_pinPad->setExpectedLength(item ? item->data(kPinLengthRole).toInt() : 0);
        m_pinPad->setMessage({});
        m_pinPad->setFocus();
    });
    connect(m_profiles, &QListWidget::itemActivated, this, [this] { m_pinPad->setFocus(); });

    m_pinLabel = new QLabel(this);
    m_pinPad = new PinPad(this);
    m_pinPad->setMaximumWidth(360);
    connect(m_pinPad, &PinPad::submitted, this, &SignInPage::trySignIn);

    m_newProfile = new QPushButton(this);
    m_newProfile->setObjectName(QStringLiteral("newProfileButton"));
    connect(m_newProfile, &QPushButton::clicked, this, &SignInPage::newProfileRequested);
    m_training = new QPushButton(this);
    m_training->setObjectName(QStringLiteral("trainingButton"));
    connect(m_training, &QPushButton::clicked, this, [this] { Q_EMIT trainingRequested(!m_session.isTraining()); });

    auto *left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addWidget(m_subtitle);
    left->addWidget(m_trainingHint);
    left->addWidget(m_profiles, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(m_newProfile);
    leftButtons->addWidget(m_training);
    leftButtons->addStretch();
    left->addLayout(leftButtons);

    auto *right = new QVBoxLayout;
    right->addStretch();
    right->addWidget(m_pinLabel);
    right->addWidget(m_pinPad);
    right->addStretch();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(32);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    connect(&m_session, &Session::workspaceChanged, this, &SignInPage::refresh);
    retranslateUi();
}

void SignInPage::refresh()
{
    const qint64 previous = selectedProfileId();
    m_profiles->clear();
    m_pinPad->clear();
    m_pinPad->setMessage({});
    if (!m_session.workspace())
        return;
    const QList<Profile> profiles = m_session.workspace()->profiles().profiles();
    for (const Profile &p : profiles) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1\n%2 · %3 · %4").arg(p.fullName, roleName(p.role), p.branch, p.cardNumber), m_profiles);
        item->setData(kProfileIdRole, p.id);
        item->setData(kPinLengthRole, p.pinLength);
        item->setSizeHint(QSize(0, 72));
    }
    if (m_profiles->count() > 0)
        m_profiles->setCurrentRow(0);
    selectProfile(previous);
    retranslateUi();
}

void SignInPage::selectProfile(qint64 profileId)
{
    for (int i = 0; i < m_profiles->count(); ++i) {
        if (m_profiles->item(i)->data(kProfileIdRole).toLongLong() == profileId)
            m_profiles->setCurrentRow(i);
    }
}

qint64 SignInPage::selectedProfileId() const
{
    const QListWidgetItem *item = m_profiles->currentItem();
    return item ? item->data(kProfileIdRole).toLongLong() : 0;
}

void SignInPage::trySignIn(const QString &pin)
{
    const qint64 id = selectedProfileId();
    if (id == 0) {
        m_pinPad->setMessage(tr("Choose your profile first."));
        return;
    }
    const SignInResult result = m_session.signIn(id, pin);
    if (result.accepted()) {
        m_pinPad->setMessage({});
        return;
    }
    m_pinPad->showRejected(result);
}

void SignInPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Role names in the rows are translated too.
        if (m_session.workspace())
            refresh();
    }
    QWidget::changeEvent(event);
}

void SignInPage::retranslateUi()
{
    const bool training = m_session.isTraining();
    m_title->setText(training ? tr("Training: choose a practice profile") : tr("Who is using this device?"));
    m_subtitle->setText(tr("Choose your profile, then enter your PIN."));
    m_trainingHint->setText(
        tr("Every training profile uses the PIN %1. Training customers are generated and never mix with real data.")
            .arg(TrainingData::pin()));
    m_trainingHint->setVisible(training);
    m_pinLabel->setText(tr("PIN"));
    m_newProfile->setText(tr("New profile"));
    m_newProfile->setVisible(!training);
    m_training->setText(training ? tr("Leave training mode") : tr("Training mode"));
}

} // namespace ta
