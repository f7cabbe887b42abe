#pragma once

// What makes a branch server itself, in its data folder:
//   server.json       its id, the database it uses, the host names its certificate is made for
//   receipt.key       the Ed25519 key that signs receipts (mode 600; the tablets pin its public half)
//   tls/ca.pem        a private certificate authority of this server (the tablets pin its SHA-256)
//   tls/ca.key        its key (mode 600), kept to make a new server certificate
//   tls/server.pem    the server certificate and the CA; tls/server.key its key (mode 600)
//   blobs/            evidence files by SHA-256
//   server.sqlite     the default database
// `tariff-audit-server init` makes them; everything else reads them.

#include "models/core/result.h"
#include "models/inspection/devicekey.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ta::server {

class ServerIdentity
{
public:
    /// Creates a server in @p dataDir (which must not hold one): ids, keys, the CA and a certificate for
    /// @p hosts (names and IP addresses), and the database setting (empty: server.sqlite in the folder).
    static Status init(const QString &dataDir, const QStringList &hosts, const QString &database);
    static Result<ServerIdentity> load(const QString &dataDir);

    QString dataDir() const { return m_dataDir; }
    QString id() const { return m_id; }
    QString database() const { return m_database; }
    QStringList hosts() const { return m_hosts; }
    const DeviceKey &receiptKey() const { return *m_receiptKey; }
    QString certificateChainPath() const;
    QString privateKeyPath() const;
    QString caPath() const;
    /// SHA-256 of the CA certificate (DER), the pin an enrollment link carries.
    QString caPin() const { return m_caPin; }
    QString blobsDir() const;

private:
    QString m_dataDir;
    QString m_id;
    QString m_database;
    QStringList m_hosts;
    std::optional<DeviceKey> m_receiptKey;
    QString m_caPin;
};

/// Makes a private CA and a server certificate for @p hosts in PEM files (tls/ in @p dataDir).
Status makeTlsMaterial(const QString &dataDir, const QStringList &hosts);
/// The DER bytes of the first certificate in the PEM file @p path.
QByteArray certificateDer(const QString &path);

} // namespace ta::server
