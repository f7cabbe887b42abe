#include "server/store.h"

#include <QCoreApplication>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <QRandomGenerator>
#include <QUuid>
#include <numeric>

namespace ta::server {

namespace {

struct Migration
{
    int version;
    const char *name;
    std::vector<const char *> common;     ///< run on both databases
    std::vector<const char *> sqliteOnly; ///< then these on SQLite
    std::vector<const char *> postgresOnly;
};

// The schema, once for both databases: TEXT and BIGINT only, times as ISO 8601 UTC text (they sort).
const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list = {
        {1,
         "devices, records, feed, assignments, audit",
         {"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
          "CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
          "INSERT INTO counters (name, value) VALUES ('feed', 0)",
          "INSERT INTO counters (name, value) VALUES ('audit', 0)",
          "CREATE TABLE enrollment_codes (code TEXT PRIMARY KEY, created_at TEXT NOT NULL, expires_at TEXT NOT NULL,"
          " created_by TEXT NOT NULL, note TEXT NOT NULL, used_by TEXT, used_at TEXT)",
          "CREATE TABLE devices (id TEXT PRIMARY KEY, public_key TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
          " profile_name TEXT NOT NULL, card TEXT NOT NULL, unit TEXT NOT NULL, status TEXT NOT NULL,"
          " comparison TEXT NOT NULL, enrolled_at TEXT NOT NULL, changed_at TEXT NOT NULL)",
          "CREATE TABLE challenges (nonce TEXT PRIMARY KEY, device_id TEXT NOT NULL, expires_at TEXT NOT NULL)",
          "CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, device_id TEXT NOT NULL, expires_at TEXT NOT NULL)",
          "CREATE TABLE records (id TEXT NOT NULL, revision BIGINT NOT NULL, fingerprint TEXT NOT NULL,"
          " device_id TEXT NOT NULL, customer_code TEXT NOT NULL, number TEXT NOT NULL, replaces TEXT,"
          " canonical TEXT NOT NULL, signature TEXT NOT NULL, received_at TEXT NOT NULL, status TEXT NOT NULL,"
          " replaced_by TEXT, PRIMARY KEY (id, revision))",
          "CREATE INDEX records_received ON records (received_at)",
          "CREATE TABLE record_evidence (record_id TEXT NOT NULL, revision BIGINT NOT NULL, sha256 TEXT NOT NULL,"
          " PRIMARY KEY (record_id, revision, sha256))",
          "CREATE TABLE conflicts (id TEXT NOT NULL, revision BIGINT NOT NULL, fingerprint TEXT NOT NULL,"
          " device_id TEXT NOT NULL, received_at TEXT NOT NULL, PRIMARY KEY (id, revision, fingerprint))",
          "CREATE TABLE feed (seq BIGINT PRIMARY KEY, device_id TEXT NOT NULL, kind TEXT NOT NULL, body TEXT NOT NULL,"
          " created_at TEXT NOT NULL)",
          "CREATE INDEX feed_device ON feed (device_id, seq)",
          "CREATE TABLE reviews (record_id TEXT NOT NULL, revision BIGINT NOT NULL, decision TEXT NOT NULL,"
          " comment TEXT NOT NULL, actor TEXT NOT NULL, at TEXT NOT NULL)",
          "CREATE TABLE assignments (device_id TEXT NOT NULL, customer_code TEXT NOT NULL, reason TEXT NOT NULL,"
          " actor TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (device_id, customer_code))",
          "CREATE TABLE audit (seq BIGINT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
          " subject TEXT NOT NULL, detail TEXT NOT NULL)"},
         // The audit is append-only: the database itself refuses to change or remove an entry.
         {"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit is "
          "append-only'); END",
          "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit is "
          "append-only'); END"},
         {"CREATE FUNCTION audit_append_only() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'the audit is "
          "append-only'; END $$ LANGUAGE plpgsql",
          "CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION "
          "audit_append_only()"}},
        {2,
         "leaders: device roles, the review queue's sequence, signed decisions, campaigns, CMIS exports",
         {"ALTER TABLE devices ADD COLUMN role TEXT NOT NULL DEFAULT 'inspector'",
          // Every change of a record (received, decided, replaced) takes the next 'records' sequence: the
          // leaders' queue is read from a cursor on it.
          "ALTER TABLE records ADD COLUMN seq BIGINT NOT NULL DEFAULT 0",
          "ALTER TABLE records ADD COLUMN assigned BIGINT NOT NULL DEFAULT 1",
          "UPDATE records SET seq = (SELECT count(*) FROM records r WHERE r.received_at < records.received_at"
          " OR (r.received_at = records.received_at AND (r.id < records.id OR (r.id = records.id AND r.revision <="
          " records.revision))))",
          "INSERT INTO counters (name, value) SELECT 'records', coalesce(max(seq), 0) FROM records",
          "CREATE INDEX records_seq ON records (seq)", "CREATE INDEX records_customer ON records (customer_code)",
          "ALTER TABLE reviews ADD COLUMN device_id TEXT", "ALTER TABLE reviews ADD COLUMN body TEXT",
          "ALTER TABLE reviews ADD COLUMN signature TEXT",
          "CREATE INDEX reviews_record ON reviews (record_id, revision)",
          "ALTER TABLE assignments ADD COLUMN campaign TEXT NOT NULL DEFAULT ''",
          "ALTER TABLE assignments ADD COLUMN due TEXT NOT NULL DEFAULT ''",
          "CREATE INDEX assignments_customer ON assignments (customer_code)",
          "CREATE TABLE cmis_exports (record_id TEXT NOT NULL, revision BIGINT NOT NULL, exported_at TEXT NOT NULL,"
          " file TEXT NOT NULL, PRIMARY KEY (record_id, revision))"},
         {},
         {}},
        {3,
         "the assignments' change sequence, read by leaders' devices for the dashboards",
         // Every assignment call takes the next 'assignments' value for its rows; a leader's device reads
         // the changes from a cursor on it. Rows from before start at 1.
         {"ALTER TABLE assignments ADD COLUMN seq BIGINT NOT NULL DEFAULT 1",
          "INSERT INTO counters (name, value) VALUES ('assignments', 1)",
          "CREATE INDEX assignments_seq ON assignments (seq)"},
         {},
         {}},
    };
    return list;
}

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Status migrate(SqlConnection &c, int *version)
{
    // Several server instances may start at once on one PostgreSQL: one migrates, the others wait.
    if (c.kind() == SqlConnection::Kind::Postgresql) {
        if (Status s = c.execScript(QStringLiteral("SELECT pg_advisory_lock(7130715)")); !s)
            return s;
    }
    const auto unlock = [&c] {
        if (c.kind() == SqlConnection::Kind::Postgresql)
            (void)c.execScript(QStringLiteral("SELECT pg_advisory_unlock(7130715)"));
    };
    if (Status s = c.execScript(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)"));
        !s) {
        unlock();
        return s;
    }
    auto current = c.scalar(QStringLiteral("SELECT max(version) FROM schema_version"));
    if (!current) {
        unlock();
        return current.status();
    }
    int at = current.value() && !current.value()->isNull() ? int(current.value()->toInt()) : 0;
    for (const Migration &m : migrations()) {
        if (m.version <= at)
            continue;
        Status s = c.execScript(QStringLiteral("BEGIN"));
        for (const char *sql : m.common) {
            if (s)
                s = c.execScript(QLatin1StringView(sql));
        }
        for (const char *sql : c.kind() == SqlConnection::Kind::Sqlite ? m.sqliteOnly : m.postgresOnly) {
            if (s)
                s = c.execScript(QLatin1StringView(sql));
        }
        if (s && m.version == 1)
            s = c.run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('epoch', ?)"), {randomToken(12)});
        if (s)
            s = c.run(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {m.version});
        if (s)
            s = c.execScript(QStringLiteral("COMMIT"));
        if (!s) {
            (void)c.execScript(QStringLiteral("ROLLBACK"));
            unlock();
            return Status::failure(QCoreApplication::translate("ta::server::Store", "Migration %1 (%2) failed: %3")
                                       .arg(m.version)
                                       .arg(QLatin1StringView(m.name), s.error()));
        }
        at = m.version;
    }
    unlock();
    *version = at;
    return Status::success();
}

/// The next value of a counter, taken inside the writing transaction (a row lock on PostgreSQL, so
/// sequences commit in order across server instances).
Result<qint64> next(SqlConnection &c, const char *counter)
{
    auto value = c.scalar(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = ? RETURNING value"),
                          {QLatin1StringView(counter)});
    if (!value)
        return value.status();
    if (!value.value())
        return Result<qint64>::failure(
            QCoreApplication::translate("ta::server::Store", "counter %1 is missing").arg(QLatin1StringView(counter)));
    return value.value()->toInt();
}

Status appendAudit(SqlConnection &c, const QString &actor, const QString &action, const QString &subject,
                   const QString &detail)
{
    auto seq = next(c, "audit");
    if (!seq)
        return seq.status();
    return c.run(
        QStringLiteral("INSERT INTO audit (seq, at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?, ?)"),
        {seq.value(), nowText(), actor, action, subject, detail});
}

Status feedItem(SqlConnection &c, const QString &deviceId, const QString &kind, const QJsonObject &body)
{
    auto seq = next(c, "feed");
    if (!seq)
        return seq.status();
    return c.run(QStringLiteral("INSERT INTO feed (seq, device_id, kind, body, created_at) VALUES (?, ?, ?, ?, ?)"),
                 {seq.value(), deviceId, kind, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)),
                  nowText()});
}

