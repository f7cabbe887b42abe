#include "ui/inspection/summarystep.h"

#include "models/core/money.h"
#include "models/core/words.h"
#include "ui/common/messagebox.h"
#include "ui/common/recordviewer.h"
#include "ui/common/signaturepad.h"
#include "ui/common/touchinput.h"
#include "ui/inspection/photostrip.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ta {

namespace {
const char *const kSigners[3] = {"customer", "inspector", "witness"};
const char *const kPadNames[3] = {"customerPad", "inspectorPad", "witnessPad"};

const QString &signatureOf(const Inspection &d, int signer)
{
    return signer == 0 ? d.signatures.customer : signer == 1 ? d.signatures.inspector : d.signatures.witness;
}
} // namespace

SummaryStep::SummaryStep(QWidget *parent) : StepPage(parent)
{
    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(QStringLiteral("flowSummary"));
    m_summary->setMinimumHeight(200);
    m_statementLabel = new QLabel(this);
    m_statementLabel->setObjectName(QStringLiteral("statementLabel"));
    m_statement = new QPlainTextEdit(this);
    m_statement->setObjectName(QStringLiteral("statement"));
    m_statement->setMaximumHeight(90);
    connect(m_statement, &QPlainTextEdit::textChanged, this, [this] { edited(QStringLiteral("statement")); });
    m_photos = new PhotoStrip(QStringLiteral("photo"), this);
    connect(m_photos, &PhotoStrip::addRequested, this, [this] { addPicture(QStringLiteral("photo")); });
    m_preview = new QPushButton(this);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_preview->setMinimumHeight(touch::MinimumHeight);
    connect(m_preview, &QPushButton::clicked, this, &SummaryStep::showPreview);

    const auto padBox = [this](int signer, QWidget *box) {
        auto *pad = new SignaturePad(box);
        pad->setObjectName(QLatin1StringView(kPadNames[signer]));
        m_pads[signer] = pad;
        auto *clear = new QPushButton(box);
        clear->setObjectName(QLatin1StringView(kPadNames[signer]) + QStringLiteral("Clear"));
        clear->setMinimumSize(96, touch::MinimumHeight);
        connect(clear, &QPushButton::clicked, pad, &SignaturePad::clear);
        connect(pad, &SignaturePad::changed, this, [this, signer] { signatureDrawn(signer); });
        // The clear button beside the pad, not under it: the pads and the sign button stay on one screen.
        auto *layout = new QHBoxLayout(box);
        layout->addWidget(pad, 1);
        layout->addWidget(clear, 0, Qt::AlignBottom);
    };
    m_customerBox = new QGroupBox(this);
    m_customerBox->setObjectName(QStringLiteral("customerSignatureBox"));
    padBox(0, m_customerBox);
    m_inspectorBox = new QGroupBox(this);
    m_inspectorBox->setObjectName(QStringLiteral("inspectorSignatureBox"));
    padBox(1, m_inspectorBox);
    m_refused = new QCheckBox(this);
    m_refused->setObjectName(QStringLiteral("customerRefused"));
    m_refused->setMinimumHeight(touch::MinimumHeight);
    m_witnessBox = new QGroupBox(this);
    m_witnessBox->setObjectName(QStringLiteral("witnessBox"));
    // The refusal's reason and the witness's name beside the statement; the witness signs in the
    // customer's place.
    m_refusalFields = new QWidget(this);
    m_refusalFields->setObjectName(QStringLiteral("refusalFields"));
    m_refusalReason = new QLineEdit(m_refusalFields);
    m_refusalReason->setObjectName(QStringLiteral("refusalReason"));
    m_refusalReason->setMinimumHeight(touch::MinimumHeight);
    m_witnessName = new QLineEdit(m_refusalFields);
    m_witnessName->setObjectName(QStringLiteral("witnessName"));
    m_witnessName->setMinimumHeight(touch::MinimumHeight);
    auto *refusalLayout = new QFormLayout(m_refusalFields);
    refusalLayout->setContentsMargins(0, 0, 0, 0);
    refusalLayout->addRow(new QLabel(m_refusalFields), m_refusalReason);
    refusalLayout->addRow(new QLabel(m_refusalFields), m_witnessName);
    padBox(2, m_witnessBox);
    connect(m_refused, &QCheckBox::toggled, this, [this](bool on) {
        m_witnessBox->setVisible(on);
        m_refusalFields->setVisible(on);
        m_customerBox->setVisible(!on);
        if (on && !isLoading())
            m_pads[0]->clear(); // a customer who refuses has not signed
        edited();
    });
    connect(m_refusalReason, &QLineEdit::textEdited, this, [this] { edited(QStringLiteral("refusalReason")); });
    connect(m_witnessName, &QLineEdit::textEdited, this, [this] { edited(QStringLiteral("witnessName")); });
    m_witnessBox->hide();
    m_refusalFields->hide();
    m_signedState = new QLabel(this);
    m_signedState->setObjectName(QStringLiteral("signedState"));
    // One line per gap, not wrapped: a wrapped label would make the page ask for its preferred height,
    // pushing the signatures below the fold.
    m_signedState->setWordWrap(false);
    m_finalise = new QPushButton(this);
    m_finalise->setObjectName(QStringLiteral("finaliseButton"));
    m_finalise->setMinimumHeight(52);
    connect(m_finalise, &QPushButton::clicked, this, &SummaryStep::finaliseRequested);

    m_finalise->setProperty("accent", true); // the step's main action (the flow shows it in its bottom bar)

    // Beside the summary: the customer's statement and the photos; under them the signatures side by side
    // (the witness's in the customer's place when the customer refuses).
    m_summary->setMinimumHeight(120);
    m_statement->setMaximumHeight(16777215);
    m_statement->setMinimumHeight(60);
    auto *photos = new QHBoxLayout;
    photos->addWidget(m_photos, 1);
    photos->addWidget(m_preview);
    auto *side = new QVBoxLayout;
    side->addWidget(m_statementLabel);
    side->addWidget(m_statement, 1);
    side->addWidget(m_refusalFields);
    side->addLayout(photos);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 3);
    top->addLayout(side, 2);
    auto *pads = new QHBoxLayout;
    pads->addWidget(m_customerBox);
    pads->addWidget(m_witnessBox);
    pads->addWidget(m_inspectorBox);
    auto *state = new QHBoxLayout;
    state->addWidget(m_refused);
    state->addWidget(m_signedState, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top, 1);
    layout->addLayout(pads);
    layout->addLayout(state);
    m_result->hide();
    retranslate();
}

