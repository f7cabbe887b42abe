#include "models/customers/customerrepository.h"

#include "models/customers/historycodec.h"

#include <QCoreApplication>
#include <QtSql/QSqlError>

namespace ta {

namespace {

// Empty text is stored as '' (the columns are NOT NULL); a null QString would bind as NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1StringView(""))) : QVariant(s);
}

QVariant optionalDouble(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

const char *const kColumns = "code, name, address, phone, substation, route_book, route_order, meter_serial, "
                             "meter_kind, multiplier, voltage, households, price_string, transformer_kva, latitude, "
                             "longitude, last_ratio_check, history, main_group, search_text, row_hash";
constexpr int kColumnCount = 21;

QString failure(const QString &code, const QSqlQuery &q)
{
    return QCoreApplication::translate("ta::CustomerRepository", "Customer %1 could not be saved: %2")
        .arg(code, q.lastError().text());
}

} // namespace

QString CustomerRepository::columns()
{
    return QString::fromLatin1(kColumns);
}

CustomerRepository::CustomerRepository(QSqlDatabase db)
    : m_db(std::move(db)), m_insert(m_db), m_update(m_db), m_lookup(m_db), m_searchInsert(m_db), m_searchDelete(m_db)
{
    QString placeholders;
    for (int i = 0; i < kColumnCount; ++i)
        placeholders += i ? QStringLiteral(", ?") : QStringLiteral("?");
    QString assignments;
    const QStringList names = columns().split(QStringLiteral(", "));
    for (int i = 1; i < names.size(); ++i)
        assignments += (i > 1 ? QStringLiteral(", ") : QString()) + names.at(i) + QStringLiteral(" = ?");
    m_prepared =
        m_insert.prepare(QStringLiteral("INSERT INTO customers (%1) VALUES (%2)").arg(columns(), placeholders)) &&
        m_update.prepare(QStringLiteral("UPDATE customers SET %1 WHERE id = ?").arg(assignments)) &&
        m_lookup.prepare(QStringLiteral("SELECT id, row_hash, search_text FROM customers WHERE code = ?")) &&
        m_searchInsert.prepare(QStringLiteral("INSERT INTO customer_search (rowid, search_text) VALUES (?, ?)")) &&
        m_searchDelete.prepare(QStringLiteral("INSERT INTO customer_search (customer_search, rowid, "
                                              "search_text) VALUES ('delete', ?, ?)"));
}

Status CustomerRepository::bind(QSqlQuery &q, const Customer &c, int offset, const QString &history,
                                const QString &searchText)
{
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
                              optionalDouble(c.longitude),
                              c.lastRatioCheck.isValid() ? QVariant(c.lastRatioCheck.toString(Qt::ISODate))
                                                         : QVariant(QMetaType::fromType<QString>()),
                              text(history),
                              text(c.mainGroup()),
                              text(searchText),
                              qint64(c.contentHash(history))};
    for (int i = offset; i < values.size(); ++i)
        q.addBindValue(values.at(i));
    return Status::success();
}

Status CustomerRepository::insert(const Customer &c)
{
    if (!m_prepared)
        return Status::failure(failure(c.code, m_insert));
    const QString searchText = c.searchText();
    (void)bind(m_insert, c, 0, HistoryCodec::encode(c.history), searchText);
    if (!m_insert.exec())
        return Status::failure(failure(c.code, m_insert));
    if (m_deferSearch)
        return Status::success();
    m_searchInsert.addBindValue(m_insert.lastInsertId());
    m_searchInsert.addBindValue(searchText);
    if (!m_searchInsert.exec())
        return Status::failure(failure(c.code, m_searchInsert));
    return Status::success();
}

