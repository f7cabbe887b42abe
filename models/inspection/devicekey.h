#pragma once

// The inspector's device key: an Ed25519 key pair (libsodium) that signs finalised records. The first use
// creates it; the secret key is written to the SecretStore (the operating system's keychain in the
// product) and nowhere else. When the store cannot be reached, nothing is signed.

#include "models/core/result.h"

#include <QByteArray>
#include <QString>

namespace ta {

class SecretStore;

class DeviceKey
{
public:
    static constexpr int PublicKeyBytes = 32;
    static constexpr int SignatureBytes = 64;

    /// The key named @p name (one per profile and workspace: "signing-key/real/3"), created on first use.
    static Result<DeviceKey> loadOrCreate(SecretStore &store, const QString &name);
    /// The key named @p name if it exists; an error otherwise (nothing is created).
    static Result<DeviceKey> load(SecretStore &store, const QString &name);
    /// A key from its 64-byte secret (the server's receipt key, kept in a file of its own).
    static Result<DeviceKey> fromSecret(const QByteArray &secret);
    /// A new random secret key (64 bytes), for fromSecret().
    static QByteArray generateSecret();

    QByteArray publicKey() const { return m_publicKey; }
    /// SHA-256 of the public key, hex, grouped in fours for reading aloud ("3f2a 91c0 …", 16 groups).
    QString fingerprint() const { return fingerprintOf(m_publicKey); }
    static QString fingerprintOf(const QByteArray &publicKey);

    /// The detached Ed25519 signature of @p message.
    QByteArray sign(const QByteArray &message) const;
    static bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);

    /// The store's name of the key for a profile in a workspace.
    static QString keyName(bool training, qint64 profileId);

private:
    QByteArray m_publicKey;
    QByteArray m_secretKey; // in memory only while signing
};

} // namespace ta
