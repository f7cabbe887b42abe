#include "ui/inspectionflow.h"

#include "models/core/money.h"
#include "models/core/settings.h"
#include "models/core/words.h"
#include "models/inspection/checks.h"
#include "models/inspection/evidencestore.h"
#include "models/inspection/finaliser.h"
#include "models/inspection/inspectionstore.h"
#include "models/prescreen/flaggedlist.h"
#include "models/prescreen/prescreener.h"
#include "models/tariff/tarifflibrary.h"
#include "models/workspace/session.h"
#include "ui/messagebox.h"
#include "ui/signaturepad.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGeoPositionInfoSource>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ta {

namespace {

const char *const kCheckIds[4] = {check::Households, check::Ratio, check::ThreeRate, check::Reading};
const char *const kGroups[] = {"SHBT", "KDDV", "SXBT", "HCBV", "HCCS"};
const char *const kDocuments[] = {householdDocument::Cccd, householdDocument::Ct07, householdDocument::Vneid,
                                  householdDocument::Lease, householdDocument::Other};

struct QuickPick
{
    const char *name;
    double kw;
    double simultaneity;
    double hours;
};

// Common devices with typical power and use; every figure stays editable in the table.
// clang-format off
const QuickPick kQuickPicks[] = {
    {QT_TRANSLATE_NOOP("ta::InspectionFlow", "Air conditioner 1 HP"), 0.9, 0.8, 8},
    {QT_TRANSLATE_NOOP("ta::InspectionFlow", "Air conditioner 2 HP"), 1.8, 0.8, 8},
    {QT_TRANSLATE_NOOP("ta::InspectionFlow", "Refrigerator"), 0.15, 0.4, 24},
    {QT_TRANSLATE_NOOP("ta::InspectionFlow", "Chest freezer"), 0.25, 0.5, 24},
    {QT_TRANSLATE_NOOP("ta::InspectionFlow", "Lighting (10 LED lamps)"), 0.1, 1, 6},
    {QT_TRANSLATE_NOOP("ta::InspectionFlow", "Water pump"), 0.75, 1, 2},
    {QT_TRANSLATE_NOOP("ta::InspectionFlow", "Electric oven"), 2.0, 0.7, 2},
    {QT_TRANSLATE_NOOP("ta::InspectionFlow", "Water heater"), 2.5, 0.6, 1},
    {QT_TRANSLATE_NOOP("ta::InspectionFlow", "Computer"), 0.2, 1, 8},
};
// clang-format on

// Numbers typed on a tablet: either decimal mark, spaces ignored.
std::optional<double> parseNumber(const QString &text)
{
    QString t = text.trimmed().remove(QLatin1Char(' '));
    if (t.isEmpty())
        return std::nullopt;
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

std::optional<qint64> parseWhole(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(' ')).remove(QLatin1Char('.'));
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

QLineEdit *numberField(QWidget *parent, const char *name, bool decimals)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(QLatin1StringView(name));
    field->setInputMethodHints(decimals ? Qt::ImhFormattedNumbersOnly : Qt::ImhDigitsOnly);
    field->setValidator(new QRegularExpressionValidator(
        QRegularExpression(decimals ? QStringLiteral("-?[0-9 ]*[.,]?[0-9]*") : QStringLiteral("[0-9 .]*")), field));
    field->setMinimumHeight(44);
    return field;
}

} // namespace

InspectionFlow::InspectionFlow(Session &session, Settings &settings, QWidget *parent)
    : QWidget(parent), m_session(session), m_settings(settings)
{
    setObjectName(QStringLiteral("inspectionFlow"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("flowTitle"));
    m_title->setWordWrap(true);
    m_stepButtons = new QButtonGroup(this);
    m_stepButtons->setExclusive(true);
    auto *stepBar = new QHBoxLayout;
    for (int i = 0; i < StepCount; ++i) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("step%1").arg(i));
        b->setCheckable(true);
        b->setMinimumHeight(44);
        m_stepButtons->addButton(b, i);
        stepBar->addWidget(b);
    }
    connect(m_stepButtons, &QButtonGroup::idClicked, this, [this](int id) { goTo(Step(id)); });

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(page(buildChecks()));
    m_pages->addWidget(page(buildIdentify()));
    m_pages->addWidget(page(buildHouseholds()));
    m_pages->addWidget(page(buildRatio()));
    m_pages->addWidget(page(buildThreeRate()));
    m_pages->addWidget(page(buildSummary()));

    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("flowBack"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("flowNext"));
    m_next->setDefault(true);
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->addWidget(m_title);
    layout->addLayout(stepBar);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    retranslateUi();
}

