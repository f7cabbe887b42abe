#include "ui/review/campaigndialogs.h"

#include "models/core/money.h"
#include "models/prescreen/prescreener.h"
#include "models/review/campaigns.h"
#include "models/storage/profiledata.h"
#include "models/sync/outbox.h"
#include "models/sync/syncservice.h"
#include "models/workspace/session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ta {

namespace {

QString narrowing(const CustomerListModel::Filter &f)
{
    QStringList parts;
    if (!f.substation.isEmpty())
        parts << CampaignDialog::tr("substation %1").arg(f.substation);
    if (!f.routeBook.isEmpty())
        parts << CampaignDialog::tr("route book %1").arg(f.routeBook);
    if (!f.mainGroup.isEmpty())
        parts << CampaignDialog::tr("price group %1").arg(f.mainGroup);
    return parts.isEmpty() ? CampaignDialog::tr("the whole customer list") : parts.join(QStringLiteral(", "));
}

QLabel *makeErrorLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1StringView(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

} // namespace

CampaignDialog::CampaignDialog(Session &session, const CustomerListModel::Filter &filter, QWidget *parent)
    : QDialog(parent), m_session(session), m_filter(filter)
{
    setObjectName(QStringLiteral("campaignDialog"));
    setWindowTitle(tr("New campaign"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("campaignName"));
    m_name->setMaxLength(120);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("campaignKind"));
    for (const QString &kind : review::Campaigns::kinds())
        m_kind->addItem(review::Campaigns::kindName(kind), kind);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(filter.rule)));
    m_planned = new QSpinBox(this);
    m_planned->setObjectName(QStringLiteral("campaignPlanned"));
    m_planned->setRange(1, 10'000'000);
    m_planned->setGroupSeparatorShown(true);
    m_deadline = new QDateEdit(session.today().addDays(30), this);
    m_deadline->setObjectName(QStringLiteral("campaignDeadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_candidates = new QLabel(this);
    m_candidates->setObjectName(QStringLiteral("campaignCandidates"));
    m_candidates->setWordWrap(true);
    m_error = makeErrorLabel(this, "campaignError");
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_kind, m_planned, m_deadline})
        w->setMinimumHeight(44);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Customers"), m_candidates);
    form->addRow(tr("Planned visits"), m_planned);
    form->addRow(tr("Deadline"), m_deadline);
    // Buttons of the dialog's own words (a standard button would take Qt's words back on a language change).
    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Create the campaign"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    for (QAbstractButton *b : buttons->buttons())
        b->setMinimumHeight(44);
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CampaignDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Room for the kinds' names, and two lines for the count that arrives later.
    setMinimumWidth(680);
    m_candidates->setMinimumHeight(2 * m_candidates->fontMetrics().lineSpacing() + 4);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CampaignDialog::countCandidates);
    countCandidates();
}

void CampaignDialog::countCandidates()
{
    if (!m_session.data())
        return;
    review::Campaign c;
    c.kind = m_kind->currentData().toString();
    c.substation = m_filter.substation;
    c.routeBook = m_filter.routeBook;
    c.mainGroup = m_filter.mainGroup;
    m_candidates->setText(tr("Counting…"));
    // Flagged customers of a million-row list: counted on a worker with its own connection.
    const QString path = m_session.data()->path();
    const WorkspaceKind kind = m_session.isTraining() ? WorkspaceKind::Training : WorkspaceKind::Real;
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, c] {
        const qint64 n = watcher->result();
        watcher->deleteLater();
        if (m_kind->currentData().toString() != c.kind)
            return;
        m_candidates->setText(tr("%1 customers flagged by “%2” in %3.")
                                  .arg(money::formatNumber(n), ruleName(c.kind), narrowing(m_filter)));
        if (n > 0)
            m_planned->setValue(int(std::min<qint64>(n, m_planned->maximum())));
    });
    const CustomerListModel::Filter filter = c.filter();
    watcher->setFuture(QtConcurrent::run([path, kind, filter]() -> qint64 {
        auto db = ProfileData::open(path, kind);
        if (!db)
            return 0;
        auto n = CustomerListModel::countOf(db.value()->connection(), filter);
        return n ? n.value() : 0;
    }));
}

