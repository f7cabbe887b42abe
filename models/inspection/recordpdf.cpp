#include "models/inspection/recordpdf.h"

#include "models/core/money.h"
#include "models/core/savefile.h"
#include "models/core/words.h"
#include "models/inspection/checks.h"
#include "models/inspection/signedrecord.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <qrencode.h>

namespace ta {

namespace {

const char *const kContext = "ta::RecordPdf";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dateText(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toString(QStringLiteral("HH:mm dd/MM/yyyy")) : iso;
}

} // namespace

QByteArray RecordPdf::qrText(const SignedRecord &record)
{
    return "tariff-audit:" + record.id().toLatin1() + ':' + record.fingerprint.toLatin1();
}

QImage RecordPdf::qrCode(const QByteArray &text, int moduleSize)
{
    QRcode *code = QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return {};
    const int quiet = 4;
    const int size = (code->width + 2 * quiet) * moduleSize;
    QImage image(size, size, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1)
                p.fillRect((x + quiet) * moduleSize, (y + quiet) * moduleSize, moduleSize, moduleSize, Qt::black);
        }
    }
    p.end();
    QRcode_free(code);
    return image;
}

void RecordPdf::fill(QTextDocument &doc, const SignedRecord &signedRecord, const QString &evidenceFolder)
{
    const Words w(QStringLiteral("vi"));
    const auto tr = [&w](const char *text) {
        return w.tr(kContext, text);
    };
    const QJsonObject &r = signedRecord.record;
    const QJsonObject customer = r.value(QStringLiteral("customer")).toObject();
    const QJsonObject inspector = r.value(QStringLiteral("inspector")).toObject();
    const QJsonObject identify = r.value(QStringLiteral("identify")).toObject();
    const QJsonObject present = identify.value(QStringLiteral("present")).toObject();
    const QJsonObject proposal = r.value(QStringLiteral("proposal")).toObject();
    const QJsonObject impact = r.value(QStringLiteral("impact")).toObject();
    const QJsonObject signatures = r.value(QStringLiteral("signatures")).toObject();
    const bool training = r.value(QStringLiteral("training")).toBool();

    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    doc.setDefaultStyleSheet(QStringLiteral(
        "h1 { font-size: 14pt; text-align: center; margin: 6px 0; } h2 { font-size: 10.5pt; margin: 10px 0 4px 0; }"
        "td, th { padding: 3px; vertical-align: top; } th { background: #e8e8e8; text-align: left; }"
        ".small { font-size: 7.5pt; color: #333; } .center { text-align: center; }"
        ".mono { font-family: 'DejaVu Sans Mono', monospace; font-size: 7pt; }"));

    QString html;
    // The QR code of record id + fingerprint sits in the header, so a paper copy can be checked at a glance.
    // A preview has no fingerprint yet, so no code to check.
    const bool isSigned = !signedRecord.fingerprint.isEmpty();
    if (isSigned)
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("qr:record")),
                        qrCode(qrText(signedRecord), 4));
    html += QStringLiteral("<table width='100%'><tr><td width='38%' class='center'><b>%1</b><br>%2</td>"
                           "<td width='47%' class='center'><b>%3</b><br><u>%4</u></td>"
                           "<td width='15%' align='right'>%5</td></tr></table>")
                .arg(esc(r.value(QStringLiteral("unit")).toString()),
                     esc(tr("No. %1").arg(r.value(QStringLiteral("number")).toString())),
                     esc(tr("SOCIALIST REPUBLIC OF VIETNAM")), esc(tr("Independence - Freedom - Happiness")),
                     isSigned ? QStringLiteral("<img src='qr:record' width='90'>") : QString());
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("RECORD OF AN ELECTRICITY PRICE-APPLICATION INSPECTION")));
    if (training)
        html += QStringLiteral("<p class='center' style='color: #c83c00;'><b>%1</b></p>")
                    .arg(esc(tr("TRAINING — NOT VALID")));
    if (const QString replaces = r.value(QStringLiteral("replaces")).toString(); !replaces.isEmpty())
        html += QStringLiteral("<p class='center'>%1</p>")
                    .arg(esc(tr("Revision %1, replacing record %2")
                                 .arg(r.value(QStringLiteral("revision")).toInt())
                                 .arg(replaces)));
    if (const QString visited = r.value(QStringLiteral("visitedAt")).toString(); !visited.isEmpty())
        // A paper record entered later: the visit and the entry are two different times, both shown.
        html += QStringLiteral("<p>%1%2</p>")
                    .arg(esc(tr("Visit at %1, at %2, recorded on paper; entered and signed at %3.")
                                 .arg(dateText(visited), r.value(QStringLiteral("place")).toString(),
                                      dateText(r.value(QStringLiteral("finalisedAt")).toString()))),
                         // A practice scenario is dated on the scenario's own day too.
                         training ? QStringLiteral(" ") + esc(tr("In training, a practice scenario is dated on its "
                                                                 "own day."))
                                  : QString());
    else
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("At %1, at %2, we recorded the following.")
                                 .arg(dateText(r.value(QStringLiteral("finalisedAt")).toString()),
                                      r.value(QStringLiteral("place")).toString())));

    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(esc(tr("1. Inspectors")), esc(tr("%1, inspector card %2, %3")
                                                       .arg(inspector.value(QStringLiteral("name")).toString(),
                                                            inspector.value(QStringLiteral("card")).toString(),
                                                            r.value(QStringLiteral("unit")).toString())));
    html += QStringLiteral("<h2>%1</h2><table width='100%' border='0'>").arg(esc(tr("2. Customer and metering point")));
    const QLocale vi(QLocale::Vietnamese);
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td width='32%'>%1</td><td><b>%2</b></td></tr>").arg(esc(label), esc(value));
    };
    row(tr("Customer code"), customer.value(QStringLiteral("code")).toString());
    row(tr("Customer"), customer.value(QStringLiteral("name")).toString());
    row(tr("Address"), customer.value(QStringLiteral("address")).toString());
    // A label is printed only with its value: no "ID" with nothing after it.
    const QString presentId = present.value(QStringLiteral("idNumber")).toString().trimmed();
    QString presentText = QStringLiteral("%1 (%2)").arg(
        present.value(QStringLiteral("name")).toString(),
        present.value(QStringLiteral("role")).toString() == QLatin1StringView("representative") ? tr("representative")
                                                                                                : tr("customer"));
    if (!presentId.isEmpty())
        presentText += QStringLiteral(", ") + tr("ID %1").arg(presentId);
    row(tr("Present"), presentText);
    row(tr("Meter"), tr("%1, %2, multiplier %3")
                         .arg(customer.value(QStringLiteral("meterSerial")).toString(),
                              customer.value(QStringLiteral("meter")).toString() == QLatin1StringView("three-rate")
                                  ? tr("three-rate")
                                  : tr("single-rate"))
                         .arg(customer.value(QStringLiteral("multiplier")).toInt()));
    const int kva = customer.value(QStringLiteral("transformerKva")).toInt();
    const QString voltage = customer.value(QStringLiteral("voltage")).toString();
    if (kva > 0)
        row(tr("Voltage, transformer"), tr("%1, %2 kVA").arg(voltage).arg(kva));
    else if (!voltage.isEmpty())
        row(tr("Voltage"), voltage);
    QStringList place;
    for (const char *key : {"substation", "routeBook"}) {
        if (const QString v = customer.value(QLatin1StringView(key)).toString().trimmed(); !v.isEmpty())
            place << v;
    }
    if (const int order = customer.value(QStringLiteral("routeOrder")).toInt(); order > 0)
        place << tr("order %1").arg(order); // the meter's place in its route book
    if (!place.isEmpty())
        row(tr("Substation, route book, No."), place.join(QStringLiteral(", ")));
    row(tr("Current price application"), tr("%1, %2 households")
                                             .arg(customer.value(QStringLiteral("priceString")).toString(),
                                                  customer.value(QStringLiteral("households")).toString()));
    if (!identify.value(QStringLiteral("reading")).isNull())
        row(tr("Reading today"), money::formatNumber(qint64(identify.value(QStringLiteral("reading")).toDouble())));
    if (!identify.value(QStringLiteral("latitude")).isNull())
        row(tr("GPS"), tr("latitude %1; longitude %2")
                           .arg(vi.toString(identify.value(QStringLiteral("latitude")).toDouble(), 'f', 5),
                                vi.toString(identify.value(QStringLiteral("longitude")).toDouble(), 'f', 5)));
    html += QStringLiteral("</table>");

    // Findings, each with its legal basis.
    html += QStringLiteral("<h2>%1</h2><table width='100%' border='1' cellspacing='0'><tr><th>%2</th><th>%3</th>"
                           "<th>%4</th><th>%5</th></tr>")
                .arg(esc(tr("3. Findings")), esc(tr("Check")), esc(tr("Finding")), esc(tr("Legal basis")),
                     esc(tr("Recovery period")));
    const QJsonObject rules = r.value(QStringLiteral("rules")).toObject();
    for (const QJsonValue &v : r.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject c = v.toObject();
        CheckOutcome o;
        o.check = c.value(QStringLiteral("check")).toString();
        o.change = c.value(QStringLiteral("change")).toBool();
        o.facts = c.value(QStringLiteral("facts")).toObject();
        const qint64 yearly = qint64(c.value(QStringLiteral("yearlyImpact")).toDouble());
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class='small'>%3</td><td align='right'>%4</td></tr>")
                    .arg(esc(Checks::checkName(o.check, w)), esc(Checks::conclusion(o, w)),
                         esc(Checks::legalBasis(o.check, rules, w)), o.change ? esc(money::format(yearly)) : QString());
    }
    html += QStringLiteral("</table>");

    // Households and appliances as seen.
    const QJsonObject answers = r.value(QStringLiteral("answers")).toObject();
    const QJsonArray households =
        answers.value(QStringLiteral("households")).toObject().value(QStringLiteral("households")).toArray();
    if (!households.isEmpty()) {
        QStringList lines;
        for (const QJsonValue &h : households) {
            const QJsonObject o = h.toObject();
            QString line =
                QStringLiteral("%1 — %2").arg(o.value(QStringLiteral("head")).toString(),
                                              Checks::documentName(o.value(QStringLiteral("document")).toString(), w));
            if (const QString note = o.value(QStringLiteral("leaderNote")).toString(); !note.isEmpty())
                line += QStringLiteral(" (%1)").arg(tr("leader's note: %1").arg(note));
            lines << esc(line);
        }
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(esc(tr("Households evidenced:")), lines.join(QStringLiteral("<br>")));
    }
    const QJsonArray appliances =
        answers.value(QStringLiteral("ratio")).toObject().value(QStringLiteral("appliances")).toArray();
    if (!appliances.isEmpty()) {
        html +=
            QStringLiteral("<p><b>%1</b></p><table width='100%' border='1' cellspacing='0'><tr><th>%2</th><th>%3</th>"
                           "<th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr>")
                .arg(esc(tr("Equipment inventory:")), esc(tr("Device")), esc(tr("kW")), esc(tr("Qty")),
                     esc(tr("Simultaneity")), esc(tr("Hours/day")), esc(tr("Days/month")), esc(tr("Purpose")));
        for (const QJsonValue &v : appliances) {
            const QJsonObject a = v.toObject();
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                    .arg(esc(a.value(QStringLiteral("name")).toString()), a.value(QStringLiteral("kw")).toString(),
                         QString::number(a.value(QStringLiteral("quantity")).toInt()),
                         a.value(QStringLiteral("simultaneity")).toString(),
                         a.value(QStringLiteral("hoursPerDay")).toString(),
                         QString::number(a.value(QStringLiteral("daysPerMonth")).toInt()),
                         esc(a.value(QStringLiteral("group")).toString()));
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("4. Proposed price application")));
    if (proposal.value(QStringLiteral("change")).toBool()) {
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%1, %2 households, %3 meter, effective from reading %4.")
                             .arg(proposal.value(QStringLiteral("priceString")).toString(),
                                  QLocale(QLocale::Vietnamese)
                                      .toString(proposal.value(QStringLiteral("households")).toString().toDouble()),
                                  proposal.value(QStringLiteral("meter")).toString() == QLatin1StringView("three-rate")
                                      ? tr("three-rate")
                                      : tr("single-rate"),
                                  proposal.value(QStringLiteral("effectiveReading")).isNull()
                                      ? tr("(not taken)")
                                      : money::formatNumber(
                                            qint64(proposal.value(QStringLiteral("effectiveReading")).toDouble())))));
        // The meter swap as planned at the door: the new meter and where its registers start.
        const QJsonObject swap = answers.value(QStringLiteral("threeRate")).toObject();
        if (const QString serial = swap.value(QStringLiteral("newMeterSerial")).toString(); !serial.isEmpty()) {
            QStringList facts{tr("new three-rate meter %1").arg(serial)};
            if (const QString day = swap.value(QStringLiteral("swapDate")).toString(); !day.isEmpty())
                facts << tr("installed on %1")
                             .arg(QDate::fromString(day, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy")));
            QStringList openings;
            const std::pair<const char *, QString> registers[] = {
                {"openingNormal", tr("normal")}, {"openingPeak", tr("peak")}, {"openingOffPeak", tr("off-peak")}};
            for (const auto &[key, name] : registers) {
                if (const QJsonValue v = swap.value(QLatin1StringView(key)); !v.isNull() && !v.isUndefined())
                    openings << QStringLiteral("%1 %2").arg(name, money::formatNumber(qint64(v.toDouble())));
            }
            if (!openings.isEmpty())
                facts << tr("opening readings: %1").arg(openings.join(QStringLiteral(", ")));
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("Meter swap: %1.").arg(facts.join(QStringLiteral("; ")))));
        }
        // Who pays whom: the proposed application against the current one over the recovery period.
        const qint64 monthly = qint64(impact.value(QStringLiteral("monthly")).toDouble());
        const qint64 total = qint64(impact.value(QStringLiteral("total")).toDouble());
        const QString owed =
            total > 0 ? tr("The customer was billed too little and owes %1 a month, %2 over the recovery period "
                           "(VAT included).")
                            .arg(money::format(monthly), money::format(total))
            : total < 0 ? tr("The customer was billed too much and is refunded %1 a month, %2 over the recovery "
                             "period (VAT included).")
                              .arg(money::format(-monthly), money::format(-total))
                        : tr("No money is owed either way.");
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(owed));
    } else {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("The current price application is kept.")));
    }
    // What the findings were decided with: the law's thresholds and the tariff books, by their SHA-256.
    if (!rules.isEmpty()) {
        html +=
            QStringLiteral("<p class='small'>%1</p>")
                .arg(esc(
                    tr("Thresholds applied (rule set %1): three-rate meter from %2 kWh a month over %3 "
                       "consecutive months or a %4 kVA transformer; %5 renters = 1 household quota; lease "
                       "under %6 months; back-billing over at most %7 months.")
                        .arg(rules.value(QStringLiteral("id")).toString(),
                             money::formatNumber(qint64(rules.value(QStringLiteral("threeRateAverageKwh")).toDouble())))
                        .arg(rules.value(QStringLiteral("threeRateConsecutiveMonths")).toInt())
                        .arg(rules.value(QStringLiteral("threeRateTransformerKva")).toInt())
                        .arg(rules.value(QStringLiteral("renterPersonsPerQuota")).toInt())
                        .arg(rules.value(QStringLiteral("minimumLeaseMonths")).toInt())
                        .arg(rules.value(QStringLiteral("recoveryMonths")).toInt())));
        QStringList books;
        for (const QJsonValue &v : r.value(QStringLiteral("tariffBooks")).toArray()) {
            const QJsonObject b = v.toObject();
            books << esc(
                tr("%1 (SHA-256 %2)")
                    .arg(b.value(QStringLiteral("decision")).toString(), b.value(QStringLiteral("sha256")).toString()));
        }
        if (!books.isEmpty())
            html += QStringLiteral("<p class='mono'>%1 %2</p>")
                        .arg(esc(tr("Priced with the tariff books:")), books.join(QStringLiteral("; ")));
    }
    html +=
        QStringLiteral("<h2>%1</h2><p>%2</p>")
            .arg(esc(tr("5. The customer's statement")), esc(r.value(QStringLiteral("statement")).toString().isEmpty()
                                                                 ? tr("(none)")
                                                                 : r.value(QStringLiteral("statement")).toString()));

    // Signatures.
    const auto signatureCell = [&](const QString &title, const QString &file, const QString &name) {
        QString cell = QStringLiteral("<td width='33%' class='center'><b>%1</b><br>").arg(esc(title));
        if (!file.isEmpty()) {
            QImage image(QDir(evidenceFolder).filePath(file));
            if (!image.isNull()) {
                doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("evidence:") + file), image);
                cell += QStringLiteral("<img src='evidence:%1' width='150'><br>").arg(file);
            }
        }
        return cell + esc(name) + QStringLiteral("</td>");
    };
    html += QStringLiteral("<table width='100%'><tr>");
    html += signatureCell(tr("CUSTOMER"), signatures.value(QStringLiteral("customer")).toString(),
                          present.value(QStringLiteral("name")).toString());
    if (!signatures.value(QStringLiteral("witness")).toString().isEmpty())
        html += signatureCell(tr("WITNESS"), signatures.value(QStringLiteral("witness")).toString(),
                              signatures.value(QStringLiteral("witnessName")).toString());
    html += signatureCell(tr("INSPECTOR"), signatures.value(QStringLiteral("inspector")).toString(),
                          inspector.value(QStringLiteral("name")).toString());
    html += QStringLiteral("</tr></table>");
    if (const QString reason = signatures.value(QStringLiteral("refusalReason")).toString(); !reason.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("The customer did not sign: %1").arg(reason)));

    // The fingerprint, in full; a preview (not signed yet) says so instead.
    // In a monospace face: no ligatures, so the hex reads back exactly as printed.
    if (signedRecord.fingerprint.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("Preview: this record is not signed yet and has no fingerprint.")));
    else
        html += QStringLiteral("<p class='mono'>%1<br>%2<br>%3</p>")
                    .arg(esc(tr("Record %1").arg(signedRecord.id())),
                         esc(tr("SHA-256 fingerprint: %1").arg(signedRecord.fingerprint)),
                         esc(tr("Signed with device key %1")
                                 .arg(signedRecord.publicKey.isEmpty()
                                          ? QString()
                                          : QString::fromLatin1(signedRecord.publicKey.toBase64()))));

    // A page of photos.
    QStringList photos;
    for (const QJsonValue &v : r.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("kind")).toString().startsWith(QLatin1StringView("signature")))
            continue;
        const QString file = e.value(QStringLiteral("file")).toString();
        QImage image(QDir(evidenceFolder).filePath(file));
        if (image.isNull())
            continue;
        if (image.width() > 1200)
            image = image.scaledToWidth(1200, Qt::SmoothTransformation);
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("evidence:") + file), image);
        photos << QStringLiteral("<p><img src='evidence:%1' width='320'><br>%2</p>")
                      .arg(file, esc(e.value(QStringLiteral("caption")).toString()));
    }
    if (!photos.isEmpty())
        html += QStringLiteral("<h2 style='page-break-before: always'>%1</h2>%2")
                    .arg(esc(tr("Photos")), photos.join(QString()));
    doc.setHtml(html);
}