QWidget *InspectionFlow::page(QWidget *content)
{
    // Steps scroll on a small screen; the on-screen keyboard may cover half of it.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget *InspectionFlow::stepPage(Step step) const
{
    auto *scroll = qobject_cast<QScrollArea *>(m_pages->widget(step));
    return scroll ? scroll->widget() : nullptr;
}

QLabel *InspectionFlow::resultLabel(Step step) const
{
    return m_results[step];
}

QWidget *InspectionFlow::buildChecks()
{
    auto *w = new QWidget;
    m_customerSummary = new QLabel(w);
    m_customerSummary->setObjectName(QStringLiteral("flowCustomer"));
    m_customerSummary->setWordWrap(true);
    m_customerSummary->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(w);
    layout->addWidget(m_customerSummary);
    for (int i = 0; i < 4; ++i) {
        m_checkBoxes[i] = new QCheckBox(w);
        m_checkBoxes[i]->setObjectName(QStringLiteral("check-%1").arg(QLatin1StringView(kCheckIds[i])));
        m_checkBoxes[i]->setMinimumHeight(44);
        connect(m_checkBoxes[i], &QCheckBox::toggled, this, &InspectionFlow::edited);
        layout->addWidget(m_checkBoxes[i]);
    }
    m_results[ChecksStep] = new QLabel(w);
    layout->addWidget(m_results[ChecksStep]);
    layout->addStretch();
    return w;
}

QWidget *InspectionFlow::buildIdentify()
{
    auto *w = new QWidget;
    m_serialSeen = new QLineEdit(w);
    m_serialSeen->setObjectName(QStringLiteral("serialSeen"));
    m_serialSeen->setMinimumHeight(44);
    m_reading = numberField(w, "readingToday", false);
    m_previousReading = numberField(w, "readingPrevious", false);
    m_previousDate = new QDateEdit(w);
    m_previousDate->setObjectName(QStringLiteral("readingPreviousDate"));
    m_previousDate->setCalendarPopup(true);
    m_previousDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_previousDate->setMinimumHeight(44);
    m_presentName = new QLineEdit(w);
    m_presentName->setObjectName(QStringLiteral("presentName"));
    m_presentName->setMinimumHeight(44);
    m_presentRole = new QComboBox(w);
    m_presentRole->setObjectName(QStringLiteral("presentRole"));
    m_presentRole->setMinimumHeight(44);
    m_presentId = new QLineEdit(w);
    m_presentId->setObjectName(QStringLiteral("presentId"));
    m_presentId->setInputMethodHints(Qt::ImhDigitsOnly);
    m_presentId->setMinimumHeight(44);
    m_latitude = numberField(w, "latitude", true);
    m_longitude = numberField(w, "longitude", true);
    m_locate = new QPushButton(w);
    m_locate->setObjectName(QStringLiteral("locateButton"));
    m_locate->setMinimumHeight(44);
    connect(m_locate, &QPushButton::clicked, this, &InspectionFlow::locate);
    m_meterPhoto = new QPushButton(w);
    m_meterPhoto->setObjectName(QStringLiteral("meterPhotoButton"));
    m_meterPhoto->setMinimumHeight(44);
    connect(m_meterPhoto, &QPushButton::clicked, this, [this] { addPhoto("meter-photo"); });
    for (QLineEdit *e :
         {m_serialSeen, m_reading, m_previousReading, m_presentName, m_presentId, m_latitude, m_longitude})
        connect(e, &QLineEdit::textEdited, this, &InspectionFlow::edited);
    connect(m_previousDate, &QDateEdit::dateChanged, this, &InspectionFlow::edited);
    connect(m_presentRole, &QComboBox::currentIndexChanged, this, &InspectionFlow::edited);

    auto *form = new QFormLayout(w);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setObjectName(QStringLiteral("identifyForm"));
    form->addRow(QStringLiteral("serial"), m_serialSeen);
    form->addRow(QStringLiteral("reading"), m_reading);
    form->addRow(QStringLiteral("previous"), m_previousReading);
    form->addRow(QStringLiteral("previous date"), m_previousDate);
    form->addRow(QStringLiteral("present"), m_presentName);
    form->addRow(QStringLiteral("role"), m_presentRole);
    form->addRow(QStringLiteral("id"), m_presentId);
    auto *gps = new QHBoxLayout;
    gps->addWidget(m_latitude);
    gps->addWidget(m_longitude);
    gps->addWidget(m_locate);
    form->addRow(QStringLiteral("gps"), gps);
    form->addRow(QString(), m_meterPhoto);
    m_results[IdentifyStep] = new QLabel(w);
    m_results[IdentifyStep]->setWordWrap(true);
    form->addRow(m_results[IdentifyStep]);
    return w;
}

QWidget *InspectionFlow::buildHouseholds()
{
    auto *w = new QWidget;
    m_households = new QTableWidget(0, 2, w);
    m_households->setObjectName(QStringLiteral("householdsTable"));
    m_households->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_households->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_households->verticalHeader()->setDefaultSectionSize(48);
    m_households->setMinimumHeight(220);
    connect(m_households, &QTableWidget::itemChanged, this, &InspectionFlow::edited);
    auto *add = new QPushButton(w);
    add->setObjectName(QStringLiteral("addHousehold"));
    auto *remove = new QPushButton(w);
    remove->setObjectName(QStringLiteral("removeHousehold"));
    for (QPushButton *b : {add, remove})
        b->setMinimumHeight(44);
    connect(add, &QPushButton::clicked, this, [this] {
        addHouseholdRow({QString(), QString::fromLatin1(householdDocument::Cccd)});
        m_households->setCurrentCell(m_households->rowCount() - 1, 0);
        m_households->editItem(m_households->item(m_households->rowCount() - 1, 0));
        edited();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_households->currentRow();
        if (row >= 0) {
            m_households->removeRow(row);
            edited();
        }
    });
    m_renters = new QSpinBox(w);
    m_renters->setObjectName(QStringLiteral("renterPersons"));
    m_renters->setRange(0, 1000);
    m_renters->setMinimumHeight(44);
    connect(m_renters, &QSpinBox::valueChanged, this, &InspectionFlow::edited);
    m_shortLease = new QCheckBox(w);
    m_shortLease->setObjectName(QStringLiteral("shortLease"));
    m_shortLease->setMinimumHeight(44);
    connect(m_shortLease, &QCheckBox::toggled, this, &InspectionFlow::edited);
    m_results[HouseholdsStep] = new QLabel(w);
    m_results[HouseholdsStep]->setObjectName(QStringLiteral("householdsResult"));
    m_results[HouseholdsStep]->setWordWrap(true);

    auto *rows = new QHBoxLayout;
    rows->addWidget(add);
    rows->addWidget(remove);
    rows->addStretch();
    auto *renters = new QHBoxLayout;
    auto *rentersLabel = new QLabel(w);
    rentersLabel->setObjectName(QStringLiteral("rentersLabel"));
    renters->addWidget(rentersLabel);
    renters->addWidget(m_renters);
    renters->addStretch();
    auto *layout = new QVBoxLayout(w);
    layout->addWidget(m_households, 1);
    layout->addLayout(rows);
    layout->addLayout(renters);
    layout->addWidget(m_shortLease);
    layout->addWidget(m_results[HouseholdsStep]);
    return w;
}

void InspectionFlow::addHouseholdRow(const HouseholdEvidence &h)
{
    const int row = m_households->rowCount();
    m_households->insertRow(row);
    m_households->setItem(row, 0, new QTableWidgetItem(h.head));
    auto *document = new QComboBox(m_households);
    for (const char *d : kDocuments)
        document->addItem(Checks::documentName(QLatin1StringView(d), Words()), QString::fromLatin1(d));
    document->setCurrentIndex(qMax(0, document->findData(h.document)));
    connect(document, &QComboBox::currentIndexChanged, this, &InspectionFlow::edited);
    m_households->setCellWidget(row, 1, document);
}

QWidget *InspectionFlow::buildRatio()
{
    auto *w = new QWidget;
    m_appliances = new QTableWidget(0, 7, w);
    m_appliances->setObjectName(QStringLiteral("appliancesTable"));
    m_appliances->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_appliances->verticalHeader()->setDefaultSectionSize(48);
    m_appliances->setMinimumHeight(240);
    connect(m_appliances, &QTableWidget::itemChanged, this, &InspectionFlow::edited);
    auto *picks = new QGridLayout;
    int i = 0;
    for (const QuickPick &pick : kQuickPicks) {
        auto *b = new QPushButton(w);
        b->setObjectName(QStringLiteral("pick%1").arg(i));
        b->setProperty("pickIndex", i);
        b->setMinimumHeight(44);
        connect(b, &QPushButton::clicked, this, [this, pick] {
            const QString group = m_customer.mainGroup().isEmpty() ? QStringLiteral("KDDV") : m_customer.mainGroup();
            addApplianceRow({tr(pick.name), pick.kw, 1, pick.simultaneity, pick.hours, 30, group});
            edited();
        });
        picks->addWidget(b, i / 5, i % 5);
        ++i;
    }
    auto *add = new QPushButton(w);
    add->setObjectName(QStringLiteral("addAppliance"));
    auto *remove = new QPushButton(w);
    remove->setObjectName(QStringLiteral("removeAppliance"));
    for (QPushButton *b : {add, remove})
        b->setMinimumHeight(44);
    connect(add, &QPushButton::clicked, this, [this] {
        addApplianceRow({QString(), 0, 1, 1, 0, 30, m_customer.mainGroup()});
        edited();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_appliances->currentRow();
        if (row >= 0) {
            m_appliances->removeRow(row);
            edited();
        }
    });
    m_results[RatioStep] = new QLabel(w);
    m_results[RatioStep]->setObjectName(QStringLiteral("ratioResult"));
    m_results[RatioStep]->setWordWrap(true);
    auto *rows = new QHBoxLayout;
    rows->addWidget(add);
    rows->addWidget(remove);
    rows->addStretch();
    auto *layout = new QVBoxLayout(w);
    layout->addLayout(picks);
    layout->addWidget(m_appliances, 1);
    layout->addLayout(rows);
    layout->addWidget(m_results[RatioStep]);
    return w;
}

void InspectionFlow::addApplianceRow(const Appliance &a)
{
    const QSignalBlocker blocker(m_appliances);
    const int row = m_appliances->rowCount();
    m_appliances->insertRow(row);
    const QLocale locale;
    const QStringList cells{a.name,
                            locale.toString(a.kw, 'f', QLocale::FloatingPointShortest),
                            QString::number(a.quantity),
                            locale.toString(a.simultaneity, 'f', QLocale::FloatingPointShortest),
                            locale.toString(a.hoursPerDay, 'f', QLocale::FloatingPointShortest),
                            QString::number(a.daysPerMonth)};
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_appliances->setItem(row, c, item);
    }
    auto *group = new QComboBox(m_appliances);
    for (const char *g : kGroups)
        group->addItem(QLatin1StringView(g), QString::fromLatin1(g));
    group->setCurrentIndex(qMax(0, group->findData(a.group)));
    connect(group, &QComboBox::currentIndexChanged, this, &InspectionFlow::edited);
    m_appliances->setCellWidget(row, 6, group);
}

