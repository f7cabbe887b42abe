#include "models/inspection/inspection.h"

#include "models/inspection/canonicaljson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace ta {

namespace {

QJsonValue optionalInt(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

QJsonValue optionalDecimal(const std::optional<double> &v, int decimals)
{
    return v ? QJsonValue(canonicalJson::decimal(*v, decimals)) : QJsonValue();
}

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

// Reads fields of one object, remembering the first error with the field's path.
class Reader
{
public:
    Reader(const QJsonObject &o, QString path, QString *error) : m_o(o), m_path(std::move(path)), m_error(error) {}

    QString where(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }
    void fail(const QString &key, const QString &what)
    {
        if (m_error->isEmpty())
            *m_error = QCoreApplication::translate("ta::Inspection", "%1: %2").arg(where(key), what);
    }

    QString text(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(key, QCoreApplication::translate("ta::Inspection", "text expected"));
        return v.toString();
    }
    bool flag(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(key, QCoreApplication::translate("ta::Inspection", "true or false expected"));
        return v.toBool();
    }
    std::optional<double> number(const QString &key, double min, double max)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        bool ok = v.isDouble();
        double d = v.toDouble();
        if (v.isString())
            d = v.toString().toDouble(&ok);
        if (!ok) {
            fail(key, QCoreApplication::translate("ta::Inspection", "a number expected, not \"%1\"")
                          .arg(v.toVariant().toString()));
            return std::nullopt;
        }
        if (d < min || d > max) {
            // (Written out in full: "999999999", never "1e+09".)
            const auto written = [](double x) {
                return QString::number(x, 'f', x == std::floor(x) ? 0 : 2);
            };
            fail(key, QCoreApplication::translate("ta::Inspection", "%1 is outside %2 to %3")
                          .arg(written(d), written(min), written(max)));
            return std::nullopt;
        }
        return d;
    }
    std::optional<qint64> whole(const QString &key, qint64 min, qint64 max)
    {
        const auto d = number(key, double(min), double(max));
        if (d && *d != std::floor(*d)) {
            fail(key, QCoreApplication::translate("ta::Inspection", "a whole number expected, not %1").arg(*d));
            return std::nullopt;
        }
        return d ? std::optional<qint64>(qint64(*d)) : std::nullopt;
    }
    QDate day(const QString &key)
    {
        const QString t = text(key);
        if (t.isEmpty())
            return {};
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            fail(
                key,
                QCoreApplication::translate("ta::Inspection", "a date written YYYY-MM-DD expected, not \"%1\"").arg(t));
        return d;
    }
    QJsonObject object(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            fail(key, QCoreApplication::translate("ta::Inspection", "an object expected"));
        return v.toObject();
    }
    QJsonArray array(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            fail(key, QCoreApplication::translate("ta::Inspection", "a list expected"));
        return v.toArray();
    }
    Reader child(const QString &key) { return Reader(object(key), where(key), m_error); }
    Reader item(const QString &key, qsizetype i, const QJsonValue &v)
    {
        if (!v.isObject())
            fail(QStringLiteral("%1[%2]").arg(key).arg(i),
                 QCoreApplication::translate("ta::Inspection", "an object expected"));
        return Reader(v.toObject(), where(key) + QStringLiteral("[%1]").arg(i), m_error);
    }

private:
    QJsonObject m_o;
    QString m_path;
    QString *m_error;
};

} // namespace

QStringList householdDocument::all()
{
    return {QLatin1StringView(Cccd), QLatin1StringView(Ct07), QLatin1StringView(Vneid), QLatin1StringView(Lease),
            QLatin1StringView(Other)};
}

