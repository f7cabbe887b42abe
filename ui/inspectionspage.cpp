#include "ui/inspectionspage.h"

#include "models/customers/customer.h"
#include "models/customers/customerrepository.h"
#include "models/customers/customersearch.h"
#include "models/inspection/evidencestore.h"
#include "models/inspection/finaliser.h"
#include "models/inspection/inspectionstore.h"
#include "models/inspection/signedrecord.h"
#include "models/prescreen/flaggedlist.h"
#include "models/prescreen/prescreener.h"
#include "models/tariff/pricestring.h"
#include "models/workspace/session.h"
#include "ui/inspectionflow.h"
#include "ui/messagebox.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlQueryModel>

namespace ta {

namespace {

enum Column { IdColumn, NumberColumn, CustomerColumn, NameColumn, StatusColumn, RevisionColumn, UpdatedColumn };

// The stored values in words: the status translated, the time in the device's zone.
class InspectionListModel : public QSqlQueryModel
{
public:
    using QSqlQueryModel::QSqlQueryModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        const QVariant value = QSqlQueryModel::data(index, role);
        if (role != Qt::DisplayRole)
            return value;
        if (index.column() == StatusColumn)
            return value.toString() == QLatin1StringView("final") ? InspectionsPage::tr("Signed")
                                                                  : InspectionsPage::tr("Draft");
        if (index.column() == UpdatedColumn) {
            QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
            at.setTimeSpec(Qt::UTC);
            return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")) : value;
        }
        return value;
    }
    /// The stored status ("draft", "final") of @p row.
    QString status(int row) const { return QSqlQueryModel::data(index(row, StatusColumn)).toString(); }
};

} // namespace

InspectionsPage::InspectionsPage(Session &session, Settings &settings, QWidget *parent)
    : QWidget(parent), m_session(session), m_settings(settings)
{
    setObjectName(QStringLiteral("inspectionsPage"));
    m_stack = new QStackedWidget(this);
    m_list = new QWidget(m_stack);
    m_flow = new InspectionFlow(session, settings, m_stack);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_flow);
    connect(m_flow, &InspectionFlow::closeRequested, this, &InspectionsPage::showList);
    connect(m_flow, &InspectionFlow::finalised, this, [this](const QString &, const QString &folder) {
        showList();
        Desktop::openFile(QDir(folder).filePath(QStringLiteral("bien-ban.pdf")));
    });

    m_model = new InspectionListModel(this);
    m_table = new QTableView(m_list);
    m_table->setObjectName(QStringLiteral("inspectionsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(44);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableView::activated, this, [this] {
        if (selectedStatus() == QLatin1StringView("draft"))
            resumeSelected();
        else
            openSelectedPdf();
    });

    m_serial = new QLineEdit(m_list);
    m_serial->setObjectName(QStringLiteral("serialField"));
    m_serial->setInputMethodHints(Qt::ImhDigitsOnly);
    m_serial->setMinimumHeight(44);
    m_start = new QPushButton(m_list);
    m_start->setObjectName(QStringLiteral("startBySerial"));
    connect(m_serial, &QLineEdit::returnPressed, m_start, &QPushButton::click);
    connect(m_start, &QPushButton::clicked, this, [this] { startForSerial(m_serial->text()); });
    m_resume = new QPushButton(m_list);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_openPdf = new QPushButton(m_list);
    m_openPdf->setObjectName(QStringLiteral("openPdfButton"));
    m_savePdf = new QPushButton(m_list);
    m_savePdf->setObjectName(QStringLiteral("savePdfButton"));
    m_correct = new QPushButton(m_list);
    m_correct->setObjectName(QStringLiteral("correctButton"));
    m_verify = new QPushButton(m_list);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    for (QPushButton *b : {m_start, m_resume, m_openPdf, m_savePdf, m_correct, m_verify})
        b->setMinimumSize(120, 48);
    connect(m_resume, &QPushButton::clicked, this, &InspectionsPage::resumeSelected);
    connect(m_openPdf, &QPushButton::clicked, this, &InspectionsPage::openSelectedPdf);
    connect(m_savePdf, &QPushButton::clicked, this, &InspectionsPage::saveSelectedPdf);
    connect(m_correct, &QPushButton::clicked, this, &InspectionsPage::correctSelected);
    connect(m_verify, &QPushButton::clicked, this, &InspectionsPage::verifySelected);
    m_hint = new QLabel(m_list);
    m_hint->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_serial, 1);
    top->addWidget(m_start);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_hint, 1);
    actions->addWidget(m_resume);
    actions->addWidget(m_openPdf);
    actions->addWidget(m_savePdf);
    actions->addWidget(m_verify);
    actions->addWidget(m_correct);
    auto *listLayout = new QVBoxLayout(m_list);
    listLayout->setContentsMargins(16, 12, 16, 12);
    listLayout->addLayout(top);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(actions);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    retranslateUi();
}

