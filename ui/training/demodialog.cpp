#include "ui/training/demodialog.h"

#include "ui/common/messagebox.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ta {

DemoDialog::DemoDialog(const QString &title, std::vector<DemoStep> steps, QWidget *parent)
    : QDialog(parent), m_steps(std::move(steps))
{
    setObjectName(QStringLiteral("demoDialog"));
    setWindowTitle(MessageBox::decorate(tr("Demonstration: %1").arg(title)));
    // Large enough to read from the back of a classroom.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("demoHeading"));
    QFont heading = big;
    heading.setBold(true);
    m_heading->setFont(heading);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("demoText"));
    m_text->setFont(big);
    m_text->setOpenLinks(false);
    m_back = new QPushButton(tr("Back"), this);
    m_back->setObjectName(QStringLiteral("demoBack"));
    m_next = new QPushButton(tr("Next"), this);
    m_next->setObjectName(QStringLiteral("demoNext"));
    m_next->setDefault(true);
    m_fullScreen = new QPushButton(tr("Full screen (F11)"), this);
    m_fullScreen->setObjectName(QStringLiteral("demoFullScreen"));
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("demoClose"));
    for (QPushButton *b : {m_back, m_next, m_fullScreen, close}) {
        b->setMinimumHeight(56);
        b->setFont(big);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fullScreen);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    // The keys of a presenter's remote: shortcuts, so that they work whichever button has the focus.
    for (const auto key : {Qt::Key_Right, Qt::Key_PageDown})
        connect(new QShortcut(QKeySequence(key), this), &QShortcut::activated, this, [this] { goTo(m_current + 1); });
    for (const auto key : {Qt::Key_Left, Qt::Key_PageUp})
        connect(new QShortcut(QKeySequence(key), this), &QShortcut::activated, this, [this] { goTo(m_current - 1); });
    connect(new QShortcut(QKeySequence(Qt::Key_F11), this), &QShortcut::activated, this,
            [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    m_text->setFocusPolicy(Qt::NoFocus); // it scrolls with a finger; the keys move between the steps
    connect(m_back, &QPushButton::clicked, this, [this] { goTo(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { goTo(m_current + 1); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_fullScreen, &QPushButton::clicked, this,
            [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    resize(1200, 760);
    goTo(0);
}

void DemoDialog::goTo(int step)
{
    if (m_steps.empty() || step < 0 || step >= int(m_steps.size()))
        return;
    m_current = step;
    const DemoStep &s = m_steps[std::size_t(step)];
    m_heading->setText(tr("Step %1 of %2 · %3").arg(step + 1).arg(m_steps.size()).arg(s.title));
    m_text->setHtml(s.html);
    m_back->setEnabled(step > 0);
    m_next->setEnabled(step + 1 < int(m_steps.size()));
}

} // namespace ta