Device deviceFrom(const SqlRow &r)
{
    Device d;
    d.id = r[0].toString();
    d.publicKey = QByteArray::fromBase64(r[1].text.value_or(QByteArray()));
    d.name = r[2].toString();
    d.profileName = r[3].toString();
    d.card = r[4].toString();
    d.unit = r[5].toString();
    d.status = r[6].toString();
    d.comparison = r[7].toString();
    d.enrolledAt = r[8].toString();
    d.role = r[9].toString();
    return d;
}

const char *const kDeviceColumns =
    "SELECT id, public_key, name, profile_name, card, unit, status, comparison, enrolled_at, role FROM devices";

StoredRecord recordFrom(const SqlRow &r)
{
    StoredRecord s;
    s.id = r[0].toString();
    s.revision = int(r[1].toInt());
    s.fingerprint = r[2].toString();
    s.deviceId = r[3].toString();
    s.customerCode = r[4].toString();
    s.number = r[5].toString();
    s.replaces = r[6].toString();
    s.receivedAt = r[7].toString();
    s.status = r[8].toString();
    s.replacedBy = r[9].toString();
    s.assigned = r[10].toInt() != 0;
    s.seq = r[11].toInt();
    return s;
}

const char *const kRecordColumns = "SELECT id, revision, fingerprint, device_id, customer_code, number, replaces,"
                                   " received_at, status, replaced_by, assigned, seq FROM records";

} // namespace

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Result<std::unique_ptr<Store>> Store::open(const QString &database, int readConnections)
{
    using R = Result<std::unique_ptr<Store>>;
    auto writer = openDatabase(database);
    if (!writer)
        return writer.status();
    std::unique_ptr<Store> store(new Store);
    store->m_database = database;
    store->m_kind = writer.value()->kind();
    if (Status s = migrate(*writer.value(), &store->m_schemaVersion); !s)
        return s;
    auto epoch = writer.value()->scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'epoch'"));
    if (!epoch || !epoch.value())
        return R::failure(QCoreApplication::translate("ta::server::Store", "The database has no epoch."));
    store->m_epoch = epoch.value()->toString();
    for (int i = 0; i < readConnections; ++i) {
        auto reader = openDatabase(database);
        if (!reader)
            return reader.status();
        store->m_readers.push_back(std::move(reader).value());
    }
    store->m_writerConnection = std::move(writer).value();
    store->m_writer = std::thread([s = store.get()] { s->writerLoop(); });
    return store;
}

