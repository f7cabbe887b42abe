#include "ui/inspection/inspectionspage.h"

#include "models/customers/customersearch.h"
#include "models/inspection/evidencestore.h"
#include "models/inspection/inspectionlistmodel.h"
#include "models/inspection/inspectionsession.h"
#include "models/inspection/inspectionstore.h"
#include "models/inspection/recordfolder.h"
#include "models/inspection/signedrecord.h"
#include "models/workspace/session.h"
#include "ui/common/messagebox.h"
#include "ui/common/recordviewer.h"
#include "ui/common/touchinput.h"
#include "ui/inspection/inspectionflow.h"
#include "ui/training/scenariocard.h"

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

namespace ta {

InspectionsPage::InspectionsPage(Session &session, Settings &settings, QWidget *parent)
    : QWidget(parent), m_session(session), m_settings(settings)
{
    setObjectName(QStringLiteral("inspectionsPage"));
    m_stack = new QStackedWidget(this);
    m_list = new QWidget(m_stack);
    m_flow = new InspectionFlow(m_stack);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_flow);
    connect(m_flow, &InspectionFlow::closeRequested, this, &InspectionsPage::showList);
    connect(m_flow, &InspectionFlow::finalised, this, [this](const QString &, const QString &folder) {
        showList();
        if (!folder.isEmpty())
            showRecord(QDir(folder).filePath(QStringLiteral("bien-ban.pdf")), QDir(folder).dirName());
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
    m_discard = new QPushButton(m_list);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_openPdf = new QPushButton(m_list);
    m_openPdf->setObjectName(QStringLiteral("openPdfButton"));
    m_savePdf = new QPushButton(m_list);
    m_savePdf->setObjectName(QStringLiteral("savePdfButton"));
    m_correct = new QPushButton(m_list);
    m_correct->setObjectName(QStringLiteral("correctButton"));
    m_verify = new QPushButton(m_list);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    for (QPushButton *b : {m_start, m_resume, m_discard, m_openPdf, m_savePdf, m_correct, m_verify})
        b->setMinimumSize(120, 48);
    connect(m_resume, &QPushButton::clicked, this, &InspectionsPage::resumeSelected);
    connect(m_discard, &QPushButton::clicked, this, &InspectionsPage::discardSelected);
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
    actions->addWidget(m_discard);
    actions->addWidget(m_openPdf);
    actions->addWidget(m_savePdf);
    actions->addWidget(m_verify);
    actions->addWidget(m_correct);
    auto *listLayout = new QVBoxLayout(m_list);
    listLayout->setContentsMargins(16, 12, 16, 12);
    listLayout->addLayout(top);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(actions);
    // A scenario attempt's card, beside the flow (training only).
    m_card = new ScenarioCard(this);
    m_card->setFixedWidth(300);
    m_card->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_card);
    retranslateUi();
}

void InspectionsPage::reload()
{
    if (!m_session.data()) {
        release();
        return;
    }
    // Few rows per inspector; QSqlQueryModel still fetches them as the view scrolls.
    m_model->setDatabase(m_session.data()->connection());
    m_table->setColumnHidden(InspectionListModel::Id, true);
    m_table->setColumnHidden(InspectionListModel::Comment, true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(InspectionListModel::Name, QHeaderView::Stretch);
    for (const auto &[column, width] :
         {std::pair{InspectionListModel::Number, 210}, std::pair{InspectionListModel::Customer, 140},
          std::pair{InspectionListModel::Status, 110}, std::pair{InspectionListModel::Revision, 80},
          std::pair{InspectionListModel::Updated, 150}, std::pair{InspectionListModel::Review, 220}})
        m_table->setColumnWidth(column, width);
    touch::fitHeaderTexts(m_table->horizontalHeader()); // no title cut, in either language
}

void InspectionsPage::release()
{
    m_flow->close();
    m_model->setDatabase(QSqlDatabase());
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
    m_card->hide();
    m_flow->close();
    m_stack->setCurrentWidget(m_list);
    reload();
}

bool InspectionsPage::openSession(Result<std::unique_ptr<InspectionSession>> session, const QString &title)
{
    if (!session) {
        MessageBox::warning(this, title, session.error());
        return false;
    }
    const QString id = session.value()->draft().id;
    m_flow->open(std::move(session).value());
    m_stack->setCurrentWidget(m_flow);
    const Scenario *scenario = m_scenarioOf ? m_scenarioOf(id) : nullptr;
    if (scenario)
        m_card->setScenario(*scenario);
    m_card->setVisible(scenario != nullptr);
    return true;
}

bool InspectionsPage::resume(const QString &draftId)
{
    if (!m_session.data())
        return false;
    return openSession(InspectionSession::resume(m_session.inspectionEnvironment(), draftId), tr("Inspection"));
}

void InspectionsPage::setScenarioLookup(std::function<const Scenario *(const QString &)> lookup)
{
    m_scenarioOf = std::move(lookup);
}

bool InspectionsPage::startFor(const QString &code)
{
    if (!m_session.data())
        return false;
    // The customer's open draft, or a new one with the checks its warnings call for.
    return openSession(InspectionSession::openFor(m_session.inspectionEnvironment(), code), tr("Inspection"));
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
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

QString InspectionsPage::selectedStatus() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->statusAt(current.row()) : QString();
}

void InspectionsPage::resumeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || selectedStatus() != QLatin1StringView("draft") || !m_session.data())
        return;
    openSession(InspectionSession::resume(m_session.inspectionEnvironment(), id), tr("Inspection"));
}

