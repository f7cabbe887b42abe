#include "models/inspection/answersfile.h"

#include "models/core/boundedinput.h"
#include "models/inspection/inspectionstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ta::AnswersFile", text);
}

// Every field an answers file may hold, by where it is; anything else is named and refused.
struct Shape
{
    const char *path;
    QStringList keys;
};

const std::vector<Shape> &shapes()
{
    static const std::vector<Shape> list = {
        {"",
         {QStringLiteral("id"), QStringLiteral("place"), QStringLiteral("visitedAt"), QStringLiteral("checks"),
          QStringLiteral("identify"), QStringLiteral("households"), QStringLiteral("ratio"),
          QStringLiteral("threeRate"), QStringLiteral("statement"), QStringLiteral("photos"),
          QStringLiteral("signatures")}},
        {"identify",
         {QStringLiteral("meterSerialSeen"), QStringLiteral("reading"), QStringLiteral("previousReading"),
          QStringLiteral("previousReadingDate"), QStringLiteral("latitude"), QStringLiteral("longitude"),
          QStringLiteral("present")}},
        {"identify.present", {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("idNumber")}},
        {"households",
         {QStringLiteral("households"), QStringLiteral("renterPersons"), QStringLiteral("usersUndeclared"),
          QStringLiteral("leaseMonths")}},
        {"households.households[]", {QStringLiteral("head"), QStringLiteral("document"), QStringLiteral("leaderNote")}},
        {"ratio", {QStringLiteral("appliances")}},
        {"ratio.appliances[]",
         {QStringLiteral("name"), QStringLiteral("kw"), QStringLiteral("quantity"), QStringLiteral("simultaneity"),
          QStringLiteral("hoursPerDay"), QStringLiteral("daysPerMonth"), QStringLiteral("group")}},
        {"threeRate",
         {QStringLiteral("swapDate"), QStringLiteral("newMeterSerial"), QStringLiteral("openingNormal"),
          QStringLiteral("openingPeak"), QStringLiteral("openingOffPeak")}},
        {"photos[]", {QStringLiteral("file"), QStringLiteral("kind"), QStringLiteral("caption")}},
        {"signatures",
         {QStringLiteral("customer"), QStringLiteral("inspector"), QStringLiteral("witness"),
          QStringLiteral("witnessName"), QStringLiteral("refusalReason")}},
    };
    return list;
}

QString unknownField(const QJsonObject &o, const QString &path, const QString &shape)
{
    for (const Shape &s : shapes()) {
        if (shape != QLatin1StringView(s.path))
            continue;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!s.keys.contains(it.key()))
                return path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
        }
    }
    return {};
}

// The first field that is not in the shape, walking the nested objects and lists.
QString firstUnknown(const QJsonObject &root)
{
    if (QString f = unknownField(root, QString(), QString()); !f.isEmpty())
        return f;
    for (const char *child : {"identify", "households", "ratio", "threeRate", "signatures"}) {
        const QJsonObject o = root.value(QLatin1StringView(child)).toObject();
        if (QString f = unknownField(o, QLatin1StringView(child), QLatin1StringView(child)); !f.isEmpty())
            return f;
    }
    const QJsonObject present =
        root.value(QStringLiteral("identify")).toObject().value(QStringLiteral("present")).toObject();
    if (QString f = unknownField(present, QStringLiteral("identify.present"), QStringLiteral("identify.present"));
        !f.isEmpty())
        return f;
    const auto list = [&root](const char *parent, const char *key, const char *shape) -> QString {
        const QJsonValue container =
            parent ? root.value(QLatin1StringView(parent)).toObject().value(QLatin1StringView(key))
                   : root.value(QLatin1StringView(key));
        const QJsonArray items = container.toArray();
        const QString base = parent ? QStringLiteral("%1.%2").arg(QLatin1StringView(parent), QLatin1StringView(key))
                                    : QString::fromLatin1(key);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (QString f = unknownField(items.at(i).toObject(), QStringLiteral("%1[%2]").arg(base).arg(i),
                                         QLatin1StringView(shape));
                !f.isEmpty())
                return f;
        }
        return {};
    };
    for (const QString &f : {list("households", "households", "households.households[]"),
                             list("ratio", "appliances", "ratio.appliances[]"), list(nullptr, "photos", "photos[]")}) {
        if (!f.isEmpty())
            return f;
    }
    return {};
}

} // namespace

Result<AnswersFile> AnswersFile::read(const QString &path, const QString &customerCode)
{
    using R = Result<AnswersFile>;
    const QString name = QDir::toNativeSeparators(path);
    const auto doc = readBoundedJson(path, limits::AnswersFileBytes);
    if (!doc)
        return doc.status();
    if (!doc.value().isObject())
        return R::failure(tr("%1 is not a JSON object.").arg(name));
    return fromJson(doc.value().object(), name, QFileInfo(path).absolutePath(), customerCode);
}

