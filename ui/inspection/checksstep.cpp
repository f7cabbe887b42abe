#include "ui/inspection/checksstep.h"

#include "models/core/words.h"
#include "models/prescreen/flaggedlist.h"
#include "models/prescreen/prescreener.h"
#include "models/storage/database.h"
#include "ui/common/touchinput.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace ta {

namespace {
const char *const kCheckIds[4] = {check::Households, check::Ratio, check::ThreeRate, check::Reading};
} // namespace

ChecksStep::ChecksStep(QWidget *parent) : StepPage(parent)
{
    m_customerSummary = new QLabel(this);
    m_customerSummary->setObjectName(QStringLiteral("flowCustomer"));
    m_customerSummary->setWordWrap(true);
    m_customerSummary->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_customerSummary);
    for (int i = 0; i < 4; ++i) {
        m_checkBoxes[i] = new QCheckBox(this);
        m_checkBoxes[i]->setObjectName(QStringLiteral("check-%1").arg(QLatin1StringView(kCheckIds[i])));
        m_checkBoxes[i]->setMinimumHeight(touch::MinimumHeight);
        connect(m_checkBoxes[i], &QCheckBox::toggled, this, [this] { edited(); });
        layout->addWidget(m_checkBoxes[i]);
    }
    layout->addWidget(m_result);
    layout->addStretch();
    retranslate();
}

void ChecksStep::collect(Inspection &d) const
{
    d.checks.clear();
    for (int i = 0; i < 4; ++i) {
        if (m_checkBoxes[i]->isChecked())
            d.checks << QString::fromLatin1(kCheckIds[i]);
    }
}

void ChecksStep::show(const Inspection &d)
{
    for (int i = 0; i < 4; ++i)
        m_checkBoxes[i]->setChecked(d.has(kCheckIds[i]));
}

void ChecksStep::refresh()
{
    if (!session())
        return;
    const Customer &c = session()->customer();
    QStringList flags;
    if (Database *file = session()->environment().data) {
        for (const CustomerFlag &f : FlaggedList::flagsOf(file->connection(), c.code))
            flags << QStringLiteral("• %1: %2").arg(ruleName(f.rule), reasonText(f.reason)).toHtmlEscaped();
    }
    m_customerSummary->setText(
        tr("Meter %1 · %2 · %3 households · route book %4 no. %5")
            .arg(c.meterSerial, c.priceString, QLocale().toString(c.households), c.routeBook)
            .arg(c.routeOrder)
            .toHtmlEscaped() +
        QStringLiteral("<br>") +
        (flags.isEmpty() ? tr("No warning from the pre-screen.").toHtmlEscaped() : flags.join(QStringLiteral("<br>"))) +
        QStringLiteral("<br><br>") + tr("Checks to walk through:").toHtmlEscaped());
    m_result->setText(session()->draft().checks.isEmpty() ? tr("Choose at least one check.") : QString());
}

void ChecksStep::retranslate()
{
    const Words words;
    for (int i = 0; i < 4; ++i)
        m_checkBoxes[i]->setText(Checks::checkName(QLatin1StringView(kCheckIds[i]), words));
}

} // namespace ta
