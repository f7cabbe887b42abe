#include "models/customers/historycodec.h"

#include <type_traits>

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

namespace {

// One parser for both text forms.
template <typename Text> std::vector<MonthlyConsumption> decodeText(Text text)
{
    // Hand-rolled: the pre-screen decodes a million of these, and splitting into strings cost more than
    // all its bills.
    std::vector<MonthlyConsumption> out;
    out.reserve(13);
    long long values[5] = {0, 0, 0, 0, 0};
    int count = 0;
    bool digits = false;
    bool valid = true;
    const auto finishEntry = [&] {
        if (digits && count < 5)
            ++count;
        if (valid && (count == 2 || count == 5) && values[0] > 0 && values[0] <= 999912) {
            MonthlyConsumption m;
            m.month = int(values[0]);
            m.kwh = int(values[1]);
            if (count == 5) {
                m.normal = int(values[2]);
                m.peak = int(values[3]);
                m.offPeak = int(values[4]);
            }
            out.push_back(m);
        }
        count = 0;
        digits = false;
        valid = true;
        values[0] = values[1] = values[2] = values[3] = values[4] = 0;
    };
    for (const auto c : text) {
        // QChar (UTF-16) or char (the stored ASCII): only digits, ':' and ';' matter.
        char16_t u;
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(c)>, QChar>)
            u = c.unicode();
        else
            u = char16_t(static_cast<unsigned char>(c));
        if (u >= u'0' && u <= u'9') {
            if (count < 5 && values[count] < 100000000000LL)
                values[count] = values[count] * 10 + (u - u'0');
            digits = true;
        } else if (u == u':') {
            if (!digits || count >= 4)
                valid = false;
            else
                ++count;
            digits = false;
        } else if (u == u';') {
            finishEntry();
        } else {
            valid = false; // a sign or a stray character: the entry is skipped
        }
    }
    if (digits || count > 0)
        finishEntry();
    return out;
}

} // namespace

std::vector<MonthlyConsumption> HistoryCodec::decode(QStringView text)
{
    return decodeText(text);
}

std::vector<MonthlyConsumption> HistoryCodec::decode(QByteArrayView text)
{
    return decodeText(text);
}

} // namespace ta
