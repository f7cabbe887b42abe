#include "models/importing/customerimport.h"

#include "models/core/clock.h"
#include "models/core/csvtext.h"
#include "models/core/limits.h"
#include "models/core/logging.h"
#include "models/core/textarena.h"
#include "models/customers/customerrepository.h"
#include "models/customers/importtemplate.h"
#include "models/customers/searchindex.h"
#include "models/importing/csvreader.h"
#include "models/importing/xlsxreader.h"
#include "models/storage/database.h"
#include "models/tariff/billengine.h"
#include "models/tariff/pricestring.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>
#include <QThreadPool>
#include <QWaitCondition>
#include <QtConcurrent/QtConcurrentRun>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <cmath>
#include <deque>
#include <unordered_map>

namespace ta {

namespace {

struct MonthColumn
{
    int month;
    QString reg; // "", "BT", "CD", "TD"
    int index;
    QString name; // the template column, for messages
};

// A customer code: 2 letters, 4 letters or digits, 7 digits (upper case by now).
bool isCustomerCode(const QString &code)
{
    if (code.size() != 13)
        return false;
    for (qsizetype i = 0; i < 13; ++i) {
        const char16_t c = code.at(i).unicode();
        const bool letter = c >= u'A' && c <= u'Z';
        const bool digit = c >= u'0' && c <= u'9';
        if (i < 2 ? !letter : i < 6 ? !(letter || digit) : !digit)
            return false;
    }
    return true;
}

// A valid customer code as one number (2 letters, 4 letters or digits, 7 digits: < 2^54), so that the codes
// seen in a list of millions are kept as numbers, not strings (a third of the memory). Invalid codes: none.
std::optional<quint64> packedCode(const QString &code)
{
    if (!isCustomerCode(code))
        return std::nullopt;
    quint64 key = 0;
    for (qsizetype i = 0; i < 13; ++i) {
        const char16_t c = code.at(i).unicode();
        if (i < 2)
            key = key * 26 + (c - u'A');
        else if (i < 6)
            key = key * 36 + (c >= u'A' ? 10 + (c - u'A') : c - u'0');
        else
            key = key * 10 + (c - u'0');
    }
    return key;
}

// The customer codes seen so far in a list, each with the line it was first seen on. A list sorted by code (as
// CMIS writes them) is kept as one run of increasing codes, appended and looked up by halving; codes out of that
// order go to a hash. A million sorted codes cost a vector's appends instead of a million hash insertions.
class SeenCodes
{
public:
    /// The line @p key was first seen on; 0 when it is new, and then it is remembered as seen on @p line.
    qint64 firstLine(quint64 key, qint64 line)
    {
        // The codes out of order are all below the run's last (they were when they came, and it only grows).
        if (m_run.empty() || key > m_run.back().first) {
            m_run.emplace_back(key, line);
            return 0;
        }
        const auto it = std::lower_bound(m_run.begin(), m_run.end(), key,
                                         [](const std::pair<quint64, qint64> &e, quint64 k) { return e.first < k; });
        if (it != m_run.end() && it->first == key)
            return it->second;
        if (const auto other = m_others.constFind(key); other != m_others.constEnd())
            return *other;
        m_others.insert(key, line);
        return 0;
    }
    qsizetype size() const { return qsizetype(m_run.size()) + m_others.size(); }
    /// Room for @p n codes in order.
    void reserve(qsizetype n) { m_run.reserve(std::size_t(n)); }

private:
    std::vector<std::pair<quint64, qint64>> m_run; // increasing codes
    QHash<quint64, qint64> m_others;
};

// Reads one row into a Customer, collecting every problem it has. One reader runs on one thread: it keeps
// what it learnt about the values that repeat down a list (price strings, voltages) to check each once.
class RowReader
{
public:
    RowReader(const QHash<QString, int> &columns, const std::vector<MonthColumn> &months, const TariffLibrary &library)
        : m_months(months), m_library(library)
    {
        for (int f = 0; f < FieldCount; ++f)
            m_index[f] = columns.value(QLatin1StringView(kFieldNames[f]), -1);
        // Months in order, each column pointing at its month's slot.
        for (const MonthColumn &mc : months) {
            if (std::find(m_monthOrder.begin(), m_monthOrder.end(), mc.month) == m_monthOrder.end())
                m_monthOrder.push_back(mc.month);
        }
        std::sort(m_monthOrder.begin(), m_monthOrder.end());
        for (const MonthColumn &mc : months) {
            const int slot = int(std::find(m_monthOrder.begin(), m_monthOrder.end(), mc.month) - m_monthOrder.begin());
            const int reg = mc.reg.isEmpty()                    ? 0
                            : mc.reg == QLatin1StringView("BT") ? 1
                            : mc.reg == QLatin1StringView("CD") ? 2
                                                                : 3;
            m_monthColumns.push_back({slot, reg, mc.index});
        }
    }

    /// The purposes of a price string this reader accepted (parsed once per distinct string).
    const QList<Purpose> *purposesOf(const QString &priceString) const
    {
        const auto it = m_prices.find(QStringView(priceString));
        return it != m_prices.end() && it->second.error.isEmpty() ? &it->second.purposes : nullptr;
    }

