#include "models/inspection/signedrecord.h"

#include "models/core/boundedinput.h"
#include "models/core/savefile.h"
#include "models/inspection/canonicaljson.h"
#include "models/inspection/devicekey.h"
#include "models/inspection/evidencestore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ta::SignedRecord", text);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject customerSnapshot(const Customer &c)
{
    return QJsonObject{
        {QStringLiteral("code"), c.code},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("address"), c.address},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("substation"), c.substation},
        {QStringLiteral("routeBook"), c.routeBook},
        {QStringLiteral("routeOrder"), c.routeOrder},
        {QStringLiteral("meterSerial"), c.meterSerial},
        {QStringLiteral("meter"),
         c.meterKind == MeterKind::ThreeRate ? QStringLiteral("three-rate") : QStringLiteral("single-rate")},
        {QStringLiteral("multiplier"), c.multiplier},
        {QStringLiteral("voltage"), c.voltage},
        {QStringLiteral("households"), canonicalJson::decimal(c.households, 2)},
        {QStringLiteral("priceString"), c.priceString},
        {QStringLiteral("transformerKva"), c.transformerKva},
        {QStringLiteral("lastRatioCheck"),
         c.lastRatioCheck.isValid() ? QJsonValue(c.lastRatioCheck.toString(Qt::ISODate)) : QJsonValue()},
    };
}

} // namespace

QJsonObject SignedRecord::build(const Inspection &in, const Customer &customer, const Assessment &a,
                                const RecordContext &context, const QDateTime &finalisedAt)
{
    const QJsonObject answers = in.toJson();
    QJsonArray checks;
    for (const CheckOutcome &o : a.outcomes)
        checks.append(QJsonObject{{QStringLiteral("check"), o.check},
                                  {QStringLiteral("change"), o.change},
                                  {QStringLiteral("monthlyImpact"), double(o.monthlyImpact)},
                                  {QStringLiteral("yearlyImpact"), double(o.yearlyImpact)},
                                  {QStringLiteral("facts"), o.facts}});
    QJsonArray months;
    for (const MonthImpact &m : a.total.months)
        months.append(QJsonObject{{QStringLiteral("month"), m.month},
                                  {QStringLiteral("current"), double(m.current)},
                                  {QStringLiteral("proposed"), double(m.proposed)}});
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonArray books;
    for (const BookReference &b : context.books)
        books.append(QJsonObject{{QStringLiteral("decision"), b.decision},
                                 {QStringLiteral("sha256"), b.sha256},
                                 {QStringLiteral("builtIn"), b.builtIn}});
    return QJsonObject{
        {QStringLiteral("format"), QLatin1StringView(Format)},
        {QStringLiteral("id"), in.id},
        {QStringLiteral("revision"), in.revision},
        {QStringLiteral("replaces"), in.replaces.isEmpty() ? QJsonValue() : QJsonValue(in.replaces)},
        {QStringLiteral("number"), context.number},
        {QStringLiteral("training"), context.training},
        {QStringLiteral("unit"), context.unit},
        {QStringLiteral("place"), in.place.isEmpty() ? customer.address : in.place},
        {QStringLiteral("startedAt"), time(in.startedAt)},
        {QStringLiteral("finalisedAt"), time(finalisedAt)},
        {QStringLiteral("visitedAt"), time(in.visitedAt)},
        {QStringLiteral("inspector"), QJsonObject{{QStringLiteral("name"), context.inspectorName},
                                                  {QStringLiteral("card"), context.inspectorCard},
                                                  {QStringLiteral("profile"), double(context.profileId)}}},
        {QStringLiteral("device"), context.deviceName},
        {QStringLiteral("tariffBook"), context.tariffBook},
        {QStringLiteral("tariffBooks"), books},
        {QStringLiteral("rules"), a.rules.toJson()},
        {QStringLiteral("preferences"), context.preferences},
        {QStringLiteral("recovery"),
         QJsonObject{{QStringLiteral("from"), a.recovery.firstMonth}, {QStringLiteral("to"), a.recovery.lastMonth}}},
        {QStringLiteral("customer"), customerSnapshot(customer)},
        {QStringLiteral("identify"), answers.value(QStringLiteral("identify"))},
        {QStringLiteral("answers"),
         QJsonObject{{QStringLiteral("households"), answers.value(QStringLiteral("households"))},
                     {QStringLiteral("ratio"), answers.value(QStringLiteral("ratio"))},
                     {QStringLiteral("threeRate"), answers.value(QStringLiteral("threeRate"))}}},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("proposal"),
         QJsonObject{{QStringLiteral("priceString"), a.proposedPriceString},
                     {QStringLiteral("households"), canonicalJson::decimal(a.proposed.households, 2)},
                     {QStringLiteral("rentersUndeclared"), a.proposed.rentersUndeclared},
                     {QStringLiteral("meter"), a.proposed.meter == MeterType::ThreeRate
                                                   ? QStringLiteral("three-rate")
                                                   : QStringLiteral("single-rate")},
                     {QStringLiteral("effectiveReading"),
                      in.identify.reading ? QJsonValue(double(*in.identify.reading)) : QJsonValue()},
                     {QStringLiteral("change"), a.anyChange()}}},
        {QStringLiteral("impact"), QJsonObject{{QStringLiteral("monthly"), double(a.total.monthlyAverage)},
                                               {QStringLiteral("total"), double(a.total.total)},
                                               {QStringLiteral("months"), months}}},
        {QStringLiteral("statement"), in.statement},
        {QStringLiteral("signatures"), answers.value(QStringLiteral("signatures"))},
        {QStringLiteral("evidence"), answers.value(QStringLiteral("evidence"))},
    };
}

