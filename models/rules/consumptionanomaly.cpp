#include "models/rules/consumptionanomaly.h"

namespace ta {

ConsumptionAnomaly classifyConsumption(qint64 actual, double expected, const AnomalyThresholds &thresholds)
{
    if (actual == 0)
        return expected >= MinimumForZero ? ConsumptionAnomaly::Zero : ConsumptionAnomaly::None;
    if (expected < MinimumForChange)
        return ConsumptionAnomaly::None;
    if (double(actual) * 100 > expected * thresholds.jumpPercent)
        return ConsumptionAnomaly::Jump;
    if (actual > 0 && double(actual) * 100 < expected * thresholds.dropPercent)
        return ConsumptionAnomaly::Drop;
    return ConsumptionAnomaly::None;
}

QString anomalyCode(ConsumptionAnomaly anomaly)
{
    switch (anomaly) {
    case ConsumptionAnomaly::Zero:
        return QStringLiteral("zero");
    case ConsumptionAnomaly::Jump:
        return QStringLiteral("jump");
    case ConsumptionAnomaly::Drop:
        return QStringLiteral("drop");
    case ConsumptionAnomaly::None:
        break;
    }
    return {};
}

} // namespace ta
