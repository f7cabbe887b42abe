#include "ui/review/reviewpage.h"

#include "models/core/money.h"
#include "models/core/words.h"
#include "models/inspection/checks.h"
#include "models/inspection/recordpdf.h"
#include "models/review/campaigns.h"
#include "models/review/cmisexport.h"
#include "models/review/reviewqueue.h"
#include "models/review/reviewqueuemodel.h"
#include "models/sync/outbox.h"
#include "models/sync/syncservice.h"
#include "models/workspace/session.h"
#include "ui/common/messagebox.h"
#include "ui/common/recordviewer.h"
#include "ui/common/touchinput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ta {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// A value of a changed field as the leader reads it: yes and no for the record's true and false.
QString shown(const QString &value)
{
    if (value == QLatin1StringView("true"))
        return ReviewPage::tr("yes");
    if (value == QLatin1StringView("false"))
        return ReviewPage::tr("no");
    return value;
}

/// A changed field in words ("Proposal › Households"), from its path in the record ("proposal.households").
QString fieldLabel(const QString &path, const QJsonObject &record)
{
    static const QRegularExpression check(QStringLiteral("^checks\\[(\\d+)\\]$"));
    const auto word = [](const QString &key) {
        if (key == QLatin1StringView("customer"))
            return ReviewPage::tr("Customer");
        if (key == QLatin1StringView("proposal"))
            return ReviewPage::tr("Proposal");
        if (key == QLatin1StringView("households"))
            return ReviewPage::tr("Households");
        if (key == QLatin1StringView("priceString"))
            return ReviewPage::tr("Price string");
        if (key == QLatin1StringView("meter"))
            return ReviewPage::tr("Meter");
        if (key == QLatin1StringView("effectiveReading"))
            return ReviewPage::tr("Effective reading");
        if (key == QLatin1StringView("impact"))
            return ReviewPage::tr("Money at stake");
        if (key == QLatin1StringView("evidence"))
            return ReviewPage::tr("Evidence");
        if (key == QLatin1StringView("answers"))
            return ReviewPage::tr("Answers");
        if (key == QLatin1StringView("facts"))
            return ReviewPage::tr("Figures");
        if (key == QLatin1StringView("change"))
            return ReviewPage::tr("Change proposed");
        if (key == QLatin1StringView("head"))
            return ReviewPage::tr("Head of household");
        if (key == QLatin1StringView("document"))
            return ReviewPage::tr("Document");
        if (key == QLatin1StringView("evidenced"))
            return ReviewPage::tr("Households evidenced");
        if (key == QLatin1StringView("listed"))
            return ReviewPage::tr("Households listed");
        if (key == QLatin1StringView("proposed"))
            return ReviewPage::tr("Proposed");
        if (key == QLatin1StringView("declared"))
            return ReviewPage::tr("Declared");
        return key;
    };
    static const QRegularExpression item(QStringLiteral("^(\\w+)\\[(\\d+)\\]$"));
    QStringList parts;
    const Words words;
    for (const QString &segment : path.split(QLatin1Char('.'))) {
        const auto m = check.match(segment);
        if (m.hasMatch()) {
            const QString id = record.value(QStringLiteral("checks"))
                                   .toArray()
                                   .at(m.captured(1).toInt())
                                   .toObject()
                                   .value(QStringLiteral("check"))
                                   .toString();
            parts << (id.isEmpty() ? segment : Checks::checkName(id, words));
        } else if (const auto n = item.match(segment); n.hasMatch()) {
            parts << (n.captured(1) == QLatin1StringView("households")
                          ? ReviewPage::tr("Household %1").arg(n.captured(2).toInt() + 1)
                          : QStringLiteral("%1 %2").arg(word(n.captured(1))).arg(n.captured(2).toInt() + 1));
        } else {
            parts << word(segment);
        }
    }
    return parts.join(QStringLiteral(" › "));
}

} // namespace

