// The signature pad on its own: a finger, a stylus whose pressure sets the line's width, a mouse; clear;
// the PNG it gives.

#include "ui/common/signaturepad.h"

#include <QImage>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QTabletEvent>
#include <QTest>

#include <memory>

using namespace ta;

class TestSignaturePad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fingerMouseAndClear();
    void stylusPressureSetsTheWidth();

private:
    static int inkPixels(const QByteArray &png)
    {
        const QImage image = QImage::fromData(png, "PNG");
        int ink = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                ink += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        return ink;
    }
    void stroke(SignaturePad &pad, qreal pressure)
    {
        const auto send = [&](QEvent::Type type, QPointF at) {
            QTabletEvent event(type, m_stylus.get(), at, pad.mapToGlobal(at), pressure, 0, 0, 0, 0, 0, Qt::NoModifier,
                               Qt::LeftButton, type == QEvent::TabletRelease ? Qt::NoButton : Qt::LeftButton);
            QCoreApplication::sendEvent(&pad, &event);
        };
        send(QEvent::TabletPress, QPointF(20, 80));
        for (int i = 1; i <= 20; ++i)
            send(QEvent::TabletMove, QPointF(20 + i * 20, 80 + (i % 2) * 10));
        send(QEvent::TabletRelease, QPointF(440, 80));
    }

    QPointingDevice *m_finger = nullptr; // registered with the window system for the whole run
    std::unique_ptr<QPointingDevice> m_stylus;
};

void TestSignaturePad::initTestCase()
{
    m_finger = QTest::createTouchDevice();
    m_stylus = std::make_unique<QPointingDevice>(
        QStringLiteral("stylus"), 42, QInputDevice::DeviceType::Stylus, QPointingDevice::PointerType::Pen,
        QInputDevice::Capability::Position | QInputDevice::Capability::Pressure, 1, 3);
}

void TestSignaturePad::cleanupTestCase()
{
    m_stylus.reset();
    // The test owns the device QTest made; deleting it takes it off the window system's list.
    delete m_finger;
    m_finger = nullptr;
}

void TestSignaturePad::fingerMouseAndClear()
{
    SignaturePad pad;
    pad.resize(480, 190);
    pad.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pad));
    QSignalSpy changed(&pad, &SignaturePad::changed);
    QVERIFY(pad.isEmpty());
    QTest::touchEvent(&pad, m_finger).press(0, QPoint(30, 90), &pad);
    QTest::touchEvent(&pad, m_finger).move(0, QPoint(200, 60), &pad);
    QTest::touchEvent(&pad, m_finger).release(0, QPoint(400, 100), &pad);
    QCOMPARE(pad.strokeCount(), 1);
    QCOMPARE(changed.count(), 1);
    QTest::mousePress(&pad, Qt::LeftButton, {}, QPoint(40, 40));
    QMouseEvent move(QEvent::MouseMove, QPointF(300, 150), pad.mapToGlobal(QPointF(300, 150)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&pad, &move);
    QTest::mouseRelease(&pad, Qt::LeftButton, {}, QPoint(300, 150));
    QCOMPARE(pad.strokeCount(), 2);
    QCOMPARE(changed.count(), 2);
    const QByteArray png = pad.toPng(600);
    QVERIFY(png.startsWith("\x89PNG"));
    QCOMPARE(QImage::fromData(png, "PNG").width(), 600);
    QVERIFY(inkPixels(png) > 200);
    pad.clear();
    QVERIFY(pad.isEmpty());
    QCOMPARE(changed.count(), 3);
    QCOMPARE(inkPixels(pad.toPng(600)), 0);
}

void TestSignaturePad::stylusPressureSetsTheWidth()
{
    SignaturePad light;
    light.resize(480, 190);
    stroke(light, 0.1);
    SignaturePad firm;
    firm.resize(480, 190);
    stroke(firm, 1.0);
    QCOMPARE(light.strokeCount(), 1);
    QCOMPARE(firm.strokeCount(), 1);
    // Width 1.5 + 3.5 × pressure: a firm stroke leaves about twice the ink of a light one.
    const int lightInk = inkPixels(light.toPng(480));
    const int firmInk = inkPixels(firm.toPng(480));
    QVERIFY2(firmInk > lightInk * 3 / 2, qPrintable(QStringLiteral("%1 vs %2").arg(firmInk).arg(lightInk)));
}

QTEST_MAIN(TestSignaturePad)
#include "tst_signaturepad.moc"
