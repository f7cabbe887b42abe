#pragma once

// What the sync suites share: a real branch server in the test process (its own data folder, a real TLS
// certificate, the real store on SQLite or on the throwaway PostgreSQL cluster, HTTP on 127.0.0.1 on a free
// port), and a tablet (a real profile data file, a device key, records signed through the answers file as
// the CLI does, with photos and signature images).

#include "models/core/clock.h"
#include "models/customers/customerrepository.h"
#include "models/inspection/answersfile.h"
#include "models/inspection/devicekey.h"
#include "models/inspection/inspectionsession.h"
#include "models/security/secretstore.h"
#include "models/storage/profiledata.h"
#include "models/sync/syncengine.h"
#include "models/tariff/tarifflibrary.h"
#include "server/api.h"
#include "server/blobstore.h"
#include "server/httpserver.h"
#include "server/identity.h"
#include "server/sql.h"
#include "server/store.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

#include <cmath>

#include <memory>
#include <thread>

namespace ta::test {

/// The database the suite runs on: TA_TEST_POSTGRES_URL_FILE names a file holding a libpq URL of a
/// throwaway cluster's maintenance database (the ctest fixture writes it); without it, SQLite.
inline QString postgresMaintenanceUrl()
{
    const QString file = qEnvironmentVariable("TA_TEST_POSTGRES_URL_FILE");
    if (file.isEmpty())
        return {};
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("TA_TEST_POSTGRES_URL_FILE=%s cannot be read: the PostgreSQL fixture did not start", qPrintable(file));
    return QString::fromUtf8(f.readAll()).trimmed();
}

/// A fresh database for one server: a new PostgreSQL database on the cluster, or empty (SQLite).
inline QString freshDatabase()
{
    const QString maintenance = postgresMaintenanceUrl();
    if (maintenance.isEmpty())
        return {};
    auto c = server::openPostgres(maintenance);
    if (!c)
        qFatal("PostgreSQL: %s", qPrintable(c.error()));
    const QString name = QStringLiteral("ta_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    if (Status s = c.value()->execScript(QStringLiteral("CREATE DATABASE %1").arg(name)); !s)
        qFatal("PostgreSQL: %s", qPrintable(s.error()));
    QString url = maintenance;
    return url.replace(QStringLiteral("/postgres?"), QStringLiteral("/%1?").arg(name));
}

/// A branch server running in this process on 127.0.0.1.
class TestServer
{
public:
    explicit TestServer(server::Limits limits = {}, const QString &database = freshDatabase())
    {
        if (Status s = server::ServerIdentity::init(m_dir.path(), {QStringLiteral("127.0.0.1")}, database); !s)
            qFatal("init: %s", qPrintable(s.error()));
        auto identity = server::ServerIdentity::load(m_dir.path());
        if (!identity)
            qFatal("load: %s", qPrintable(identity.error()));
        m_identity = std::make_unique<server::ServerIdentity>(identity.value());
        auto store = server::Store::open(m_identity->database(), 4);
        if (!store)
            qFatal("store: %s", qPrintable(store.error()));
        m_store = std::move(store).value();
        m_blobs = std::make_unique<server::BlobStore>(m_identity->blobsDir());
        m_api = std::make_unique<server::Api>(*m_identity, *m_store, *m_blobs, limits);
        start();
    }
    ~TestServer() { stop(); }

    /// Stops answering (the branch's network is down); the store stays.
    void stop()
    {
        if (!m_http)
            return;
        m_http->stop();
        m_thread.join();
        m_http.reset();
    }
    /// Answers again, on the same port.
    void start()
    {
        if (m_http)
            return;
        m_http = std::make_unique<server::HttpServer>(*m_api, *m_identity, 2, 4);
        m_http->setLogRequests(qEnvironmentVariableIsSet("TA_TEST_SERVER_LOG"));
        if (Status s = m_http->listen(QStringLiteral("127.0.0.1"), m_port); !s)
            qFatal("listen: %s", qPrintable(s.error()));
        m_port = m_http->port();
        m_thread = std::thread([this] { m_http->run(); });
    }

    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port())); }
    server::Store &store() { return *m_store; }
    server::HttpServer &http() { return *m_http; }
    server::BlobStore &blobs() { return *m_blobs; }
    server::Api &api() { return *m_api; }
    const server::ServerIdentity &identity() const { return *m_identity; }
    QString dataDir() const { return m_dir.path(); }
    bool onPostgres() const { return m_store->kind() == server::SqlConnection::Kind::Postgresql; }

    /// A one-time code as a leader hands it out, for @p url (default: this server).
    sync::EnrollmentLink link(const QUrl &url = {})
    {
        auto code = m_store->createCode(10, QStringLiteral("leader:test"), QString());
        if (!code)
            qFatal("code: %s", qPrintable(code.error()));
        return {url.isEmpty() ? this->url() : url, m_identity->caPin(), code.value()};
    }

    /// Runs @p sql on the server's database (a test looking behind the API: expiring sessions).
    Status sql(const QString &statement)
    {
        auto c = server::openDatabase(m_identity->database());
        if (!c)
            return c.status();
        return c.value()->execScript(statement);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerIdentity> m_identity;
    std::unique_ptr<server::Store> m_store;
    std::unique_ptr<server::BlobStore> m_blobs;
    std::unique_ptr<server::Api> m_api;
    std::unique_ptr<server::HttpServer> m_http;
    std::thread m_thread;
    quint16 m_port = 0;
};

