#include "ui/inspection/inspectionflow.h"

#include "models/inspection/inspectionstore.h"
#include "ui/common/messagebox.h"
#include "ui/common/touchinput.h"
#include "ui/inspection/checksstep.h"
#include "ui/inspection/householdsstep.h"
#include "ui/inspection/identifystep.h"
#include "ui/inspection/ratiostep.h"
#include "ui/inspection/summarystep.h"
#include "ui/inspection/threeratestep.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace ta {

InspectionFlow::InspectionFlow(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("inspectionFlow"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("flowTitle"));
    m_title->setWordWrap(true);
    m_stepButtons = new QButtonGroup(this);
    m_stepButtons->setExclusive(true);
    auto *stepBar = new QHBoxLayout;
    for (int i = 0; i < InspectionSession::StepCount; ++i) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("step%1").arg(i));
        b->setCheckable(true);
        b->setMinimumHeight(touch::MinimumHeight);
        m_stepButtons->addButton(b, i);
        stepBar->addWidget(b);
    }
    connect(m_stepButtons, &QButtonGroup::idClicked, this, [this](int id) { goTo(Step(id)); });

    m_identify = new IdentifyStep;
    m_summary = new SummaryStep;
    m_stepPages[int(Step::Checks)] = new ChecksStep;
    m_stepPages[int(Step::Identify)] = m_identify;
    m_stepPages[int(Step::Households)] = new HouseholdsStep;
    m_stepPages[int(Step::Ratio)] = new RatioStep;
    m_stepPages[int(Step::ThreeRate)] = new ThreeRateStep;
    m_stepPages[int(Step::Summary)] = m_summary;
    m_pages = new QStackedWidget(this);
    for (StepPage *p : m_stepPages) {
        // Steps scroll on a small screen; the on-screen keyboard may cover half of it.
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(p);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_pages->addWidget(scroll);
    }
    connect(m_summary, &SummaryStep::finaliseRequested, this, &InspectionFlow::finalise);

    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("flowBack"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("flowNext"));
    m_next->setDefault(true);
    m_next->setProperty("accent", true); // the way on, as Sign is on the last step
    m_undo = new QPushButton(this);
    m_undo->setObjectName(QStringLiteral("flowUndo"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("flowClose"));
    for (QPushButton *b : {m_back, m_next, m_undo, m_close})
        b->setMinimumSize(120, 48);
    connect(m_back, &QPushButton::clicked, this, &InspectionFlow::back);
    connect(m_next, &QPushButton::clicked, this, &InspectionFlow::next);
    connect(m_undo, &QPushButton::clicked, this, &InspectionFlow::undo);
    connect(m_close, &QPushButton::clicked, this, &InspectionFlow::closeRequested);
    auto *undoShortcut = new QShortcut(QKeySequence::Undo, this);
    undoShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undoShortcut, &QShortcut::activated, this, &InspectionFlow::undo);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addWidget(m_undo);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    // The last step's main action sits where "Next" was: on screen however long the step is.
    m_summary->finaliseButton()->setMinimumSize(200, 48);
    buttons->addWidget(m_summary->finaliseButton());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->addWidget(m_title);
    layout->addLayout(stepBar);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    retranslateUi();
}

InspectionFlow::~InspectionFlow()
{
    close();
}

void InspectionFlow::open(std::unique_ptr<InspectionSession> session)
{
    close();
    m_session = std::move(session);
    connect(m_session.get(), &InspectionSession::changed, this, &InspectionFlow::sessionChanged);
    connect(m_session.get(), &InspectionSession::saveFailed, this,
            [this](const QString &error) { MessageBox::warning(this, tr("Inspection"), error); });
    for (StepPage *p : m_stepPages)
        p->setSession(m_session.get());
    m_pages->setCurrentIndex(int(m_session->step()));
    retranslateUi();
}

void InspectionFlow::close()
{
    if (!m_session)
        return;
    for (StepPage *p : m_stepPages)
        p->setSession(nullptr);
    m_session.reset(); // saves what is pending
}

const Inspection &InspectionFlow::draft() const
{
    return m_session ? m_session->draft() : m_empty;
}

InspectionFlow::Step InspectionFlow::currentStep() const
{
    return m_session ? m_session->step() : Step::Checks;
}

bool InspectionFlow::isStepAvailable(Step step) const
{
    return m_session && m_session->isAvailable(step);
}

StepPage *InspectionFlow::page(Step step) const
{
    return m_stepPages[int(step)];
}

QWidget *InspectionFlow::stepPage(Step step) const
{
    return page(step);
}

void InspectionFlow::goTo(Step step)
{
    if (!m_session || !m_session->setStep(step))
        return;
    m_pages->setCurrentIndex(int(step));
    page(step)->refresh();
    updateNavigation();
    if (step == Step::Identify)
        page(step)->focusFirstEmptyField();
}

void InspectionFlow::next()
{
    for (int s = int(currentStep()) + 1; s < InspectionSession::StepCount; ++s) {
        if (isStepAvailable(Step(s))) {
            goTo(Step(s));
            return;
        }
    }
}

void InspectionFlow::back()
{
    for (int s = int(currentStep()) - 1; s >= 0; --s) {
        if (isStepAvailable(Step(s))) {
            goTo(Step(s));
            return;
        }
    }
}

bool InspectionFlow::undo()
{
    if (!m_session || !m_session->undo())
        return false;
    page(currentStep())->populate();
    return true;
}

void InspectionFlow::sessionChanged()
{
    // The page shows its result as the answers stand; the answers on screen are the inspector's own.
    m_pages->setCurrentIndex(int(currentStep()));
    page(currentStep())->refresh();
    updateNavigation();
}