Store::~Store()
{
    {
        std::lock_guard lock(m_writeMutex);
        m_stopping = true;
    }
    m_writeWake.notify_all();
    if (m_writer.joinable())
        m_writer.join();
}

int Store::schemaVersion() const
{
    return m_schemaVersion;
}

Status Store::write(Job job)
{
    auto pending = std::make_shared<Pending>();
    pending->job = std::move(job);
    std::unique_lock lock(m_writeMutex);
    if (m_stopping)
        return Status::failure(QCoreApplication::translate("ta::server::Store", "The store is closing."));
    m_queue.push_back(pending);
    m_writeWake.notify_one();
    m_writeDone.wait(lock, [&pending] { return pending->done; });
    return pending->result;
}

void Store::writerLoop()
{
    SqlConnection &c = *m_writerConnection;
    const QString begin =
        m_kind == SqlConnection::Kind::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    for (;;) {
        std::vector<std::shared_ptr<Pending>> batch;
        {
            std::unique_lock lock(m_writeMutex);
            m_writeWake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping && m_queue.empty())
                return;
            while (!m_queue.empty() && batch.size() < 512) {
                batch.push_back(m_queue.front());
                m_queue.pop_front();
            }
        }
        // Everything queued meanwhile goes in one transaction, each job in a savepoint of its own.
        const Status begun = c.execScript(begin);
        for (const auto &p : batch) {
            if (!begun) {
                p->result = begun;
                continue;
            }
            Status s = c.execScript(QStringLiteral("SAVEPOINT job"));
            if (s) {
                s = p->job(c);
                // Another server instance wrote the same row a moment earlier: once more sees it.
                if (!s && c.lastWasConflict()) {
                    (void)c.execScript(QStringLiteral("ROLLBACK TO SAVEPOINT job"));
                    s = p->job(c);
                }
                if (!s)
                    (void)c.execScript(QStringLiteral("ROLLBACK TO SAVEPOINT job"));
                (void)c.execScript(QStringLiteral("RELEASE SAVEPOINT job"));
            }
            p->result = s;
        }
        if (begun) {
            const Status committed = c.execScript(QStringLiteral("COMMIT"));
            if (!committed) {
                (void)c.execScript(QStringLiteral("ROLLBACK"));
                for (const auto &p : batch) {
                    if (p->result)
                        p->result = committed;
                }
            }
        }
        {
            std::lock_guard lock(m_writeMutex);
            for (const auto &p : batch)
                p->done = true;
        }
        m_writeDone.notify_all();
    }
}

std::unique_ptr<SqlConnection> Store::takeReader()
{
    {
        std::lock_guard lock(m_readersMutex);
        if (!m_readers.empty()) {
            auto c = std::move(m_readers.back());
            m_readers.pop_back();
            return c;
        }
    }
    auto opened = openDatabase(m_database);
    return opened ? std::move(opened).value() : nullptr;
}

void Store::giveBack(std::unique_ptr<SqlConnection> connection)
{
    if (!connection)
        return;
    std::lock_guard lock(m_readersMutex);
    m_readers.push_back(std::move(connection));
}

Result<SqlRows> Store::read(const QString &sql, const std::vector<SqlValue> &params)
{
    auto c = takeReader();
    if (!c)
        return Result<SqlRows>::failure(QCoreApplication::translate("ta::server::Store", "No database connection."));
    auto rows = c->exec(sql, params);
    giveBack(std::move(c));
    return rows;
}

Result<QString> Store::createCode(int validMinutes, const QString &actor, const QString &note)
{
    // 10 characters in two groups, from an alphabet with no look-alikes (no 0/O, 1/I).
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 10; ++i) {
        if (i == 5)
            code += QLatin1Char('-');
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    }
    const QString expires =
        QDateTime::currentDateTimeUtc().addSecs(qint64(validMinutes) * 60).toString(Qt::ISODateWithMs);
    const Status s = write([&](SqlConnection &c) -> Status {
        if (Status r =
                c.run(QStringLiteral("INSERT INTO enrollment_codes (code, created_at, expires_at, created_by, note)"
                                     " VALUES (?, ?, ?, ?, ?)"),
                      {code, nowText(), expires, actor, note});
            !r)
            return r;
        return appendAudit(c, actor, QStringLiteral("code.created"), code,
                           QStringLiteral("valid until %1").arg(expires));
    });
    if (!s)
        return s;
    return code;
}