Result<CustomerRepository::Outcome> CustomerRepository::upsert(const Customer &c)
{
    using R = Result<Outcome>;
    if (!m_prepared)
        return R::failure(failure(c.code, m_lookup));
    m_lookup.addBindValue(c.code);
    if (!m_lookup.exec())
        return R::failure(failure(c.code, m_lookup));
    if (!m_lookup.next()) {
        if (Status s = insert(c); !s)
            return R::failure(s.error());
        return Outcome::Inserted;
    }
    const qint64 id = m_lookup.value(0).toLongLong();
    const QString history = HistoryCodec::encode(c.history);
    const bool same = quint64(m_lookup.value(1).toLongLong()) == c.contentHash(history);
    const QString oldSearchText = m_lookup.value(2).toString();
    m_lookup.finish();
    if (same)
        return Outcome::Unchanged;
    const QString searchText = c.searchText();
    (void)bind(m_update, c, 1, history, searchText);
    m_update.addBindValue(id);
    if (!m_update.exec())
        return R::failure(failure(c.code, m_update));
    if (searchText != oldSearchText) {
        m_searchDelete.addBindValue(id);
        m_searchDelete.addBindValue(oldSearchText);
        m_searchInsert.addBindValue(id);
        m_searchInsert.addBindValue(searchText);
        if (!m_searchDelete.exec() || !m_searchInsert.exec())
            return R::failure(failure(c.code, m_searchInsert));
    }
    return Outcome::Updated;
}

Status CustomerRepository::rebuildSearchIndex()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("INSERT INTO customer_search (customer_search) VALUES ('rebuild')")))
        return Status::failure(q.lastError().text());
    return Status::success();
}

Status CustomerRepository::removeAll()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM customers")) ||
        !q.exec(QStringLiteral("INSERT INTO customer_search (customer_search) VALUES ('delete-all')")))
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

Customer CustomerRepository::fromQuery(const QSqlQuery &q, int offset)
{
    Customer c;
    c.code = q.value(offset).toString();
    c.name = q.value(offset + 1).toString();
    c.address = q.value(offset + 2).toString();
    c.phone = q.value(offset + 3).toString();
    c.substation = q.value(offset + 4).toString();
    c.routeBook = q.value(offset + 5).toString();
    c.routeOrder = q.value(offset + 6).toInt();
    c.meterSerial = q.value(offset + 7).toString();
    c.meterKind = q.value(offset + 8).toInt() == 3 ? MeterKind::ThreeRate : MeterKind::SingleRate;
    c.multiplier = q.value(offset + 9).toInt();
    c.voltage = voltageFromCode(q.value(offset + 10).toString()).value_or(VoltageClass::Below6kV);
    c.households = q.value(offset + 11).toDouble();
    c.priceString = q.value(offset + 12).toString();
    c.transformerKva = q.value(offset + 13).toInt();
    if (!q.value(offset + 14).isNull())
        c.latitude = q.value(offset + 14).toDouble();
    if (!q.value(offset + 15).isNull())
        c.longitude = q.value(offset + 15).toDouble();
    c.lastRatioCheck = QDate::fromString(q.value(offset + 16).toString(), Qt::ISODate);
    c.history = HistoryCodec::decode(q.value(offset + 17).toString());
    return c;
}

std::optional<Customer> CustomerRepository::findByCode(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM customers WHERE code = ?").arg(columns()));
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

Status CustomerRepository::plan(const QStringList &codes, const QDate &day)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE customers SET planned_on = ? WHERE code = ?"));
    for (const QString &code : codes) {
        q.addBindValue(day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(code);
        if (!q.exec())
            return Status::failure(q.lastError().text());
    }
    return Status::success();
}

Status CustomerRepository::refreshDerivedColumns(QSqlDatabase db)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, %1 FROM customers").arg(columns())))
        return Status::failure(read.lastError().text());
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE customers SET main_group = ?, search_text = ?, row_hash = ? WHERE id = ?"));
    while (read.next()) {
        const Customer c = fromQuery(read, 1);
        write.addBindValue(c.mainGroup());
        write.addBindValue(c.searchText());
        write.addBindValue(qint64(c.contentHash()));
        write.addBindValue(read.value(0));
        if (!write.exec())
            return Status::failure(write.lastError().text());
    }
    return Status::success();
}

} // namespace ta