    /// Only what a customer keeps is copied out of @p fields: its texts into @p arena when there is one (the
    /// customer is then valid as long as the arena is), else into strings of their own.
    Customer read(const RowFields &fields, qint64 line, std::vector<ImportIssue> &issues,
                  TextArena *arena = nullptr) const
    {
        const auto keep = [arena](QStringView text) {
            return arena ? arena->keep(text) : text.toString();
        };
        const auto value = [&](Field f) {
            const int i = m_index[f];
            return i >= 0 && i < fields.size() ? fields.at(i) : QStringView();
        };
        const auto issue = [&](Field f, QStringView v, const QString &reason) {
            issues.push_back({line, QLatin1StringView(kFieldNames[f]), v.toString(), reason});
        };
        Customer c;
        c.code = arena ? arena->keepUpper(value(Code)) : value(Code).toString().toUpper();
        if (c.code.isEmpty())
            issue(Code, c.code, QCoreApplication::translate("ta::CustomerImport", "the customer code is missing."));
        else if (!isCustomerCode(c.code))
            issue(Code, c.code,
                  QCoreApplication::translate("ta::CustomerImport", "a customer code has 13 characters: 2 letters, 4 "
                                                                    "letters or digits, then 7 digits."));
        c.name = keep(value(Name));
        if (c.name.isEmpty())
            issue(Name, c.name, QCoreApplication::translate("ta::CustomerImport", "the name is missing."));
        c.address = keep(value(Address));
        c.phone = keep(value(Phone));
        c.substation = keep(value(Substation));
        c.routeBook = keep(value(RouteBook));
        c.meterSerial = keep(value(Serial));

        bool ok = true;
        if (const QStringView v = value(RouteOrder); !v.isEmpty()) {
            c.routeOrder = v.toInt(&ok);
            if (!ok || c.routeOrder < 0)
                issue(RouteOrder, v, QCoreApplication::translate("ta::CustomerImport", "a whole number, 0 or more."));
        }
        if (const QStringView v = value(Kind); !v.isEmpty()) {
            if (v == u"1")
                c.meterKind = MeterKind::SingleRate;
            else if (v == u"3")
                c.meterKind = MeterKind::ThreeRate;
            else
                issue(Kind, v,
                      QCoreApplication::translate("ta::CustomerImport", "1 (single-rate) or 3 "
                                                                        "(three-rate)."));
        }
        if (const QStringView v = value(Multiplier); !v.isEmpty()) {
            c.multiplier = v.toInt(&ok);
            if (!ok || c.multiplier < 1)
                issue(Multiplier, v, QCoreApplication::translate("ta::CustomerImport", "a whole number, 1 or more."));
        }
        if (const QStringView v = value(Voltage); !v.isEmpty()) {
            auto known = m_voltages.find(v);
            if (known == m_voltages.end()) {
                const QString voltage = v.toString().remove(QLatin1Char(' '));
                known = m_voltages.emplace(v.toString(), m_library.kvOf(voltage) ? voltage : QString()).first;
            }
            if (!known->second.isEmpty())
                c.voltage = known->second;
            else
                issue(Voltage, v,
                      QCoreApplication::translate("ta::CustomerImport", "a voltage class of the tariff books (%1) "
                                                                        "or a value in kV.")
                          .arg(m_library.voltageClasses().join(QStringLiteral(", "))));
        }
        if (const QStringView v = value(Households); !v.isEmpty()) {
            c.households = v.contains(QLatin1Char(','))
                               ? v.toString().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok)
                               : v.toDouble(&ok);
            const double quarters = c.households * 4;
            if (!ok || c.households < 0.25 || c.households > 1000 || std::abs(quarters - std::round(quarters)) > 1e-9)
                issue(Households, v,
                      QCoreApplication::translate("ta::CustomerImport", "0.25 or more, in steps of 0.25 "
                                                                        "(4 renters = 1 household)."));
        }
        if (const QStringView price = value(PriceText); price.isEmpty()) {
            issue(PriceText, price,
                  QCoreApplication::translate("ta::CustomerImport", "the price string is "
                                                                    "missing."));
        } else {
            auto known = m_prices.find(price);
            if (known == m_prices.end()) {
                const QString text = price.toString();
                PriceCheck check;
                if (auto purposes = PriceString::parse(text, m_library); !purposes)
                    check.error = purposes.error();
                else if (Status s = BillEngine::checkPurposes(purposes.value(), m_library); !s)
                    check.error = s.error();
                else
                    check.purposes = purposes.value();
                known = m_prices.emplace(text, check).first;
            }
            c.priceString = known->first; // shared with the other rows of the same price
            if (!known->second.error.isEmpty())
                issue(PriceText, price, known->second.error);
        }
        if (const QStringView v = value(Transformer); !v.isEmpty()) {
            c.transformerKva = v.toInt(&ok);
            if (!ok || c.transformerKva < 0)
                issue(Transformer, v,
                      QCoreApplication::translate("ta::CustomerImport", "a whole number of kVA, 0 "
                                                                        "or more."));
        }
        if (const QStringView v = value(Position); !v.isEmpty()) {
            const qsizetype comma = v.indexOf(QLatin1Char(','));
            const bool two = comma > 0 && v.indexOf(QLatin1Char(','), comma + 1) < 0;
            bool latOk = false, lonOk = false;
            const double lat = two ? v.left(comma).trimmed().toDouble(&latOk) : 0;
            const double lon = two ? v.mid(comma + 1).trimmed().toDouble(&lonOk) : 0;
            if (latOk && lonOk && lat >= 8 && lat <= 24 && lon >= 102 && lon <= 110) {
                c.latitude = lat;
                c.longitude = lon;
            } else {
                issue(Position, v,
                      QCoreApplication::translate("ta::CustomerImport", "latitude,longitude in Vietnam "
                                                                        "(8–24 N, 102–110 E)."));
            }
        }
        if (const QStringView v = value(RatioCheck); !v.isEmpty()) {
            const QString date = v.toString();
            c.lastRatioCheck = QDate::fromString(date, Qt::ISODate);
            if (!c.lastRatioCheck.isValid())
                c.lastRatioCheck = QDate::fromString(date, QStringLiteral("dd/MM/yyyy"));
            if (!c.lastRatioCheck.isValid())
                issue(RatioCheck, v,
                      QCoreApplication::translate("ta::CustomerImport", "a date written YYYY-MM-DD "
                                                                        "or dd/MM/yyyy."));
        }

