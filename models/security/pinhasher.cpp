#include "models/security/pinhasher.h"

#include "models/core/logging.h"

#include <QCoreApplication>

#include "models/security/sodium.h"

namespace ta {

QString PinHasher::validate(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return QCoreApplication::translate("ta::PinHasher", "The PIN must have 4 to 8 digits.");
    for (QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return QCoreApplication::translate("ta::PinHasher", "The PIN may contain digits only.");
    }
    return {};
}

Result<QByteArray> PinHasher::hash(const QString &pin)
{
    if (const QString why = validate(pin); !why.isEmpty())
        return Result<QByteArray>::failure(why);
    if (!sodiumReady())
        return Result<QByteArray>::failure(
            QCoreApplication::translate("ta::PinHasher", "The cryptography library could not be initialised."));
    const QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        qCWarning(lcSecurity) << "crypto_pwhash_str ran out of memory";
        return Result<QByteArray>::failure(
            QCoreApplication::translate("ta::PinHasher", "Not enough memory to protect the PIN."));
    }
    return QByteArray(out);
}

bool PinHasher::verify(const QByteArray &storedHash, const QString &pin)
{
    if (!sodiumReady() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash + '\0';
    const QByteArray utf8 = pin.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

qint64 PinBackoff::delaySeconds(int failedAttempts, int freeAttempts)
{
    const int over = failedAttempts - freeAttempts;
    if (over < 0)
        return 0;
    constexpr qint64 first = 30;
    constexpr qint64 cap = 15 * 60;
    qint64 delay = first;
    for (int i = 0; i < over && delay < cap; ++i)
        delay *= 2;
    return qMin(delay, cap);
}

} // namespace ta