Result<Store::Enrolled> Store::enroll(const QString &code, const Device &device, CodeState *state)
{
    Enrolled out;
    *state = CodeState::Valid;
    const Status s = write([&](SqlConnection &c) -> Status {
        auto rows = c.exec(QStringLiteral("SELECT expires_at, used_by FROM enrollment_codes WHERE code = ?"), {code});
        if (!rows)
            return rows.status();
        if (rows->empty()) {
            *state = CodeState::Unknown;
            return Status::success();
        }
        if (!rows->front()[1].isNull()) {
            *state = CodeState::Used;
            return Status::success();
        }
        if (rows->front()[0].toString() < nowText()) {
            *state = CodeState::Expired;
            return Status::success();
        }
        // A key enrolled before keeps its device: enrolling again (after unenrolling, or to another address)
        // makes it pending until a leader approves it again. A revoked key stays revoked.
        auto known = c.exec(QStringLiteral("SELECT id, status FROM devices WHERE public_key = ?"),
                            {QString::fromLatin1(device.publicKey.toBase64())});
        if (!known)
            return known.status();
        const QString now = nowText();
        out.comparison = device.comparison;
        if (!known->empty()) {
            if (known->front()[1].toString() == QLatin1StringView("revoked")) {
                *state = CodeState::KeyRevoked;
                return Status::success();
            }
            out.deviceId = known->front()[0].toString();
            if (Status r =
                    c.run(QStringLiteral("UPDATE devices SET name = ?, profile_name = ?, card = ?, unit = ?,"
                                         " role = ?, status = 'pending', changed_at = ? WHERE id = ?"),
                          {device.name, device.profileName, device.card, device.unit, device.role, now, out.deviceId});
                !r)
                return r;
            if (Status r = c.run(QStringLiteral("DELETE FROM sessions WHERE device_id = ?"), {out.deviceId}); !r)
                return r;
        } else {
            out.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (Status r =
                    c.run(QStringLiteral("INSERT INTO devices (id, public_key, name, profile_name, card, unit, status,"
                                         " comparison, enrolled_at, changed_at, role) VALUES (?, ?, ?, ?, ?, ?,"
                                         " 'pending', ?, ?, ?, ?)"),
                          {out.deviceId, QString::fromLatin1(device.publicKey.toBase64()), device.name,
                           device.profileName, device.card, device.unit, device.comparison, now, now, device.role});
                !r)
                return r;
        }
        if (Status r = c.run(QStringLiteral("UPDATE enrollment_codes SET used_by = ?, used_at = ? WHERE code = ?"),
                             {out.deviceId, now, code});
            !r)
            return r;
        return appendAudit(
            c, QStringLiteral("device:") + out.deviceId, QStringLiteral("device.enrolled"), out.deviceId,
            QStringLiteral("%1, %2 %3, code %4, comparison %5, role %6")
                .arg(device.name, device.profileName, device.card, code, device.comparison, device.role));
    });
    if (!s)
        return s;
    return out;
}

std::optional<Device> Store::device(const QString &id)
{
    auto rows = read(QLatin1StringView(kDeviceColumns) + QStringLiteral(" WHERE id = ?"), {id});
    if (!rows || rows->empty())
        return std::nullopt;
    return deviceFrom(rows->front());
}

std::optional<Device> Store::deviceByKey(const QByteArray &publicKey)
{
    auto rows = read(QLatin1StringView(kDeviceColumns) + QStringLiteral(" WHERE public_key = ?"),
                     {QString::fromLatin1(publicKey.toBase64())});
    if (!rows || rows->empty())
        return std::nullopt;
    return deviceFrom(rows->front());
}

std::vector<Device> Store::devices()
{
    std::vector<Device> out;
    auto rows = read(QLatin1StringView(kDeviceColumns) + QStringLiteral(" ORDER BY enrolled_at"));
    if (rows) {
        for (const SqlRow &r : rows.value())
            out.push_back(deviceFrom(r));
    }
    return out;
}

Status Store::setDeviceStatus(const QString &id, const QString &status, const QString &actor, const QString &role)
{
    return write([&](SqlConnection &c) -> Status {
        auto current = c.scalar(QStringLiteral("SELECT status FROM devices WHERE id = ?"), {id});
        if (!current)
            return current.status();
        if (!current.value())
            return Status::failure(QCoreApplication::translate("ta::server::Store", "No device %1.").arg(id));
        if (current.value()->toString() == QLatin1StringView("revoked"))
            return Status::failure(
                QCoreApplication::translate("ta::server::Store", "Device %1 is revoked; it cannot change again.")
                    .arg(id));
        if (Status r = c.run(QStringLiteral("UPDATE devices SET status = ?, changed_at = ? WHERE id = ?"),
                             {status, nowText(), id});
            !r)
            return r;
        if (!role.isEmpty()) {
            if (Status r = c.run(QStringLiteral("UPDATE devices SET role = ? WHERE id = ?"), {role, id}); !r)
                return r;
        }
        if (status == QLatin1StringView("revoked")) {
            // The tablet hears of it on its next feed; its sessions end now.
            if (Status r = c.run(QStringLiteral("DELETE FROM sessions WHERE device_id = ?"), {id}); !r)
                return r;
            if (Status r = feedItem(c, id, QStringLiteral("revoked"), QJsonObject{{QStringLiteral("device"), id}}); !r)
                return r;
        }
        auto granted = c.scalar(QStringLiteral("SELECT role FROM devices WHERE id = ?"), {id});
        return appendAudit(c, actor, QStringLiteral("device.") + status, id,
                           granted && granted.value() ? QStringLiteral("role %1").arg(granted.value()->toString())
                                                      : QString());
    });
}

Result<QString> Store::createChallenge(const QString &deviceId, int validSeconds)
{
    const QString nonce = randomToken(24);
    const QString expires = QDateTime::currentDateTimeUtc().addSecs(validSeconds).toString(Qt::ISODateWithMs);
    const Status s = write([&](SqlConnection &c) -> Status {
        (void)c.run(QStringLiteral("DELETE FROM challenges WHERE expires_at < ?"), {nowText()});
        return c.run(QStringLiteral("INSERT INTO challenges (nonce, device_id, expires_at) VALUES (?, ?, ?)"),
                     {nonce, deviceId, expires});
    });
    if (!s)
        return s;
    return nonce;
}

Result<bool> Store::takeChallenge(const QString &deviceId, const QString &nonce)
{
    bool valid = false;
    const Status s = write([&](SqlConnection &c) -> Status {
        auto rows =
            c.exec(QStringLiteral("DELETE FROM challenges WHERE nonce = ? AND device_id = ? RETURNING expires_at"),
                   {nonce, deviceId});
        if (!rows)
            return rows.status();
        valid = !rows->empty() && rows->front()[0].toString() >= nowText();
        return Status::success();
    });
    if (!s)
        return s;
    return valid;
}

