#include "ui/sync/outboxpage.h"

#include "models/sync/outbox.h"
#include "models/sync/outboxmodel.h"
#include "models/sync/syncservice.h"
#include "models/workspace/session.h"
#include "ui/common/messagebox.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ta {

OutboxPage::OutboxPage(Session &session, sync::SyncService &service, QWidget *parent)
    : QWidget(parent), m_session(session), m_service(service)
{
    setObjectName(QStringLiteral("outboxPage"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("outboxStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("outboxCounts"));
    m_syncNow = new QPushButton(this);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setMinimumHeight(44);
    m_stop = new QPushButton(this);
    m_stop->setObjectName(QStringLiteral("syncStop"));
    m_stop->setMinimumHeight(44);

    m_model = new sync::OutboxModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(44);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(sync::OutboxModel::State, QHeaderView::Stretch);
    for (const int column : {sync::OutboxModel::Number, sync::OutboxModel::Customer, sync::OutboxModel::Queued})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    // The selected record's state in full: the server's reason or the leader's comment is read here, not in a
    // tooltip a finger cannot hover.
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("outboxDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("outboxRetry"));
    m_retry->setMinimumHeight(44);
    m_discard = new QPushButton(this);
    m_discard->setObjectName(QStringLiteral("outboxDiscard"));
    m_discard->setMinimumHeight(44);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_stop);
    top->addWidget(m_syncNow);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_detail, 1);
    actions->addWidget(m_retry);
    actions->addWidget(m_discard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(top);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_syncNow, &QPushButton::clicked, &m_service, &sync::SyncService::syncNow);
    connect(m_stop, &QPushButton::clicked, &m_service, &sync::SyncService::cancel);
    connect(m_retry, &QPushButton::clicked, this, &OutboxPage::retrySelected);
    connect(m_discard, &QPushButton::clicked, this, &OutboxPage::discardSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutboxPage::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxPage::updateSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OutboxPage::updateSelection);
    connect(&m_service, &sync::SyncService::busyChanged, this, &OutboxPage::updateStatus);
    connect(&m_service, &sync::SyncService::progress, m_model, &sync::OutboxModel::setProgress);
    connect(&m_service, &sync::SyncService::recordChanged, m_model, &sync::OutboxModel::refreshRecord);
    connect(&m_service, &sync::SyncService::syncFinished, this, &OutboxPage::onFinished);
    connect(&m_service, &sync::SyncService::enrollFinished, this, &OutboxPage::updateStatus);
    connect(&m_service, &sync::SyncService::unenrolled, this, &OutboxPage::updateStatus);
    retranslateUi();
}

void OutboxPage::reload()
{
    m_model->setDatabase(m_session.data() && !m_session.isTraining() ? m_session.data()->connection() : QSqlDatabase());
    updateStatus();
}

void OutboxPage::release()
{
    m_model->setDatabase(QSqlDatabase());
}

void OutboxPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void OutboxPage::onFinished(const sync::SyncReport &)
{
    m_model->reload();
    updateStatus();
}

void OutboxPage::updateStatus()
{
    const bool busy = m_service.isBusy();
    const bool real = m_session.data() && !m_session.isTraining();
    m_syncNow->setText(busy ? tr("Syncing…") : tr("Sync now"));
    m_syncNow->setEnabled(real && m_service.hasEngine() && !busy);
    m_stop->setVisible(busy);
    // Training never sends: nothing here to act on.
    for (QWidget *w : {static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_syncNow),
                       static_cast<QWidget *>(m_retry), static_cast<QWidget *>(m_discard)})
        w->setVisible(!m_session.isTraining());
    if (m_session.isTraining()) {
        m_status->setText(tr("Training records never leave this tablet: in training mode the outbox stays empty "
                             "and nothing is sent."));
        m_counts->clear();
        return;
    }
    if (!real) {
        m_status->clear();
        m_counts->clear();
        return;
    }
    sync::Outbox outbox(m_session.data()->connection());
    const auto enrollment = outbox.enrollment();
    QString status;
    if (!enrollment) {
        status = tr("This tablet is not enrolled with a branch server yet: records wait here. Enroll it in "
                    "Settings › Branch server.");
    } else if (enrollment->status == QLatin1StringView("pending")) {
        status =
            tr("Waiting for a branch leader to approve this tablet (comparison code %1).").arg(enrollment->comparison);
    } else if (enrollment->status == QLatin1StringView("revoked")) {
        status = sync::outcomeText(sync::SyncOutcome::Revoked);
    } else {
        const QDateTime last = QDateTime::fromString(outbox.value(QStringLiteral("lastSyncAt")), Qt::ISODateWithMs);
        status = last.isValid() ? tr("Server %1. Last synchronised %2.")
                                      .arg(enrollment->server.host(),
                                           last.toLocalTime().toString(QStringLiteral("HH:mm dd/MM/yyyy")))
                                : tr("Server %1. Not synchronised yet.").arg(enrollment->server.host());
    }
    const QString error = outbox.value(QStringLiteral("lastError"));
    if (!error.isEmpty() && enrollment && enrollment->approved()) {
        const QDateTime at = QDateTime::fromString(outbox.value(QStringLiteral("lastAttemptAt")), Qt::ISODateWithMs);
        status += QLatin1Char('\n') +
                  tr("Last attempt %1: %2").arg(at.toLocalTime().toString(QStringLiteral("HH:mm dd/MM/yyyy")), error);
    }
    m_status->setText(status);
    const sync::OutboxCounts c = outbox.counts();
    m_counts->setText(tr("%1 waiting · %2 received · %3 approved · %4 returned · %5 quarantined")
                          .arg(c.waiting)
                          .arg(c.received)
                          .arg(c.approved)
                          .arg(c.returned)
                          .arg(c.quarantined));
}

void OutboxPage::updateSelection()
{
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    const sync::OutboxEntry *e = rows.isEmpty() ? nullptr : m_model->entryAt(rows.constFirst().row());
    const bool quarantined = e && e->state == sync::OutboxState::Quarantined;
    m_retry->setEnabled(quarantined);
    m_discard->setEnabled(quarantined);
    m_detail->setText(e ? QStringLiteral("%1 — %2").arg(e->number, sync::stateText(*e)) : QString());
}

void OutboxPage::retrySelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const sync::OutboxEntry *e = rows.isEmpty() ? nullptr : m_model->entryAt(rows.constFirst().row());
    if (!e || !m_session.data())
        return;
    const QString id = e->recordId;
    if (Status s = sync::Outbox(m_session.data()->connection()).retry(id); !s) {
        MessageBox::warning(this, tr("Retry"), s.error());
        return;
    }
    m_model->refreshRecord(id);
    m_service.syncNow();
}

void OutboxPage::discardSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const sync::OutboxEntry *e = rows.isEmpty() ? nullptr : m_model->entryAt(rows.constFirst().row());
    if (!e || !m_session.data())
        return;
    const QString id = e->recordId;
    if (!MessageBox::confirm(this, tr("Take out of the outbox"),
                             tr("Record %1 will no longer be sent to the branch server. The signed record and its "
                                "PDF stay on this tablet under Inspections.\n\nThe server's reason: %2")
                                 .arg(e->number, e->lastError),
                             tr("Take out")))
        return;
    if (Status s = sync::Outbox(m_session.data()->connection()).discard(id); !s) {
        MessageBox::warning(this, tr("Take out of the outbox"), s.error());
        return;
    }
    m_model->reload();
    updateStatus();
}

void OutboxPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OutboxPage::retranslateUi()
{
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, sync::OutboxModel::ColumnCount - 1);
    m_stop->setText(tr("Stop"));
    m_retry->setText(tr("Send again"));
    m_discard->setText(tr("Take out…"));
    updateStatus();
    updateSelection();
}

} // namespace ta