        // Months: totals and, on three-rate meters, registers that add up.
        std::vector<MonthlyConsumption> &months = m_scratchMonths;
        std::vector<char> &present = m_scratchPresent;
        months.assign(m_monthOrder.size(), MonthlyConsumption{});
        present.assign(m_monthOrder.size(), false);
        for (std::size_t m = 0; m < months.size(); ++m)
            months[m].month = m_monthOrder[m];
        for (std::size_t k = 0; k < m_monthColumns.size(); ++k) {
            const MonthSlot &slot = m_monthColumns[k];
            if (slot.index >= fields.size())
                continue;
            const QStringView v = fields.at(slot.index);
            if (v.isEmpty())
                continue;
            const int kwh = v.toInt(&ok);
            if (!ok || kwh < 0) {
                issues.push_back({line, m_months[k].name, v.toString(),
                                  QCoreApplication::translate("ta::CustomerImport", "a whole number of kWh, 0 or "
                                                                                    "more.")});
                continue;
            }
            present[std::size_t(slot.slot)] = true;
            MonthlyConsumption &m = months[std::size_t(slot.slot)];
            switch (slot.reg) {
            case 0:
                m.kwh = kwh;
                break;
            case 1:
                m.normal = kwh;
                break;
            case 2:
                m.peak = kwh;
                break;
            default:
                m.offPeak = kwh;
            }
        }
        c.history.reserve(months.size());
        for (std::size_t i = 0; i < months.size(); ++i) {
            if (!present[i])
                continue;
            MonthlyConsumption &m = months[i];
            const bool anyRegister = m.normal || m.peak || m.offPeak;
            const auto column = [&m] {
                return QStringLiteral("SL_BT_%1").arg(m.month);
            };
            if (anyRegister && c.meterKind == MeterKind::SingleRate) {
                issues.push_back(
                    {line, column(), QString::number(m.normal.value_or(0)),
                     QCoreApplication::translate("ta::CustomerImport", "normal / peak / off-peak kWh on a "
                                                                       "single-rate meter (LOAI_DDO 1).")});
            } else if (anyRegister) {
                if (!m.normal || !m.peak || !m.offPeak) {
                    issues.push_back({line, column(), QString(),
                                      QCoreApplication::translate("ta::CustomerImport", "a three-rate month needs "
                                                                                        "all three registers.")});
                } else if (*m.normal + *m.peak + *m.offPeak != m.kwh) {
                    if (m.kwh == 0)
                        m.kwh = *m.normal + *m.peak + *m.offPeak;
                    else
                        issues.push_back({line, QStringLiteral("SL_%1").arg(m.month), QString::number(m.kwh),
                                          QCoreApplication::translate("ta::CustomerImport", "the registers add up to "
                                                                                            "%1 kWh, not %2.")
                                              .arg(*m.normal + *m.peak + *m.offPeak)
                                              .arg(m.kwh)});
                }
            }
            c.history.push_back(m);
        }
        return c;
    }

private:
    enum Field {
        Code,
        Name,
        Address,
        Phone,
        Substation,
        RouteBook,
        RouteOrder,
        Serial,
        Kind,
        Multiplier,
        Voltage,
        Households,
        PriceText,
        Transformer,
        Position,
        RatioCheck,
        FieldCount
    };
    static constexpr const char *kFieldNames[FieldCount] = {
        "MA_KHANG", "TEN_KHANG", "DIA_CHI",     "DTHOAI", "MA_TRAM",   "MA_SOGCS",      "STT",    "SO_CTO",
        "LOAI_DDO", "HSN",       "CAP_DIEN_AP", "SO_HO",  "CHUOI_GIA", "CSUAT_TBA_KVA", "TOA_DO", "NGAY_KT_TLG"};
    struct MonthSlot
    {
        int slot;
        int reg; // 0 total, 1 normal, 2 peak, 3 off-peak
        int index;
    };
    struct PriceCheck
    {
        QString error;
        QList<Purpose> purposes;
    };
    // Looked up by the field as read, without making a string of it.
    struct ViewHash
    {
        using is_transparent = void;
        size_t operator()(QStringView v) const { return qHash(v); }
    };
    template <typename T> using ByText = std::unordered_map<QString, T, ViewHash, std::equal_to<>>;

    const std::vector<MonthColumn> &m_months;
    const TariffLibrary &m_library;
    int m_index[FieldCount];
    std::vector<int> m_monthOrder;
    std::vector<MonthSlot> m_monthColumns;
    mutable ByText<PriceCheck> m_prices;
    mutable ByText<QString> m_voltages; // as written → as stored, empty when unknown
    // A row's months as they are read, kept from row to row.
    mutable std::vector<MonthlyConsumption> m_scratchMonths;
    mutable std::vector<char> m_scratchPresent;
};

} // namespace

