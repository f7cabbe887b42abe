#include "models/sync/syncprotocol.h"

#include "models/inspection/canonicaljson.h"
#include "models/inspection/devicekey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QUrlQuery>

namespace ta::sync {

namespace {

constexpr auto kLinkScheme = "tariff-audit-enroll:1";

} // namespace

QByteArray enrollmentProof(const QString &code, const QByteArray &publicKey)
{
    return "tariff-audit-enroll:" + code.toUtf8() + ':' + publicKey.toBase64();
}

QByteArray sessionProof(const QString &nonce)
{
    return "tariff-audit-session:" + nonce.toUtf8();
}

QString comparisonCode(const QByteArray &publicKey)
{
    const QByteArray hash = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256);
    const quint32 n = (quint32(quint8(hash[0])) << 24) | (quint32(quint8(hash[1])) << 16) |
                      (quint32(quint8(hash[2])) << 8) | quint32(quint8(hash[3]));
    return QStringLiteral("%1").arg(n % 1000000, 6, 10, QLatin1Char('0'));
}

QString certificatePin(const QByteArray &der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

QString EnrollmentLink::toText() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("server"), QString::fromLatin1(QUrl::toPercentEncoding(server.toString())));
    query.addQueryItem(QStringLiteral("pin"), pin);
    query.addQueryItem(QStringLiteral("code"), code);
    return QLatin1StringView(kLinkScheme) + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
}

Result<EnrollmentLink> EnrollmentLink::parse(const QString &text)
{
    using R = Result<EnrollmentLink>;
    const QString trimmed = text.trimmed();
    const QString prefix = QLatin1StringView(kLinkScheme) + QLatin1Char('?');
    if (!trimmed.startsWith(prefix))
        return R::failure(
            QCoreApplication::translate("ta::sync", "This is not an enrollment link: it starts with \"%1\".")
                .arg(prefix));
    const QUrlQuery query(trimmed.mid(prefix.size()));
    EnrollmentLink link;
    link.server =
        QUrl(QUrl::fromPercentEncoding(query.queryItemValue(QStringLiteral("server")).toLatin1()), QUrl::StrictMode);
    link.pin = query.queryItemValue(QStringLiteral("pin")).toLower();
    link.code = query.queryItemValue(QStringLiteral("code")).toUpper();
    if (!link.server.isValid() || link.server.scheme() != QLatin1StringView("https") || link.server.host().isEmpty())
        return R::failure(QCoreApplication::translate("ta::sync", "The enrollment link has no https server address."));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(link.pin).hasMatch())
        return R::failure(QCoreApplication::translate(
            "ta::sync", "The enrollment link's certificate pin is not 64 hexadecimal digits."));
    static const QRegularExpression code(QStringLiteral("^[A-Z0-9-]{6,32}$"));
    if (!code.match(link.code).hasMatch())
        return R::failure(
            QCoreApplication::translate("ta::sync", "The enrollment link's code is missing or not a code."));
    return link;
}

QJsonObject Receipt::toJson() const
{
    return QJsonObject{{QStringLiteral("format"), QLatin1StringView(Format)},
                       {QStringLiteral("server"), server},
                       {QStringLiteral("record"), recordId},
                       {QStringLiteral("revision"), revision},
                       {QStringLiteral("fingerprint"), fingerprint},
                       {QStringLiteral("device"), device},
                       {QStringLiteral("receivedAt"), receivedAt}};
}

QByteArray Receipt::canonical() const
{
    return canonicalJson::serialize(toJson()).value();
}

