#pragma once

// Scanning the leader's enrollment QR code: the tablet's camera shows in the dialog and every few frames are
// read for a QR code off the UI thread; the first code read closes the dialog. Without a camera (or instead
// of it) a picture of the code can be chosen.

#include <QDialog>
#include <QFutureWatcher>

#include "models/core/result.h"

class QCamera;
class QLabel;
class QMediaCaptureSession;
class QPushButton;
class QVideoFrame;
class QVideoSink;

namespace ta {

class QrScanDialog : public QDialog
{
    Q_OBJECT

public:
    explicit QrScanDialog(QWidget *parent = nullptr);
    ~QrScanDialog() override;

    /// The text of the code read, once accepted.
    QString text() const { return m_text; }
    /// Where the camera's frames arrive (tests feed frames here).
    QVideoSink *videoSink() const { return m_sink; }
    QLabel *statusLabel() const { return m_status; }

private:
    void onFrame(const QVideoFrame &frame);
    void choosePicture();
    void onRead();

    QLabel *m_preview;
    QLabel *m_status;
    QPushButton *m_picture;
    QPushButton *m_cancel;
    QVideoSink *m_sink;
    QCamera *m_camera = nullptr;
    QMediaCaptureSession *m_capture = nullptr;
    QFutureWatcher<Result<QString>> m_reading;
    QString m_text;
};

} // namespace ta
