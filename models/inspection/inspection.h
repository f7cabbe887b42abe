#pragma once

// An inspection at the customer's door, as the inspector fills it in: who was there, what was seen, the
// answers of each check, the statement and the signatures. A draft is saved as this structure's JSON after
// every change; the same JSON (without ids) is the answers file of `tariff-audit-cli inspect`
// (docs/answers-file.md). Quantities keep their natural units; fractions travel as decimal text.

#include "models/core/result.h"
#include "models/inspection/evidencestore.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ta {

/// The checks an inspection can hold, in the order they are walked through.
namespace check {
inline constexpr auto Households = "households";
inline constexpr auto Ratio = "ratio";
inline constexpr auto ThreeRate = "three-rate";
inline constexpr auto Reading = "reading";
} // namespace check

/// Evidence a household is living at the address (TT 09/2023: residence data, no longer the household book).
/// Which of them count is the regulation's (RuleSet::Households::countedDocuments); "other" is listed but
/// counts only with a leader's note.
namespace householdDocument {
inline constexpr auto Cccd = "cccd";   ///< citizen identity card with the address
inline constexpr auto Ct07 = "ct07";   ///< residence certificate
inline constexpr auto Vneid = "vneid"; ///< residence shown in VNeID
inline constexpr auto Lease = "lease"; ///< lease of 12 months or more
inline constexpr auto Other = "other";
/// Every kind, in the order they are offered.
QStringList all();
} // namespace householdDocument

struct PresentPerson
{
    QString name;
    QString role = QStringLiteral("customer"); ///< "customer" or "representative"
    QString idNumber;
};

struct IdentifyAnswers
{
    QString meterSerialSeen;
    std::optional<qint64> reading;         ///< today's reading (index), whole kWh
    std::optional<qint64> previousReading; ///< the last billed reading
    QDate previousReadingDate;
    std::optional<double> latitude;
    std::optional<double> longitude;
    PresentPerson present;
};

struct HouseholdEvidence
{
    QString head;       ///< head of household
    QString document;   ///< a householdDocument value
    QString leaderNote; ///< who allowed an "other" document to count, and why
};

struct HouseholdAnswers
{
    std::vector<HouseholdEvidence> households;
    int renterPersons = 0;          ///< renters not forming households, counted by persons
    bool usersUndeclared = false;   ///< the landlord cannot declare who uses the power
    std::optional<int> leaseMonths; ///< the renters' lease, needed when the users are not declared
};

struct Appliance
{
    QString name;
    double kw = 0;
    int quantity = 1;
    double simultaneity = 1; ///< 0–1
    double hoursPerDay = 0;
    int daysPerMonth = 30;
    QString group; ///< CMIS price-group code of its purpose ("SHBT", "KDDV", …)

    /// kW × quantity × simultaneity × hours/day × days/month.
    double kwhPerMonth() const { return kw * quantity * simultaneity * hoursPerDay * daysPerMonth; }
};

struct RatioAnswers
{
    std::vector<Appliance> appliances;
};

struct ThreeRateAnswers
{
    QDate swapDate;
    QString newMeterSerial;
    std::optional<qint64> openingNormal;
    std::optional<qint64> openingPeak;
    std::optional<qint64> openingOffPeak;
};

struct SignatureAnswers
{
    QString customer;  ///< evidence file name of the drawn signature, or empty
    QString inspector; ///< evidence file name
    QString witness;   ///< evidence file name when the customer refused
    QString witnessName;
    QString refusalReason; ///< why the customer did not sign
};

struct Inspection
{
    QString id; ///< the record's id (UUID), fixed when the draft starts
    int revision = 1;
    QString replaces; ///< id of the record this revision corrects
    QString customerCode;
    QDateTime startedAt;
    QString place;
    /// When the visit took place, for a paper record entered later (back-office entry); invalid for a
    /// record made at the door, whose time is the signing time. The record shows it as such.
    QDateTime visitedAt;
    QStringList checks; ///< check ids, in walking order
    QString step;       ///< where the inspector was, for resuming
    IdentifyAnswers identify;
    HouseholdAnswers households;
    RatioAnswers ratio;
    ThreeRateAnswers threeRate;
    QString statement; ///< the customer's statement
    std::vector<EvidenceItem> evidence;
    SignatureAnswers signatures;

    bool has(const char *checkId) const { return checks.contains(QLatin1StringView(checkId)); }
    /// The day the findings were made: the visit's day when given, otherwise @p signedAt's.
    QDate findingDate(const QDateTime &signedAt) const
    {
        return visitedAt.isValid() ? visitedAt.date() : signedAt.date();
    }

    QJsonObject toJson() const;
    /// Reads a draft or an answers file; errors name the field ("ratio.appliances[2].kw").
    static Result<Inspection> fromJson(const QJsonObject &json);
};

} // namespace ta