Result<Receipt> Receipt::fromJson(const QJsonObject &json)
{
    Receipt r;
    r.server = json.value(QStringLiteral("server")).toString();
    r.recordId = json.value(QStringLiteral("record")).toString();
    r.revision = json.value(QStringLiteral("revision")).toInt();
    r.fingerprint = json.value(QStringLiteral("fingerprint")).toString();
    r.device = json.value(QStringLiteral("device")).toString();
    r.receivedAt = json.value(QStringLiteral("receivedAt")).toString();
    if (json.value(QStringLiteral("format")).toString() != QLatin1StringView(Format) || r.server.isEmpty() ||
        r.recordId.isEmpty() || r.revision < 1 || r.fingerprint.size() != 64 || r.receivedAt.isEmpty())
        return Result<Receipt>::failure(QCoreApplication::translate("ta::sync", "The server's receipt is incomplete."));
    return r;
}

QJsonObject SignedReceipt::toJson() const
{
    return QJsonObject{{QStringLiteral("receipt"), receipt.toJson()},
                       {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
}

Result<SignedReceipt> SignedReceipt::fromJson(const QJsonObject &json)
{
    auto receipt = Receipt::fromJson(json.value(QStringLiteral("receipt")).toObject());
    if (!receipt)
        return receipt.status();
    return SignedReceipt{receipt.value(),
                         QByteArray::fromBase64(json.value(QStringLiteral("signature")).toString().toLatin1())};
}

bool SignedReceipt::verify(const QByteArray &serverKey) const
{
    return DeviceKey::verify(receipt.canonical(), signature, serverKey);
}

QString Decision::kindCode(Kind kind)
{
    return kind == Kind::Approve ? QStringLiteral("approve") : QStringLiteral("return");
}

QJsonObject Decision::toJson() const
{
    return QJsonObject{{QStringLiteral("format"), QLatin1StringView(Format)},
                       {QStringLiteral("record"), recordId},
                       {QStringLiteral("revision"), revision},
                       {QStringLiteral("fingerprint"), fingerprint},
                       {QStringLiteral("decision"), kindCode(kind)},
                       {QStringLiteral("comment"), comment},
                       {QStringLiteral("device"), device},
                       {QStringLiteral("decidedAt"), decidedAt}};
}

QByteArray Decision::canonical() const
{
    return canonicalJson::serialize(toJson()).value();
}

Result<Decision> Decision::fromJson(const QJsonObject &json)
{
    using R = Result<Decision>;
    Decision d;
    d.recordId = json.value(QStringLiteral("record")).toString();
    d.revision = json.value(QStringLiteral("revision")).toInt();
    d.fingerprint = json.value(QStringLiteral("fingerprint")).toString();
    d.comment = json.value(QStringLiteral("comment")).toString();
    d.device = json.value(QStringLiteral("device")).toString();
    d.decidedAt = json.value(QStringLiteral("decidedAt")).toString();
    const QString kind = json.value(QStringLiteral("decision")).toString();
    if (json.value(QStringLiteral("format")).toString() != QLatin1StringView(Format))
        return R::failure(QCoreApplication::translate("ta::sync", "The decision is not in the format %1.")
                              .arg(QLatin1StringView(Format)));
    if (kind == QLatin1StringView("approve"))
        d.kind = Kind::Approve;
    else if (kind == QLatin1StringView("return"))
        d.kind = Kind::Return;
    else
        return R::failure(
            QCoreApplication::translate("ta::sync", "The decision \"%1\" is neither approve nor return.").arg(kind));
    if (d.recordId.isEmpty() || d.revision < 1 || d.fingerprint.size() != 64 || d.device.isEmpty() ||
        !QDateTime::fromString(d.decidedAt, Qt::ISODateWithMs).isValid())
        return R::failure(QCoreApplication::translate(
            "ta::sync", "The decision lacks its record, revision, fingerprint, device or time."));
    if (d.kind == Kind::Return && d.comment.trimmed().isEmpty())
        return R::failure(QCoreApplication::translate("ta::sync", "A returned record needs a comment."));
    if (d.comment.size() > 4000)
        return R::failure(QCoreApplication::translate("ta::sync", "The comment is longer than 4,000 characters."));
    return d;
}

} // namespace ta::sync
