#include "models/inspection/inspectionsession.h"

#include "models/core/clock.h"
#include "models/core/logging.h"
#include "models/core/safename.h"
#include "models/customers/customerrepository.h"
#include "models/inspection/devicekey.h"
#include "models/inspection/evidencestore.h"
#include "models/inspection/inspectionstore.h"
#include "models/inspection/recordfolder.h"
#include "models/inspection/recordpdf.h"
#include "models/prescreen/flaggedlist.h"
#include "models/prescreen/prescreener.h"
#include "models/storage/database.h"
#include "models/tariff/pricestring.h"
#include "models/tariff/tarifflibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>

namespace ta {

namespace {

const char *const kStepIds[InspectionSession::StepCount] = {"checks", "identify",   "households",
                                                            "ratio",  "three-rate", "summary"};

} // namespace

/// One change of the draft: the draft before and after it. Typing in one field merges into one command.
class InspectionSession::Snapshot : public QUndoCommand
{
public:
    Snapshot(InspectionSession *session, Inspection before, Inspection after, int mergeId)
        : m_session(session), m_before(std::move(before)), m_after(std::move(after)), m_mergeId(mergeId)
    {
    }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != m_mergeId)
            return false;
        m_after = static_cast<const Snapshot *>(other)->m_after;
        return true;
    }
    void redo() override { m_session->apply(m_after); }
    void undo() override { m_session->apply(m_before); }

private:
    InspectionSession *m_session;
    Inspection m_before;
    Inspection m_after;
    int m_mergeId;
};

QString InspectionSession::stepId(Step step)
{
    return QLatin1StringView(kStepIds[int(step)]);
}

std::optional<InspectionSession::Step> InspectionSession::stepFromId(const QString &id)
{
    for (int i = 0; i < StepCount; ++i) {
        if (id == QLatin1StringView(kStepIds[i]))
            return Step(i);
    }
    return std::nullopt;
}

QStringList InspectionSession::proposedChecks(const std::vector<CustomerFlag> &flags, const Customer &customer,
                                              const TariffLibrary &library, const QDate &today)
{
    QStringList checks;
    const auto add = [&checks](const char *c) {
        if (!checks.contains(QLatin1StringView(c)))
            checks << QString::fromLatin1(c);
    };
    for (const CustomerFlag &f : flags) {
        if (f.rule == QLatin1StringView(rule::Households) || f.rule == QLatin1StringView(rule::Renters))
            add(check::Households);
        else if (f.rule == QLatin1StringView(rule::Ratio) || f.rule == QLatin1StringView(rule::Administrative))
            add(check::Ratio);
        else if (f.rule == QLatin1StringView(rule::ThreeRate))
            add(check::ThreeRate);
    }
    if (checks.isEmpty()) {
        // No warning: the check that fits the meter, households where the tier blocks count them.
        const RuleSet *law = library.regulations().on(today);
        const auto purposes = PriceString::parse(customer.priceString, library);
        const bool households =
            law && purposes && std::any_of(purposes->begin(), purposes->end(), [&](const Purpose &p) {
                return law->households.categories.contains(library.categoryOf(p.group));
            });
        add(households ? check::Households : check::Ratio);
    }
    add(check::Reading);
    const QStringList order{QLatin1StringView(check::Households), QLatin1StringView(check::Ratio),
                            QLatin1StringView(check::ThreeRate), QLatin1StringView(check::Reading)};
    std::sort(checks.begin(), checks.end(),
              [&order](const QString &a, const QString &b) { return order.indexOf(a) < order.indexOf(b); });
    return checks;
}

InspectionSession::InspectionSession(const InspectionEnvironment &environment, Inspection draft, Customer customer)
    : m_env(environment), m_draft(std::move(draft)), m_customer(std::move(customer)),
      m_assessment(Status::failure(QString()))
{
    for (QUndoStack *&stack : m_undo)
        stack = new QUndoStack(this);
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(AutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] { (void)flush(); });
    if (const auto step = stepFromId(m_draft.step); step && isAvailable(*step))
        m_step = *step;
    reassess();
}

InspectionSession::~InspectionSession()
{
    if (m_dirty && !m_finalised) {
        if (Status s = flush(); !s)
            qCWarning(lcStorage) << "The draft" << m_draft.id << "could not be saved on closing:" << s.error();
    }
}

