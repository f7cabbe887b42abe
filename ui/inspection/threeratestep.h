#pragma once

// The three-rate check: whether the meter must buy by time of use (decided by TouObligation: three
// consecutive months, exact thresholds, the production and business part of a mixed meter), and the swap
// proposal: date, new meter, opening readings of its three registers.

#include "ui/inspection/steppage.h"

class QCheckBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;

namespace ta {

class ThreeRateStep : public StepPage
{
    Q_OBJECT

public:
    explicit ThreeRateStep(QWidget *parent = nullptr);
    void refresh() override;

protected:
    void collect(Inspection &draft) const override;
    void show(const Inspection &draft) override;
    void retranslate() override;

private:
    QFormLayout *m_form;
    QCheckBox *m_swapPlanned;
    QDateEdit *m_swapDate;
    QLineEdit *m_newSerial;
    QLineEdit *m_openings[3];
};

} // namespace ta
