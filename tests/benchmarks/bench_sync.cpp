// Sync throughput: N simulated tablets, each the real SyncEngine on a thread of its own with its own profile
// data file, send their outboxes at once to a real server on 127.0.0.1 (TLS, the store committing in groups).
// Printed: signed records received per second and the p50/p99 time of one record (from its first byte sent
// to its verified receipt), without photos and with 3 × 200 KB photos, on SQLite and on PostgreSQL (a
// throwaway cluster started with tests/sync/postgres-cluster.sh), and beside them the rate of single-row
// durable SQLite commits on the same disk.
//
//   build/tests/benchmarks/bench_sync [TABLETS [RECORDS_PER_TABLET]]      (default 16 × 150)
//
// The records are real signed records (one signed through the answers file per tablet, then copies with
// new ids, signed again); only their PDFs are not made, as they are never sent.

#include "models/inspection/evidencestore.h"
#include "models/inspection/inspectionstore.h"
#include "models/sync/outbox.h"
#include "synckit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QThread>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <mutex>

using namespace ta;
using namespace ta::sync;

namespace {

struct Run
{
    double recordsPerSecond = 0;
    double p50 = 0;
    double p99 = 0;
    int received = 0;
};

/// Fills @p tablet's outbox with @p count signed records, each with @p photos photos of @p photoBytes.
void fill(test::TestTablet &tablet, int count, int photos, int photoBytes)
{
    const QString first = tablet.signRecord(0);
    auto templ = InspectionStore(tablet.data()).record(first);
    if (!templ)
        qFatal("template: %s", qPrintable(templ.error()));
    EvidenceStore evidence(tablet.evidenceFolder());
    QSqlDatabase db = tablet.data().connection();
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO inspections (id, customer_code, revision, status, draft, record, fingerprint, signature,"
        " public_key, number, created_at, updated_at, finalised_at) VALUES (?, ?, 1, 'final', '{}', ?, ?, ?, ?, ?,"
        " ?, ?, ?)"));
    static int seed = 0;
    for (int i = 0; i < count; ++i) {
        QJsonObject record = templ->record;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.insert(QStringLiteral("id"), id);
        record.insert(QStringLiteral("number"), QStringLiteral("KTV-0719-B-%1").arg(i));
        QJsonArray files;
        if (photos == 0) {
            record.insert(QStringLiteral("evidence"), files);
        } else {
            for (int p = 0; p < photos; ++p) {
                const int side = int(std::sqrt(photoBytes / 3.2));
                auto item = evidence.add(test::pngBytes(++seed, side, side), QStringLiteral("photo"));
                if (!item)
                    qFatal("photo: %s", qPrintable(item.error()));
                files.append(QJsonObject{{QStringLiteral("file"), item->fileName},
                                         {QStringLiteral("kind"), item->kind},
                                         {QStringLiteral("sha256"), item->sha256},
                                         {QStringLiteral("size"), double(item->size)}});
            }
            record.insert(QStringLiteral("evidence"), files);
        }
        auto signedRecord = SignedRecord::sign(record, tablet.key());
        if (!signedRecord)
            qFatal("sign: %s", qPrintable(signedRecord.error()));
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (const QVariant &v :
             {QVariant(id), QVariant(QStringLiteral("PB-%1").arg(i)), QVariant(signedRecord->canonical),
              QVariant(signedRecord->fingerprint), QVariant(signedRecord->signature), QVariant(signedRecord->publicKey),
              QVariant(record.value(QStringLiteral("number")).toString()), QVariant(now), QVariant(now), QVariant(now)})
            insert.addBindValue(v);
        if (!insert.exec())
            qFatal("insert: %s", qPrintable(insert.lastError().text()));
        if (!Outbox::enqueue(db, id, QDateTime::currentDateTimeUtc()))
            qFatal("enqueue");
    }
    // The template itself is not measured.
    QSqlQuery drop(db);
    drop.prepare(QStringLiteral("DELETE FROM outbox WHERE record_id = ?"));
    drop.addBindValue(first);
    drop.exec();
    db.commit();
}

