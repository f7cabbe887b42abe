#include "models/review/cmisexport.h"

#include "models/core/csvtext.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <tuple>

namespace ta::review {

namespace {

QString meterCode(const QString &meter)
{
    return meter == QLatin1StringView("three-rate") ? QStringLiteral("3") : QStringLiteral("1");
}

QString field(const QString &text)
{
    // Quoted only when it must be: a plain code stays as CMIS writes it.
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r')))
        return csv::quoted(text);
    return text;
}

QStringList cells(const CmisRow &r)
{
    return {r.customerCode,
            r.customerName,
            r.substation,
            r.field,
            r.oldValue,
            r.newValue,
            r.effective.toString(Qt::ISODate),
            r.effectiveReading,
            r.number,
            r.recordId,
            QString::number(r.revision),
            r.fingerprint,
            r.inspector,
            r.approvedBy,
            r.approvedOn.toString(Qt::ISODate)};
}

} // namespace

QDate CmisExport::vietnamDay(const QDateTime &utc)
{
    return utc.toUTC().addSecs(7 * 3600).date();
}

QString CmisExport::dayStartUtc(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(-7 * 3600).toString(Qt::ISODateWithMs);
}

QStringList CmisExport::header()
{
    return {QStringLiteral("MA_KHANG"),    QStringLiteral("TEN_KHANG"),   QStringLiteral("MA_TRAM"),
            QStringLiteral("TRUONG"),      QStringLiteral("GIA_TRI_CU"),  QStringLiteral("GIA_TRI_MOI"),
            QStringLiteral("NGAY_HLUC"),   QStringLiteral("CHI_SO_HLUC"), QStringLiteral("SO_BIEN_BAN"),
            QStringLiteral("MA_BIEN_BAN"), QStringLiteral("LAN_SUA"),     QStringLiteral("VAN_TAY"),
            QStringLiteral("KTV"),         QStringLiteral("NGUOI_DUYET"), QStringLiteral("NGAY_DUYET")};
}

Result<std::vector<CmisRow>> CmisExport::rows(const std::vector<ApprovedRecord> &records)
{
    using R = Result<std::vector<CmisRow>>;
    std::vector<CmisRow> out;
    for (const ApprovedRecord &a : records) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(a.canonical, &error);
        const QJsonObject record = doc.object();
        const QString id = record.value(QStringLiteral("id")).toString();
        if (error.error != QJsonParseError::NoError || !doc.isObject() || id.isEmpty())
            return R::failure(tr("An approved record cannot be read: %1").arg(error.errorString()));
        const QJsonObject customer = record.value(QStringLiteral("customer")).toObject();
        const QJsonObject proposal = record.value(QStringLiteral("proposal")).toObject();
        QString visited = record.value(QStringLiteral("visitedAt")).toString();
        if (visited.isEmpty())
            visited = record.value(QStringLiteral("finalisedAt")).toString();
        QDateTime visitedAt = QDateTime::fromString(visited, Qt::ISODateWithMs);
        if (!visitedAt.isValid())
            visitedAt = QDateTime::fromString(visited, Qt::ISODate);
        if (!visitedAt.isValid())
            return R::failure(tr("Record %1 has no visit time.").arg(id));
        const QJsonObject inspector = record.value(QStringLiteral("inspector")).toObject();
        const QJsonValue reading = proposal.value(QStringLiteral("effectiveReading"));
        CmisRow base;
        base.customerCode = customer.value(QStringLiteral("code")).toString();
        base.customerName = customer.value(QStringLiteral("name")).toString();
        base.substation = customer.value(QStringLiteral("substation")).toString();
        base.effective = vietnamDay(visitedAt);
        base.effectiveReading = reading.isDouble() ? QString::number(qint64(reading.toDouble())) : QString();
        base.number = record.value(QStringLiteral("number")).toString();
        base.recordId = id;
        base.revision = record.value(QStringLiteral("revision")).toInt();
        base.fingerprint =
            QString::fromLatin1(QCryptographicHash::hash(a.canonical, QCryptographicHash::Sha256).toHex());
        base.inspector = inspector.value(QStringLiteral("card")).toString().isEmpty()
                             ? inspector.value(QStringLiteral("name")).toString()
                             : QStringLiteral("%1 (%2)").arg(inspector.value(QStringLiteral("name")).toString(),
                                                             inspector.value(QStringLiteral("card")).toString());
        base.approvedBy = a.approvedBy;
        base.approvedOn = vietnamDay(QDateTime::fromString(a.approvedAt, Qt::ISODateWithMs));
        const auto add = [&](const char *name, const QString &oldValue, const QString &newValue) {
            if (oldValue == newValue || newValue.isEmpty())
                return;
            CmisRow r = base;
            r.field = QLatin1StringView(name);
            r.oldValue = oldValue;
            r.newValue = newValue;
            out.push_back(std::move(r));
        };
        add("SO_HO", customer.value(QStringLiteral("households")).toString(),
            proposal.value(QStringLiteral("households")).toString());
        add("CHUOI_GIA", customer.value(QStringLiteral("priceString")).toString(),
            proposal.value(QStringLiteral("priceString")).toString());
        add("LOAI_DDO", meterCode(customer.value(QStringLiteral("meter")).toString()),
            meterCode(proposal.value(QStringLiteral("meter")).toString()));
    }
    static const QStringList order{QStringLiteral("SO_HO"), QStringLiteral("CHUOI_GIA"), QStringLiteral("LOAI_DDO")};
    std::sort(out.begin(), out.end(), [](const CmisRow &a, const CmisRow &b) {
        return std::tuple(a.customerCode, a.effective, a.recordId, a.revision, order.indexOf(a.field)) <
               std::tuple(b.customerCode, b.effective, b.recordId, b.revision, order.indexOf(b.field));
    });
    return out;
}

