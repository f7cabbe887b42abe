#pragma once

// Step 1: the customer as the list has it, its warnings, and the checks to walk through (proposed from
// the warnings; any can be added or left out).

#include "ui/inspection/steppage.h"

class QCheckBox;

namespace ta {

class ChecksStep : public StepPage
{
    Q_OBJECT

public:
    explicit ChecksStep(QWidget *parent = nullptr);
    void refresh() override;

protected:
    void collect(Inspection &draft) const override;
    void show(const Inspection &draft) override;
    void retranslate() override;

private:
    QLabel *m_customerSummary;
    QCheckBox *m_checkBoxes[4];
};

} // namespace ta