void InspectionsPage::reload()
{
    if (!m_session.data()) {
        release();
        return;
    }
    // Few rows per inspector; QSqlQueryModel still fetches them as the view scrolls.
    m_model->setQuery(QStringLiteral("SELECT i.id, COALESCE(i.number, ''), i.customer_code, c.name, i.status,"
                                     " i.revision, i.updated_at FROM inspections i"
                                     " LEFT JOIN customers c ON c.code = i.customer_code ORDER BY i.updated_at DESC"),
                      m_session.data()->connection());
    m_bound = true;
    m_table->setColumnHidden(IdColumn, true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (const auto &[column, width] :
         {std::pair{NumberColumn, 230}, std::pair{CustomerColumn, 150}, std::pair{StatusColumn, 110},
          std::pair{RevisionColumn, 90}, std::pair{UpdatedColumn, 170}})
        m_table->setColumnWidth(column, width);
    retranslateUi();
}

void InspectionsPage::release()
{
    // QSqlQueryModel::clear() on a model already cleared dereferences a missing driver (Qt 6.4): once.
    if (m_bound)
        m_model->clear();
    m_bound = false;
    m_stack->setCurrentWidget(m_list);
}

void InspectionsPage::showEvent(QShowEvent *event)
{
    if (!isFlowOpen())
        reload();
    QWidget::showEvent(event);
}

bool InspectionsPage::isFlowOpen() const
{
    return m_stack->currentWidget() == m_flow;
}

void InspectionsPage::showList()
{
    m_stack->setCurrentWidget(m_list);
    reload();
}

bool InspectionsPage::startFor(const QString &code)
{
    if (!m_session.data())
        return false;
    const auto customer = CustomerRepository(m_session.data()->connection()).findByCode(code);
    if (!customer) {
        MessageBox::warning(this, tr("Inspection"), tr("No customer %1 in this data file.").arg(code));
        return false;
    }
    InspectionStore store(*m_session.data());
    std::optional<Inspection> draft = store.openDraft(code);
    if (!draft) {
        // The checks the customer's warnings call for; the reading is always taken.
        QStringList checks;
        const auto add = [&checks](const char *c) {
            if (!checks.contains(QLatin1StringView(c)))
                checks << QString::fromLatin1(c);
        };
        for (const CustomerFlag &f : FlaggedList::flagsOf(m_session.data()->connection(), code)) {
            if (f.rule == QLatin1StringView(rule::Households) || f.rule == QLatin1StringView(rule::Renters))
                add(check::Households);
            else if (f.rule == QLatin1StringView(rule::Ratio) || f.rule == QLatin1StringView(rule::Administrative))
                add(check::Ratio);
            else if (f.rule == QLatin1StringView(rule::ThreeRate))
                add(check::ThreeRate);
        }
        if (checks.isEmpty())
            add(customer->mainGroup() == QLatin1StringView(priceGroup::Residential) ? check::Households : check::Ratio);
        add(check::Reading);
        std::sort(checks.begin(), checks.end(), [](const QString &a, const QString &b) {
            const QStringList order{QLatin1StringView(check::Households), QLatin1StringView(check::Ratio),
                                    QLatin1StringView(check::ThreeRate), QLatin1StringView(check::Reading)};
            return order.indexOf(a) < order.indexOf(b);
        });
        auto started = store.startDraft(code, checks, m_session.now());
        if (!started) {
            MessageBox::warning(this, tr("Inspection"), started.error());
            return false;
        }
        draft = started.value();
    }
    m_flow->open(*draft, *customer);
    m_stack->setCurrentWidget(m_flow);
    return true;
}

bool InspectionsPage::startForSerial(const QString &typed)
{
    const QString serial = typed.trimmed();
    if (serial.isEmpty() || !m_session.data())
        return false;
    auto hits = CustomerSearch(m_session.data()->connection()).search(serial, 20);
    if (hits) {
        for (const SearchHit &h : hits.value()) {
            if (h.meterSerial == serial)
                return startFor(h.code);
        }
    }
    MessageBox::warning(this, tr("Inspection"), tr("No customer has the meter %1.").arg(serial));
    return false;
}

QString InspectionsPage::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->index(current.row(), IdColumn).data().toString() : QString();
}

QString InspectionsPage::selectedStatus() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? static_cast<InspectionListModel *>(m_model)->status(current.row()) : QString();
}