QByteArray CmisExport::csv(const std::vector<CmisRow> &rows)
{
    QString text = header().join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const CmisRow &r : rows) {
        QStringList line;
        for (const QString &c : cells(r))
            line << field(c);
        text += line.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

Status CmisExport::write(const std::vector<CmisRow> &rows, const QString &path)
{
    const auto failed = [&path](const QString &why) {
        return Status::failure(tr("Cannot write %1: %2").arg(path, why));
    };
    if (QFileInfo(path).suffix().compare(QLatin1StringView("xlsx"), Qt::CaseInsensitive) != 0) {
        QSaveFile file(path);
        const QByteArray bytes = csv(rows);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return failed(file.errorString());
        return Status::success();
    }
    const QString partial = path + QStringLiteral(".part");
    lxw_workbook_options options{};
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(partial).constData(), &options);
    if (!book)
        return failed(tr("the file cannot be created."));
    // The creation time is the last approval's day: the same selection gives the same bytes.
    lxw_doc_properties properties{};
    QDate latest(1980, 1, 1);
    for (const CmisRow &r : rows)
        latest = std::max(latest, r.approvedOn);
    properties.created = time_t(latest.startOfDay(Qt::UTC).toSecsSinceEpoch());
    char author[] = "Tariff Audit";
    properties.author = author;
    workbook_set_properties(book, &properties);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "CMIS");
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    const QStringList names = header();
    for (int c = 0; c < names.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), names.at(c).toUtf8().constData(), bold);
    worksheet_set_column(sheet, 0, 2, 16, nullptr);
    worksheet_set_column(sheet, 4, 5, 24, nullptr);
    worksheet_set_column(sheet, 11, 11, 66, nullptr);
    lxw_row_t row = 1;
    for (const CmisRow &r : rows) {
        const QStringList text = cells(r);
        for (int c = 0; c < text.size(); ++c)
            worksheet_write_string(sheet, row, lxw_col_t(c), text.at(c).toUtf8().constData(), nullptr);
        ++row;
    }
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        QFile::remove(partial);
        return failed(QString::fromUtf8(lxw_strerror(result)));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return failed(tr("the file cannot be replaced."));
    }
    return Status::success();
}

} // namespace ta::review
