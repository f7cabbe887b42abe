#pragma once

// A signature drawn on screen with a finger, a stylus (the line follows its pressure) or a mouse. Strokes
// are kept as points so the picture can be redrawn at any size; "Clear" starts again. The result is a PNG
// with a white background, as the record's evidence.

#include <QByteArray>
#include <QPointF>
#include <QWidget>

#include <vector>

namespace ta {

class SignaturePad : public QWidget
{
    Q_OBJECT

public:
    explicit SignaturePad(QWidget *parent = nullptr);

    bool isEmpty() const { return m_strokes.empty(); }
    int strokeCount() const { return int(m_strokes.size()); }
    void clear();
    /// The drawing as a PNG (white background, dark ink), @p width pixels wide.
    QByteArray toPng(int width = 600) const;
    QSize sizeHint() const override { return {480, 160}; }

Q_SIGNALS:
    /// A stroke was finished, or the pad was cleared.
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Point
    {
        QPointF at;     ///< in 0–1 of the pad's width and height
        qreal pressure; ///< 0–1
    };
    using Stroke = std::vector<Point>;

    void begin(const QPointF &pos, qreal pressure);
    void extend(const QPointF &pos, qreal pressure);
    void finish();
    void paintStrokes(QPainter &painter, const QSizeF &size) const;

    std::vector<Stroke> m_strokes;
    bool m_drawing = false;
};

} // namespace ta
