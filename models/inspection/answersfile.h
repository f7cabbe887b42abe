#pragma once

// The answers file of `tariff-audit-cli inspect` (docs/answers-file.md): an inspection written down
// instead of walked through on screen, for back-office entry of a paper record and for scripts. It goes
// through the very InspectionSession the app's screens use, so the same answers and pictures make the
// same record, byte for byte.
//
// Fields the signer does not choose are refused, each by name: who signs is the signed-in profile (not an
// "inspector" object), the signing time is the clock's (not "finalisedAt" or "startedAt"; a paper
// record's visit is "visitedAt", shown as such), the customer is given on the command line.

#include "models/core/result.h"
#include "models/inspection/inspection.h"
#include "models/inspection/inspectionsession.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace ta {

class AnswersFile
{
public:
    struct Picture
    {
        QString path; ///< absolute
        QString kind;
        QString caption;
        QString field; ///< where it was named ("photos[1].file"), for messages
    };

    Inspection inspection;       ///< without evidence: pictures are added through the session
    std::vector<Picture> photos; ///< in file order
    QString signature[3];        ///< customer, inspector, witness: absolute paths of PNG or JPEG drawings

    /// Reads and checks @p path for @p customerCode; every error names the file and the field.
    static Result<AnswersFile> read(const QString &path, const QString &customerCode);
    /// The same checks on an answers object already read (a scenario's model answer): messages start with
    /// @p name, pictures are relative to @p folder.
    static Result<AnswersFile> fromJson(QJsonObject json, const QString &name, const QString &folder,
                                        const QString &customerCode);

    /// Records it: a draft through InspectionSession::fromAnswers, the photos, then the signatures in the
    /// order customer, inspector, witness, and finalise.
    Result<FinalisedRecord> record(const InspectionEnvironment &environment) const;

private:
    Result<FinalisedRecord> record(InspectionSession &session) const;
};

} // namespace ta
