#include "models/inspection/finaliser.h"

#include "models/core/logging.h"
#include "models/core/settings.h"
#include "models/customers/customerrepository.h"
#include "models/inspection/devicekey.h"
#include "models/inspection/evidencestore.h"
#include "models/inspection/inspectionstore.h"
#include "models/inspection/recordpdf.h"
#include "models/prescreen/prescreener.h"
#include "models/storage/database.h"
#include "models/tariff/tarifflibrary.h"

#include <QCoreApplication>
#include <QDir>

namespace ta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ta::Finaliser", text);
}

} // namespace

Finaliser::Finaliser(Database &db, EvidenceStore &evidence, SecretStore &secrets, const TariffLibrary &library)
    : m_db(db), m_evidence(evidence), m_secrets(secrets), m_library(library)
{
}

CheckLimits Finaliser::limitsFrom(const Settings &s)
{
    // The thresholds at the door are the pre-screen's (one setting each); the tolerance is the door's own.
    const PrescreenRules rules = PrescreenRules::fromSettings(s);
    CheckLimits l;
    l.ratioTolerancePoints = s.value(settings::RatioTolerancePoints);
    l.threeRateKwh = rules.threeRateKwh;
    l.threeRateKva = rules.threeRateKva;
    l.jumpPercent = rules.jumpPercent;
    l.dropPercent = rules.dropPercent;
    l.assumedSplit = rules.assumedSplit;
    return l;
}

QStringList Finaliser::missing(const Inspection &in)
{
    QStringList gaps;
    if (in.checks.isEmpty())
        gaps << tr("Choose at least one check.");
    if (in.identify.present.name.trimmed().isEmpty())
        gaps << tr("Who was present: the name is missing.");
    if (in.signatures.inspector.isEmpty())
        gaps << tr("The inspector's signature is missing.");
    if (in.signatures.customer.isEmpty()) {
        if (in.signatures.refusalReason.trimmed().isEmpty())
            gaps << tr("The customer's signature is missing (or write why the customer refused).");
        else if (in.signatures.witness.isEmpty() || in.signatures.witnessName.trimmed().isEmpty())
            gaps << tr("The customer refused to sign: a witness must sign and give their name.");
    }
    for (const QString &file : {in.signatures.customer, in.signatures.inspector, in.signatures.witness}) {
        if (file.isEmpty())
            continue;
        if (std::none_of(in.evidence.begin(), in.evidence.end(),
                         [&file](const EvidenceItem &e) { return e.fileName == file; }))
            gaps << tr("The signature image %1 is not in the evidence list.").arg(file);
    }
    return gaps;
}

Result<SignedRecord> Finaliser::finalise(const FinaliseRequest &request)
{
    using R = Result<SignedRecord>;
    const Inspection &in = request.inspection;
    if (const QStringList gaps = missing(in); !gaps.isEmpty())
        return R::failure(gaps.join(QLatin1Char('\n')));
    InspectionStore store(m_db);
    if (store.isFinal(in.id))
        return R::failure(tr("Record %1 is already signed; use Correct to make a new revision.").arg(in.id));
    const auto customer = CustomerRepository(m_db.connection()).findByCode(in.customerCode);
    if (!customer)
        return R::failure(tr("No customer %1 in this data file.").arg(in.customerCode));
    for (const EvidenceItem &e : in.evidence) {
        if (!QFileInfo::exists(m_evidence.pathOf(e)))
            return R::failure(tr("The evidence file %1 is missing from %2.")
                                  .arg(e.fileName, QDir::toNativeSeparators(m_evidence.folder())));
    }
    const QDate day = request.finalisedAt.date();
    auto assessment = Checks::assess(*customer, in, m_library, day, request.limits);
    if (!assessment)
        return assessment.status();
    RecordContext context = request.context;
    if (context.tariffBook.isEmpty()) {
        const TariffBook *book = m_library.bookOn(day);
        context.tariffBook = book ? book->decision : QString();
    }
    if (context.number.isEmpty())
        context.number = store.nextNumber(context.inspectorCard, day);
    auto key = DeviceKey::loadOrCreate(m_secrets, request.keyName);
    if (!key)
        return key.status();
    auto signedRecord = SignedRecord::sign(
        SignedRecord::build(in, *customer, assessment.value(), context, request.finalisedAt), key.value());
    if (!signedRecord)
        return signedRecord;
    if (Status s = store.storeRecord(signedRecord.value(), request.finalisedAt); !s)
        return s;
    qCInfo(lcSecurity) << "Signed record" << signedRecord->id() << signedRecord->fingerprint;
    return signedRecord;
}

Status Finaliser::exportRecord(const SignedRecord &record, const QString &dir) const
{
    if (Status s = record.writeFolder(dir, m_evidence); !s)
        return s;
    return RecordPdf::write(record, QDir(dir).filePath(QStringLiteral("evidence")),
                            QDir(dir).filePath(QStringLiteral("bien-ban.pdf")));
}

} // namespace ta
