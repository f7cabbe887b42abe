#include "models/prescreen/prescreener.h"

#include "models/security/sodium.h"

#include "models/core/language.h"
#include "models/core/logging.h"
#include "models/core/money.h"
#include "models/core/settings.h"
#include "models/customers/historycodec.h"
#include "models/rules/householdquota.h"
#include "models/rules/touobligation.h"
#include "models/storage/database.h"
#include "models/storage/sqlitestatement.h"
#include "models/tariff/billengine.h"
#include "models/tariff/pricestring.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentMap>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ta {

namespace {

QString monthText(int yyyymm)
{
    return QStringLiteral("%1/%2").arg(yyyymm % 100, 2, 10, QLatin1Char('0')).arg(yyyymm / 100);
}

// A warning is stored as its kind and values, {"k": kind, "a": [values]}, and put into words when shown,
// so it reads in whatever language the interface has then.
QString storedReason(const char *kind, const QStringList &values)
{
    // Written by hand (this runs for every flag of a million customers), read back with QJsonDocument.
    const auto quoted = [](QString &out, const QString &text) {
        out += QLatin1Char('"');
        for (const QChar c : text) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                out += QLatin1Char('\\');
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
        out += QLatin1Char('"');
    };
    // Made once at its full length (appended a character at a time, it would be copied as it grows).
    qsizetype length = 16 + qsizetype(std::strlen(kind));
    for (const QString &v : values)
        length += v.size() + 3;
    QString out;
    out.reserve(length);
    out += QLatin1StringView("{\"a\":[");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        quoted(out, values.at(i));
    }
    out += QStringLiteral("],\"k\":");
    quoted(out, QLatin1StringView(kind));
    out += QLatin1Char('}');
    return out;
}

/// The value @p hash keeps for @p key, or null (also without a hash).
template <typename Hash, typename Key> const typename Hash::mapped_type *memoised(const Hash *hash, const Key &key)
{
    if (!hash)
        return nullptr;
    const auto it = hash->constFind(key);
    return it == hash->constEnd() ? nullptr : &it.value();
}

/// The results stored for one customer: its digest (PrescreenResults::digestOf), none when there are flags
/// without a rank or a rank stored before digests were.
struct StoredResult
{
    qint64 id = 0;
    std::optional<qint64> digest;
};

/// What flags and customer_rank hold for the customers with row ids in [@p from, @p to), in the order of their ids.
Status readStored(const SqliteReader &reader, qint64 from, qint64 to, std::vector<StoredResult> &out)
{
    // Both tables are keyed by the customer's id: each is read in its order, and the two merged. Of the flags
    // only the customers are read (a customer with flags and no rank is one whose results differ).
    SqliteStatement ranks(reader.handle(), "SELECT customer_id, digest FROM customer_rank"
                                           " WHERE customer_id >= ? AND customer_id < ? ORDER BY customer_id");
    SqliteStatement flagged(reader.handle(), "SELECT DISTINCT customer_id FROM flags"
                                             " WHERE customer_id >= ? AND customer_id < ? ORDER BY customer_id");
    for (SqliteStatement *st : {&ranks, &flagged}) {
        if (!st->isValid())
            return Status::failure(reader.handle() ? st->error() : reader.error());
        st->bindInt(1, from);
        st->bindInt(2, to);
    }
    // Room for a usual share of flagged customers (a fifth or so), rather than growing from none.
    out.reserve(std::size_t(std::max<qint64>(0, to - from) / 4));
    bool rank = ranks.next(), flag = flagged.next();
    while (rank || flag) {
        const qint64 rankId = rank ? ranks.int64(0) : std::numeric_limits<qint64>::max();
        const qint64 flagId = flag ? flagged.int64(0) : std::numeric_limits<qint64>::max();
        StoredResult &r = out.emplace_back();
        r.id = std::min(rankId, flagId);
        if (rankId == r.id) {
            if (!ranks.isNull(1))
                r.digest = ranks.int64(1);
            rank = ranks.next();
        }
        if (flagId == r.id)
            flag = flagged.next();
        else
            r.digest.reset(); // a rank without flags is not written so
    }
    if (ranks.failed())
        return Status::failure(ranks.error());
    if (flagged.failed())
        return Status::failure(flagged.error());
    return Status::success();
}

} // namespace