void InspectionsPage::resumeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || selectedStatus() != QLatin1StringView("draft") || !m_session.data())
        return;
    auto draft = InspectionStore(*m_session.data()).draft(id);
    if (!draft) {
        MessageBox::warning(this, tr("Inspection"), draft.error());
        return;
    }
    const auto customer = CustomerRepository(m_session.data()->connection()).findByCode(draft->customerCode);
    if (!customer)
        return;
    m_flow->open(draft.value(), *customer);
    m_stack->setCurrentWidget(m_flow);
}

QString InspectionsPage::selectedFolder() const
{
    const QModelIndex current = m_table->currentIndex();
    return QDir(m_session.recordsFolder()).filePath(m_model->index(current.row(), NumberColumn).data().toString());
}

void InspectionsPage::openSelectedPdf()
{
    const QString id = selectedId();
    if (id.isEmpty() || selectedStatus() != QLatin1StringView("final"))
        return;
    const QString pdf = QDir(selectedFolder()).filePath(QStringLiteral("bien-ban.pdf"));
    if (!QFileInfo::exists(pdf) && !rewriteSelectedFolder())
        return;
    Desktop::openFile(pdf);
}

bool InspectionsPage::rewriteSelectedFolder()
{
    // The signed record is in the data file: a folder deleted or lost is written again from it.
    if (!m_session.data() || !m_session.tariffs() || !m_session.secretStore())
        return false;
    auto record = InspectionStore(*m_session.data()).record(selectedId());
    if (!record) {
        MessageBox::warning(this, tr("Open the PDF"), record.error());
        return false;
    }
    EvidenceStore evidence(m_session.evidenceFolder());
    const Finaliser finaliser(*m_session.data(), evidence, *m_session.secretStore(), *m_session.tariffs());
    if (Status s = finaliser.exportRecord(record.value(), selectedFolder()); !s) {
        MessageBox::warning(this, tr("Open the PDF"), s.error());
        return false;
    }
    return true;
}

void InspectionsPage::saveSelectedPdf()
{
    // Sharing: a copy of the PDF where the inspector wants it (a USB stick, a shared folder, a mail draft).
    const QString id = selectedId();
    if (id.isEmpty() || selectedStatus() != QLatin1StringView("final"))
        return;
    const QString pdf = QDir(selectedFolder()).filePath(QStringLiteral("bien-ban.pdf"));
    const QString number = m_model->index(m_table->currentIndex().row(), NumberColumn).data().toString();
    const QString target = FileDialog::saveFileName(
        this, tr("Save a copy of the PDF"), QStringLiteral("bien-ban-%1.pdf").arg(number), tr("PDF files (*.pdf)"));
    if (target.isEmpty())
        return;
    QFile::remove(target);
    if (!QFile::copy(pdf, target))
        MessageBox::warning(
            this, tr("Save a copy of the PDF"),
            tr("%1 could not be copied to %2.").arg(QDir::toNativeSeparators(pdf), QDir::toNativeSeparators(target)));
}

void InspectionsPage::verifySelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || selectedStatus() != QLatin1StringView("final"))
        return;
    const VerifyReport report = verifyRecord(selectedFolder());
    if (report.intact())
        MessageBox::information(this, tr("Verify"),
                                tr("The record is intact: signature, fingerprint and %n evidence files match.", nullptr,
                                   report.evidenceChecked));
    else
        MessageBox::warning(this, tr("Verify"), report.problems.join(QLatin1Char('\n')));
}

void InspectionsPage::correctSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || selectedStatus() != QLatin1StringView("final") || !m_session.data())
        return;
    auto correction = InspectionStore(*m_session.data()).startCorrection(id, m_session.now());
    if (!correction) {
        MessageBox::warning(this, tr("Correct"), correction.error());
        return;
    }
    const auto customer = CustomerRepository(m_session.data()->connection()).findByCode(correction->customerCode);
    if (!customer)
        return;
    m_flow->open(correction.value(), *customer);
    m_stack->setCurrentWidget(m_flow);
}

void InspectionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InspectionsPage::retranslateUi()
{
    m_serial->setPlaceholderText(tr("Meter serial, as printed on the meter"));
    m_start->setText(tr("Start inspection"));
    m_resume->setText(tr("Resume"));
    m_openPdf->setText(tr("Open PDF"));
    m_savePdf->setText(tr("Save a copy…"));
    m_correct->setText(tr("Correct"));
    m_verify->setText(tr("Verify"));
    m_hint->setText(tr("Drafts resume where you stopped. Signed records never change: Correct makes a new "
                       "revision."));
    const QStringList headers{QString(),    tr("Number"),   tr("Customer"),   tr("Name"),
                              tr("Status"), tr("Revision"), tr("Last change")};
    for (int c = 0; c < headers.size() && c < m_model->columnCount(); ++c)
        m_model->setHeaderData(c, Qt::Horizontal, headers.at(c));
}

} // namespace ta
