#pragma once

// Where secrets (the device's signing key, later sync tokens) live. The product uses the operating system's
// keychain through QtKeychain; unit tests use the in-memory store. Nothing else ever holds a secret.

#include "models/core/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace ta {

/// A small synchronous secret store keyed by name.
class SecretStore
{
public:
    virtual ~SecretStore();
    /// The secret stored under @p key, or a translated error (missing key, keychain unreachable).
    virtual Result<QByteArray> readSecret(const QString &key) = 0;
    /// Whether a secret is stored under @p key; an error when the store cannot be reached.
    virtual Result<bool> hasSecret(const QString &key) = 0;
    virtual Status writeSecret(const QString &key, const QByteArray &secret) = 0;
    virtual Status removeSecret(const QString &key) = 0;
    /// A short human name of the backend, for Settings and diagnostics.
    virtual QString backendName() const = 0;
};

/// Secrets held in memory only, for unit tests.
class InMemorySecretStore final : public SecretStore
{
public:
    Result<QByteArray> readSecret(const QString &key) override;
    Result<bool> hasSecret(const QString &key) override { return m_secrets.contains(key); }
    Status writeSecret(const QString &key, const QByteArray &secret) override;
    Status removeSecret(const QString &key) override;
    QString backendName() const override { return QStringLiteral("memory"); }

private:
    QHash<QString, QByteArray> m_secrets;
};

/// The operating system's keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
/// Windows) through QtKeychain. Fails plainly when no keychain is reachable; never falls back to a file.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("tariff-audit"));
    Result<QByteArray> readSecret(const QString &key) override;
    Result<bool> hasSecret(const QString &key) override;
    Status writeSecret(const QString &key, const QByteArray &secret) override;
    Status removeSecret(const QString &key) override;
    QString backendName() const override;

private:
    QString m_service;
};

} // namespace ta
