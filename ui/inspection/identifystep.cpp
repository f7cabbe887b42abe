#include "ui/inspection/identifystep.h"

#include "models/core/clock.h"
#include "ui/common/messagebox.h"
#include "ui/common/touchinput.h"
#include "ui/inspection/photostrip.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QGeoPositionInfoSource>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace ta {

IdentifyStep::IdentifyStep(QWidget *parent) : StepPage(parent)
{
    m_serialSeen = new QLineEdit(this);
    m_serialSeen->setObjectName(QStringLiteral("serialSeen"));
    m_serialSeen->setMinimumHeight(touch::MinimumHeight);
    m_reading = touch::numberField(this, "readingToday", false);
    m_previousReading = touch::numberField(this, "readingPrevious", false);
    m_previousDate = new QDateEdit(this);
    m_previousDate->setObjectName(QStringLiteral("readingPreviousDate"));
    m_previousDate->setCalendarPopup(true);
    m_previousDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_previousDate->setMinimumHeight(touch::MinimumHeight);
    m_presentName = new QLineEdit(this);
    m_presentName->setObjectName(QStringLiteral("presentName"));
    m_presentName->setMinimumHeight(touch::MinimumHeight);
    m_presentRole = new QComboBox(this);
    m_presentRole->setObjectName(QStringLiteral("presentRole"));
    m_presentRole->setMinimumHeight(touch::MinimumHeight);
    m_presentId = new QLineEdit(this);
    m_presentId->setObjectName(QStringLiteral("presentId"));
    m_presentId->setInputMethodHints(Qt::ImhDigitsOnly);
    m_presentId->setMinimumHeight(touch::MinimumHeight);
    m_latitude = touch::numberField(this, "latitude", true);
    m_longitude = touch::numberField(this, "longitude", true);
    m_locate = new QPushButton(this);
    m_locate->setObjectName(QStringLiteral("locateButton"));
    m_locate->setMinimumHeight(touch::MinimumHeight);
    connect(m_locate, &QPushButton::clicked, this, &IdentifyStep::locate);
    m_meterPhotos = new PhotoStrip(QStringLiteral("meter-photo"), this);
    connect(m_meterPhotos, &PhotoStrip::addRequested, this, [this] { addPicture(QStringLiteral("meter-photo")); });
    for (QLineEdit *e :
         {m_serialSeen, m_reading, m_previousReading, m_presentName, m_presentId, m_latitude, m_longitude})
        connect(e, &QLineEdit::textEdited, this, [this, e] { edited(e->objectName()); });
    connect(m_previousDate, &QDateEdit::dateChanged, this, [this] { edited(QStringLiteral("readingPreviousDate")); });
    connect(m_presentRole, &QComboBox::currentIndexChanged, this, [this] { edited(); });
    m_result->setObjectName(QStringLiteral("identifyResult"));

    m_form = new QFormLayout(this);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setObjectName(QStringLiteral("identifyForm"));
    for (QWidget *field : std::initializer_list<QWidget *>{m_serialSeen, m_reading, m_previousReading, m_previousDate,
                                                           m_presentName, m_presentRole, m_presentId})
        m_form->addRow(new QLabel(this), field);
    auto *gps = new QHBoxLayout;
    gps->addWidget(m_latitude);
    gps->addWidget(m_longitude);
    gps->addWidget(m_locate);
    m_form->addRow(new QLabel(this), gps);
    m_form->addRow(QString(), m_meterPhotos);
    m_form->addRow(m_result);
    retranslate();
}

void IdentifyStep::collect(Inspection &d) const
{
    d.identify.meterSerialSeen = m_serialSeen->text().trimmed();
    d.identify.reading = touch::parseWhole(m_reading->text());
    d.identify.previousReading = touch::parseWhole(m_previousReading->text());
    d.identify.previousReadingDate = d.identify.previousReading ? m_previousDate->date() : QDate();
    d.identify.present.name = m_presentName->text().trimmed();
    d.identify.present.role = m_presentRole->currentData().toString();
    d.identify.present.idNumber = m_presentId->text().trimmed();
    d.identify.latitude = touch::parseNumber(m_latitude->text());
    d.identify.longitude = touch::parseNumber(m_longitude->text());
}

