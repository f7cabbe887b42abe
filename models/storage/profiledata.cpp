#include "models/storage/profiledata.h"

#include "models/customers/customerrepository.h"
#include "models/customers/searchindex.h"

#include <QCoreApplication>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

namespace ta {

namespace {

constexpr qint32 kDataApplicationId = 0x54414431; // "TAD1"

QString kindCode(WorkspaceKind kind)
{
    return kind == WorkspaceKind::Training ? QStringLiteral("training") : QStringLiteral("real");
}

} // namespace

Schema ProfileData::schema()
{
    Schema s;
    s.name = QCoreApplication::translate("ta::ProfileData", "customer data");
    s.applicationId = kDataApplicationId;
    s.migrations = {
        {1,
         QStringLiteral("customers"),
         {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE customers ("
                         " id INTEGER PRIMARY KEY,"
                         " code TEXT NOT NULL UNIQUE,"
                         " name TEXT NOT NULL,"
                         " address TEXT NOT NULL DEFAULT '',"
                         " phone TEXT NOT NULL DEFAULT '',"
                         " substation TEXT NOT NULL DEFAULT '',"
                         " route_book TEXT NOT NULL DEFAULT '',"
                         " route_order INTEGER NOT NULL DEFAULT 0,"
                         " meter_serial TEXT NOT NULL DEFAULT '',"
                         " meter_kind INTEGER NOT NULL CHECK (meter_kind IN (1, 3)),"
                         " multiplier INTEGER NOT NULL DEFAULT 1 CHECK (multiplier > 0),"
                         " voltage TEXT NOT NULL,"
                         " households REAL NOT NULL DEFAULT 1 CHECK (households >= 0),"
                         " price_string TEXT NOT NULL,"
                         " transformer_kva INTEGER NOT NULL DEFAULT 0,"
                         " latitude REAL,"
                         " longitude REAL)")}},
        {2,
         QStringLiteral("monthly consumption"),
         {QStringLiteral("CREATE TABLE consumption ("
                         " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                         " month INTEGER NOT NULL CHECK (month BETWEEN 190001 AND 299912),"
                         " kwh INTEGER NOT NULL CHECK (kwh >= 0),"
                         " kwh_normal INTEGER,"
                         " kwh_peak INTEGER,"
                         " kwh_offpeak INTEGER,"
                         " PRIMARY KEY (customer_id, month)) WITHOUT ROWID")}},
        {3,
         QStringLiteral("route order and import log"),
         {QStringLiteral("CREATE INDEX customers_route ON customers (route_book, route_order)"),
          QStringLiteral("CREATE INDEX customers_substation ON customers (substation)"),
          QStringLiteral("CREATE TABLE imports ("
                         " id INTEGER PRIMARY KEY,"
                         " file_name TEXT NOT NULL,"
                         " sha256 TEXT NOT NULL,"
                         " imported_at TEXT NOT NULL,"
                         " imported INTEGER NOT NULL DEFAULT 0,"
                         " updated INTEGER NOT NULL DEFAULT 0,"
                         " unchanged INTEGER NOT NULL DEFAULT 0,"
                         " rejected INTEGER NOT NULL DEFAULT 0)")}},
        {4,
         QStringLiteral("packed monthly history, ratio check date, derived columns"),
         {QStringLiteral("ALTER TABLE customers ADD COLUMN last_ratio_check TEXT"),
          QStringLiteral("ALTER TABLE customers ADD COLUMN history TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE customers ADD COLUMN main_group TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE customers ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE customers ADD COLUMN row_hash INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE customers ADD COLUMN visit_status TEXT NOT NULL DEFAULT 'pending'"),
          // One packed row per customer instead of one row per month (see HistoryCodec).
          QStringLiteral("UPDATE customers SET history = coalesce((SELECT group_concat(entry, ';') FROM ("
                         " SELECT month || ':' || kwh || CASE WHEN kwh_normal IS NULL THEN '' ELSE"
                         " ':' || kwh_normal || ':' || kwh_peak || ':' || kwh_offpeak END AS entry"
                         " FROM consumption WHERE customer_id = customers.id ORDER BY month)), '')"),
          QStringLiteral("DROP TABLE consumption"),
          QStringLiteral("CREATE INDEX customers_main_group ON customers (main_group)")},
         [](Database &db) {
             return CustomerRepository::refreshDerivedColumns(db.connection());
         }},
        {5,
         QStringLiteral("search index and pre-screen results"),
         {// Accent-insensitive prefix search over the folded text (SearchText), kept in step by triggers.
          QStringLiteral("CREATE VIRTUAL TABLE customer_search USING fts5(search_text, content='customers', "
                         "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"),
          QStringLiteral("INSERT INTO customer_search (customer_search) VALUES ('rebuild')"),
          QStringLiteral("CREATE TABLE flags ("
                         " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                         " rule TEXT NOT NULL,"
                         " reason TEXT NOT NULL,"
                         " monthly_impact INTEGER NOT NULL DEFAULT 0,"
                         " yearly_impact INTEGER NOT NULL DEFAULT 0,"
                         " PRIMARY KEY (customer_id, rule)) WITHOUT ROWID"),
          QStringLiteral("CREATE INDEX flags_rule ON flags (rule, yearly_impact)"),
          QStringLiteral(
              "CREATE TABLE customer_rank (customer_id INTEGER PRIMARY KEY"
              " REFERENCES customers(id) ON DELETE CASCADE, yearly_impact INTEGER NOT NULL, rules TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX customer_rank_impact ON customer_rank (yearly_impact DESC)"),
          QStringLiteral("CREATE TABLE import_mappings (source TEXT PRIMARY KEY, mapping TEXT NOT NULL)")}},
        {6,
         QStringLiteral("the inspector's day"),
         {QStringLiteral("ALTER TABLE customers ADD COLUMN planned_on TEXT"),
          QStringLiteral("CREATE INDEX customers_planned ON customers (planned_on, route_book, route_order)")}},
        {7,
         QStringLiteral("visit status filter"),
         {QStringLiteral("CREATE INDEX customers_visit_status ON customers (visit_status)")}},
        {8,
         QStringLiteral("inspections and signed records"),
         {QStringLiteral("CREATE TABLE inspections (id TEXT PRIMARY KEY, customer_code TEXT NOT NULL,"
                         " revision INTEGER NOT NULL DEFAULT 1, replaces TEXT, status TEXT NOT NULL DEFAULT 'draft',"
                         " draft TEXT NOT NULL, record BLOB, fingerprint TEXT, signature BLOB, public_key BLOB,"
                         " number TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, finalised_at TEXT)"),
          QStringLiteral("CREATE INDEX inspections_customer ON inspections (customer_code, updated_at)"),
          QStringLiteral("CREATE INDEX inspections_status ON inspections (status, finalised_at)")}},
        {9,
         QStringLiteral("pre-screen impacts may be unknown, with their reason"),
         {// A money impact that cannot be computed is NULL with a note, never 0 (the tables are remade: SQLite
          // cannot drop a NOT NULL constraint); the stored results are kept.
          QStringLiteral("CREATE TABLE flags_v9 ("
                         " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                         " rule TEXT NOT NULL,"
                         " reason TEXT NOT NULL,"
                         " monthly_impact INTEGER,"
                         " yearly_impact INTEGER,"
                         " impact_note TEXT,"
                         " PRIMARY KEY (customer_id, rule)) WITHOUT ROWID"),
          QStringLiteral("INSERT INTO flags_v9 (customer_id, rule, reason, monthly_impact, yearly_impact)"
                         " SELECT customer_id, rule, reason, monthly_impact, yearly_impact FROM flags"),
          QStringLiteral("DROP TABLE flags"), QStringLiteral("ALTER TABLE flags_v9 RENAME TO flags"),
          QStringLiteral("CREATE INDEX flags_rule ON flags (rule, yearly_impact)"),
          QStringLiteral("CREATE TABLE customer_rank_v9 (customer_id INTEGER PRIMARY KEY"
                         " REFERENCES customers(id) ON DELETE CASCADE, yearly_impact INTEGER, rules TEXT NOT NULL)"),
          QStringLiteral("INSERT INTO customer_rank_v9 SELECT customer_id, yearly_impact, rules FROM customer_rank"),
          QStringLiteral("DROP TABLE customer_rank"),
          QStringLiteral("ALTER TABLE customer_rank_v9 RENAME TO customer_rank"),
          // NULL sorts last in a descending order: unknown impacts rank after every known one.
          QStringLiteral("CREATE INDEX customer_rank_impact ON customer_rank (yearly_impact DESC)")}},
        {10,
         QStringLiteral("the outbox, the enrollment with the branch server, its registered keys and assignments"),
         {// One row per signed record waiting for, or given, the server's receipt. Training records never
          // enter it; the records signed before this version are queued as they are.
          QStringLiteral("CREATE TABLE outbox (record_id TEXT PRIMARY KEY REFERENCES inspections(id),"
                         " state TEXT NOT NULL, queued_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
                         " next_attempt_at TEXT, last_error TEXT, receipt TEXT, received_at TEXT,"
                         " review_comment TEXT, reviewed_at TEXT)"),
          QStringLiteral("CREATE INDEX outbox_due ON outbox (state, next_attempt_at, queued_at)"),
          QStringLiteral("INSERT INTO outbox (record_id, state, queued_at) SELECT id, 'waiting', finalised_at"
                         " FROM inspections WHERE status = 'final'"
                         " AND coalesce(json_extract(CAST(record AS TEXT), '$.training'), 0) = 0"),
          QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE trusted_keys (public_key TEXT PRIMARY KEY, device TEXT NOT NULL,"
                         " name TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0)"),
          // Customers a branch leader sent this inspector to, from the server's feed.
          QStringLiteral("CREATE TABLE assignments (customer_code TEXT PRIMARY KEY, reason TEXT NOT NULL,"
                         " assigned_by TEXT NOT NULL, assigned_at TEXT NOT NULL)")}},
        {11,
         QStringLiteral("a leader's review queue and decisions; campaigns and due dates of assignments"),
         {QStringLiteral("ALTER TABLE assignments ADD COLUMN campaign TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE assignments ADD COLUMN due TEXT NOT NULL DEFAULT ''"),
          // The records the branch server received, as a leader's device keeps them to review offline: the
          // signed bytes and, for the queue's filters, what they say.
          QStringLiteral("CREATE TABLE review_records (record_id TEXT NOT NULL, revision INTEGER NOT NULL,"
                         " fingerprint TEXT NOT NULL, device TEXT NOT NULL, inspector TEXT NOT NULL,"
                         " received_at TEXT NOT NULL, status TEXT NOT NULL, assigned INTEGER NOT NULL,"
                         " replaced_by TEXT, canonical BLOB NOT NULL, signature BLOB NOT NULL,"
                         " customer_code TEXT NOT NULL, customer_name TEXT NOT NULL, substation TEXT NOT NULL,"
                         " number TEXT NOT NULL, visited_at TEXT NOT NULL, checks TEXT NOT NULL,"
                         " changes TEXT NOT NULL, impact INTEGER, replaces TEXT, verified INTEGER NOT NULL,"
                         " decision TEXT, comment TEXT, decided_by TEXT, decided_at TEXT, exported_at TEXT,"
                         " PRIMARY KEY (record_id, revision))"),
          QStringLiteral("CREATE INDEX review_records_received ON review_records (received_at DESC)"),
          // The leader's own decisions, signed, waiting to be sent like records.
          QStringLiteral("CREATE TABLE review_decisions (record_id TEXT NOT NULL, revision INTEGER NOT NULL,"
                         " body BLOB NOT NULL, signature BLOB NOT NULL, state TEXT NOT NULL, decided_at TEXT NOT NULL,"
                         " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, PRIMARY KEY (record_id, revision))"),
          QStringLiteral("CREATE TABLE campaigns (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,"
                         " rule TEXT NOT NULL, planned INTEGER NOT NULL, deadline TEXT NOT NULL,"
                         " created_at TEXT NOT NULL)")}},
        {12,
         QStringLiteral("a leader's copy of the branch's assignments, campaigns by name, the role of registered keys"),
         {// Who is sent to which customer across the branch (every leader's assignments), read from the server
          // for the dashboards; one row per customer, the latest assignment.
          QStringLiteral("CREATE TABLE branch_assignments (customer_code TEXT PRIMARY KEY, device TEXT NOT NULL,"
                         " inspector TEXT NOT NULL, campaign TEXT NOT NULL, due TEXT NOT NULL,"
                         " assigned_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX branch_assignments_campaign ON branch_assignments (campaign)"),
          QStringLiteral("CREATE UNIQUE INDEX campaigns_name ON campaigns (name)"),
          QStringLiteral("ALTER TABLE trusted_keys ADD COLUMN role TEXT NOT NULL DEFAULT ''")}},
        {13,
         QStringLiteral(
             "the worklist's orders: the customers to visit in one index, the day's visits in a partial one"),
         {// The worklist ranks by money at stake, then by reading route: the rank keeps the customer's route
          // book and order as the pre-screen found them, so one index serves any page of that order.
          QStringLiteral("CREATE TABLE customer_rank_v13 (customer_id INTEGER PRIMARY KEY"
                         " REFERENCES customers(id) ON DELETE CASCADE, yearly_impact INTEGER, rules TEXT NOT NULL,"
                         " route_book TEXT NOT NULL DEFAULT '', route_order INTEGER NOT NULL DEFAULT 0)"),
          QStringLiteral("INSERT INTO customer_rank_v13 SELECT r.customer_id, r.yearly_impact, r.rules,"
                         " c.route_book, c.route_order FROM customer_rank r JOIN customers c ON c.id = r.customer_id"),
          QStringLiteral("DROP TABLE customer_rank"),
          QStringLiteral("ALTER TABLE customer_rank_v13 RENAME TO customer_rank"),
          // NULL sorts last in a descending order: unknown impacts rank after every known one.
          QStringLiteral("CREATE INDEX customer_rank_order ON customer_rank"
                         " (yearly_impact DESC, route_book, route_order, customer_id)"),
          // Only planned customers are in the day's index: a list just imported has none, and a query for a
          // day (planned_on = ?) implies the index's condition.
          QStringLiteral("DROP INDEX customers_planned"),
          QStringLiteral("CREATE INDEX customers_planned ON customers (planned_on, route_book, route_order)"
                         " WHERE planned_on IS NOT NULL")}},
        {14,
         QStringLiteral("a digest of each customer's stored warnings, to tell what a pre-screen changes"),
         {// PrescreenResults::digestOf the flags and the route as written; NULL (results stored before) differs
          // from every digest, so those customers are written again by the next pre-screen.
          QStringLiteral("ALTER TABLE customer_rank ADD COLUMN digest INTEGER")}},
        {15,
         QStringLiteral("a smaller search index in two shards, made from the customers' columns; the visit "
                        "status index holds the visited only"),
         {// The index keeps no copy of the text and no positions (a search asks for word prefixes, never a
          // phrase): a third of its size, and built in a quarter less time. The folded text is made from the
          // columns when a row is indexed (Customer::searchTextOf), not stored.
          // In two shards (SearchIndex::kShards, by row id), built side by side on two threads.
          QStringLiteral("DROP TABLE customer_search"),
          QStringLiteral("CREATE VIRTUAL TABLE customer_search_0 USING fts5(search_text, content='',"
                         " tokenize='unicode61 remove_diacritics 0', prefix='1 2 3', detail=none, columnsize=0)"),
          QStringLiteral("CREATE VIRTUAL TABLE customer_search_1 USING fts5(search_text, content='',"
                         " tokenize='unicode61 remove_diacritics 0', prefix='1 2 3', detail=none, columnsize=0)"),
          // A list just imported is all pending: an index of the others serves the filters of visited
          // customers, and a filter of the pending reads the list.
          QStringLiteral("DROP INDEX customers_visit_status"),
          QStringLiteral("CREATE INDEX customers_visit_status ON customers (visit_status)"
                         " WHERE visit_status <> 'pending'")},
         [](Database &db) {
             // The customers already there are indexed again by the background job (SearchIndex).
             QSqlQuery q(db.connection());
             if (!q.exec(QStringLiteral("SELECT min(id) FROM customers")) || !q.next())
                 return Status::failure(q.lastError().text());
             return q.value(0).isNull() ? Status::success()
                                        : SearchIndex::markPending(db.connection(), q.value(0).toLongLong());
         }},
    };
    return s;
}

Result<std::unique_ptr<Database>> ProfileData::open(const QString &path, WorkspaceKind kind)
{
    using R = Result<std::unique_ptr<Database>>;
    auto db = Database::open(path, schema());
    if (!db)
        return db;
    const QString stored = metaValue(*db.value(), QStringLiteral("workspace"));
    if (stored.isEmpty()) {
        if (Status s = setMetaValue(*db.value(), QStringLiteral("workspace"), kindCode(kind)); !s)
            return R::failure(s.error());
    } else if (stored != kindCode(kind)) {
        return R::failure(
            kind == WorkspaceKind::Training
                ? QCoreApplication::translate("ta::ProfileData", "%1 holds real customer data and cannot be used "
                                                                 "in training mode.")
                      .arg(path)
                : QCoreApplication::translate("ta::ProfileData", "%1 holds training data and cannot be used "
                                                                 "outside training mode.")
                      .arg(path));
    }
    return db;
}

QString ProfileData::metaValue(Database &db, const QString &key)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status ProfileData::setMetaValue(Database &db, const QString &key, const QString &value)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

} // namespace ta