Result<std::unique_ptr<InspectionSession>> InspectionSession::make(const InspectionEnvironment &env, Inspection draft)
{
    using R = Result<std::unique_ptr<InspectionSession>>;
    if (!env.data || !env.library || !env.clock)
        return R::failure(tr("No data file is open."));
    auto customer = CustomerRepository(env.data->connection()).findByCode(draft.customerCode);
    if (!customer)
        return R::failure(tr("No customer %1 in this data file.").arg(draft.customerCode));
    return std::unique_ptr<InspectionSession>(new InspectionSession(env, std::move(draft), *customer));
}

Result<std::unique_ptr<InspectionSession>> InspectionSession::openFor(const InspectionEnvironment &env,
                                                                      const QString &customerCode)
{
    using R = Result<std::unique_ptr<InspectionSession>>;
    if (!env.data || !env.library || !env.clock)
        return R::failure(tr("No data file is open."));
    const auto customer = CustomerRepository(env.data->connection()).findByCode(customerCode);
    if (!customer)
        return R::failure(tr("No customer %1 in this data file.").arg(customerCode));
    InspectionStore store(*env.data);
    if (std::optional<Inspection> open = store.openDraft(customerCode))
        return make(env, *open);
    const QStringList checks = proposedChecks(FlaggedList::flagsOf(env.data->connection(), customerCode), *customer,
                                              *env.library, env.clock->today());
    auto started = store.startDraft(*customer, checks, env.clock->now());
    if (!started)
        return started.status();
    return make(env, started.value());
}

Result<std::unique_ptr<InspectionSession>> InspectionSession::resume(const InspectionEnvironment &env,
                                                                     const QString &draftId)
{
    if (!env.data)
        return Result<std::unique_ptr<InspectionSession>>::failure(tr("No data file is open."));
    InspectionStore store(*env.data);
    if (store.isFinal(draftId))
        return Result<std::unique_ptr<InspectionSession>>::failure(
            tr("Record %1 is signed; use Correct to make a new revision.").arg(draftId));
    auto draft = store.draft(draftId);
    if (!draft)
        return draft.status();
    return make(env, draft.value());
}

Result<std::unique_ptr<InspectionSession>> InspectionSession::correct(const InspectionEnvironment &env,
                                                                      const QString &recordId)
{
    if (!env.data || !env.clock)
        return Result<std::unique_ptr<InspectionSession>>::failure(tr("No data file is open."));
    auto correction = InspectionStore(*env.data).startCorrection(recordId, env.clock->now());
    if (!correction)
        return correction.status();
    return make(env, correction.value());
}

Result<std::unique_ptr<InspectionSession>> InspectionSession::fromAnswers(const InspectionEnvironment &env,
                                                                          Inspection inspection)
{
    if (!env.data || !env.clock)
        return Result<std::unique_ptr<InspectionSession>>::failure(tr("No data file is open."));
    if (inspection.id.isEmpty())
        inspection.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    inspection.startedAt = env.clock->now();
    inspection.step = stepId(Step::Summary);
    if (!CustomerRepository(env.data->connection()).findByCode(inspection.customerCode))
        return Result<std::unique_ptr<InspectionSession>>::failure(
            tr("No customer %1 in this data file.").arg(inspection.customerCode));
    if (Status s = InspectionStore(*env.data).createDraft(inspection, env.clock->now()); !s)
        return s;
    return make(env, std::move(inspection));
}

bool InspectionSession::isAvailable(Step step) const
{
    switch (step) {
    case Step::Households:
        return m_draft.has(check::Households);
    case Step::Ratio:
        return m_draft.has(check::Ratio);
    case Step::ThreeRate:
        return m_draft.has(check::ThreeRate);
    default:
        return true;
    }
}

QList<InspectionSession::Step> InspectionSession::steps() const
{
    QList<Step> out;
    for (int i = 0; i < StepCount; ++i) {
        if (isAvailable(Step(i)))
            out << Step(i);
    }
    return out;
}

bool InspectionSession::setStep(Step step)
{
    if (!isAvailable(step))
        return false;
    const bool moved = step != m_step;
    m_step = step;
    if (m_draft.step != stepId(step) && !m_finalised) {
        m_draft.step = stepId(step);
        m_dirty = true;
    }
    // Leaving a step is a moment the inspector expects everything kept.
    if (m_dirty && !m_finalised)
        (void)flush();
    if (moved)
        Q_EMIT stepChanged(step);
    return true;
}

