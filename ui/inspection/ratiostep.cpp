#include "ui/inspection/ratiostep.h"

#include "models/core/language.h"
#include "models/tariff/tarifflibrary.h"
#include "ui/common/touchinput.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ta {

namespace {
enum ApplianceColumn {
    NameColumn,
    KwColumn,
    QuantityColumn,
    SimultaneityColumn,
    HoursColumn,
    DaysColumn,
    GroupColumn,
    ApplianceColumnCount
};
} // namespace

RatioStep::RatioStep(QWidget *parent) : StepPage(parent)
{
    m_appliances = new QTableWidget(0, ApplianceColumnCount, this);
    m_appliances->setObjectName(QStringLiteral("appliancesTable"));
    m_appliances->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_appliances->verticalHeader()->setDefaultSectionSize(48);
    m_appliances->setMinimumHeight(240);
    connect(m_appliances, &QTableWidget::itemChanged, this, [this] { edited(); });
    auto *picks = new QGridLayout;
    if (auto catalog = ApplianceCatalog::builtIn())
        m_picks = catalog.value();
    for (int i = 0; i < int(m_picks.size()); ++i) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("pick%1").arg(i));
        b->setProperty("pickIndex", i);
        b->setMinimumHeight(touch::MinimumHeight);
        connect(b, &QPushButton::clicked, this, [this, i] {
            const ApplianceTemplate &pick = m_picks[std::size_t(i)];
            const QString main = session() ? session()->customer().mainGroup() : QString();
            addRow({pick.name(Language::currentCode()), pick.kw, 1, pick.simultaneity, pick.hoursPerDay, 30, main});
            edited();
        });
        picks->addWidget(b, i / 5, i % 5);
    }
    auto *add = new QPushButton(this);
    add->setObjectName(QStringLiteral("addAppliance"));
    auto *remove = new QPushButton(this);
    remove->setObjectName(QStringLiteral("removeAppliance"));
    for (QPushButton *b : {add, remove})
        b->setMinimumHeight(touch::MinimumHeight);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({QString(), 0, 1, 1, 0, 30, session() ? session()->customer().mainGroup() : QString()});
        edited();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_appliances->currentRow();
        if (row >= 0) {
            m_appliances->removeRow(row);
            edited();
        }
    });
    m_result->setObjectName(QStringLiteral("ratioResult"));
    auto *rows = new QHBoxLayout;
    rows->addWidget(add);
    rows->addWidget(remove);
    rows->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(picks);
    layout->addWidget(m_appliances, 1);
    layout->addLayout(rows);
    layout->addWidget(m_result);
    retranslate();
}

void RatioStep::addRow(const Appliance &a)
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
        if (c > NameColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_appliances->setItem(row, c, item);
    }
    // The purposes are the price groups the tariff books know, by their CMIS code.
    auto *group = new QComboBox(m_appliances);
    const TariffLibrary *library = session() ? session()->environment().library : nullptr;
    QStringList codes = library ? library->priceGroupCodes() : QStringList();
    if (!a.group.isEmpty() && !codes.contains(a.group, Qt::CaseInsensitive))
        codes << a.group; // kept as entered; the check names it as unknown
    for (const QString &code : codes)
        group->addItem(library ? QStringLiteral("%1 · %2").arg(
                                     code, library->groupName(library->groupForCode(code), Language::currentCode()))
                               : code,
                       code);
    group->setCurrentIndex(qMax(0, group->findData(a.group.toUpper())));
    connect(group, &QComboBox::currentIndexChanged, this, [this] { edited(); });
    m_appliances->setCellWidget(row, GroupColumn, group);
}

void RatioStep::collect(Inspection &d) const
{
    d.ratio.appliances.clear();
    for (int r = 0; r < m_appliances->rowCount(); ++r) {
        const auto text = [this, r](int c) {
            return m_appliances->item(r, c) ? m_appliances->item(r, c)->text() : QString();
        };
        auto *group = qobject_cast<QComboBox *>(m_appliances->cellWidget(r, GroupColumn));
        Appliance a;
        a.name = text(NameColumn).trimmed();
        a.kw = std::max(0.0, touch::parseNumber(text(KwColumn)).value_or(0));
        a.quantity = int(std::clamp<qint64>(touch::parseWhole(text(QuantityColumn)).value_or(1), 1, 100000));
        a.simultaneity = std::clamp(touch::parseNumber(text(SimultaneityColumn)).value_or(1), 0.0, 1.0);
        a.hoursPerDay = std::clamp(touch::parseNumber(text(HoursColumn)).value_or(0), 0.0, 24.0);
        a.daysPerMonth = int(std::clamp<qint64>(touch::parseWhole(text(DaysColumn)).value_or(30), 0, 31));
        a.group = group ? group->currentData().toString() : QString();
        d.ratio.appliances.push_back(a);
    }
}

void RatioStep::show(const Inspection &d)
{
    {
        const QSignalBlocker blocker(m_appliances);
        m_appliances->setRowCount(0);
    }
    for (const Appliance &a : d.ratio.appliances)
        addRow(a);
}

void RatioStep::refresh()
{
    showOutcome(check::Ratio);
}

void RatioStep::retranslate()
{
    m_appliances->setHorizontalHeaderLabels(
        {tr("Device"), tr("kW"), tr("Qty"), tr("Simultaneity"), tr("Hours/day"), tr("Days/month"), tr("Purpose")});
    for (QPushButton *b : findChildren<QPushButton *>()) {
        const QVariant pick = b->property("pickIndex");
        if (pick.isValid())
            b->setText(QStringLiteral("+ ") + m_picks[std::size_t(pick.toInt())].name(Language::currentCode()));
    }
    findChild<QPushButton *>(QStringLiteral("addAppliance"))->setText(tr("Add a device"));
    findChild<QPushButton *>(QStringLiteral("removeAppliance"))->setText(tr("Remove"));
}

} // namespace ta
