#pragma once

// Abnormal consumption, judged in one place: the pre-screen compares each recorded month with the three
// before it, the reading check compares the period since the last reading with the customer's typical
// month scaled to those days. The percentages are the branch's preferences (Settings); the smallest
// expected quantity worth judging is fixed here, because below it a few kWh swing the percentages.

#include <QString>

namespace ta {

struct AnomalyThresholds
{
    int jumpPercent = 250; ///< above this share of the expected is a jump
    int dropPercent = 30;  ///< below this share of the expected (and above zero) is a drop
};

enum class ConsumptionAnomaly { None, Zero, Jump, Drop };

/// @p actual kWh against @p expected kWh for the same span.
/// Zero: nothing consumed where at least MinimumForZero was expected. Jump and drop: only where at least
/// MinimumForChange was expected.
ConsumptionAnomaly classifyConsumption(qint64 actual, double expected, const AnomalyThresholds &thresholds);

inline constexpr double MinimumForZero = 30;   ///< kWh
inline constexpr double MinimumForChange = 50; ///< kWh

/// "zero", "jump", "drop" (as stored and recorded); empty for None.
QString anomalyCode(ConsumptionAnomaly anomaly);

} // namespace ta
