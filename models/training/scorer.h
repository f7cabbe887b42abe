#pragma once

// Scoring a trainee's inspection against a scenario's expected conclusions. The inspection is assessed by
// the very checks a record is signed with (Checks::assess, the law of the scenario's day and the default
// preferences), then each expected item is compared: right or wrong, its points, the expected and the given
// value, and the rule that decides it in plain words with its legal basis. The app scores a finalised
// training record, `tariff-audit-cli score` an answers file; both come here.

#include "models/core/result.h"
#include "models/inspection/answersfile.h"
#include "models/inspection/inspection.h"
#include "models/training/scenario.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace ta {

class TariffLibrary;
class Words;

/// The rules a scenario's conclusions are decided by: an id, the check it belongs to, and an explanation.
class ScenarioRules
{
public:
    static QStringList ids();
    static bool isKnown(const QString &id);
    /// The check id the rule belongs to; empty for the record's evidence and the record as a whole.
    static QString checkOf(const QString &id);
    /// The rule in plain words, in the language of @p words.
    static QString explanation(const QString &id, const Words &words);
    /// A few words naming the rule, for tables.
    static QString name(const QString &id, const Words &words);
};

/// What the trainee did: the answers, and the evidence taken.
struct TraineeWork
{
    Inspection inspection;
    int photos = 0;
    bool customerSigned = false;
    bool witnessSigned = false;

    /// From an answers file (the pictures it names).
    static TraineeWork of(const AnswersFile &answers);
    /// From an inspection as the app holds it (its evidence and signatures).
    static TraineeWork of(const Inspection &inspection);
};

struct ScoreLine
{
    QString item;
    QString check; ///< empty for evidence and the record as a whole
    bool right = false;
    int points = 0; ///< earned
    int maximum = 0;
    QJsonValue expected;
    QJsonValue given; ///< null when the check was not done
    QString rule;
};

struct ScoreSheet
{
    QString scenarioId;
    int total = 0;
    int maximum = 0;
    std::vector<ScoreLine> lines;
    qint64 expectedMoney = 0;
    qint64 givenMoney = 0;
    QJsonObject rules; ///< the legal thresholds the inspection was assessed with (RuleSet::toJson())

    int percent() const { return maximum > 0 ? int(total * 100 / maximum) : 0; }
    /// The lines that were wrong.
    std::vector<ScoreLine> mistakes() const;
    /// As `tariff-audit-cli score --json` prints it.
    QJsonObject toJson() const;
};

class Scorer
{
public:
    /// Assesses @p work on the scenario's customer and day and scores it. Fails only when the answers
    /// cannot be assessed at all (the message says which check needs what).
    static Result<ScoreSheet> score(const Scenario &scenario, const TraineeWork &work, const TariffLibrary &library);

    /// A value of an item in words ("1.75", "yes", "not checked", "2,148,252 đ").
    static QString describe(const QString &item, const QJsonValue &value, const Words &words);
    static QString itemName(const QString &item, const Words &words);
};

} // namespace ta
