#pragma once

// The price-ratio check: the equipment inventory, one row per kind of device (kW × quantity ×
// simultaneity × hours a day × days a month, and the purpose it serves, by the price-group codes the
// tariff books know), with quick picks of common devices; the measured shares against the agreed ratio
// and the proposal show as rows are added.

#include "models/inspection/appliancecatalog.h"
#include "ui/inspection/steppage.h"

#include <vector>

class QGridLayout;
class QTableWidget;

namespace ta {

class RatioStep : public StepPage
{
    Q_OBJECT

public:
    explicit RatioStep(QWidget *parent = nullptr);
    void refresh() override;

protected:
    void collect(Inspection &draft) const override;
    void show(const Inspection &draft) override;
    void retranslate() override;

private:
    void addRow(const Appliance &a);

    QTableWidget *m_appliances;
    std::vector<ApplianceTemplate> m_picks;
};

} // namespace ta
