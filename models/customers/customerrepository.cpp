#include "models/customers/customerrepository.h"

#include <QCoreApplication>
#include <QtSql/QSqlError>

namespace ta {

namespace {

QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

QVariant optionalDouble(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

// Empty text is stored as '' (the columns are NOT NULL); a null QString would bind as NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1StringView(""))) : QVariant(s);
}

} // namespace

CustomerRepository::CustomerRepository(QSqlDatabase db)
    : m_db(std::move(db)), m_insertCustomer(m_db), m_insertConsumption(m_db)
{
    m_prepared =
        m_insertCustomer.prepare(QStringLiteral(
            "INSERT INTO customers (code, name, address, phone, substation, route_book, route_order, meter_serial, "
            "meter_kind, multiplier, voltage, households, price_string, transformer_kva, latitude, longitude) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
        m_insertConsumption.prepare(
            QStringLiteral("INSERT INTO consumption (customer_id, month, kwh, kwh_normal, kwh_peak, kwh_offpeak) "
                           "VALUES (?, ?, ?, ?, ?, ?)"));
}

Status CustomerRepository::insert(const Customer &c)
{
    const auto failed = [&c](const QSqlQuery &q) {
        return Status::failure(QCoreApplication::translate("ta::CustomerRepository", "Customer %1 could not be "
                                                                                     "saved: %2")
                                   .arg(c.code, q.lastError().text()));
    };
    if (!m_prepared)
        return failed(m_insertCustomer);
    const QVariantList values{text(c.code),
                              text(c.name),
                              text(c.address),
                              text(c.phone),
                              text(c.substation),
                              text(c.routeBook),
                              c.routeOrder,
                              text(c.meterSerial),
                              static_cast<int>(c.meterKind),
                              c.multiplier,
                              voltageCode(c.voltage),
                              c.households,
                              text(c.priceString),
                              c.transformerKva,
                              optionalDouble(c.latitude),
                              optionalDouble(c.longitude)};
    for (int i = 0; i < values.size(); ++i)
        m_insertCustomer.bindValue(i, values.at(i));
    if (!m_insertCustomer.exec())
        return failed(m_insertCustomer);
    const qint64 id = m_insertCustomer.lastInsertId().toLongLong();
    for (const MonthlyConsumption &m : c.history) {
        m_insertConsumption.bindValue(0, id);
        m_insertConsumption.bindValue(1, m.month);
        m_insertConsumption.bindValue(2, m.kwh);
        m_insertConsumption.bindValue(3, optionalInt(m.normal));
        m_insertConsumption.bindValue(4, optionalInt(m.peak));
        m_insertConsumption.bindValue(5, optionalInt(m.offPeak));
        if (!m_insertConsumption.exec())
            return failed(m_insertConsumption);
    }
    return Status::success();
}

Status CustomerRepository::removeAll()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM consumption")) || !q.exec(QStringLiteral("DELETE FROM customers")))
        return Status::failure(q.lastError().text());
    return Status::success();
}

qint64 CustomerRepository::count() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace ta