void CampaignDialog::accept()
{
    if (!m_session.data())
        return;
    review::Campaign c;
    c.name = m_name->text();
    c.kind = m_kind->currentData().toString();
    c.substation = m_filter.substation;
    c.routeBook = m_filter.routeBook;
    c.mainGroup = m_filter.mainGroup;
    c.planned = m_planned->value();
    c.deadline = m_deadline->date();
    c.createdAt = m_session.now();
    if (Status s = review::Campaigns(m_session.data()->connection()).add(c); !s) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

AssignDialog::AssignDialog(Session &session, sync::SyncService &service, const QStringList &selected,
                           const CustomerListModel::Filter &filter, qint64 filteredCount, QWidget *parent)
    : QDialog(parent), m_session(session), m_service(service), m_selected(selected), m_filter(filter)
{
    setObjectName(QStringLiteral("assignDialog"));
    setWindowTitle(tr("Assign customers"));
    m_inspector = new QComboBox(this);
    m_inspector->setObjectName(QStringLiteral("assignInspector"));
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("assignCampaign"));
    m_due = new QDateEdit(session.today().addDays(14), this);
    m_due->setObjectName(QStringLiteral("assignDue"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("assignReason"));
    m_reason->setMaxLength(500);
    m_error = makeErrorLabel(this, "assignError");

    std::vector<review::Campaign> campaigns;
    if (session.data()) {
        const sync::Outbox outbox(session.data()->connection());
        const TrustedKeys keys = outbox.trustedKeys();
        for (const TrustedKey &k : keys.keys()) {
            if (!k.revoked && k.role != QLatin1StringView("leader"))
                m_inspector->addItem(k.name, k.device);
        }
        campaigns = review::Campaigns(session.data()->connection()).list();
    }
    m_campaign->addItem(tr("No campaign"), QString());
    for (const review::Campaign &c : campaigns)
        m_campaign->addItem(c.name, c.name);
    connect(m_campaign, &QComboBox::currentIndexChanged, this, [this, campaigns](int index) {
        const QString name = m_campaign->itemData(index).toString();
        for (const review::Campaign &c : campaigns) {
            if (c.name == name) {
                m_due->setDate(c.deadline);
                m_reason->setText(tr("Campaign %1: %2").arg(c.name, review::Campaigns::kindName(c.kind)));
            }
        }
        m_scopes[Campaign]->setEnabled(!name.isEmpty());
    });
    m_reason->setText(tr("Assigned from the worklist"));

    m_scopes[Selected] = new QRadioButton(tr("The %n selected customer(s)", nullptr, int(selected.size())), this);
    m_scopes[Filtered] = new QRadioButton(
        tr("Every customer of the list as filtered now: %1").arg(money::formatNumber(filteredCount)), this);
    m_scopes[Campaign] = new QRadioButton(tr("The campaign's customers (its kind and narrowing)"), this);
    m_scopes[Selected]->setObjectName(QStringLiteral("assignSelected"));
    m_scopes[Filtered]->setObjectName(QStringLiteral("assignFiltered"));
    m_scopes[Campaign]->setObjectName(QStringLiteral("assignCampaignCustomers"));
    m_scopes[Selected]->setEnabled(!selected.isEmpty());
    m_scopes[Campaign]->setEnabled(false);
    m_scopes[selected.isEmpty() ? Filtered : Selected]->setChecked(true);
    for (QWidget *w : std::initializer_list<QWidget *>{m_inspector, m_campaign, m_due, m_reason, m_scopes[0],
                                                       m_scopes[1], m_scopes[2]})
        w->setMinimumHeight(44);

    auto *scopes = new QVBoxLayout;
    for (QRadioButton *b : m_scopes)
        scopes->addWidget(b);
    auto *form = new QFormLayout;
    form->addRow(tr("Inspector"), m_inspector);
    form->addRow(tr("Customers"), scopes);
    form->addRow(tr("Campaign"), m_campaign);
    form->addRow(tr("Due"), m_due);
    form->addRow(tr("Reason"), m_reason);
    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Assign"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    for (QAbstractButton *b : buttons->buttons())
        b->setMinimumHeight(44);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssignDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (m_inspector->count() == 0) {
        auto *none = new QLabel(tr("No inspector's tablet is registered with the branch server yet: sync once "
                                   "after the operator approved them."),
                                this);
        none->setWordWrap(true);
        layout->addWidget(none);
        m_ok->setEnabled(false);
    }
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(680);
    connect(&m_service, &sync::SyncService::assignFinished, this, &AssignDialog::onFinished);
}

void AssignDialog::accept()
{
    if (m_waiting || !m_session.data())
        return;
    const auto fail = [this](const QString &why) {
        m_error->setText(why);
        m_error->show();
    };
    if (!m_service.hasEngine())
        return fail(tr("This device is not enrolled with a branch server; assignments go through it (Settings → "
                       "Branch server)."));
    if (m_inspector->currentIndex() < 0)
        return fail(tr("Inspector: choose whose tablet the customers go to."));
    if (m_reason->text().trimmed().isEmpty())
        return fail(tr("Reason: say why these customers are to be visited."));
    if (m_scopes[Selected]->isChecked())
        return send(m_selected);
    CustomerListModel::Filter filter = m_filter;
    if (m_scopes[Campaign]->isChecked()) {
        const auto campaign =
            review::Campaigns(m_session.data()->connection()).find(m_campaign->currentData().toString());
        if (!campaign)
            return fail(tr("Campaign: it is no longer on this device."));
        filter = campaign->filter();
    }
    // Up to 100,000 codes out of a million-row list: read on a worker with its own connection.
    m_waiting = true;
    m_ok->setEnabled(false);
    const QString path = m_session.data()->path();
    const WorkspaceKind kind = m_session.isTraining() ? WorkspaceKind::Training : WorkspaceKind::Real;
    auto *watcher = new QFutureWatcher<Result<QStringList>>(this);
    connect(watcher, &QFutureWatcher<Result<QStringList>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_waiting = false;
        m_ok->setEnabled(true);
        const Result<QStringList> listed = watcher->result();
        if (!listed) {
            m_error->setText(listed.error());
            m_error->show();
            return;
        }
        send(listed.value());
    });
    watcher->setFuture(QtConcurrent::run([path, kind, filter]() -> Result<QStringList> {
        auto db = ProfileData::open(path, kind);
        if (!db)
            return Result<QStringList>::failure(db.error());
        return CustomerListModel::codes(db.value()->connection(), filter, MaximumCustomers + 1);
    }));
}

