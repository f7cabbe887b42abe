#include "models/inspection/recordfolder.h"

#include "models/core/safename.h"
#include "models/inspection/evidencestore.h"
#include "models/inspection/recordpdf.h"
#include "models/inspection/signedrecord.h"

#include <QCoreApplication>
#include <QDir>

namespace ta {

Result<QString> RecordFolder::pathFor(const QString &recordsRoot, const QString &number)
{
    if (Status s = safeName::check(number, QCoreApplication::translate("ta::RecordFolder", "Record number")); !s)
        return s;
    return QDir(recordsRoot).filePath(number);
}

Result<QString> RecordFolder::write(const SignedRecord &record, const EvidenceStore &evidence,
                                    const QString &recordsRoot)
{
    auto dir = pathFor(recordsRoot, record.record.value(QStringLiteral("number")).toString());
    if (!dir)
        return dir;
    if (Status s = record.writeFolder(dir.value(), evidence); !s)
        return s;
    if (Status s = RecordPdf::write(record, QDir(dir.value()).filePath(QStringLiteral("evidence")),
                                    QDir(dir.value()).filePath(QStringLiteral("bien-ban.pdf")));
        !s)
        return s;
    return dir;
}

} // namespace ta
