#include "ui/inspection/householdsstep.h"

#include "models/core/words.h"
#include "ui/common/touchinput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ta {

namespace {
enum HouseholdColumn { HeadColumn, DocumentColumn, NoteColumn, HouseholdColumnCount };
} // namespace

HouseholdsStep::HouseholdsStep(QWidget *parent) : StepPage(parent)
{
    m_households = new QTableWidget(0, HouseholdColumnCount, this);
    m_households->setObjectName(QStringLiteral("householdsTable"));
    m_households->horizontalHeader()->setSectionResizeMode(HeadColumn, QHeaderView::Stretch);
    m_households->horizontalHeader()->setSectionResizeMode(DocumentColumn, QHeaderView::ResizeToContents);
    m_households->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_households->verticalHeader()->setDefaultSectionSize(48);
    m_households->setMinimumHeight(220);
    connect(m_households, &QTableWidget::itemChanged, this, [this] { edited(); });
    auto *add = new QPushButton(this);
    add->setObjectName(QStringLiteral("addHousehold"));
    auto *remove = new QPushButton(this);
    remove->setObjectName(QStringLiteral("removeHousehold"));
    for (QPushButton *b : {add, remove})
        b->setMinimumHeight(touch::MinimumHeight);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({QString(), QString::fromLatin1(householdDocument::Cccd), QString()});
        m_households->setCurrentCell(m_households->rowCount() - 1, HeadColumn);
        m_households->editItem(m_households->item(m_households->rowCount() - 1, HeadColumn));
        edited();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_households->currentRow();
        if (row >= 0) {
            m_households->removeRow(row);
            edited();
        }
    });
    m_renters = new QSpinBox(this);
    m_renters->setObjectName(QStringLiteral("renterPersons"));
    m_renters->setRange(0, 1000);
    m_renters->setMinimumHeight(touch::MinimumHeight);
    connect(m_renters, &QSpinBox::valueChanged, this, [this] { edited(); });
    m_undeclared = new QCheckBox(this);
    m_undeclared->setObjectName(QStringLiteral("usersUndeclared"));
    m_undeclared->setMinimumHeight(touch::MinimumHeight);
    connect(m_undeclared, &QCheckBox::toggled, this, [this](bool on) {
        m_leaseMonths->setEnabled(on);
        edited();
    });
    m_leaseMonths = new QSpinBox(this);
    m_leaseMonths->setObjectName(QStringLiteral("leaseMonths"));
    m_leaseMonths->setRange(0, 1200);
    m_leaseMonths->setMinimumHeight(touch::MinimumHeight);
    m_leaseMonths->setEnabled(false);
    connect(m_leaseMonths, &QSpinBox::valueChanged, this, [this] { edited(); });
    m_result->setObjectName(QStringLiteral("householdsResult"));

    auto *rows = new QHBoxLayout;
    rows->addWidget(add);
    rows->addWidget(remove);
    rows->addStretch();
    m_rentersLabel = new QLabel(this);
    m_rentersLabel->setObjectName(QStringLiteral("rentersLabel"));
    m_leaseLabel = new QLabel(this);
    auto *renters = new QHBoxLayout;
    renters->addWidget(m_rentersLabel);
    renters->addWidget(m_renters);
    renters->addStretch();
    auto *lease = new QHBoxLayout;
    lease->addWidget(m_undeclared);
    lease->addWidget(m_leaseLabel);
    lease->addWidget(m_leaseMonths);
    lease->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_households, 1);
    layout->addLayout(rows);
    layout->addLayout(renters);
    layout->addLayout(lease);
    layout->addWidget(m_result);
    retranslate();
}

void HouseholdsStep::addRow(const HouseholdEvidence &h)
{
    const QSignalBlocker blocker(m_households);
    const int row = m_households->rowCount();
    m_households->insertRow(row);
    m_households->setItem(row, HeadColumn, new QTableWidgetItem(h.head));
    m_households->setItem(row, NoteColumn, new QTableWidgetItem(h.leaderNote));
    auto *document = new QComboBox(m_households);
    for (const QString &d : householdDocument::all())
        document->addItem(Checks::documentName(d, Words()), d);
    document->setCurrentIndex(qMax(0, document->findData(h.document)));
    connect(document, &QComboBox::currentIndexChanged, this, [this] { edited(); });
    m_households->setCellWidget(row, DocumentColumn, document);
}

void HouseholdsStep::collect(Inspection &d) const
{
    d.households.households.clear();
    for (int r = 0; r < m_households->rowCount(); ++r) {
        const auto text = [this, r](int c) {
            return m_households->item(r, c) ? m_households->item(r, c)->text().trimmed() : QString();
        };
        auto *document = qobject_cast<QComboBox *>(m_households->cellWidget(r, DocumentColumn));
        if (!text(HeadColumn).isEmpty())
            d.households.households.push_back(
                {text(HeadColumn), document ? document->currentData().toString() : QString(), text(NoteColumn)});
    }
    d.households.renterPersons = m_renters->value();
    d.households.usersUndeclared = m_undeclared->isChecked();
    d.households.leaseMonths = m_undeclared->isChecked() ? std::optional<int>(m_leaseMonths->value()) : std::nullopt;
}

void HouseholdsStep::show(const Inspection &d)
{
    {
        const QSignalBlocker blocker(m_households);
        m_households->setRowCount(0);
    }
    for (const HouseholdEvidence &h : d.households.households)
        addRow(h);
    m_renters->setValue(d.households.renterPersons);
    m_undeclared->setChecked(d.households.usersUndeclared);
    m_leaseMonths->setValue(d.households.leaseMonths.value_or(0));
    m_leaseMonths->setEnabled(d.households.usersUndeclared);
}

void HouseholdsStep::refresh()
{
    showOutcome(check::Households);
}

void HouseholdsStep::retranslate()
{
    m_households->setHorizontalHeaderLabels(
        {tr("Head of household"), tr("Evidence"), tr("Leader's note (for another document)")});
    for (int r = 0; r < m_households->rowCount(); ++r) {
        if (auto *document = qobject_cast<QComboBox *>(m_households->cellWidget(r, DocumentColumn))) {
            for (int i = 0; i < document->count(); ++i)
                document->setItemText(i, Checks::documentName(document->itemData(i).toString(), Words()));
        }
    }
    findChild<QPushButton *>(QStringLiteral("addHousehold"))->setText(tr("Add a household"));
    findChild<QPushButton *>(QStringLiteral("removeHousehold"))->setText(tr("Remove"));
    m_rentersLabel->setText(tr("Renters not forming a household (persons):"));
    m_undeclared->setText(tr("The landlord cannot declare who uses the power"));
    m_leaseLabel->setText(tr("Lease length (months):"));
}

} // namespace ta
