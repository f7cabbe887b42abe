#include "models/customers/customer.h"

#include "models/customers/historycodec.h"
#include "models/customers/searchtext.h"

#include <charconv>
#include <string_view>

namespace ta {

QString Customer::mainGroup() const
{
    return mainGroupOf(priceString).toString().toUpper();
}

QStringView Customer::mainGroupOf(QStringView priceString)
{
    const qsizetype end = priceString.indexOf(QLatin1Char(':'));
    QStringView group = (end < 0 ? priceString : priceString.left(end)).trimmed();
    if (const qsizetype at = group.indexOf(QLatin1Char('@')); at >= 0)
        group.truncate(at);
    return group;
}

QString Customer::searchText() const
{
    return searchTextOf(code, name, address, meterSerial, phone);
}

QString Customer::searchTextOf(QStringView code, QStringView name, QStringView address, QStringView meterSerial,
                               QStringView phone)
{
    QString text;
    text.reserve(code.size() + name.size() + address.size() + meterSerial.size() + phone.size() + 4);
    for (QStringView part : {code, name, address, meterSerial}) {
        text += part;
        text += QLatin1Char(' ');
    }
    text += phone;
    return SearchText::fold(text);
}

namespace {

constexpr quint64 kFnvPrime = 1099511628211ULL;

// FNV-1a over the UTF-16 of every field, each followed by a separator (0x1f).
struct Fingerprint
{
    quint64 hash = 14695981039346656037ULL;

    void add(QStringView text)
    {
        for (QChar c : text) {
            hash ^= c.unicode();
            hash *= kFnvPrime;
        }
        separate();
    }
    /// Text in ASCII (numbers, dates, the packed history): the same as its UTF-16.
    void add(std::string_view text)
    {
        for (char c : text) {
            hash ^= static_cast<unsigned char>(c);
            hash *= kFnvPrime;
        }
        separate();
    }
    void separate()
    {
        hash ^= 0x1f;
        hash *= kFnvPrime;
    }
};

// Numbers written as QString::number writes them (integers; 'g' with 6 digits; 'f' with 6 decimals), into a
// buffer on the stack: the fingerprint of a million rows allocates nothing.
struct Digits
{
    char buffer[64];
    template <typename... Format> std::string_view of(auto value, Format... format)
    {
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, format...);
        return ec == std::errc() ? std::string_view(buffer, std::size_t(end - buffer)) : std::string_view();
    }
};

} // namespace

quint64 Customer::contentHash(QByteArrayView packedHistory) const
{
    // Stable across runs, platforms and versions: the stored fingerprints are compared with a list imported again.
    Fingerprint f;
    Digits d;
    f.add(code);
    f.add(name);
    f.add(address);
    f.add(phone);
    f.add(substation);
    f.add(routeBook);
    f.add(d.of(routeOrder));
    f.add(meterSerial);
    f.add(d.of(int(meterKind)));
    f.add(d.of(multiplier));
    f.add(voltage);
    f.add(d.of(households, std::chars_format::general, 6));
    f.add(priceString);
    f.add(d.of(transformerKva));
    f.add(latitude ? d.of(*latitude, std::chars_format::fixed, 6) : std::string_view());
    f.add(longitude ? d.of(*longitude, std::chars_format::fixed, 6) : std::string_view());
    if (lastRatioCheck.isValid() && lastRatioCheck.year() >= 0 && lastRatioCheck.year() <= 9999) {
        // yyyy-MM-dd
        char date[10] = {'0', '0', '0', '0', '-', '0', '0', '-', '0', '0'};
        const auto put = [&date](int at, int width, int value) {
            for (int i = at + width - 1; i >= at; --i, value /= 10)
                date[i] = char('0' + value % 10);
        };
        put(0, 4, lastRatioCheck.year());
        put(5, 2, lastRatioCheck.month());
        put(8, 2, lastRatioCheck.day());
        f.add(std::string_view(date, 10));
    } else {
        f.add(lastRatioCheck.isValid() ? lastRatioCheck.toString(Qt::ISODate) : QString());
    }
    if (packedHistory.isNull()) {
        QByteArray packed;
        HistoryCodec::append(history, packed);
        f.add(std::string_view(packed.constData(), std::size_t(packed.size())));
    } else {
        f.add(std::string_view(packedHistory.data(), std::size_t(packedHistory.size())));
    }
    return f.hash;
}

int addMonths(int month, int offset)
{
    const int index = (month / 100) * 12 + (month % 100 - 1) + offset;
    return (index / 12) * 100 + index % 12 + 1;
}

} // namespace ta