Status Store::createSession(const QString &tokenHash, const QString &deviceId, const QDateTime &expires)
{
    return write([&](SqlConnection &c) -> Status {
        (void)c.run(QStringLiteral("DELETE FROM sessions WHERE expires_at < ?"), {nowText()});
        if (Status r =
                c.run(QStringLiteral("INSERT INTO sessions (token_hash, device_id, expires_at) VALUES (?, ?, ?)"),
                      {tokenHash, deviceId, expires.toUTC().toString(Qt::ISODateWithMs)});
            !r)
            return r;
        return appendAudit(c, QStringLiteral("device:") + deviceId, QStringLiteral("session.opened"), deviceId,
                           QString());
    });
}

std::optional<QString> Store::sessionDevice(const QString &tokenHash)
{
    auto rows = read(QStringLiteral("SELECT device_id FROM sessions WHERE token_hash = ? AND expires_at > ?"),
                     {tokenHash, nowText()});
    if (!rows || rows->empty())
        return std::nullopt;
    return rows->front()[0].toString();
}

Result<PutOutcome> Store::putRecord(const RecordUpload &u)
{
    PutOutcome out;
    const Status s = write([&](SqlConnection &c) -> Status {
        out = PutOutcome{};
        auto existing =
            c.exec(QStringLiteral("SELECT fingerprint, received_at FROM records WHERE id = ? AND revision = ?"),
                   {u.id, u.revision});
        if (!existing)
            return existing.status();
        if (!existing->empty()) {
            if (existing->front()[0].toString() == u.fingerprint) {
                out.kind = PutOutcome::Kind::Replayed;
                out.receivedAt = existing->front()[1].toString();
                return Status::success();
            }
            // The same revision with other content: kept aside for a leader, never stored over the first.
            out.kind = PutOutcome::Kind::Conflict;
            out.detail = existing->front()[0].toString();
            if (Status r =
                    c.run(QStringLiteral("INSERT INTO conflicts (id, revision, fingerprint, device_id, received_at)"
                                         " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                          {u.id, u.revision, u.fingerprint, u.deviceId, nowText()});
                !r)
                return r;
            return appendAudit(c, QStringLiteral("device:") + u.deviceId, QStringLiteral("record.conflict"),
                               QStringLiteral("%1/%2").arg(u.id).arg(u.revision),
                               QStringLiteral("stored %1, sent %2").arg(out.detail, u.fingerprint));
        }
        if (!u.replaces.isEmpty()) {
            auto base = c.exec(QStringLiteral("SELECT replaced_by FROM records WHERE id = ? ORDER BY revision DESC"),
                               {u.replaces});
            if (!base)
                return base.status();
            if (base->empty()) {
                out.kind = PutOutcome::Kind::MissingBase;
                out.detail = u.replaces;
                return Status::success();
            }
            if (!base->front()[0].isNull() && base->front()[0].toString() != u.id) {
                out.kind = PutOutcome::Kind::StaleBase;
                out.detail = base->front()[0].toString();
                return Status::success();
            }
        }
        out.kind = PutOutcome::Kind::Stored;
        out.receivedAt = nowText();
        // A record for a customer nobody assigned to this device is stored and flagged, never refused.
        auto assigned = c.scalar(QStringLiteral("SELECT count(*) FROM assignments WHERE device_id = ? AND"
                                                " customer_code = ?"),
                                 {u.deviceId, u.customerCode});
        if (!assigned)
            return assigned.status();
        auto seq = next(c, "records");
        if (!seq)
            return seq.status();
        if (Status r =
                c.run(QStringLiteral("INSERT INTO records (id, revision, fingerprint, device_id, customer_code,"
                                     " number, replaces, canonical, signature, received_at, status, assigned, seq)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {u.id, u.revision, u.fingerprint, u.deviceId, u.customerCode, u.number,
                       u.replaces.isEmpty() ? SqlValue::null() : SqlValue(u.replaces), QString::fromUtf8(u.canonical),
                       QString::fromLatin1(u.signature.toBase64()), out.receivedAt,
                       u.replaces.isEmpty() ? QStringLiteral("received") : QStringLiteral("resubmitted"),
                       assigned.value() && assigned.value()->toInt() > 0 ? 1 : 0, seq.value()});
            !r)
            return r;
        for (const QString &sha : u.evidence) {
            if (Status r =
                    c.run(QStringLiteral("INSERT INTO record_evidence (record_id, revision, sha256) VALUES (?, ?, ?)"
                                         " ON CONFLICT DO NOTHING"),
                          {u.id, u.revision, sha});
                !r)
                return r;
        }
        if (!u.replaces.isEmpty()) {
            // The replaced revision changes too: the leaders' queue hears that it was replaced.
            auto replacedSeq = next(c, "records");
            if (!replacedSeq)
                return replacedSeq.status();
            if (Status r = c.run(QStringLiteral("UPDATE records SET replaced_by = ?, seq = ? WHERE id = ?"),
                                 {u.id, replacedSeq.value(), u.replaces});
                !r)
                return r;
        }
        return appendAudit(c, QStringLiteral("device:") + u.deviceId, QStringLiteral("record.received"),
                           QStringLiteral("%1/%2").arg(u.id).arg(u.revision), u.fingerprint);
    });
    if (!s)
        return s;
    return out;
}

std::optional<StoredRecord> Store::record(const QString &id, int revision)
{
    auto rows =
        read(QLatin1StringView(kRecordColumns) + QStringLiteral(" WHERE id = ? AND revision = ?"), {id, revision});
    if (!rows || rows->empty())
        return std::nullopt;
    return recordFrom(rows->front());
}

std::vector<StoredRecord> Store::records(int limit)
{
    std::vector<StoredRecord> out;
    auto rows = read(QLatin1StringView(kRecordColumns) + QStringLiteral(" ORDER BY received_at DESC LIMIT ?"), {limit});
    if (rows) {
        for (const SqlRow &r : rows.value())
            out.push_back(recordFrom(r));
    }
    return out;
}

std::optional<std::pair<QByteArray, QByteArray>> Store::recordBytes(const QString &id, int revision)
{
    auto rows =
        read(QStringLiteral("SELECT canonical, signature FROM records WHERE id = ? AND revision = ?"), {id, revision});
    if (!rows || rows->empty())
        return std::nullopt;
    return std::pair{rows->front()[0].text.value_or(QByteArray()),
                     QByteArray::fromBase64(rows->front()[1].text.value_or(QByteArray()))};
}

Result<DecideOutcome> Store::decide(const DecisionUpload &d, QString *replacedBy)
{
    DecideOutcome outcome = DecideOutcome::Decided;
    const Status s = write([&](SqlConnection &c) -> Status {
        outcome = DecideOutcome::Decided;
        auto rows = c.exec(QStringLiteral("SELECT device_id, fingerprint, replaced_by, status FROM records WHERE id = ?"
                                          " AND revision = ?"),
                           {d.recordId, d.revision});
        if (!rows)
            return rows.status();
        if (rows->empty()) {
            outcome = DecideOutcome::Missing;
            return Status::success();
        }
        const SqlRow &row = rows->front();
        if (!d.fingerprint.isEmpty() && row[1].toString() != d.fingerprint) {
            outcome = DecideOutcome::WrongFingerprint;
            return Status::success();
        }
        if (!row[2].isNull()) {
            outcome = DecideOutcome::Stale;
            if (replacedBy)
                *replacedBy = row[2].toString();
            return Status::success();
        }
        auto last = c.exec(QStringLiteral("SELECT decision, comment FROM reviews WHERE record_id = ? AND revision = ?"
                                          " ORDER BY at DESC LIMIT 1"),
                           {d.recordId, d.revision});
        if (!last)
            return last.status();
        if (!last->empty()) {
            // A decision stands: the same one again is a replay (a lost answer), another one is refused.
            outcome = last->front()[0].toString() == d.decision && last->front()[1].toString() == d.comment
                          ? DecideOutcome::Replayed
                          : DecideOutcome::AlreadyDecided;
            return Status::success();
        }
        const QString now = nowText();
        const QString status =
            d.decision == QLatin1StringView("approve") ? QStringLiteral("approved") : QStringLiteral("returned");
        auto seq = next(c, "records");
        if (!seq)
            return seq.status();
        if (Status r = c.run(
                QStringLiteral("INSERT INTO reviews (record_id, revision, decision, comment, actor, at,"
                               " device_id, body, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {d.recordId, d.revision, d.decision, d.comment, d.actor, now,
                 d.deviceId.isEmpty() ? SqlValue::null() : SqlValue(d.deviceId),
                 d.body.isEmpty() ? SqlValue::null() : SqlValue(QString::fromUtf8(d.body)),
                 d.signature.isEmpty() ? SqlValue::null() : SqlValue(QString::fromLatin1(d.signature.toBase64()))});
            !r)
            return r;
        if (Status r = c.run(QStringLiteral("UPDATE records SET status = ?, seq = ? WHERE id = ? AND revision = ?"),
                             {status, seq.value(), d.recordId, d.revision});
            !r)
            return r;
        // The decision travels to the tablet that sent the record.
        if (Status r = feedItem(c, row[0].toString(), QStringLiteral("review"),
                                QJsonObject{{QStringLiteral("record"), d.recordId},
                                            {QStringLiteral("revision"), d.revision},
                                            {QStringLiteral("decision"), d.decision},
                                            {QStringLiteral("comment"), d.comment},
                                            {QStringLiteral("by"), d.actor},
                                            {QStringLiteral("at"), now}});
            !r)
            return r;
        return appendAudit(c, d.deviceId.isEmpty() ? d.actor : QStringLiteral("device:") + d.deviceId,
                           QStringLiteral("record.") + status, QStringLiteral("%1/%2").arg(d.recordId).arg(d.revision),
                           d.comment);
    });
    if (!s)
        return s;
    return outcome;
}

Status Store::review(const QString &id, int revision, const QString &decision, const QString &comment,
                     const QString &actor)
{
    DecisionUpload d;
    d.recordId = id;
    d.revision = revision;
    d.decision = decision;
    d.comment = comment;
    d.actor = actor;
    QString newer;
    auto outcome = decide(d, &newer);
    if (!outcome)
        return outcome.status();
    switch (outcome.value()) {
    case DecideOutcome::Decided:
    case DecideOutcome::Replayed:
        return Status::success();
    case DecideOutcome::Missing:
        return Status::failure(
            QCoreApplication::translate("ta::server::Store", "No record %1 revision %2.").arg(id).arg(revision));
    case DecideOutcome::Stale:
        return Status::failure(QCoreApplication::translate("ta::server::Store",
                                                           "Record %1 was replaced by the correction %2; decide on "
                                                           "that one.")
                                   .arg(id, newer));
    case DecideOutcome::AlreadyDecided:
    case DecideOutcome::WrongFingerprint:
        break;
    }
    return Status::failure(
        QCoreApplication::translate("ta::server::Store", "Record %1 revision %2 was already decided otherwise.")
            .arg(id)
            .arg(revision));
}

Result<std::vector<QueuedRecord>> Store::reviewQueue(qint64 after, int limit)
{
    auto rows = read(QStringLiteral("SELECT r.id, r.revision, r.fingerprint, r.device_id, r.customer_code, r.number,"
                                    " r.replaces, r.received_at, r.status, r.replaced_by, r.assigned, r.seq,"
                                    " r.canonical, r.signature, d.profile_name, d.card,"
                                    " (SELECT v.decision FROM reviews v WHERE v.record_id = r.id AND v.revision ="
                                    " r.revision ORDER BY v.at DESC LIMIT 1),"
                                    " (SELECT v.comment FROM reviews v WHERE v.record_id = r.id AND v.revision ="
                                    " r.revision ORDER BY v.at DESC LIMIT 1),"
                                    " (SELECT v.actor FROM reviews v WHERE v.record_id = r.id AND v.revision ="
                                    " r.revision ORDER BY v.at DESC LIMIT 1),"
                                    " (SELECT v.at FROM reviews v WHERE v.record_id = r.id AND v.revision ="
                                    " r.revision ORDER BY v.at DESC LIMIT 1)"
                                    " FROM records r LEFT JOIN devices d ON d.id = r.device_id WHERE r.seq > ?"
                                    " ORDER BY r.seq LIMIT ?"),
                     {after, limit});
    if (!rows)
        return rows.status();
    std::vector<QueuedRecord> out;
    out.reserve(rows->size());
    for (const SqlRow &r : rows.value()) {
        QueuedRecord q;
        q.record = recordFrom(r);
        q.canonical = r[12].text.value_or(QByteArray());
        q.signature = QByteArray::fromBase64(r[13].text.value_or(QByteArray()));
        q.inspector = r[15].toString().isEmpty() ? r[14].toString()
                                                 : QStringLiteral("%1 (%2)").arg(r[14].toString(), r[15].toString());
        q.decision = r[16].toString();
        q.comment = r[17].toString();
        q.decidedBy = r[18].toString();
        q.decidedAt = r[19].toString();
        out.push_back(std::move(q));
    }
    return out;
}

Status Store::assign(const QString &deviceId, const QStringList &customerCodes, const QString &reason,
                     const QString &actor, const QString &campaign, const QString &due)
{
    return write([&](SqlConnection &c) -> Status {
        auto status = c.scalar(QStringLiteral("SELECT status FROM devices WHERE id = ?"), {deviceId});
        if (!status)
            return status.status();
        if (!status.value() || status.value()->toString() != QLatin1StringView("approved"))
            return Status::failure(
                QCoreApplication::translate("ta::server::Store", "Device %1 is not an approved device.").arg(deviceId));
        const QString now = nowText();
        // Customers assigned to another device move: each of those devices hears which ones left it. The
        // customers go to the database a thousand at a time, as one JSON list each.
        const QString list = c.kind() == SqlConnection::Kind::Sqlite
                                 ? QStringLiteral("json_each(?) AS t")
                                 : QStringLiteral("json_array_elements_text(?::json) AS t(value)");
        auto seq = next(c, "assignments");
        if (!seq)
            return seq.status();
        QHash<QString, QStringList> moved;
        QStringList unique;
        unique.reserve(customerCodes.size());
        QSet<QString> seen;
        for (const QString &code : customerCodes) {
            if (!code.isEmpty() && !seen.contains(code)) {
                seen.insert(code);
                unique << code;
            }
        }
        constexpr int chunk = 1000;
        for (qsizetype at = 0; at < unique.size(); at += chunk) {
            const QString codes = QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(unique.mid(at, chunk))).toJson(QJsonDocument::Compact));
            auto previous =
                c.exec(QStringLiteral("SELECT device_id, customer_code FROM assignments WHERE device_id <> ?"
                                      " AND customer_code IN (SELECT t.value FROM %1)")
                           .arg(list),
                       {deviceId, codes});
            if (!previous)
                return previous.status();
            for (const SqlRow &row : previous.value())
                moved[row[0].toString()] << row[1].toString();
            if (!previous->empty()) {
                if (Status r = c.run(QStringLiteral("DELETE FROM assignments WHERE device_id <> ? AND customer_code IN"
                                                    " (SELECT t.value FROM %1)")
                                         .arg(list),
                                     {deviceId, codes});
                    !r)
                    return r;
            }
            if (Status r = c.run(QStringLiteral("INSERT INTO assignments (device_id, customer_code, reason, actor,"
                                                " created_at, campaign, due, seq) SELECT ?, t.value, ?, ?, ?, ?, ?, ?"
                                                " FROM %1 WHERE true ON CONFLICT (device_id, customer_code) DO UPDATE"
                                                " SET reason = excluded.reason, actor = excluded.actor, created_at ="
                                                " excluded.created_at, campaign = excluded.campaign, due ="
                                                " excluded.due, seq = excluded.seq")
                                     .arg(list),
                                 {deviceId, reason, actor, now, campaign, due, seq.value(), codes});
                !r)
                return r;
        }
        // The visits travel to the tablet, a thousand customers an item.
        for (qsizetype at = 0; at < unique.size(); at += chunk) {
            const QStringList part = unique.mid(at, chunk);
            if (Status r = feedItem(c, deviceId, QStringLiteral("assignment"),
                                    QJsonObject{{QStringLiteral("customers"), QJsonArray::fromStringList(part)},
                                                {QStringLiteral("reason"), reason},
                                                {QStringLiteral("campaign"), campaign},
                                                {QStringLiteral("due"), due},
                                                {QStringLiteral("by"), actor},
                                                {QStringLiteral("at"), now}});
                !r)
                return r;
        }
        for (auto it = moved.cbegin(); it != moved.cend(); ++it) {
            for (qsizetype at = 0; at < it.value().size(); at += chunk) {
                if (Status r = feedItem(c, it.key(), QStringLiteral("unassignment"),
                                        QJsonObject{{QStringLiteral("customers"),
                                                     QJsonArray::fromStringList(it.value().mid(at, chunk))},
                                                    {QStringLiteral("by"), actor},
                                                    {QStringLiteral("at"), now}});
                    !r)
                    return r;
            }
        }
        return appendAudit(
            c, actor, QStringLiteral("assignment.created"), deviceId,
            QStringLiteral("%1 customers, campaign %2, due %3, %4 moved from other devices: %5")
                .arg(unique.size())
                .arg(campaign.isEmpty() ? QStringLiteral("-") : campaign, due.isEmpty() ? QStringLiteral("-") : due)
                .arg(std::accumulate(moved.cbegin(), moved.cend(), qsizetype(0),
                                     [](qsizetype n, const QStringList &l) { return n + l.size(); }))
                .arg(reason));
    });
}