QWidget *InspectionFlow::buildThreeRate()
{
    auto *w = new QWidget;
    m_results[ThreeRateStep] = new QLabel(w);
    m_results[ThreeRateStep]->setObjectName(QStringLiteral("threeRateResult"));
    m_results[ThreeRateStep]->setWordWrap(true);
    m_swapPlanned = new QCheckBox(w);
    m_swapPlanned->setObjectName(QStringLiteral("swapPlanned"));
    m_swapPlanned->setMinimumHeight(44);
    m_swapDate = new QDateEdit(w);
    m_swapDate->setObjectName(QStringLiteral("swapDate"));
    m_swapDate->setCalendarPopup(true);
    m_swapDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_swapDate->setMinimumHeight(44);
    m_newSerial = new QLineEdit(w);
    m_newSerial->setObjectName(QStringLiteral("newMeterSerial"));
    m_newSerial->setMinimumHeight(44);
    const char *names[3] = {"openingNormal", "openingPeak", "openingOffPeak"};
    for (int i = 0; i < 3; ++i) {
        m_openings[i] = numberField(w, names[i], false);
        connect(m_openings[i], &QLineEdit::textEdited, this, &InspectionFlow::edited);
    }
    connect(m_swapPlanned, &QCheckBox::toggled, this, &InspectionFlow::edited);
    connect(m_swapDate, &QDateEdit::dateChanged, this, &InspectionFlow::edited);
    connect(m_newSerial, &QLineEdit::textEdited, this, &InspectionFlow::edited);
    auto *form = new QFormLayout(w);
    form->setObjectName(QStringLiteral("threeRateForm"));
    form->addRow(m_results[ThreeRateStep]);
    form->addRow(m_swapPlanned);
    form->addRow(QStringLiteral("date"), m_swapDate);
    form->addRow(QStringLiteral("serial"), m_newSerial);
    for (QLineEdit *e : m_openings)
        form->addRow(QStringLiteral("opening"), e);
    return w;
}

