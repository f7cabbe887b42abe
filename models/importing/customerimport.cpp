#include "models/importing/customerimport.h"

#include "models/core/clock.h"
#include "models/core/csvtext.h"
#include "models/core/logging.h"
#include "models/customers/customerrepository.h"
#include "models/customers/importtemplate.h"
#include "models/importing/csvreader.h"
#include "models/importing/xlsxreader.h"
#include "models/storage/database.h"
#include "models/tariff/billengine.h"
#include "models/tariff/pricestring.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <cmath>

namespace ta {

namespace {

struct MonthColumn
{
    int month;
    QString reg; // "", "BT", "CD", "TD"
    int index;
    QString name; // the template column, for messages
};

// Reads one row into a Customer, collecting every problem it has.
class RowReader
{
public:
    RowReader(const QHash<QString, int> &columns, const std::vector<MonthColumn> &months, const TariffLibrary &library)
        : m_columns(columns), m_months(months), m_library(library)
    {
    }

    Customer read(const QStringList &fields, qint64 line, std::vector<ImportIssue> &issues) const
    {
        const auto value = [&](const char *column) {
            const int i = m_columns.value(QLatin1StringView(column), -1);
            return i >= 0 && i < fields.size() ? fields.at(i) : QString();
        };
        const auto issue = [&](const char *column, const QString &v, const QString &reason) {
            issues.push_back({line, QLatin1StringView(column), v, reason});
        };
        Customer c;
        c.code = value("MA_KHANG").toUpper();
        static const QRegularExpression codeFormat(QStringLiteral("^[A-Z]{2}[A-Z0-9]{4}[0-9]{7}$"));
        if (c.code.isEmpty())
            issue("MA_KHANG", c.code,
                  QCoreApplication::translate("ta::CustomerImport", "the customer code is missing."));
        else if (!codeFormat.match(c.code).hasMatch())
            issue("MA_KHANG", c.code,
                  QCoreApplication::translate("ta::CustomerImport", "a customer code has 13 characters: 2 letters, 4 "
                                                                    "letters or digits, then 7 digits."));
        c.name = value("TEN_KHANG");
        if (c.name.isEmpty())
            issue("TEN_KHANG", c.name, QCoreApplication::translate("ta::CustomerImport", "the name is missing."));
        c.address = value("DIA_CHI");
        c.phone = value("DTHOAI");
        c.substation = value("MA_TRAM");
        c.routeBook = value("MA_SOGCS");
        c.meterSerial = value("SO_CTO");

        bool ok = true;
        if (const QString v = value("STT"); !v.isEmpty()) {
            c.routeOrder = v.toInt(&ok);
            if (!ok || c.routeOrder < 0)
                issue("STT", v, QCoreApplication::translate("ta::CustomerImport", "a whole number, 0 or more."));
        }
        if (const QString v = value("LOAI_DDO"); !v.isEmpty()) {
            if (v == QLatin1StringView("1"))
                c.meterKind = MeterKind::SingleRate;
            else if (v == QLatin1StringView("3"))
                c.meterKind = MeterKind::ThreeRate;
            else
                issue("LOAI_DDO", v,
                      QCoreApplication::translate("ta::CustomerImport", "1 (single-rate) or 3 "
                                                                        "(three-rate)."));
        }
        if (const QString v = value("HSN"); !v.isEmpty()) {
            c.multiplier = v.toInt(&ok);
            if (!ok || c.multiplier < 1)
                issue("HSN", v, QCoreApplication::translate("ta::CustomerImport", "a whole number, 1 or more."));
        }
        if (const QString v = value("CAP_DIEN_AP"); !v.isEmpty()) {
            const QString voltage = QString(v).remove(QLatin1Char(' '));
            if (m_library.kvOf(voltage))
                c.voltage = voltage;
            else
                issue("CAP_DIEN_AP", v,
                      QCoreApplication::translate("ta::CustomerImport", "a voltage class of the tariff books (%1) "
                                                                        "or a value in kV.")
                          .arg(m_library.voltageClasses().join(QStringLiteral(", "))));
        }
        if (const QString v = value("SO_HO"); !v.isEmpty()) {
            c.households = QString(v).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
            const double quarters = c.households * 4;
            if (!ok || c.households < 0.25 || c.households > 1000 || std::abs(quarters - std::round(quarters)) > 1e-9)
                issue("SO_HO", v,
                      QCoreApplication::translate("ta::CustomerImport", "0.25 or more, in steps of 0.25 "
                                                                        "(4 renters = 1 household)."));
        }
        c.priceString = value("CHUOI_GIA");
        if (c.priceString.isEmpty()) {
            issue("CHUOI_GIA", c.priceString,
                  QCoreApplication::translate("ta::CustomerImport", "the price string is "
                                                                    "missing."));
        } else if (auto purposes = PriceString::parse(c.priceString, m_library); !purposes) {
            issue("CHUOI_GIA", c.priceString, purposes.error());
        } else if (Status s = BillEngine::checkPurposes(purposes.value(), m_library); !s) {
            issue("CHUOI_GIA", c.priceString, s.error());
        }
        if (const QString v = value("CSUAT_TBA_KVA"); !v.isEmpty()) {
            c.transformerKva = v.toInt(&ok);
            if (!ok || c.transformerKva < 0)
                issue("CSUAT_TBA_KVA", v,
                      QCoreApplication::translate("ta::CustomerImport", "a whole number of kVA, 0 "
                                                                        "or more."));
        }
        if (const QString v = value("TOA_DO"); !v.isEmpty()) {
            const QStringList parts = v.split(QLatin1Char(','));
            bool latOk = false, lonOk = false;
            const double lat = parts.size() == 2 ? parts.at(0).trimmed().toDouble(&latOk) : 0;
            const double lon = parts.size() == 2 ? parts.at(1).trimmed().toDouble(&lonOk) : 0;
            if (latOk && lonOk && lat >= 8 && lat <= 24 && lon >= 102 && lon <= 110) {
                c.latitude = lat;
                c.longitude = lon;
            } else {
                issue("TOA_DO", v,
                      QCoreApplication::translate("ta::CustomerImport", "latitude,longitude in Vietnam "
                                                                        "(8–24 N, 102–110 E)."));
            }
        }
        if (const QString v = value("NGAY_KT_TLG"); !v.isEmpty()) {
            c.lastRatioCheck = QDate::fromString(v, Qt::ISODate);
            if (!c.lastRatioCheck.isValid())
                c.lastRatioCheck = QDate::fromString(v, QStringLiteral("dd/MM/yyyy"));
            if (!c.lastRatioCheck.isValid())
                issue("NGAY_KT_TLG", v,
                      QCoreApplication::translate("ta::CustomerImport", "a date written YYYY-MM-DD "
                                                                        "or dd/MM/yyyy."));
        }

        // Months: totals and, on three-rate meters, registers that add up.
        QMap<int, MonthlyConsumption> months;
        for (const MonthColumn &mc : m_months) {
            const QString v = mc.index < fields.size() ? fields.at(mc.index) : QString();
            if (v.isEmpty())
                continue;
            const int kwh = v.toInt(&ok);
            if (!ok || kwh < 0) {
                issues.push_back({line, mc.name, v,
                                  QCoreApplication::translate("ta::CustomerImport", "a whole number of kWh, 0 or "
                                                                                    "more.")});
                continue;
            }
            MonthlyConsumption &m = months[mc.month];
            m.month = mc.month;
            if (mc.reg.isEmpty())
                m.kwh = kwh;
            else if (mc.reg == QLatin1StringView("BT"))
                m.normal = kwh;
            else if (mc.reg == QLatin1StringView("CD"))
                m.peak = kwh;
            else
                m.offPeak = kwh;
        }
        for (MonthlyConsumption &m : months) {
            const bool anyRegister = m.normal || m.peak || m.offPeak;
            const QString column = anyRegister ? QStringLiteral("SL_BT_%1").arg(m.month) : QString();
            if (anyRegister && c.meterKind == MeterKind::SingleRate) {
                issues.push_back(
                    {line, column, QString::number(m.normal.value_or(0)),
                     QCoreApplication::translate("ta::CustomerImport", "normal / peak / off-peak kWh on a "
                                                                       "single-rate meter (LOAI_DDO 1).")});
            } else if (anyRegister) {
                if (!m.normal || !m.peak || !m.offPeak) {
                    issues.push_back({line, column, QString(),
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
    const QHash<QString, int> &m_columns;
    const std::vector<MonthColumn> &m_months;
    const TariffLibrary &m_library;
};

} // namespace

namespace {

QString sourceKey(const QStringList &header)
{
    return header.join(QChar(0x1f));
}

std::unique_ptr<RowSource> openSource(const QString &path, QFile &file, const CustomerImport::Options &options)
{
    if (XlsxReader::looksLikeXlsx(file.peek(4)) || path.endsWith(QLatin1StringView(".xlsx"), Qt::CaseInsensitive)) {
        file.close();
        return std::make_unique<XlsxReader>(path, options.sheet);
    }
    return std::make_unique<CsvReader>(file, options.encoding);
}

} // namespace

CustomerImport::CustomerImport(Database &db, const TariffLibrary &library, const Clock &clock)
    : m_db(db), m_library(library), m_clock(clock)
{
}

Result<ImportSummary> CustomerImport::run(const QString &path, const Options &options,
                                          const std::function<bool(qint64 done, qint64 total)> &progress)
{
    using R = Result<ImportSummary>;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(
            QCoreApplication::translate("ta::CustomerImport", "Cannot read %1: %2").arg(path, file.errorString()));
    const qint64 total = file.size();
    ImportSummary summary;
    summary.fileName = name;
    {
        QCryptographicHash sha(QCryptographicHash::Sha256);
        if (!sha.addData(&file))
            return R::failure(
                QCoreApplication::translate("ta::CustomerImport", "Cannot read %1: %2").arg(path, file.errorString()));
        summary.sha256 = QString::fromLatin1(sha.result().toHex());
        file.seek(0);
    }

    // A workbook or delimited text, whatever the file is called.
    std::unique_ptr<RowSource> source = openSource(path, file, options);
    if (const auto *csv = dynamic_cast<const CsvReader *>(source.get()))
        summary.separator = csv->separator();
    if (!source->isValid())
        return R::failure(QCoreApplication::translate("ta::CustomerImport", "%1: %2").arg(name, source->errorString()));
    summary.encoding = source->format();
    RowSource &reader = *source;

    // Header: every column must be known (or mapped), none twice, the required ones present.
    QStringList header;
    qint64 line = 0;
    if (!reader.next(header, line) || (header.size() == 1 && header.first().isEmpty()))
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
    // Into an empty file every valid row is new (duplicates are refused above): no lookups, and the search
    // index is built once at the end.
    const bool fresh = repository.count() == 0;
    repository.setSearchIndexDeferred(fresh);
    // ...and the secondary indexes are built once too, sorted, instead of row by row.
    QStringList deferredIndexes;
    if (fresh) {
        auto dropped = dropDeclaredIndexes(m_db.connection(), QStringLiteral("customers"));
        if (!dropped)
            return R::failure(dropped.error());
        deferredIndexes = dropped.value();
    }
    const RowReader rowReader(columns, months, m_library);

    // Two stages on two cores: a worker reads, checks and converts the next rows while this thread writes
    // the ones before. The worker alone touches the reader, the row checks and the codes seen; each batch
    // starts only when the one before has been handed over.
    struct Batch
    {
        std::vector<Customer> valid;
        std::vector<ImportIssue> issues;
        qint64 rows = 0;
        qint64 rejected = 0;
        qint64 bytesRead = 0;
        bool end = false;
    };
    QHash<QString, qint64> seen;
    const qsizetype headerSize = header.size();
    const auto readBatch = [&reader, &rowReader, &seen, &line, headerSize]() {
        constexpr int batchSize = 2048;
        Batch batch;
        batch.valid.reserve(batchSize);
        QStringList fields;
        while (batch.rows < batchSize) {
            if (!reader.next(fields, line)) {
                batch.end = true;
                break;
            }
            ++batch.rows;
            const std::size_t before = batch.issues.size();
            if (fields.size() != headerSize && !(fields.size() == 1 && fields.first().isEmpty()))
                batch.issues.push_back({line, QStringLiteral("-"), QString(),
                                        QCoreApplication::translate("ta::CustomerImport", "the row has %1 fields, "
                                                                                          "the header %2.")
                                            .arg(fields.size())
                                            .arg(headerSize)});
            Customer customer = rowReader.read(fields, line, batch.issues);
            if (!customer.code.isEmpty()) {
                if (const auto first = seen.constFind(customer.code); first != seen.constEnd())
                    batch.issues.push_back({line, QStringLiteral("MA_KHANG"), customer.code,
                                            QCoreApplication::translate("ta::CustomerImport", "the same customer code "
                                                                                              "is already on line %1.")
                                                .arg(*first)});
                else
                    seen.insert(customer.code, line);
            }
            if (batch.issues.size() > before)
                ++batch.rejected;
            else
                batch.valid.push_back(std::move(customer));
        }
        batch.bytesRead = reader.bytesRead();
        return batch;
    };
    QElapsedTimer rowsTimer;
    rowsTimer.start();
    QFuture<Batch> reading = QtConcurrent::run(readBatch);
    // Whatever way this returns, the worker is done with the reader before it goes.
    const auto settle = qScopeGuard([&reading] { reading.waitForFinished(); });
    for (;;) {
        Batch batch = reading.result();
        if (!batch.end)
            reading = QtConcurrent::run(readBatch);
        summary.rows += batch.rows;
        summary.rejected += batch.rejected;
        summary.issues.insert(summary.issues.end(), std::make_move_iterator(batch.issues.begin()),
                              std::make_move_iterator(batch.issues.end()));
        for (const Customer &customer : batch.valid) {
            if (fresh) {
                if (Status s = repository.insert(customer); !s)
                    return R::failure(s.error());
                ++summary.imported;
                continue;
            }
            auto outcome = repository.upsert(customer);
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
        if (batch.end)
            break;
    }
    if (summary.rows == 0)
        return R::failure(
            QCoreApplication::translate("ta::CustomerImport", "%1 has a header but no customers.").arg(name));

    if (fresh) {
        QElapsedTimer phase;
        phase.start();
        if (Status s = execAll(m_db.connection(), deferredIndexes); !s)
            return R::failure(s.error());
        const qint64 indexesMs = phase.restart();
        if (Status s = repository.rebuildSearchIndex(); !s)
            return R::failure(s.error());
        qCInfo(lcCustomers) << "First import: rows in" << rowsTimer.elapsed() - indexesMs - phase.elapsed()
                            << "ms, indexes" << indexesMs << "ms, search index" << phase.elapsed() << "ms";
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
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    if (progress)
        progress(total, total);
    qCInfo(lcCustomers) << "Imported" << name << "rows" << summary.rows << "new" << summary.imported << "updated"
                        << summary.updated << "unchanged" << summary.unchanged << "rejected" << summary.rejected;
    return summary;
}

Result<QStringList> CustomerImport::readHeader(const QString &path, const Options &options)
{
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
    if (!source->next(header, line))
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
