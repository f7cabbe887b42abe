#include "ui/review/dashboardpage.h"

#include "models/core/logging.h"
#include "models/core/money.h"
#include "models/inspection/recordpdf.h"
#include "models/review/campaigns.h"
#include "models/storage/profiledata.h"
#include "models/workspace/session.h"
#include "ui/common/messagebox.h"
#include "ui/common/tablecopy.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace ta {

namespace {

/// The categories a bar chart shows at most; the table beside it holds every row.
constexpr int kChartRows = 12;

enum Period { ThisWeek, Last30Days, ThisMonth, ThisYear, Chosen };

QString monthName(const QDate &month)
{
    return month.toString(QStringLiteral("MM/yyyy"));
}

QString amount(qint64 dong)
{
    return money::formatNumber(dong);
}

QString count(qint64 n)
{
    return money::formatNumber(n);
}

/// Millions of dong, for the money axis.
double millions(qint64 dong)
{
    return double(dong) / 1e6;
}

QBarSeries *bars(QChart *chart, const QStringList &categories,
                 const std::vector<std::pair<QString, QList<qreal>>> &sets, const QString &valueTitle)
{
    auto *series = new QBarSeries(chart);
    if (categories.isEmpty() || sets.empty()) {
        // Nothing to chart: no axes (an empty range is not a range), the title says so.
        chart->setTitle(chart->title() + QStringLiteral(" — ") + DashboardPage::tr("nothing in this period"));
        chart->addSeries(series);
        return series;
    }
    for (const auto &[name, values] : sets) {
        auto *set = new QBarSet(name, series);
        set->append(values);
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    x->setLabelsAngle(categories.size() > 6 ? -30 : 0);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis(chart);
    y->setTitleText(valueTitle);
    y->setLabelFormat(QStringLiteral("%.0f"));
    qreal high = 0;
    for (const auto &set : sets) {
        for (qreal v : set.second)
            high = std::max(high, v);
    }
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    if (high <= 10) {
        // Small counts: one tick per whole number, never two ticks labelled alike.
        const int top = std::max(1, int(std::ceil(high)));
        y->setRange(0, top);
        y->setTickCount(top + 1);
    } else {
        y->setRange(0, high);
        y->applyNiceNumbers();
    }
    return series;
}

} // namespace

DashboardPage::DashboardPage(Session &session, const TariffLibrary &tariffs, QWidget *parent)
    : QWidget(parent), m_session(session), m_tariffs(tariffs)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        d->setMinimumHeight(44);
    }
    m_groupBy = new QComboBox(this);
    m_groupBy->setObjectName(QStringLiteral("dashboardGroupBy"));
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_png = new QPushButton(this);
    m_png->setObjectName(QStringLiteral("dashboardPng"));
    m_report = new QPushButton(this);
    m_report->setObjectName(QStringLiteral("dashboardReport"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_period, m_groupBy, m_refresh, m_png, m_report})
        w->setMinimumHeight(44);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    for (int p = 0; p < PanelCount; ++p) {
        m_views[p] = new QChartView(this);
        m_views[p]->setObjectName(QStringLiteral("dashboardChart%1").arg(p));
        m_views[p]->setRenderHint(QPainter::Antialiasing);
        m_views[p]->setMinimumSize(360, 260);
        m_models[p] = new QStandardItemModel(this);
        m_tables[p] = new QTableView(this);
        m_tables[p]->setObjectName(QStringLiteral("dashboardTable%1").arg(p));
        m_tables[p]->setModel(m_models[p]);
        m_tables[p]->verticalHeader()->hide();
        m_tables[p]->verticalHeader()->setDefaultSectionSize(36);
        m_tables[p]->setSelectionMode(QAbstractItemView::ExtendedSelection);
        m_tables[p]->setEditTriggers(QAbstractItemView::NoEditTriggers);
        TableCopy::enable(m_tables[p]);
        auto *split = new QSplitter(Qt::Horizontal, this);
        split->addWidget(m_views[p]);
        if (p == Reconciliation) {
            auto *right = new QSplitter(Qt::Vertical, this);
            right->addWidget(m_tables[p]);
            m_recordsModel = new QStandardItemModel(this);
            m_recordsTable = new QTableView(this);
            m_recordsTable->setObjectName(QStringLiteral("dashboardReconciliationRecords"));
            m_recordsTable->setModel(m_recordsModel);
            m_recordsTable->verticalHeader()->hide();
            m_recordsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
            m_recordsTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
            TableCopy::enable(m_recordsTable);
            right->addWidget(m_recordsTable);
            split->addWidget(right);
        } else {
            split->addWidget(m_tables[p]);
        }
        split->setStretchFactor(0, 1);
        split->setStretchFactor(1, 1);
        m_tabs->addTab(split, QString());
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addWidget(m_from);
    top->addWidget(m_to);
    top->addWidget(m_groupBy);
    top->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_refresh);
    actions->addWidget(m_png);
    actions->addWidget(m_report);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_tabs, 1);

    const QSignalBlocker blocker(m_period);
    for (int i = 0; i <= Chosen; ++i)
        m_period->addItem(QString(), i);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const QDate today = m_session.today();
        QDate from = m_from->date();
        switch (m_period->currentData().toInt()) {
        case ThisWeek:
            from = today.addDays(1 - today.dayOfWeek());
            break;
        case Last30Days:
            from = today.addDays(-29);
            break;
        case ThisMonth:
            from = QDate(today.year(), today.month(), 1);
            break;
        case ThisYear:
            from = QDate(today.year(), 1, 1);
            break;
        default:
            return;
        }
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(from);
        m_to->setDate(today);
        load();
    });
    for (QDateEdit *d : {m_from, m_to}) {
        connect(d, &QDateEdit::dateChanged, this, [this] {
            const QSignalBlocker b(m_period);
            m_period->setCurrentIndex(m_period->findData(int(Chosen)));
            load();
        });
    }
    for (int i = 0; i < 3; ++i)
        m_groupBy->addItem(QString(), i);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &DashboardPage::fill);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::reload);
    connect(m_png, &QPushButton::clicked, this, &DashboardPage::exportPng);
    connect(m_report, &QPushButton::clicked, this, &DashboardPage::writeReport);
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &DashboardPage::onLoaded);
    retranslateUi();
}

