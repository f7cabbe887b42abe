#pragma once

// One step of the guided inspection: a view of an InspectionSession. It shows the draft's answers
// (populate, after opening or an undo), writes the inspector's changes back as one edit each (edited),
// and shows the check's result as it stands (refresh). The session holds the state; a page holds none
// of its own beyond what is on screen.

#include "models/inspection/inspectionsession.h"

#include <QWidget>

class QLabel;

namespace ta {

class StepPage : public QWidget
{
    Q_OBJECT

public:
    explicit StepPage(QWidget *parent = nullptr);

    void setSession(InspectionSession *session);
    InspectionSession *session() const { return m_session; }

    /// Shows the draft's answers; never edits the draft.
    void populate();
    /// Shows the results as they stand after a change.
    virtual void refresh() {}
    /// Puts the cursor in the first empty field a finger would go to next (the on-screen keyboard opens on
    /// it): one tap fewer on each step that asks for something typed.
    void focusFirstEmptyField();
    /// The label under the answers that says what the check concludes.
    QLabel *resultLabel() const { return m_result; }

protected:
    /// Writes this page's answers into @p draft.
    virtual void collect(Inspection &draft) const = 0;
    virtual void show(const Inspection &draft) = 0;
    virtual void retranslate() = 0;
    /// The inspector changed something on this page: one edit of the draft (typing in the field named
    /// @p mergeKey undoes as one).
    void edited(const QString &mergeKey = {});
    /// The outcome of @p checkId in words, with the money at stake, or what it still needs.
    void showOutcome(const char *checkId);
    /// Takes a photo with the camera (or, without one, asks for a picture file) and adds it to the evidence
    /// as @p kind ("photo", "meter-photo").
    void addPicture(const QString &kind);
    void addPictureFromFile(const QString &kind);
    bool isLoading() const { return m_loading; }
    void changeEvent(QEvent *event) override;

    QLabel *m_result;

private:
    InspectionSession *m_session = nullptr;
    bool m_loading = false;
};

} // namespace ta
