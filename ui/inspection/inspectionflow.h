#pragma once

// The check at the customer's door, step by step, for a tablet at 1280×800: a shell around an
// InspectionSession (which holds the draft, undo, autosave, the assessment and finalising) with one page
// per step (ui/inspection/*step), a bar of the steps, and Back / Next / Undo / Close. Reopening a draft
// resumes at its step.

#include "models/inspection/inspectionsession.h"

#include <QWidget>

#include <memory>

class QAbstractButton;
class QButtonGroup;
class QGeoPositionInfoSource;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace ta {

class IdentifyStep;
class SignaturePad;
class StepPage;
class SummaryStep;

class InspectionFlow : public QWidget
{
    Q_OBJECT

public:
    using Step = InspectionSession::Step;

    explicit InspectionFlow(QWidget *parent = nullptr);
    ~InspectionFlow() override;

    /// Shows @p session (new, resumed or a correction) at its step; the flow owns it from now on.
    void open(std::unique_ptr<InspectionSession> session);
    /// Ends the session (its changes are saved).
    void close();
    InspectionSession *session() const { return m_session.get(); }
    const Inspection &draft() const;
    Step currentStep() const;
    bool isStepAvailable(Step step) const;
    void goTo(Step step);
    void next();
    void back();
    /// Restores the draft as it was before the last change in this step.
    bool undo();
    /// Asks, then signs the record; returns whether it was signed.
    bool finalise();

    // For tests and the screen tour: the real widgets.
    QWidget *stepPage(Step step) const;
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *finaliseButton() const;
    QPushButton *undoButton() const { return m_undo; }
    SignaturePad *customerPad() const;
    SignaturePad *inspectorPad() const;
    SignaturePad *witnessPad() const;
    QLabel *resultLabel(Step step) const;
    QPushButton *locateButton() const;
    /// The device's position source (GPS); by default the system's, when it has one. Not owned.
    void setPositionSource(QGeoPositionInfoSource *source);
    QString summaryText() const;
    /// The step bar's button of @p step and its state: "current", "done", "missing" or "ahead".
    QAbstractButton *stepButton(Step step) const;
    QString stepState(Step step) const;

Q_SIGNALS:
    /// The record was signed and written to @p folder (with bien-ban.pdf).
    void finalised(const QString &recordId, const QString &folder);
    /// The inspector left the flow (the draft stays).
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    StepPage *page(Step step) const;
    void sessionChanged();
    void updateNavigation();
    void retranslateUi();

    std::unique_ptr<InspectionSession> m_session;
    Inspection m_empty;
    QLabel *m_title;
    QButtonGroup *m_stepButtons;
    QStackedWidget *m_pages;
    StepPage *m_stepPages[InspectionSession::StepCount] = {};
    IdentifyStep *m_identify;
    SummaryStep *m_summary;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_undo;
    QPushButton *m_close;
};

} // namespace ta
