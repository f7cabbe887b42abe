#include "models/prescreen/prescreener.h"

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
    QString out = QStringLiteral("{\"a\":[");
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
                                              const TariffLibrary &library, const PrescreenRules &rules)
{
    std::vector<PrescreenFlag> flags;
    const std::vector<MonthlyConsumption> &history = row.history;
    if (history.empty() || row.purposes.isEmpty())
        return flags;
    const QList<Purpose> &purposes = row.purposes;

    // The typical month: the last three recorded, averaged, billed in the latest month.
    const MonthlyConsumption typical = ImpactEstimator::typicalMonth(history, row.threeRateMeter);
    const int lastMonth = typical.month;
    const QDate lastDay = QDate(lastMonth / 100, lastMonth % 100, 1).addMonths(1).addDays(-1);
    const RuleSet *law = library.regulations().on(lastDay);
    PriceApplication current;
    current.meter = row.threeRateMeter ? MeterType::ThreeRate : MeterType::SingleRate;
    current.voltage = row.voltage;
    current.households = row.households;
    current.purposes = purposes;
    const auto known = [&](const PriceApplication &proposed) -> std::pair<std::optional<qint64>, QString> {
        auto impact = ImpactEstimator::estimate(engine, current, proposed, {typical}, rules.assumedSplit);
        if (!impact)
            return {std::nullopt, storedReason("bill-error", {impact.error()})};
        return {impact->total, QString()};
    };
    const auto unknown = [](const char *why) -> std::pair<std::optional<qint64>, QString> {
        return {std::nullopt, storedReason(why, {})};
    };
    const int recoveryMonths = law ? law->recovery.maxMonths : 0;
    const auto add = [&flags, recoveryMonths](const char *rule, const QString &reason,
                                              const std::pair<std::optional<qint64>, QString> &impact) {
        flags.push_back(
            {QLatin1StringView(rule), reason, impact.first, impact.first.value_or(0) * recoveryMonths, impact.second});
    };

    bool householdLadder = false, administrativeOnly = true;
    for (const Purpose &p : purposes) {
        const QString category = library.categoryOf(p.group);
        householdLadder = householdLadder || (law && law->households.categories.contains(category));
        administrativeOnly = administrativeOnly && law && law->administrativeCategories.contains(category);
    }

    // Households sharing a meter multiply every tier block (TT 16/2014 Art. 10(2)); counted from the
    // residence data at the address since TT 09/2023; renters by quarters of a household.
    const std::optional<int> quarters = HouseholdQuota::quarters(row.households);
    const bool fractional = quarters && *quarters % 4 != 0;
    if (householdLadder && row.households > 1 && !fractional && rules.households) {
        PriceApplication proposed = current;
        proposed.households = 1;
        add(rule::Households, storedReason("households", {QString::number(row.households)}), known(proposed));
    }
    if (householdLadder && fractional && rules.renters) {
        PriceApplication proposed = current;
        proposed.households = std::max(1.0, std::floor(row.households));
        add(rule::Renters, storedReason("renters", {QString::number(row.households)}), known(proposed));
    }
    // Multi-purpose meters: the agreed ratio must follow the use; its true shares need an inventory.
    if (purposes.size() > 1 && rules.ratio) {
        const QDate due = QDate(lastMonth / 100, lastMonth % 100, 1).addMonths(-rules.ratioStaleMonths);
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
    if (law && !row.threeRateMeter && rules.threeRate) {
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
                known(proposed));
        }
    }
    // Abnormal months: zero after use, jumps and drops against the 3 months before.
    if (rules.abnormal && history.size() >= 4) {
        for (std::size_t i = 3; i < history.size(); ++i) {
            const double before = (history[i - 1].kwh + history[i - 2].kwh + history[i - 3].kwh) / 3.0;
            const int kwh = history[i].kwh;
            const QString code = anomalyCode(classifyConsumption(kwh, before, rules.anomalies));
            if (!code.isEmpty()) {
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
    QSqlQuery count(m_db.connection());
    if (!count.exec(QStringLiteral("SELECT count(*) FROM customers")) || !count.next())
        return R::failure(count.lastError().text());
    const qint64 total = count.value(0).toLongLong();
    count.finish(); // no statement may be pending when the result tables are dropped

    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return R::failure(QCoreApplication::translate("ta::Prescreener", "The data file is busy; try again."));
    PrescreenResults results(m_db);
    if (Status s = results.begin(); !s)
        return R::failure(s.error());

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
    }
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
    };
    struct RangeResult
    {
        std::vector<Judged> flagged;
        qint64 customers = 0;
        QStringList unreadable; // the first few, for the log
        qint64 unreadableCount = 0;
        QString error;
    };
    const QString path = m_db.path();
    const auto judgeRange = [&engine, &path, this](const std::pair<qint64, qint64> &range) {
        RangeResult out;
        const SqliteReader reader(path);
        SqliteStatement read(reader.handle(), "SELECT id, price_string, households, meter_kind, voltage,"
                                              " transformer_kva, last_ratio_check, history, route_book, route_order"
                                              " FROM customers WHERE id >= ? AND id < ?");
        if (!read.isValid()) {
            out.error = reader.handle() ? read.error() : reader.error();
            return out;
        }
        read.bindInt(1, range.first);
        read.bindInt(2, range.second);
        // A branch has a handful of distinct price strings: each read once per range.
        QHash<QByteArray, std::optional<QList<Purpose>>> parsed;
        PrescreenCustomer customer;
        while (read.next()) {
            ++out.customers;
            const QByteArrayView priceString = read.text(1);
            auto known = parsed.find(priceString.toByteArray());
            if (known == parsed.end()) {
                auto p = PriceString::parse(QString::fromUtf8(priceString), m_library);
                known = parsed.insert(priceString.toByteArray(),
                                      p ? std::optional<QList<Purpose>>(p.value()) : std::nullopt);
            }
            if (!*known || (*known)->isEmpty()) {
                // Imported rows were checked; a book taken away since can leave a code no book knows.
                if (++out.unreadableCount <= 20)
                    out.unreadable << QStringLiteral("%1 (%2)").arg(read.int64(0)).arg(QString::fromUtf8(priceString));
                continue;
            }
            customer.purposes = **known;
            customer.priceString = QString::fromUtf8(priceString);
            customer.households = read.real(2);
            customer.threeRateMeter = read.int64(3) == 3;
            customer.voltage = QString::fromUtf8(read.text(4));
            customer.transformerKva = int(read.int64(5));
            customer.lastRatioCheck = QDate::fromString(QString::fromUtf8(read.text(6)), Qt::ISODate);
            customer.history = HistoryCodec::decode(read.text(7));
            std::vector<PrescreenFlag> flags = Prescreener::judge(customer, engine, m_library, m_rules);
            if (!flags.empty())
                out.flagged.push_back(
                    {read.int64(0), read.text(8).toByteArray(), int(read.int64(9)), std::move(flags)});
        }
        if (read.failed())
            out.error = read.error();
        return out;
    };
    QFuture<RangeResult> judging = QtConcurrent::mapped(ranges, judgeRange);
    // Whatever way this returns, no worker is left judging with the engine gone.
    const auto settle = qScopeGuard([&judging] {
        judging.cancel();
        judging.waitForFinished();
    });
    qint64 unreadable = 0;
    for (int i = 0; i < int(ranges.size()); ++i) {
        const RangeResult judged = judging.resultAt(i);
        if (!judged.error.isEmpty())
            return R::failure(judged.error);
        for (const Judged &j : judged.flagged) {
            if (Status s = results.add(j.id, QByteArrayView(j.routeBook), j.routeOrder, j.flags); !s)
                return R::failure(s.error());
        }
        summary.customers += judged.customers;
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
    if (Status s = results.finish(); !s)
        return R::failure(s.error());
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    if (progress)
        progress(total, total);
    const qint64 counted = summary.customers;
    summary = results.summary();
    summary.customers = counted;
    qCInfo(lcCustomers) << "Pre-screened" << summary.customers << "customers," << summary.flagged << "flagged,"
                        << summary.unknownImpact << "of them with an unknown impact, in" << timer.elapsed() << "ms";
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
};

PrescreenResults::PrescreenResults(Database &db) : m_db(db) {}

PrescreenResults::~PrescreenResults()
{
    if (m_billErrors > 0)
        qCWarning(lcCustomers) << "Pre-screen:" << m_billErrors
                               << "impacts could not be billed (the first 20 are logged above)";
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
    sqlite3 *handle = sqliteHandle(m_db.connection());
    m_statements.reset(new Statements{
        SqliteStatement(handle, "INSERT INTO flags (customer_id, rule, reason, monthly_impact, yearly_impact,"
                                " impact_note) VALUES (?, ?, ?, ?, ?, ?)"),
        SqliteStatement(handle, "INSERT INTO customer_rank (customer_id, yearly_impact, rules, route_book, route_order)"
                                " VALUES (?, ?, ?, ?, ?)")});
    if (!m_statements->insertFlag.isValid() || !m_statements->insertRank.isValid())
        return Status::failure(m_statements->insertFlag.error());
    return Status::success();
}

Status PrescreenResults::add(qint64 id, QByteArrayView routeBook, int routeOrder,
                             const std::vector<PrescreenFlag> &flags)
{
    if (flags.empty())
        return Status::success();
    SqliteStatement &insertFlag = m_statements->insertFlag;
    SqliteStatement &insertRank = m_statements->insertRank;
    std::optional<qint64> best;
    QString rules;
    for (const PrescreenFlag &f : flags) {
        insertFlag.bindInt(1, id);
        insertFlag.bindText(2, f.rule);
        insertFlag.bindText(3, f.reason);
        if (f.monthly) {
            insertFlag.bindInt(4, *f.monthly);
            insertFlag.bindInt(5, f.yearly);
            insertFlag.bindNull(6);
            best = std::max(best.value_or(f.yearly), f.yearly);
        } else {
            insertFlag.bindNull(4);
            insertFlag.bindNull(5);
            insertFlag.bindText(6, f.impactNote);
            const QString why =
                QJsonDocument::fromJson(f.impactNote.toUtf8()).object().value(QStringLiteral("k")).toString();
            ++m_summary.unknownWhy[why];
            if (why == QLatin1StringView("bill-error") && ++m_billErrors <= 20)
                qCWarning(lcCustomers) << "Pre-screen: the impact of" << f.rule << "for customer row" << id
                                       << "is unknown:" << impactNoteText(f.impactNote);
        }
        if (!insertFlag.exec())
            return Status::failure(insertFlag.error());
        if (!rules.isEmpty())
            rules += QLatin1Char(',');
        rules += f.rule;
        ++m_summary.perRule[f.rule];
    }
    insertRank.bindInt(1, id);
    if (best)
        insertRank.bindInt(2, *best);
    else
        insertRank.bindNull(2);
    insertRank.bindText(3, rules);
    insertRank.bindText(4, routeBook);
    insertRank.bindInt(5, routeOrder);
    if (!insertRank.exec())
        return Status::failure(insertRank.error());
    ++m_summary.flagged;
    if (best)
        m_summary.yearlyImpact += *best;
    else
        ++m_summary.unknownImpact;
    return Status::success();
}

Status PrescreenResults::finish()
{
    return execAll(m_db.connection(), m_createIndexes);
}

} // namespace ta
