#include "models/customers/historycodec.h"

#include <QByteArray>

#include <charconv>

namespace ta {

QString HistoryCodec::encode(const std::vector<MonthlyConsumption> &history)
{
    // Formatted into a byte buffer: this runs for every imported customer.
    QByteArray out;
    out.reserve(qsizetype(history.size()) * 24);
    char digits[16];
    const auto put = [&](int value) {
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        out.append(digits, end - digits);
    };
    for (const MonthlyConsumption &m : history) {
        if (!out.isEmpty())
            out.append(';');
        put(m.month);
        out.append(':');
        put(m.kwh);
        if (m.normal && m.peak && m.offPeak) {
            for (int v : {*m.normal, *m.peak, *m.offPeak}) {
                out.append(':');
                put(v);
            }
        }
    }
    return QString::fromLatin1(out);
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
