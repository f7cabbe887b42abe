#include "server/identity.h"

#include <QCoreApplication>

#include "models/sync/syncprotocol.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace ta::server {

namespace {

Status writePrivate(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QCoreApplication::translate("ta::server::ServerIdentity", "%1 cannot be written: %2")
                                   .arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(QCoreApplication::translate("ta::server::ServerIdentity", "%1 cannot be written: %2")
                                   .arg(path, file.errorString()));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Status::success();
}

QByteArray pem(X509 *certificate)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, certificate);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(size));
    BIO_free(bio);
    return out;
}

QByteArray pem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(size));
    BIO_free(bio);
    return out;
}

bool extend(X509 *certificate, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData());
    if (!extension)
        return false;
    const bool ok = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

X509 *certificate(EVP_PKEY *key, const QByteArray &commonName, X509 *issuer, EVP_PKEY *issuerKey, int days)
{
    X509 *c = X509_new();
    X509_set_version(c, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(c), long(QUuid::createUuid().data1 & 0x7fffffff));
    X509_gmtime_adj(X509_getm_notBefore(c), -3600);
    X509_gmtime_adj(X509_getm_notAfter(c), long(days) * 24 * 3600);
    X509_set_pubkey(c, key);
    X509_NAME *name = X509_get_subject_name(c);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Tariff Audit"), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(commonName.constData()), -1, -1, 0);
    X509_set_issuer_name(c, issuer ? X509_get_subject_name(issuer) : name);
    (void)issuerKey;
    return c;
}

} // namespace

Status makeTlsMaterial(const QString &dataDir, const QStringList &hosts)
{
    const QString tls = QDir(dataDir).filePath(QStringLiteral("tls"));
    if (!QDir().mkpath(tls))
        return Status::failure(
            QCoreApplication::translate("ta::server::ServerIdentity", "%1 cannot be created.").arg(tls));
    EVP_PKEY *caKey = EVP_EC_gen("P-256");
    EVP_PKEY *serverKey = EVP_EC_gen("P-256");
    if (!caKey || !serverKey)
        return Status::failure(
            QCoreApplication::translate("ta::server::ServerIdentity", "OpenSSL could not make the keys."));
    X509 *ca = certificate(caKey, "Tariff Audit branch CA", nullptr, nullptr, 3650);
    bool ok = extend(ca, ca, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") &&
              extend(ca, ca, NID_key_usage, "critical,keyCertSign,cRLSign") &&
              extend(ca, ca, NID_subject_key_identifier, "hash") && X509_sign(ca, caKey, EVP_sha256()) > 0;
    X509 *server = certificate(serverKey, hosts.value(0, QStringLiteral("localhost")).toUtf8(), ca, caKey, 825);
    QStringList alternatives;
    for (const QString &host : hosts)
        alternatives << (QHostAddress(host).isNull() ? QStringLiteral("DNS:") : QStringLiteral("IP:")) + host;
    ok = ok && extend(server, ca, NID_basic_constraints, "critical,CA:FALSE") &&
         extend(server, ca, NID_key_usage, "critical,digitalSignature,keyAgreement") &&
         extend(server, ca, NID_ext_key_usage, "serverAuth") &&
         extend(server, ca, NID_subject_alt_name, alternatives.join(QLatin1Char(',')).toUtf8()) &&
         extend(server, ca, NID_authority_key_identifier, "keyid:always") && X509_sign(server, caKey, EVP_sha256()) > 0;
    Status written = ok ? Status::success()
                        : Status::failure(QCoreApplication::translate("ta::server::ServerIdentity",
                                                                      "OpenSSL could not sign the certificates."));
    if (written)
        written = writePrivate(QDir(tls).filePath(QStringLiteral("ca.key")), pem(caKey));
    if (written)
        written = writePrivate(QDir(tls).filePath(QStringLiteral("server.key")), pem(serverKey));
    if (written)
        written = writePrivate(QDir(tls).filePath(QStringLiteral("ca.pem")), pem(ca));
    if (written)
        written = writePrivate(QDir(tls).filePath(QStringLiteral("server.pem")), pem(server) + pem(ca));
    X509_free(server);
    X509_free(ca);
    EVP_PKEY_free(serverKey);
    EVP_PKEY_free(caKey);
    return written;
}

QByteArray certificateDer(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.readAll();
    BIO *bio = BIO_new_mem_buf(text.constData(), int(text.size()));
    X509 *c = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!c)
        return {};
    unsigned char *der = nullptr;
    const int size = i2d_X509(c, &der);
    QByteArray out(reinterpret_cast<const char *>(der), size > 0 ? size : 0);
    OPENSSL_free(der);
    X509_free(c);
    return out;
}

