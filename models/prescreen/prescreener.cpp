#include "models/prescreen/prescreener.h"

#include "models/core/logging.h"
#include "models/core/money.h"
#include "models/core/settings.h"
#include "models/customers/historycodec.h"
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

struct Flag
{
    QString rule;
    QString reason;
    qint64 monthly = 0;
};

QString monthText(int yyyymm)
{
    return QStringLiteral("%1/%2").arg(yyyymm % 100, 2, 10, QLatin1Char('0')).arg(yyyymm / 100);
}

// A warning is stored as its kind and values, {"k": kind, "a": [values]}, and put into words when shown,
// so it reads in whatever language the interface has then.
QString storedReason(const char *kind, const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("k"), QLatin1StringView(kind)},
                                                       {QStringLiteral("a"), QJsonArray::fromStringList(values)}})
                                 .toJson(QJsonDocument::Compact));
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
    const auto decimal = [&a](int i) {
        return QLocale().toString(a.at(i).toString().toDouble());
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
        return QCoreApplication::translate("ta::Prescreener", "Single-rate meter at %1 kWh a month (3-month "
                                                              "average, threshold %2): must move to a three-rate "
                                                              "meter.")
            .arg(number(0), number(1));
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
    r.threeRateKwh = s.value(settings::ThreeRateKwh);
    r.threeRateKva = s.value(settings::ThreeRateKva);
    r.jumpPercent = s.value(settings::JumpPercent);
    r.dropPercent = s.value(settings::DropPercent);
    return r;
}

