#include "ui/sync/branchserverpage.h"

#include "models/sync/outbox.h"
#include "models/sync/syncservice.h"
#include "models/workspace/session.h"
#include "ui/common/messagebox.h"
#include "ui/sync/qrscandialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ta {

BranchServerPage::BranchServerPage(Session &session, sync::SyncService &service, QWidget *parent)
    : QWidget(parent), m_session(session), m_service(service)
{
    setObjectName(QStringLiteral("branchServerPage"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("enrollmentStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_comparison = new QLabel(this);
    m_comparison->setObjectName(QStringLiteral("comparisonCode"));
    QFont big = m_comparison->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 6);
    m_comparison->setFont(big);
    m_comparison->setAlignment(Qt::AlignCenter);
    m_linkLabel = new QLabel(this);
    m_linkLabel->setWordWrap(true);
    m_link = new QLineEdit(this);
    m_link->setObjectName(QStringLiteral("enrollmentLink"));
    m_link->setMinimumHeight(44);
    m_link->setClearButtonEnabled(true);
    m_linkLabel->setBuddy(m_link);
    m_scanNote = new QLabel(this);
    m_scanNote->setWordWrap(true);
    m_scanNote->setObjectName(QStringLiteral("scanNote"));
    m_enroll = new QPushButton(this);
    m_enroll->setObjectName(QStringLiteral("enroll"));
    m_enroll->setMinimumHeight(44);
    m_scan = new QPushButton(this);
    m_scan->setObjectName(QStringLiteral("scanCode"));
    m_scan->setMinimumHeight(44);
    m_check = new QPushButton(this);
    m_check->setObjectName(QStringLiteral("checkApproval"));
    m_check->setMinimumHeight(44);
    m_unenroll = new QPushButton(this);
    m_unenroll->setObjectName(QStringLiteral("unenroll"));
    m_unenroll->setMinimumHeight(44);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("enrollmentMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_scan);
    buttons->addWidget(m_enroll);
    buttons->addWidget(m_check);
    buttons->addStretch();
    buttons->addWidget(m_unenroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(m_status);
    layout->addWidget(m_comparison);
    layout->addWidget(m_linkLabel);
    layout->addWidget(m_link);
    layout->addWidget(m_scanNote);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch();

    connect(m_enroll, &QPushButton::clicked, this, &BranchServerPage::enroll);
    connect(m_scan, &QPushButton::clicked, this, &BranchServerPage::scan);
    connect(m_link, &QLineEdit::returnPressed, this, &BranchServerPage::enroll);
    connect(m_check, &QPushButton::clicked, this, [this] {
        m_message->setText(tr("Asking the server…"));
        m_service.checkEnrollment();
    });
    connect(m_unenroll, &QPushButton::clicked, this, &BranchServerPage::unenroll);
    connect(&m_service, &sync::SyncService::enrollFinished, this, &BranchServerPage::onEnrollFinished);
    connect(&m_service, &sync::SyncService::unenrolled, this, [this](const QString &error) {
        m_message->setText(error.isEmpty() ? tr("This tablet no longer sends to a server. Its records wait in the "
                                                "outbox for a new enrollment.")
                                           : error);
        refresh();
    });
    connect(&m_service, &sync::SyncService::busyChanged, this, &BranchServerPage::refresh);
    connect(&m_service, &sync::SyncService::syncFinished, this, &BranchServerPage::refresh);
    retranslateUi();
}

void BranchServerPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void BranchServerPage::refresh()
{
    const bool real = m_session.data() && !m_session.isTraining();
    const bool busy = m_service.isBusy();
    std::optional<sync::Enrollment> e;
    if (real)
        e = sync::Outbox(m_session.data()->connection()).enrollment();
    const bool pending = e && e->status == QLatin1StringView("pending");
    m_comparison->setVisible(pending);
    m_comparison->setText(pending ? e->comparison : QString());
    for (QWidget *w :
         {static_cast<QWidget *>(m_linkLabel), static_cast<QWidget *>(m_link), static_cast<QWidget *>(m_scanNote),
          static_cast<QWidget *>(m_enroll), static_cast<QWidget *>(m_scan)})
        w->setVisible(real && (!e || e->status == QLatin1StringView("revoked")));
    m_enroll->setEnabled(!busy && m_service.hasEngine());
    m_scan->setEnabled(!busy && m_service.hasEngine());
    m_check->setVisible(pending);
    m_check->setEnabled(!busy);
    m_unenroll->setVisible(e.has_value());
    m_unenroll->setEnabled(!busy);
    if (m_session.isTraining()) {
        m_status->setText(tr("Training mode never talks to a branch server: training records stay on this tablet."));
    } else if (!real) {
        m_status->clear();
    } else if (!m_service.hasEngine()) {
        m_status->setText(tr("Sync cannot start on this tablet: the device key in the keychain cannot be read."));
    } else if (!e) {
        m_status->setText(tr("Not enrolled: records wait in the outbox until this tablet is enrolled with the "
                             "branch server."));
    } else if (pending) {
        m_status->setText(tr("Enrolled with %1, waiting for a branch leader's approval. Read this code to the "
                             "leader: it must be the code the server shows beside this tablet.")
                              .arg(e->server.toString()));
    } else if (e->status == QLatin1StringView("revoked")) {
        m_status->setText(tr("The server %1 revoked this tablet. Enroll again with a new link from a branch leader.")
                              .arg(e->server.toString()));
    } else {
        m_status->setText(tr("Sends its records to %1 (server %2). Certificate pin %3…")
                              .arg(e->server.toString(), e->serverId, e->caPin.left(16)));
    }
}

void BranchServerPage::enroll()
{
    const auto link = sync::EnrollmentLink::parse(m_link->text());
    if (!link) {
        m_message->setText(link.error());
        m_link->setFocus();
        return;
    }
    m_message->setText(tr("Enrolling with %1…").arg(link->server.toString()));
    m_service.enroll(link.value());
}

void BranchServerPage::scan()
{
    auto *dialog = new QrScanDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_link->setText(dialog->text());
        enroll();
    });
    dialog->open();
}

void BranchServerPage::onEnrollFinished(const sync::SyncReport &report)
{
    if (report.outcome == sync::SyncOutcome::Done)
        m_link->clear();
    m_message->setText(report.outcome == sync::SyncOutcome::Done ? QString() : report.message);
    refresh();
}

void BranchServerPage::unenroll()
{
    if (!MessageBox::confirm(this, tr("Unenroll"),
                             tr("This tablet will stop sending records to the branch server. Records not yet "
                                "received stay in the outbox until the tablet is enrolled again."),
                             tr("Unenroll")))
        return;
    m_service.unenroll();
}

void BranchServerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BranchServerPage::retranslateUi()
{
    m_linkLabel->setText(tr("&Enrollment link from a branch leader"));
    m_link->setPlaceholderText(QStringLiteral("tariff-audit-enroll:1?server=…&pin=…&code=…"));
    m_scanNote->setText(tr("Scan the QR code on the leader's screen, or paste the link the leader sent "
                           "(tariff-audit-server codes create prints both)."));
    m_scan->setText(tr("Scan the QR code…"));
    m_enroll->setText(tr("Enroll"));
    m_check->setText(tr("Check approval"));
    m_unenroll->setText(tr("Unenroll…"));
    refresh();
}

} // namespace ta