QWidget *InspectionFlow::buildSummary()
{
    auto *w = new QWidget;
    m_summary = new QTextBrowser(w);
    m_summary->setObjectName(QStringLiteral("flowSummary"));
    m_summary->setMinimumHeight(200);
    m_statement = new QPlainTextEdit(w);
    m_statement->setObjectName(QStringLiteral("statement"));
    m_statement->setMaximumHeight(90);
    connect(m_statement, &QPlainTextEdit::textChanged, this, &InspectionFlow::edited);
    m_photo = new QPushButton(w);
    m_photo->setObjectName(QStringLiteral("photoButton"));
    m_photo->setMinimumHeight(44);
    connect(m_photo, &QPushButton::clicked, this, [this] { addPhoto("photo"); });
    m_photoCount = new QLabel(w);

    const auto padBox = [this, w](SignaturePad *&pad, const char *name, const char *kind, QWidget *box) {
        pad = new SignaturePad(box);
        pad->setObjectName(QLatin1StringView(name));
        auto *clear = new QPushButton(box);
        clear->setObjectName(QLatin1StringView(name) + QStringLiteral("Clear"));
        clear->setMinimumSize(96, 44);
        connect(clear, &QPushButton::clicked, pad, &SignaturePad::clear);
        connect(pad, &SignaturePad::changed, this, [this, kind, p = pad] { signatureDrawn(p, kind); });
        auto *layout = new QVBoxLayout(box);
        layout->addWidget(pad);
        layout->addWidget(clear, 0, Qt::AlignRight);
        Q_UNUSED(w);
    };
    auto *customerBox = new QGroupBox(w);
    customerBox->setObjectName(QStringLiteral("customerSignatureBox"));
    padBox(m_customerPad, "customerPad", "signature-customer", customerBox);
    auto *inspectorBox = new QGroupBox(w);
    inspectorBox->setObjectName(QStringLiteral("inspectorSignatureBox"));
    padBox(m_inspectorPad, "inspectorPad", "signature-inspector", inspectorBox);
    m_refused = new QCheckBox(w);
    m_refused->setObjectName(QStringLiteral("customerRefused"));
    m_refused->setMinimumHeight(44);
    m_witnessBox = new QGroupBox(w);
    m_witnessBox->setObjectName(QStringLiteral("witnessBox"));
    m_refusalReason = new QLineEdit(m_witnessBox);
    m_refusalReason->setObjectName(QStringLiteral("refusalReason"));
    m_witnessName = new QLineEdit(m_witnessBox);
    m_witnessName->setObjectName(QStringLiteral("witnessName"));
    auto *witnessPadHolder = new QWidget(m_witnessBox);
    padBox(m_witnessPad, "witnessPad", "signature-witness", witnessPadHolder);
    auto *witnessLayout = new QFormLayout(m_witnessBox);
    witnessLayout->addRow(QStringLiteral("reason"), m_refusalReason);
    witnessLayout->addRow(QStringLiteral("witness"), m_witnessName);
    witnessLayout->addRow(witnessPadHolder);
    connect(m_refused, &QCheckBox::toggled, this, [this](bool on) {
        m_witnessBox->setVisible(on);
        edited();
    });
    connect(m_refusalReason, &QLineEdit::textEdited, this, &InspectionFlow::edited);
    connect(m_witnessName, &QLineEdit::textEdited, this, &InspectionFlow::edited);
    m_witnessBox->hide();
    m_signedState = new QLabel(w);
    m_signedState->setObjectName(QStringLiteral("signedState"));
    m_signedState->setWordWrap(true);
    m_finalise = new QPushButton(w);
    m_finalise->setObjectName(QStringLiteral("finaliseButton"));
    m_finalise->setMinimumHeight(52);
    connect(m_finalise, &QPushButton::clicked, this, &InspectionFlow::finalise);

    auto *photos = new QHBoxLayout;
    photos->addWidget(m_photo);
    photos->addWidget(m_photoCount, 1);
    auto *pads = new QHBoxLayout;
    pads->addWidget(customerBox);
    pads->addWidget(inspectorBox);
    auto *layout = new QVBoxLayout(w);
    layout->addWidget(m_summary);
    auto *statementLabel = new QLabel(w);
    statementLabel->setObjectName(QStringLiteral("statementLabel"));
    layout->addWidget(statementLabel);
    layout->addWidget(m_statement);
    layout->addLayout(photos);
    layout->addLayout(pads);
    layout->addWidget(m_refused);
    layout->addWidget(m_witnessBox);
    layout->addWidget(m_signedState);
    layout->addWidget(m_finalise);
    return w;
}

void InspectionFlow::open(const Inspection &draft, const Customer &customer)
{
    m_draft = draft;
    m_customer = customer;
    for (auto &stack : m_history)
        stack.clear();
    for (SignaturePad *pad : {m_customerPad, m_inspectorPad, m_witnessPad}) {
        const QSignalBlocker blocker(pad);
        pad->clear();
    }
    populate();
    Step step = ChecksStep;
    const QStringList names{QStringLiteral("checks"), QStringLiteral("identify"),   QStringLiteral("households"),
                            QStringLiteral("ratio"),  QStringLiteral("three-rate"), QStringLiteral("summary")};
    if (const qsizetype at = names.indexOf(m_draft.step); at >= 0)
        step = Step(at);
    m_step = ChecksStep;
    goTo(isStepAvailable(step) ? step : ChecksStep);
    retranslateUi();
}

bool InspectionFlow::isStepAvailable(Step step) const
{
    switch (step) {
    case HouseholdsStep:
        return m_draft.has(check::Households);
    case RatioStep:
        return m_draft.has(check::Ratio);
    case ThreeRateStep:
        return m_draft.has(check::ThreeRate);
    default:
        return true;
    }
}

void InspectionFlow::goTo(Step step)
{
    if (!isStepAvailable(step))
        return;
    m_step = step;
    m_pages->setCurrentIndex(step);
    const QStringList names{QStringLiteral("checks"), QStringLiteral("identify"),   QStringLiteral("households"),
                            QStringLiteral("ratio"),  QStringLiteral("three-rate"), QStringLiteral("summary")};
    if (m_draft.step != names.at(step) && !m_draft.id.isEmpty()) {
        m_draft.step = names.at(step);
        save();
    }
    refreshResults();
    updateNavigation();
}

void InspectionFlow::next()
{
    for (int s = m_step + 1; s < StepCount; ++s) {
        if (isStepAvailable(Step(s))) {
            goTo(Step(s));
            return;
        }
    }
}

void InspectionFlow::back()
{
    for (int s = m_step - 1; s >= 0; --s) {
        if (isStepAvailable(Step(s))) {
            goTo(Step(s));
            return;
        }
    }
}

void InspectionFlow::updateNavigation()
{
    int shown = 0; // steps are numbered as the inspector sees them
    for (int i = 0; i < StepCount; ++i) {
        QAbstractButton *b = m_stepButtons->button(i);
        b->setVisible(isStepAvailable(Step(i)));
        b->setChecked(i == m_step);
        if (isStepAvailable(Step(i)))
            b->setText(QStringLiteral("%1. %2").arg(++shown).arg(b->property("stepName").toString()));
    }
    m_back->setEnabled(m_step != ChecksStep);
    m_next->setVisible(m_step != SummaryStep);
    m_undo->setEnabled(!m_history[m_step].empty());
}

