#pragma once

// Pictures for tests: a plain PNG of a colour and size, as a camera or a signature pad would give bytes.

#include <QBuffer>
#include <QByteArray>
#include <QImage>

namespace ta::test {

inline QByteArray pngOf(Qt::GlobalColor color, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace ta::test
