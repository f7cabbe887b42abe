#pragma once

// Taking a photo with the tablet's camera inside the app (Qt Multimedia): the live picture, a large
// "Take the photo" button, "From a file…" for a picture taken earlier, and Cancel. The taken picture is
// handed over as an image; the caller stores it (fitted to the evidence size) with the inspection.
// Without a camera the caller goes straight to the file picker (hasCamera()).

#include <QDialog>
#include <QImage>

class QCamera;
class QImageCapture;
class QLabel;
class QMediaCaptureSession;
class QPushButton;
class QVideoFrame;
class QVideoSink;

namespace ta {

class CameraDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CameraDialog(const QString &title, QWidget *parent = nullptr);
    ~CameraDialog() override;

    /// Whether the device has a camera the app can use.
    static bool hasCamera();

    /// A picture from the camera (or one given by a test): emitted once, then the dialog closes.
    void takeImage(const QImage &image);

    QPushButton *shootButton() const { return m_shoot; }
    QPushButton *fileButton() const { return m_file; }

Q_SIGNALS:
    void imageTaken(const QImage &image);
    /// The inspector prefers a picture from a file.
    void fileRequested();

private:
    void onFrame(const QVideoFrame &frame);
    void shoot();

    QLabel *m_preview;
    QLabel *m_status;
    QPushButton *m_shoot;
    QPushButton *m_file;
    QPushButton *m_cancel;
    QCamera *m_camera = nullptr;
    QImageCapture *m_capture = nullptr;
    QMediaCaptureSession *m_session = nullptr;
    QVideoSink *m_sink;
    QImage m_lastFrame;
    bool m_taken = false;
};

} // namespace ta