std::vector<Store::Assignment> Store::assignments(const QString &deviceId)
{
    std::vector<Assignment> out;
    auto rows = read(QStringLiteral("SELECT device_id, customer_code, reason, actor, created_at, campaign, due FROM"
                                    " assignments WHERE ? = '' OR device_id = ? ORDER BY created_at, customer_code"),
                     {deviceId, deviceId});
    if (rows) {
        for (const SqlRow &r : rows.value())
            out.push_back({r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString(), r[4].toString(),
                           r[5].toString(), r[6].toString()});
    }
    return out;
}

Result<std::vector<Store::AssignmentChange>> Store::assignmentChanges(qint64 after, int limit)
{
    auto rows = read(QStringLiteral("SELECT a.seq, a.customer_code, a.device_id, d.profile_name, d.card, a.campaign,"
                                    " a.due, a.created_at FROM assignments a LEFT JOIN devices d ON d.id = a.device_id"
                                    " WHERE a.seq > ? ORDER BY a.seq, a.customer_code LIMIT ?"),
                     {after, limit});
    if (!rows)
        return rows.status();
    std::vector<AssignmentChange> out;
    out.reserve(rows->size());
    for (const SqlRow &r : rows.value()) {
        const QString card = r[4].toString();
        out.push_back({r[0].toInt(), r[1].toString(), r[2].toString(),
                       card.isEmpty() ? r[3].toString() : QStringLiteral("%1 (%2)").arg(r[3].toString(), card),
                       r[5].toString(), r[6].toString(), r[7].toString()});
    }
    return out;
}

