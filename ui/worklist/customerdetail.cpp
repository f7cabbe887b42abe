#include "ui/worklist/customerdetail.h"

#include "models/core/money.h"
#include "models/customers/customer.h"
#include "models/prescreen/flaggedlist.h"
#include "models/prescreen/prescreener.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ta {

CustomerDetail::CustomerDetail(const Customer &c, const std::vector<CustomerFlag> &flags, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("customerDetail"));
    setWindowTitle(tr("Customer %1").arg(c.code));
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>").arg(c.name.toHtmlEscaped(), c.address.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=6>");
    const auto row = [&html](const QString &label, const QString &value) {
        html +=
            QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Customer code"), c.code);
    row(tr("Phone"), c.phone);
    row(tr("Substation / route book / No."),
        QStringLiteral("%1 / %2 / %3").arg(c.substation, c.routeBook).arg(c.routeOrder));
    row(tr("Meter"), tr("%1, %2, multiplier %3")
                         .arg(c.meterSerial, c.meterKind == MeterKind::ThreeRate ? tr("three-rate") : tr("single-rate"))
                         .arg(c.multiplier));
    row(tr("Voltage / transformer"),
        c.transformerKva > 0 ? QStringLiteral("%1 / %2 kVA").arg(c.voltage).arg(c.transformerKva) : c.voltage);
    row(tr("Price string"), c.priceString);
    row(tr("Households"), locale.toString(c.households));
    row(tr("Ratio last checked"),
        c.lastRatioCheck.isValid() ? c.lastRatioCheck.toString(QStringLiteral("dd/MM/yyyy")) : tr("never"));
    if (c.latitude && c.longitude)
        row(tr("GPS"), QStringLiteral("%1, %2").arg(*c.latitude, 0, 'f', 6).arg(*c.longitude, 0, 'f', 6));
    html += QStringLiteral("</table>");
    if (flags.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No warning.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Warnings").toHtmlEscaped());
        for (const CustomerFlag &f : flags)
            html += QStringLiteral("<li><b>%1</b> — %2 %3</li>")
                        .arg(ruleName(f.rule).toHtmlEscaped(), f.reason.toHtmlEscaped(),
                             f.yearlyImpact
                                 ? tr("(about %1 a month, %2 over the recovery period)")
                                       .arg(money::format(f.monthlyImpact.value_or(0)), money::format(*f.yearlyImpact))
                                       .toHtmlEscaped()
                                 : QStringLiteral("<i>%1</i>").arg(f.impactNote.toHtmlEscaped()));
        html += QStringLiteral("</ul>");
    }
    // A text browser rather than a label: however long the warnings, they scroll instead of being cut.
    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(QStringLiteral("customerSummary"));
    m_summary->setHtml(html);
    m_summary->setFrameShape(QFrame::NoFrame);
    m_summary->setMinimumHeight(300);

    // Consumption: one bar a month; on a three-rate meter normal, peak and off-peak stacked.
    auto *chart = new QChart;
    chart->setTitle(tr("Consumption, kWh per month"));
    auto *series = new QStackedBarSeries;
    const bool registers = !c.history.empty() && c.history.front().normal.has_value();
    QBarSet *total = registers ? nullptr : new QBarSet(tr("Consumption"));
    QBarSet *normal = registers ? new QBarSet(tr("Normal hours")) : nullptr;
    QBarSet *peak = registers ? new QBarSet(tr("Peak hours")) : nullptr;
    QBarSet *offPeak = registers ? new QBarSet(tr("Off-peak hours")) : nullptr;
    QStringList months;
    int highest = 0;
    for (const MonthlyConsumption &m : c.history) {
        months << QStringLiteral("%1/%2")
                      .arg(m.month % 100, 2, 10, QLatin1Char('0'))
                      .arg(m.month / 100 % 100, 2, 10, QLatin1Char('0'));
        highest = std::max(highest, m.kwh);
        if (registers) {
            *normal << m.normal.value_or(0);
            *peak << m.peak.value_or(0);
            *offPeak << m.offPeak.value_or(0);
        } else {
            *total << m.kwh;
        }
    }
    for (QBarSet *set : {total, normal, peak, offPeak}) {
        if (set)
            series->append(set);
    }
    m_bars = int(c.history.size());
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(months);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, highest > 0 ? highest * 1.1 : 10);
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setVisible(registers);
    auto *view = new QChartView(chart, this);
    view->setObjectName(QStringLiteral("consumptionChart"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setMinimumHeight(44);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    // The visit starts from here: the card is what the inspector reads at the door.
    m_inspect = buttons->addButton(tr("Inspect"), QDialogButtonBox::AcceptRole);
    m_inspect->setObjectName(QStringLiteral("cardInspect"));
    m_inspect->setProperty("accent", true);
    m_inspect->setMinimumSize(160, 48);
    connect(m_inspect, &QPushButton::clicked, this, [this, code = c.code] {
        accept();
        Q_EMIT inspectRequested(code);
    });
    auto *inspections = new QLabel(tr("Inspections of this customer will be listed here."), this);
    inspections->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 3);
    layout->addWidget(view, 2);
    layout->addWidget(inspections);
    layout->addWidget(buttons);
    resize(1000, 760);
}

QString CustomerDetail::summaryText() const
{
    return m_summary->toPlainText();
}

} // namespace ta