namespace {

/// One customer as the rules read it.
struct CustomerRow
{
    qint64 id = 0;
    QList<Purpose> purposes; // parsed once per distinct price string; shared, not copied
    QString priceString;
    double households = 1;
    bool threeRateMeter = false;
    QString voltage;
    int kva = 0;
    QDate lastCheck;
    QByteArray history; // as stored (ASCII), decoded on the worker
};

/// The rules over one customer. Pure: runs on any thread (the engine and the library are read-only).
std::vector<Flag> evaluate(const CustomerRow &row, const BillEngine &engine, const PrescreenRules &rules)
{
    std::vector<Flag> flags;
    const std::vector<MonthlyConsumption> history = HistoryCodec::decode(QByteArrayView(row.history));
    if (history.empty())
        return flags;
    const double households = row.households;
    const bool threeRateMeter = row.threeRateMeter;
    const QString &voltage = row.voltage;
    const int kva = row.kva;
    const QDate lastCheck = row.lastCheck;
    const QList<Purpose> *purposes = &row.purposes;

    // The typical month: the last three recorded, averaged, billed in the latest month.
    const MonthlyConsumption typical = ImpactEstimator::typicalMonth(history, threeRateMeter);
    const qint64 average = typical.kwh;
    const int lastMonth = typical.month;
    PriceApplication current;
    current.meter = threeRateMeter ? MeterType::ThreeRate : MeterType::SingleRate;
    current.voltage = voltage;
    current.households = households;
    current.purposes = *purposes;
    const auto impactOf = [&](const PriceApplication &proposed) -> qint64 {
        auto impact = ImpactEstimator::estimate(engine, current, proposed, {typical}, rules.assumedSplit);
        return impact ? impact->total : 0;
    };

    const QString mainGroup = purposes->first().group;
    bool residential = false, administrativeOnly = true, commercial = false;
    for (const Purpose &p : *purposes) {
        residential = residential || p.group == QLatin1StringView("residential");
        administrativeOnly = administrativeOnly && p.group.startsWith(QLatin1StringView("admin-"));
        commercial =
            commercial || p.group == QLatin1StringView("business") || p.group == QLatin1StringView("production");
    }

    // Households sharing a meter multiply every tier block (TT 16/2014 Art. 10(2)); counted from the
    // residence data at the address since TT 09/2023.
    const bool fractional = std::abs(households - std::floor(households)) > 1e-9;
    if (residential && households > 1 && !fractional && rules.households) {
        PriceApplication proposed = current;
        proposed.households = 1;
        flags.push_back({QLatin1StringView(rule::Households), storedReason("households", {QString::number(households)}),
                         impactOf(proposed)});
    }
    if (residential && fractional && rules.renters) {
        PriceApplication proposed = current;
        proposed.households = std::max(1.0, std::floor(households));
        flags.push_back({QLatin1StringView(rule::Renters), storedReason("renters", {QString::number(households)}),
                         impactOf(proposed)});
    }
    // Multi-purpose meters: the agreed ratio must follow the use (TT 60/2025: corrections over at most
    // 12 months).
    if (purposes->size() > 1 && rules.ratio) {
        const QDate due = QDate(lastMonth / 100, lastMonth % 100, 1).addMonths(-rules.ratioStaleMonths);
        if (!lastCheck.isValid() || lastCheck < due) {
            PriceApplication proposed = current;
            for (Purpose &p : proposed.purposes) {
                if (p.kind == Purpose::Kind::Share) {
                    p.value = std::max(0.0, p.value - 10);
                    break;
                }
            }
            const bool hasRemainder = std::any_of(proposed.purposes.begin(), proposed.purposes.end(),
                                                  [](const Purpose &p) { return p.kind == Purpose::Kind::Remainder; });
            flags.push_back({QLatin1StringView(rule::Ratio),
                             lastCheck.isValid()
                                 ? storedReason("ratio-checked", {row.priceString, lastCheck.toString(Qt::ISODate)})
                                 : storedReason("ratio-never", {row.priceString}),
                             hasRemainder ? impactOf(proposed) : 0});
        }
    }
    if (administrativeOnly && rules.administrative) {
        PriceApplication proposed = current;
        proposed.purposes = {Purpose{mainGroup, Purpose::Kind::Share, 90},
                             Purpose{QStringLiteral("business"), Purpose::Kind::Remainder, 0}};
        flags.push_back(
            {QLatin1StringView(rule::Administrative), storedReason("administrative", {}), impactOf(proposed)});
    }
    // Production and business must buy by time of use from 25 kVA or 2,000 kWh/month over 3 months.
    if (commercial && !threeRateMeter && rules.threeRate &&
        (average >= rules.threeRateKwh || kva >= rules.threeRateKva)) {
        PriceApplication proposed = current;
        proposed.meter = MeterType::ThreeRate;
        flags.push_back(
            {QLatin1StringView(rule::ThreeRate),
             average >= rules.threeRateKwh
                 ? storedReason("three-rate-kwh", {QString::number(average), QString::number(rules.threeRateKwh)})
                 : storedReason("three-rate-kva", {QString::number(kva), QString::number(rules.threeRateKva)}),
             impactOf(proposed)});
    }
    // Abnormal months: zero after use, jumps and drops against the 3 months before.
    if (rules.abnormal && history.size() >= 4) {
        for (std::size_t i = 3; i < history.size(); ++i) {
            const double before = (history[i - 1].kwh + history[i - 2].kwh + history[i - 3].kwh) / 3.0;
            const int kwh = history[i].kwh;
            QString reason;
            const QStringList values{QString::number(kwh), QString::number(history[i].month),
                                     QString::number(std::lround(before))};
            if (kwh == 0 && before >= 30)
                reason = storedReason("zero", values);
            else if (before >= 50 && kwh * 100.0 > before * rules.jumpPercent)
                reason = storedReason("jump", values);
            else if (before >= 50 && kwh > 0 && kwh * 100.0 < before * rules.dropPercent)
                reason = storedReason("drop", values);
            if (!reason.isEmpty()) {
                flags.push_back({QLatin1StringView(rule::Abnormal), reason, 0});
                break;
            }
        }
    }
    return flags;
}

} // namespace

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
    sqlite3 *handle = sqliteHandle(m_db.connection());

    // The previous results go at once: the two tables are dropped and made again exactly as the schema
    // has them (deleting 200,000 rows one by one takes ten times longer); their indexes are built after
    // the rows are in.
    QStringList createTables, createIndexes;
    {
        QSqlQuery schema(m_db.connection());
        if (!schema.exec(QStringLiteral("SELECT type, sql FROM sqlite_master WHERE tbl_name IN ('flags', "
                                        "'customer_rank') AND sql IS NOT NULL ORDER BY type DESC")))
            return R::failure(schema.lastError().text());
        while (schema.next())
            (schema.value(0).toString() == QLatin1StringView("table") ? createTables : createIndexes)
                << schema.value(1).toString();
    }
    {
        QSqlQuery q(m_db.connection());
        for (const QString &sql :
             QStringList{QStringLiteral("DROP TABLE flags"), QStringLiteral("DROP TABLE customer_rank")} +
                 createTables) {
            if (!q.exec(sql))
                return R::failure(q.lastError().text());
        }
    }

    SqliteStatement insertFlag(handle, "INSERT INTO flags (customer_id, rule, reason, monthly_impact, yearly_impact)"
                                       " VALUES (?, ?, ?, ?, ?)");
    SqliteStatement insertRank(handle,
                               "INSERT INTO customer_rank (customer_id, yearly_impact, rules) VALUES (?, ?, ?)");
    SqliteStatement read(handle, "SELECT id, price_string, households, meter_kind, voltage, transformer_kva,"
                                 " last_ratio_check, history FROM customers");
    if (!insertFlag.isValid() || !insertRank.isValid() || !read.isValid())
        return R::failure(read.error());

    // A branch has a handful of distinct price strings: parse each once.
    QHash<QByteArray, std::optional<QList<Purpose>>> parsed;
    const auto purposesOf = [&parsed](QByteArrayView text) -> const std::optional<QList<Purpose>> & {
        auto it = parsed.find(text.toByteArray());
        if (it == parsed.end()) {
            auto p = PriceString::parse(QString::fromUtf8(text));
            it = parsed.insert(text.toByteArray(), p ? std::optional<QList<Purpose>>(p.value()) : std::nullopt);
        }
        return *it;
    };

    // Rows are read in batches on this thread (the connection's); while one batch is judged on the other
    // cores the next is read, then the judged one is written here.
    constexpr int batchSize = 16384;
    const auto readBatch = [&]() {
        QList<CustomerRow> batch;
        batch.reserve(batchSize);
        while (batch.size() < batchSize && read.next()) {
            ++summary.customers;
            const QByteArrayView priceString = read.text(1);
            const auto &purposes = purposesOf(priceString);
            if (!purposes || purposes->isEmpty())
                continue;
            CustomerRow row;
            row.id = read.int64(0);
            row.purposes = *purposes;
            row.priceString = QString::fromUtf8(priceString);
            row.households = read.real(2);
            row.threeRateMeter = read.int64(3) == 3;
            row.voltage = QString::fromUtf8(read.text(4));
            row.kva = int(read.int64(5));
            row.lastCheck = QDate::fromString(QString::fromUtf8(read.text(6)), Qt::ISODate);
            row.history = read.text(7).toByteArray();
            batch.append(std::move(row));
        }
        return batch;
    };
    const auto judge = [&engine, this](const QList<CustomerRow> &batch) {
        return QtConcurrent::mapped(batch,
                                    [&engine, this](const CustomerRow &row) { return evaluate(row, engine, m_rules); });
    };
    QList<CustomerRow> current = readBatch();
    QFuture<std::vector<Flag>> judging = judge(current);
    // Whatever way this returns, no worker is left judging with the engine gone.
    const auto settle = qScopeGuard([&judging] {
        judging.cancel();
        judging.waitForFinished();
    });
    while (!current.isEmpty()) {
        QList<CustomerRow> upcoming = readBatch();
        judging.waitForFinished();
        const QList<std::vector<Flag>> judged = judging.results();
        if (!upcoming.isEmpty())
            judging = judge(upcoming);
        for (qsizetype b = 0; b < current.size(); ++b) {
            const std::vector<Flag> &flags = judged.at(b);
            if (flags.empty())
                continue;
            const qint64 id = current.at(b).id;
            qint64 best = 0;
            QStringList rules;
            for (const Flag &f : flags) {
                insertFlag.bindInt(1, id);
                insertFlag.bindText(2, f.rule);
                insertFlag.bindText(3, f.reason);
                insertFlag.bindInt(4, f.monthly);
                insertFlag.bindInt(5, f.monthly * ImpactEstimator::RecoverableMonths);
                if (!insertFlag.exec())
                    return R::failure(insertFlag.error());
                best = std::max(best, f.monthly * ImpactEstimator::RecoverableMonths);
                rules << f.rule;
                ++summary.perRule[f.rule];
            }
            insertRank.bindInt(1, id);
            insertRank.bindInt(2, best);
            insertRank.bindText(3, rules.join(QLatin1Char(',')));
            if (!insertRank.exec())
                return R::failure(insertRank.error());
            ++summary.flagged;
            summary.yearlyImpact += best;
        }
        if (read.failed())
            return R::failure(read.error());
        current = std::move(upcoming);
        if (progress && !progress(std::min(total, qint64(summary.customers)), total))
            return R::failure(QCoreApplication::translate("ta::Prescreener", "Pre-screening cancelled: the previous "
                                                                             "results were kept."));
    }
    if (Status s = execAll(m_db.connection(), createIndexes); !s)
        return R::failure(s.error());
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    if (progress)
        progress(total, total);
    qCInfo(lcCustomers) << "Pre-screened" << summary.customers << "customers," << summary.flagged << "flagged, in"
                        << timer.elapsed() << "ms";
    return summary;
}

} // namespace ta
