#include "ui/common/cameradialog.h"

#include "ui/common/touchinput.h"

#include <QCamera>
#include <QHBoxLayout>
#include <QImageCapture>
#include <QLabel>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QPushButton>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>

namespace ta {

CameraDialog::CameraDialog(const QString &title, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("cameraDialog"));
    setWindowTitle(title);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("cameraPreview"));
    m_preview->setMinimumSize(640, 480);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setStyleSheet(QStringLiteral("background: black; color: white;"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("cameraStatus"));
    m_status->setWordWrap(true);
    m_shoot = new QPushButton(tr("Take the photo"), this);
    m_shoot->setObjectName(QStringLiteral("cameraShoot"));
    m_shoot->setProperty("accent", true);
    m_shoot->setMinimumSize(200, 56);
    m_shoot->setDefault(true);
    m_file = new QPushButton(tr("From a file…"), this);
    m_file->setObjectName(QStringLiteral("cameraFromFile"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cameraCancel"));
    for (QPushButton *b : {m_file, m_cancel})
        b->setMinimumHeight(touch::MinimumHeight);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_file);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_shoot);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_shoot, &QPushButton::clicked, this, &CameraDialog::shoot);
    connect(m_file, &QPushButton::clicked, this, [this] {
        Q_EMIT fileRequested();
        reject();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    m_sink = new QVideoSink(this);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &CameraDialog::onFrame);
    const QCameraDevice device = QMediaDevices::defaultVideoInput();
    if (device.isNull()) {
        m_status->setText(tr("This tablet has no camera the app can use: choose a picture from a file."));
        m_shoot->setEnabled(false);
        return;
    }
    m_camera = new QCamera(device, this);
    m_capture = new QImageCapture(this);
    m_capture->setQuality(QImageCapture::HighQuality);
    m_session = new QMediaCaptureSession(this);
    m_session->setCamera(m_camera);
    m_session->setImageCapture(m_capture);
    m_session->setVideoSink(m_sink);
    connect(m_camera, &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &error) {
        m_status->setText(tr("The camera cannot be used: %1").arg(error));
        m_shoot->setEnabled(!m_lastFrame.isNull());
    });
    connect(m_capture, &QImageCapture::imageCaptured, this,
            [this](int, const QImage &image) { takeImage(image.isNull() ? m_lastFrame : image); });
    connect(m_capture, &QImageCapture::errorOccurred, this, [this](int, QImageCapture::Error, const QString &error) {
        // The still could not be taken: the picture on screen is kept instead, when there is one.
        if (!m_lastFrame.isNull())
            takeImage(m_lastFrame);
        else
            m_status->setText(tr("The photo could not be taken: %1").arg(error));
    });
    m_status->setText(tr("Hold the tablet steady, the meter's digits readable, then take the photo."));
    m_camera->start();
}

CameraDialog::~CameraDialog()
{
    if (m_camera)
        m_camera->stop();
}

bool CameraDialog::hasCamera()
{
    return !QMediaDevices::videoInputs().isEmpty();
}

void CameraDialog::onFrame(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return;
    m_lastFrame = frame.toImage();
    if (!m_lastFrame.isNull())
        m_preview->setPixmap(
            QPixmap::fromImage(m_lastFrame.scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void CameraDialog::shoot()
{
    if (m_capture && m_capture->isReadyForCapture()) {
        m_shoot->setEnabled(false);
        m_status->setText(tr("Taking the photo…"));
        m_capture->capture();
    } else if (!m_lastFrame.isNull()) {
        takeImage(m_lastFrame);
    }
}

void CameraDialog::takeImage(const QImage &image)
{
    if (m_taken || image.isNull())
        return;
    m_taken = true;
    Q_EMIT imageTaken(image);
    accept();
}

} // namespace ta
