#include "ui/training/scenariocard.h"

#include "models/training/scenario.h"

#include <QImage>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ta {

ScenarioCard::ScenarioCard(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("scenarioCard"));
    setFrameShape(QFrame::StyledPanel);
    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("scenarioCardText"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meter = new QLabel(this);
    m_meter->setObjectName(QStringLiteral("scenarioCardMeter"));
    m_meter->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_body);
    contentLayout->addWidget(m_meter);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(scroll);
}

QImage ScenarioCard::meterPicture(const QString &serial, std::optional<qint64> reading, bool threeRate)
{
    // The meter as the trainee finds it on the wall: its serial plate and its display.
    QImage image(260, 170, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x55, 0x5b, 0x66), 2));
    p.setBrush(QColor(0xe9, 0xec, 0xef));
    p.drawRoundedRect(QRectF(2, 2, 256, 166), 12, 12);
    QFont label(QStringLiteral("DejaVu Sans"), 8);
    p.setFont(label);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawText(QRectF(14, 10, 232, 18), Qt::AlignLeft | Qt::AlignVCenter,
               threeRate ? tr("Three-rate electronic meter") : tr("Single-rate electronic meter"));
    // The display.
    p.setPen(QPen(QColor(0x22, 0x22, 0x22), 2));
    p.setBrush(QColor(0xb8, 0xd8, 0xa8));
    p.drawRect(QRectF(14, 34, 232, 56));
    QFont digits(QStringLiteral("DejaVu Sans Mono"), 22, QFont::Bold);
    p.setFont(digits);
    p.drawText(QRectF(20, 34, 170, 56), Qt::AlignRight | Qt::AlignVCenter,
               reading ? QString::number(*reading).rightJustified(6, QLatin1Char('0')) : QStringLiteral("------"));
    p.setFont(label);
    p.drawText(QRectF(196, 34, 46, 56), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("kWh"));
    // The serial plate.
    p.setBrush(Qt::white);
    p.drawRect(QRectF(14, 104, 232, 48));
    p.drawText(QRectF(20, 106, 220, 16), Qt::AlignLeft | Qt::AlignVCenter, tr("Serial no."));
    QFont plate(QStringLiteral("DejaVu Sans Mono"), 14, QFont::Bold);
    p.setFont(plate);
    p.drawText(QRectF(20, 122, 220, 28), Qt::AlignLeft | Qt::AlignVCenter, serial);
    return image;
}

QString ScenarioCard::levelName(int difficulty)
{
    switch (difficulty) {
    case 1:
        return tr("easy");
    case 2:
        return tr("medium");
    default:
        return tr("hard");
    }
}

QString ScenarioCard::campaignName(const QString &campaign)
{
    if (campaign == QLatin1StringView("households"))
        return tr("households");
    if (campaign == QLatin1StringView("ratio"))
        return tr("price ratio");
    if (campaign == QLatin1StringView("three-rate"))
        return tr("three-rate meters");
    return tr("administrative customers");
}

void ScenarioCard::setScenario(const Scenario &s)
{
    const auto esc = [](const QString &t) {
        return t.toHtmlEscaped();
    };
    QString facts;
    for (const QString &fact : s.facts)
        facts += QStringLiteral("<li>%1</li>").arg(esc(fact));
    const QLocale locale;
    // The other customers of the list the story involves, as the worklist shows them.
    QString neighbours;
    for (const Customer &n : s.neighbours)
        neighbours += QStringLiteral("<li>%1 · %2 · %3 · %4</li>")
                          .arg(esc(n.code), esc(n.name), esc(n.address), esc(tr("meter %1").arg(n.meterSerial)));
    if (!neighbours.isEmpty())
        neighbours = QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(esc(tr("Also on the list:")), neighbours);
    // The learning goal is kept for the score: said before, it would give the answer away.
    m_body->setText(QStringLiteral("<h3>%1</h3><p><i>%2</i></p><p><b>%3</b> %4</p>"
                                   "<p><b>%5</b></p><ul>%6</ul><p><b>%7</b> %8 · %9</p>")
                        .arg(esc(s.title),
                             esc(tr("Level: %1 · campaign: %2 · visit on %3")
                                     .arg(levelName(s.difficulty), campaignName(s.campaign),
                                          locale.toString(s.visitDate, QLocale::ShortFormat))),
                             esc(tr("At the door:")), esc(s.story), esc(tr("What you find:")), facts,
                             esc(tr("Customer:")), esc(s.customer.code), esc(s.customer.name)) +
                    neighbours);
    // What the meter on the wall shows, as the story has it (the model answer's serial and reading).
    const QJsonObject identify = s.answer.value(QStringLiteral("identify")).toObject();
    const QString serial = identify.value(QStringLiteral("meterSerialSeen")).toString(s.customer.meterSerial);
    const QJsonValue reading = identify.value(QStringLiteral("reading"));
    m_meter->setPixmap(QPixmap::fromImage(
        meterPicture(serial, reading.isDouble() ? std::optional<qint64>(qint64(reading.toDouble())) : std::nullopt,
                     s.customer.meterKind == MeterKind::ThreeRate)));
    m_meter->setAccessibleName(tr("The meter: serial %1").arg(serial));
}

void ScenarioCard::clear()
{
    m_body->clear();
    m_meter->clear();
}

QString ScenarioCard::text() const
{
    return m_body->text();
}

} // namespace ta