ReviewPage::ReviewPage(Session &session, sync::SyncService &service, QWidget *parent)
    : QWidget(parent), m_session(session), m_service(service)
{
    setObjectName(QStringLiteral("reviewPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setWordWrap(true);
    m_syncNow = new QPushButton(this);
    m_syncNow->setObjectName(QStringLiteral("reviewSync"));
    m_syncNow->setMinimumHeight(44);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("reviewSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumHeight(44);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("reviewStatusFilter"));
    m_inspectorFilter = new QComboBox(this);
    m_inspectorFilter->setObjectName(QStringLiteral("reviewInspectorFilter"));
    m_substationFilter = new QComboBox(this);
    m_substationFilter->setObjectName(QStringLiteral("reviewSubstationFilter"));
    m_findingFilter = new QComboBox(this);
    m_findingFilter->setObjectName(QStringLiteral("reviewFindingFilter"));
    m_campaignFilter = new QComboBox(this);
    m_campaignFilter->setObjectName(QStringLiteral("reviewCampaignFilter"));
    m_impactFilter = new QComboBox(this);
    m_impactFilter->setObjectName(QStringLiteral("reviewImpactFilter"));
    for (qint64 amount : {qint64(0), qint64(1'000'000), qint64(5'000'000), qint64(20'000'000)})
        m_impactFilter->addItem(QString(), amount);
    for (QComboBox *c :
         {m_statusFilter, m_inspectorFilter, m_substationFilter, m_findingFilter, m_campaignFilter, m_impactFilter})
        c->setMinimumHeight(44);

    m_model = new review::ReviewQueueModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(44);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    for (const auto &[column, width] :
         {std::pair{review::ReviewQueueModel::Received, 130}, std::pair{review::ReviewQueueModel::Number, 190},
          std::pair{review::ReviewQueueModel::Customer, 220}, std::pair{review::ReviewQueueModel::Substation, 90},
          std::pair{review::ReviewQueueModel::Inspector, 170}, std::pair{review::ReviewQueueModel::Findings, 150},
          std::pair{review::ReviewQueueModel::Impact, 110}})
        m_table->setColumnWidth(column, width);
    touch::fitHeaderTexts(m_table->horizontalHeader()); // no title cut, in either language

    m_badges = new QLabel(this);
    m_badges->setObjectName(QStringLiteral("reviewBadges"));
    m_badges->setWordWrap(true);
    m_badges->setTextFormat(Qt::RichText);
    m_record = new QTextBrowser(this);
    m_record->setObjectName(QStringLiteral("reviewRecord"));
    m_approve = new QPushButton(this);
    m_approve->setObjectName(QStringLiteral("reviewApprove"));
    m_approve->setProperty("accent", true);
    m_return = new QPushButton(this);
    m_return->setObjectName(QStringLiteral("reviewReturn"));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("reviewPdf"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("reviewExport"));
    for (QPushButton *b : {m_approve, m_return, m_pdf, m_export})
        b->setMinimumHeight(44);

    // The search beside the page's actions; the six filters on a row of their own.
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_export);
    top->addWidget(m_syncNow);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter, 1);
    filters->addWidget(m_inspectorFilter, 1);
    filters->addWidget(m_substationFilter, 1);
    filters->addWidget(m_findingFilter, 1);
    filters->addWidget(m_campaignFilter, 1);
    filters->addWidget(m_impactFilter, 1);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_badges);
    detailLayout->addWidget(m_record, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_pdf);
    actions->addStretch();
    actions->addWidget(m_return);
    actions->addWidget(m_approve);
    detailLayout->addLayout(actions);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_status);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ReviewPage::applyFilter);
    for (QComboBox *c :
         {m_statusFilter, m_inspectorFilter, m_substationFilter, m_findingFilter, m_campaignFilter, m_impactFilter})
        connect(c, &QComboBox::currentIndexChanged, this, &ReviewPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The selection stays on the record it was on, if it is still shown.
        const int row = m_model->rowOf(m_selectedId, m_selectedRevision);
        if (row >= 0)
            m_table->selectRow(row);
        showSelected();
    });
    connect(m_approve, &QPushButton::clicked, this, &ReviewPage::approveSelected);
    connect(m_return, &QPushButton::clicked, this, &ReviewPage::returnSelected);
    connect(m_pdf, &QPushButton::clicked, this, &ReviewPage::openPdf);
    connect(m_export, &QPushButton::clicked, this, &ReviewPage::exportCmis);
    connect(m_syncNow, &QPushButton::clicked, &m_service, &sync::SyncService::syncNow);
    connect(&m_service, &sync::SyncService::syncFinished, this, &ReviewPage::onSyncFinished);
    connect(&m_service, &sync::SyncService::busyChanged, this, [this](bool busy) { m_syncNow->setEnabled(!busy); });
    retranslateUi();
}

