#pragma once

// The printable record (biên bản) in Vietnamese on A4, made from a signed record's JSON: unit, number,
// date and place; inspectors; customer and metering point; the current application; each check's finding
// with its legal basis; the proposal and the effective reading; the money at stake; the customer's
// statement; the drawn signatures; a page of photos; the fingerprint and a QR code of record id +
// fingerprint. Training records carry a watermark on every page. Needs QtGui only (no widgets).

#include "models/core/result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <functional>

class QTextDocument;

namespace ta {

struct SignedRecord;

class RecordPdf
{
public:
    /// The record's pages as a text document (the PDF's content; the record view on screen shows it as it is).
    static void fill(QTextDocument &document, const SignedRecord &record, const QString &evidenceFolder);
    /// Signed: the record as signed. Preview: a record not signed yet (no fingerprint), marked so on every page.
    enum Mode { Signed, Preview };
    /// Writes the PDF of @p record to @p pdfPath; evidence images are read from @p evidenceFolder
    /// (a record folder's evidence/).
    static Status write(const SignedRecord &record, const QString &evidenceFolder, const QString &pdfPath,
                        Mode mode = Signed);
    /// Prints @p document on A4 pages to @p pdfPath: @p watermark (when not empty) across each page, and at
    /// each page's foot @p pageText(page, pages) with its remaining placeholder replaced by @p footer.
    static Status print(QTextDocument &document, const QString &pdfPath, const QString &title, const QString &watermark,
                        const QString &footer, const std::function<QString(int page, int pages)> &pageText);
    /// The QR code of @p text as an image, @p moduleSize pixels per module, with a quiet zone.
    static QImage qrCode(const QByteArray &text, int moduleSize = 6);
    /// What the QR code holds: "tariff-audit:<record id>:<fingerprint>".
    static QByteArray qrText(const SignedRecord &record);
};

} // namespace ta
