#pragma once

// Step 2: the meter as found (serial, today's and the previous reading), who is present, where (typed or
// from the device's GPS through Qt Positioning), and a photo of the meter. The reading check's result
// shows as it is typed.

#include "ui/inspection/steppage.h"

class QComboBox;
class QDateEdit;
class QFormLayout;
class QGeoCoordinate;
class QGeoPositionInfoSource;
class QLineEdit;
class QPushButton;

namespace ta {

class PhotoStrip;

class IdentifyStep : public StepPage
{
    Q_OBJECT

public:
    explicit IdentifyStep(QWidget *parent = nullptr);
    void refresh() override;

    QPushButton *locateButton() const { return m_locate; }
    /// The device's position source; by default the system's, when it has one. Not owned.
    void setPositionSource(QGeoPositionInfoSource *source);

protected:
    void collect(Inspection &draft) const override;
    void show(const Inspection &draft) override;
    void retranslate() override;

    /// A first GPS attempt this long; a fix this many seconds old is used at once.
    static constexpr int FirstAttemptMs = 10000;
    static constexpr int FreshPositionSeconds = 120;

private:
    void locate();
    void stopLocating();
    void showPosition(const QGeoCoordinate &at);

    QFormLayout *m_form;
    QLineEdit *m_serialSeen;
    QLineEdit *m_reading;
    QLineEdit *m_previousReading;
    QDateEdit *m_previousDate;
    QLineEdit *m_presentName;
    QComboBox *m_presentRole;
    QLineEdit *m_presentId;
    QLineEdit *m_latitude;
    QLineEdit *m_longitude;
    PhotoStrip *m_meterPhotos;
    QPushButton *m_locate;
    QGeoPositionInfoSource *m_position = nullptr;
    bool m_positionLookedUp = false;
    bool m_locating = false;
};

} // namespace ta
