#include "models/customers/customer.h"

namespace ta {

QString voltageCode(VoltageClass voltage)
{
    switch (voltage) {
    case VoltageClass::Below6kV:
        return QStringLiteral("<6kV");
    case VoltageClass::From6To22kV:
        return QStringLiteral("6-22kV");
    case VoltageClass::From22To110kV:
        return QStringLiteral("22-110kV");
    case VoltageClass::AtLeast110kV:
        return QStringLiteral(">=110kV");
    }
    return {};
}

std::optional<VoltageClass> voltageFromCode(const QString &code)
{
    for (VoltageClass v :
         {VoltageClass::Below6kV, VoltageClass::From6To22kV, VoltageClass::From22To110kV, VoltageClass::AtLeast110kV}) {
        if (voltageCode(v) == code)
            return v;
    }
    return std::nullopt;
}

int addMonths(int month, int offset)
{
    const int index = (month / 100) * 12 + (month % 100 - 1) + offset;
    return (index / 12) * 100 + index % 12 + 1;
}

} // namespace ta
