#pragma once

// The household check: each household living at the address with its evidence (an "other" document
// counts only with a leader's note), the renters not forming a household by persons, and whether the
// landlord can declare who uses the power with the lease's length. The count and its money show as the
// answers are given.

#include "ui/inspection/steppage.h"

class QCheckBox;
class QSpinBox;
class QTableWidget;

namespace ta {

class HouseholdsStep : public StepPage
{
    Q_OBJECT

public:
    explicit HouseholdsStep(QWidget *parent = nullptr);
    void refresh() override;

protected:
    void collect(Inspection &draft) const override;
    void show(const Inspection &draft) override;
    void retranslate() override;

private:
    void addRow(const HouseholdEvidence &h);

    QTableWidget *m_households;
    QSpinBox *m_renters;
    QCheckBox *m_undeclared;
    QSpinBox *m_leaseMonths;
    QLabel *m_rentersLabel;
    QLabel *m_leaseLabel;
};

} // namespace ta