namespace {

QString sourceKey(const QStringList &header)
{
    return header.join(QChar(0x1f));
}

// By what the file holds, not by its name: a PDF or a CSV called .xlsx is read as text and named for what it is.
bool isWorkbook(QFile &file)
{
    return XlsxReader::looksLikeXlsx(file.peek(4));
}

/// A list is a regular file within limits::ListFileBytes: a device or a pipe could be read for ever, and a larger
/// file is refused before a byte of it is read.
Status checkListFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Status::failure(QCoreApplication::translate("ta::CustomerImport", "%1 is not a file (a folder, a "
                                                                                 "device or a pipe).")
                                   .arg(QDir::toNativeSeparators(path)));
    if (info.size() > limits::ListFileBytes)
        return Status::failure(QCoreApplication::translate("ta::CustomerImport",
                                                           "%1 is %2 MB; a customer list is at most %3 MB. Split it, "
                                                           "by branch or by route book.")
                                   .arg(info.fileName())
                                   .arg(info.size() / (1024 * 1024))
                                   .arg(limits::ListFileBytes / (1024 * 1024)));
    return Status::success();
}

Result<ImportSummary> tooManyRows(const QString &name)
{
    return Result<ImportSummary>::failure(QCoreApplication::translate("ta::CustomerImport",
                                                                      "%1 has more than %2 customers; a list is at "
                                                                      "most %2. Split it, by branch or by route book.")
                                              .arg(name)
                                              .arg(limits::ListRows));
}

/// A CSV file is checksummed into @p hash as it is read.
std::unique_ptr<RowSource> openSource(const QString &path, QFile &file, const CustomerImport::Options &options,
                                      Sha256 *hash = nullptr)
{
    if (isWorkbook(file)) {
        file.close();
        return std::make_unique<XlsxReader>(path, options.sheet);
    }
    return std::make_unique<CsvReader>(file, options.encoding, hash);
}

} // namespace

CustomerImport::CustomerImport(Database &db, const TariffLibrary &library, const Clock &clock)
    : m_db(db), m_library(library), m_clock(clock)
{
}

Result<ImportSummary> CustomerImport::run(const QString &path, const Options &options,
                                          const std::function<bool(qint64 done, qint64 total)> &progress)
{
    // Whatever step found the disk full, the user reads it plainly (the transaction is rolled back).
    return plainDiskFull(runWithin(path, options, progress));
}

