#include "ui/inspection/photostrip.h"

#include "models/inspection/evidencestore.h"
#include "models/inspection/inspectionsession.h"
#include "ui/common/messagebox.h"
#include "ui/common/touchinput.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>

namespace ta {

namespace {
constexpr QSize kThumb(72, 54); // beside the buttons, no taller than a row of them
}

PhotoStrip::PhotoStrip(QString kind, QWidget *parent) : QWidget(parent), m_kind(std::move(kind))
{
    setObjectName(QStringLiteral("photoStrip-") + m_kind);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("photoAdd-") + m_kind);
    m_add->setMinimumHeight(touch::MinimumHeight);
    connect(m_add, &QPushButton::clicked, this, &PhotoStrip::addRequested);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("photoCount-") + m_kind);
    m_thumbs = new QHBoxLayout;
    m_thumbs->setSpacing(6);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_add);
    layout->addWidget(m_count);
    layout->addLayout(m_thumbs);
    layout->addStretch();
    retranslate();
}

void PhotoStrip::showFor(InspectionSession *session)
{
    if (session != m_session.data()) {
        m_session = session;
        m_cache.clear();
        m_shown << QString(); // whatever was on screen belonged to another inspection
    }
    refresh();
}

QPushButton *PhotoStrip::removeButton(int index) const
{
    return index >= 0 && index < m_removeButtons.size() ? m_removeButtons.at(index) : nullptr;
}

void PhotoStrip::setAddText(const QString &text)
{
    m_add->setText(text);
}

void PhotoStrip::refresh()
{
    QStringList files;
    if (m_session) {
        for (const EvidenceItem &e : m_session->draft().evidence) {
            if (e.kind == m_kind)
                files << e.fileName;
        }
    }
    m_count->setText(tr("%n photos", nullptr, int(files.size())));
    if (files == m_shown)
        return;
    m_shown = files;
    m_removeButtons.clear();
    while (QLayoutItem *item = m_thumbs->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const EvidenceStore store(m_session ? m_session->environment().evidenceFolder : QString());
    for (int i = 0; i < files.size(); ++i) {
        const QString file = files.at(i);
        if (!m_cache.contains(file)) {
            // Pictures are stored fitted (at most 1600 px), so reading one here is quick.
            QImageReader reader(store.pathOf(file));
            reader.setAutoTransform(true);
            const QImage image = reader.read();
            m_cache.insert(file, image.isNull() ? QPixmap()
                                                : QPixmap::fromImage(image.scaled(kThumb, Qt::KeepAspectRatio,
                                                                                  Qt::SmoothTransformation)));
        }
        auto *cell = new QWidget(this);
        auto *thumb = new QLabel(cell);
        thumb->setObjectName(QStringLiteral("photoThumb%1").arg(i));
        thumb->setFixedSize(kThumb);
        thumb->setAlignment(Qt::AlignCenter);
        thumb->setFrameShape(QFrame::Box);
        if (m_cache.value(file).isNull())
            thumb->setText(tr("(unreadable)"));
        else
            thumb->setPixmap(m_cache.value(file));
        auto *remove = new QPushButton(QStringLiteral("✕"), cell);
        remove->setObjectName(QStringLiteral("photoRemove%1").arg(i));
        remove->setToolTip(tr("Delete this photo"));
        remove->setAccessibleName(tr("Delete this photo"));
        remove->setFixedSize(touch::MinimumHeight, kThumb.height());
        remove->setStyleSheet(QStringLiteral("padding: 0;"));
        m_removeButtons << remove;
        connect(remove, &QPushButton::clicked, this, [this, file] {
            if (!m_session)
                return;
            if (Status s = m_session->removePicture(file); !s)
                MessageBox::warning(this, tr("Delete the photo"), s.error());
        });
        auto *cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(thumb);
        cellLayout->addWidget(remove);
        m_thumbs->addWidget(cell);
    }
}

void PhotoStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PhotoStrip::retranslate()
{
    m_count->setText(tr("%n photos", nullptr, int(m_shown.size())));
    for (QPushButton *b : std::as_const(m_removeButtons)) {
        b->setToolTip(tr("Delete this photo"));
        b->setAccessibleName(tr("Delete this photo"));
    }
}

} // namespace ta