bool DashboardPage::isLeader() const
{
    const auto profile = m_session.profile();
    return profile && profile->role != Role::Inspector;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void DashboardPage::release()
{
    m_watcher.waitForFinished();
    ++m_generation;
    m_loading = false;
    m_reloadWanted = false;
    m_reconcileWanted = true;
    m_figures = {};
    m_reconciliation.clear();
    for (QStandardItemModel *m : m_models)
        m->clear();
    m_recordsModel->clear();
}

void DashboardPage::reload()
{
    m_reconcileWanted = true;
    load();
}

void DashboardPage::load()
{
    if (!m_session.data() || !m_session.profile())
        return;
    if (m_loading) {
        m_reloadWanted = true;
        return;
    }
    m_loading = true;
    updateRoleTexts();
    if (!m_from->date().isValid() || m_from->date() == QDate(2000, 1, 1)) {
        // The first time: the leader's last 30 days, an inspector's week.
        const QSignalBlocker a(m_from), b(m_to), c(m_period);
        const QDate today = m_session.today();
        const bool leader = isLeader();
        m_period->setCurrentIndex(m_period->findData(int(leader ? Last30Days : ThisWeek)));
        m_from->setDate(leader ? today.addDays(-29) : today.addDays(1 - today.dayOfWeek()));
        m_to->setDate(today);
    }
    const QString path = m_session.data()->path();
    const WorkspaceKind kind = m_session.isTraining() ? WorkspaceKind::Training : WorkspaceKind::Real;
    const bool leader = isLeader();
    // The reconciliation does not depend on the period: another period reads only the figures again.
    const bool reconcile = leader && m_reconcileWanted;
    m_reconcileWanted = false;
    const auto profile = m_session.profile();
    const QString me = profile->cardNumber.isEmpty()
                           ? profile->fullName
                           : QStringLiteral("%1 (%2)").arg(profile->fullName, profile->cardNumber);
    const QDate from = std::min(m_from->date(), m_to->date());
    const QDate to = std::max(m_from->date(), m_to->date());
    const TariffLibrary *tariffs = &m_tariffs;
    m_summary->setText(tr("Counting…"));
    m_watcher.setFuture(
        QtConcurrent::run([path, kind, leader, reconcile, me, from, to, tariffs, generation = m_generation] {
            Loaded out;
            out.generation = generation;
            auto db = ProfileData::open(path, kind);
            if (!db) {
                out.figures = Result<review::DashboardFigures>::failure(db.error());
                return out;
            }
            const QSqlDatabase c = db.value()->connection();
            out.figures = leader ? review::Dashboard::branch(c, from, to) : review::Dashboard::own(c, me, from, to);
            if (reconcile)
                out.reconciliation = review::Reconciliation::run(c, *tariffs);
            return out;
        }));
}

void DashboardPage::onLoaded()
{
    const Loaded result = m_watcher.result();
    if (result.generation != m_generation)
        return; // read from a data file closed since
    m_error.clear();
    if (!result.figures)
        m_error = result.figures.error();
    else
        m_figures = result.figures.value();
    if (result.reconciliation) {
        m_reconciliation.clear();
        if (*result.reconciliation)
            m_reconciliation = result.reconciliation->value();
        else
            m_error = result.reconciliation->error();
    }
    fill();
    m_loading = false;
    if (m_reloadWanted) {
        m_reloadWanted = false;
        load();
        return;
    }
    Q_EMIT loaded();
}

const std::vector<review::ProgressRow> &DashboardPage::progressRows() const
{
    switch (m_groupBy->currentData().toInt()) {
    case 1:
        return m_figures.bySubstation;
    case 2:
        return m_figures.byInspector;
    default:
        return m_figures.byCampaign;
    }
}

void DashboardPage::fillTable(Panel panel, const QStringList &header, const std::vector<QStringList> &rows)
{
    QStandardItemModel *model = panel == PanelCount ? m_recordsModel : m_models[panel];
    model->clear();
    model->setHorizontalHeaderLabels(header);
    for (const QStringList &cells : rows) {
        QList<QStandardItem *> items;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            auto *item = new QStandardItem(cells[i]);
            if (i > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items << item;
        }
        model->appendRow(items);
    }
    QTableView *view = panel == PanelCount ? m_recordsTable : m_tables[panel];
    view->resizeColumnsToContents();
}

void DashboardPage::fill()
{
    const bool leader = isLeader();
    m_tabs->setTabVisible(Reconciliation, leader);
    const QString unnamed = m_groupBy->currentData().toInt() == 0 ? tr("No campaign") : tr("Not known");

    std::vector<QStringList> rows;
    for (const review::ProgressRow &r : progressRows()) {
        const QString share = r.planned && *r.planned > 0
                                  ? QStringLiteral("%1 %").arg(QString::number(100.0 * r.visited / *r.planned, 'f', 0))
                                  : QStringLiteral("—");
        rows.push_back({r.name.isEmpty() ? unnamed : r.name, r.planned ? count(*r.planned) : QStringLiteral("—"),
                        count(r.assigned), count(r.visited), count(r.approved), share});
    }
    fillTable(
        Progress,
        {m_groupBy->currentText(), tr("Planned"), tr("Assigned"), tr("Visited"), tr("Approved"), tr("Visited of plan")},
        rows);

    rows.clear();
    for (const review::FindingRow &f : m_figures.findings)
        rows.push_back({review::Dashboard::findingName(f.kind), count(f.records)});
    fillTable(Findings, {tr("Finding"), tr("Records")}, rows);

    rows.clear();
    for (const review::MoneyRow &m : m_figures.money)
        rows.push_back({monthName(m.month), amount(m.atStake), amount(m.corrected)});
    fillTable(Money, {tr("Month"), tr("At stake (VND)"), tr("Corrected (VND)")}, rows);

    rows.clear();
    // The buckets' names in the language shown now (the figures were counted in the one of then).
    const QStringList buckets = review::Dashboard::decisionBuckets();
    for (std::size_t i = 0; i < m_figures.decisionDays.size(); ++i)
        rows.push_back({buckets.value(qsizetype(i)), count(m_figures.decisionDays[i].count)});
    rows.push_back({tr("Returned, waiting for the correction"), count(m_figures.returnedBacklog)});
    rows.push_back({tr("Average days from visit to decision"),
                    m_figures.averageDecisionDays ? QLocale().toString(*m_figures.averageDecisionDays, 'f', 1)
                                                  : QStringLiteral("—")});
    fillTable(Decisions, {tr("From visit to decision"), tr("Records")}, rows);

    rows.clear();
    QStringList dailyHeader{tr("Inspector")};
    for (const QDate &d : m_figures.days)
        dailyHeader << d.toString(QStringLiteral("dd/MM"));
    for (const review::DailyRow &d : m_figures.daily) {
        QStringList cells{d.inspector.isEmpty() ? tr("Not known") : d.inspector};
        for (qint64 n : d.perDay)
            cells << count(n);
        rows.push_back(cells);
    }
    fillTable(Daily, dailyHeader, rows);

    rows.clear();
    const auto totals = review::Reconciliation::byCampaign(m_reconciliation);
    for (const review::CampaignReconciliation &t : totals)
        rows.push_back({t.campaign.isEmpty() ? tr("No campaign") : t.campaign, count(t.applied), count(t.pending),
                        count(t.overdue), count(t.otherwise), count(t.missing), amount(t.predicted),
                        amount(t.measured)});
    fillTable(Reconciliation,
              {tr("Campaign"), tr("Applied"), tr("Not applied yet"), tr("Overdue"), tr("Changed otherwise"),
               tr("Not in the list"), tr("Predicted (VND)"), tr("Measured (VND)")},
              rows);
    rows.clear();
    for (const review::ReconciliationRow &r : m_reconciliation) {
        rows.push_back({r.number, QStringLiteral("%1 %2").arg(r.customerCode, r.customerName),
                        review::Reconciliation::stateName(r.state), r.effective.toString(QStringLiteral("dd/MM/yyyy")),
                        r.fields.join(QStringLiteral(", ")), r.measured ? amount(*r.measured) : QStringLiteral("—"),
                        r.predicted ? amount(*r.predicted) : QStringLiteral("—"),
                        r.billError.isEmpty() ? r.detail : r.billError});
    }
    fillTable(PanelCount,
              {tr("Record"), tr("Customer"), tr("State"), tr("Effective"), tr("Fields"), tr("Measured (VND)"),
               tr("Predicted (VND)"), tr("Note")},
              rows);

    for (int p = 0; p < PanelCount; ++p) {
        QChart *old = m_views[p]->chart();
        m_views[p]->setChart(makeChart(Panel(p)));
        delete old;
    }

    if (!m_error.isEmpty()) {
        m_summary->setText(tr("The figures could not be read: %1").arg(m_error));
        return;
    }
    qint64 visited = 0, approved = 0;
    for (const review::ProgressRow &r : m_figures.byCampaign) {
        visited += r.visited;
        approved += r.approved;
    }
    QString summary = tr("%1 – %2: customers visited %3, approved %4, returned and waiting for the correction %5.")
                          .arg(m_figures.from.toString(QStringLiteral("dd/MM/yyyy")),
                               m_figures.to.toString(QStringLiteral("dd/MM/yyyy")), count(visited), count(approved),
                               count(m_figures.returnedBacklog));
    if (leader) {
        qint64 overdue = 0;
        for (const auto &t : totals)
            overdue += t.overdue;
        summary += QLatin1Char(' ') + tr("Corrections overdue in CMIS: %1.").arg(count(overdue));
    }
    m_summary->setText(summary);
}

QString DashboardPage::panelTitle(Panel panel) const
{
    switch (panel) {
    case Progress:
        return tr("Progress against plan");
    case Findings:
        return tr("Findings by kind");
    case Money:
        return tr("Money per month");
    case Decisions:
        return tr("Decisions and returned backlog");
    case Daily:
        return tr("Records per inspector per day");
    case Reconciliation:
        return tr("Reconciliation after correction");
    case PanelCount:
        break;
    }
    return {};
}

QChart *DashboardPage::makeChart(Panel panel) const
{
    auto *chart = new QChart;
    chart->setTitle(panelTitle(panel));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    switch (panel) {
    case Progress: {
        const auto &all = progressRows();
        QStringList categories;
        QList<qreal> planned, assigned, visited, approved;
        for (std::size_t i = 0; i < all.size() && i < std::size_t(kChartRows); ++i) {
            const review::ProgressRow &r = all[i];
            categories << (r.name.isEmpty()
                               ? (m_groupBy->currentData().toInt() == 0 ? tr("No campaign") : tr("Not known"))
                               : r.name.left(24));
            planned << qreal(r.planned.value_or(0));
            assigned << qreal(r.assigned);
            visited << qreal(r.visited);
            approved << qreal(r.approved);
        }
        std::vector<std::pair<QString, QList<qreal>>> sets;
        if (m_groupBy->currentData().toInt() == 0)
            sets.push_back({tr("Planned"), planned});
        sets.push_back({tr("Assigned"), assigned});
        sets.push_back({tr("Visited"), visited});
        sets.push_back({tr("Approved"), approved});
        bars(chart, categories, sets, tr("Customers"));
        if (all.size() > std::size_t(kChartRows))
            chart->setTitle(tr("%1 (the %2 first of %3; every row in the table)")
                                .arg(panelTitle(panel))
                                .arg(kChartRows)
                                .arg(all.size()));
        break;
    }
    case Findings: {
        QStringList categories;
        QList<qreal> values;
        for (const review::FindingRow &f : m_figures.findings) {
            categories << review::Dashboard::findingName(f.kind);
            values << qreal(f.records);
        }
        bars(chart, categories, {{tr("Records"), values}}, tr("Records"));
        chart->legend()->hide();
        break;
    }
    case Money: {
        QStringList categories;
        QList<qreal> stake, corrected;
        for (const review::MoneyRow &m : m_figures.money) {
            categories << monthName(m.month);
            stake << millions(m.atStake);
            corrected << millions(m.corrected);
        }
        auto *series =
            bars(chart, categories, {{tr("At stake"), stake}, {tr("Corrected"), corrected}}, tr("Million VND"));
        const auto axes = series->attachedAxes();
        for (QAbstractAxis *axis : axes) {
            if (auto *y = qobject_cast<QValueAxis *>(axis)) {
                y->setLabelFormat(QStringLiteral("%.1f"));
                qreal low = 0;
                for (const QList<qreal> *values : {&stake, &corrected}) {
                    for (qreal v : *values)
                        low = std::min(low, v);
                }
                y->setMin(low);
                y->applyNiceNumbers();
            }
        }
        break;
    }
    case Decisions: {
        QStringList categories;
        QList<qreal> values;
        const QStringList buckets = review::Dashboard::decisionBuckets();
        for (std::size_t i = 0; i < m_figures.decisionDays.size(); ++i) {
            categories << buckets.value(qsizetype(i));
            values << qreal(m_figures.decisionDays[i].count);
        }
        categories << tr("Returned backlog");
        values << qreal(m_figures.returnedBacklog);
        bars(chart, categories, {{tr("Records"), values}}, tr("Records"));
        chart->legend()->hide();
        break;
    }
    case Daily: {
        QStringList categories;
        for (const QDate &d : m_figures.days)
            categories << d.toString(QStringLiteral("dd/MM"));
        std::vector<std::pair<QString, QList<qreal>>> sets;
        for (const review::DailyRow &d : m_figures.daily) {
            if (sets.size() >= std::size_t(kChartRows))
                break;
            QList<qreal> values;
            for (qint64 n : d.perDay)
                values << qreal(n);
            sets.push_back({d.inspector.isEmpty() ? tr("Not known") : d.inspector, values});
        }
        bars(chart, categories, sets, tr("Records"));
        break;
    }
    case Reconciliation: {
        QStringList categories;
        QList<qreal> predicted, measured;
        for (const auto &t : review::Reconciliation::byCampaign(m_reconciliation)) {
            categories << (t.campaign.isEmpty() ? tr("No campaign") : t.campaign.left(24));
            predicted << millions(t.predicted);
            measured << millions(t.measured);
        }
        auto *series =
            bars(chart, categories, {{tr("Predicted"), predicted}, {tr("Measured"), measured}}, tr("Million VND"));
        for (QAbstractAxis *axis : series->attachedAxes()) {
            if (auto *y = qobject_cast<QValueAxis *>(axis))
                y->setLabelFormat(QStringLiteral("%.1f"));
        }
        break;
    }
    case PanelCount:
        break;
    }
    return chart;
}

QImage DashboardPage::chartImage(Panel panel, const QSize &size)
{
    QChartView view(makeChart(panel));
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(size);
    return view.grab().toImage();
}

void DashboardPage::exportPng()
{
    const Panel panel = Panel(m_tabs->currentIndex());
    const QString suggested = QDir::home().filePath(
        QStringLiteral("dashboard-%1-%2.png").arg(panel).arg(m_figures.to.toString(QStringLiteral("yyyyMMdd"))));
    const QString path = FileDialog::saveFileName(this, tr("Save the chart"), suggested, tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (!chartImage(panel, QSize(1200, 700)).save(path, "PNG"))
        MessageBox::warning(this, tr("Save the chart"),
                            tr("The chart could not be written to %1.").arg(QDir::toNativeSeparators(path)));
}

void DashboardPage::writeReport()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("bao-cao-chi-nhanh-%1.pdf").arg(m_figures.to.toString(QStringLiteral("yyyyMMdd"))));
    const QString path = FileDialog::saveFileName(this, tr("Branch report"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = writeReportTo(path); !s)
        MessageBox::warning(this, tr("Branch report"), s.error());
    else
        MessageBox::information(this, tr("Branch report"),
                                tr("The report was written to %1.").arg(QDir::toNativeSeparators(path)));
}

Status DashboardPage::writeReportTo(const QString &path)
{
    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    doc.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 15pt; } h2 { font-size: 11pt; margin-top: 12px; }"
                                            "table { border-collapse: collapse; font-size: 7pt; }"
                                            "td, th { padding: 1px 3px; } th { background: #e8eef5; }"));
    const auto profile = m_session.profile();
    QString html = QStringLiteral("<h1>%1</h1><p>%2</p><p>%3</p>")
                       .arg(tr("Branch report").toHtmlEscaped(),
                            tr("Period: %1 – %2")
                                .arg(m_figures.from.toString(QStringLiteral("dd/MM/yyyy")),
                                     m_figures.to.toString(QStringLiteral("dd/MM/yyyy")))
                                .toHtmlEscaped(),
                            tr("Made by %1 on %2")
                                .arg(profile ? profile->fullName : QString(),
                                     m_session.now().toString(QStringLiteral("dd/MM/yyyy HH:mm")))
                                .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(m_summary->text().toHtmlEscaped());
    const auto table = [](const QStandardItemModel *model) {
        QString t = QStringLiteral("<table border=\"1\" cellspacing=\"0\" width=\"100%\"><tr>");
        for (int c = 0; c < model->columnCount(); ++c)
            t += QStringLiteral("<th>%1</th>").arg(model->headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
        t += QStringLiteral("</tr>");
        for (int r = 0; r < model->rowCount(); ++r) {
            t += QStringLiteral("<tr>");
            for (int c = 0; c < model->columnCount(); ++c)
                t += QStringLiteral("<td%1>%2</td>")
                         .arg(c > 0 ? QStringLiteral(" align=\"right\"") : QString(),
                              model->item(r, c) ? model->item(r, c)->text().toHtmlEscaped() : QString());
            t += QStringLiteral("</tr>");
        }
        return t + QStringLiteral("</table>");
    };
    for (int p = 0; p < PanelCount; ++p) {
        if (p == Reconciliation && !isLeader())
            continue;
        const QUrl image(QStringLiteral("chart://%1").arg(p));
        doc.addResource(QTextDocument::ImageResource, image, chartImage(Panel(p), QSize(1100, 560)));
        html += QStringLiteral("<h2>%1</h2><p><img src=\"%2\" width=\"620\"></p>%3")
                    .arg(panelTitle(Panel(p)).toHtmlEscaped(), image.toString(), table(m_models[p]));
        if (p == Reconciliation && m_recordsModel->rowCount() > 0)
            html += QStringLiteral("<p></p>") + table(m_recordsModel);
    }
    doc.setHtml(html);
    return RecordPdf::print(
        doc, path, tr("Branch report"), m_session.isTraining() ? tr("TRAINING") : QString(), QString(),
        [](int page, int pages) { return tr("Page %1 of %2").arg(page).arg(pages) + QStringLiteral("%1"); });
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardPage::updateRoleTexts()
{
    // A leader sees the branch, an inspector their own week: the words follow who is signed in.
    m_intro->setText(isLeader() ? tr("The branch's records and assignments as the last sync brought them, and the "
                                     "reconciliation of the approved corrections against the customer list imported "
                                     "last. Progress counts every visit up to the period's last day.")
                                : tr("Your own signed records and the customers assigned to you."));
    m_report->setText(isLeader() ? tr("Branch report (PDF)") : tr("My report (PDF)"));
}

void DashboardPage::retranslateUi()
{
    updateRoleTexts();
    const QStringList periods{tr("This week"), tr("Last 30 days"), tr("This month"), tr("This year"),
                              tr("Chosen days")};
    for (int i = 0; i < periods.size(); ++i)
        m_period->setItemText(i, periods[i]);
    const QStringList groups{tr("By campaign"), tr("By substation"), tr("By inspector")};
    for (int i = 0; i < groups.size(); ++i)
        m_groupBy->setItemText(i, groups[i]);
    m_refresh->setText(tr("Refresh"));
    m_png->setText(tr("Save chart as PNG"));
    const QStringList tabs{tr("Progress"),  tr("Findings"), tr("Money"),
                           tr("Decisions"), tr("Per day"),  tr("Reconciliation")};
    for (int p = 0; p < PanelCount; ++p) {
        m_tabs->setTabText(p, tabs.value(p));
        m_tabs->setTabToolTip(p, panelTitle(Panel(p)));
    }
    m_from->setToolTip(tr("First day"));
    m_to->setToolTip(tr("Last day"));
    fill();
}

} // namespace ta