Result<SignedRecord> SignedRecord::sign(const QJsonObject &record, const DeviceKey &key)
{
    auto bytes = canonicalJson::serialize(record);
    if (!bytes)
        return bytes.status();
    SignedRecord r;
    r.record = record;
    r.canonical = bytes.value();
    r.fingerprint = sha256Hex(r.canonical);
    r.signature = key.sign(r.canonical);
    r.publicKey = key.publicKey();
    return r;
}

Status SignedRecord::writeFolder(const QString &dir, const EvidenceStore &store) const
{
    if (!QDir().mkpath(QDir(dir).filePath(QStringLiteral("evidence"))))
        return Status::failure(tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(dir)));
    for (const QJsonValue &e : record.value(QStringLiteral("evidence")).toArray()) {
        const QString name = e.toObject().value(QStringLiteral("file")).toString();
        const QString target = QDir(dir).filePath(QStringLiteral("evidence/") + name);
        if (QFileInfo::exists(target))
            continue;
        QFile source(store.pathOf(name));
        if (!source.open(QIODevice::ReadOnly))
            return Status::failure(
                tr("The evidence file %1 is missing from %2.").arg(name, QDir::toNativeSeparators(store.folder())));
        if (Status s = SaveFile::whole(target, source.readAll()); !s)
            return s;
    }
    const QJsonObject sig{{QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
                          {QStringLiteral("fingerprint"), fingerprint},
                          {QStringLiteral("publicKey"), QString::fromLatin1(publicKey.toBase64())},
                          {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
    if (Status s = SaveFile::whole(QDir(dir).filePath(QStringLiteral("record.json")), canonical); !s)
        return s;
    return SaveFile::whole(QDir(dir).filePath(QStringLiteral("signature.json")),
                           QJsonDocument(sig).toJson(QJsonDocument::Indented));
}

Result<SignedRecord> SignedRecord::readFolder(const QString &path)
{
    using R = Result<SignedRecord>;
    const QFileInfo info(path);
    const QDir dir = info.isDir() ? QDir(path) : info.dir();
    // Both files within their bound, and never through a link that leads out of the folder.
    const auto readPart = [&dir](const QString &name) -> Result<QByteArray> {
        const QString file = dir.filePath(name);
        if (QFileInfo(file).isSymLink())
            return Result<QByteArray>::failure(tr("%1 in %2 is a link; a record folder holds its own files.")
                                                   .arg(name, QDir::toNativeSeparators(dir.path())));
        return readBoundedFile(file, limits::RecordFileBytes);
    };
    auto recordBytes = readPart(QStringLiteral("record.json"));
    if (!recordBytes)
        return recordBytes.status();
    SignedRecord r;
    r.canonical = recordBytes.value();
    const auto doc = parseBoundedJson(r.canonical, QStringLiteral("record.json"), limits::RecordFileBytes);
    if (!doc)
        return doc.status();
    if (!doc.value().isObject())
        return R::failure(tr("record.json is not a JSON object."));
    r.record = doc.value().object();
    r.fingerprint = sha256Hex(r.canonical);
    auto sigBytes = readPart(QStringLiteral("signature.json"));
    if (!sigBytes)
        return sigBytes.status();
    const auto sigDoc = parseBoundedJson(sigBytes.value(), QStringLiteral("signature.json"), limits::RecordFileBytes);
    if (!sigDoc)
        return sigDoc.status();
    const QJsonObject sig = sigDoc.value().object();
    r.signatureFile = sig;
    r.signature = QByteArray::fromBase64(sig.value(QStringLiteral("signature")).toString().toLatin1());
    r.publicKey = QByteArray::fromBase64(sig.value(QStringLiteral("publicKey")).toString().toLatin1());
    return r;
}

QStringList checkSignedBytes(const QByteArray &canonical, const QByteArray &signature, const QByteArray &publicKey)
{
    QStringList problems;
    const auto doc = parseBoundedJson(canonical, QStringLiteral("record.json"), limits::RecordFileBytes);
    if (!doc) {
        problems << doc.error();
        return problems;
    }
    if (!doc.value().isObject()) {
        problems << QCoreApplication::translate("ta", "record.json is not a JSON object.");
        return problems;
    }
    const QJsonObject record = doc.value().object();
    if (!DeviceKey::verify(canonical, signature, publicKey))
        problems << QCoreApplication::translate(
                        "ta", "record.json: the Ed25519 signature does not match the record and the public key "
                              "(key %1).")
                        .arg(DeviceKey::fingerprintOf(publicKey));
    const auto again = canonicalJson::serialize(record);
    if (!again || again.value() != canonical)
        problems << QCoreApplication::translate(
            "ta", "record.json: not in canonical form (sorted keys, no spaces, whole numbers).");
    if (const QString format = record.value(QStringLiteral("format")).toString();
        format != QLatin1StringView(SignedRecord::Format) && format != QLatin1StringView(SignedRecord::PreviousFormat))
        problems << QCoreApplication::translate("ta", "record.json: unknown format \"%1\".").arg(format);
    return problems;
}

Result<TrustedKeys> TrustedKeys::fromJson(const QByteArray &json, const QString &fileName)
{
    const auto parsed = parseBoundedJson(json, fileName, limits::KeysFileBytes);
    if (!parsed)
        return parsed.status();
    const QJsonDocument &doc = parsed.value();
    const QJsonArray keys = doc.isObject() ? doc.object().value(QStringLiteral("keys")).toArray() : doc.array();
    if (doc.isNull() || (!doc.isArray() && !doc.object().contains(QStringLiteral("keys"))))
        return Result<TrustedKeys>::failure(
            QCoreApplication::translate(
                "ta::TrustedKeys",
                "%1: a list of trusted keys is expected ({\"keys\": [{\"device\", \"name\", \"publicKey\"}]}).")
                .arg(fileName));
    TrustedKeys out;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QJsonObject k = keys.at(i).toObject();
        const QByteArray publicKey = QByteArray::fromBase64(k.value(QStringLiteral("publicKey")).toString().toLatin1());
        if (publicKey.size() != DeviceKey::PublicKeyBytes)
            return Result<TrustedKeys>::failure(
                QCoreApplication::translate("ta::TrustedKeys",
                                            "%1: keys[%2].publicKey is not a base64 Ed25519 public key.")
                    .arg(fileName)
                    .arg(i));
        out.add({k.value(QStringLiteral("device")).toString(), k.value(QStringLiteral("name")).toString(), publicKey,
                 k.value(QStringLiteral("revoked")).toBool(), k.value(QStringLiteral("role")).toString()});
    }
    return out;
}

Result<TrustedKeys> TrustedKeys::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<TrustedKeys>::failure(QCoreApplication::translate("ta::TrustedKeys", "%1 cannot be read: %2")
                                                .arg(QDir::toNativeSeparators(path), file.errorString()));
    return fromJson(file.read(4 * 1024 * 1024), QDir::toNativeSeparators(path));
}