Result<ImportSummary> CustomerImport::runWithin(const QString &path, const Options &options,
                                                const std::function<bool(qint64 done, qint64 total)> &progress)
{
    using R = Result<ImportSummary>;
    const QString name = QFileInfo(path).fileName();
    if (Status s = checkListFile(path); !s)
        return R::failure(s.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(
            QCoreApplication::translate("ta::CustomerImport", "Cannot read %1: %2").arg(path, file.errorString()));
    const qint64 total = file.size();
    ImportSummary summary;
    summary.fileName = name;
    // The checksum of the file as imported: a workbook's first (its parts are read out of order), a text
    // file's in the same pass as its rows.
    Sha256 sha;
    if (isWorkbook(file)) {
        if (!sha.addData(&file))
            return R::failure(
                QCoreApplication::translate("ta::CustomerImport", "Cannot read %1: %2").arg(path, file.errorString()));
        file.seek(0);
    }

    // A list longer than the limit is refused before it is read: its records are counted first (at the speed of
    // the disk), when it is large enough to hold that many.
    if (!isWorkbook(file) && total > 2 * (limits::ListRows + 1) &&
        CsvReader::hasMoreRecordsThan(path, limits::ListRows + 1))
        return tooManyRows(name);

    // A workbook or delimited text, whatever the file is called.
    std::unique_ptr<RowSource> source = openSource(path, file, options, &sha);
    if (const auto *csv = dynamic_cast<const CsvReader *>(source.get()))
        summary.separator = csv->separator();
    if (!source->isValid())
        return R::failure(QCoreApplication::translate("ta::CustomerImport", "%1: %2").arg(name, source->errorString()));
    summary.encoding = source->format();
    RowSource &reader = *source;

    // Header: every column must be known (or mapped), none twice, the required ones present.
    QStringList header;
    qint64 line = 0;
    const bool hasHeader = reader.next(header, line);
    if (!reader.isValid())
        return R::failure(QCoreApplication::translate("ta::CustomerImport", "%1: %2").arg(name, reader.errorString()));
    if (!hasHeader || (header.size() == 1 && header.first().isEmpty()))
        return R::failure(QCoreApplication::translate("ta::CustomerImport", "%1 is empty.").arg(name));
    QHash<QString, int> columns;
    std::vector<MonthColumn> months;
    QStringList unknown;
    // A file from a known source is read with the mapping remembered for it.
    const QHash<QString, QString> mapping =
        options.mapping.isEmpty() ? rememberedMapping(m_db, header) : options.mapping;
    for (int i = 0; i < header.size(); ++i) {
        const QString mapped = mapping.value(header.at(i));
        const QString code = mapped.isEmpty() ? ImportTemplate::resolveHeader(header.at(i)) : mapped;
        if (code.isEmpty()) {
            if (!header.at(i).isEmpty())
                unknown << header.at(i);
            continue;
        }
        if (columns.contains(code))
            return R::failure(QCoreApplication::translate("ta::CustomerImport",
                                                          "%1, line 1: the column %2 appears twice "
                                                          "(columns %3 and %4).")
                                  .arg(name, code)
                                  .arg(columns.value(code) + 1)
                                  .arg(i + 1));
        columns.insert(code, i);
        QString reg;
        int month = 0;
        if (ImportTemplate::parseMonthColumn(code, &reg, &month))
            months.push_back({month, reg, i, code});
    }
    QStringList missing;
    for (const QString &required : ImportTemplate::requiredColumns()) {
        if (!columns.contains(required))
            missing << required;
    }
    if (!missing.isEmpty())
        return R::failure(QCoreApplication::translate("ta::CustomerImport", "%1 is not in the customer-list template: "
                                                                            "the column(s) %2 are missing. Map the "
                                                                            "file's columns, or save the template and "
                                                                            "copy the data into it.")
                              .arg(name, missing.join(QStringLiteral(", "))));
    if (!unknown.isEmpty())
        qCInfo(lcCustomers) << "Ignoring columns not in the template:" << unknown;

    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return R::failure(QCoreApplication::translate("ta::CustomerImport", "The data file is busy; try again."));
    CustomerRepository repository(m_db.connection());
    // Into an empty file every valid row is new (duplicates are refused above): no lookups, the row ids are
    // known in advance, and the search index is built afterwards, in the background (SearchIndex)...
    const bool fresh = repository.count() == 0;
    if (fresh) {
        if (Status s = repository.deferSearchIndex(); !s)
            return R::failure(s.error());
    }
    // ...and the secondary indexes are kept up to date row by row while the rows come grouped by route book and
    // substation, as lists usually are: each row then adds to a few pages already in the cache, on this thread
    // while the other core reads and derives. From the first batch that is not grouped (a list sorted by name, say)
    // they are dropped and built once at the end, sorted; row by row they would then cost three times as much.
    QStringList deferredIndexes;
    bool indexesDeferred = false;
    std::optional<qint64> cacheSize; // the connection's page cache, while a larger one serves unordered rows
    const auto restoreCache = [this, &cacheSize] {
        if (cacheSize)
            QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(*cacheSize));
        cacheSize.reset();
    };
    const auto restoreCacheOnReturn = qScopeGuard(restoreCache);
    // A list loaded into an empty file is pre-screened as it is read: the rules judge each row on the
    // reading thread and the flags are stored with the rows.
    const bool judging = fresh && options.prescreen.has_value();
    const PrescreenRules rules = options.prescreen.value_or(PrescreenRules{});
    const BillEngine engine(m_library);
    PrescreenMemos memos;
    std::optional<PrescreenResults> results;
    if (judging) {
        results.emplace(m_db);
        if (Status s = results->begin(); !s)
            return R::failure(s.error());
    }
    const RowReader rowReader(columns, months, m_library);

    // The rows go in batches through three stages (below): read and checked, derived and judged, stored. The
    // reading worker alone touches the reader, the row checks and the codes seen; it reads ahead of the storing
    // by at most kAhead batches.
    struct Row
    {
        Customer customer;
        std::optional<QList<Purpose>> purposes; // as the reader parsed the price string
        CustomerRepository::Derived derived;
        std::vector<PrescreenFlag> flags;
        qint64 digest = 0; // of the flags, for their writing
    };
    struct Batch
    {
        std::vector<Row> valid;
        std::vector<ImportIssue> issues;
        qint64 rows = 0;
        qint64 rejected = 0;
        qint64 bytesRead = 0;
        bool end = false;
        TextArena texts; // the valid customers' texts

        /// Empty again, keeping its room for the next rows.
        void recycle()
        {
            valid.clear();
            issues.clear();
            rows = rejected = bytesRead = 0;
            end = false;
            texts.clear();
        }
    };
    // Whether a batch's rows come grouped: route book and substation change at most once in eight rows (a list in
    // route order changes route book every few hundred rows, a list in name order nearly every row).
    const auto comesGrouped = [](const std::vector<Row> &rows) {
        qsizetype routeBooks = 0;
        qsizetype substations = 0;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            routeBooks += rows[i].customer.routeBook != rows[i - 1].customer.routeBook;
            substations += rows[i].customer.substation != rows[i - 1].customer.substation;
        }
        const qsizetype most = std::max<qsizetype>(16, qsizetype(rows.size()) / 8);
        return routeBooks <= most && substations <= most;
    };
    SeenCodes seen; // packedCode() → the line it was first seen on
    const qsizetype headerSize = header.size();
    bool codesSized = false;
    RowFields fields; // each row read into the same text
    const auto readBatch = [&reader, &rowReader, &seen, &codesSized, &line, &fields, headerSize, total](Batch &batch) {
        constexpr int batchSize = 4096;
        batch.valid.reserve(batchSize);
        while (batch.rows < batchSize) {
            if (!reader.nextRow(fields, line)) {
                batch.end = true;
                break;
            }
            ++batch.rows;
            const std::size_t before = batch.issues.size();
            if (fields.size() != headerSize && !fields.isBlank())
                batch.issues.push_back({line, QStringLiteral("-"), QString(),
                                        QCoreApplication::translate("ta::CustomerImport", "the row has %1 fields, "
                                                                                          "the header %2.")
                                            .arg(fields.size())
                                            .arg(headerSize)});
            Customer customer = rowReader.read(fields, line, batch.issues, &batch.texts);
            // An invalid code is refused by the row checks already; a valid one only once in the list.
            if (const std::optional<quint64> key = packedCode(customer.code)) {
                if (const qint64 first = seen.firstLine(*key, line))
                    batch.issues.push_back({line, QStringLiteral("MA_KHANG"), // outlives the batch's texts
                                            QString(customer.code.constData(), customer.code.size()),
                                            QCoreApplication::translate("ta::CustomerImport", "the same customer code "
                                                                                              "is already on line %1.")
                                                .arg(first)});
            }
            if (batch.issues.size() > before) {
                ++batch.rejected;
                continue;
            }
            Row row;
            if (const QList<Purpose> *purposes = rowReader.purposesOf(customer.priceString))
                row.purposes = *purposes; // shared, not copied
            row.customer = std::move(customer);
            batch.valid.push_back(std::move(row));
        }
        batch.bytesRead = reader.bytesRead();
        // The codes of the whole list are kept: room for as many as the file holds at the rate of the first batch,
        // instead of the table growing (and moving every code) a dozen times.
        if (!codesSized && batch.bytesRead > 0 && !batch.end) {
            codesSized = true;
            const double perByte = double(seen.size()) / double(batch.bytesRead);
            seen.reserve(qsizetype(std::min<double>(limits::ListRows + 1, perByte * double(total) * 1.05)));
        }
    };
    QElapsedTimer rowsTimer;
    rowsTimer.start();
    qint64 nextId = 1;
    // What each row stores beside its fields, and the rules' judgement (into an empty file: an update works out
    // what it stores as it compares the row with the stored customer).
    const auto derive = [fresh, judging, &engine, &rules, &memos, this](Batch &batch) {
        if (!fresh)
            return;
        const PrescreenMemos::Lease memo(memos);
        for (Row &row : batch.valid) {
            row.derived = CustomerRepository::Derived::of(row.customer);
            if (judging && row.purposes)
                row.flags = Prescreener::judge(PrescreenCustomer::of(row.customer, *row.purposes), engine, m_library,
                                               rules, memo.get());
            if (!row.flags.empty())
                row.digest = PrescreenResults::digestOf(
                    row.flags, row.derived.text(CustomerRepository::Derived::RouteBook), row.customer.routeOrder);
        }
    };
    // Three stages: while this thread stores a batch, a worker derives and judges the next and another reads and
    // checks the ones after. The workers are the import's own, whatever else runs on the application's pool (an
    // import started from the window runs on it).
    QThreadPool stages;
    stages.setMaxThreadCount(2);
    // Between the reader and this thread: the batches read and not taken yet, and the batches stored, which go
    // back to the reader to be freed where they were allocated (freeing another thread's memory contends for the
    // allocator's lock with that thread).
    struct Handoff
    {
        QMutex mutex;
        QWaitCondition changed;
        std::deque<std::shared_ptr<Batch>> ready;
        std::vector<std::shared_ptr<Batch>> spent;
        bool stop = false;
    } handoff;
    constexpr std::size_t kAhead = 2;
    QFuture<void> reading = QtConcurrent::run(&stages, [&handoff, &readBatch] {
        // The batches stored come back to be filled again: their room (rows, texts) is kept rather than freed and
        // taken anew, megabytes each time.
        std::vector<std::shared_ptr<Batch>> spent;
        for (;;) {
            {
                QMutexLocker lock(&handoff.mutex);
                while (!handoff.stop && handoff.ready.size() >= kAhead)
                    handoff.changed.wait(&handoff.mutex);
                if (handoff.stop)
                    return;
                std::move(handoff.spent.begin(), handoff.spent.end(), std::back_inserter(spent));
                handoff.spent.clear();
            }
            std::shared_ptr<Batch> batch;
            if (spent.empty()) {
                batch = std::make_shared<Batch>();
            } else {
                batch = std::move(spent.back());
                spent.pop_back();
                batch->recycle();
            }
            readBatch(*batch);
            const bool end = batch->end;
            {
                QMutexLocker lock(&handoff.mutex);
                handoff.ready.push_back(std::move(batch));
            }
            handoff.changed.wakeAll();
            if (end)
                return;
        }
    });
    const auto take = [&handoff] {
        QMutexLocker lock(&handoff.mutex);
        while (handoff.ready.empty())
            handoff.changed.wait(&handoff.mutex);
        std::shared_ptr<Batch> batch = std::move(handoff.ready.front());
        handoff.ready.pop_front();
        handoff.changed.wakeAll();
        return batch;
    };
    QFuture<void> deriving;
    // Whatever way this returns, the workers are done with the reader and the batches before they go.
    const auto settle = qScopeGuard([&handoff, &reading, &deriving] {
        {
            QMutexLocker lock(&handoff.mutex);
            handoff.stop = true;
        }
        handoff.changed.wakeAll();
        reading.waitForFinished();
        deriving.waitForFinished();
    });
    std::shared_ptr<Batch> derived; // derived, stored next
    bool allRead = false;
    qint64 waitedNs = 0;  // for the log: time this thread waited for the reader,
    qint64 derivedNs = 0; // and for the deriving and judging
    for (;;) {
        std::shared_ptr<Batch> current;
        if (!allRead) {
            QElapsedTimer wait;
            wait.start();
            current = take();
            waitedNs += wait.nsecsElapsed();
            allRead = current->end;
            deriving = QtConcurrent::run(&stages, [&derive, current] { derive(*current); });
        }
        if (derived) {
            Batch &batch = *derived;
            if (fresh && !indexesDeferred && !comesGrouped(batch.valid)) {
                auto dropped = dropDeclaredIndexes(m_db.connection(), QStringLiteral("customers"));
                if (!dropped)
                    return R::failure(dropped.error());
                deferredIndexes = dropped.value();
                indexesDeferred = true;
                // The code's own index still takes every row, now in no order: a page cache of 64 MiB holds all of
                // it for a million customers, where the usual 2 MiB would write its pages out and read them back
                // for most rows (the rows of a shuffled million 10-11 s → 7 s). Back to the usual size for
                // building the indexes, whose sorting is slower with more.
                QSqlQuery cache(m_db.connection());
                if (cache.exec(QStringLiteral("PRAGMA cache_size")) && cache.next()) {
                    cacheSize = cache.value(0).toLongLong();
                    cache.exec(QStringLiteral("PRAGMA cache_size = -65536"));
                }
                qCInfo(lcCustomers) << "Rows not grouped by route book and substation after" << summary.rows
                                    << "rows: the customers' indexes are built at the end";
            }
            summary.rows += batch.rows;
            summary.rejected += batch.rejected;
            if (summary.rows > limits::ListRows)
                return tooManyRows(name);
            // The report keeps the first problems; the rest are counted.
            const auto room = std::size_t(std::max<qint64>(0, limits::ListIssues - qint64(summary.issues.size())));
            const std::size_t kept = std::min(room, batch.issues.size());
            summary.issues.insert(summary.issues.end(), std::make_move_iterator(batch.issues.begin()),
                                  std::make_move_iterator(batch.issues.begin() + qsizetype(kept)));
            summary.issuesNotListed += qint64(batch.issues.size() - kept);
            for (const Row &row : batch.valid) {
                if (fresh) {
                    const qint64 id = nextId++;
                    if (Status s = repository.insert(row.customer, row.derived, id); !s)
                        return R::failure(s.error());
                    if (judging) {
                        if (Status s = results->add(id, row.derived.text(CustomerRepository::Derived::RouteBook),
                                                    row.customer.routeOrder, row.flags, row.digest);
                            !s)
                            return R::failure(s.error());
                    }
                    ++summary.imported;
                    continue;
                }
                auto outcome = repository.upsert(row.customer);
                if (!outcome)
                    return R::failure(outcome.error());
                switch (outcome.value()) {
                case CustomerRepository::Outcome::Inserted:
                    ++summary.imported;
                    break;
                case CustomerRepository::Outcome::Updated:
                    ++summary.updated;
                    break;
                case CustomerRepository::Outcome::Unchanged:
                    ++summary.unchanged;
                    break;
                }
            }
            if (progress && !progress(batch.bytesRead, total))
                return R::failure(QCoreApplication::translate("ta::CustomerImport", "Import cancelled: nothing was "
                                                                                    "changed."));
            QMutexLocker lock(&handoff.mutex);
            handoff.spent.push_back(std::move(derived));
        }
        QElapsedTimer wait;
        wait.start();
        deriving.waitForFinished();
        derivedNs += wait.nsecsElapsed();
        if (!current)
            break;
        derived = std::move(current);
    }
    // A file that stopped being readable part way (text that is not in its encoding, a damaged workbook)
    // is refused whole.
    if (!reader.isValid())
        return R::failure(QCoreApplication::translate("ta::CustomerImport", "%1: %2").arg(name, reader.errorString()));
    if (summary.rows == 0)
        return R::failure(
            QCoreApplication::translate("ta::CustomerImport", "%1 has a header but no customers.").arg(name));

    const qint64 rowsMs = rowsTimer.elapsed();
    if (fresh) {
        QElapsedTimer phase;
        phase.start();
        restoreCache(); // before the indexes are built
        if (Status s = execAll(m_db.connection(), deferredIndexes); !s)
            return R::failure(s.error());
        if (judging) {
            if (Status s = results->finish(); !s)
                return R::failure(s.error());
            summary.prescreen = results->summary();
            summary.prescreen->customers = summary.imported;
        }
        qCInfo(lcCustomers) << "First import: rows in" << rowsMs << "ms (" << waitedNs / 1'000'000
                            << "ms of it waiting for rows read," << derivedNs / 1'000'000
                            << "ms for rows derived and judged, the rest storing), indexes" << phase.elapsed()
                            << "ms; the search index follows in the background";
    }
    summary.sha256 = QString::fromLatin1(sha.result().toHex());
    if (options.checkOnly) {
        if (progress)
            progress(total, total);
        return summary; // the transaction is rolled back as it goes
    }
    QSqlQuery record(m_db.connection());
    record.prepare(QStringLiteral("INSERT INTO imports (file_name, sha256, imported_at, imported, updated, unchanged, "
                                  "rejected) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(name), QVariant(summary.sha256), QVariant(m_clock.now().toString(Qt::ISODate)),
                              QVariant(summary.imported), QVariant(summary.updated), QVariant(summary.unchanged),
                              QVariant(summary.rejected)})
        record.addBindValue(v);
    if (!record.exec())
        return R::failure(QCoreApplication::translate("ta::CustomerImport", "The import could not be recorded."));
    QElapsedTimer committing;
    committing.start();
    // A whole list is several hundred megabytes of log: it is copied into the data file by the next
    // commit after this one (the search index's first step, in the background), not before the list is
    // usable.
    QSqlQuery checkpoints(m_db.connection());
    if (fresh)
        checkpoints.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    const Status committed = tx.commit();
    if (fresh)
        checkpoints.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
    if (!committed)
        return R::failure(committed.error());
    qCInfo(lcCustomers) << "Import committed in" << committing.elapsed() << "ms";
    if (progress)
        progress(total, total);
    qCInfo(lcCustomers) << "Imported" << name << "rows" << summary.rows << "new" << summary.imported << "updated"
                        << summary.updated << "unchanged" << summary.unchanged << "rejected" << summary.rejected;
    return summary;
}