Status ServerIdentity::init(const QString &dataDir, const QStringList &hosts, const QString &database)
{
    const QDir dir(dataDir);
    if (QFileInfo::exists(dir.filePath(QStringLiteral("server.json"))))
        return Status::failure(
            QCoreApplication::translate("ta::server::ServerIdentity", "%1 already holds a server; nothing was changed.")
                .arg(dataDir));
    if (!QDir().mkpath(dataDir))
        return Status::failure(
            QCoreApplication::translate("ta::server::ServerIdentity", "%1 cannot be created.").arg(dataDir));
    QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QByteArray secret = DeviceKey::generateSecret();
    if (secret.isEmpty())
        return Status::failure(
            QCoreApplication::translate("ta::server::ServerIdentity", "libsodium could not make the receipt key."));
    if (Status s = writePrivate(dir.filePath(QStringLiteral("receipt.key")), secret.toBase64()); !s)
        return s;
    if (Status s = makeTlsMaterial(dataDir, hosts); !s)
        return s;
    QJsonArray hostList;
    for (const QString &h : hosts)
        hostList.append(h);
    const QJsonObject config{{QStringLiteral("format"), 1},
                             {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("database"), database},
                             {QStringLiteral("hosts"), hostList},
                             {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    return writePrivate(dir.filePath(QStringLiteral("server.json")), QJsonDocument(config).toJson());
}

Result<ServerIdentity> ServerIdentity::load(const QString &dataDir)
{
    using R = Result<ServerIdentity>;
    const QDir dir(dataDir);
    QFile config(dir.filePath(QStringLiteral("server.json")));
    if (!config.open(QIODevice::ReadOnly))
        return R::failure(
            QCoreApplication::translate("ta::server::ServerIdentity",
                                        "%1 holds no server (run tariff-audit-server init --data %1 first).")
                .arg(dataDir));
    const QJsonObject json = QJsonDocument::fromJson(config.readAll()).object();
    ServerIdentity id;
    id.m_dataDir = dir.absolutePath();
    id.m_id = json.value(QStringLiteral("id")).toString();
    id.m_database = json.value(QStringLiteral("database")).toString();
    if (id.m_database.isEmpty())
        id.m_database = dir.absoluteFilePath(QStringLiteral("server.sqlite"));
    for (const QJsonValue &h : json.value(QStringLiteral("hosts")).toArray())
        id.m_hosts << h.toString();
    QFile key(dir.filePath(QStringLiteral("receipt.key")));
    if (!key.open(QIODevice::ReadOnly))
        return R::failure(
            QCoreApplication::translate("ta::server::ServerIdentity", "%1 cannot be read.").arg(key.fileName()));
    auto receipt = DeviceKey::fromSecret(QByteArray::fromBase64(key.readAll().trimmed()));
    if (!receipt)
        return R::failure(
            QCoreApplication::translate("ta::server::ServerIdentity", "receipt.key: %1").arg(receipt.error()));
    id.m_receiptKey = receipt.value();
    const QByteArray der = certificateDer(id.caPath());
    if (der.isEmpty() || id.m_id.isEmpty())
        return R::failure(QCoreApplication::translate("ta::server::ServerIdentity",
                                                      "%1: the server's identity or certificate is incomplete.")
                              .arg(dataDir));
    id.m_caPin = sync::certificatePin(der);
    return id;
}

QString ServerIdentity::certificateChainPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("tls/server.pem"));
}

QString ServerIdentity::privateKeyPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("tls/server.key"));
}

QString ServerIdentity::caPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("tls/ca.pem"));
}

QString ServerIdentity::blobsDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("blobs"));
}

} // namespace ta::server