Result<AnswersFile> AnswersFile::fromJson(QJsonObject json, const QString &name, const QString &folder,
                                          const QString &customerCode)
{
    using R = Result<AnswersFile>;
    // What the signer does not choose, each refused with what to do instead.
    if (json.contains(QStringLiteral("inspector")))
        return R::failure(tr("%1: inspector: the record is signed by the profile signed in (--profile); remove "
                             "this field.")
                              .arg(name));
    for (const char *time : {"finalisedAt", "startedAt"}) {
        if (json.contains(QLatin1StringView(time)))
            return R::failure(tr("%1: %2: the signing time is the clock's; for a paper record give the time of "
                                 "the visit as visitedAt.")
                                  .arg(name, QLatin1StringView(time)));
    }
    for (const char *given : {"customer", "evidence"}) {
        if (json.contains(QLatin1StringView(given)))
            return R::failure(tr("%1: %2: given on the command line or by photos and signatures; remove this "
                                 "field.")
                                  .arg(name, QLatin1StringView(given)));
    }
    if (const QString unknown = firstUnknown(json); !unknown.isEmpty())
        return R::failure(tr("%1: unknown field \"%2\" (docs/answers-file.md lists the fields).").arg(name, unknown));

    AnswersFile out;
    const QDir base(folder);
    const QJsonArray photos = json.value(QStringLiteral("photos")).toArray();
    for (qsizetype i = 0; i < photos.size(); ++i) {
        const QJsonObject p = photos.at(i).toObject();
        const QString picture = p.value(QStringLiteral("file")).toString();
        const QString field = QStringLiteral("photos[%1].file").arg(i);
        if (picture.isEmpty())
            return R::failure(tr("%1: %2: the picture's file is missing.").arg(name, field));
        const QString kind = p.value(QStringLiteral("kind")).toString(QStringLiteral("photo"));
        if (kind != QLatin1StringView("photo") && kind != QLatin1StringView("meter-photo"))
            return R::failure(
                tr("%1: photos[%2].kind: \"photo\" or \"meter-photo\", not \"%3\".").arg(name).arg(i).arg(kind));
        out.photos.push_back(
            {base.absoluteFilePath(picture), kind, p.value(QStringLiteral("caption")).toString(), field});
    }
    QJsonObject signatures = json.value(QStringLiteral("signatures")).toObject();
    const char *signers[3] = {"customer", "inspector", "witness"};
    for (int s = 0; s < 3; ++s) {
        const QString picture = signatures.value(QLatin1StringView(signers[s])).toString();
        if (!picture.isEmpty())
            out.signature[s] = base.absoluteFilePath(picture);
        signatures.remove(QLatin1StringView(signers[s]));
    }
    json.insert(QStringLiteral("signatures"), signatures);
    json.remove(QStringLiteral("photos"));
    json.insert(QStringLiteral("customer"), customerCode);
    auto inspection = Inspection::fromJson(json);
    if (!inspection)
        return R::failure(tr("%1: %2").arg(name, inspection.error()));
    out.inspection = inspection.value();
    return out;
}

Result<FinalisedRecord> AnswersFile::record(const InspectionEnvironment &environment) const
{
    auto session = InspectionSession::fromAnswers(environment, inspection);
    if (!session)
        return session.status();
    const QString id = session.value()->draft().id;
    auto recorded = record(*session.value());
    if (!recorded) {
        // Nothing is left half done: the draft made for this file goes with the failure.
        session.value().reset();
        (void)InspectionStore(*environment.data).discardDraft(id);
    }
    return recorded;
}

Result<FinalisedRecord> AnswersFile::record(InspectionSession &s) const
{
    for (const Picture &p : photos) {
        if (auto added = s.addPicture(p.path, p.kind, p.caption); !added)
            return Result<FinalisedRecord>::failure(QStringLiteral("%1: %2").arg(p.field, added.error()));
    }
    const char *signers[3] = {"customer", "inspector", "witness"};
    for (int i = 0; i < 3; ++i) {
        if (signature[i].isEmpty())
            continue;
        const auto read = readBoundedFile(signature[i], limits::PictureFileBytes);
        if (!read)
            return Result<FinalisedRecord>::failure(
                QStringLiteral("signatures.%1: %2").arg(QLatin1StringView(signers[i]), read.error()));
        const QByteArray &bytes = read.value();
        if (bytes.isEmpty())
            return Result<FinalisedRecord>::failure(
                tr("signatures.%1: %2 is empty.")
                    .arg(QLatin1StringView(signers[i]), QDir::toNativeSeparators(signature[i])));
        if (Status st = s.setSignature(QLatin1StringView(signers[i]), bytes); !st)
            return Result<FinalisedRecord>::failure(
                QStringLiteral("signatures.%1: %2").arg(QLatin1StringView(signers[i]), st.error()));
    }
    return s.finalise();
}

} // namespace ta
