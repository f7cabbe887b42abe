#include "models/customers/customer.h"

#include "models/customers/historycodec.h"
#include "models/customers/searchtext.h"

namespace ta {

QString Customer::mainGroup() const
{
    const qsizetype end = priceString.indexOf(QLatin1Char(':'));
    QString group = (end < 0 ? priceString : priceString.left(end)).trimmed().toUpper();
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

quint64 Customer::contentHash(const QString &packedHistory) const
{
    // FNV-1a over the UTF-16 of every field, separated: stable across runs, platforms and Qt versions.
    quint64 hash = 14695981039346656037ULL;
    const auto add = [&hash](QStringView text) {
        for (QChar c : text) {
            hash ^= c.unicode();
            hash *= 1099511628211ULL;
        }
        hash ^= 0x1f;
        hash *= 1099511628211ULL;
    };
    add(code);
    add(name);
    add(address);
    add(phone);
    add(substation);
    add(routeBook);
    add(QString::number(routeOrder));
    add(meterSerial);
    add(QString::number(int(meterKind)));
    add(QString::number(multiplier));
    add(voltage);
    add(QString::number(households));
    add(priceString);
    add(QString::number(transformerKva));
    add(latitude ? QString::number(*latitude, 'f', 6) : QString());
    add(longitude ? QString::number(*longitude, 'f', 6) : QString());
    add(lastRatioCheck.isValid() ? lastRatioCheck.toString(Qt::ISODate) : QString());
    add(packedHistory.isNull() ? HistoryCodec::encode(history) : packedHistory);
    return hash;
}

int addMonths(int month, int offset)
{
    const int index = (month / 100) * 12 + (month % 100 - 1) + offset;
    return (index / 12) * 100 + index % 12 + 1;
}

} // namespace ta