void InspectionFlow::edited()
{
    if (m_loading || m_draft.id.isEmpty())
        return;
    std::vector<Inspection> &stack = m_history[m_step];
    stack.push_back(m_draft);
    if (stack.size() > 100)
        stack.erase(stack.begin());
    collect();
    save();
    refreshResults();
    updateNavigation();
}

bool InspectionFlow::undo()
{
    std::vector<Inspection> &stack = m_history[m_step];
    if (stack.empty())
        return false;
    const SignatureAnswers before = m_draft.signatures;
    m_draft = stack.back();
    stack.pop_back();
    // A pad whose drawing is no longer the draft's signature is cleared (the kept one is named below it).
    for (const auto &[pad, was, now] : {std::tuple{m_customerPad, before.customer, m_draft.signatures.customer},
                                        std::tuple{m_inspectorPad, before.inspector, m_draft.signatures.inspector},
                                        std::tuple{m_witnessPad, before.witness, m_draft.signatures.witness}}) {
        if (was != now) {
            const QSignalBlocker blocker(pad);
            pad->clear();
        }
    }
    populate();
    save();
    refreshResults();
    updateNavigation();
    return true;
}

void InspectionFlow::collect()
{
    Inspection &d = m_draft;
    d.checks.clear();
    for (int i = 0; i < 4; ++i) {
        if (m_checkBoxes[i]->isChecked())
            d.checks << QString::fromLatin1(kCheckIds[i]);
    }
    d.identify.meterSerialSeen = m_serialSeen->text().trimmed();
    d.identify.reading = parseWhole(m_reading->text());
    d.identify.previousReading = parseWhole(m_previousReading->text());
    d.identify.previousReadingDate = d.identify.previousReading ? m_previousDate->date() : QDate();
    d.identify.present.name = m_presentName->text().trimmed();
    d.identify.present.role = m_presentRole->currentData().toString();
    d.identify.present.idNumber = m_presentId->text().trimmed();
    d.identify.latitude = parseNumber(m_latitude->text());
    d.identify.longitude = parseNumber(m_longitude->text());

    d.households.households.clear();
    for (int r = 0; r < m_households->rowCount(); ++r) {
        const QString head = m_households->item(r, 0) ? m_households->item(r, 0)->text().trimmed() : QString();
        auto *document = qobject_cast<QComboBox *>(m_households->cellWidget(r, 1));
        if (!head.isEmpty())
            d.households.households.push_back({head, document ? document->currentData().toString() : QString()});
    }
    d.households.renterPersons = m_renters->value();
    d.households.shortLeaseUndeclared = m_shortLease->isChecked();

    d.ratio.appliances.clear();
    for (int r = 0; r < m_appliances->rowCount(); ++r) {
        const auto text = [this, r](int c) {
            return m_appliances->item(r, c) ? m_appliances->item(r, c)->text() : QString();
        };
        auto *group = qobject_cast<QComboBox *>(m_appliances->cellWidget(r, 6));
        Appliance a;
        a.name = text(0).trimmed();
        a.kw = std::max(0.0, parseNumber(text(1)).value_or(0));
        a.quantity = int(std::clamp<qint64>(parseWhole(text(2)).value_or(1), 1, 100000));
        a.simultaneity = std::clamp(parseNumber(text(3)).value_or(1), 0.0, 1.0);
        a.hoursPerDay = std::clamp(parseNumber(text(4)).value_or(0), 0.0, 24.0);
        a.daysPerMonth = int(std::clamp<qint64>(parseWhole(text(5)).value_or(30), 0, 31));
        a.group = group ? group->currentData().toString() : QString();
        d.ratio.appliances.push_back(a);
    }

    d.threeRate.swapDate = m_swapPlanned->isChecked() ? m_swapDate->date() : QDate();
    d.threeRate.newMeterSerial = m_newSerial->text().trimmed();
    d.threeRate.openingNormal = parseWhole(m_openings[0]->text());
    d.threeRate.openingPeak = parseWhole(m_openings[1]->text());
    d.threeRate.openingOffPeak = parseWhole(m_openings[2]->text());

    d.statement = m_statement->toPlainText();
    if (m_refused->isChecked()) {
        d.signatures.refusalReason = m_refusalReason->text().trimmed();
        d.signatures.witnessName = m_witnessName->text().trimmed();
    } else {
        d.signatures.refusalReason.clear();
        d.signatures.witnessName.clear();
    }
}

void InspectionFlow::populate()
{
    m_loading = true;
    const Inspection &d = m_draft;
    for (int i = 0; i < 4; ++i)
        m_checkBoxes[i]->setChecked(d.has(kCheckIds[i]));
    m_serialSeen->setText(d.identify.meterSerialSeen);
    m_reading->setText(d.identify.reading ? QString::number(*d.identify.reading) : QString());
    m_previousReading->setText(d.identify.previousReading ? QString::number(*d.identify.previousReading) : QString());
    m_previousDate->setDate(d.identify.previousReadingDate.isValid() ? d.identify.previousReadingDate
                                                                     : m_session.today().addMonths(-1));
    m_presentName->setText(d.identify.present.name);
    m_presentRole->setCurrentIndex(qMax(0, m_presentRole->findData(d.identify.present.role)));
    m_presentId->setText(d.identify.present.idNumber);
    const QLocale locale;
    m_latitude->setText(d.identify.latitude ? locale.toString(*d.identify.latitude, 'f', 6) : QString());
    m_longitude->setText(d.identify.longitude ? locale.toString(*d.identify.longitude, 'f', 6) : QString());

    {
        const QSignalBlocker blocker(m_households);
        m_households->setRowCount(0);
        for (const HouseholdEvidence &h : d.households.households)
            addHouseholdRow(h);
    }
    m_renters->setValue(d.households.renterPersons);
    m_shortLease->setChecked(d.households.shortLeaseUndeclared);
    m_appliances->setRowCount(0);
    for (const Appliance &a : d.ratio.appliances)
        addApplianceRow(a);

    m_swapPlanned->setChecked(d.threeRate.swapDate.isValid());
    m_swapDate->setDate(d.threeRate.swapDate.isValid() ? d.threeRate.swapDate : m_session.today());
    m_newSerial->setText(d.threeRate.newMeterSerial);
    const std::optional<qint64> openings[3] = {d.threeRate.openingNormal, d.threeRate.openingPeak,
                                               d.threeRate.openingOffPeak};
    for (int i = 0; i < 3; ++i)
        m_openings[i]->setText(openings[i] ? QString::number(*openings[i]) : QString());

    if (m_statement->toPlainText() != d.statement)
        m_statement->setPlainText(d.statement);
    m_refused->setChecked(!d.signatures.refusalReason.isEmpty() || !d.signatures.witnessName.isEmpty());
    m_witnessBox->setVisible(m_refused->isChecked());
    m_refusalReason->setText(d.signatures.refusalReason);
    m_witnessName->setText(d.signatures.witnessName);
    m_loading = false;
}

