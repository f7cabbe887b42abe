#include "models/customers/customercsvwriter.h"

#include "models/customers/importtemplate.h"

#include <charconv>

namespace ta {

CustomerCsvWriter::CustomerCsvWriter(QIODevice &device, int lastMonth, int months)
    : m_device(device), m_lastMonth(lastMonth), m_months(months)
{
    m_buffer.reserve(1 << 20);
}

CustomerCsvWriter::~CustomerCsvWriter()
{
    (void)finish();
}

void CustomerCsvWriter::writeHeader()
{
    m_buffer.append(ImportTemplate::columns(m_lastMonth, m_months).join(QLatin1Char(',')).toUtf8());
    m_buffer.append('\n');
}

void CustomerCsvWriter::field(QByteArrayView raw)
{
    bool quote = false;
    for (char ch : raw) {
        if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        m_buffer.append(raw);
        return;
    }
    m_buffer.append('"');
    for (char ch : raw) {
        if (ch == '"')
            m_buffer.append('"');
        m_buffer.append(ch);
    }
    m_buffer.append('"');
}

void CustomerCsvWriter::field(const QString &text)
{
    field(QByteArrayView(text.toUtf8()));
}

void CustomerCsvWriter::number(long long value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_buffer.append(digits, end - digits);
}

void CustomerCsvWriter::write(const Customer &c)
{
    field(c.code);
    separator();
    field(c.name);
    separator();
    field(c.address);
    separator();
    field(c.phone);
    separator();
    field(c.substation);
    separator();
    field(c.routeBook);
    separator();
    number(c.routeOrder);
    separator();
    field(c.meterSerial);
    separator();
    number(static_cast<int>(c.meterKind));
    separator();
    number(c.multiplier);
    separator();
    field(c.voltage);
    separator();
    // Households are quarters: print 1, 2.5, 1.25, 1.75 exactly.
    const long long quarters = static_cast<long long>(c.households * 4 + 0.5);
    number(quarters / 4);
    if (quarters % 4) {
        static const char *const fractions[] = {"", ".25", ".5", ".75"};
        m_buffer.append(fractions[quarters % 4]);
    }
    separator();
    field(c.priceString);
    separator();
    if (c.transformerKva > 0)
        number(c.transformerKva);
    separator();
    if (c.latitude && c.longitude) {
        char pos[64];
        const int n = std::snprintf(pos, sizeof pos, "%.6f,%.6f", *c.latitude, *c.longitude);
        field(QByteArrayView(pos, n));
    }
    separator();
    if (c.lastRatioCheck.isValid())
        field(c.lastRatioCheck.toString(Qt::ISODate));

    // Months are matched to the header by value: a customer with a shorter history leaves blanks.
    for (int i = m_months - 1; i >= 0; --i) {
        const int month = addMonths(m_lastMonth, -i);
        const MonthlyConsumption *found = nullptr;
        for (const MonthlyConsumption &m : c.history) {
            if (m.month == month) {
                found = &m;
                break;
            }
        }
        separator();
        if (found)
            number(found->kwh);
        for (const std::optional<int> &reg : {found ? found->normal : std::nullopt, found ? found->peak : std::nullopt,
                                              found ? found->offPeak : std::nullopt}) {
            separator();
            if (reg)
                number(*reg);
        }
    }
    m_buffer.append('\n');
    flushIfLarge();
}

void CustomerCsvWriter::flushIfLarge()
{
    if (m_buffer.size() >= (1 << 20)) {
        if (m_device.write(m_buffer) != m_buffer.size())
            m_ok = false;
        m_buffer.clear();
    }
}

bool CustomerCsvWriter::finish()
{
    if (!m_buffer.isEmpty()) {
        if (m_device.write(m_buffer) != m_buffer.size())
            m_ok = false;
        m_buffer.clear();
    }
    return m_ok;
}

} // namespace ta
