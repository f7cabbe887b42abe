#include "models/customers/historycodec.h"

#include <type_traits>

#include <QByteArray>

#include <algorithm>
#include <charconv>
#include <climits>

namespace ta {

QString HistoryCodec::encode(const std::vector<MonthlyConsumption> &history)
{
    QByteArray out;
    append(history, out);
    return QString::fromLatin1(out);
}

void HistoryCodec::append(const std::vector<MonthlyConsumption> &history, QByteArray &out)
{
    // Formatted into a byte buffer: this runs for every imported customer.
    out.reserve(out.size() + qsizetype(history.size()) * 24);
    const qsizetype start = out.size();
    char digits[16];
    const auto put = [&](int value) {
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        out.append(digits, end - digits);
    };
    for (const MonthlyConsumption &m : history) {
        if (out.size() > start)
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
}

namespace {

// One parser for both text forms.
template <typename Text> void decodeText(Text text, std::vector<MonthlyConsumption> &out)
{
    // Hand-rolled: the pre-screen decodes a million of these, and splitting into strings cost more than
    // all its bills.
    out.clear();
    out.reserve(13);
    long long values[5] = {0, 0, 0, 0, 0};
    int count = 0;
    bool digits = false;
    bool valid = true;
    const auto finishEntry = [&] {
        if (digits && count < 5)
            ++count;
        const bool fits = std::all_of(values, values + 5, [](long long v) { return v <= INT_MAX; });
        if (valid && fits && (count == 2 || count == 5) && values[0] > 0 && values[0] <= 999912) {
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
}

} // namespace

std::vector<MonthlyConsumption> HistoryCodec::decode(QStringView text)
{
    std::vector<MonthlyConsumption> out;
    decodeText(text, out);
    return out;
}

std::vector<MonthlyConsumption> HistoryCodec::decode(QByteArrayView text)
{
    std::vector<MonthlyConsumption> out;
    decodeText(text, out);
    return out;
}

void HistoryCodec::decode(QByteArrayView text, std::vector<MonthlyConsumption> &out)
{
    // The form encode() writes, read in one pass; anything else (a sign, an empty or overlong number, a
    // month out of range, another count of values) is left to the general reader above, which skips the
    // entries it cannot read.
    out.clear();
    const char *p = text.data();
    const char *const end = p + text.size();
    const auto number = [&p, end](int &value) {
        const char *const start = p;
        int v = 0;
        while (p < end && *p >= '0' && *p <= '9' && p - start < 9)
            v = v * 10 + (*p++ - '0');
        value = v;
        return p > start && (p == end || *p < '0' || *p > '9');
    };
    while (p < end) {
        int values[5];
        int count = 0;
        for (;;) {
            if (count == 5 || !number(values[count]))
                return decodeText(text, out);
            ++count;
            if (p == end || *p == ';')
                break;
            if (*p != ':')
                return decodeText(text, out);
            ++p;
        }
        if ((count != 2 && count != 5) || values[0] <= 0 || values[0] > 999912)
            return decodeText(text, out);
        MonthlyConsumption &m = out.emplace_back();
        m.month = values[0];
        m.kwh = values[1];
        if (count == 5) {
            m.normal = values[2];
            m.peak = values[3];
            m.offPeak = values[4];
        }
        if (p < end) {
            ++p; // ';'
            if (p == end)
                return decodeText(text, out); // a trailing separator: the general reader decides
        }
    }
}

} // namespace ta
