#include "ui/training/scenariocard.h"

#include "models/training/scenario.h"

#include <QLabel>
#include <QLocale>
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
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_body);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(scroll);
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
    // The learning goal is kept for the score: said before, it would give the answer away.
    m_body->setText(QStringLiteral("<h3>%1</h3><p><i>%2</i></p><p><b>%3</b> %4</p>"
                                   "<p><b>%5</b></p><ul>%6</ul><p><b>%7</b> %8 · %9</p>")
                        .arg(esc(s.title),
                             esc(tr("Level: %1 · campaign: %2 · visit on %3")
                                     .arg(levelName(s.difficulty), campaignName(s.campaign),
                                          locale.toString(s.visitDate, QLocale::ShortFormat))),
                             esc(tr("At the door:")), esc(s.story), esc(tr("What you find:")), facts,
                             esc(tr("Customer:")), esc(s.customer.code), esc(s.customer.name)));
}

void ScenarioCard::clear()
{
    m_body->clear();
}

QString ScenarioCard::text() const
{
    return m_body->text();
}

} // namespace ta