void InspectionFlow::save()
{
    if (!m_session.data() || m_draft.id.isEmpty())
        return;
    if (Status s = InspectionStore(*m_session.data()).saveDraft(m_draft, m_session.now()); !s)
        MessageBox::warning(this, tr("Inspection"), s.error());
}

void InspectionFlow::refreshResults()
{
    const Words words;
    const TariffLibrary *library = m_session.tariffs();
    const CheckLimits limits = Finaliser::limitsFrom(m_settings);
    // Each check's result as it stands; a check that cannot conclude yet says what it needs.
    const auto outcomeOf = [&](const char *checkId, QString *error) -> std::optional<CheckOutcome> {
        if (!library)
            return std::nullopt;
        Inspection only = m_draft;
        only.checks = {QString::fromLatin1(checkId)};
        auto assessed = Checks::assess(m_customer, only, *library, m_session.today(), limits);
        if (!assessed) {
            *error = assessed.error();
            return std::nullopt;
        }
        return assessed->outcomes.front();
    };
    const auto show = [&](Step step, const char *checkId) {
        QString error;
        const auto o = outcomeOf(checkId, &error);
        if (!o) {
            m_results[step]->setText(error);
            return;
        }
        QString text = Checks::conclusion(*o, words);
        if (o->change)
            text += QLatin1Char('\n') + tr("At stake: %1 a month, %2 over the recoverable months.")
                                            .arg(money::format(o->monthlyImpact), money::format(o->yearlyImpact));
        m_results[step]->setText(text);
    };
    QString readingError;
    const auto reading = outcomeOf(check::Reading, &readingError);
    m_results[IdentifyStep]->setText(reading ? Checks::conclusion(*reading, words) : readingError);
    if (m_draft.has(check::Households))
        show(HouseholdsStep, check::Households);
    if (m_draft.has(check::Ratio))
        show(RatioStep, check::Ratio);
    if (m_draft.has(check::ThreeRate))
        show(ThreeRateStep, check::ThreeRate);

    // The summary: every check with its legal basis, the proposal and the total.
    QString html;
    if (library) {
        auto assessed = Checks::assess(m_customer, m_draft, *library, m_session.today(), limits);
        if (!assessed) {
            html = QStringLiteral("<p>%1</p>").arg(assessed.error().toHtmlEscaped());
        } else {
            html += QStringLiteral("<table width='100%' cellpadding='4'>");
            for (const CheckOutcome &o : assessed->outcomes)
                html += QStringLiteral(
                            "<tr><td><b>%1</b></td><td>%2<br><small>%3</small></td><td align='right'>%4</td></tr>")
                            .arg(Checks::checkName(o.check, words).toHtmlEscaped(),
                                 Checks::conclusion(o, words).toHtmlEscaped(),
                                 Checks::legalBasis(o.check, words).toHtmlEscaped(),
                                 o.change ? money::format(o.yearlyImpact) : QString());
            html += QStringLiteral("</table>");
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(tr("Proposed:").toHtmlEscaped(),
                             assessed->anyChange()
                                 ? tr("%1, %2 households, %3 meter. %4 a month, %5 over the recoverable months.")
                                       .arg(assessed->proposedPriceString,
                                            QLocale().toString(assessed->proposed.households),
                                            assessed->proposedThreeRate ? tr("three-rate") : tr("single-rate"),
                                            money::format(assessed->total.monthlyAverage),
                                            money::format(assessed->total.total))
                                       .toHtmlEscaped()
                                 : tr("keep the current price application.").toHtmlEscaped());
        }
    }
    m_summary->setHtml(html);
    int photos = 0;
    for (const EvidenceItem &e : m_draft.evidence)
        photos += e.kind.startsWith(QLatin1StringView("signature")) ? 0 : 1;
    m_photoCount->setText(tr("%n photos", nullptr, photos));
    QStringList state = Finaliser::missing(m_draft);
    // Signatures drawn before the app was closed are kept; their pads start empty.
    for (const auto &[pad, file, kept] :
         {std::tuple{m_customerPad, m_draft.signatures.customer,
                     tr("The customer's signature drawn earlier is kept; draw again to replace it.")},
          std::tuple{m_inspectorPad, m_draft.signatures.inspector,
                     tr("The inspector's signature drawn earlier is kept; draw again to replace it.")},
          std::tuple{m_witnessPad, m_draft.signatures.witness,
                     tr("The witness's signature drawn earlier is kept; draw again to replace it.")}}) {
        if (!file.isEmpty() && pad->isEmpty())
            state << kept;
    }
    if (Finaliser::missing(m_draft).isEmpty())
        state.prepend(tr("Ready to sign the record."));
    m_signedState->setText(state.join(QLatin1Char('\n')));
    const QStringList missing = Finaliser::missing(m_draft);
    m_finalise->setEnabled(missing.isEmpty());
}

