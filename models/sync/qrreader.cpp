#include "models/sync/qrreader.h"

#include <QCoreApplication>

#include <ZXing/ReadBarcode.h>

namespace ta::sync {

Result<QString> readQrCode(const QImage &image)
{
    if (image.isNull())
        return Result<QString>::failure(QCoreApplication::translate("ta::sync", "The picture cannot be read."));
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return Result<QString>::failure(
            QCoreApplication::translate("ta::sync", "No QR code was found in the picture."));
    return QString::fromStdString(result.text());
}

} // namespace ta::sync