/// A tablet reduced to the protocol: one kept-alive HTTPS connection (Beast), a session by challenge, then
/// for each record its missing files and the record, each receipt checked with the server's key. It sends
/// the same bytes the SyncEngine sends, without Qt's networking in between, so the figures are the server's.
class ProtocolClient
{
public:
    ProtocolClient(quint16 port, const QByteArray &caPem)
        : m_tls(boost::asio::ssl::context::tls_client), m_stream(m_io, m_tls)
    {
        namespace net = boost::asio;
        m_tls.add_certificate_authority(net::buffer(caPem.constData(), std::size_t(caPem.size())));
        m_tls.set_verify_mode(net::ssl::verify_peer);
        m_stream.set_verify_callback(net::ssl::host_name_verification("127.0.0.1"));
        boost::beast::get_lowest_layer(m_stream).connect(
            net::ip::tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
        m_stream.handshake(net::ssl::stream_base::client);
    }

    struct Answer
    {
        int status = 0;
        QJsonObject json;
    };

    Answer call(const char *method, const std::string &target, const QByteArray &body,
                const std::vector<std::pair<std::string, std::string>> &headers = {})
    {
        namespace http = boost::beast::http;
        http::request<http::string_body> request{http::string_to_verb(method), target, 11};
        request.set(http::field::host, "127.0.0.1");
        request.set(http::field::content_type, "application/json");
        if (!m_token.empty())
            request.set(http::field::authorization, "Bearer " + m_token);
        for (const auto &[name, value] : headers)
            request.set(name, value);
        request.body().assign(body.constData(), std::size_t(body.size()));
        request.prepare_payload();
        http::write(m_stream, request);
        http::response<http::string_body> response;
        http::read(m_stream, m_buffer, response);
        return {int(response.result_int()),
                QJsonDocument::fromJson(QByteArray::fromStdString(response.body())).object()};
    }

    void openSession(const QString &device, const DeviceKey &key)
    {
        const Answer c = call("POST", "/v1/session/challenge",
                              QJsonDocument(QJsonObject{{QStringLiteral("device"), device}}).toJson());
        const QString nonce = c.json.value(QStringLiteral("nonce")).toString();
        const Answer s =
            call("POST", "/v1/session",
                 QJsonDocument(QJsonObject{{QStringLiteral("device"), device},
                                           {QStringLiteral("nonce"), nonce},
                                           {QStringLiteral("signature"),
                                            QString::fromLatin1(key.sign(sessionProof(nonce)).toBase64())}})
                     .toJson());
        m_token = s.json.value(QStringLiteral("token")).toString().toStdString();
    }

private:
    boost::asio::io_context m_io;
    boost::asio::ssl::context m_tls;
    boost::beast::ssl_stream<boost::beast::tcp_stream> m_stream;
    boost::beast::flat_buffer m_buffer;
    std::string m_token;
};

/// What one protocol client sends: each record's bytes, signature and files, read before the clock starts.
struct Upload
{
    QString id;
    QByteArray canonical;
    QByteArray signature;
    QString fingerprint;
    std::vector<std::pair<QString, QByteArray>> files;
};

Run measure(const QString &database, int tablets, int perTablet, int photos, bool engines)
{
    server::Limits limits;
    limits.requestsPerSecond = 1e6; // the benchmark measures the server, not its rate limit
    limits.burst = 1e6;
    test::TestServer server(limits, database);
    server.http().setLogRequests(false);
    std::vector<std::unique_ptr<test::TestTablet>> devices;
    for (int t = 0; t < tablets; ++t) {
        devices.push_back(std::make_unique<test::TestTablet>(QStringLiteral("tablet-%1").arg(t)));
        auto &tablet = *devices.back();
        if (tablet.engine()->enroll(server.link()).outcome != SyncOutcome::Done)
            qFatal("enroll");
        if (!server.store().setDeviceStatus(tablet.engine()->enrollment()->enrollmentId, QStringLiteral("approved"),
                                            QStringLiteral("bench")))
            qFatal("approve");
        fill(tablet, perTablet, photos, 200 * 1024);
    }

    std::mutex mutex;
    std::vector<double> latencies;
    int received = 0;
    std::vector<QThread *> threads;
    QElapsedTimer clock;
    QFile caFile(server.identity().caPath());
    caFile.open(QIODevice::ReadOnly);
    const QByteArray ca = caFile.readAll();
    const QByteArray receiptKey = server.identity().receiptKey().publicKey();
    for (int t = 0; t < tablets && !engines; ++t) {
        test::TestTablet *tablet = devices[std::size_t(t)].get();
        std::vector<Upload> uploads;
        const EvidenceStore evidence(tablet->evidenceFolder());
        for (const OutboxEntry &e : Outbox(tablet->data().connection()).entries()) {
            auto r = InspectionStore(tablet->data()).record(e.recordId);
            Upload u{e.recordId, r->canonical, r->signature, r->fingerprint, {}};
            for (const QJsonValue &v : r->record.value(QStringLiteral("evidence")).toArray()) {
                QFile f(evidence.pathOf(v.toObject().value(QStringLiteral("file")).toString()));
                f.open(QIODevice::ReadOnly);
                u.files.emplace_back(v.toObject().value(QStringLiteral("sha256")).toString(), f.readAll());
            }
            uploads.push_back(std::move(u));
        }
        const QString device = tablet->engine()->enrollment()->enrollmentId;
        threads.push_back(QThread::create([tablet, device, uploads = std::move(uploads), port = server.port(), ca,
                                           receiptKey, &mutex, &latencies, &received] {
            ProtocolClient client(port, ca);
            client.openSession(device, tablet->key());
            std::vector<double> mine;
            int ok = 0;
            for (const Upload &u : uploads) {
                QElapsedTimer one;
                one.start();
                if (!u.files.empty()) {
                    QJsonArray hashes;
                    for (const auto &f : u.files)
                        hashes.append(f.first);
                    const auto missing = client.call(
                        "POST", "/v1/blobs:missing",
                        QJsonDocument(QJsonObject{{QStringLiteral("sha256"), hashes}}).toJson(QJsonDocument::Compact));
                    const QJsonArray lacking = missing.json.value(QStringLiteral("missing")).toArray();
                    for (const auto &f : u.files) {
                        if (lacking.contains(f.first))
                            client.call("PUT", "/v1/blobs/" + f.first.toStdString(), f.second);
                    }
                }
                const auto answer =
                    client.call("PUT", QStringLiteral("/v1/records/%1/revisions/1").arg(u.id).toStdString(),
                                u.canonical, {{"TA-Signature", u.signature.toBase64().toStdString()}});
                auto receipt = SignedReceipt::fromJson(answer.json);
                if ((answer.status == 201 || answer.status == 200) && receipt && receipt->verify(receiptKey) &&
                    receipt->receipt.fingerprint == u.fingerprint)
                    ++ok;
                mine.push_back(double(one.nsecsElapsed()) / 1e6);
            }
            std::lock_guard lock(mutex);
            latencies.insert(latencies.end(), mine.begin(), mine.end());
            received += ok;
        }));
    }
    for (int t = 0; t < tablets && engines; ++t) {
        test::TestTablet *tablet = devices[std::size_t(t)].get();
        threads.push_back(QThread::create([tablet, &mutex, &latencies, &received] {
            auto engine = tablet->engine();
            QHash<QString, qint64> started;
            QElapsedTimer local;
            local.start();
            QObject::connect(
                engine.get(), &SyncEngine::progress, engine.get(),
                [&](const QString &id, qint64 sent, qint64) {
                    if (sent == 0)
                        started.insert(id, local.nsecsElapsed());
                },
                Qt::DirectConnection);
            std::vector<double> mine;
            QObject::connect(
                engine.get(), &SyncEngine::recordChanged, engine.get(),
                [&](const QString &id) {
                    if (started.contains(id))
                        mine.push_back(double(local.nsecsElapsed() - started.take(id)) / 1e6);
                },
                Qt::DirectConnection);
            const SyncReport r = engine->syncOnce(true);
            std::lock_guard lock(mutex);
            latencies.insert(latencies.end(), mine.begin(), mine.end());
            received += r.received;
        }));
    }
    clock.start();
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    std::sort(latencies.begin(), latencies.end());
    Run run;
    run.received = received;
    run.recordsPerSecond = received / seconds;
    if (!latencies.empty()) {
        run.p50 = latencies[latencies.size() / 2];
        run.p99 = latencies[std::min(latencies.size() - 1, latencies.size() * 99 / 100)];
    }
    if (int(server.store().records(1000000).size()) != tablets * perTablet)
        qFatal("the server holds %d records, %d were sent", int(server.store().records(1000000).size()),
               tablets * perTablet);
    return run;
}

/// Single-row transactions, each durable (WAL, synchronous FULL), in a file of the same temporary folder.
double sqliteCommitsPerSecond(int rows)
{
    QTemporaryDir dir;
    sqlite3 *db = nullptr;
    sqlite3_open(dir.filePath(QStringLiteral("commits.sqlite")).toUtf8().constData(), &db);
    sqlite3_exec(
        db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)",
        nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t (v) VALUES ('a signed record arrived')", -1, &insert, nullptr);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < rows; ++i) {
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_step(insert);
        sqlite3_reset(insert);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return rows / seconds;
}

void print(const char *store, const char *load, const Run &r)
{
    std::printf("%-10s %-34s %6d records %7.0f records/s  p50 %6.1f ms  p99 %6.1f ms\n", store, load, r.received,
                r.recordsPerSecond, r.p50, r.p99);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the template record is signed with its PDF
    QLoggingCategory::setFilterRules(QStringLiteral("tariffaudit.*.info=false"));
    const QStringList args = app.arguments();
    const int tablets = args.size() > 1 ? args.at(1).toInt() : 16;
    const int perTablet = args.size() > 2 ? args.at(2).toInt() : 150;
    std::printf("bench_sync: %d tablets × %d records, %d cores\n", tablets, perTablet, QThread::idealThreadCount());

    std::printf("%-10s %-34s %7.0f single-row durable commits/s (WAL, synchronous FULL)\n", "SQLite", "raw commits",
                sqliteCommitsPerSecond(2000));
    const auto all = [&](const char *store, const std::function<QString()> &database) {
        print(store, "no photos, protocol clients", measure(database(), tablets, perTablet, 0, false));
        print(store, "3 × 200 KB photos, protocol clients",
              measure(database(), tablets, std::max(1, perTablet / 10), 3, false));
        print(store, "no photos, SyncEngine tablets", measure(database(), tablets, perTablet, 0, true));
    };
    all("SQLite", [] { return QString(); });

    // PostgreSQL on a throwaway cluster, as the test suites make it.
    QTemporaryDir pg;
    const QString script = QStringLiteral(TA_SOURCE_DIR "/tests/sync/postgres-cluster.sh");
    QProcess start;
    start.start(script, {QStringLiteral("start"), pg.path()});
    start.waitForFinished(120000);
    if (start.exitCode() != 0) {
        std::printf("PostgreSQL: not measured, the throwaway cluster did not start: %s\n",
                    start.readAllStandardError().constData());
        return 0;
    }
    qputenv("TA_TEST_POSTGRES_URL_FILE", pg.filePath(QStringLiteral("url")).toUtf8());
    all("PostgreSQL", [] { return test::freshDatabase(); });
    QProcess::execute(script, {QStringLiteral("stop"), pg.path()});
    return 0;
}