Result<std::vector<Store::ApprovedRevision>> Store::approvedRevisions(const QString &fromUtc, const QString &toUtc,
                                                                      const QString &campaign, bool again)
{
    auto rows = read(QStringLiteral("SELECT r.id, r.revision, r.canonical, v.actor, v.at FROM records r JOIN reviews v"
                                    " ON v.record_id = r.id AND v.revision = r.revision AND v.decision = 'approve'"
                                    " WHERE r.status = 'approved' AND r.replaced_by IS NULL AND v.at >= ? AND v.at < ?"
                                    " AND (? = '' OR EXISTS (SELECT 1 FROM assignments a WHERE a.customer_code ="
                                    " r.customer_code AND a.campaign = ?))"
                                    " AND (? = '1' OR NOT EXISTS (SELECT 1 FROM cmis_exports e WHERE e.record_id ="
                                    " r.id AND e.revision = r.revision))"
                                    " ORDER BY r.id, r.revision"),
                     {fromUtc, toUtc, campaign, campaign, again ? QStringLiteral("1") : QStringLiteral("0")});
    if (!rows)
        return rows.status();
    std::vector<ApprovedRevision> out;
    for (const SqlRow &r : rows.value())
        out.push_back(
            {r[0].toString(), int(r[1].toInt()), r[2].text.value_or(QByteArray()), r[3].toString(), r[4].toString()});
    return out;
}