Customer CustomerImport::readCustomer(const QList<QPair<QString, QString>> &fields, const TariffLibrary &library,
                                      std::vector<ImportIssue> &issues)
{
    QHash<QString, int> columns;
    std::vector<MonthColumn> months;
    RowFields values;
    for (const auto &[header, value] : fields) {
        const QString code = ImportTemplate::resolveHeader(header);
        if (code.isEmpty()) {
            issues.push_back(
                {0, header, value,
                 QCoreApplication::translate("ta::CustomerImport", "not a column of the customer-list template.")});
            continue;
        }
        if (columns.contains(code)) {
            issues.push_back(
                {0, header, value,
                 QCoreApplication::translate("ta::CustomerImport", "the column %1 appears twice.").arg(code)});
            continue;
        }
        const int index = int(values.size());
        columns.insert(code, index);
        values.append(value);
        QString reg;
        int month = 0;
        if (ImportTemplate::parseMonthColumn(code, &reg, &month))
            months.push_back({month, reg, index, code});
    }
    for (const QString &required : ImportTemplate::requiredColumns()) {
        if (!columns.contains(required))
            issues.push_back(
                {0, required, QString(), QCoreApplication::translate("ta::CustomerImport", "the column is missing.")});
    }
    const RowReader reader(columns, months, library);
    return reader.read(values, 0, issues);
}

