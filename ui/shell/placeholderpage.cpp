#include "ui/shell/placeholderpage.h"

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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addStretch();
    retranslateUi();
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
