#include "ui/inspection/threeratestep.h"

#include "models/core/clock.h"
#include "ui/common/touchinput.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ta {

ThreeRateStep::ThreeRateStep(QWidget *parent) : StepPage(parent)
{
    m_result->setObjectName(QStringLiteral("threeRateResult"));
    m_swapPlanned = new QCheckBox(this);
    m_swapPlanned->setObjectName(QStringLiteral("swapPlanned"));
    m_swapPlanned->setMinimumHeight(touch::MinimumHeight);
    m_swapDate = new QDateEdit(this);
    m_swapDate->setObjectName(QStringLiteral("swapDate"));
    m_swapDate->setCalendarPopup(true);
    m_swapDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_swapDate->setMinimumHeight(touch::MinimumHeight);
    m_newSerial = new QLineEdit(this);
    m_newSerial->setObjectName(QStringLiteral("newMeterSerial"));
    m_newSerial->setMinimumHeight(touch::MinimumHeight);
    const char *names[3] = {"openingNormal", "openingPeak", "openingOffPeak"};
    for (int i = 0; i < 3; ++i) {
        m_openings[i] = touch::numberField(this, names[i], false);
        connect(m_openings[i], &QLineEdit::textEdited, this, [this, i] { edited(m_openings[i]->objectName()); });
    }
    connect(m_swapPlanned, &QCheckBox::toggled, this, [this] { edited(); });
    connect(m_swapDate, &QDateEdit::dateChanged, this, [this] { edited(QStringLiteral("swapDate")); });
    connect(m_newSerial, &QLineEdit::textEdited, this, [this] { edited(QStringLiteral("newMeterSerial")); });
    m_form = new QFormLayout(this);
    m_form->setObjectName(QStringLiteral("threeRateForm"));
    m_form->addRow(m_result);
    m_form->addRow(m_swapPlanned);
    m_form->addRow(new QLabel(this), m_swapDate);
    m_form->addRow(new QLabel(this), m_newSerial);
    for (QLineEdit *e : m_openings)
        m_form->addRow(new QLabel(this), e);
    retranslate();
}

void ThreeRateStep::collect(Inspection &d) const
{
    d.threeRate.swapDate = m_swapPlanned->isChecked() ? m_swapDate->date() : QDate();
    d.threeRate.newMeterSerial = m_newSerial->text().trimmed();
    d.threeRate.openingNormal = touch::parseWhole(m_openings[0]->text());
    d.threeRate.openingPeak = touch::parseWhole(m_openings[1]->text());
    d.threeRate.openingOffPeak = touch::parseWhole(m_openings[2]->text());
}

void ThreeRateStep::show(const Inspection &d)
{
    m_swapPlanned->setChecked(d.threeRate.swapDate.isValid());
    m_swapDate->setDate(d.threeRate.swapDate.isValid() ? d.threeRate.swapDate
                                                       : session()->environment().clock->today());
    m_newSerial->setText(d.threeRate.newMeterSerial);
    const std::optional<qint64> openings[3] = {d.threeRate.openingNormal, d.threeRate.openingPeak,
                                               d.threeRate.openingOffPeak};
    for (int i = 0; i < 3; ++i)
        m_openings[i]->setText(openings[i] ? QString::number(*openings[i]) : QString());
}

void ThreeRateStep::refresh()
{
    showOutcome(check::ThreeRate);
}

void ThreeRateStep::retranslate()
{
    m_swapPlanned->setText(tr("A three-rate meter is fitted or planned"));
    const QString labels[] = {tr("Swap date"), tr("New meter serial"), tr("Opening reading, normal"),
                              tr("Opening reading, peak"), tr("Opening reading, off-peak")};
    for (int r = 0; r < 5; ++r) {
        QLayoutItem *item = m_form->itemAt(r + 2, QFormLayout::LabelRole);
        if (auto *label = qobject_cast<QLabel *>(item ? item->widget() : nullptr))
            label->setText(labels[r]);
    }
}

} // namespace ta