void InspectionsPage::discardSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || selectedStatus() != QLatin1StringView("draft") || !m_session.data())
        return;
    const QString customer =
        m_model->data(m_model->index(m_table->currentIndex().row(), InspectionListModel::Customer)).toString();
    if (!MessageBox::confirm(this, tr("Discard the draft"),
                             tr("Discard the draft inspection of %1? Its answers, photos and signatures are "
                                "discarded; this cannot be undone.")
                                 .arg(customer),
                             tr("Discard")))
        return;
    if (Status s = InspectionStore(*m_session.data()).discardDraft(id); !s) {
        MessageBox::warning(this, tr("Discard the draft"), s.error());
        return;
    }
    reload();
}

QString InspectionsPage::selectedFolder() const
{
    const QModelIndex current = m_table->currentIndex();
    auto folder = RecordFolder::pathFor(m_session.recordsFolder(), m_model->numberAt(current.row()));
    return folder ? folder.value() : QString();
}

void InspectionsPage::openSelectedPdf()
{
    const QString id = selectedId();
    if (id.isEmpty() || selectedStatus() != QLatin1StringView("final"))
        return;
    const QString pdf = QDir(selectedFolder()).filePath(QStringLiteral("bien-ban.pdf"));
    if ((selectedFolder().isEmpty() || !QFileInfo::exists(pdf)) && !rewriteSelectedFolder())
        return;
    showRecord(pdf, m_model->numberAt(m_table->currentIndex().row()));
}

void InspectionsPage::showRecord(const QString &pdf, const QString &number)
{
    auto *viewer =
        new RecordViewer(pdf, tr("Record %1").arg(number), QStringLiteral("bien-ban-%1.pdf").arg(number), window());
    MessageBox::showDialog(viewer);
}

bool InspectionsPage::rewriteSelectedFolder()
{
    // The signed record is in the data file: a folder deleted or lost is written again from it.
    if (!m_session.data())
        return false;
    auto record = InspectionStore(*m_session.data()).record(selectedId());
    if (!record) {
        MessageBox::warning(this, tr("Open the PDF"), record.error());
        return false;
    }
    const EvidenceStore evidence(m_session.evidenceFolder());
    if (auto written = RecordFolder::write(record.value(), evidence, m_session.recordsFolder()); !written) {
        MessageBox::warning(this, tr("Open the PDF"), written.error());
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
    const QString number = m_model->numberAt(m_table->currentIndex().row());
    if ((selectedFolder().isEmpty() || !QFileInfo::exists(pdf)) && !rewriteSelectedFolder())
        return;
    RecordViewer::saveCopyOf(this, pdf, QStringLiteral("bien-ban-%1.pdf").arg(number));
}

void InspectionsPage::verifySelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || selectedStatus() != QLatin1StringView("final"))
        return;
    // Only the keys the branch registered (and this tablet's own) make a signature trusted.
    const TrustedKeys trusted = m_session.trustedKeys();
    const VerifyReport report = verifyRecord(selectedFolder(), &trusted);
    if (report.intact())
        MessageBox::information(this, tr("Verify"),
                                tr("The record is intact: signature, fingerprint and %n evidence files match.", nullptr,
                                   report.evidenceChecked) +
                                    QLatin1Char('\n') + tr("Signed by %1.").arg(report.signer));
    else
        MessageBox::warning(this, tr("Verify"), report.problems.join(QLatin1Char('\n')));
}

void InspectionsPage::correctSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || selectedStatus() != QLatin1StringView("final") || !m_session.data())
        return;
    openSession(InspectionSession::correct(m_session.inspectionEnvironment(), id), tr("Correct"));
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
    m_discard->setText(tr("Discard draft…"));
    m_savePdf->setText(tr("Save a copy…"));
    m_correct->setText(tr("Correct"));
    m_verify->setText(tr("Verify"));
    m_hint->setText(tr("Drafts resume where you stopped. Signed records never change: Correct makes a new "
                       "revision."));
    // The model's headers and statuses follow the language on their own; the view repaints them.
    m_table->viewport()->update();
    m_table->horizontalHeader()->viewport()->update();
}

} // namespace ta