void InspectionSession::edit(const std::function<void(Inspection &)> &change, const QString &mergeKey)
{
    if (m_finalised)
        return;
    Inspection after = m_draft;
    change(after);
    after.step = m_draft.step;
    const int mergeId = mergeKey.isEmpty() ? -1 : int(qHash(mergeKey) & 0x7fffffff);
    m_undo[std::size_t(m_step)]->push(new Snapshot(this, m_draft, std::move(after), mergeId));
    // A step whose check was unticked is no longer where the inspector is.
    if (!isAvailable(m_step))
        setStep(Step::Checks);
}

bool InspectionSession::canUndo() const
{
    return m_undo[std::size_t(m_step)]->canUndo();
}

bool InspectionSession::undo()
{
    QUndoStack *stack = m_undo[std::size_t(m_step)];
    if (!stack->canUndo() || m_finalised)
        return false;
    stack->undo();
    return true;
}

void InspectionSession::apply(const Inspection &draft)
{
    const QString step = m_draft.step;
    m_draft = draft;
    m_draft.step = step;
    m_dirty = true;
    reassess();
    scheduleSave();
    Q_EMIT changed();
}

void InspectionSession::scheduleSave()
{
    m_autosave.start();
}

Status InspectionSession::flush()
{
    m_autosave.stop();
    if (!m_dirty || m_finalised)
        return Status::success();
    if (Status s = plainDiskFull(InspectionStore(*m_env.data).saveDraft(m_draft, m_env.clock->now())); !s) {
        Q_EMIT saveFailed(s.error());
        return s;
    }
    m_dirty = false;
    Q_EMIT saved();
    return Status::success();
}

void InspectionSession::reassess()
{
    const QDate finding = m_draft.findingDate(m_env.clock->now());
    auto context = CheckContext::on(*m_env.library, finding, m_env.preferences);
    m_assessment =
        context ? Checks::assess(m_customer, m_draft, context.value()) : Result<Assessment>(context.status());
}

Result<CheckOutcome> InspectionSession::outcomeOf(const QString &checkId) const
{
    const QDate finding = m_draft.findingDate(m_env.clock->now());
    auto context = CheckContext::on(*m_env.library, finding, m_env.preferences);
    if (!context)
        return context.status();
    const auto alone = [&](QStringList checks) -> Result<CheckOutcome> {
        Inspection only = m_draft;
        only.checks = std::move(checks);
        auto assessed = Checks::assess(m_customer, only, context.value());
        if (!assessed)
            return assessed.status();
        for (const CheckOutcome &o : assessed->outcomes) {
            if (o.check == checkId)
                return o;
        }
        return Result<CheckOutcome>::failure(tr("The check %1 is not part of this inspection.").arg(checkId));
    };
    // The three-rate rule is decided on the purposes the record proposes: a new ratio counts when it can
    // be worked out.
    if (checkId == QLatin1StringView(check::ThreeRate) && m_draft.has(check::Ratio)) {
        if (auto withRatio = alone({QLatin1StringView(check::Ratio), checkId}))
            return withRatio;
    }
    return alone({checkId});
}

namespace {

struct Gap
{
    InspectionSession::Step step;
    QString text;
};

} // namespace

static QList<Gap> gapsIn(const Inspection &in)
{
    using Step = InspectionSession::Step;
    QList<Gap> gaps;
    if (in.checks.isEmpty())
        gaps.append({Step::Checks, InspectionSession::tr("Choose at least one check.")});
    if (in.identify.present.name.trimmed().isEmpty())
        gaps.append({Step::Identify, InspectionSession::tr("Who was present: the name is missing.")});
    if (in.signatures.inspector.isEmpty())
        gaps.append({Step::Summary, InspectionSession::tr("The inspector's signature is missing.")});
    if (in.signatures.customer.isEmpty()) {
        if (in.signatures.refusalReason.trimmed().isEmpty())
            gaps.append({Step::Summary, InspectionSession::tr("The customer's signature is missing (or write why the "
                                                              "customer refused).")});
        else if (in.signatures.witness.isEmpty() || in.signatures.witnessName.trimmed().isEmpty())
            gaps.append({Step::Summary, InspectionSession::tr("The customer refused to sign: a witness must sign and "
                                                              "give their name.")});
    }
    for (const QString &file : {in.signatures.customer, in.signatures.inspector, in.signatures.witness}) {
        if (file.isEmpty())
            continue;
        if (std::none_of(in.evidence.begin(), in.evidence.end(),
                         [&file](const EvidenceItem &e) { return e.fileName == file; }))
            gaps.append({Step::Summary,
                         InspectionSession::tr("The signature image %1 is not in the evidence list.").arg(file)});
    }
    return gaps;
}

