#include "ui/sync/qrscandialog.h"

#include "models/sync/qrreader.h"
#include "ui/common/messagebox.h"

#include <QCamera>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>
#include <QtConcurrent/QtConcurrentRun>

namespace ta {

QrScanDialog::QrScanDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("qrScanDialog"));
    setWindowTitle(tr("Scan the enrollment code"));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("qrPreview"));
    m_preview->setMinimumSize(480, 360);
    m_preview->setAlignment(Qt::AlignCenter);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("qrStatus"));
    m_status->setWordWrap(true);
    m_picture = new QPushButton(tr("From a picture…"), this);
    m_picture->setObjectName(QStringLiteral("qrFromPicture"));
    m_picture->setMinimumHeight(44);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setMinimumHeight(44);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_picture);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    m_sink = new QVideoSink(this);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &QrScanDialog::onFrame);
    connect(&m_reading, &QFutureWatcher<Result<QString>>::finished, this, &QrScanDialog::onRead);
    connect(m_picture, &QPushButton::clicked, this, &QrScanDialog::choosePicture);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    const QCameraDevice device = QMediaDevices::defaultVideoInput();
    if (device.isNull()) {
        m_status->setText(tr("This tablet has no camera the app can use. Choose a picture of the code instead, or "
                             "paste the link."));
        return;
    }
    m_camera = new QCamera(device, this);
    m_capture = new QMediaCaptureSession(this);
    m_capture->setCamera(m_camera);
    m_capture->setVideoSink(m_sink);
    connect(m_camera, &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &error) {
        m_status->setText(tr("The camera cannot be used: %1").arg(error));
    });
    m_status->setText(tr("Point the camera at the code on the leader's screen."));
    m_camera->start();
}

QrScanDialog::~QrScanDialog()
{
    if (m_camera)
        m_camera->stop();
    m_reading.waitForFinished();
}

void QrScanDialog::onFrame(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return;
    QImage image = frame.toImage();
    if (!image.isNull())
        m_preview->setPixmap(QPixmap::fromImage(image.scaled(m_preview->size(), Qt::KeepAspectRatio)));
    // One frame read at a time; the ones arriving meanwhile are only shown.
    if (m_reading.isRunning() || !m_text.isEmpty() || image.isNull())
        return;
    m_reading.setFuture(QtConcurrent::run([image] { return sync::readQrCode(image); }));
}

void QrScanDialog::onRead()
{
    const Result<QString> read = m_reading.result();
    if (!read || !m_text.isEmpty())
        return;
    m_text = read.value();
    accept();
}

void QrScanDialog::choosePicture()
{
    const QString path = FileDialog::openFileName(this, tr("A picture of the enrollment code"),
                                                  QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                                  tr("Pictures (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    const QImage image(path);
    const Result<QString> read = sync::readQrCode(image);
    if (!read) {
        m_status->setText(tr("%1: %2").arg(path, read.error()));
        return;
    }
    m_text = read.value();
    accept();
}

} // namespace ta
