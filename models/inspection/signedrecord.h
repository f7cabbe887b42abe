#pragma once

// The signed record (biên bản): a finalised inspection frozen as canonical JSON, its SHA-256 fingerprint
// and an Ed25519 signature by the inspector's device key. A record folder holds
//   record.json     the canonical bytes, exactly as signed
//   signature.json  {"algorithm":"Ed25519","fingerprint":hex,"publicKey":base64,"signature":base64}
//   evidence/       the photos and signature images, named <sha256>.<ext>
//   bien-ban.pdf    the printable record (not signed itself: it is made from record.json)
// verify() checks all of it and names what is wrong.

#include "models/core/result.h"
#include "models/customers/customer.h"
#include "models/inspection/checks.h"
#include "models/inspection/inspection.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace ta {

class DeviceKey;
class EvidenceStore;

/// A tariff book a record was priced with, named by its decision and the SHA-256 of its file.
struct BookReference
{
    QString decision;
    QString sha256;
    bool builtIn = true;
};

/// Who finalises, where, with what: the parts of the record that are not the inspection itself.
struct RecordContext
{
    QString unit; ///< the inspecting unit (the profile's branch)
    QString inspectorName;
    QString inspectorCard; ///< KTV card number
    qint64 profileId = 0;
    QString deviceName;
    bool training = false;
    QString tariffBook;               ///< decision of the book in force on the finding date ("1279/QĐ-BCT")
    std::vector<BookReference> books; ///< every book the record's figures were priced with
    QJsonObject preferences;          ///< the branch preferences applied (CheckPreferences::toJson())
    QString number;                   ///< the record's number as printed
};

struct SignedRecord
{
    /// 2: the thresholds of the law (rules), the branch preferences, the tariff books with their SHA-256
    /// and the visit time of a paper record are part of the signed bytes. Format 1 is still verified.
    static constexpr auto Format = "tariff-audit-record/2";
    static constexpr auto PreviousFormat = "tariff-audit-record/1";

    QJsonObject record;        ///< parsed form of canonical
    QByteArray canonical;      ///< the signed bytes
    QString fingerprint;       ///< SHA-256 of canonical, lower-case hex
    QByteArray signature;      ///< Ed25519, 64 bytes
    QByteArray publicKey;      ///< 32 bytes
    QJsonObject signatureFile; ///< signature.json as read by readFolder

    QString id() const { return record.value(QStringLiteral("id")).toString(); }

    /// The record's JSON (before canonicalisation) for @p inspection as assessed.
    static QJsonObject build(const Inspection &inspection, const Customer &customer, const Assessment &assessment,
                             const RecordContext &context, const QDateTime &finalisedAt);
    /// Canonicalises and signs @p record.
    static Result<SignedRecord> sign(const QJsonObject &record, const DeviceKey &key);

    /// Writes the record folder @p dir (record.json, signature.json, evidence/ copied from @p store).
    Status writeFolder(const QString &dir, const EvidenceStore &store) const;
    /// Reads a record folder (or its record.json) without checking it.
    static Result<SignedRecord> readFolder(const QString &path);
};

/// A device key the branch registered: the only keys whose signatures are trusted.
struct TrustedKey
{
    QString device; ///< the server's device id
    QString name;   ///< who and which tablet, as registered
    QByteArray publicKey;
    bool revoked = false;
    QString role; ///< "inspector" or "leader", as the server granted it; empty in older key files
};

/// The registered device keys a record is checked against (a file from the server, or the keys the app
/// received from it): {"keys": [{"device", "name", "publicKey", "revoked"}]}.
class TrustedKeys
{
public:
    static Result<TrustedKeys> fromJson(const QByteArray &json, const QString &fileName);
    static Result<TrustedKeys> fromFile(const QString &path);
    void add(const TrustedKey &key);
    const TrustedKey *find(const QByteArray &publicKey) const;
    bool isEmpty() const { return m_keys.empty(); }
    const std::vector<TrustedKey> &keys() const { return m_keys; }

private:
    std::vector<TrustedKey> m_keys;
};

/// What verify() found: empty problems means intact.
struct VerifyReport
{
    QString recordId;
    QString fingerprint;
    QStringList problems; ///< each names the file and what differs (translated)
    int evidenceChecked = 0;
    bool trustChecked = false; ///< the signing key was looked up among the trusted keys
    QString signer;            ///< the registered device that signed, when trusted
    bool intact() const { return problems.isEmpty(); }
};

/// The checks of signed bytes themselves, shared by the record folder, the tablet and the server: valid
/// JSON, canonical form, a known format, and the Ed25519 signature with @p publicKey. Each problem named.
QStringList checkSignedBytes(const QByteArray &canonical, const QByteArray &signature, const QByteArray &publicKey);

/// Checks a record folder: canonical form, fingerprint, signature, every listed evidence file's hash, and,
/// with @p trusted, that the signing key is one the branch registered (an unknown or revoked key is a
/// problem: the record is not intact).
VerifyReport verifyRecord(const QString &path, const TrustedKeys *trusted = nullptr);

} // namespace ta