void ReviewPage::reload()
{
    Database *profileData = m_session.data();
    if (!profileData || m_session.isTraining()) {
        m_model->setDatabase({});
        return;
    }
    m_model->setDatabase(profileData->connection());
    fillFilters();
    retranslateUi();
}

void ReviewPage::release()
{
    m_model->setDatabase({});
}

void ReviewPage::fillFilters()
{
    Database *profileData = m_session.data();
    if (!profileData)
        return;
    const review::ReviewQueue queue(profileData->connection());
    const auto refill = [](QComboBox *box, const QString &all, const QStringList &values) {
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString &v : values)
            box->addItem(v, v);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_inspectorFilter, tr("All inspectors"), queue.inspectors());
    refill(m_substationFilter, tr("All substations"), queue.substations());
    refill(m_campaignFilter, tr("All campaigns"), review::Campaigns(profileData->connection()).names());
}

void ReviewPage::applyFilter()
{
    review::ReviewFilter f;
    if (m_statusFilter->currentData().isValid() && m_statusFilter->currentData().toInt() >= 0)
        f.status = review::ReviewStatus(m_statusFilter->currentData().toInt());
    f.inspector = m_inspectorFilter->currentData().toString();
    f.substation = m_substationFilter->currentData().toString();
    f.check = m_findingFilter->currentData().toString();
    f.campaign = m_campaignFilter->currentData().toString();
    f.minimumImpact = m_impactFilter->currentData().toLongLong();
    f.text = m_search->text();
    m_model->setFilter(f);
}

