#include "models/customers/historycodec.h"

namespace ta {

QString HistoryCodec::encode(const std::vector<MonthlyConsumption> &history)
{
    QString out;
    out.reserve(int(history.size()) * 24);
    for (const MonthlyConsumption &m : history) {
        if (!out.isEmpty())
            out += QLatin1Char(';');
        out += QString::number(m.month) + QLatin1Char(':') + QString::number(m.kwh);
        if (m.normal && m.peak && m.offPeak)
            out += QLatin1Char(':') + QString::number(*m.normal) + QLatin1Char(':') + QString::number(*m.peak) +
                   QLatin1Char(':') + QString::number(*m.offPeak);
    }
    return out;
}

std::vector<MonthlyConsumption> HistoryCodec::decode(QStringView text)
{
    std::vector<MonthlyConsumption> out;
    for (QStringView entry : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        int values[5] = {0, 0, 0, 0, 0};
        int count = 0;
        bool ok = true;
        for (QStringView part : entry.split(QLatin1Char(':'))) {
            if (count == 5) {
                ok = false;
                break;
            }
            values[count++] = part.toInt(&ok);
            if (!ok)
                break;
        }
        if (!ok || (count != 2 && count != 5))
            continue;
        MonthlyConsumption m;
        m.month = values[0];
        m.kwh = values[1];
        if (count == 5) {
            m.normal = values[2];
            m.peak = values[3];
            m.offPeak = values[4];
        }
        out.push_back(m);
    }
    return out;
}

} // namespace ta