void InspectionFlow::signatureDrawn(SignaturePad *pad, const char *kind)
{
    if (m_loading || m_draft.id.isEmpty())
        return;
    m_history[m_step].push_back(m_draft);
    const QString kindName = QLatin1StringView(kind);
    QString *slot = kindName == QLatin1StringView("signature-customer")    ? &m_draft.signatures.customer
                    : kindName == QLatin1StringView("signature-inspector") ? &m_draft.signatures.inspector
                                                                           : &m_draft.signatures.witness;
    // The picture replaces any earlier one of the same signer.
    m_draft.evidence.erase(std::remove_if(m_draft.evidence.begin(), m_draft.evidence.end(),
                                          [&kindName](const EvidenceItem &e) { return e.kind == kindName; }),
                           m_draft.evidence.end());
    slot->clear();
    if (!pad->isEmpty()) {
        EvidenceStore store(m_session.evidenceFolder());
        auto item = store.add(pad->toPng(), kindName);
        if (!item) {
            MessageBox::warning(this, tr("Signature"), item.error());
            return;
        }
        *slot = item->fileName;
        m_draft.evidence.push_back(item.value());
    }
    save();
    refreshResults();
    updateNavigation();
}

void InspectionFlow::addPhoto(const char *kind)
{
    // Photos come from files (a tablet's camera app saves them to its pictures folder).
    const QString path = FileDialog::openFileName(this, tr("Add a photo"),
                                                  QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                                  tr("Pictures (*.jpg *.jpeg *.png)"));
    if (path.isEmpty())
        return;
    EvidenceStore store(m_session.evidenceFolder());
    auto item = store.addFile(path, QLatin1StringView(kind), QFileInfo(path).completeBaseName());
    if (!item) {
        MessageBox::warning(this, tr("Add a photo"), item.error());
        return;
    }
    m_history[m_step].push_back(m_draft);
    m_draft.evidence.push_back(item.value());
    save();
    refreshResults();
    updateNavigation();
}

void InspectionFlow::setPositionSource(QGeoPositionInfoSource *source)
{
    m_position = source;
    m_positionLookedUp = true;
}

void InspectionFlow::locate()
{
    // GPS when the device has it; the coordinates can always be typed or left empty.
    if (!m_positionLookedUp) {
        m_position = QGeoPositionInfoSource::createDefaultSource(this);
        m_positionLookedUp = true;
    }
    if (!m_position) {
        MessageBox::information(this, tr("Position"),
                                tr("This device has no position source: type the coordinates or leave them empty."));
        return;
    }
    m_locate->setEnabled(false);
    m_locate->setText(tr("Locating…"));
    const auto done = [this] {
        m_locate->setEnabled(true);
        m_locate->setText(tr("Locate"));
        disconnect(m_position, nullptr, this, nullptr);
    };
    connect(m_position, &QGeoPositionInfoSource::positionUpdated, this, [this, done](const QGeoPositionInfo &info) {
        done();
        const QGeoCoordinate at = info.coordinate();
        if (!at.isValid())
            return;
        const QLocale locale;
        m_latitude->setText(locale.toString(at.latitude(), 'f', 6));
        m_longitude->setText(locale.toString(at.longitude(), 'f', 6));
        edited();
    });
    connect(m_position, &QGeoPositionInfoSource::errorOccurred, this,
            [this, done](QGeoPositionInfoSource::Error error) {
                done();
                MessageBox::warning(this, tr("Position"),
                                    error == QGeoPositionInfoSource::UpdateTimeoutError
                                        ? tr("No position within 30 seconds (indoors?). Try again outside, or type "
                                             "the coordinates.")
                                        : tr("The position could not be read (%1). Type the coordinates or leave "
                                             "them empty.")
                                              .arg(int(error)));
            });
    m_position->requestUpdate(30000);
}

bool InspectionFlow::finalise()
{
    collect();
    if (!m_session.data() || !m_session.tariffs())
        return false;
    if (!m_session.secretStore()) {
        MessageBox::warning(this, tr("Sign the record"), tr("No keychain is available: the record cannot be signed."));
        return false;
    }
    if (!MessageBox::confirm(this, tr("Sign the record"),
                             tr("Once signed, the record cannot be changed; a correction makes a new revision. "
                                "Sign it now?"),
                             tr("Sign")))
        return false;
    EvidenceStore evidence(m_session.evidenceFolder());
    Finaliser finaliser(*m_session.data(), evidence, *m_session.secretStore(), *m_session.tariffs());
    FinaliseRequest request;
    request.inspection = m_draft;
    request.context = m_session.recordContext();
    request.limits = Finaliser::limitsFrom(m_settings);
    request.finalisedAt = m_session.now();
    request.keyName = m_session.signingKeyName();
    auto record = finaliser.finalise(request);
    if (!record) {
        MessageBox::warning(this, tr("Sign the record"), record.error());
        return false;
    }
    const QString folder =
        QDir(m_session.recordsFolder()).filePath(record->record.value(QStringLiteral("number")).toString());
    if (Status s = finaliser.exportRecord(record.value(), folder); !s) {
        MessageBox::warning(this, tr("Sign the record"),
                            tr("The record was signed and kept, but its PDF could not be written: %1").arg(s.error()));
        return false;
    }
    MessageBox::information(
        this, tr("Sign the record"),
        tr("Record %1 is signed. Fingerprint %2.")
            .arg(record->record.value(QStringLiteral("number")).toString(), record->fingerprint.left(16)));
    Q_EMIT finalised(record->id(), folder);
    return true;
}

QString InspectionFlow::summaryText() const
{
    return m_summary->toPlainText();
}

