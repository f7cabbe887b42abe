#include "ui/worklist/worklistpage.h"

#include "models/core/csvtext.h"
#include "models/core/logging.h"
#include "models/core/money.h"
#include "models/core/settings.h"
#include "models/customers/customerlistmodel.h"
#include "models/customers/customerrepository.h"
#include "models/customers/importtemplate.h"
#include "models/customers/searchindex.h"
#include "models/prescreen/flaggedlist.h"
#include "models/tariff/pricestring.h"
#include "models/workspace/session.h"
#include "ui/common/messagebox.h"
#include "ui/common/touchinput.h"
#include "ui/review/campaigndialogs.h"
#include "ui/worklist/columnmappingdialog.h"
#include "ui/worklist/customerdetail.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ta {

WorklistPage::WorklistPage(Session &session, Settings &settings, TariffLibrary &tariffs, QWidget *parent)
    : QWidget(parent), m_session(session), m_settings(settings), m_tariffs(tariffs)
{
    setObjectName(QStringLiteral("worklistPage"));
    m_model = new CustomerListModel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("worklistSearch"));
    m_search->setClearButtonEnabled(true);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("worklistScope"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rule = new QComboBox(this);
    m_rule->setObjectName(QStringLiteral("worklistRule"));
    m_rule->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const auto makeChoiceBox = [this](const char *name, bool searchable) {
        auto *box = new QComboBox(this);
        box->setObjectName(QLatin1StringView(name));
        box->setMinimumContentsLength(10);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        if (searchable) {
            // Thousands of route books: typed letters narrow the list (any part of the code).
            box->setEditable(true);
            box->setInsertPolicy(QComboBox::NoInsert);
            box->completer()->setCompletionMode(QCompleter::PopupCompletion);
            box->completer()->setFilterMode(Qt::MatchContains);
            box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        }
        connect(box, &QComboBox::currentIndexChanged, this, &WorklistPage::applyFilter);
        return box;
    };
    m_substation = makeChoiceBox("worklistSubstation", true);
    m_routeBook = makeChoiceBox("worklistRouteBook", true);
    m_group = makeChoiceBox("worklistGroup", false);
    m_status = makeChoiceBox("worklistStatus", false);
    m_clearFilters = new QPushButton(this);
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));
    connect(m_clearFilters, &QPushButton::clicked, this, &WorklistPage::clearFilters);
    connect(m_model, &CustomerListModel::orderingChanged, this, &WorklistPage::updateCount);
    connect(&m_choicesWatcher, &QFutureWatcher<CustomerListModel::FilterChoices>::finished, this, [this] {
        if (!m_choicesWatcher.isCanceled() && m_choicesWatcher.future().resultCount() > 0)
            fillChoices(m_choicesWatcher.result());
    });
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportFlaggedButton"));
    m_template = new QPushButton(this);
    m_template->setObjectName(QStringLiteral("saveTemplateButton"));
    m_searchStatus = new QLabel(this);
    m_searchStatus->setObjectName(QStringLiteral("searchIndexStatus"));
    m_searchStatus->setWordWrap(true);
    m_searchStatus->hide();
    connect(&m_searchWatcher, &QFutureWatcher<QString>::progressValueChanged, this, [this](int permille) {
        m_searchPermille = permille;
        showSearchStatus();
    });
    connect(&m_searchWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_searchWatcher.isCanceled() || m_searchWatcher.future().resultCount() == 0
                                  ? QString()
                                  : m_searchWatcher.result();
        m_searchError = error;
        if (!error.isEmpty()) {
            qCWarning(lcCustomers) << "Search index:" << error;
            showSearchStatus();
            return;
        }
        m_searchStatus->hide();
        if (!m_search->text().trimmed().isEmpty())
            applyFilter(); // the search now covers every customer
    });
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("worklistCount"));
    // Beside six buttons on a tablet: the count takes two lines rather than cut a button short.
    m_count->setWordWrap(true);
    m_count->setMinimumWidth(140);
    m_planToday = new QPushButton(this);
    m_planToday->setObjectName(QStringLiteral("planTodayButton"));
    m_unplan = new QPushButton(this);
    m_unplan->setObjectName(QStringLiteral("unplanButton"));
    m_inspect = new QPushButton(this);
    m_inspect->setObjectName(QStringLiteral("inspectButton"));
    connect(m_inspect, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid()) {
            MessageBox::information(this, tr("Inspect"), tr("Select the customer first (tap the row)."));
            return;
        }
        const QString code = m_model->data(current, CustomerListModel::CodeRole).toString();
        if (code.isEmpty()) { // the rows are blank while the list is put in order
            MessageBox::information(this, tr("Inspect"),
                                    tr("The list is being put in order; select the customer "
                                       "once it is shown."));
            return;
        }
        Q_EMIT inspectRequested(code);
    });
    m_campaign = new QPushButton(this);
    m_campaign->setObjectName(QStringLiteral("campaignButton"));
    m_assign = new QPushButton(this);
    m_assign->setObjectName(QStringLiteral("assignButton"));
    connect(m_campaign, &QPushButton::clicked, this, &WorklistPage::defineCampaign);
    connect(m_assign, &QPushButton::clicked, this, &WorklistPage::assignCustomers);
    connect(m_planToday, &QPushButton::clicked, this, [this] { planSelected(true); });
    connect(m_unplan, &QPushButton::clicked, this, [this] { planSelected(false); });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("worklistTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->verticalHeader()->setDefaultSectionSize(44); // finger-sized rows
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    // Tablet width first: the price string and route book stay in the tooltip and the detail; name and
    // address share the room left by the fixed columns.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSectionResizeMode(CustomerListModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(CustomerListModel::Address, QHeaderView::Stretch);
    for (const auto &[column, width] :
         {std::pair{CustomerListModel::Code, 140}, std::pair{CustomerListModel::RouteOrder, 60},
          std::pair{CustomerListModel::Households, 80}, std::pair{CustomerListModel::Flags, 170},
          std::pair{CustomerListModel::Impact, 160}, std::pair{CustomerListModel::Distance, 100},
          std::pair{CustomerListModel::Status, 130}})
        m_table->setColumnWidth(column, width);
    touch::fitHeaderTexts(m_table->horizontalHeader()); // no title cut, in either language
    m_table->setColumnHidden(CustomerListModel::PriceString, true);
    m_table->setColumnHidden(CustomerListModel::RouteBook, true);
    connect(m_table, &QTableView::activated, this, &WorklistPage::openCustomer); // Enter, double tap or click
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model,
            [this](int column, Qt::SortOrder order) {
                m_model->sort(column, order);
                updateCount();
            });

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &WorklistPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_scope, &QComboBox::currentIndexChanged, this, &WorklistPage::applyFilter);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &WorklistPage::applyFilter);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(
            this, tr("Import a customer list"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Customer lists (*.xlsx *.csv *.txt)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_export, &QPushButton::clicked, this, &WorklistPage::exportFlagged);
    connect(m_template, &QPushButton::clicked, this, &WorklistPage::saveTemplate);
    connect(&m_watcher, &QFutureWatcher<ImportJobResult>::finished, this, [this] {
        m_busy = false;
        closeProgress(m_progress, &m_watcher);
        const bool cancelled = m_watcher.isCanceled() || m_watcher.future().resultCount() == 0;
        const ImportJobResult result = cancelled ? ImportJobResult{} : m_watcher.result();
        reload();
        if (cancelled) {
            MessageBox::information(this, m_jobTitle, tr("Cancelled: nothing was changed."));
            return;
        }
        Q_EMIT importFinished(result);
        if (!result.error.isEmpty()) {
            MessageBox::warning(this, m_jobTitle, result.error);
            return;
        }
        if (!result.done.isEmpty()) {
            MessageBox::information(this, m_jobTitle, result.done);
            return;
        }
        if (m_rescreening) {
            const PrescreenSummary &p = result.prescreen;
            MessageBox::information(this, m_jobTitle,
                                    tr("%1 customers flagged, %2 of them with an impact unknown before a visit. "
                                       "Warnings changed for %3 customers since the last pre-screen.")
                                        .arg(money::formatNumber(p.flagged), money::formatNumber(p.unknownImpact),
                                             money::formatNumber(p.changed)));
            return;
        }
        if (result.import.rows > 0) {
            MessageBox::information(this, tr("Import"),
                                    tr("%1: %2 rows. New %3, updated %4, unchanged %5, rejected %6. %7 customers "
                                       "have a warning.")
                                        .arg(result.import.fileName)
                                        .arg(result.import.rows)
                                        .arg(result.import.imported)
                                        .arg(result.import.updated)
                                        .arg(result.import.unchanged)
                                        .arg(result.import.rejected)
                                        .arg(result.prescreen.flagged));
            if (!result.import.issues.empty())
                showIssues(result.import);
        }
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_scope);
    filters->addWidget(m_rule);
    auto *narrow = new QHBoxLayout;
    narrow->addWidget(m_substation, 1);
    narrow->addWidget(m_routeBook, 1);
    narrow->addWidget(m_group, 1);
    narrow->addWidget(m_status, 1);
    narrow->addWidget(m_clearFilters);
    // A leader's row: campaigns and assignments from the list as filtered above (hidden for inspectors).
    m_leaderRow = new QWidget(this);
    m_leaderRow->setObjectName(QStringLiteral("worklistLeaderRow"));
    m_leaderHint = new QLabel(m_leaderRow);
    m_leaderHint->setWordWrap(true);
    auto *leaderLayout = new QHBoxLayout(m_leaderRow);
    leaderLayout->setContentsMargins(0, 0, 0, 0);
    leaderLayout->addWidget(m_leaderHint, 1);
    leaderLayout->addWidget(m_campaign);
    leaderLayout->addWidget(m_assign);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(m_inspect);
    actions->addWidget(m_planToday);
    actions->addWidget(m_unplan);
    actions->addWidget(m_template);
    actions->addWidget(m_export);
    actions->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(filters);
    layout->addLayout(narrow);
    layout->addWidget(m_searchStatus);
    layout->addWidget(m_leaderRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    retranslateUi();
}

WorklistPage::~WorklistPage()
{
    m_searchWatcher.cancel();
    m_searchWatcher.waitForFinished();
}

void WorklistPage::reload()
{
    const bool leader = m_session.profile() && m_session.profile()->role != Role::Inspector;
    m_leaderRow->setVisible(leader);
    // The whole file's count changes only with imports and resets, which reload: not counted per keystroke.
    m_total = m_session.customerCount();
    m_model->setDatabase(m_session.data() ? m_session.data()->connection() : QSqlDatabase());
    applyFilter();
    loadChoices();
    updateSearchIndex();
}

void WorklistPage::showSearchStatus()
{
    if (!m_searchError.isEmpty())
        m_searchStatus->setText(tr("The search index could not be finished (%1); it is tried again at the "
                                   "next sign-in.")
                                    .arg(m_searchError));
    else if (m_searchPermille < 0)
        m_searchStatus->setText(tr("Building the search index…"));
    else
        m_searchStatus->setText(tr("Building the search index: %1 % of the customers. Until it is done, names and "
                                   "addresses are found among the customers indexed so far; customer codes are "
                                   "found among all.")
                                    .arg(m_searchPermille / 10));
    m_searchStatus->show();
}

void WorklistPage::updateSearchIndex()
{
    if (!m_session.data() || m_searchWatcher.isRunning() || !SearchIndex::pendingFrom(m_session.data()->connection())) {
        if (!m_searchWatcher.isRunning())
            m_searchStatus->hide();
        return;
    }
    m_searchPermille = -1;
    m_searchError.clear();
    showSearchStatus();
    m_searchWatcher.setFuture(startSearchIndexJob(
        m_session.data()->path(), m_session.isTraining() ? WorkspaceKind::Training : WorkspaceKind::Real));
}

void WorklistPage::loadChoices()
{
    if (!m_session.data()) {
        fillChoices({});
        return;
    }
    // Distinct values over a million rows: read on a worker with its own connection.
    const QString path = m_session.data()->path();
    const WorkspaceKind kind = m_session.isTraining() ? WorkspaceKind::Training : WorkspaceKind::Real;
    m_choicesWatcher.setFuture(QtConcurrent::run([path, kind] {
        auto db = ProfileData::open(path, kind);
        if (!db)
            qCWarning(lcCustomers) << "Filter choices:" << db.error();
        return db ? CustomerListModel::filterChoices(db.value()->connection()) : CustomerListModel::FilterChoices{};
    }));
}

void WorklistPage::fillChoices(const CustomerListModel::FilterChoices &choices)
{
    m_choices = choices;
    const auto fill = [](QComboBox *box, const QString &every, const QStringList &values, auto label) {
        const QString current = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(every, QString());
        for (const QString &v : values)
            box->addItem(label(v), v);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    const auto same = [](const QString &v) {
        return v;
    };
    fill(m_substation, tr("Every substation"), m_choices.substations, same);
    fill(m_routeBook, tr("Every route book"), m_choices.routeBooks, same);
    const QString language = m_settings.value(settings::Language);
    fill(m_group, tr("Every price group"), m_choices.mainGroups, [this, &language](const QString &code) {
        const QString group = m_tariffs.groupForCode(code);
        return group.isEmpty() ? code : QStringLiteral("%1 — %2").arg(code, m_tariffs.groupName(group, language));
    });
    fill(m_status, tr("Every visit status"), CustomerListModel::statuses(), &CustomerListModel::statusName);
}

void WorklistPage::forgetSession()
{
    // The next person's data may be another file: the index job stops after its step (what is indexed
    // stays, and the next sign-in on this data carries on).
    m_searchWatcher.cancel();
    m_searchWatcher.waitForFinished();
    {
        const QSignalBlocker blocker(m_scope);
        m_scope->setCurrentIndex(0);
    }
    m_table->clearSelection();
    clearFilters();
}

void WorklistPage::clearFilters()
{
    for (QComboBox *box : {m_rule, m_substation, m_routeBook, m_group, m_status}) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(0);
    }
    m_search->clear();
    applyFilter();
}

void WorklistPage::applyFilter()
{
    CustomerListModel::Filter f;
    f.search = m_search->text();
    f.onlyFlagged = m_scope->currentIndex() <= 0;
    if (m_scope->currentIndex() == 2)
        f.plannedOn = m_session.today();
    f.onlyAssigned = m_scope->currentIndex() == 3;
    m_table->setColumnHidden(CustomerListModel::Distance, !f.plannedOn.isValid());
    f.rule = m_rule->currentData().toString();
    f.substation = m_substation->currentData().toString();
    f.routeBook = m_routeBook->currentData().toString();
    f.mainGroup = m_group->currentData().toString();
    f.status = m_status->currentData().toString();
    m_model->setFilter(f);
    updateCount();
}

void WorklistPage::updateCount()
{
    const qint64 total = m_total;
    if (m_model->isOrdering() && m_model->rowCount() == 0) { // a long filtered list, counted with its order
        m_count->setText(tr("Counting the customers and putting them in order…"));
        return;
    }
    switch (m_scope->currentIndex()) {
    case 3:
        m_count->setText(tr("%1 customers a branch leader assigned to you.").arg(m_model->rowCount()));
        break;
    case 2:
        m_count->setText(tr("%1 visits planned for today, in route order.").arg(m_model->rowCount()));
        break;
    case 1:
        m_count->setText(tr("%1 of %2 customers.").arg(m_model->rowCount()).arg(total));
        break;
    default:
        m_count->setText(tr("%1 of %2 customers need a visit.").arg(m_model->rowCount()).arg(total));
    }
    if (m_model->isOrdering())
        m_count->setText(m_count->text() + QLatin1Char(' ') + tr("Putting them in order…"));
}

void WorklistPage::importFile(const QString &path)
{
    if (m_busy || !m_session.data())
        return;
    // The header is read first, off the UI thread: a large workbook's shared strings come before its rows.
    m_busy = true;
    m_jobTitle = tr("Import");
    m_progress = new QProgressDialog(tr("Reading the columns of %1…").arg(QDir::toNativeSeparators(path)), tr("Cancel"),
                                     0, 0, this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    auto *watcher = new QFutureWatcher<Result<QStringList>>(this);
    connect(m_progress, &QProgressDialog::canceled, watcher, &QFutureWatcher<Result<QStringList>>::cancel);
    connect(watcher, &QFutureWatcher<Result<QStringList>>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_busy = false;
        closeProgress(m_progress, watcher);
        if (watcher->isCanceled() || watcher->future().resultCount() == 0 || !m_session.data())
            return;
        mapThenImport(path, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path] { return CustomerImport::readHeader(path); }));
}

void WorklistPage::mapThenImport(const QString &path, const Result<QStringList> &header)
{
    // A file in another layout: its columns are mapped first (once per source). A header that cannot be
    // read is left to the import, which names the problem.
    if (header.ok()) {
        const QHash<QString, QString> remembered = CustomerImport::rememberedMapping(*m_session.data(), header.value());
        if (!CustomerImport::missingColumns(header.value(), remembered).isEmpty()) {
            auto *dialog = new ColumnMappingDialog(QFileInfo(path).fileName(), header.value(), this);
            const QStringList columns = header.value();
            connect(dialog, &QDialog::accepted, this, [this, dialog, path, columns] {
                const QHash<QString, QString> mapping = dialog->mapping();
                const QStringList missing = CustomerImport::missingColumns(columns, mapping);
                if (!missing.isEmpty()) {
                    MessageBox::warning(
                        this, tr("Import"),
                        tr("These fields still have no column: %1.").arg(missing.join(QStringLiteral(", "))));
                    return;
                }
                if (Status s = CustomerImport::rememberMapping(*m_session.data(), columns, mapping); !s) {
                    MessageBox::warning(this, tr("Import"), s.error());
                    return;
                }
                startImport(path);
            });
            MessageBox::showDialog(dialog);
            return;
        }
    }
    startImport(path);
}

void WorklistPage::startImport(const QString &path)
{
    runJob(startImportJob(path, m_session.data()->path(),
                          m_session.isTraining() ? WorkspaceKind::Training : WorkspaceKind::Real, m_tariffs,
                          PrescreenRules::fromSettings(m_settings)),
           tr("Import"), tr("Importing %1…").arg(QDir::toNativeSeparators(path)));
}

void WorklistPage::rescreen()
{
    if (m_busy || !m_session.data())
        return;
    runJob(startPrescreenJob(m_session.data()->path(),
                             m_session.isTraining() ? WorkspaceKind::Training : WorkspaceKind::Real, m_tariffs,
                             PrescreenRules::fromSettings(m_settings)),
           tr("Pre-screening"), tr("Pre-screening the customers…"));
    m_rescreening = true;
}

void WorklistPage::runJob(QFuture<ImportJobResult> future, const QString &title, const QString &label)
{
    m_busy = true;
    m_rescreening = false;
    m_jobTitle = title;
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 1000, this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(&m_watcher, &QFutureWatcher<ImportJobResult>::progressValueChanged, m_progress, &QProgressDialog::setValue);
    connect(m_progress, &QProgressDialog::canceled, &m_watcher, &QFutureWatcher<ImportJobResult>::cancel);
    m_watcher.setFuture(future);
}

void WorklistPage::showIssues(const ImportSummary &summary)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("importIssuesDialog"));
    dialog->setWindowTitle(tr("Rejected rows of %1").arg(summary.fileName));
    // A table of widgets' items is for reading: the first thousand problems; the CSV has all that were kept.
    constexpr int shown = 1000;
    const int rows = int(std::min<std::size_t>(summary.issues.size(), shown));
    auto *table = new QTableWidget(rows, 4, dialog);
    table->setObjectName(QStringLiteral("importIssuesTable"));
    table->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Reason")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    for (int r = 0; r < rows; ++r) {
        const ImportIssue &i = summary.issues[std::size_t(r)];
        const QStringList cells{QString::number(i.line), i.column, i.value, i.reason};
        for (int c = 0; c < 4; ++c)
            table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    auto *buttons = new QDialogButtonBox(dialog);
    QPushButton *save = buttons->addButton(tr("Export as CSV…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("exportIssuesButton"));
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(close, &QPushButton::clicked, dialog, &QDialog::reject);
    const std::vector<ImportIssue> issues = summary.issues;
    const QString fileName = summary.fileName;
    connect(save, &QPushButton::clicked, dialog, [dialog, issues, fileName] {
        const QString path = FileDialog::saveFileName(
            dialog, tr("Export rejected rows"), fileName + QStringLiteral(".errors.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (Status s = CustomerImport::writeIssues(issues, path); !s)
            MessageBox::warning(dialog, tr("Export rejected rows"), s.error());
    });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("%n rows were not imported. Fix them in the file and import it again; the "
                                    "rows already imported will not change.",
                                    nullptr, int(summary.rejected)),
                                 dialog));
    const qint64 problems = qint64(summary.issues.size()) + summary.issuesNotListed;
    if (problems > rows) {
        auto *more = new QLabel(tr("The first %1 of %2 problems are shown; Export as CSV writes the first %3.")
                                    .arg(QLocale().toString(rows), QLocale().toString(problems),
                                         QLocale().toString(qint64(summary.issues.size()))),
                                dialog);
        more->setObjectName(QStringLiteral("importIssuesMore"));
        layout->addWidget(more);
    }
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog->resize(1000, 560);
    MessageBox::showDialog(dialog);
}

void WorklistPage::openCustomer(const QModelIndex &index)
{
    if (!index.isValid() || !m_session.data())
        return;
    const QString code = m_model->data(index, CustomerListModel::CodeRole).toString();
    const auto customer = CustomerRepository(m_session.data()->connection()).findByCode(code);
    if (!customer)
        return;
    auto *detail = new CustomerDetail(*customer, FlaggedList::flagsOf(m_session.data()->connection(), code), this);
    connect(detail, &CustomerDetail::inspectRequested, this, &WorklistPage::inspectRequested);
    MessageBox::showDialog(detail);
}

QStringList WorklistPage::selectedCodes() const
{
    // Rows are blank (no code) while the list is being put in order.
    QStringList codes;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const QString code = m_model->data(index, CustomerListModel::CodeRole).toString(); !code.isEmpty())
            codes << code;
    }
    return codes;
}

