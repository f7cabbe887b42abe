#pragma once

// The check at the customer's door, step by step, for a tablet at 1280×800: choose the checks (proposed
// from the customer's warnings), identify the meter and who is present, then each chosen check with its
// result and money impact computed as it is filled, and the summary with the statement, photos and the
// signatures drawn on screen. Every change is saved to the draft at once (a killed app loses at most the
// field being typed) and can be undone within its step; reopening resumes at the same step.

#include "models/customers/customer.h"
#include "models/inspection/inspection.h"

#include <QWidget>

#include <optional>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGeoPositionInfoSource;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;

namespace ta {

class Session;
class Settings;
class SignaturePad;

class InspectionFlow : public QWidget
{
    Q_OBJECT

public:
    enum Step { ChecksStep, IdentifyStep, HouseholdsStep, RatioStep, ThreeRateStep, SummaryStep, StepCount };

    InspectionFlow(Session &session, Settings &settings, QWidget *parent = nullptr);

    /// Shows @p draft of @p customer (new or resumed) at its saved step.
    void open(const Inspection &draft, const Customer &customer);
    const Inspection &draft() const { return m_draft; }
    Step currentStep() const { return m_step; }
    bool isStepAvailable(Step step) const;
    void goTo(Step step);
    void next();
    void back();
    /// Restores the draft as it was before the last change in this step.
    bool undo();
    /// Signs the record; returns whether it was signed.
    bool finalise();

    // For tests and the screen tour: the real widgets.
    QWidget *stepPage(Step step) const;
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *finaliseButton() const { return m_finalise; }
    QPushButton *undoButton() const { return m_undo; }
    SignaturePad *customerPad() const { return m_customerPad; }
    SignaturePad *inspectorPad() const { return m_inspectorPad; }
    SignaturePad *witnessPad() const { return m_witnessPad; }
    QLabel *resultLabel(Step step) const;
    QPushButton *locateButton() const { return m_locate; }
    /// The device's position source (GPS); by default the system's, when it has one. Not owned.
    void setPositionSource(QGeoPositionInfoSource *source);
    QString summaryText() const;

Q_SIGNALS:
    /// The record was signed and written to @p folder (with bien-ban.pdf).
    void finalised(const QString &recordId, const QString &folder);
    /// The inspector left the flow (the draft stays).
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildChecks();
    QWidget *buildIdentify();
    QWidget *buildHouseholds();
    QWidget *buildRatio();
    QWidget *buildThreeRate();
    QWidget *buildSummary();
    QWidget *page(QWidget *content);

    void addHouseholdRow(const HouseholdEvidence &h);
    void addApplianceRow(const Appliance &a);
    void edited();
    void collect();
    void populate();
    void save();
    void refreshResults();
    void updateNavigation();
    void signatureDrawn(SignaturePad *pad, const char *kind);
    void addPhoto(const char *kind);
    void locate();
    void retranslateUi();

    Session &m_session;
    Settings &m_settings;
    Inspection m_draft;
    Customer m_customer;
    Step m_step = ChecksStep;
    bool m_loading = false;
    std::vector<Inspection> m_history[StepCount]; // undo snapshots per step

    QLabel *m_title;
    QButtonGroup *m_stepButtons;
    QStackedWidget *m_pages;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_undo;
    QPushButton *m_close;

    // Checks
    QLabel *m_customerSummary;
    QCheckBox *m_checkBoxes[4];
    // Identify
    QLineEdit *m_serialSeen;
    QLineEdit *m_reading;
    QLineEdit *m_previousReading;
    QDateEdit *m_previousDate;
    QLineEdit *m_presentName;
    QComboBox *m_presentRole;
    QLineEdit *m_presentId;
    QLineEdit *m_latitude;
    QLineEdit *m_longitude;
    QPushButton *m_meterPhoto;
    QPushButton *m_locate;
    QGeoPositionInfoSource *m_position = nullptr;
    bool m_positionLookedUp = false;
    // Households
    QTableWidget *m_households;
    QSpinBox *m_renters;
    QCheckBox *m_shortLease;
    // Ratio
    QTableWidget *m_appliances;
    // Three-rate
    QCheckBox *m_swapPlanned;
    QDateEdit *m_swapDate;
    QLineEdit *m_newSerial;
    QLineEdit *m_openings[3];
    // Summary
    QTextBrowser *m_summary;
    QPlainTextEdit *m_statement;
    QPushButton *m_photo;
    QLabel *m_photoCount;
    SignaturePad *m_customerPad;
    SignaturePad *m_inspectorPad;
    SignaturePad *m_witnessPad;
    QCheckBox *m_refused;
    QLineEdit *m_refusalReason;
    QLineEdit *m_witnessName;
    QGroupBox *m_witnessBox;
    QLabel *m_signedState;
    QPushButton *m_finalise;
    QLabel *m_results[StepCount] = {};
};

} // namespace ta
