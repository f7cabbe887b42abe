#include "models/inspection/recordfolder.h"

#include "models/core/safename.h"
#include "models/inspection/evidencestore.h"
#include "models/inspection/recordpdf.h"
#include "models/inspection/signedrecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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
    // Made whole beside its place (<number>.part, whatever a stop left there first) and moved into place
    // at once: a folder under its number is always complete; a full disk or a stop leaves none.
    const QString folder = dir.value();
    const QString part = folder + QStringLiteral(".part");
    QDir(part).removeRecursively();
    const auto fail = [&part, &folder](const Status &s) -> Result<QString> {
        QDir(part).removeRecursively();
        // Said of the folder the user knows, not of the one being made.
        return Status::failure(
            QString(s.error()).replace(QDir::toNativeSeparators(part), QDir::toNativeSeparators(folder)));
    };
    if (Status s = record.writeFolder(part, evidence); !s)
        return fail(s);
    if (Status s = RecordPdf::write(record, QDir(part).filePath(QStringLiteral("evidence")),
                                    QDir(part).filePath(QStringLiteral("bien-ban.pdf")));
        !s)
        return fail(s);
    // A folder written before (a record opened again) is replaced by the new one.
    const QString old = folder + QStringLiteral(".old");
    QDir(old).removeRecursively();
    if (QFileInfo::exists(folder) && !QDir().rename(folder, old))
        return fail(Status::failure(QCoreApplication::translate("ta::RecordFolder", "The folder %1 cannot be replaced.")
                                        .arg(QDir::toNativeSeparators(folder))));
    if (!QDir().rename(part, folder)) {
        QDir().rename(old, folder);
        return fail(Status::failure(QCoreApplication::translate("ta::RecordFolder", "The folder %1 cannot be made.")
                                        .arg(QDir::toNativeSeparators(folder))));
    }
    QDir(old).removeRecursively();
    return folder;
}

} // namespace ta
