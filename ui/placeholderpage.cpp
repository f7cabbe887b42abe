#include "ui/placeholderpage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace ta {

PlaceholderPage::PlaceholderPage(std::function<std::pair<QString, QString>()> describe, QWidget *parent)
    : QWidget(parent), m_describe(std::move(describe))
{
    m_title = new QLabel(this);
    m_title->setProperty("heading", true);
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("placeholderDescription"));
    m_description->setWordWrap(true);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("placeholderFacts"));
    m_facts->setWordWrap(true);
    m_facts->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addSpacing(16);
    layout->addWidget(m_facts);
    layout->addStretch();
    retranslateUi();
}

void PlaceholderPage::setFacts(const QString &facts)
{
    m_facts->setText(facts);
    m_facts->setVisible(!facts.isEmpty());
}

QString PlaceholderPage::description() const
{
    return m_description->text();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslateUi()
{
    const auto [title, description] = m_describe();
    m_title->setText(title);
    m_description->setText(description);
}

} // namespace ta