void WorklistPage::planSelected(bool today)
{
    if (!m_session.data())
        return;
    const QStringList codes = selectedCodes();
    if (codes.isEmpty()) {
        MessageBox::information(this, tr("Today's visits"), tr("Select the customers first (tap the rows)."));
        return;
    }
    if (Status s = CustomerRepository(m_session.data()->connection()).plan(codes, today ? m_session.today() : QDate());
        !s)
        MessageBox::warning(this, tr("Today's visits"), s.error());
    applyFilter();
}

void WorklistPage::defineCampaign()
{
    if (!m_session.data())
        return;
    auto *dialog = new CampaignDialog(m_session, m_model->filter(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        MessageBox::information(this, tr("New campaign"),
                                tr("Campaign “%1” created. Assign its customers to inspectors with Assign.")
                                    .arg(dialog->nameEdit()->text().trimmed()));
    });
    MessageBox::showDialog(dialog);
}

void WorklistPage::assignCustomers()
{
    if (!m_session.data() || !m_sync)
        return;
    // The dialog offers the whole filtered list: its count first (a long list's comes with its order).
    m_model->waitForOrder();
    const QStringList codes = selectedCodes();
    auto *dialog = new AssignDialog(m_session, *m_sync, codes, m_model->filter(), m_model->rowCount(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AssignDialog::assigned, this, [this, dialog](int count) {
        MessageBox::information(
            this, tr("Assign customers"),
            tr("%n customer(s) assigned to %1; the tablet receives them with its next sync.", nullptr, count)
                .arg(dialog->inspectorBox()->currentText()));
    });
    MessageBox::showDialog(dialog);
}

void WorklistPage::exportFlagged()
{
    if (m_busy || !m_session.data())
        return;
    const QString path =
        FileDialog::saveFileName(this, tr("Export the flagged customers"), QStringLiteral("canh-bao-ap-gia.xlsx"),
                                 tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    runJob(startExportJob(m_session.data()->path(),
                          m_session.isTraining() ? WorkspaceKind::Training : WorkspaceKind::Real, path),
           tr("Export"), tr("Exporting the flagged customers…"));
}

void WorklistPage::saveTemplate()
{
    const QString path = FileDialog::saveFileName(
        this, tr("Save the import template"), QStringLiteral("mau-danh-sach-khach-hang.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QDate last = QDate::currentDate().addMonths(-1);
    QSaveFile file(path);
    const bool ok =
        file.open(QIODevice::WriteOnly) &&
        file.write(csv::excelBom() +
                   ImportTemplate::columns(last.year() * 100 + last.month()).join(QLatin1Char(',')).toUtf8() + '\n') >
            0 &&
        file.commit();
    if (!ok)
        MessageBox::warning(this, tr("Save the import template"), file.errorString());
    else
        MessageBox::information(this, tr("Save the import template"),
                                tr("The template was saved to %1. Its columns are explained in "
                                   "docs/import-template.md.")
                                    .arg(QDir::toNativeSeparators(path)));
}

void WorklistPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WorklistPage::retranslateUi()
{
    if (m_searchStatus->isVisibleTo(this))
        showSearchStatus();
    m_search->setPlaceholderText(tr("Search code, name, address, meter, phone — with or without marks"));
    const int scope = qMax(0, m_scope->currentIndex());
    const QSignalBlocker b1(m_scope);
    m_scope->clear();
    m_scope->addItems({tr("To visit (warnings)"), tr("All customers"), tr("Today's visits (route order)"),
                       tr("Assigned by the branch")});
    m_scope->setCurrentIndex(scope);
    const int rule = qMax(0, m_rule->currentIndex());
    const QSignalBlocker b2(m_rule);
    m_rule->clear();
    m_rule->addItem(tr("Every warning"), QString());
    for (const char *r :
         {rule::Households, rule::Renters, rule::Ratio, rule::Administrative, rule::ThreeRate, rule::Abnormal})
        m_rule->addItem(ruleName(QLatin1StringView(r)), QString::fromLatin1(r));
    m_rule->setCurrentIndex(rule);
    m_import->setText(tr("Import list…"));
    m_export->setText(tr("Export warnings…"));
    m_template->setText(tr("Save template…"));
    m_clearFilters->setText(tr("Clear filters"));
    fillChoices(m_choices);
    m_planToday->setText(tr("Add to today"));
    m_inspect->setText(tr("Inspect"));
    m_leaderHint->setText(tr("Leaders: a campaign from the list as filtered above, or its customers sent to an "
                             "inspector's tablet."));
    m_campaign->setText(tr("New campaign…"));
    m_assign->setText(tr("Assign…"));
    m_unplan->setText(tr("Remove from today"));
    updateCount();
}

} // namespace ta