void TrustedKeys::add(const TrustedKey &key)
{
    for (TrustedKey &k : m_keys) {
        if (k.publicKey == key.publicKey) {
            k = key;
            return;
        }
    }
    m_keys.push_back(key);
}

const TrustedKey *TrustedKeys::find(const QByteArray &publicKey) const
{
    for (const TrustedKey &k : m_keys) {
        if (k.publicKey == publicKey)
            return &k;
    }
    return nullptr;
}

VerifyReport verifyRecord(const QString &path, const TrustedKeys *trusted)
{
    VerifyReport report;
    auto read = SignedRecord::readFolder(path);
    if (!read) {
        report.problems << read.error();
        return report;
    }
    const SignedRecord &r = read.value();
    const QFileInfo info(path);
    const QDir dir = info.isDir() ? QDir(path) : info.dir();
    report.recordId = r.id();
    report.fingerprint = r.fingerprint;

    const QJsonObject &sig = r.signatureFile;
    if (sig.value(QStringLiteral("algorithm")).toString() != QLatin1StringView("Ed25519"))
        report.problems << QCoreApplication::translate("ta", "signature.json: the algorithm is not Ed25519.");
    const QString stated = sig.value(QStringLiteral("fingerprint")).toString();
    if (stated != r.fingerprint)
        report.problems << QCoreApplication::translate(
                               "ta",
                               "record.json: its SHA-256 %1 differs from the fingerprint %2 in signature.json; the "
                               "record was changed after signing.")
                               .arg(r.fingerprint, stated);
    report.problems << checkSignedBytes(r.canonical, r.signature, r.publicKey);
    // The key in the folder proves nothing by itself: anyone can re-sign an edited record with a new key.
    // Only a key the branch registered makes a signature trusted.
    if (trusted) {
        report.trustChecked = true;
        const TrustedKey *key = trusted->find(r.publicKey);
        if (!key)
            report.problems << QCoreApplication::translate(
                                   "ta", "signature.json: the record is signed by key %1, which is not the key of any "
                                         "registered device.")
                                   .arg(DeviceKey::fingerprintOf(r.publicKey));
        else if (key->revoked)
            report.problems << QCoreApplication::translate(
                                   "ta",
                                   "signature.json: the record is signed by device %1 (%2), whose key was revoked.")
                                   .arg(key->device, key->name);
        else
            report.signer = key->name.isEmpty() ? key->device : QStringLiteral("%1 (%2)").arg(key->name, key->device);
    }

    for (const QJsonValue &v : r.record.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString name = e.value(QStringLiteral("file")).toString();
        const QString expected = e.value(QStringLiteral("sha256")).toString();
        // A name within evidence/, and one the file system takes (no control character: a NUL cuts a name short).
        const bool usable =
            !name.isEmpty() && name != QLatin1StringView(".") && name != QLatin1StringView("..") &&
            std::none_of(name.cbegin(), name.cend(), [](QChar c) {
                return c == QLatin1Char('/') || c == QLatin1Char('\\') || c.unicode() < 0x20 || c.unicode() == 0x7f;
            });
        if (!usable) {
            // Control characters written out, so that the message shows the whole name.
            QString shown;
            for (const QChar c : name)
                shown += c.unicode() < 0x20 || c.unicode() == 0x7f
                             ? QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'))
                             : QString(c);
            report.problems << QCoreApplication::translate(
                                   "ta", "record.json: an evidence entry has no usable file name (\"%1\").")
                                   .arg(shown);
            continue;
        }
        // A picture of the folder itself, within the bound of a picture (a link could lead anywhere, a device
        // could be read for ever).
        QFile file(dir.filePath(QStringLiteral("evidence/") + name));
        const QFileInfo evidence(file.fileName());
        if (evidence.isSymLink() || (evidence.exists() && !evidence.isFile())) {
            report.problems << QCoreApplication::translate("ta", "evidence/%1: not a file of the folder (a link, a "
                                                                 "folder or a device).")
                                   .arg(name);
            continue;
        }
        if (evidence.size() > limits::PictureFileBytes) {
            report.problems << QCoreApplication::translate("ta", "evidence/%1: %2 bytes, more than a picture may be "
                                                                 "(%3).")
                                   .arg(name)
                                   .arg(evidence.size())
                                   .arg(limits::PictureFileBytes);
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            report.problems << QCoreApplication::translate("ta", "evidence/%1: missing.").arg(name);
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        const QString actual = QString::fromLatin1(hash.result().toHex());
        ++report.evidenceChecked;
        if (actual != expected)
            report.problems << QCoreApplication::translate(
                                   "ta", "evidence/%1: its SHA-256 is %2, the record lists %3; the file was changed.")
                                   .arg(name, actual, expected);
    }
    return report;
}

} // namespace ta
