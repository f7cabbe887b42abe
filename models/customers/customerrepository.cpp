#include "models/customers/customerrepository.h"

#include "models/customers/historycodec.h"
#include "models/customers/searchindex.h"
#include "models/storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QStringEncoder>
#include <QtSql/QSqlError>

#include <algorithm>
#include <iterator>

namespace ta {

namespace {

const char *const kColumns = "code, name, address, phone, substation, route_book, route_order, meter_serial, "
                             "meter_kind, multiplier, voltage, households, price_string, transformer_kva, latitude, "
                             "longitude, last_ratio_check, history, main_group, search_text, row_hash";
constexpr int kColumnCount = 21;

} // namespace

QString CustomerRepository::columns()
{
    return QString::fromLatin1(kColumns);
}

namespace {

QByteArray insertSql(bool withId)
{
    QByteArray placeholders;
    for (int i = 0; i < kColumnCount + int(withId); ++i)
        placeholders += i ? ", ?" : "?";
    return "INSERT INTO customers (" + QByteArray(withId ? "id, " : "") + QByteArray(kColumns) + ") VALUES (" +
           placeholders + ")";
}

QByteArray updateSql()
{
    QByteArray assignments;
    const QList<QByteArray> names = QByteArray(kColumns).split(',');
    for (qsizetype i = 1; i < names.size(); ++i)
        assignments += (i > 1 ? ", " : "") + names.at(i).trimmed() + " = ?";
    return "UPDATE customers SET " + assignments + " WHERE id = ?";
}

} // namespace

// The rows of an import go through SQLite's own statements (UTF-8 text, no QVariant per value): a million
// customers spend most of their time here.
CustomerRepository::CustomerRepository(QSqlDatabase db)
    : m_db(std::move(db)), m_handle(sqliteHandle(m_db)),
      m_insert(std::make_unique<SqliteStatement>(m_handle, insertSql(false).constData())),
      m_insertWithId(std::make_unique<SqliteStatement>(m_handle, insertSql(true).constData())),
      m_update(std::make_unique<SqliteStatement>(m_handle, updateSql().constData())),
      m_lookup(std::make_unique<SqliteStatement>(
          m_handle, "SELECT id, row_hash, code, name, address, meter_serial, phone FROM customers WHERE code = ?"))
{
    m_prepared = m_insert->isValid() && m_insertWithId->isValid() && m_update->isValid() && m_lookup->isValid();
    for (int s = 0; s < SearchIndex::kShards; ++s) {
        const QString table = SearchIndex::table(s);
        m_searchInsert.push_back(std::make_unique<SqliteStatement>(
            m_handle,
            QStringLiteral("INSERT INTO %1 (rowid, search_text) VALUES (?, ?)").arg(table).toUtf8().constData()));
        m_searchDelete.push_back(std::make_unique<SqliteStatement>(
            m_handle, QStringLiteral("INSERT INTO %1 (%1, rowid, search_text) VALUES ('delete', ?, ?)")
                          .arg(table)
                          .toUtf8()
                          .constData()));
        m_prepared = m_prepared && m_searchInsert.back()->isValid() && m_searchDelete.back()->isValid();
    }
    m_searchPendingFrom = SearchIndex::pendingFrom(m_db);
}

CustomerRepository::~CustomerRepository() = default;

QString CustomerRepository::failure(const QString &code, const SqliteStatement &statement) const
{
    return QCoreApplication::translate("ta::CustomerRepository", "Customer %1 could not be saved: %2")
        .arg(code, m_handle ? statement.error() : QStringLiteral("not an SQLite data file"));
}

CustomerRepository::Derived CustomerRepository::Derived::of(const Customer &c)
{
    // A million rows go through here: the texts are written as UTF-8 straight into one buffer.
    Derived d;
    d.hasRatioCheck = c.lastRatioCheck.isValid();
    const QString ratioCheck = d.hasRatioCheck ? c.lastRatioCheck.toString(Qt::ISODate) : QString();
    const QStringView group = Customer::mainGroupOf(c.priceString);
    const QStringView texts[] = {c.code,      c.name,        c.address, c.phone,       c.substation,
                                 c.routeBook, c.meterSerial, c.voltage, c.priceString, ratioCheck};
    static_assert(std::size(texts) == History, "the texts before the history, in the order of Text");
    qsizetype size = qsizetype(c.history.size()) * 24 + group.size() * 3;
    for (QStringView t : texts)
        size += t.size() * 3;
    d.bytes.reserve(size);
    QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    const auto write = [&d, &utf8](QStringView text) {
        const qsizetype at = d.bytes.size();
        d.bytes.resize(at + text.size() * 3);
        char *end = utf8.appendToBuffer(d.bytes.data() + at, text);
        d.bytes.truncate(end - d.bytes.constData());
    };
    const auto span = [&d](Text t, qsizetype at) {
        d.spans[std::size_t(t)] = {int(at), int(d.bytes.size() - at)};
    };
    for (int t = 0; t < History; ++t) {
        const qsizetype at = d.bytes.size();
        write(texts[t]);
        span(Text(t), at);
    }
    qsizetype at = d.bytes.size();
    HistoryCodec::append(c.history, d.bytes);
    span(History, at);
    d.hash = c.contentHash(d.text(History));
    at = d.bytes.size();
    if (std::all_of(group.begin(), group.end(), [](QChar ch) { return ch.unicode() < 0x80; })) {
        for (QChar ch : group)
            d.bytes.append(char(ch.unicode() >= u'a' && ch.unicode() <= u'z' ? ch.unicode() - 32 : ch.unicode()));
    } else {
        write(group.toString().toUpper());
    }
    span(MainGroup, at);
    return d;
}

void CustomerRepository::bind(SqliteStatement &q, const Customer &c, bool withCode, const Derived &d, int first)
{
    int i = first;
    if (withCode)
        q.bindTextInPlace(i++, d.text(Derived::Code));
    q.bindTextInPlace(i++, d.text(Derived::Name));
    q.bindTextInPlace(i++, d.text(Derived::Address));
    q.bindTextInPlace(i++, d.text(Derived::Phone));
    q.bindTextInPlace(i++, d.text(Derived::Substation));
    q.bindTextInPlace(i++, d.text(Derived::RouteBook));
    q.bindInt(i++, c.routeOrder);
    q.bindTextInPlace(i++, d.text(Derived::Serial));
    q.bindInt(i++, static_cast<int>(c.meterKind));
    q.bindInt(i++, c.multiplier);
    q.bindTextInPlace(i++, d.text(Derived::Voltage));
    q.bindReal(i++, c.households);
    q.bindTextInPlace(i++, d.text(Derived::PriceText));
    q.bindInt(i++, c.transformerKva);
    if (c.latitude)
        q.bindReal(i++, *c.latitude);
    else
        q.bindNull(i++);
    if (c.longitude)
        q.bindReal(i++, *c.longitude);
    else
        q.bindNull(i++);
    if (d.hasRatioCheck)
        q.bindTextInPlace(i++, d.text(Derived::RatioCheck));
    else
        q.bindNull(i++);
    q.bindTextInPlace(i++, d.text(Derived::History));
    q.bindTextInPlace(i++, d.text(Derived::MainGroup));
    // The search text is not stored (the index is built from the columns, see SearchIndex): the column of
    // older files is emptied as their rows are written.
    q.bindText(i++, QByteArrayView(""));
    q.bindInt(i++, qint64(d.hash));
}

Status CustomerRepository::insert(const Customer &c)
{
    return insert(c, Derived::of(c));
}

Status CustomerRepository::insert(const Customer &c, const Derived &derived, qint64 id)
{
    SqliteStatement &statement = id ? *m_insertWithId : *m_insert;
    if (!m_prepared)
        return Status::failure(failure(c.code, statement));
    if (id)
        statement.bindInt(1, id);
    bind(statement, c, true, derived, id ? 2 : 1);
    if (!statement.exec())
        return Status::failure(failure(c.code, statement));
    const qint64 row = statement.lastInsertRowId();
    if (!indexed(row))
        return notePendingChange();
    SqliteStatement &search = *m_searchInsert[std::size_t(SearchIndex::shardOf(row))];
    search.bindInt(1, row);
    search.bindText(2, c.searchText());
    if (!search.exec())
        return Status::failure(failure(c.code, search));
    return Status::success();
}

Result<CustomerRepository::Outcome> CustomerRepository::upsert(const Customer &c)
{
    using R = Result<Outcome>;
    if (!m_prepared)
        return R::failure(failure(c.code, *m_lookup));
    m_lookup->bindText(1, c.code);
    if (!m_lookup->next()) {
        const bool failed = m_lookup->failed();
        m_lookup->reset();
        if (failed)
            return R::failure(failure(c.code, *m_lookup));
        if (Status s = insert(c); !s)
            return R::failure(s.error());
        return Outcome::Inserted;
    }
    const qint64 id = m_lookup->int64(0);
    const Derived derived = Derived::of(c);
    const bool same = quint64(m_lookup->int64(1)) == derived.hash;
    if (same) {
        m_lookup->reset();
        return Outcome::Unchanged;
    }
    // The index entry to take out is the one made from the stored columns.
    const auto column = [this](int i) {
        return QString::fromUtf8(m_lookup->text(i));
    };
    const QString oldSearchText = Customer::searchTextOf(column(2), column(3), column(4), column(5), column(6));
    m_lookup->reset();
    bind(*m_update, c, false, derived, 1);
    m_update->bindInt(kColumnCount, id); // the columns after code, then the id
    if (!m_update->exec())
        return R::failure(failure(c.code, *m_update));
    if (const QString searchText = c.searchText(); searchText != oldSearchText) {
        if (!indexed(id)) {
            if (Status s = notePendingChange(); !s)
                return R::failure(s.error());
        } else {
            SqliteStatement &remove = *m_searchDelete[std::size_t(SearchIndex::shardOf(id))];
            SqliteStatement &add = *m_searchInsert[std::size_t(SearchIndex::shardOf(id))];
            remove.bindInt(1, id);
            remove.bindText(2, oldSearchText);
            add.bindInt(1, id);
            add.bindText(2, searchText);
            if (!remove.exec() || !add.exec())
                return R::failure(failure(c.code, add));
        }
    }
    return Outcome::Updated;
}

Status CustomerRepository::notePendingChange()
{
    // Once per repository: a search index being built from the rows as they were is then not stored.
    if (m_notedPendingChange || m_deferring)
        return Status::success();
    m_notedPendingChange = true;
    return SearchIndex::notePendingChange(m_db);
}

Status CustomerRepository::deferSearchIndex()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM customers")) || !q.next())
        return Status::failure(q.lastError().text());
    const qint64 from = m_searchPendingFrom ? *m_searchPendingFrom : q.value(0).toLongLong();
    if (Status s = SearchIndex::markPending(m_db, from); !s)
        return s;
    m_searchPendingFrom = from;
    m_deferring = true;
    return Status::success();
}

Status CustomerRepository::removeAll()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM customers")))
        return Status::failure(q.lastError().text());
    for (int s = 0; s < SearchIndex::kShards; ++s) {
        if (!q.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('delete-all')").arg(SearchIndex::table(s))))
            return Status::failure(q.lastError().text());
    }
    if (Status s = SearchIndex::clearPending(m_db); !s)
        return s;
    m_searchPendingFrom.reset();
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
    c.voltage = q.value(offset + 10).toString();
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
    write.prepare(QStringLiteral("UPDATE customers SET main_group = ?, row_hash = ? WHERE id = ?"));
    while (read.next()) {
        const Customer c = fromQuery(read, 1);
        write.addBindValue(c.mainGroup());
        write.addBindValue(qint64(c.contentHash()));
        write.addBindValue(read.value(0));
        if (!write.exec())
            return Status::failure(write.lastError().text());
    }
    return Status::success();
}

} // namespace ta
