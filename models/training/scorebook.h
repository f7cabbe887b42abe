#pragma once

// A trainee's score book: every scenario attempt (started, finished, the score item by item), kept as a
// JSON file of the training workspace (scores/profile-<id>.json) so that a trainer's view reads
// the class on this device, and the same file exported from another tablet can be imported. From it: the
// score sheet (scenarios done, best score, time, mistakes by rule) as CSV and PDF.
//
// Practice is the trainee's side of it: a scenario started in the training data file (its customer put in,
// a fresh draft on the scenario's day) and scored when the record is signed.

#include "models/core/result.h"
#include "models/training/scenario.h"
#include "models/training/scorer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace ta {

class Database;
class Words;

struct ScoreAttempt
{
    QString scenarioId;
    QString title;
    QString recordId; ///< the draft, then the record, in the trainee's training data file
    QDateTime startedAt;
    QDateTime finishedAt; ///< invalid while under way
    int total = 0;
    int maximum = 0;
    QJsonArray items; ///< ScoreSheet::toJson()'s items

    bool finished() const { return finishedAt.isValid(); }
    qint64 seconds() const { return finished() ? startedAt.secsTo(finishedAt) : 0; }
    int percent() const { return maximum > 0 ? total * 100 / maximum : 0; }
};

/// How often a rule was missed.
struct RuleMisses
{
    QString rule;
    int count = 0;
};

class ScoreBook
{
public:
    static constexpr auto Format = "tariff-audit-scores/1";

    qint64 profileId = 0;
    QString trainee; ///< full name
    QString card;
    QString branch;
    QString device; ///< where the attempts were made
    std::vector<ScoreAttempt> attempts;

    /// scores/profile-<id>.json under @p workspaceRoot.
    static QString pathFor(const QString &workspaceRoot, qint64 profileId);
    /// The folder of every score book of a workspace.
    static QString folderOf(const QString &workspaceRoot);
    /// An empty book when @p path does not exist yet.
    static Result<ScoreBook> read(const QString &path);
    static Result<ScoreBook> fromJson(const QJsonObject &json, const QString &name);
    QJsonObject toJson() const;
    /// Written whole or not at all.
    Status write(const QString &path) const;

    ScoreAttempt *attemptFor(const QString &recordId);
    /// The finished attempts, the best of each scenario (then the latest), in the order first done.
    std::vector<ScoreAttempt> bestAttempts() const;
    /// Every wrong item of the finished attempts, by rule, the most missed first.
    std::vector<RuleMisses> mistakesByRule() const;
    qint64 totalSeconds() const;

    /// The score sheet: one line per finished attempt, then the mistakes by rule.
    Status writeCsv(const QString &path, const Words &words) const;
    Status writePdf(const QString &path, const Words &words) const;
};

/// A set of scenarios a trainer assigns as an exam, with a pass mark. Each scenario counts with its first
/// attempt finished after the exam was set: a retry is practice, not the exam.
struct Exam
{
    QString id;
    QString name;
    QStringList scenarios; ///< scenario ids
    int passPercent = 80;
    QDateTime createdAt;
};

struct ExamResult
{
    int done = 0;      ///< scenarios of the exam attempted since it was set
    int scenarios = 0; ///< in the exam
    int total = 0;     ///< points of those attempts
    int maximum = 0;
    int percent() const { return maximum > 0 ? total * 100 / maximum : 0; }
    bool complete() const { return scenarios > 0 && done == scenarios; }
    bool passed(const Exam &exam) const { return complete() && percent() >= exam.passPercent; }
};

/// The exams of a training workspace (exams.json in it).
class Exams
{
    Q_DECLARE_TR_FUNCTIONS(ta::Exams)

public:
    static QString pathFor(const QString &workspaceRoot);
    /// None when the file does not exist yet.
    static Result<std::vector<Exam>> read(const QString &path);
    static Status write(const QString &path, const std::vector<Exam> &exams);
    /// What is wrong with @p exam (empty name, no scenario, an unknown one, a pass mark outside 1–100).
    static QString problem(const Exam &exam, const std::vector<Scenario> &known);
    static ExamResult resultOf(const Exam &exam, const ScoreBook &book);
};

class Practice
{
public:
    /// Puts the scenario's customer in the training data file @p data and starts a fresh draft for it on the
    /// scenario's day (any open draft of that customer is discarded: a retry starts afresh). Returns the
    /// draft's id.
    static Result<QString> start(Database &data, const Scenario &scenario, const QDateTime &now);

    /// Scores the signed inspection @p inspection of the attempt and records it in @p book.
    static Result<ScoreSheet> finish(ScoreBook &book, const Scenario &scenario, const Inspection &inspection,
                                     const TariffLibrary &library, const QDateTime &now);
};

} // namespace ta
