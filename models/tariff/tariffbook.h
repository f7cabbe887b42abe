#pragma once

// A tariff book: one decision of the Ministry of Industry and Trade (e.g. 1279/QĐ-BCT) as data. Prices are
// integer dong per kWh, VAT excluded. The structure is generic so that a later decision (a 5-tier ladder,
// other voltage classes, new customer groups) loads with no code change:
//
//   voltageBands  named kV ranges ("<6kV" = [0, 6), ">=22kV" = [22, ∞), …) that price rows refer to
//   groups        each with a category the legal rules refer to ("residential", "production", "business",
//                 "administrative", …; see Regulations) and the CMIS price-group codes that name it in a
//                 price string (CHUOI_GIA: "SHBT" → residential), and of one kind:
//                   ladder  tiers with increasing upper bounds (kWh per household per month), the last one
//                           open; optional prepaid flat price; the tier billed to undeclared renters
//                   tou     per voltage band: normal / off-peak / peak prices
//                   flat    per voltage band: one price
//
// The file format is documented in docs/tariff-books.md.

#include "models/core/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ta {

/// A named kV range [minKv, maxKv) (or [minKv, maxKv] when maxInclusive).
struct VoltageBand
{
    QString code;
    double minKv = 0;
    std::optional<double> maxKv;
    bool maxInclusive = false;
    bool contains(double kv) const;
};

enum class GroupKind { Ladder, TimeOfUse, Flat };

struct Tier
{
    std::optional<int> upTo; ///< kWh per household per month; empty for the last, open tier
    qint64 price = 0;
};

struct TouPrice
{
    QString voltage; ///< VoltageBand code
    qint64 normal = 0;
    qint64 offPeak = 0;
    qint64 peak = 0;
};

struct FlatPrice
{
    QString voltage; ///< VoltageBand code
    qint64 price = 0;
};

struct TariffGroup
{
    QString id;            ///< "residential", "business", "ev-charging", … as the book names it
    QString category;      ///< the legal category the rules apply by ("residential", "business", …)
    QStringList cmisCodes; ///< the codes of the group in a CMIS price string ("SHBT")
    QString nameVi;
    QString nameEn;
    GroupKind kind = GroupKind::Flat;
    QString confidence; ///< "firm" (checked against the text or a real bill) or "check"
    std::vector<Tier> tiers;
    std::optional<qint64> prepaid;
    int undeclaredRentersTier = 0; ///< 1-based; 0 when the book does not say
    std::vector<TouPrice> touPrices;
    std::vector<FlatPrice> flatPrices;

    QString name(const QString &language) const { return language == QLatin1StringView("en") ? nameEn : nameVi; }
};

struct TariffBook
{
    QString decision; ///< "1279/QĐ-BCT"
    QString source;   ///< the legal text it comes from
    QString notes;
    QString fileName;
    QString sha256; ///< of the file's bytes: what a leader accepts and a signed record names
    bool builtIn = false;
    bool accepted = true; ///< a user-supplied book prices nothing until a leader accepts it
    QDate effectiveFrom;
    std::optional<QDate> effectiveTo; ///< inclusive; otherwise in force until the next book
    std::vector<VoltageBand> voltageBands;
    std::vector<TariffGroup> groups;

    const TariffGroup *group(const QString &id) const;
    const VoltageBand *voltageBand(const QString &code) const;

    /// Parses and validates a book; errors name the file and the field ("groups[0].tiers[2].upTo").
    static Result<TariffBook> fromJson(const QByteArray &json, const QString &fileName);
};

} // namespace ta
