#pragma once

// An inspection being worked on: the one object the app's guided screens, `tariff-audit-cli inspect` and
// the sync outbox work through. It owns
//   * the draft (Inspection) and the customer it is about,
//   * undo per step (a QUndoStack for each step; typing in one field merges into one undo),
//   * the autosave: every change is written to the data file after a short quiet time (AutosaveDelayMs),
//     at once when the step changes, a picture or a signature is added, or the session closes, so a
//     killed process loses at most the last moment of typing,
//   * the assessment of the checks as the answers stand (recomputed after every change),
//   * the evidence files, and finalising: the record is assessed with the law in force on the finding
//     date, signed with the device key, stored, and written as a record folder with its PDF.
// Widgets only show and edit it; nothing here draws.
//
// Ownership: the session borrows what its InspectionEnvironment points to (the data file, the tariff
// library, the secret store, the clock); they must outlive it.

#include "models/core/result.h"
#include "models/customers/customer.h"
#include "models/inspection/checks.h"
#include "models/inspection/inspection.h"
#include "models/inspection/signedrecord.h"

#include <QObject>
#include <QTimer>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace ta {

class Clock;
class Database;
class SecretStore;
class TariffLibrary;
struct CustomerFlag;

/// What a session works with, and who signs.
struct InspectionEnvironment
{
    Database *data = nullptr;
    const TariffLibrary *library = nullptr;
    SecretStore *secrets = nullptr; ///< null: nothing can be signed (the message says why)
    const Clock *clock = nullptr;
    QString evidenceFolder;
    QString recordsFolder;
    QString keyName;       ///< DeviceKey::keyName(...) of the signer
    RecordContext context; ///< the signer's name, card, unit, profile, device, training
    CheckPreferences preferences;
};

/// A record just signed, and where its folder was written.
struct FinalisedRecord
{
    SignedRecord record;
    QString folder;
    QString folderError; ///< the record is signed and stored, but its folder or PDF could not be written
};

class InspectionSession : public QObject
{
    Q_OBJECT

public:
    enum class Step { Checks, Identify, Households, Ratio, ThreeRate, Summary };
    Q_ENUM(Step)
    static constexpr int StepCount = 6;
    static constexpr int AutosaveDelayMs = 400;

    /// "checks", "identify", "households", "ratio", "three-rate", "summary" (as drafts store it).
    static QString stepId(Step step);
    static std::optional<Step> stepFromId(const QString &id);
    /// The checks a customer's warnings call for, in walking order; the reading is always taken.
    static QStringList proposedChecks(const std::vector<CustomerFlag> &flags, const Customer &customer,
                                      const TariffLibrary &library, const QDate &today);

    /// The customer's open draft, or a new one with the checks proposed by its warnings.
    static Result<std::unique_ptr<InspectionSession>> openFor(const InspectionEnvironment &environment,
                                                              const QString &customerCode);
    /// A draft by id.
    static Result<std::unique_ptr<InspectionSession>> resume(const InspectionEnvironment &environment,
                                                             const QString &draftId);
    /// A new revision of the signed record @p recordId (same answers, signed again).
    static Result<std::unique_ptr<InspectionSession>> correct(const InspectionEnvironment &environment,
                                                              const QString &recordId);
    /// A new draft holding @p inspection as given (an answers file): its id is kept when it has one; the
    /// start is the clock's.
    static Result<std::unique_ptr<InspectionSession>> fromAnswers(const InspectionEnvironment &environment,
                                                                  Inspection inspection);

    ~InspectionSession() override;

    const Inspection &draft() const { return m_draft; }
    const Customer &customer() const { return m_customer; }
    const InspectionEnvironment &environment() const { return m_env; }

    Step step() const { return m_step; }
    /// Moves to @p step when the inspection has it (saved at once); false otherwise.
    bool setStep(Step step);
    bool isAvailable(Step step) const;
    /// The steps of this inspection, in order.
    QList<Step> steps() const;

    /// Changes the draft in the current step: @p change edits a copy, which becomes the draft (one undo).
    /// Consecutive edits with the same @p mergeKey (typing in one field) undo together.
    void edit(const std::function<void(Inspection &)> &change, const QString &mergeKey = {});
    bool canUndo() const;
    /// Restores the draft as it was before the last change in the current step.
    bool undo();

    /// Stores the picture at @p path (PNG or JPEG) as evidence of @p kind ("photo", "meter-photo").
    Result<EvidenceItem> addPicture(const QString &path, const QString &kind, const QString &caption = {});
    /// Stores a picture taken with the camera (PNG or JPEG bytes), fitted as every picture is.
    Result<EvidenceItem> addPictureData(const QByteArray &bytes, const QString &kind, const QString &caption = {});
    /// Takes the picture @p fileName out of the evidence (one undo brings it back); signatures are cleared
    /// on their pads instead.
    Status removePicture(const QString &fileName);
    /// The drawn signature of @p who ("customer", "inspector", "witness") as PNG bytes; empty clears it.
    Status setSignature(const QString &who, const QByteArray &png);

    /// The whole inspection's assessment as the answers stand; the error says what a check still needs.
    const Result<Assessment> &assessment() const { return m_assessment; }
    /// One check on its own (what its step shows).
    Result<CheckOutcome> outcomeOf(const QString &checkId) const;
    /// What is still missing before the record can be signed (translated, one line each).
    QStringList missing() const;
    static QStringList missingIn(const Inspection &inspection);
    /// What @p step still needs: the gaps of missing() that belong to it, and for a check's step what the
    /// check needs before it can conclude (the step bar marks such steps).
    QStringList missingIn(Step step) const;

    /// Writes a pending change now.
    Status flush();
    bool hasUnsavedChanges() const { return m_dirty; }

    /// Signs the record (law of the finding date, device key), stores it and writes its folder and PDF.
    Result<FinalisedRecord> finalise();
    /// Writes to @p pdfPath the record as it would be signed now, marked as a preview on every page (what the
    /// customer reads before signing). Nothing is stored; gaps (signatures) show as blanks.
    Status preview(const QString &pdfPath) const;

Q_SIGNALS:
    /// The draft changed (an edit, an undo, a picture, a signature); the assessment is up to date.
    void changed();
    void stepChanged(ta::InspectionSession::Step step);
    void saved();
    void saveFailed(const QString &error);
    /// The record was signed and stored; @p folder holds it with its PDF (empty when it could not be written).
    void finalised(const QString &recordId, const QString &folder);

private:
    InspectionSession(const InspectionEnvironment &environment, Inspection draft, Customer customer);
    static Result<std::unique_ptr<InspectionSession>> make(const InspectionEnvironment &environment, Inspection draft);
    class Snapshot;
    friend class Snapshot;

    /// The record's JSON for the draft as it stands, assessed by the law of its finding date.
    Result<QJsonObject> buildRecord(const QDateTime &now) const;
    /// Adds a stored picture to the draft (one edit) and saves.
    Result<EvidenceItem> addEvidence(Result<EvidenceItem> item);
    void apply(const Inspection &draft);
    void reassess();
    void scheduleSave();

    InspectionEnvironment m_env;
    Inspection m_draft;
    Customer m_customer;
    Step m_step = Step::Checks;
    std::array<QUndoStack *, StepCount> m_undo{};
    Result<Assessment> m_assessment;
    QTimer m_autosave;
    bool m_dirty = false;
    bool m_finalised = false;
};

} // namespace ta