void AssignDialog::send(const QStringList &codes)
{
    const auto fail = [this](const QString &why) {
        m_error->setText(why);
        m_error->show();
    };
    if (codes.isEmpty())
        return fail(tr("Customers: none to assign."));
    if (codes.size() > MaximumCustomers)
        return fail(tr("Customers: at most %1 at once; narrow the list by substation or route book.")
                        .arg(money::formatNumber(MaximumCustomers)));
    m_waiting = true;
    m_ok->setEnabled(false);
    m_error->setStyleSheet(QString());
    m_error->setText(tr("Sending %1 customers to the branch server…").arg(money::formatNumber(codes.size())));
    m_error->show();
    m_service.assign(m_inspector->currentData().toString(), codes, m_reason->text().trimmed(),
                     m_campaign->currentData().toString(), m_due->date());
}

void AssignDialog::onFinished(const sync::SyncReport &report)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_ok->setEnabled(true);
    if (report.outcome != sync::SyncOutcome::Done) {
        m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_error->setText(tr("The assignment was not made: %1")
                             .arg(report.message.isEmpty() ? sync::outcomeText(report.outcome) : report.message));
        return;
    }
    Q_EMIT assigned(report.assignments);
    // The branch's copy of the assignments (for the dashboards) follows with a sync.
    m_service.syncNow();
    QDialog::accept();
}

} // namespace ta
