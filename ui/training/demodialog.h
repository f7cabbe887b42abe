#pragma once

// The classroom demonstration: one scenario's model answer, step by step, in large type for a projector
// (DemoTour makes the steps). The arrow keys, Page Up / Page Down (a presenter's remote) and the buttons move
// between the steps; F11 fills the screen.

#include "models/training/demotour.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace ta {

class DemoDialog : public QDialog
{
    Q_OBJECT

public:
    DemoDialog(const QString &title, std::vector<DemoStep> steps, QWidget *parent = nullptr);

    int currentStep() const { return m_current; }
    int stepCount() const { return int(m_steps.size()); }
    void goTo(int step);
    QTextBrowser *text() const { return m_text; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }

private:
    std::vector<DemoStep> m_steps;
    int m_current = 0;
    QLabel *m_heading;
    QTextBrowser *m_text;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_fullScreen;
};

} // namespace ta