Status Store::markExported(const std::vector<std::pair<QString, int>> &revisions, const QString &file,
                           const QString &actor)
{
    return write([&](SqlConnection &c) -> Status {
        const QString now = nowText();
        for (const auto &[id, revision] : revisions) {
            if (Status r = c.run(QStringLiteral("INSERT INTO cmis_exports (record_id, revision, exported_at, file)"
                                                " VALUES (?, ?, ?, ?) ON CONFLICT (record_id, revision) DO UPDATE SET"
                                                " exported_at = excluded.exported_at, file = excluded.file"),
                                 {id, revision, now, file});
                !r)
                return r;
        }
        return appendAudit(c, actor, QStringLiteral("cmis.exported"), file,
                           QStringLiteral("%1 revisions").arg(revisions.size()));
    });
}

std::vector<Store::Conflict> Store::conflicts()
{
    std::vector<Conflict> out;
    auto rows = read(QStringLiteral("SELECT id, revision, fingerprint, device_id, received_at FROM conflicts"
                                    " ORDER BY received_at"));
    if (rows) {
        for (const SqlRow &r : rows.value())
            out.push_back({r[0].toString(), int(r[1].toInt()), r[2].toString(), r[3].toString(), r[4].toString()});
    }
    return out;
}

Result<std::vector<FeedItem>> Store::feed(const QString &deviceId, qint64 after, int limit)
{
    auto rows = read(QStringLiteral("SELECT seq, kind, body, created_at FROM feed WHERE device_id = ? AND seq > ?"
                                    " ORDER BY seq LIMIT ?"),
                     {deviceId, after, limit});
    if (!rows)
        return rows.status();
    std::vector<FeedItem> out;
    for (const SqlRow &r : rows.value())
        out.push_back({r[0].toInt(), r[1].toString(),
                       QJsonDocument::fromJson(r[2].text.value_or(QByteArray())).object(), r[3].toString()});
    return out;
}

std::vector<AuditEntry> Store::audit(int limit)
{
    std::vector<AuditEntry> out;
    auto rows = read(
        QStringLiteral("SELECT seq, at, actor, action, subject, detail FROM audit ORDER BY seq DESC LIMIT ?"), {limit});
    if (rows) {
        for (const SqlRow &r : rows.value())
            out.push_back(
                {r[0].toInt(), r[1].toString(), r[2].toString(), r[3].toString(), r[4].toString(), r[5].toString()});
    }
    return out;
}

} // namespace ta::server
