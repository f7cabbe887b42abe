// The branch server's request handling over any bytes received on a connection: the HTTP reading as the
// connections do it (the header's and each route's limits) and, for a request that reads whole, the handlers
// with the server's real store (SQLite) and evidence folder, as `tariff-audit-server` answers it.
//
// Two approved devices hold sessions whose tokens the seed requests carry, "Bearer fuzz-inspector" and
// "Bearer fuzz-leader", and their ids are "device-inspector" and "device-leader", so that the fuzzer reaches what
// only a signed-in device (or a leader's) can ask. A request whose TA-Signature header is "sign" is signed for
// real with the key of the device its token belongs to, so that what follows the signature's check is reached too.
// One record is stored from the start (KTV-0001-20251124-1, revision 1), so that a leader's decision on it is
// decided for real. The store starts again from that state every 500 inputs (assignments, records and blobs would
// otherwise pile up).

#include "fuzzsupport.h"
#include "models/inspection/devicekey.h"
#include "server/api.h"
#include "server/blobstore.h"
#include "server/httpserver.h"
#include "server/identity.h"
#include "server/sql.h"
#include "server/store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string_view>

namespace {

using namespace ta;

[[noreturn]] void fail(const char *what, const QString &why)
{
    std::fprintf(stderr, "fuzz_request: %s: %s\n", what, qPrintable(why));
    std::abort();
}

QString tokenHash(const char *token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

class Server
{
public:
    Server()
        : m_inspector(DeviceKey::fromSecret(DeviceKey::generateSecret()).value()),
          m_leader(DeviceKey::fromSecret(DeviceKey::generateSecret()).value())
    {
        const QString dir = fuzz::scratch() + QStringLiteral("/server");
        QDir(dir).removeRecursively();
        if (Status s = server::ServerIdentity::init(dir, {QStringLiteral("127.0.0.1")}, QString()); !s)
            fail("init", s.error());
        auto identity = server::ServerIdentity::load(dir);
        if (!identity)
            fail("identity", identity.error());
        m_identity.emplace(identity.value());
        m_database = m_identity->database();
        m_template = m_database + QStringLiteral(".template");
        prepareTemplate();
        restart();
    }

    server::HttpResponse answer(std::string_view bytes)
    {
        if (++m_inputs % 500 == 0)
            restart();
        server::RequestRead read = server::readRequest(*m_api, bytes, QStringLiteral("127.0.0.1"));
        if (read.refusal)
            return *read.refusal;
        if (!read.request)
            return {};
        server::HttpRequest &request = *read.request;
        if (request.headers.value("ta-signature") == "sign") {
            const QByteArray token = request.headers.value("authorization");
            const DeviceKey &key = token.endsWith("fuzz-leader") ? m_leader : m_inspector;
            request.headers.insert("ta-signature", key.sign(request.body).toBase64());
        }
        return m_api->handle(request);
    }

private:
    /// The store with the two devices approved and signed in, kept as the file every restart copies.
    void prepareTemplate()
    {
        {
            auto store = server::Store::open(m_database, 1);
            if (!store)
                fail("store", store.error());
            enroll(*store.value(), m_inspector, "inspector", "fuzz-inspector");
            enroll(*store.value(), m_leader, "leader", "fuzz-leader");
            server::BlobStore blobs(m_identity->blobsDir());
            server::Api api(*m_identity, *store.value(), blobs, {});
            const QByteArray record = R"({"evidence":[],"format":"tariff-audit-record/2","id":"KTV-0001-20251124-1",)"
                                      R"("proposal":{"households":"2.75"},"revision":1})";
            const server::HttpResponse stored = api.handle(
                {"PUT",
                 "/v1/records/KTV-0001-20251124-1/revisions/1",
                 {{"authorization", "Bearer fuzz-inspector"}, {"ta-signature", m_inspector.sign(record).toBase64()}},
                 record,
                 QStringLiteral("127.0.0.1")});
            if (stored.status != 201)
                fail("record", QString::fromUtf8(stored.body));
        }
        QFile::remove(m_template);
        if (!QFile::copy(m_database, m_template))
            fail("template", m_template);
    }

    void enroll(server::Store &store, const DeviceKey &key, const char *role, const char *token)
    {
        auto code = store.createCode(10, QStringLiteral("fuzz"), QString());
        if (!code)
            fail("code", code.error());
        server::Device device;
        device.publicKey = key.publicKey();
        device.name = QStringLiteral("fuzz tablet");
        device.profileName = QStringLiteral("Fuzz");
        device.card = QStringLiteral("KTV-0001");
        device.unit = QStringLiteral("PC Fuzz");
        device.role = QLatin1StringView(role);
        server::Store::CodeState state;
        auto enrolled = store.enroll(code.value(), device, &state);
        if (!enrolled || enrolled->deviceId.isEmpty())
            fail("enroll", enrolled ? QStringLiteral("code refused") : enrolled.error());
        const QString id = QStringLiteral("device-%1").arg(QLatin1StringView(role));
        auto c = server::openDatabase(m_database);
        if (!c)
            fail("database", c.error());
        if (Status s =
                c.value()->run(QStringLiteral("UPDATE devices SET id = ? WHERE id = ?"), {id, enrolled->deviceId});
            !s)
            fail("device id", s.error());
        if (Status s = store.setDeviceStatus(id, QStringLiteral("approved"), QStringLiteral("fuzz"), device.role); !s)
            fail("approve", s.error());
        if (Status s = store.createSession(tokenHash(token), id, QDateTime::currentDateTimeUtc().addYears(10)); !s)
            fail("session", s.error());
    }

    void restart()
    {
        m_api.reset();
        m_blobs.reset();
        m_store.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_database + QLatin1StringView(suffix));
        if (!QFile::copy(m_template, m_database))
            fail("restart", m_database);
        QDir(m_identity->blobsDir()).removeRecursively();
        QDir().mkpath(m_identity->blobsDir());
        auto store = server::Store::open(m_database, 1);
        if (!store)
            fail("store", store.error());
        m_store = std::move(store).value();
        m_blobs = std::make_unique<server::BlobStore>(m_identity->blobsDir());
        server::Limits limits;
        // Thousands of requests a second from two devices: the rate limit would answer most of them.
        limits.requestsPerSecond = 1e9;
        limits.burst = 1e9;
        m_api = std::make_unique<server::Api>(*m_identity, *m_store, *m_blobs, limits);
    }

    DeviceKey m_inspector;
    DeviceKey m_leader;
    std::optional<server::ServerIdentity> m_identity;
    QString m_database;
    QString m_template;
    std::unique_ptr<server::Store> m_store;
    std::unique_ptr<server::BlobStore> m_blobs;
    std::unique_ptr<server::Api> m_api;
    long m_inputs = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ta::fuzz::application();
    static Server server;
    (void)server.answer(std::string_view(reinterpret_cast<const char *>(data), size));
    return 0;
}