SummaryStep::~SummaryStep() = default;

void SummaryStep::collect(Inspection &d) const
{
    d.statement = m_statement->toPlainText();
    if (m_refused->isChecked()) {
        d.signatures.refusalReason = m_refusalReason->text().trimmed();
        d.signatures.witnessName = m_witnessName->text().trimmed();
    } else {
        d.signatures.refusalReason.clear();
        d.signatures.witnessName.clear();
    }
}

void SummaryStep::show(const Inspection &d)
{
    if (m_statement->toPlainText() != d.statement)
        m_statement->setPlainText(d.statement);
    m_refused->setChecked(!d.signatures.refusalReason.isEmpty() || !d.signatures.witnessName.isEmpty());
    m_witnessBox->setVisible(m_refused->isChecked());
    m_refusalFields->setVisible(m_refused->isChecked());
    m_customerBox->setVisible(!m_refused->isChecked());
    m_refusalReason->setText(d.signatures.refusalReason);
    m_witnessName->setText(d.signatures.witnessName);
    // A pad whose drawing is no longer the draft's signature (undone, or another draft) starts empty; a
    // signature kept from before is named under it.
    for (int signer = 0; signer < 3; ++signer) {
        if (signatureOf(d, signer) != m_padFile[signer] || m_padFile[signer].isEmpty()) {
            const QSignalBlocker blocker(m_pads[signer]);
            m_pads[signer]->clear();
            m_padFile[signer].clear();
        }
    }
}

void SummaryStep::showPreview()
{
    if (!session())
        return;
    // The record as it would be signed, for the customer to read before signing; the file lives as long
    // as this step (a temporary folder of the app's own).
    if (!m_previewFolder || !m_previewFolder->isValid())
        m_previewFolder = std::make_unique<QTemporaryDir>();
    const QString path = m_previewFolder->filePath(QStringLiteral("xem-truoc.pdf"));
    if (Status s = session()->preview(path); !s) {
        MessageBox::warning(this, tr("Preview of the record"), s.error());
        return;
    }
    auto *viewer = new RecordViewer(path, tr("Preview of the record — not signed yet"),
                                    QStringLiteral("xem-truoc-%1.pdf").arg(session()->draft().customerCode), window());
    MessageBox::showDialog(viewer);
}