Status RecordPdf::write(const SignedRecord &signedRecord, const QString &evidenceFolder, const QString &pdfPath,
                        Mode mode)
{
    const Words w(QStringLiteral("vi"));
    const auto tr = [&w](const char *text) {
        return w.tr(kContext, text);
    };
    const QJsonObject &r = signedRecord.record;
    const bool training = r.value(QStringLiteral("training")).toBool();
    QTextDocument doc;
    fill(doc, signedRecord, evidenceFolder);

    const QString watermark = mode == Preview ? tr("PREVIEW — NOT SIGNED")
                              : training      ? tr("TRAINING — NOT VALID")
                                              : QString();
    return print(doc, pdfPath, tr("Inspection record %1").arg(r.value(QStringLiteral("number")).toString()), watermark,
                 mode == Preview ? tr("not signed") : signedRecord.fingerprint.left(16),
                 [&tr](int page, int pages) { return tr("Page %1 of %2 · %3").arg(page).arg(pages); });
}

Status RecordPdf::print(QTextDocument &doc, const QString &pdfPath, const QString &title, const QString &watermark,
                        const QString &footer, const std::function<QString(int, int)> &pageText)
{
    // Made in memory and written whole: a full disk leaves no truncated PDF behind that looks complete.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(150);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Tariff Audit"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Status::failure(QCoreApplication::translate("ta::RecordPdf", "The PDF %1 cannot be written.")
                                   .arg(QDir::toNativeSeparators(pdfPath)));
    doc.documentLayout()->setPaintDevice(&writer);
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    doc.setPageSize(QSizeF(page.width(), page.height()));
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -page.height() * i);
        doc.drawContents(&painter, QRectF(0, page.height() * i, page.width(), page.height()));
        painter.restore();
        if (!watermark.isEmpty()) {
            painter.save();
            painter.setPen(QColor(200, 60, 0, 90));
            QFont mark(QStringLiteral("DejaVu Sans"), 40, QFont::Bold);
            painter.setFont(mark);
            painter.translate(page.width() / 2, page.height() / 2);
            painter.rotate(-35);
            painter.drawText(QRectF(-page.width(), -100, 2 * page.width(), 200), Qt::AlignCenter, watermark);
            painter.restore();
        }
        painter.save();
        painter.setFont(QFont(QStringLiteral("DejaVu Sans Mono"), 7));
        painter.drawText(QRectF(0, page.height() - 30, page.width(), 30), Qt::AlignRight | Qt::AlignBottom,
                         pageText(i + 1, pages).arg(footer));
        painter.restore();
    }
    if (!painter.end())
        return Status::failure(QCoreApplication::translate("ta::RecordPdf", "The PDF %1 cannot be written.")
                                   .arg(QDir::toNativeSeparators(pdfPath)));
    buffer.close();
    return SaveFile::whole(pdfPath, bytes);
}

} // namespace ta