void IdentifyStep::show(const Inspection &d)
{
    m_serialSeen->setText(d.identify.meterSerialSeen);
    m_reading->setText(d.identify.reading ? QString::number(*d.identify.reading) : QString());
    m_previousReading->setText(d.identify.previousReading ? QString::number(*d.identify.previousReading) : QString());
    m_previousDate->setDate(d.identify.previousReadingDate.isValid()
                                ? d.identify.previousReadingDate
                                : session()->environment().clock->today().addMonths(-1));
    m_presentName->setText(d.identify.present.name);
    m_presentRole->setCurrentIndex(qMax(0, m_presentRole->findData(d.identify.present.role)));
    m_presentId->setText(d.identify.present.idNumber);
    const QLocale locale;
    m_latitude->setText(d.identify.latitude ? locale.toString(*d.identify.latitude, 'f', 6) : QString());
    m_longitude->setText(d.identify.longitude ? locale.toString(*d.identify.longitude, 'f', 6) : QString());
}

void IdentifyStep::refresh()
{
    showOutcome(check::Reading);
    m_meterPhotos->showFor(session());
}

void IdentifyStep::setPositionSource(QGeoPositionInfoSource *source)
{
    m_position = source;
    m_positionLookedUp = true;
}

void IdentifyStep::locate()
{
    // A second tap while locating cancels: the inspector will type the coordinates or go on without them.
    if (m_locating) {
        stopLocating();
        return;
    }
    // GPS when the device has it; the coordinates can always be typed or left empty.
    if (!m_positionLookedUp) {
        m_position = QGeoPositionInfoSource::createDefaultSource(this);
        m_positionLookedUp = true;
    }
    if (!m_position) {
        MessageBox::information(this, tr("Position"),
                                tr("This device has no position source: type the coordinates or leave them empty."));
        return;
    }
    // A fix the device got a moment ago (another app, the previous customer next door) is used at once.
    const QGeoPositionInfo last = m_position->lastKnownPosition();
    if (last.isValid() && last.coordinate().isValid() &&
        last.timestamp().secsTo(QDateTime::currentDateTimeUtc()) <= FreshPositionSeconds) {
        showPosition(last.coordinate());
        return;
    }
    m_locating = true;
    m_locate->setText(tr("Cancel locating"));
    connect(m_position, &QGeoPositionInfoSource::positionUpdated, this, [this](const QGeoPositionInfo &info) {
        stopLocating();
        if (info.coordinate().isValid())
            showPosition(info.coordinate());
    });
    connect(m_position, &QGeoPositionInfoSource::errorOccurred, this, [this](QGeoPositionInfoSource::Error error) {
        stopLocating();
        QString why;
        switch (error) {
        case QGeoPositionInfoSource::UpdateTimeoutError:
            why = tr("No position within %1 seconds (indoors?). Try again outside, or type the coordinates.")
                      .arg(FirstAttemptMs / 1000);
            break;
        case QGeoPositionInfoSource::AccessError:
            why = tr("The app may not use the position: allow it in the tablet's settings, or type the "
                     "coordinates.");
            break;
        default:
            why = tr("The position could not be read. Type the coordinates or leave them empty.");
            break;
        }
        MessageBox::warning(this, tr("Position"), why);
    });
    m_position->requestUpdate(FirstAttemptMs);
}

void IdentifyStep::stopLocating()
{
    m_locating = false;
    m_locate->setText(tr("Locate"));
    if (m_position) {
        disconnect(m_position, nullptr, this, nullptr);
        m_position->stopUpdates();
    }
}

void IdentifyStep::showPosition(const QGeoCoordinate &at)
{
    const QLocale locale;
    m_latitude->setText(locale.toString(at.latitude(), 'f', 6));
    m_longitude->setText(locale.toString(at.longitude(), 'f', 6));
    edited();
}

void IdentifyStep::retranslate()
{
    const QString labels[] = {tr("Meter serial seen"), tr("Reading today"),
                              tr("Previous reading"),  tr("Previous reading date"),
                              tr("Person present"),    tr("As"),
                              tr("ID number"),         tr("GPS (latitude, longitude)")};
    for (int r = 0; r < 8; ++r) {
        QLayoutItem *item = m_form->itemAt(r, QFormLayout::LabelRole);
        if (auto *label = qobject_cast<QLabel *>(item ? item->widget() : nullptr))
            label->setText(labels[r]);
    }
    {
        const QSignalBlocker blocker(m_presentRole);
        const int role = qMax(0, m_presentRole->currentIndex());
        m_presentRole->clear();
        m_presentRole->addItem(tr("the customer"), QStringLiteral("customer"));
        m_presentRole->addItem(tr("a representative"), QStringLiteral("representative"));
        m_presentRole->setCurrentIndex(role);
    }
    if (m_locate->isEnabled())
        m_locate->setText(tr("Locate"));
    m_latitude->setPlaceholderText(tr("latitude"));
    m_longitude->setPlaceholderText(tr("longitude"));
    m_meterPhotos->setAddText(tr("Photo of the meter…"));
    if (session())
        refresh();
}

} // namespace ta
