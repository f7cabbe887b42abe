#pragma once

// What the tablet and the branch server agree on (docs/sync-protocol.md): the signed texts of enrollment
// and sessions, the comparison code both screens show, the enrollment link a leader hands out, the
// server's receipt, and the problem types of its errors. One definition for the app, the CLI, the server
// and the tests.

#include "models/core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace ta::sync {

inline constexpr auto ServerHeader = "TA-Server";       ///< every answer of a real server carries it
inline constexpr auto SignatureHeader = "TA-Signature"; ///< base64 Ed25519 signature of a record upload
inline constexpr auto ProblemBase = "https://tariff-audit.vn/problems/"; ///< + a stable problem type

/// Problem types (RFC 9457 "type" suffixes) the tablet acts on.
namespace problem {
inline constexpr auto BadRequest = "bad-request";
inline constexpr auto Unauthorized = "unauthorized";
inline constexpr auto DeviceRevoked = "device-revoked";
inline constexpr auto DevicePending = "device-pending";
inline constexpr auto CodeInvalid = "enrollment-code-invalid";
inline constexpr auto CodeExpired = "enrollment-code-expired";
inline constexpr auto MissingEvidence = "missing-evidence";
inline constexpr auto RevisionConflict = "revision-conflict";
inline constexpr auto StaleBase = "stale-base";
inline constexpr auto InvalidRecord = "invalid-record";
inline constexpr auto TrainingRecord = "training-record";
inline constexpr auto DigestMismatch = "digest-mismatch";
inline constexpr auto TooLarge = "too-large";
inline constexpr auto TooMany = "too-many-requests";
inline constexpr auto CursorGone = "cursor-gone";
inline constexpr auto NotFound = "not-found";
inline constexpr auto NotLeader = "not-a-leader";       ///< a leader's request from an inspector's device
inline constexpr auto StaleRevision = "stale-revision"; ///< a decision on a revision already replaced (412)
inline constexpr auto AlreadyDecided = "already-decided";
inline constexpr auto InvalidDecision = "invalid-decision";
inline constexpr auto Unavailable = "unavailable";
} // namespace problem

/// The text a device signs to prove it holds the key it enrolls.
QByteArray enrollmentProof(const QString &code, const QByteArray &publicKey);
/// The text a device signs to open a session.
QByteArray sessionProof(const QString &nonce);
/// Six digits from the SHA-256 of @p publicKey, shown on the tablet and to the leader who approves it.
QString comparisonCode(const QByteArray &publicKey);
/// SHA-256 of a certificate's DER bytes, lower-case hex: the pin an enrollment link carries.
QString certificatePin(const QByteArray &der);

/// What a leader hands to a tablet (as text or a QR code): where the server is, which certificate
/// authority to trust, and the one-time code.
///   tariff-audit-enroll:1?server=https%3A%2F%2Fhost%3A8443&pin=<sha256 hex>&code=ABCD-EFGH
struct EnrollmentLink
{
    QUrl server;
    QString pin;
    QString code;

    QString toText() const;
    /// The error says what is wrong with the text (not a link, no server, a pin that is not 64 hex digits…).
    static Result<EnrollmentLink> parse(const QString &text);
};

/// The server's acknowledgement that it stored a record revision durably. Its canonical bytes are
/// signed with the server's receipt key; a replay is answered with the same receipt (Ed25519 is
/// deterministic and the time received is stored).
struct Receipt
{
    static constexpr auto Format = "tariff-audit-receipt/1";
    QString server;
    QString recordId;
    int revision = 0;
    QString fingerprint;
    QString device;
    QString receivedAt; ///< ISO 8601, UTC, milliseconds

    QJsonObject toJson() const;
    QByteArray canonical() const;
    static Result<Receipt> fromJson(const QJsonObject &json);
};

struct SignedReceipt
{
    Receipt receipt;
    QByteArray signature;

    /// {"receipt": {...}, "signature": base64}
    QJsonObject toJson() const;
    static Result<SignedReceipt> fromJson(const QJsonObject &json);
    /// Whether the signature is the server's (its pinned receipt key) over exactly these fields.
    bool verify(const QByteArray &serverKey) const;
};

/// A branch leader's decision on one record revision, signed with the leader's device key and sent to the
/// server, which stores it with its signature and passes it to the inspector's tablet through the feed.
/// The fingerprint binds it to the very bytes the leader read.
struct Decision
{
    static constexpr auto Format = "tariff-audit-decision/1";
    enum class Kind { Approve, Return };
    QString recordId;
    int revision = 0;
    QString fingerprint;
    Kind kind = Kind::Approve;
    QString comment;   ///< required for a return
    QString device;    ///< the leader's device id on the server
    QString decidedAt; ///< ISO 8601, UTC, milliseconds

    QJsonObject toJson() const;
    QByteArray canonical() const;
    /// The error names what is missing or wrong (in words, translated).
    static Result<Decision> fromJson(const QJsonObject &json);
    static QString kindCode(Kind kind);
};

} // namespace ta::sync
