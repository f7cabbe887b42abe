#include "models/security/secretstore.h"

#include "models/core/logging.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace ta {

SecretStore::~SecretStore() = default;

namespace {

QString noSecret(const QString &key)
{
    return QCoreApplication::translate("ta::SecretStore", "No secret named \"%1\" is stored.").arg(key);
}

QString keychainError(const QString &detail)
{
    return QCoreApplication::translate("ta::SecretStore", "The system keychain is not available: %1").arg(detail);
}

// QtKeychain jobs are asynchronous; the store waits for each one in a local event loop.
void runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

Result<QByteArray> InMemorySecretStore::readSecret(const QString &key)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return Result<QByteArray>::failure(noSecret(key));
    return *it;
}

Status InMemorySecretStore::writeSecret(const QString &key, const QByteArray &secret)
{
    m_secrets.insert(key, secret);
    return Status::success();
}

Status InMemorySecretStore::removeSecret(const QString &key)
{
    m_secrets.remove(key);
    return Status::success();
}

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

Result<QByteArray> KeychainSecretStore::readSecret(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(key);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return Result<QByteArray>::failure(noSecret(key));
    if (job.error() != QKeychain::NoError) {
        qCWarning(lcSecurity) << "Keychain read failed:" << job.errorString();
        return Result<QByteArray>::failure(keychainError(job.errorString()));
    }
    return job.binaryData();
}

Result<bool> KeychainSecretStore::hasSecret(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(key);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return false;
    if (job.error() != QKeychain::NoError) {
        qCWarning(lcSecurity) << "Keychain read failed:" << job.errorString();
        return Result<bool>::failure(keychainError(job.errorString()));
    }
    return true;
}

QString KeychainSecretStore::backendName() const
{
    return QCoreApplication::translate("ta::SecretStore", "system keychain");
}

Status KeychainSecretStore::writeSecret(const QString &key, const QByteArray &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setBinaryData(secret);
    runJob(job);
    if (job.error() != QKeychain::NoError) {
        qCWarning(lcSecurity) << "Keychain write failed:" << job.errorString();
        return Status::failure(keychainError(job.errorString()));
    }
    return Status::success();
}

Status KeychainSecretStore::removeSecret(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        qCWarning(lcSecurity) << "Keychain delete failed:" << job.errorString();
        return Status::failure(keychainError(job.errorString()));
    }
    return Status::success();
}

} // namespace ta