void InspectionFlow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InspectionFlow::retranslateUi()
{
    const Words words;
    m_title->setText(m_customer.code.isEmpty()
                         ? QString()
                         : QStringLiteral("<b>%1</b> · %2 · %3")
                               .arg(m_customer.code.toHtmlEscaped(), m_customer.name.toHtmlEscaped(),
                                    m_customer.address.toHtmlEscaped()));
    const QString stepNames[StepCount] = {tr("Checks"),
                                          tr("Identify"),
                                          Checks::checkName(QLatin1StringView(check::Households), words),
                                          Checks::checkName(QLatin1StringView(check::Ratio), words),
                                          Checks::checkName(QLatin1StringView(check::ThreeRate), words),
                                          tr("Summary and signatures")};
    for (int i = 0; i < StepCount; ++i)
        m_stepButtons->button(i)->setProperty("stepName", stepNames[i]);
    m_back->setText(tr("Back"));
    m_next->setText(tr("Next"));
    m_undo->setText(tr("Undo"));
    m_close->setText(tr("Close (kept as draft)"));

    QStringList flags;
    if (m_session.data() && !m_customer.code.isEmpty()) {
        for (const CustomerFlag &f : FlaggedList::flagsOf(m_session.data()->connection(), m_customer.code))
            flags << QStringLiteral("• %1: %2").arg(ruleName(f.rule), reasonText(f.reason)).toHtmlEscaped();
    }
    m_customerSummary->setText(
        tr("Meter %1 · %2 · %3 households · route book %4 no. %5")
            .arg(m_customer.meterSerial, m_customer.priceString, QLocale().toString(m_customer.households),
                 m_customer.routeBook)
            .arg(m_customer.routeOrder)
            .toHtmlEscaped() +
        QStringLiteral("<br>") +
        (flags.isEmpty() ? tr("No warning from the pre-screen.").toHtmlEscaped() : flags.join(QStringLiteral("<br>"))) +
        QStringLiteral("<br><br>") + tr("Checks to walk through:").toHtmlEscaped());
    for (int i = 0; i < 4; ++i)
        m_checkBoxes[i]->setText(Checks::checkName(QLatin1StringView(kCheckIds[i]), words));

    if (auto *form = stepPage(IdentifyStep)->findChild<QFormLayout *>(QStringLiteral("identifyForm"))) {
        const QString labels[] = {tr("Meter serial seen"), tr("Reading today"),
                                  tr("Previous reading"),  tr("Previous reading date"),
                                  tr("Person present"),    tr("As"),
                                  tr("ID number"),         tr("GPS (latitude, longitude)")};
        for (int r = 0; r < 8; ++r) {
            if (auto *label = qobject_cast<QLabel *>(form->itemAt(r, QFormLayout::LabelRole)
                                                         ? form->itemAt(r, QFormLayout::LabelRole)->widget()
                                                         : nullptr))
                label->setText(labels[r]);
        }
    }
    {
        const QSignalBlocker blocker(m_presentRole);
        const int role = qMax(0, m_presentRole->currentIndex());
        m_presentRole->clear();
        m_presentRole->addItem(tr("the customer"), QStringLiteral("customer"));
        m_presentRole->addItem(tr("a representative"), QStringLiteral("representative"));
        m_presentRole->setCurrentIndex(role);
    }
    m_meterPhoto->setText(tr("Photo of the meter…"));
    if (m_locate->isEnabled())
        m_locate->setText(tr("Locate"));
    m_latitude->setPlaceholderText(tr("latitude"));
    m_longitude->setPlaceholderText(tr("longitude"));

    m_households->setHorizontalHeaderLabels({tr("Head of household"), tr("Evidence")});
    stepPage(HouseholdsStep)->findChild<QPushButton *>(QStringLiteral("addHousehold"))->setText(tr("Add a household"));
    stepPage(HouseholdsStep)->findChild<QPushButton *>(QStringLiteral("removeHousehold"))->setText(tr("Remove"));
    stepPage(HouseholdsStep)
        ->findChild<QLabel *>(QStringLiteral("rentersLabel"))
        ->setText(tr("Renters not forming a household (persons):"));
    m_shortLease->setText(tr("Lease under 12 months and the users are not declared"));

    m_appliances->setHorizontalHeaderLabels(
        {tr("Device"), tr("kW"), tr("Qty"), tr("Simultaneity"), tr("Hours/day"), tr("Days/month"), tr("Purpose")});
    for (QPushButton *b : stepPage(RatioStep)->findChildren<QPushButton *>()) {
        const QVariant pick = b->property("pickIndex");
        if (pick.isValid())
            b->setText(QStringLiteral("+ ") + tr(kQuickPicks[pick.toInt()].name));
    }
    stepPage(RatioStep)->findChild<QPushButton *>(QStringLiteral("addAppliance"))->setText(tr("Add a device"));
    stepPage(RatioStep)->findChild<QPushButton *>(QStringLiteral("removeAppliance"))->setText(tr("Remove"));

    m_swapPlanned->setText(tr("A three-rate meter is fitted or planned"));
    if (auto *form = stepPage(ThreeRateStep)->findChild<QFormLayout *>(QStringLiteral("threeRateForm"))) {
        const QString labels[] = {tr("Swap date"), tr("New meter serial"), tr("Opening reading, normal"),
                                  tr("Opening reading, peak"), tr("Opening reading, off-peak")};
        for (int r = 0; r < 5; ++r) {
            QLayoutItem *item = form->itemAt(r + 2, QFormLayout::LabelRole);
            if (auto *label = qobject_cast<QLabel *>(item ? item->widget() : nullptr))
                label->setText(labels[r]);
        }
    }

    stepPage(SummaryStep)
        ->findChild<QLabel *>(QStringLiteral("statementLabel"))
        ->setText(tr("The customer's statement:"));
    m_photo->setText(tr("Add a photo…"));
    stepPage(SummaryStep)
        ->findChild<QGroupBox *>(QStringLiteral("customerSignatureBox"))
        ->setTitle(tr("Customer's signature"));
    stepPage(SummaryStep)
        ->findChild<QGroupBox *>(QStringLiteral("inspectorSignatureBox"))
        ->setTitle(tr("Inspector's signature"));
    m_witnessBox->setTitle(tr("Witness (the customer refused to sign)"));
    for (QPushButton *b : stepPage(SummaryStep)->findChildren<QPushButton *>()) {
        if (b->objectName().endsWith(QLatin1StringView("Clear")))
            b->setText(tr("Clear"));
    }
    m_refused->setText(tr("The customer refuses to sign"));
    m_refusalReason->setPlaceholderText(tr("Why the customer refuses"));
    m_witnessName->setPlaceholderText(tr("Witness's name and title"));
    if (auto *form = qobject_cast<QFormLayout *>(m_witnessBox->layout())) {
        const QString labels[] = {tr("Reason"), tr("Witness")};
        for (int r = 0; r < 2; ++r) {
            QLayoutItem *item = form->itemAt(r, QFormLayout::LabelRole);
            if (auto *label = qobject_cast<QLabel *>(item ? item->widget() : nullptr))
                label->setText(labels[r]);
        }
    }
    m_finalise->setText(tr("Sign the record"));
    if (!m_draft.id.isEmpty())
        refreshResults();
    updateNavigation();
}

} // namespace ta