QStringList InspectionSession::missingIn(const Inspection &in)
{
    QStringList texts;
    for (const Gap &gap : gapsIn(in))
        texts << gap.text;
    return texts;
}

QStringList InspectionSession::missingIn(Step step) const
{
    QStringList texts;
    for (const Gap &gap : gapsIn(m_draft)) {
        if (gap.step == step)
            texts << gap.text;
    }
    const char *checkOfStep = step == Step::Households  ? check::Households
                              : step == Step::Ratio     ? check::Ratio
                              : step == Step::ThreeRate ? check::ThreeRate
                                                        : nullptr;
    if (checkOfStep && isAvailable(step)) {
        const auto outcome = outcomeOf(QLatin1StringView(checkOfStep));
        if (!outcome)
            texts << outcome.error();
    }
    return texts;
}

QStringList InspectionSession::missing() const
{
    return missingIn(m_draft);
}

Result<EvidenceItem> InspectionSession::addPicture(const QString &path, const QString &kind, const QString &caption)
{
    if (m_finalised)
        return Result<EvidenceItem>::failure(tr("The record is signed; it cannot change."));
    return addEvidence(EvidenceStore(m_env.evidenceFolder).addFile(path, kind, caption));
}

Result<EvidenceItem> InspectionSession::addPictureData(const QByteArray &bytes, const QString &kind,
                                                       const QString &caption)
{
    if (m_finalised)
        return Result<EvidenceItem>::failure(tr("The record is signed; it cannot change."));
    return addEvidence(EvidenceStore(m_env.evidenceFolder).add(bytes, kind, caption));
}

Result<EvidenceItem> InspectionSession::addEvidence(Result<EvidenceItem> item)
{
    if (!item)
        return item;
    const EvidenceItem added = item.value();
    edit([&added](Inspection &d) { d.evidence.push_back(added); });
    (void)flush();
    return item;
}

Status InspectionSession::removePicture(const QString &fileName)
{
    if (m_finalised)
        return Status::failure(tr("The record is signed; it cannot change."));
    const auto at = std::find_if(m_draft.evidence.begin(), m_draft.evidence.end(),
                                 [&fileName](const EvidenceItem &e) { return e.fileName == fileName; });
    if (at == m_draft.evidence.end() || at->kind.startsWith(QLatin1StringView("signature")))
        return Status::failure(tr("No picture %1 in this inspection.").arg(fileName));
    edit([&fileName](Inspection &d) {
        d.evidence.erase(std::remove_if(d.evidence.begin(), d.evidence.end(),
                                        [&fileName](const EvidenceItem &e) { return e.fileName == fileName; }),
                         d.evidence.end());
    });
    return flush();
}

Status InspectionSession::setSignature(const QString &who, const QByteArray &png)
{
    if (m_finalised)
        return Status::failure(tr("The record is signed; it cannot change."));
    if (who != QLatin1StringView("customer") && who != QLatin1StringView("inspector") &&
        who != QLatin1StringView("witness"))
        return Status::failure(tr("Unknown signer \"%1\".").arg(who));
    const QString kind = QStringLiteral("signature-") + who;
    std::optional<EvidenceItem> item;
    if (!png.isEmpty()) {
        auto stored = EvidenceStore(m_env.evidenceFolder).add(png, kind);
        if (!stored)
            return stored.status();
        item = stored.value();
    }
    edit([&](Inspection &d) {
        // The picture replaces any earlier one of the same signer.
        d.evidence.erase(std::remove_if(d.evidence.begin(), d.evidence.end(),
                                        [&kind](const EvidenceItem &e) { return e.kind == kind; }),
                         d.evidence.end());
        QString &slot = who == QLatin1StringView("customer")    ? d.signatures.customer
                        : who == QLatin1StringView("inspector") ? d.signatures.inspector
                                                                : d.signatures.witness;
        slot = item ? item->fileName : QString();
        if (item)
            d.evidence.push_back(*item);
    });
    return flush();
}

