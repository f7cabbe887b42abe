#pragma once

// The classroom demonstration of a scenario: its model answer walked through step by step, each step with
// what is entered, what the checks conclude (assessed as a record is, on the scenario's day) and the rule
// behind it. The steps are rich text for a projector-sized screen; nothing is stored.

#include "models/core/result.h"
#include "models/training/scenario.h"

#include <QString>

#include <vector>

namespace ta {

class TariffLibrary;
class Words;

struct DemoStep
{
    QString title;
    QString html;
};

class DemoTour
{
public:
    /// The steps: the situation, the checks chosen, each check with its entries and conclusion, the
    /// evidence and signatures, the money. Fails when the model answer cannot be assessed.
    static Result<std::vector<DemoStep>> steps(const Scenario &scenario, const TariffLibrary &library,
                                               const Words &words);
};

} // namespace ta
