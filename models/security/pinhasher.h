#pragma once

#include "models/core/result.h"

#include <QByteArray>
#include <QString>

namespace ta {

/// PIN hashing with libsodium's password hashing (Argon2id, crypto_pwhash_str): the stored string carries
/// its own salt and cost, so a PIN is never kept in clear and costs can rise later without a migration.
class PinHasher
{
public:
    /// A PIN is 4 to 8 digits. Returns an empty string when @p pin is acceptable, else the translated reason.
    static QString validate(const QString &pin);
    static Result<QByteArray> hash(const QString &pin);
    static bool verify(const QByteArray &storedHash, const QString &pin);
};

/// The back-off after wrong PINs: the first few wrong tries are free, then each further one makes the
/// next try wait twice as long, from 30 seconds up to 15 minutes.
class PinBackoff
{
public:
    /// Seconds to wait after @p failedAttempts consecutive wrong PINs, with @p freeAttempts allowed.
    static qint64 delaySeconds(int failedAttempts, int freeAttempts);
};

} // namespace ta