Result<QJsonObject> InspectionSession::buildRecord(const QDateTime &now) const
{
    using R = Result<QJsonObject>;
    // The customer as the data file holds it now (a list imported meanwhile counts).
    const auto customer = CustomerRepository(m_env.data->connection()).findByCode(m_draft.customerCode);
    if (!customer)
        return R::failure(tr("No customer %1 in this data file.").arg(m_draft.customerCode));
    const QDate finding = m_draft.findingDate(now);
    auto context = CheckContext::on(*m_env.library, finding, m_env.preferences);
    if (!context)
        return context.status();
    auto assessment = Checks::assess(*customer, m_draft, context.value());
    if (!assessment)
        return assessment.status();

    RecordContext record = m_env.context;
    if (Status s = safeName::check(record.inspectorCard, tr("Card number")); !s)
        return s;
    const TariffLibrary &library = *m_env.library;
    const TariffBook *inForce = library.bookOn(finding);
    record.tariffBook = inForce ? inForce->decision : QString();
    QStringList decisions = assessment->total.books;
    if (inForce && !decisions.contains(inForce->decision))
        decisions << inForce->decision;
    for (const QString &decision : decisions) {
        for (const TariffBook &b : library.books()) {
            if (b.decision == decision)
                record.books.push_back({b.decision, b.sha256, b.builtIn});
        }
    }
    record.preferences = m_env.preferences.toJson();
    record.number = InspectionStore(*m_env.data).nextNumber(record.inspectorCard, now.date());
    return SignedRecord::build(m_draft, *customer, assessment.value(), record, now);
}

Status InspectionSession::preview(const QString &pdfPath) const
{
    // The record as it would be signed now, unsigned: what the customer reads before anyone signs.
    auto built = buildRecord(m_env.clock->now());
    if (!built)
        return built.status();
    SignedRecord unsignedRecord;
    unsignedRecord.record = built.value();
    return RecordPdf::write(unsignedRecord, m_env.evidenceFolder, pdfPath, RecordPdf::Preview);
}

Result<FinalisedRecord> InspectionSession::finalise()
{
    using R = Result<FinalisedRecord>;
    if (m_finalised)
        return R::failure(tr("Record %1 is already signed.").arg(m_draft.id));
    if (Status s = flush(); !s)
        return s;
    if (!m_env.secrets)
        return R::failure(tr("No keychain is available: the record cannot be signed."));
    if (const QStringList gaps = missing(); !gaps.isEmpty())
        return R::failure(gaps.join(QLatin1Char('\n')));
    InspectionStore store(*m_env.data);
    if (store.isFinal(m_draft.id))
        return R::failure(tr("Record %1 is already signed; use Correct to make a new revision.").arg(m_draft.id));
    const EvidenceStore evidence(m_env.evidenceFolder);
    for (const EvidenceItem &e : m_draft.evidence) {
        if (!QFileInfo::exists(evidence.pathOf(e)))
            return R::failure(tr("The evidence file %1 is missing from %2.")
                                  .arg(e.fileName, QDir::toNativeSeparators(evidence.folder())));
    }
    const QDateTime now = m_env.clock->now();
    auto built = buildRecord(now);
    if (!built)
        return built.status();
    auto key = DeviceKey::loadOrCreate(*m_env.secrets, m_env.keyName);
    if (!key)
        return key.status();
    auto signedRecord = SignedRecord::sign(built.value(), key.value());
    if (!signedRecord)
        return signedRecord.status();
    if (Status s = plainDiskFull(store.storeRecord(signedRecord.value(), now)); !s)
        return s;
    m_finalised = true;
    m_dirty = false;
    qCInfo(lcSecurity) << "Signed record" << signedRecord->id() << signedRecord->fingerprint;

    FinalisedRecord out{signedRecord.value(), QString(), QString()};
    auto folder = RecordFolder::write(out.record, evidence, m_env.recordsFolder);
    if (folder)
        out.folder = folder.value();
    else
        out.folderError = folder.error();
    Q_EMIT finalised(out.record.id(), out.folder);
    return out;
}

} // namespace ta