void ReviewPage::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const review::ReviewItem *item = current.isValid() ? m_model->itemAt(current.row()) : nullptr;
    Database *profileData = m_session.data();
    m_approve->setEnabled(false);
    m_return->setEnabled(false);
    m_pdf->setEnabled(item != nullptr);
    if (!item || !profileData) {
        m_selectedId.clear();
        m_selectedRevision = 0;
        m_badges->clear();
        m_record->setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("Choose a record in the list to read it."))));
        return;
    }
    m_selectedId = item->recordId;
    m_selectedRevision = item->revision;
    const bool open = item->decision.isEmpty() && item->status != review::ReviewStatus::Replaced;
    m_approve->setEnabled(open);
    m_return->setEnabled(open);

    QStringList badges;
    badges << (item->verified
                   ? QStringLiteral("<span style='color:#1b7f3b'>✔ %1</span>")
                         .arg(esc(tr("Signature verified with the tablet's registered key")))
                   : QStringLiteral("<span style='color:#b00020'>✖ %1</span>")
                         .arg(esc(tr("The signature does not verify with a registered key: do not approve"))));
    badges << esc(tr("Received by the server %1")
                      .arg(QLocale().toString(item->receivedAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"))));
    if (!item->assigned)
        badges << QStringLiteral("<span style='color:#a15c00'>%1</span>")
                      .arg(esc(tr("This customer was not assigned to the inspector")));
    QString status = review::statusText(item->status);
    if (item->decisionWaiting)
        status = tr("%1 (not sent yet)").arg(status);
    if (!item->decidedBy.isEmpty())
        status += QStringLiteral(" · ") + item->decidedBy;
    badges << QStringLiteral("<b>%1</b>").arg(esc(status));
    if (!item->comment.isEmpty())
        badges << esc(tr("Comment: %1").arg(item->comment));
    if (!item->decisionError.isEmpty())
        badges << QStringLiteral("<span style='color:#b00020'>%1</span>").arg(esc(item->decisionError));
    m_badges->setText(badges.join(QStringLiteral("<br>")));

    const review::ReviewQueue queue(profileData->connection());
    auto record = queue.record(item->recordId, item->revision);
    if (!record) {
        m_record->setPlainText(record.error());
        return;
    }
    // A correction first says what it changed from the revision it replaces.
    QString changes;
    if (!item->replaces.isEmpty()) {
        auto previous = queue.record(item->replaces, item->revision - 1);
        if (previous) {
            changes = QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='4' width='100%'>"
                                     "<tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                          .arg(esc(tr("What the correction changed from revision %1").arg(item->revision - 1)),
                               esc(tr("Field")), esc(tr("Before")), esc(tr("After")));
            for (const review::Difference &d : review::differences(previous->record, record->record))
                changes += QStringLiteral("<tr><td>%1<br><span style='color:#666; font-size:small'>%2</span></td>"
                                          "<td>%3</td><td>%4</td></tr>")
                               .arg(esc(fieldLabel(d.path, record->record)), esc(d.path), esc(shown(d.before)),
                                    esc(shown(d.after)));
            changes += QStringLiteral("</table>");
        }
    }
    auto *doc = new QTextDocument(m_record);
    RecordPdf::fill(*doc, record.value(), m_session.evidenceFolder());
    if (!changes.isEmpty()) {
        QTextCursor cursor(doc);
        cursor.movePosition(QTextCursor::Start);
        cursor.insertHtml(changes);
        cursor.insertBlock();
    }
    m_record->setDocument(doc);
}

void ReviewPage::decide(bool approve, const QString &comment)
{
    Database *profileData = m_session.data();
    if (!profileData || m_selectedId.isEmpty())
        return;
    const auto enrollment = sync::Outbox(profileData->connection()).enrollment();
    if (!enrollment || !enrollment->approved()) {
        MessageBox::warning(this, tr("Review"),
                            tr("This device is not enrolled with the branch server as a leader's: enroll it in "
                               "Settings › Branch server first."));
        return;
    }
    auto key = m_session.deviceKey();
    if (!key) {
        MessageBox::warning(this, tr("Review"), key.error());
        return;
    }
    auto decided = review::ReviewQueue(profileData->connection())
                       .decide(m_selectedId, m_selectedRevision,
                               approve ? sync::Decision::Kind::Approve : sync::Decision::Kind::Return, comment,
                               key.value(), enrollment->enrollmentId, m_session.now());
    if (!decided) {
        MessageBox::warning(this, tr("Review"), decided.error());
        return;
    }
    m_model->reload();
    // Sent at once when the network allows; kept and sent later when not.
    m_service.syncNow();
}

void ReviewPage::approveSelected()
{
    decide(true, QString());
}

void ReviewPage::returnSelected()
{
    if (m_selectedId.isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("returnDialog"));
    dialog->setWindowTitle(tr("Return to the inspector"));
    auto *label =
        new QLabel(tr("What must the inspector correct? The comment goes to the tablet with the record."), dialog);
    label->setWordWrap(true);
    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("returnComment"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Return"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (QAbstractButton *b : buttons->buttons())
        b->setMinimumHeight(44);
    connect(text, &QPlainTextEdit::textChanged, dialog, [text, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text->toPlainText().trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog->resize(560, 320);
    connect(dialog, &QDialog::accepted, this, [this, text] { decide(false, text->toPlainText()); });
    MessageBox::showDialog(dialog);
}

void ReviewPage::openPdf()
{
    Database *profileData = m_session.data();
    if (!profileData || m_selectedId.isEmpty())
        return;
    auto record = review::ReviewQueue(profileData->connection()).record(m_selectedId, m_selectedRevision);
    if (!record) {
        MessageBox::warning(this, tr("Review"), record.error());
        return;
    }
    const QString folder = QDir(m_session.evidenceFolder()).filePath(QStringLiteral("../review-pdf"));
    QDir().mkpath(folder);
    const QString path =
        QDir(folder).absoluteFilePath(QStringLiteral("%1-%2.pdf").arg(m_selectedId).arg(m_selectedRevision));
    if (Status s = RecordPdf::write(record.value(), m_session.evidenceFolder(), path); !s) {
        MessageBox::warning(this, tr("Review"), s.error());
        return;
    }
    const QString number = record->record.value(QStringLiteral("number")).toString();
    MessageBox::showDialog(new RecordViewer(path, tr("Record %1, revision %2").arg(number).arg(m_selectedRevision),
                                            QStringLiteral("bien-ban-%1.pdf").arg(number), window()));
}

void ReviewPage::exportCmis()
{
    Database *profileData = m_session.data();
    if (!profileData)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("cmisDialog"));
    dialog->setWindowTitle(tr("Export for CMIS"));
    auto *from = new QDateEdit(m_session.today().addDays(-30), dialog);
    from->setObjectName(QStringLiteral("cmisFrom"));
    auto *to = new QDateEdit(m_session.today(), dialog);
    to->setObjectName(QStringLiteral("cmisTo"));
    for (QDateEdit *d : {from, to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        d->setMinimumHeight(44);
    }
    auto *again = new QCheckBox(tr("Include the corrections exported before"), dialog);
    again->setObjectName(QStringLiteral("cmisAgain"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *form = new QFormLayout(dialog);
    form->addRow(new QLabel(tr("The corrections approved on these days, one row per field changed (SO_HO, CHUOI_GIA, "
                               "LOAI_DDO), as CSV or Excel."),
                            dialog));
    form->addRow(tr("Approved from"), from);
    form->addRow(tr("to"), to);
    form->addRow(again);
    form->addRow(buttons);
    connect(dialog, &QDialog::accepted, this, [this, from, to, again] {
        Database *db = m_session.data();
        if (!db)
            return;
        if (to->date() < from->date()) {
            MessageBox::warning(this, tr("Export for CMIS"), tr("The last day is before the first."));
            return;
        }
        review::ReviewQueue queue(db->connection());
        const auto approved = queue.approved(from->date(), to->date(), again->isChecked());
        std::vector<review::ApprovedRecord> input;
        std::vector<std::pair<QString, int>> revisions;
        for (const auto &a : approved) {
            input.push_back({a.canonical, a.approvedBy, a.approvedAt});
            revisions.emplace_back(a.recordId, a.revision);
        }
        auto rows = review::CmisExport::rows(input);
        if (!rows) {
            MessageBox::warning(this, tr("Export for CMIS"), rows.error());
            return;
        }
        if (rows->empty()) {
            MessageBox::information(this, tr("Export for CMIS"),
                                    tr("No approved correction on these days that was not exported before."));
            return;
        }
        const QString suggested = QDir::home().filePath(QStringLiteral("cmis-%1-%2.csv")
                                                            .arg(from->date().toString(QStringLiteral("yyyyMMdd")),
                                                                 to->date().toString(QStringLiteral("yyyyMMdd"))));
        const QString path = FileDialog::saveFileName(this, tr("Export for CMIS"), suggested,
                                                      tr("CSV (*.csv);;Excel workbook (*.xlsx)"));
        if (path.isEmpty())
            return;
        if (Status s = review::CmisExport::write(rows.value(), path); !s) {
            MessageBox::warning(this, tr("Export for CMIS"), s.error());
            return;
        }
        if (Status s = queue.markExported(revisions, m_session.now()); !s) {
            MessageBox::warning(this, tr("Export for CMIS"), s.error());
            return;
        }
        MessageBox::information(this, tr("Export for CMIS"),
                                tr("%n correction(s) from %1 record(s) written to %2.", nullptr, int(rows->size()))
                                    .arg(revisions.size())
                                    .arg(QDir::toNativeSeparators(path)));
    });
    MessageBox::showDialog(dialog);
}

void ReviewPage::onSyncFinished(const sync::SyncReport &report)
{
    if (report.queueUpdates > 0 || report.decisionsSent > 0 || report.decisionsRefused > 0) {
        fillFilters();
        m_model->reload();
    }
    retranslateUi();
    if (report.outcome != sync::SyncOutcome::Done && !report.message.isEmpty())
        m_status->setText(m_status->text() + QLatin1Char('\n') + report.message);
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->reload();
    }
    QWidget::changeEvent(event);
}

void ReviewPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void ReviewPage::retranslateUi()
{
    m_intro->setText(tr("Records the branch server received from the inspectors' tablets, newest first. Approve "
                        "a record, or return it with what must be corrected; decisions are signed with this "
                        "device's key and sent with the next sync."));
    m_search->setPlaceholderText(tr("Customer code, name or record number"));
    m_syncNow->setText(tr("Sync now"));
    m_approve->setText(tr("Approve"));
    m_return->setText(tr("Return with a comment…"));
    m_pdf->setText(tr("Open the PDF"));
    m_export->setText(tr("Export for CMIS…"));
    fillFilters(); // their "All …" entries are words too
    {
        const int current = m_statusFilter->currentIndex();
        const QSignalBlocker block(m_statusFilter);
        m_statusFilter->clear();
        m_statusFilter->addItem(tr("Every status"), -1);
        for (review::ReviewStatus s :
             {review::ReviewStatus::Received, review::ReviewStatus::Resubmitted, review::ReviewStatus::Returned,
              review::ReviewStatus::Approved, review::ReviewStatus::Replaced})
            m_statusFilter->addItem(review::statusText(s), int(s));
        m_statusFilter->setCurrentIndex(std::max(0, current));
    }
    m_impactFilter->setItemText(0, tr("Any money at stake"));
    for (int i = 1; i < m_impactFilter->count(); ++i)
        m_impactFilter->setItemText(i,
                                    tr("At stake ≥ %1").arg(money::format(m_impactFilter->itemData(i).toLongLong())));
    {
        const int current = m_findingFilter->currentIndex();
        const QSignalBlocker block(m_findingFilter);
        m_findingFilter->clear();
        m_findingFilter->addItem(tr("Every finding"), QString());
        const Words words;
        for (const char *id : {check::Households, check::Ratio, check::ThreeRate, check::Reading})
            m_findingFilter->addItem(Checks::checkName(QLatin1StringView(id), words), QLatin1StringView(id));
        m_findingFilter->setCurrentIndex(std::max(0, current));
    }
    Database *profileData = m_session.data();
    if (!profileData || m_session.isTraining()) {
        m_status->setText(tr("Training mode has no review: training records never reach the branch server."));
        return;
    }
    const auto enrollment = sync::Outbox(profileData->connection()).enrollment();
    if (!enrollment) {
        m_status->setText(tr("This device is not enrolled with the branch server. A leader's device is enrolled in "
                             "Settings › Branch server and approved with the leader's role."));
        return;
    }
    const sync::Outbox outbox(profileData->connection());
    const int count = review::ReviewQueue(profileData->connection()).count();
    if (outbox.value(QStringLiteral("role")) != QLatin1StringView("leader")) {
        m_status->setText(tr("The branch server has not granted this device a leader's role: its operator approves "
                             "it with --role leader."));
        return;
    }
    const QDateTime last = QDateTime::fromString(outbox.value(QStringLiteral("lastSyncAt")), Qt::ISODateWithMs);
    m_status->setText(tr("%n record(s) in the queue; last read from the server %1.", nullptr, count)
                          .arg(last.isValid()
                                   ? QLocale().toString(last.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"))
                                   : tr("never")));
}

} // namespace ta