Result<QStringList> CustomerImport::readHeader(const QString &path, const Options &options)
{
    if (Status s = checkListFile(path); !s)
        return Result<QStringList>::failure(s.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QStringList>::failure(
            QCoreApplication::translate("ta::CustomerImport", "Cannot read %1: %2").arg(path, file.errorString()));
    auto source = openSource(path, file, options);
    if (!source->isValid())
        return Result<QStringList>::failure(QCoreApplication::translate("ta::CustomerImport", "%1: %2")
                                                .arg(QFileInfo(path).fileName(), source->errorString()));
    QStringList header;
    qint64 line = 0;
    const bool hasHeader = source->next(header, line);
    if (!source->isValid())
        return Result<QStringList>::failure(QCoreApplication::translate("ta::CustomerImport", "%1: %2")
                                                .arg(QFileInfo(path).fileName(), source->errorString()));
    if (!hasHeader)
        return Result<QStringList>::failure(
            QCoreApplication::translate("ta::CustomerImport", "%1 is empty.").arg(QFileInfo(path).fileName()));
    return header;
}

QStringList CustomerImport::missingColumns(const QStringList &header, const QHash<QString, QString> &mapping)
{
    QSet<QString> present;
    for (const QString &h : header) {
        const QString mapped = mapping.value(h);
        present.insert(mapped.isEmpty() ? ImportTemplate::resolveHeader(h) : mapped);
    }
    QStringList missing;
    for (const QString &required : ImportTemplate::requiredColumns()) {
        if (!present.contains(required))
            missing << required;
    }
    return missing;
}

QHash<QString, QString> CustomerImport::rememberedMapping(Database &db, const QStringList &header)
{
    QHash<QString, QString> mapping;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT mapping FROM import_mappings WHERE source = ?"));
    q.addBindValue(sourceKey(header));
    if (q.exec() && q.next()) {
        const QJsonObject stored = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        for (auto it = stored.begin(); it != stored.end(); ++it)
            mapping.insert(it.key(), it.value().toString());
    }
    return mapping;
}

Status CustomerImport::rememberMapping(Database &db, const QStringList &header, const QHash<QString, QString> &mapping)
{
    QJsonObject stored;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        stored.insert(it.key(), it.value());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO import_mappings (source, mapping) VALUES (?, ?) "
                             "ON CONFLICT (source) DO UPDATE SET mapping = excluded.mapping"));
    q.addBindValue(sourceKey(header));
    q.addBindValue(QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

Status CustomerImport::writeIssues(const std::vector<ImportIssue> &issues, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            QCoreApplication::translate("ta::CustomerImport", "Cannot write %1: %2").arg(path, file.errorString()));
    QByteArray out = csv::excelBom();
    out += QCoreApplication::translate("ta::CustomerImport", "line,column,value,reason").toUtf8() + '\n';
    for (const ImportIssue &i : issues)
        out += (QString::number(i.line) + QLatin1Char(',') + csv::quoted(i.column) + QLatin1Char(',') +
                csv::quoted(i.value) + QLatin1Char(',') + csv::quoted(i.reason))
                   .toUtf8() +
               '\n';
    file.write(out);
    if (!file.commit())
        return Status::failure(
            QCoreApplication::translate("ta::CustomerImport", "Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

} // namespace ta