inline QByteArray pngBytes(int seed, int width = 160, int height = 90)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random{quint32(seed)};
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = qRgb(int(random.bounded(256)), (x * 3 + seed) % 256, (y * 5) % 256);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// A tablet: one real profile data file with its customers, a device key, signed records.
class TestTablet
{
public:
    explicit TestTablet(QString name, bool training = false) : m_name(std::move(name)), m_training(training)
    {
        m_library = TariffLibrary::load();
        auto db = ProfileData::open(dataPath(), training ? WorkspaceKind::Training : WorkspaceKind::Real);
        if (!db)
            qFatal("data: %s", qPrintable(db.error()));
        m_db = std::move(db).value();
        auto key = DeviceKey::loadOrCreate(m_secrets, keyName());
        if (!key)
            qFatal("key: %s", qPrintable(key.error()));
        m_key = std::make_unique<DeviceKey>(key.value());
    }

    QString dataPath() const { return m_dir.filePath(QStringLiteral("data.sqlite")); }
    QString evidenceFolder() const { return m_dir.filePath(QStringLiteral("evidence")); }
    QString recordsFolder() const { return m_dir.filePath(QStringLiteral("records")); }
    QString keyName() const { return DeviceKey::keyName(m_training, 1); }
    const DeviceKey &key() const { return *m_key; }
    /// The device key's secret, for a tablet process of its own.
    QByteArray keySecret() { return m_secrets.readSecret(keyName()).value(); }
    Database &data() { return *m_db; }
    QString dir() const { return m_dir.path(); }

    /// A new engine on this tablet's file (as the app's sync thread or the CLI make one).
    std::unique_ptr<sync::SyncEngine> engine(sync::SyncOptions options = {})
    {
        options.backoffBaseSeconds = 0;
        return std::make_unique<sync::SyncEngine>(
            dataPath(), *m_key, evidenceFolder(),
            m_leader ? sync::DeviceIdentity{m_name, QStringLiteral("Phạm Thị Hoa"), QStringLiteral("LD-0102"),
                                            QStringLiteral("Điện lực Thủ Dầu Một"), QStringLiteral("leader")}
                     : sync::DeviceIdentity{m_name, QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("KTV-0719"),
                                            QStringLiteral("Điện lực Thủ Dầu Một")},
            options);
    }

    /// This device asks for a branch leader's role when it enrolls.
    void setLeader(bool leader) { m_leader = leader; }

    /// The code of the n-th customer signRecord() makes.
    QString customerCode(int n) const
    {
        return QStringLiteral("PB07%1%2")
            .arg(qHash(m_name) % 1000, 3, 10, QLatin1Char('0'))
            .arg(n, 6, 10, QLatin1Char('0'));
    }

    /// Corrects the record @p id as an inspector does after a return: a new revision with @p households
    /// households evidenced, signed again. Returns the new record's id.
    QString correctRecord(const QString &id, int households)
    {
        m_clock.advanceSeconds(3600);
        auto session = InspectionSession::correct(environment(), id);
        if (!session)
            qFatal("correct: %s", qPrintable(session.error()));
        session.value()->edit([households](Inspection &d) {
            d.households.households.clear();
            for (int h = 0; h < households; ++h)
                d.households.households.push_back(
                    {QStringLiteral("Chủ hộ %1").arg(h + 1), QStringLiteral("cccd"), QString()});
        });
        if (!session.value()->setSignature(QStringLiteral("customer"), pngBytes(8, 120, 60)) ||
            !session.value()->setSignature(QStringLiteral("inspector"), pngBytes(9, 120, 60)))
            qFatal("signatures");
        auto done = session.value()->finalise();
        if (!done)
            qFatal("finalise: %s", qPrintable(done.error()));
        return done->record.id();
    }