void InspectionFlow::updateNavigation()
{
    // Each step says what it is as text, not only as colour: the current one is highlighted, one behind it
    // with something still missing carries "!" (its tooltip names what), one done "✓".
    int shown = 0; // steps are numbered as the inspector sees them
    for (int i = 0; i < InspectionSession::StepCount; ++i) {
        const Step step = Step(i);
        QAbstractButton *b = m_stepButtons->button(i);
        const bool available = isStepAvailable(step);
        b->setVisible(available);
        b->setChecked(i == int(currentStep()));
        if (!available)
            continue;
        const QStringList gaps = m_session ? m_session->missingIn(step) : QStringList();
        // Steps ahead are not judged yet; those behind are done or still miss something.
        const char *state = i == int(currentStep())  ? "current"
                            : i > int(currentStep()) ? "ahead"
                            : gaps.isEmpty()         ? "done"
                                                     : "missing";
        const QString mark = qstrcmp(state, "missing") == 0 ? QStringLiteral(" !")
                             : qstrcmp(state, "done") == 0  ? QStringLiteral(" ✓")
                                                            : QString();
        b->setText(QStringLiteral("%1. %2%3").arg(++shown).arg(b->property("stepName").toString(), mark));
        b->setToolTip(gaps.join(QLatin1Char('\n')));
        if (b->property("stepState").toByteArray() != state) {
            b->setProperty("stepState", QByteArray(state));
            b->style()->unpolish(b);
            b->style()->polish(b);
        }
    }
    m_back->setEnabled(currentStep() != Step::Checks);
    m_next->setVisible(currentStep() != Step::Summary);
    m_summary->finaliseButton()->setVisible(m_session && currentStep() == Step::Summary);
    m_undo->setEnabled(m_session && m_session->canUndo());
}

QString InspectionFlow::stepState(Step step) const
{
    return QString::fromLatin1(m_stepButtons->button(int(step))->property("stepState").toByteArray());
}

QAbstractButton *InspectionFlow::stepButton(Step step) const
{
    return m_stepButtons->button(int(step));
}

bool InspectionFlow::finalise()
{
    if (!m_session)
        return false;
    if (!m_session->environment().secrets) {
        MessageBox::warning(this, tr("Sign the record"), tr("No keychain is available: the record cannot be signed."));
        return false;
    }
    if (!MessageBox::confirm(this, tr("Sign the record"),
                             tr("Once signed, the record cannot be changed; a correction makes a new revision. "
                                "Sign it now?"),
                             tr("Sign")))
        return false;
    auto record = m_session->finalise();
    if (!record) {
        MessageBox::warning(this, tr("Sign the record"), record.error());
        return false;
    }
    const QString number = record->record.record.value(QStringLiteral("number")).toString();
    if (!record->folderError.isEmpty()) {
        MessageBox::warning(
            this, tr("Sign the record"),
            tr("The record was signed and kept, but its PDF could not be written: %1").arg(record->folderError));
    } else {
        MessageBox::information(
            this, tr("Sign the record"),
            tr("Record %1 is signed. Fingerprint %2.").arg(number, record->record.fingerprint.left(16)));
    }
    const QString id = record->record.id();
    const QString folder = record->folder;
    close();
    Q_EMIT finalised(id, folder);
    return true;
}

QPushButton *InspectionFlow::finaliseButton() const
{
    return m_summary->finaliseButton();
}

SignaturePad *InspectionFlow::customerPad() const
{
    return m_summary->customerPad();
}

SignaturePad *InspectionFlow::inspectorPad() const
{
    return m_summary->inspectorPad();
}

SignaturePad *InspectionFlow::witnessPad() const
{
    return m_summary->witnessPad();
}

QLabel *InspectionFlow::resultLabel(Step step) const
{
    return page(step)->resultLabel();
}

QPushButton *InspectionFlow::locateButton() const
{
    return m_identify->locateButton();
}

void InspectionFlow::setPositionSource(QGeoPositionInfoSource *source)
{
    m_identify->setPositionSource(source);
}

QString InspectionFlow::summaryText() const
{
    return m_summary->summaryText();
}

void InspectionFlow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InspectionFlow::retranslateUi()
{
    const Customer *c = m_session ? &m_session->customer() : nullptr;
    QString title = !c ? QString()
                       : QStringLiteral("<b>%1</b> · %2 · %3")
                             .arg(c->code.toHtmlEscaped(), c->name.toHtmlEscaped(), c->address.toHtmlEscaped());
    // A correction says what it corrects: the signed record's number and the revision this one will be.
    if (m_session && !m_session->draft().replaces.isEmpty() && m_session->environment().data) {
        const auto replaced = InspectionStore(*m_session->environment().data).record(m_session->draft().replaces);
        const QString number =
            replaced ? replaced->record.value(QStringLiteral("number")).toString() : m_session->draft().replaces;
        title += QStringLiteral("<br><span style='color:#b35c00'>%1</span>")
                     .arg(tr("Correction of record %1: this will be revision %2")
                              .arg(number)
                              .arg(m_session->draft().revision)
                              .toHtmlEscaped());
    }
    m_title->setText(title);
    // Short names: six steps share one row on a tablet held either way.
    const QString stepNames[InspectionSession::StepCount] = {
        tr("Checks", "step bar, short"),      tr("Identify", "step bar, short"),   tr("Households", "step bar, short"),
        tr("Price ratio", "step bar, short"), tr("Three-rate", "step bar, short"), tr("Sign", "step bar, short")};
    for (int i = 0; i < InspectionSession::StepCount; ++i)
        m_stepButtons->button(i)->setProperty("stepName", stepNames[i]);
    m_back->setText(tr("Back"));
    m_next->setText(tr("Next"));
    m_undo->setText(tr("Undo"));
    m_close->setText(tr("Close (kept as draft)"));
    updateNavigation();
}

} // namespace ta
