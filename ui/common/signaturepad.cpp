#include "ui/common/signaturepad.h"

#include "ui/common/touchinput.h"

#include <QBuffer>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>
#include <QTouchEvent>

namespace ta {

SignaturePad::SignaturePad(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_StaticContents);
    setMinimumSize(320, 150);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::NoFocus);
}

void SignaturePad::clear()
{
    m_strokes.clear();
    m_drawing = false;
    update();
    Q_EMIT changed();
}

void SignaturePad::begin(const QPointF &pos, qreal pressure)
{
    m_strokes.push_back({{QPointF(pos.x() / qMax(1, width()), pos.y() / qMax(1, height())), pressure}});
    m_drawing = true;
    update();
}

void SignaturePad::extend(const QPointF &pos, qreal pressure)
{
    if (!m_drawing || m_strokes.empty())
        return;
    m_strokes.back().push_back({QPointF(pos.x() / qMax(1, width()), pos.y() / qMax(1, height())), pressure});
    update();
}

void SignaturePad::finish()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    Q_EMIT changed();
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        begin(event->position(), 0.5);
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        extend(event->position(), 0.5);
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        extend(event->position(), 0.5);
        finish();
    }
}

void SignaturePad::tabletEvent(QTabletEvent *event)
{
    // A stylus: the line's width follows its pressure.
    switch (event->type()) {
    case QEvent::TabletPress:
        begin(event->position(), event->pressure());
        break;
    case QEvent::TabletMove:
        extend(event->position(), event->pressure());
        break;
    case QEvent::TabletRelease:
        finish();
        break;
    default:
        break;
    }
    event->accept();
}

bool SignaturePad::event(QEvent *event)
{
    // A finger: the first touch point draws.
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        auto *touch = static_cast<QTouchEvent *>(event);
        if (touch->points().isEmpty())
            return true;
        const QEventPoint &p = touch->points().constFirst();
        const qreal pressure = p.pressure() > 0 && p.pressure() < 1 ? p.pressure() : 0.5;
        if (event->type() == QEvent::TouchBegin) {
            touch::holdScrolling(this); // the stroke is the pad's, the page stays where it is
            begin(p.position(), pressure);
        } else
            extend(p.position(), pressure);
        if (event->type() == QEvent::TouchEnd)
            finish();
        event->accept();
        return true;
    }
    default:
        return QWidget::event(event);
    }
}

void SignaturePad::paintStrokes(QPainter &painter, const QSizeF &size) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal scale = size.width() / 480.0;
    for (const Stroke &stroke : m_strokes) {
        if (stroke.size() == 1) {
            const QPointF at(stroke[0].at.x() * size.width(), stroke[0].at.y() * size.height());
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(20, 30, 60));
            painter.drawEllipse(at, 2 * scale, 2 * scale);
            continue;
        }
        for (std::size_t i = 1; i < stroke.size(); ++i) {
            const QPointF a(stroke[i - 1].at.x() * size.width(), stroke[i - 1].at.y() * size.height());
            const QPointF b(stroke[i].at.x() * size.width(), stroke[i].at.y() * size.height());
            const qreal w = (1.5 + 3.5 * stroke[i].pressure) * scale;
            painter.setPen(QPen(QColor(20, 30, 60), w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawLine(a, b);
        }
    }
}

void SignaturePad::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    painter.setPen(QPen(QColor(150, 160, 175), 1, Qt::DashLine));
    painter.drawLine(QPointF(16, height() * 0.75), QPointF(width() - 16, height() * 0.75));
    painter.setPen(QPen(QColor(120, 130, 145), 1));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    paintStrokes(painter, size());
}

QByteArray SignaturePad::toPng(int pixelWidth) const
{
    const QSize size(pixelWidth, qMax(1, pixelWidth * height() / qMax(1, width())));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintStrokes(painter, QSizeF(size));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace ta
