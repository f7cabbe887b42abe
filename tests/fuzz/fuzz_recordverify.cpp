// The record verifier over any bytes as record.json (with a signature.json made for them), as
// `tariff-audit-cli verify` and the server check what they receive.

#include "fuzzsupport.h"
#include "models/inspection/devicekey.h"
#include "models/inspection/signedrecord.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ta::fuzz::application();
    static const ta::DeviceKey key = ta::DeviceKey::fromSecret(ta::DeviceKey::generateSecret()).value();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Signed for real half of the time, so that the checks after the signature's are reached too.
    const QByteArray signature = size % 2 ? key.sign(bytes) : QByteArray(64, '\0');
    (void)ta::checkSignedBytes(bytes, signature, key.publicKey());
    const QString record = ta::fuzz::asFile(data, size, QStringLiteral("record.json"));
    const QJsonObject sig{{QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
                          {QStringLiteral("fingerprint"),
                           QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
                          {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())},
                          {QStringLiteral("publicKey"), QString::fromLatin1(key.publicKey().toBase64())}};
    const QByteArray sigBytes = QJsonDocument(sig).toJson();
    ta::fuzz::asFile(reinterpret_cast<const uint8_t *>(sigBytes.constData()), size_t(sigBytes.size()),
                     QStringLiteral("signature.json"));
    (void)ta::verifyRecord(record, nullptr);
    return 0;
}
