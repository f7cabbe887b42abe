#pragma once

// Finalising an inspection: the signatures are checked, the checks assessed and priced, the record built,
// signed with the inspector's device key (from the keychain) and stored; then it can be exported as a
// record folder with its PDF. One path for the app and `tariff-audit-cli inspect`.

#include "models/core/result.h"
#include "models/inspection/checks.h"
#include "models/inspection/signedrecord.h"

namespace ta {

class Database;
class EvidenceStore;
class SecretStore;
class Settings;
class TariffLibrary;

struct FinaliseRequest
{
    Inspection inspection;
    RecordContext context; ///< number is filled in when empty
    CheckLimits limits;
    QDateTime finalisedAt;
    QString keyName; ///< DeviceKey::keyName(...)
};

class Finaliser
{
public:
    Finaliser(Database &db, EvidenceStore &evidence, SecretStore &secrets, const TariffLibrary &library);

    /// What is still missing before @p inspection can be signed (translated, one line each); empty when ready.
    static QStringList missing(const Inspection &inspection);
    static CheckLimits limitsFrom(const Settings &settings);

    Result<SignedRecord> finalise(const FinaliseRequest &request);
    /// Writes the record folder <dir>/ (record.json, signature.json, evidence/) and <dir>/bien-ban.pdf.
    Status exportRecord(const SignedRecord &record, const QString &dir) const;

private:
    Database &m_db;
    EvidenceStore &m_evidence;
    SecretStore &m_secrets;
    const TariffLibrary &m_library;
};

} // namespace ta
