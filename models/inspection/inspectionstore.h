#pragma once

// Inspections in a profile's data file: drafts saved after every change (one small transaction each, so a
// killed process loses at most the field being typed) and finalised records, which are never changed: a
// correction is a new draft whose revision names the record it replaces.

#include "models/core/result.h"
#include "models/inspection/inspection.h"
#include "models/inspection/signedrecord.h"

#include <QDateTime>
#include <optional>

namespace ta {

class Database;

class InspectionStore
{
public:
    explicit InspectionStore(Database &db);

    /// A new draft for @p customerCode with the checks proposed (a fresh id).
    Result<Inspection> startDraft(const QString &customerCode, const QStringList &checks, const QDateTime &now);
    /// A new draft for @p customer with what the list already knows filled in, for the inspector to confirm
    /// or change: the person present is the customer, the meter seen is the listed meter.
    Result<Inspection> startDraft(const Customer &customer, const QStringList &checks, const QDateTime &now);
    /// Stores @p draft as a new draft under its own id; refused when the id is taken.
    Status createDraft(const Inspection &draft, const QDateTime &now);
    /// Saves @p draft as it is now; refused for a finalised record.
    Status saveDraft(const Inspection &draft, const QDateTime &now);
    /// The open draft of a customer, if any (the newest).
    std::optional<Inspection> openDraft(const QString &customerCode) const;
    Result<Inspection> draft(const QString &id) const;
    /// Discards a draft (never a record).
    Status discardDraft(const QString &id);

    /// Stores the signed record of a draft and marks the customer recorded, in one transaction.
    Status storeRecord(const SignedRecord &record, const QDateTime &now);
    Result<SignedRecord> record(const QString &id) const;
    bool isFinal(const QString &id) const;
    /// A new draft correcting the record @p id: same answers, revision + 1, replaces = id.
    Result<Inspection> startCorrection(const QString &id, const QDateTime &now);
    /// The next record number for @p card on @p day: "<card>-<yyyyMMdd>-<n>".
    QString nextNumber(const QString &card, const QDate &day) const;

private:
    Database &m_db;
};

} // namespace ta