    /// Signs a household record for a new customer, with @p photos photos of about @p photoBytes each.
    /// Returns its id.
    QString signRecord(int photos = 1, int photoBytes = 0)
    {
        ++m_count;
        Customer c;
        c.code = customerCode(m_count);
        c.name = QStringLiteral("Đỗ Công Long");
        c.address = QStringLiteral("19 Huỳnh Văn Lũy, Phường Chánh Nghĩa");
        c.meterSerial = QStringLiteral("25000%1").arg(m_count, 5, 10, QLatin1Char('0'));
        c.households = 2;
        c.priceString = QStringLiteral("SHBT:100%");
        for (int m = 1; m <= 12; ++m)
            c.history.push_back({202500 + m, 300, std::nullopt, std::nullopt, std::nullopt});
        if (Status s = CustomerRepository(m_db->connection()).insert(c); !s)
            qFatal("customer: %s", qPrintable(s.error()));

        QDir(m_dir.path()).mkpath(QStringLiteral("in"));
        QStringList photoNames;
        for (int p = 0; p < photos; ++p) {
            const QString name = QStringLiteral("photo-%1-%2.png").arg(m_count).arg(p);
            QFile f(m_dir.filePath(QStringLiteral("in/") + name));
            if (!f.open(QIODevice::WriteOnly))
                qFatal("photo");
            const int side = photoBytes > 0 ? int(std::sqrt(photoBytes / 3.2)) : 80;
            f.write(pngBytes(int(qHash(m_name)) + m_count * 10 + p, side, side));
            photoNames << QStringLiteral("{\"file\":\"%1\",\"caption\":\"Công tơ\"}").arg(name);
        }
        QFile sig(m_dir.filePath(QStringLiteral("in/sig.png")));
        if (!sig.exists()) {
            if (!sig.open(QIODevice::WriteOnly))
                qFatal("signature");
            sig.write(pngBytes(7, 120, 60));
            sig.close();
        }
        QFile answers(m_dir.filePath(QStringLiteral("in/answers.json")));
        if (!answers.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("answers");
        answers.write(QStringLiteral(
                          R"({"checks":["households"],
            "identify":{"present":{"name":"Trần Thị Lan"}},
            "households":{"households":[{"head":"Trần Thị Lan","document":"cccd"},{"head":"Lê Văn Bình","document":"cccd"}]},
            "photos":[%1],
            "signatures":{"customer":"sig.png","inspector":"sig.png"}})")
                          .arg(photoNames.join(QLatin1Char(',')))
                          .toUtf8());
        answers.close();
        auto read = AnswersFile::read(answers.fileName(), c.code);
        if (!read)
            qFatal("answers: %s", qPrintable(read.error()));
        auto done = read->record(environment());
        if (!done)
            qFatal("record: %s", qPrintable(done.error()));
        return done->record.id();
    }

    InspectionEnvironment environment()
    {
        InspectionEnvironment env;
        env.data = m_db.get();
        env.library = &m_library;
        env.secrets = &m_secrets;
        env.clock = &m_clock;
        env.evidenceFolder = evidenceFolder();
        env.recordsFolder = recordsFolder();
        env.keyName = keyName();
        env.context.unit = QStringLiteral("Điện lực Thủ Dầu Một");
        env.context.inspectorName = QStringLiteral("Nguyễn Văn Đức");
        env.context.inspectorCard = QStringLiteral("KTV-0719");
        env.context.profileId = 1;
        env.context.deviceName = m_name;
        env.context.training = m_training;
        return env;
    }

private:
    QTemporaryDir m_dir;
    QString m_name;
    bool m_training = false;
    bool m_leader = false;
    TariffLibrary m_library;
    InMemorySecretStore m_secrets;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(10, 30), QTimeZone(7 * 3600))};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DeviceKey> m_key;
    int m_count = 0;
};

} // namespace ta::test