QJsonObject Inspection::toJson() const
{
    QJsonArray householdList;
    for (const HouseholdEvidence &h : this->households.households)
        householdList.append(QJsonObject{{QStringLiteral("head"), h.head},
                                         {QStringLiteral("document"), h.document},
                                         {QStringLiteral("leaderNote"), h.leaderNote}});
    QJsonArray appliances;
    for (const Appliance &a : ratio.appliances)
        appliances.append(QJsonObject{{QStringLiteral("name"), a.name},
                                      {QStringLiteral("kw"), canonicalJson::decimal(a.kw)},
                                      {QStringLiteral("quantity"), a.quantity},
                                      {QStringLiteral("simultaneity"), canonicalJson::decimal(a.simultaneity, 2)},
                                      {QStringLiteral("hoursPerDay"), canonicalJson::decimal(a.hoursPerDay, 2)},
                                      {QStringLiteral("daysPerMonth"), a.daysPerMonth},
                                      {QStringLiteral("group"), a.group}});
    QJsonArray evidenceList;
    for (const EvidenceItem &e : this->evidence)
        evidenceList.append(QJsonObject{{QStringLiteral("sha256"), e.sha256},
                                        {QStringLiteral("kind"), e.kind},
                                        {QStringLiteral("file"), e.fileName},
                                        {QStringLiteral("caption"), e.caption},
                                        {QStringLiteral("size"), double(e.size)}});
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("revision"), revision},
        {QStringLiteral("replaces"), replaces.isEmpty() ? QJsonValue() : QJsonValue(replaces)},
        {QStringLiteral("customer"), customerCode},
        {QStringLiteral("startedAt"), startedAt.isValid() ? QJsonValue(startedAt.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("place"), place},
        {QStringLiteral("visitedAt"), visitedAt.isValid() ? QJsonValue(visitedAt.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("checks"), QJsonArray::fromStringList(checks)},
        {QStringLiteral("step"), step},
        {QStringLiteral("identify"),
         QJsonObject{
             {QStringLiteral("meterSerialSeen"), identify.meterSerialSeen},
             {QStringLiteral("reading"), optionalInt(identify.reading)},
             {QStringLiteral("previousReading"), optionalInt(identify.previousReading)},
             {QStringLiteral("previousReadingDate"), date(identify.previousReadingDate)},
             {QStringLiteral("latitude"), optionalDecimal(identify.latitude, 6)},
             {QStringLiteral("longitude"), optionalDecimal(identify.longitude, 6)},
             {QStringLiteral("present"), QJsonObject{{QStringLiteral("name"), identify.present.name},
                                                     {QStringLiteral("role"), identify.present.role},
                                                     {QStringLiteral("idNumber"), identify.present.idNumber}}}}},
        {QStringLiteral("households"),
         QJsonObject{{QStringLiteral("households"), householdList},
                     {QStringLiteral("renterPersons"), this->households.renterPersons},
                     {QStringLiteral("usersUndeclared"), this->households.usersUndeclared},
                     {QStringLiteral("leaseMonths"),
                      this->households.leaseMonths ? QJsonValue(*this->households.leaseMonths) : QJsonValue()}}},
        {QStringLiteral("ratio"), QJsonObject{{QStringLiteral("appliances"), appliances}}},
        {QStringLiteral("threeRate"),
         QJsonObject{{QStringLiteral("swapDate"), date(threeRate.swapDate)},
                     {QStringLiteral("newMeterSerial"), threeRate.newMeterSerial},
                     {QStringLiteral("openingNormal"), optionalInt(threeRate.openingNormal)},
                     {QStringLiteral("openingPeak"), optionalInt(threeRate.openingPeak)},
                     {QStringLiteral("openingOffPeak"), optionalInt(threeRate.openingOffPeak)}}},
        {QStringLiteral("statement"), statement},
        {QStringLiteral("evidence"), evidenceList},
        {QStringLiteral("signatures"), QJsonObject{{QStringLiteral("customer"), signatures.customer},
                                                   {QStringLiteral("inspector"), signatures.inspector},
                                                   {QStringLiteral("witness"), signatures.witness},
                                                   {QStringLiteral("witnessName"), signatures.witnessName},
                                                   {QStringLiteral("refusalReason"), signatures.refusalReason}}},
    };
}

