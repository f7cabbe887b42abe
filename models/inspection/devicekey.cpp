#include "models/inspection/devicekey.h"

#include "models/core/logging.h"
#include "models/security/secretstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include "models/security/sodium.h"

namespace ta {

QString DeviceKey::keyName(bool training, qint64 profileId)
{
    return QStringLiteral("signing-key/%1/%2")
        .arg(training ? QStringLiteral("training") : QStringLiteral("real"))
        .arg(profileId);
}

Result<DeviceKey> DeviceKey::load(SecretStore &store, const QString &name)
{
    if (!sodiumReady())
        return Result<DeviceKey>::failure(
            QCoreApplication::translate("ta::DeviceKey", "The cryptography library could not start."));
    auto secret = store.readSecret(name);
    if (!secret)
        return secret.status();
    if (secret.value().size() != crypto_sign_SECRETKEYBYTES)
        return Result<DeviceKey>::failure(
            QCoreApplication::translate("ta::DeviceKey", "The signing key in the %1 is damaged (%2 bytes).")
                .arg(store.backendName())
                .arg(secret.value().size()));
    return fromSecret(secret.value());
}

Result<DeviceKey> DeviceKey::fromSecret(const QByteArray &secret)
{
    if (!sodiumReady())
        return Result<DeviceKey>::failure(
            QCoreApplication::translate("ta::DeviceKey", "The cryptography library could not start."));
    if (secret.size() != crypto_sign_SECRETKEYBYTES)
        return Result<DeviceKey>::failure(
            QCoreApplication::translate("ta::DeviceKey", "A signing key has %1 bytes, not %2.")
                .arg(secret.size())
                .arg(crypto_sign_SECRETKEYBYTES));
    DeviceKey key;
    key.m_secretKey = secret;
    key.m_publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(key.m_publicKey.data()),
                                 reinterpret_cast<const unsigned char *>(key.m_secretKey.constData()));
    return key;
}

QByteArray DeviceKey::generateSecret()
{
    if (!sodiumReady())
        return {};
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
                        reinterpret_cast<unsigned char *>(secretKey.data()));
    return secretKey;
}

Result<DeviceKey> DeviceKey::loadOrCreate(SecretStore &store, const QString &name)
{
    if (!sodiumReady())
        return load(store, name);
    // Only a missing key is created; a store that cannot be reached is an error, never a reason to keep
    // a key elsewhere, and a damaged key is reported, not replaced.
    const auto stored = store.hasSecret(name);
    if (!stored)
        return Result<DeviceKey>::failure(
            QCoreApplication::translate("ta::DeviceKey", "Records cannot be signed: %1").arg(stored.error()));
    if (stored.value())
        return load(store, name);
    QByteArray secretKey = generateSecret();
    const Status written = store.writeSecret(name, secretKey);
    sodium_memzero(secretKey.data(), std::size_t(secretKey.size()));
    if (!written)
        return Result<DeviceKey>::failure(
            QCoreApplication::translate("ta::DeviceKey",
                                        "The signing key could not be saved in the %1: %2 Records cannot be "
                                        "signed until it is available.")
                .arg(store.backendName(), written.error()));
    auto created = load(store, name);
    if (created)
        qCInfo(lcSecurity) << "Created signing key" << name << created->fingerprint();
    return created;
}

QString DeviceKey::fingerprintOf(const QByteArray &publicKey)
{
    const QString hex = QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

QByteArray DeviceKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secretKey.constData()));
    return signature;
}

bool DeviceKey::verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    if (!sodiumReady() || signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

} // namespace ta