QString reasonText(const QString &stored)
{
    const QJsonObject o = QJsonDocument::fromJson(stored.toUtf8()).object();
    const QString kind = o.value(QStringLiteral("k")).toString();
    const QJsonArray a = o.value(QStringLiteral("a")).toArray();
    const auto text = [&a](int i) {
        return a.at(i).toString();
    };
    const auto number = [&a](int i) {
        return money::formatNumber(a.at(i).toString().toLongLong());
    };
    // Fractions in the interface language's own writing (1,75 in Vietnamese, 1.75 in English).
    const QLocale locale(Language::currentCode() == QLatin1StringView("en") ? QLocale::English : QLocale::Vietnamese);
    const auto decimal = [&a, &locale](int i) {
        return locale.toString(a.at(i).toString().toDouble(), 'f', QLocale::FloatingPointShortest);
    };
    if (kind == QLatin1StringView("households"))
        return QCoreApplication::translate("ta::Prescreener", "%1 households share the meter: each tier block is "
                                                              "multiplied by them. Check the households living at "
                                                              "the address (CCCD, CT07, VNeID). TT 16/2014 Art. 10; "
                                                              "TT 09/2023.")
            .arg(decimal(0));
    if (kind == QLatin1StringView("renters"))
        return QCoreApplication::translate("ta::Prescreener", "Renters counted by persons (%1 quotas, 4 persons = "
                                                              "1). Check the lease (12 months or more) and the "
                                                              "persons declared.")
            .arg(decimal(0));
    if (kind == QLatin1StringView("ratio-checked"))
        return QCoreApplication::translate("ta::Prescreener", "Multi-purpose meter (%1); the ratio was last agreed "
                                                              "on %2. Re-check it with an equipment inventory. TT "
                                                              "60/2025.")
            .arg(text(0), QDate::fromString(text(1), Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy")));
    if (kind == QLatin1StringView("ratio-never"))
        return QCoreApplication::translate("ta::Prescreener", "Multi-purpose meter (%1); no ratio check is "
                                                              "recorded. Check it with an equipment inventory. TT "
                                                              "60/2025.")
            .arg(text(0));
    if (kind == QLatin1StringView("administrative"))
        return QCoreApplication::translate("ta::Prescreener", "Billed 100 % at the administrative price: check "
                                                              "for business use (rented space, canteen, services), "
                                                              "which needs a business share.");
    if (kind == QLatin1StringView("three-rate-kwh"))
        return QCoreApplication::translate("ta::Prescreener", "Single-rate meter at %1 kWh a month on average over "
                                                              "%2 to %3 (threshold %4): must move to a three-rate "
                                                              "meter.")
            .arg(decimal(0), monthText(text(2).toInt()), monthText(text(3).toInt()), number(1));
    if (kind == QLatin1StringView("three-rate-kva"))
        return QCoreApplication::translate("ta::Prescreener", "Single-rate meter on a dedicated %1 kVA transformer "
                                                              "(threshold %2 kVA): must move to a three-rate meter.")
            .arg(number(0), number(1));
    if (kind == QLatin1StringView("zero"))
        return QCoreApplication::translate("ta::Prescreener", "No consumption in %1 after %2 kWh a month: check "
                                                              "the meter and the reading.")
            .arg(monthText(text(1).toInt()), number(2));
    if (kind == QLatin1StringView("jump"))
        return QCoreApplication::translate("ta::Prescreener", "%1 kWh in %2 against %3 before: a jump to check.")
            .arg(number(0), monthText(text(1).toInt()), number(2));
    if (kind == QLatin1StringView("drop"))
        return QCoreApplication::translate("ta::Prescreener", "%1 kWh in %2 against %3 before: a drop to check.")
            .arg(number(0), monthText(text(1).toInt()), number(2));
    return stored; // written by another version: shown as it is
}

QString impactNoteText(const QString &stored)
{
    if (stored.isEmpty())
        return {};
    const QJsonObject o = QJsonDocument::fromJson(stored.toUtf8()).object();
    const QString kind = o.value(QStringLiteral("k")).toString();
    const QJsonArray a = o.value(QStringLiteral("a")).toArray();
    if (kind == QLatin1StringView("needs-inventory"))
        return QCoreApplication::translate("ta::Prescreener", "Impact unknown: the shares of the uses can only be "
                                                              "measured with an equipment inventory at the visit.");
    if (kind == QLatin1StringView("reading"))
        return QCoreApplication::translate("ta::Prescreener", "Impact unknown: it depends on the reading found at "
                                                              "the meter.");
    if (kind == QLatin1StringView("bill-error"))
        return QCoreApplication::translate("ta::Prescreener", "Impact unknown: the bill could not be made (%1).")
            .arg(a.at(0).toString());
    return stored;
}

QString ruleName(const QString &id)
{
    if (id == QLatin1StringView(rule::Households))
        return QCoreApplication::translate("ta::Prescreener", "Shared meter");
    if (id == QLatin1StringView(rule::Renters))
        return QCoreApplication::translate("ta::Prescreener", "Renters");
    if (id == QLatin1StringView(rule::Ratio))
        return QCoreApplication::translate("ta::Prescreener", "Price ratio");
    if (id == QLatin1StringView(rule::Administrative))
        return QCoreApplication::translate("ta::Prescreener", "Administrative, 100 %");
    if (id == QLatin1StringView(rule::ThreeRate))
        return QCoreApplication::translate("ta::Prescreener", "Three-rate meter");
    if (id == QLatin1StringView(rule::Abnormal))
        return QCoreApplication::translate("ta::Prescreener", "Abnormal consumption");
    return id;
}

PrescreenRules PrescreenRules::fromSettings(const Settings &s)
{
    PrescreenRules r;
    r.households = s.value(settings::PrescreenHouseholds);
    r.renters = s.value(settings::PrescreenRenters);
    r.ratio = s.value(settings::PrescreenRatio);
    r.administrative = s.value(settings::PrescreenAdministrative);
    r.threeRate = s.value(settings::PrescreenThreeRate);
    r.abnormal = s.value(settings::PrescreenAbnormal);
    r.ratioStaleMonths = s.value(settings::RatioStaleMonths);
    r.anomalies.jumpPercent = s.value(settings::JumpPercent);
    r.anomalies.dropPercent = s.value(settings::DropPercent);
    return r;
}

Result<PrescreenCustomer> PrescreenCustomer::of(const Customer &c, const TariffLibrary &library)
{
    auto purposes = PriceString::parse(c.priceString, library);
    if (!purposes)
        return purposes.status();
    return of(c, purposes.value());
}

PrescreenCustomer PrescreenCustomer::of(const Customer &c, const QList<Purpose> &purposes)
{
    PrescreenCustomer p;
    p.purposes = purposes;
    p.priceString = c.priceString;
    p.households = c.households;
    p.threeRateMeter = c.meterKind == MeterKind::ThreeRate;
    p.voltage = c.voltage;
    p.transformerKva = c.transformerKva;
    p.lastRatioCheck = c.lastRatioCheck;
    p.history = c.history;
    return p;
}

std::vector<PrescreenFlag> Prescreener::judge(const PrescreenCustomer &row, const BillEngine &engine,
                                              const TariffLibrary &library, const PrescreenRules &rules,
                                              PrescreenMemo *memo)
{
    std::vector<PrescreenFlag> flags;
    const std::vector<MonthlyConsumption> &history = row.history;
    if (history.empty() || row.purposes.isEmpty())
        return flags;
    const QList<Purpose> &purposes = row.purposes;

    // The typical month: the last three recorded, averaged, billed in the latest month.
    const MonthlyConsumption typical = ImpactEstimator::typicalMonth(history, row.threeRateMeter);
    const int lastMonth = typical.month;
    PrescreenMemo::Month month;
    if (const auto *known = memoised(memo ? &memo->m_months : nullptr, lastMonth)) {
        month = *known;
    } else {
        month.law = library.regulations().on(QDate(lastMonth / 100, lastMonth % 100, 1).addMonths(1).addDays(-1));
        month.ratioDue = QDate(lastMonth / 100, lastMonth % 100, 1).addMonths(-rules.ratioStaleMonths);
        if (memo)
            memo->m_months.insert(lastMonth, month);
    }
    const RuleSet *law = month.law;
    PriceApplication current;
    current.meter = row.threeRateMeter ? MeterType::ThreeRate : MeterType::SingleRate;
    current.voltage = row.voltage;
    current.households = row.households;
    current.purposes = purposes;
    using Impact = PrescreenMemo::Impact;
    const auto known = [&](int proposal, const PriceApplication &proposed) -> Impact {
        const auto estimate = [&]() -> Impact {
            auto impact = ImpactEstimator::estimate(engine, current, proposed, {typical}, rules.assumedSplit);
            if (!impact)
                return {std::nullopt, storedReason("bill-error", {impact.error()}), "bill-error"};
            return {impact->total, QString(), nullptr};
        };
        if (!memo)
            return estimate();
        const PrescreenMemo::ImpactKey key{row.priceString,
                                           row.voltage,
                                           row.households,
                                           row.threeRateMeter,
                                           proposal,
                                           typical.month,
                                           typical.kwh,
                                           typical.normal.value_or(-1),
                                           typical.peak.value_or(-1),
                                           typical.offPeak.value_or(-1)};
        if (const auto *found = memoised(&memo->m_impacts, key))
            return *found;
        if (memo->m_impacts.size() >= PrescreenMemo::MaxImpacts)
            memo->m_impacts.clear();
        return *memo->m_impacts.insert(key, estimate());
    };
    const auto unknown = [](const char *why) -> Impact {
        return {std::nullopt, storedReason(why, {}), why};
    };
    const int recoveryMonths = law ? law->recovery.maxMonths : 0;
    const auto add = [&flags, recoveryMonths](const char *rule, const QString &reason, const Impact &impact) {
        if (flags.empty())
            flags.reserve(2); // a flagged customer has one or two, rarely more
        flags.push_back({QLatin1StringView(rule), reason, impact.monthly, impact.monthly.value_or(0) * recoveryMonths,
                         impact.note, impact.unknownKind});
    };

    PrescreenMemo::Uses uses;
    if (const auto *found = memoised(memo ? &memo->m_uses : nullptr, std::pair(row.priceString, law))) {
        uses = *found;
    } else {
        for (const Purpose &p : purposes) {
            const QString category = library.categoryOf(p.group);
            uses.householdLadder = uses.householdLadder || (law && law->households.categories.contains(category));
            uses.administrativeOnly =
                uses.administrativeOnly && law && law->administrativeCategories.contains(category);
            uses.threeRateUse = uses.threeRateUse || (law && law->threeRate.categories.contains(category));
        }
        if (memo)
            memo->m_uses.insert({row.priceString, law}, uses);
    }
    const bool householdLadder = uses.householdLadder, administrativeOnly = uses.administrativeOnly;
    const bool threeRateUse = uses.threeRateUse;

    // Households sharing a meter multiply every tier block (TT 16/2014 Art. 10(2)); counted from the
    // residence data at the address since TT 09/2023; renters by quarters of a household.
    const std::optional<int> quarters = HouseholdQuota::quarters(row.households);
    const bool fractional = quarters && *quarters % 4 != 0;
    if (householdLadder && row.households > 1 && !fractional && rules.households) {
        PriceApplication proposed = current;
        proposed.households = 1;
        add(rule::Households, storedReason("households", {QString::number(row.households)}), known(1, proposed));
    }
    if (householdLadder && fractional && rules.renters) {
        PriceApplication proposed = current;
        proposed.households = std::max(1.0, std::floor(row.households));
        add(rule::Renters, storedReason("renters", {QString::number(row.households)}), known(2, proposed));
    }
    // Multi-purpose meters: the agreed ratio must follow the use; its true shares need an inventory.
    if (purposes.size() > 1 && rules.ratio) {
        const QDate &due = month.ratioDue;
        if (!row.lastRatioCheck.isValid() || row.lastRatioCheck < due)
            add(rule::Ratio,
                row.lastRatioCheck.isValid()
                    ? storedReason("ratio-checked", {row.priceString, row.lastRatioCheck.toString(Qt::ISODate)})
                    : storedReason("ratio-never", {row.priceString}),
                unknown("needs-inventory"));
    }
    if (administrativeOnly && rules.administrative)
        add(rule::Administrative, storedReason("administrative", {}), unknown("needs-inventory"));
    // Production and business must buy by time of use (the one rule the inspection applies too).
    if (law && !row.threeRateMeter && rules.threeRate && threeRateUse) { // (no such use: nothing to assess)
        const TouObligation tou = TouObligation::assess(history, purposes, row.transformerKva, 0, *law, library);
        if (tou.required()) {
            PriceApplication proposed = current;
            proposed.meter = MeterType::ThreeRate;
            add(rule::ThreeRate,
                tou.byConsumption
                    ? storedReason("three-rate-kwh",
                                   {QString::number(tou.average(), 'f', 2), QString::number(tou.thresholdKwh),
                                    QString::number(tou.window.front()), QString::number(tou.window.back())})
                    : storedReason("three-rate-kva",
                                   {QString::number(tou.transformerKva), QString::number(tou.thresholdKva)}),
                known(3, proposed));
        }
    }
    // Abnormal months: zero after use, jumps and drops against the 3 months before.
    if (rules.abnormal && history.size() >= 4) {
        for (std::size_t i = 3; i < history.size(); ++i) {
            const double before = (history[i - 1].kwh + history[i - 2].kwh + history[i - 3].kwh) / 3.0;
            const int kwh = history[i].kwh;
            const ConsumptionAnomaly anomaly = classifyConsumption(kwh, before, rules.anomalies);
            if (anomaly != ConsumptionAnomaly::None) {
                const QString code = anomalyCode(anomaly);
                add(rule::Abnormal,
                    storedReason(code.toLatin1().constData(), {QString::number(kwh), QString::number(history[i].month),
                                                               QString::number(std::lround(before))}),
                    unknown("reading"));
                break;
            }
        }
    }
    return flags;
}

Prescreener::Prescreener(Database &db, const TariffLibrary &library, PrescreenRules rules)
    : m_db(db), m_library(library), m_rules(rules)
{
}

Result<PrescreenSummary> Prescreener::run(const std::function<bool(qint64 done, qint64 total)> &progress)
{
    using R = Result<PrescreenSummary>;
    QElapsedTimer timer;
    timer.start();
    const BillEngine engine(m_library);
    PrescreenSummary summary;
    // The flags written below belong to customers read in this very transaction: checking each against the
    // customers table again would read the whole table a second time.
    QSqlQuery(QStringLiteral("PRAGMA foreign_keys=OFF"), m_db.connection());
    const auto checkKeys =
        qScopeGuard([this] { QSqlQuery(QStringLiteral("PRAGMA foreign_keys=ON"), m_db.connection()); });
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return R::failure(QCoreApplication::translate("ta::Prescreener", "The data file is busy; try again."));

    // The customers in ranges of row ids, each read and judged on a worker with a read connection of its
    // own (both cores read and judge), the judged ranges written here in order as they come.
    qint64 first = 0, last = -1;
    {
        QSqlQuery bounds(m_db.connection());
        if (!bounds.exec(QStringLiteral("SELECT min(id), max(id) FROM customers")) || !bounds.next())
            return R::failure(bounds.lastError().text());
        if (!bounds.value(0).isNull()) {
            first = bounds.value(0).toLongLong();
            last = bounds.value(1).toLongLong();
        }
    } // (no statement may be pending when the result tables are dropped)
    // The customers to judge, as far as progress goes: a list's row ids run without gaps but for customers
    // removed since (counting them would read an index of a million entries first).
    const qint64 total = last - first + 1;
    constexpr qint64 rangeSize = 32768;
    std::vector<std::pair<qint64, qint64>> ranges;
    for (qint64 from = first; from <= last; from += rangeSize)
        ranges.emplace_back(from, std::min(last + 1, from + rangeSize));

    struct Judged
    {
        qint64 id;
        QByteArray routeBook;
        int routeOrder;
        std::vector<PrescreenFlag> flags;
        qint64 digest; ///< PrescreenResults::digestOf the flags and route
        bool changed;  ///< differs from what is stored for the customer
    };
    struct RangeResult
    {
        std::vector<Judged> flagged;
        std::vector<qint64> cleared; ///< customers with stored flags and none now
        qint64 changes = 0;          ///< customers whose stored results differ (cleared included)
        qint64 customers = 0;
        QStringList unreadable; // the first few, for the log
        qint64 unreadableCount = 0;
        QString error;
    };
    PrescreenMemos memos;
    // A read connection per worker, kept from range to range (its page cache is not made again for each).
    const QString path = m_db.path();
    LeasePool<SqliteReader> readers([&path] { return std::make_unique<SqliteReader>(path); });
    const auto judgeRange = [&engine, &readers, &memos, this](const std::pair<qint64, qint64> &range) {
        auto out = std::make_shared<RangeResult>();
        const PrescreenMemos::Lease memo(memos);
        const LeasePool<SqliteReader>::Lease leased(readers);
        const SqliteReader &reader = *leased;
        // What is stored for the range now, to tell which customers' results change; walked beside the customers,
        // both in the order of their ids. What no customer flagged now claims is cleared.
        std::vector<StoredResult> stored;
        if (Status s = readStored(reader, range.first, range.second, stored); !s) {
            out->error = s.error();
            return out;
        }
        SqliteStatement read(reader.handle(), "SELECT id, price_string, households, meter_kind, voltage,"
                                              " transformer_kva, last_ratio_check, history, route_book, route_order"
                                              " FROM customers WHERE id >= ? AND id < ? ORDER BY id");
        if (!read.isValid()) {
            out->error = reader.handle() ? read.error() : reader.error();
            return out;
        }
        read.bindInt(1, range.first);
        read.bindInt(2, range.second);
        // A branch has a handful of distinct price strings and voltages: each read once per range, looked up
        // by the stored bytes themselves (no copy per row).
        struct ReadPrice
        {
            QString text;
            std::optional<QList<Purpose>> purposes;
        };
        struct BytesHash
        {
            using is_transparent = void;
            size_t operator()(std::string_view v) const { return std::hash<std::string_view>{}(v); }
        };
        std::unordered_map<std::string, ReadPrice, BytesHash, std::equal_to<>> parsed;
        std::unordered_map<std::string, QString, BytesHash, std::equal_to<>> voltages;
        const auto bytes = [](QByteArrayView v) {
            return std::string_view(v.data(), size_t(v.size()));
        };
        PrescreenCustomer customer;
        out->flagged.reserve(stored.size() + std::size_t(range.second - range.first) / 16);
        std::size_t next = 0; // the first stored result no customer has claimed yet
        while (read.next()) {
            ++out->customers;
            const QByteArrayView priceString = read.text(1);
            auto known = parsed.find(bytes(priceString));
            if (known == parsed.end()) {
                const QString text = QString::fromUtf8(priceString);
                auto p = PriceString::parse(text, m_library);
                known = parsed
                            .emplace(std::string(bytes(priceString)),
                                     ReadPrice{text, p ? std::optional<QList<Purpose>>(p.value()) : std::nullopt})
                            .first;
            }
            const ReadPrice &price = known->second;
            if (!price.purposes || price.purposes->isEmpty()) {
                // Imported rows were checked; a book taken away since can leave a code no book knows.
                if (++out->unreadableCount <= 20)
                    out->unreadable << QStringLiteral("%1 (%2)").arg(read.int64(0)).arg(price.text);
                continue;
            }
            customer.purposes = *price.purposes;
            customer.priceString = price.text;
            customer.households = read.real(2);
            customer.threeRateMeter = read.int64(3) == 3;
            const QByteArrayView voltage = read.text(4);
            auto v = voltages.find(bytes(voltage));
            if (v == voltages.end())
                v = voltages.emplace(std::string(bytes(voltage)), QString::fromUtf8(voltage)).first;
            customer.voltage = v->second;
            customer.transformerKva = int(read.int64(5));
            // Only the ratio rule reads it, and only for a meter of more than one use.
            customer.lastRatioCheck = customer.purposes.size() > 1
                                          ? QDate::fromString(QString::fromUtf8(read.text(6)), Qt::ISODate)
                                          : QDate();
            HistoryCodec::decode(read.text(7), customer.history);
            std::vector<PrescreenFlag> flags = Prescreener::judge(customer, engine, m_library, m_rules, memo.get());
            if (flags.empty())
                continue;
            const qint64 id = read.int64(0);
            const QByteArrayView routeBook = read.text(8);
            const int routeOrder = int(read.int64(9));
            while (next < stored.size() && stored[next].id < id)
                out->cleared.push_back(stored[next++].id);
            const bool before = next < stored.size() && stored[next].id == id;
            // (Worked out here for the writing too: the writing thread has every customer to write.)
            const qint64 digest = PrescreenResults::digestOf(flags, routeBook, routeOrder);
            const bool changed = !before || stored[next].digest != digest;
            if (before)
                ++next;
            out->changes += changed ? 1 : 0;
            out->flagged.push_back({id, routeBook.toByteArray(), routeOrder, std::move(flags), digest, changed});
        }
        if (read.failed())
            out->error = read.error();
        // Stored for customers flagged no more (or whose price string no book reads now).
        for (; next < stored.size(); ++next)
            out->cleared.push_back(stored[next].id);
        out->changes += qint64(out->cleared.size());
        return out;
    };
    QFuture<std::shared_ptr<RangeResult>> judging = QtConcurrent::mapped(ranges, judgeRange);
    // Whatever way this returns, no worker is left judging with the engine gone.
    const auto settle = qScopeGuard([&judging] {
        judging.cancel();
        judging.waitForFinished();
    });

    // Rewritten whole (the tables made again, their indexes built after) when much changes, as on a first
    // run or a new tariff; otherwise only the customers whose results change are replaced. The first tenth
    // of the customers decides.
    PrescreenResults results(m_db);
    enum class Write { Undecided, Changes, Whole } write = Write::Undecided;
    std::vector<std::shared_ptr<RangeResult>> held; // judged while undecided
    qint64 heldCustomers = 0, heldChanges = 0;
    const qint64 sample = std::max<qint64>(100000, total / 10);
    const auto store = [&results, &write](const RangeResult &judged) -> Status {
        for (const Judged &j : judged.flagged) {
            if (write == Write::Whole) {
                if (Status s = results.add(j.id, QByteArrayView(j.routeBook), j.routeOrder, j.flags, j.digest); !s)
                    return s;
            } else if (j.changed) {
                if (Status s = results.replace(j.id, QByteArrayView(j.routeBook), j.routeOrder, j.flags, j.digest); !s)
                    return s;
            } else {
                results.keep(j.flags);
            }
        }
        if (write == Write::Changes) {
            for (const qint64 id : judged.cleared) {
                if (Status s = results.replace(id, {}, 0, {}); !s)
                    return s;
            }
        }
        return Status::success();
    };
    // The future keeps every range's result to the end: what was written goes at once (a million customers' flags
    // would otherwise all stay in memory until the last range is written).
    const auto release = [](RangeResult &r) {
        std::vector<Judged>().swap(r.flagged);
        std::vector<qint64>().swap(r.cleared);
    };
    qint64 unreadable = 0, changed = 0;
    for (int i = 0; i < int(ranges.size()); ++i) {
        const std::shared_ptr<RangeResult> result = judging.resultAt(i);
        const RangeResult &judged = *result;
        if (!judged.error.isEmpty())
            return R::failure(judged.error);
        if (write == Write::Undecided) {
            held.push_back(result);
            heldCustomers += judged.customers;
            heldChanges += judged.changes;
            if (heldCustomers >= sample || i + 1 == int(ranges.size())) {
                // More than 5 % of the customers changing is about every flagged customer on a usual list.
                write = heldChanges * 20 > heldCustomers ? Write::Whole : Write::Changes;
                if (Status s = write == Write::Whole ? results.begin() : results.beginChanges(); !s)
                    return R::failure(s.error());
                for (const std::shared_ptr<RangeResult> &h : held) {
                    if (Status s = store(*h); !s)
                        return R::failure(s.error());
                    release(*h);
                }
                held.clear();
            }
        } else if (Status s = store(judged); !s) {
            return R::failure(s.error());
        } else {
            release(*result);
        }
        summary.customers += judged.customers;
        changed += judged.changes;
        for (const QString &row : judged.unreadable) {
            if (++unreadable <= 20)
                qCWarning(lcCustomers) << "Pre-screen: customer row" << row
                                       << "skipped, its price string cannot be read";
        }
        unreadable += judged.unreadableCount - judged.unreadable.size();
        if (progress && !progress(std::min(total, summary.customers), total))
            return R::failure(QCoreApplication::translate("ta::Prescreener", "Pre-screening cancelled: the previous "
                                                                             "results were kept."));
    }
    if (write == Write::Undecided) { // no customers
        if (Status s = results.begin(); !s)
            return R::failure(s.error());
    }
    if (Status s = results.finish(); !s)
        return R::failure(s.error());
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    if (progress)
        progress(total, total);
    const qint64 counted = summary.customers;
    summary = results.summary();
    summary.customers = counted;
    summary.changed = changed;
    summary.rewritten = write != Write::Changes;
    qCInfo(lcCustomers) << "Pre-screened" << summary.customers << "customers," << summary.flagged << "flagged,"
                        << summary.unknownImpact << "of them with an unknown impact, in" << timer.elapsed() << "ms;"
                        << summary.changed << "customers' results changed"
                        << (summary.rewritten ? "(all rewritten)" : "(those replaced)");
    if (unreadable > 0)
        qCWarning(lcCustomers) << "Pre-screen:" << unreadable
                               << "customers skipped for a price string no tariff "
                                  "book reads";
    return summary;
}

struct PrescreenResults::Statements
{
    SqliteStatement insertFlag;
    SqliteStatement insertRank;
    std::optional<SqliteStatement> deleteFlags;
    std::optional<SqliteStatement> deleteRank;
};

PrescreenResults::PrescreenResults(Database &db) : m_db(db) {}

PrescreenResults::~PrescreenResults()
{
    if (m_billErrors > 0)
        qCWarning(lcCustomers) << "Pre-screen:" << m_billErrors
                               << "impacts could not be billed (the first 20 are logged above)";
}

qint64 PrescreenResults::digestOf(const std::vector<PrescreenFlag> &flags, QByteArrayView routeBook, int routeOrder)
{
    sodiumReady(); // (SipHash itself needs nothing the start makes: no randomness, no tables)
    // Every field written, each with its length so that no two results read alike; texts as their UTF-16
    // units (no conversion). One buffer per thread: this runs for every flagged customer of a list.
    thread_local QByteArray bytes;
    bytes.resize(0);
    const auto number = [](qint64 n) {
        bytes.append(reinterpret_cast<const char *>(&n), sizeof n);
    };
    const auto text = [&number](const QString &t) {
        number(t.size());
        bytes.append(reinterpret_cast<const char *>(t.utf16()), t.size() * qsizetype(sizeof(char16_t)));
    };
    number(qint64(flags.size()));
    for (const PrescreenFlag &f : flags) {
        text(f.rule);
        text(f.reason);
        number(f.monthly ? 1 : 0);
        number(f.monthly.value_or(0));
        number(f.monthly ? f.yearly : 0);
        text(f.monthly ? QString() : f.impactNote);
    }
    number(routeBook.size());
    bytes.append(routeBook);
    number(routeOrder);
    // A fixed key: the digest only has to tell results apart, and be the same from one run to the next.
    static constexpr unsigned char key[crypto_shorthash_KEYBYTES] = {'t', 'a', '-', 'p', 'r', 'e', 's', 'c',
                                                                     'r', 'e', 'e', 'n', '-', 'v', '1', '\0'};
    unsigned char out[crypto_shorthash_BYTES];
    crypto_shorthash(out, reinterpret_cast<const unsigned char *>(bytes.constData()), quint64(bytes.size()), key);
    qint64 digest;
    std::memcpy(&digest, out, sizeof digest);
    return digest;
}

PrescreenResults::Rank PrescreenResults::rankOf(const std::vector<PrescreenFlag> &flags)
{
    Rank rank;
    for (const PrescreenFlag &f : flags) {
        if (f.monthly)
            rank.yearly = std::max(rank.yearly.value_or(f.yearly), f.yearly);
        if (!rank.rules.isEmpty())
            rank.rules += QLatin1Char(',');
        rank.rules += f.rule;
    }
    return rank;
}

Status PrescreenResults::prepare(bool replacing)
{
    sqlite3 *handle = sqliteHandle(m_db.connection());
    m_statements.reset(new Statements{
        SqliteStatement(handle, "INSERT INTO flags (customer_id, rule, reason, monthly_impact, yearly_impact,"
                                " impact_note) VALUES (?, ?, ?, ?, ?, ?)"),
        SqliteStatement(handle, "INSERT INTO customer_rank (customer_id, yearly_impact, rules, route_book, route_order,"
                                " digest) VALUES (?, ?, ?, ?, ?, ?)"),
        std::nullopt, std::nullopt});
    if (replacing) {
        m_statements->deleteFlags.emplace(handle, "DELETE FROM flags WHERE customer_id = ?");
        m_statements->deleteRank.emplace(handle, "DELETE FROM customer_rank WHERE customer_id = ?");
    }
    for (const SqliteStatement *st : {&m_statements->insertFlag, &m_statements->insertRank,
                                      m_statements->deleteFlags ? &*m_statements->deleteFlags : nullptr,
                                      m_statements->deleteRank ? &*m_statements->deleteRank : nullptr}) {
        if (st && !st->isValid())
            return Status::failure(st->error());
    }
    return Status::success();
}

Status PrescreenResults::begin()
{
    // The previous results go at once: the two tables are dropped and made again exactly as the schema
    // has them (deleting 200,000 rows one by one takes ten times longer); their indexes are built after
    // the rows are in.
    QStringList createTables;
    {
        QSqlQuery schema(m_db.connection());
        if (!schema.exec(QStringLiteral("SELECT type, sql FROM sqlite_master WHERE tbl_name IN ('flags', "
                                        "'customer_rank') AND sql IS NOT NULL ORDER BY type DESC")))
            return Status::failure(schema.lastError().text());
        while (schema.next())
            (schema.value(0).toString() == QLatin1StringView("table") ? createTables : m_createIndexes)
                << schema.value(1).toString();
    }
    QSqlQuery q(m_db.connection());
    for (const QString &sql :
         QStringList{QStringLiteral("DROP TABLE flags"), QStringLiteral("DROP TABLE customer_rank")} + createTables) {
        if (!q.exec(sql))
            return Status::failure(q.lastError().text());
    }
    return prepare(false);
}

Status PrescreenResults::beginChanges()
{
    return prepare(true);
}

Status PrescreenResults::add(qint64 id, QByteArrayView routeBook, int routeOrder,
                             const std::vector<PrescreenFlag> &flags, std::optional<qint64> digest)
{
    if (flags.empty())
        return Status::success();
    if (Status s = write(id, routeBook, routeOrder, flags, digest ? *digest : digestOf(flags, routeBook, routeOrder));
        !s)
        return s;
    keep(flags);
    return Status::success();
}

Status PrescreenResults::replace(qint64 id, QByteArrayView routeBook, int routeOrder,
                                 const std::vector<PrescreenFlag> &flags, std::optional<qint64> digest)
{
    Q_ASSERT(m_statements->deleteFlags && m_statements->deleteRank);
    for (SqliteStatement *remove : {&*m_statements->deleteFlags, &*m_statements->deleteRank}) {
        remove->bindInt(1, id);
        if (!remove->exec())
            return Status::failure(remove->error());
    }
    return add(id, routeBook, routeOrder, flags, digest);
}

Status PrescreenResults::write(qint64 id, QByteArrayView routeBook, int routeOrder,
                               const std::vector<PrescreenFlag> &flags, qint64 digest)
{
    SqliteStatement &insertFlag = m_statements->insertFlag;
    SqliteStatement &insertRank = m_statements->insertRank;
    for (const PrescreenFlag &f : flags) {
        insertFlag.bindInt(1, id);
        insertFlag.bindText(2, f.rule);
        insertFlag.bindText(3, f.reason);
        if (f.monthly) {
            insertFlag.bindInt(4, *f.monthly);
            insertFlag.bindInt(5, f.yearly);
            insertFlag.bindNull(6);
        } else {
            insertFlag.bindNull(4);
            insertFlag.bindNull(5);
            insertFlag.bindText(6, f.impactNote);
            if (f.unknownKind && qstrcmp(f.unknownKind, "bill-error") == 0 && ++m_billErrors <= 20)
                qCWarning(lcCustomers) << "Pre-screen: the impact of" << f.rule << "for customer row" << id
                                       << "is unknown:" << impactNoteText(f.impactNote);
        }
        if (!insertFlag.exec())
            return Status::failure(insertFlag.error());
    }
    const Rank rank = rankOf(flags);
    insertRank.bindInt(1, id);
    if (rank.yearly)
        insertRank.bindInt(2, *rank.yearly);
    else
        insertRank.bindNull(2);
    insertRank.bindText(3, rank.rules);
    insertRank.bindText(4, routeBook);
    insertRank.bindInt(5, routeOrder);
    insertRank.bindInt(6, digest);
    if (!insertRank.exec())
        return Status::failure(insertRank.error());
    return Status::success();
}

void PrescreenResults::keep(const std::vector<PrescreenFlag> &flags)
{
    if (flags.empty())
        return;
    std::optional<qint64> best;
    for (const PrescreenFlag &f : flags) {
        if (f.monthly)
            best = std::max(best.value_or(f.yearly), f.yearly);
        else
            ++m_summary.unknownWhy[QLatin1StringView(f.unknownKind ? f.unknownKind : "")];
        ++m_summary.perRule[f.rule];
    }
    ++m_summary.flagged;
    if (best)
        m_summary.yearlyImpact += *best;
    else
        ++m_summary.unknownImpact;
}

Status PrescreenResults::finish()
{
    return execAll(m_db.connection(), m_createIndexes);
}

} // namespace ta
