#pragma once

#include "models/customers/customer.h"

#include <QByteArray>
#include <QIODevice>

namespace ta {

/// Writes customers as the documented import template: UTF-8 CSV with a header of CMIS field codes,
/// comma separated, fields quoted when they hold a comma, quote or line break (RFC 4180).
class CustomerCsvWriter
{
public:
    CustomerCsvWriter(QIODevice &device, int lastMonth, int months = 12);
    ~CustomerCsvWriter();

    void writeHeader();
    void write(const Customer &customer);
    /// Flushes the buffer; false when the device reported an error.
    bool finish();

private:
    void field(const QString &text);
    void field(QByteArrayView raw);
    void number(long long value);
    void separator() { m_buffer.append(','); }
    void flushIfLarge();

    QIODevice &m_device;
    int m_lastMonth;
    int m_months;
    QByteArray m_buffer;
    bool m_ok = true;
};

} // namespace ta