void SummaryStep::signatureDrawn(int signer)
{
    if (isLoading() || !session())
        return;
    SignaturePad *pad = m_pads[signer];
    if (Status s =
            session()->setSignature(QLatin1StringView(kSigners[signer]), pad->isEmpty() ? QByteArray() : pad->toPng());
        !s) {
        MessageBox::warning(this, tr("Signature"), s.error());
        return;
    }
    m_padFile[signer] = signatureOf(session()->draft(), signer);
}

void SummaryStep::refresh()
{
    if (!session())
        return;
    const Words words;
    const Inspection &d = session()->draft();
    const Result<Assessment> &assessed = session()->assessment();
    QString html;
    if (!assessed) {
        html = QStringLiteral("<p>%1</p>").arg(assessed.error().toHtmlEscaped());
    } else {
        const QJsonObject rules = assessed->rules.toJson();
        html += QStringLiteral("<table width='100%' cellpadding='4'>");
        for (const CheckOutcome &o : assessed->outcomes)
            html +=
                QStringLiteral("<tr><td><b>%1</b></td><td>%2<br><small>%3</small></td><td align='right'>%4</td></tr>")
                    .arg(Checks::checkName(o.check, words).toHtmlEscaped(),
                         Checks::conclusion(o, words).toHtmlEscaped(),
                         Checks::legalBasis(o.check, rules, words).toHtmlEscaped(),
                         o.change ? money::format(o.yearlyImpact) : QString());
        html += QStringLiteral("</table>");
        html +=
            QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Proposed:").toHtmlEscaped(),
                     assessed->anyChange()
                         ? tr("%1, %2 households, %3 meter. %4 a month, %5 over the recovery period.")
                               .arg(assessed->proposedPriceString, QLocale().toString(assessed->proposed.households),
                                    assessed->proposedThreeRate ? tr("three-rate") : tr("single-rate"),
                                    money::format(assessed->total.monthlyAverage), money::format(assessed->total.total))
                               .toHtmlEscaped()
                         : tr("keep the current price application.").toHtmlEscaped());
    }
    m_summary->setHtml(html);
    m_photos->showFor(session());
    const QStringList missing = session()->missing();
    QStringList state = missing;
    const QString kept[3] = {tr("The customer's signature drawn earlier is kept; draw again to replace it."),
                             tr("The inspector's signature drawn earlier is kept; draw again to replace it."),
                             tr("The witness's signature drawn earlier is kept; draw again to replace it.")};
    for (int signer = 0; signer < 3; ++signer) {
        if (!signatureOf(d, signer).isEmpty() && m_pads[signer]->isEmpty())
            state << kept[signer];
    }
    if (missing.isEmpty())
        state.prepend(tr("Ready to sign the record."));
    m_signedState->setText(state.join(QLatin1Char('\n')));
    m_finalise->setEnabled(missing.isEmpty());
}

QString SummaryStep::summaryText() const
{
    return m_summary->toPlainText();
}

void SummaryStep::retranslate()
{
    m_statementLabel->setText(tr("The customer's statement:"));
    m_photos->setAddText(tr("Add a photo…"));
    m_preview->setText(tr("Show the record"));
    m_customerBox->setTitle(tr("Customer's signature"));
    m_inspectorBox->setTitle(tr("Inspector's signature"));
    m_witnessBox->setTitle(tr("Witness (the customer refused to sign)"));
    for (QPushButton *b : findChildren<QPushButton *>()) {
        if (b->objectName().endsWith(QLatin1StringView("Clear")))
            b->setText(tr("Clear"));
    }
    m_refused->setText(tr("The customer refuses to sign"));
    m_refusalReason->setPlaceholderText(tr("Why the customer refuses"));
    m_witnessName->setPlaceholderText(tr("Witness's name and title"));
    if (auto *form = qobject_cast<QFormLayout *>(m_refusalFields->layout())) {
        const QString labels[] = {tr("Reason"), tr("Witness")};
        for (int r = 0; r < 2; ++r) {
            QLayoutItem *item = form->itemAt(r, QFormLayout::LabelRole);
            if (auto *label = qobject_cast<QLabel *>(item ? item->widget() : nullptr))
                label->setText(labels[r]);
        }
    }
    m_finalise->setText(tr("Sign the record"));
}

} // namespace ta
