#include "models/tariff/regulations.h"

#include "models/core/boundedinput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ta::Regulations", text);
}

// Reads one file, keeping the first problem with its field path.
class RuleReader
{
public:
    explicit RuleReader(QString fileName) : m_file(std::move(fileName)) {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &field, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("ta::Regulations", "Regulations %1, field %2: %3")
                          .arg(m_file, field, problem);
    }

    QJsonObject object(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (!v.isObject())
            fail(path + QLatin1StringView(key),
                 QCoreApplication::translate("ta::Regulations", "an object is required."));
        return v.toObject();
    }

    int whole(const QJsonObject &o, const char *key, const QString &path, int minimum)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || d < minimum || d > 1e6) {
            fail(path + QLatin1StringView(key),
                 QCoreApplication::translate("ta::Regulations", "a whole number of at least %1 is required.")
                     .arg(minimum));
            return 0;
        }
        return int(d);
    }

    QStringList texts(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        QStringList out;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                fail(path + QLatin1StringView(key),
                     QCoreApplication::translate("ta::Regulations", "a list of texts is required."));
                return {};
            }
            out << item.toString();
        }
        if (!v.isArray() || out.isEmpty())
            fail(path + QLatin1StringView(key),
                 QCoreApplication::translate("ta::Regulations", "a list of texts is required."));
        return out;
    }

    LegalSource source(const QJsonObject &o, const QString &path)
    {
        LegalSource s;
        s.text = o.value(QStringLiteral("source")).toString().trimmed();
        s.confidence = o.value(QStringLiteral("confidence")).toString(QStringLiteral("check"));
        if (s.text.isEmpty())
            fail(path + QStringLiteral("source"),
                 QCoreApplication::translate("ta::Regulations", "the legal source is required."));
        if (s.confidence != QLatin1StringView("firm") && s.confidence != QLatin1StringView("check"))
            fail(path + QStringLiteral("confidence"),
                 QCoreApplication::translate("ta::Regulations", "\"firm\" or \"check\" expected."));
        return s;
    }

private:
    QString m_file;
    QString m_error;
};

} // namespace

QJsonObject RuleSet::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("effectiveFrom"), effectiveFrom.toString(Qt::ISODate)},
        {QStringLiteral("threeRateAverageKwh"), threeRate.averageKwh},
        {QStringLiteral("threeRateConsecutiveMonths"), threeRate.consecutiveMonths},
        {QStringLiteral("threeRateTransformerKva"), threeRate.transformerKva},
        {QStringLiteral("threeRateCategories"), QJsonArray::fromStringList(threeRate.categories)},
        {QStringLiteral("renterPersonsPerQuota"), households.renterPersonsPerQuota},
        {QStringLiteral("minimumLeaseMonths"), households.minimumLeaseMonths},
        {QStringLiteral("countedDocuments"), QJsonArray::fromStringList(households.countedDocuments)},
        {QStringLiteral("recoveryMonths"), recovery.maxMonths},
    };
}

Result<Regulations> Regulations::fromJson(const QByteArray &json, const QString &fileName)
{
    using R = Result<Regulations>;
    const auto parsed = parseBoundedJson(json, tr("Regulations %1").arg(fileName), limits::TariffFileBytes);
    if (!parsed)
        return parsed.status();
    const QJsonDocument &doc = parsed.value();
    if (!doc.isObject())
        return R::failure(tr("Regulations %1 are not a JSON object.").arg(fileName));
    RuleReader r(fileName);
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toInt() != 1)
        r.fail(QStringLiteral("format"), tr("only format 1 is known."));
    const QJsonArray sets = root.value(QStringLiteral("ruleSets")).toArray();
    if (sets.isEmpty())
        r.fail(QStringLiteral("ruleSets"), tr("no rule set."));
    Regulations out;
    for (qsizetype i = 0; i < sets.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("ruleSets[%1].").arg(i);
        const QJsonObject o = sets.at(i).toObject();
        RuleSet s;
        s.id = o.value(QStringLiteral("id")).toString();
        if (s.id.isEmpty())
            r.fail(path + QStringLiteral("id"), tr("a text is required."));
        s.effectiveFrom = QDate::fromString(o.value(QStringLiteral("effectiveFrom")).toString(), Qt::ISODate);
        if (!s.effectiveFrom.isValid())
            r.fail(path + QStringLiteral("effectiveFrom"), tr("a date written YYYY-MM-DD is required."));

        const QString threePath = path + QStringLiteral("threeRate.");
        const QJsonObject three = r.object(o, "threeRate", path);
        s.threeRate.averageKwh = r.whole(three, "averageKwh", threePath, 1);
        s.threeRate.consecutiveMonths = r.whole(three, "consecutiveMonths", threePath, 1);
        s.threeRate.transformerKva = r.whole(three, "transformerKva", threePath, 1);
        s.threeRate.categories = r.texts(three, "categories", threePath);
        s.threeRate.source = r.source(three, threePath);

        const QString householdPath = path + QStringLiteral("households.");
        const QJsonObject households = r.object(o, "households", path);
        s.households.categories = r.texts(households, "categories", householdPath);
        s.households.renterPersonsPerQuota = r.whole(households, "renterPersonsPerQuota", householdPath, 1);
        s.households.minimumLeaseMonths = r.whole(households, "minimumLeaseMonths", householdPath, 1);
        s.households.countedDocuments = r.texts(households, "countedDocuments", householdPath);
        s.households.source = r.source(households, householdPath);

        const QString recoveryPath = path + QStringLiteral("recovery.");
        const QJsonObject recovery = r.object(o, "recovery", path);
        s.recovery.maxMonths = r.whole(recovery, "maxMonths", recoveryPath, 1);
        s.recovery.source = r.source(recovery, recoveryPath);

        const QJsonObject administrative = r.object(o, "administrative", path);
        s.administrativeCategories = r.texts(administrative, "categories", path + QStringLiteral("administrative."));

        for (const RuleSet &other : out.m_sets) {
            if (other.effectiveFrom == s.effectiveFrom || other.id == s.id)
                r.fail(path + QStringLiteral("effectiveFrom"),
                       tr("two rule sets start on the same day or share an id."));
        }
        out.m_sets.push_back(s);
    }
    if (r.failed())
        return R::failure(r.error());
    std::sort(out.m_sets.begin(), out.m_sets.end(),
              [](const RuleSet &a, const RuleSet &b) { return a.effectiveFrom < b.effectiveFrom; });
    return out;
}

const RuleSet *Regulations::on(const QDate &date) const
{
    const RuleSet *found = nullptr;
    for (const RuleSet &s : m_sets) {
        if (s.effectiveFrom <= date)
            found = &s;
    }
    return found;
}

} // namespace ta