Result<Inspection> Inspection::fromJson(const QJsonObject &json)
{
    QString error;
    Reader r(json, QString(), &error);
    Inspection in;
    in.id = r.text(QStringLiteral("id"));
    in.revision = int(r.whole(QStringLiteral("revision"), 1, 1000).value_or(1));
    in.replaces = r.text(QStringLiteral("replaces"));
    in.customerCode = r.text(QStringLiteral("customer"));
    const QString started = r.text(QStringLiteral("startedAt"));
    if (!started.isEmpty()) {
        in.startedAt = QDateTime::fromString(started, Qt::ISODate);
        if (!in.startedAt.isValid())
            r.fail(
                QStringLiteral("startedAt"),
                QCoreApplication::translate("ta::Inspection", "a date and time written YYYY-MM-DDThh:mm:ss expected"));
    }
    in.place = r.text(QStringLiteral("place"));
    if (const QString visited = r.text(QStringLiteral("visitedAt")); !visited.isEmpty()) {
        in.visitedAt = QDateTime::fromString(visited, Qt::ISODate);
        if (!in.visitedAt.isValid())
            r.fail(QStringLiteral("visitedAt"),
                   QCoreApplication::translate("ta::Inspection", "a date and time written YYYY-MM-DDThh:mm:ss+07:00 "
                                                                 "expected"));
    }
    const QJsonArray checks = r.array(QStringLiteral("checks"));
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const QString c = checks.at(i).toString();
        if (!QStringList{QLatin1StringView(check::Households), QLatin1StringView(check::Ratio),
                         QLatin1StringView(check::ThreeRate), QLatin1StringView(check::Reading)}
                 .contains(c))
            r.fail(QStringLiteral("checks[%1]").arg(i),
                   QCoreApplication::translate("ta::Inspection",
                                               "unknown check \"%1\" (households, ratio, three-rate, reading)")
                       .arg(c));
        else if (!in.checks.contains(c))
            in.checks << c;
    }
    in.step = r.text(QStringLiteral("step"));

    Reader id = r.child(QStringLiteral("identify"));
    in.identify.meterSerialSeen = id.text(QStringLiteral("meterSerialSeen"));
    in.identify.reading = id.whole(QStringLiteral("reading"), 0, 999'999'999);
    in.identify.previousReading = id.whole(QStringLiteral("previousReading"), 0, 999'999'999);
    in.identify.previousReadingDate = id.day(QStringLiteral("previousReadingDate"));
    in.identify.latitude = id.number(QStringLiteral("latitude"), -90, 90);
    in.identify.longitude = id.number(QStringLiteral("longitude"), -180, 180);
    Reader present = id.child(QStringLiteral("present"));
    in.identify.present.name = present.text(QStringLiteral("name"));
    in.identify.present.role = present.text(QStringLiteral("role"));
    if (in.identify.present.role.isEmpty())
        in.identify.present.role = QStringLiteral("customer");
    else if (in.identify.present.role != QLatin1StringView("customer") &&
             in.identify.present.role != QLatin1StringView("representative"))
        present.fail(QStringLiteral("role"),
                     QCoreApplication::translate("ta::Inspection", "\"customer\" or \"representative\" expected"));
    in.identify.present.idNumber = present.text(QStringLiteral("idNumber"));

    Reader hh = r.child(QStringLiteral("households"));
    const QJsonArray households = hh.array(QStringLiteral("households"));
    for (qsizetype i = 0; i < households.size(); ++i) {
        Reader h = hh.item(QStringLiteral("households"), i, households.at(i));
        HouseholdEvidence e{h.text(QStringLiteral("head")), h.text(QStringLiteral("document")),
                            h.text(QStringLiteral("leaderNote"))};
        if (e.head.trimmed().isEmpty())
            h.fail(QStringLiteral("head"),
                   QCoreApplication::translate("ta::Inspection", "the head of household is missing"));
        if (!householdDocument::all().contains(e.document))
            h.fail(QStringLiteral("document"),
                   QCoreApplication::translate("ta::Inspection",
                                               "unknown evidence \"%1\" (cccd, ct07, vneid, lease, other)")
                       .arg(e.document));
        in.households.households.push_back(e);
    }
    in.households.renterPersons = int(hh.whole(QStringLiteral("renterPersons"), 0, 1000).value_or(0));
    in.households.usersUndeclared = hh.flag(QStringLiteral("usersUndeclared"));
    if (const auto months = hh.whole(QStringLiteral("leaseMonths"), 0, 1200))
        in.households.leaseMonths = int(*months);
    if (hh.flag(QStringLiteral("shortLeaseUndeclared"))) { // drafts of earlier versions: a lease of no months
        in.households.usersUndeclared = true;
        in.households.leaseMonths = in.households.leaseMonths.value_or(0);
    }

    Reader ratio = r.child(QStringLiteral("ratio"));
    const QJsonArray appliances = ratio.array(QStringLiteral("appliances"));
    for (qsizetype i = 0; i < appliances.size(); ++i) {
        Reader a = ratio.item(QStringLiteral("appliances"), i, appliances.at(i));
        Appliance ap;
        ap.name = a.text(QStringLiteral("name"));
        ap.kw = a.number(QStringLiteral("kw"), 0, 100000).value_or(0);
        ap.quantity = int(a.whole(QStringLiteral("quantity"), 1, 100000).value_or(1));
        ap.simultaneity = a.number(QStringLiteral("simultaneity"), 0, 1).value_or(1);
        ap.hoursPerDay = a.number(QStringLiteral("hoursPerDay"), 0, 24).value_or(0);
        ap.daysPerMonth = int(a.whole(QStringLiteral("daysPerMonth"), 0, 31).value_or(30));
        ap.group = a.text(QStringLiteral("group"));
        if (ap.group.isEmpty())
            a.fail(QStringLiteral("group"),
                   QCoreApplication::translate("ta::Inspection", "the purpose's price group (a CMIS code such as SHBT "
                                                                 "or KDDV) is missing"));
        in.ratio.appliances.push_back(ap);
    }

    Reader tr3 = r.child(QStringLiteral("threeRate"));
    in.threeRate.swapDate = tr3.day(QStringLiteral("swapDate"));
    in.threeRate.newMeterSerial = tr3.text(QStringLiteral("newMeterSerial"));
    in.threeRate.openingNormal = tr3.whole(QStringLiteral("openingNormal"), 0, 999'999'999);
    in.threeRate.openingPeak = tr3.whole(QStringLiteral("openingPeak"), 0, 999'999'999);
    in.threeRate.openingOffPeak = tr3.whole(QStringLiteral("openingOffPeak"), 0, 999'999'999);

    in.statement = r.text(QStringLiteral("statement"));
    const QJsonArray evidence = r.array(QStringLiteral("evidence"));
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        Reader e = r.item(QStringLiteral("evidence"), i, evidence.at(i));
        EvidenceItem item;
        item.sha256 = e.text(QStringLiteral("sha256"));
        item.kind = e.text(QStringLiteral("kind"));
        item.fileName = e.text(QStringLiteral("file"));
        item.caption = e.text(QStringLiteral("caption"));
        item.size = e.whole(QStringLiteral("size"), 0, qint64(1) << 40).value_or(0);
        in.evidence.push_back(item);
    }
    Reader sig = r.child(QStringLiteral("signatures"));
    in.signatures.customer = sig.text(QStringLiteral("customer"));
    in.signatures.inspector = sig.text(QStringLiteral("inspector"));
    in.signatures.witness = sig.text(QStringLiteral("witness"));
    in.signatures.witnessName = sig.text(QStringLiteral("witnessName"));
    in.signatures.refusalReason = sig.text(QStringLiteral("refusalReason"));
    if (!error.isEmpty())
        return Result<Inspection>::failure(error);
    return in;
}

} // namespace ta
