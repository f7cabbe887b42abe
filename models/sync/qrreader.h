#pragma once

// Reads the text of a QR code in a picture (a camera frame, a photo of the leader's screen or of the printed
// code), with ZXing-C++. The enrollment link travels this way.

#include "models/core/result.h"

#include <QImage>
#include <QString>

namespace ta::sync {

/// The text of the QR code in @p image; an error saying no code was found.
Result<QString> readQrCode(const QImage &image);

} // namespace ta::sync
