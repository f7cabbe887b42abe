#include "models/tariff/tariffbook.h"

#include "models/core/boundedinput.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace ta {

namespace {

// Reads one book, remembering the first problem with its field path.
class BookReader
{
public:
    explicit BookReader(QString fileName) : m_file(std::move(fileName)) {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &field, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("ta::TariffBook", "Tariff book %1, field %2: %3")
                          .arg(m_file, field, problem);
    }

    QString text(const QJsonObject &o, const char *key, const QString &path, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString();
        if (required || !v.isUndefined())
            fail(path + QLatin1StringView(key), QCoreApplication::translate("ta::TariffBook", "a text is required."));
        return {};
    }

    QDate date(const QJsonObject &o, const char *key, const QString &path, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path + QLatin1StringView(key),
                     QCoreApplication::translate("ta::TariffBook", "a date (YYYY-MM-DD) is required."));
            return {};
        }
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid())
            fail(path + QLatin1StringView(key),
                 QCoreApplication::translate("ta::TariffBook", "\"%1\" is not a date written YYYY-MM-DD.")
                     .arg(v.toVariant().toString()));
        return d;
    }

    qint64 price(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        const QString field = path + QLatin1StringView(key);
        if (!v.isDouble()) {
            fail(field, QCoreApplication::translate("ta::TariffBook", "a price in dong per kWh is required."));
            return 0;
        }
        const double d = v.toDouble();
        if (d < 0) {
            fail(field, QCoreApplication::translate("ta::TariffBook", "the price %1 is negative.").arg(d));
            return 0;
        }
        if (d != std::floor(d) || d > 1e9) {
            fail(field,
                 QCoreApplication::translate("ta::TariffBook", "the price %1 is not a whole number of dong.").arg(d));
            return 0;
        }
        return qint64(d);
    }

    QString voltage(const QJsonObject &o, const QString &path, const TariffBook &book)
    {
        const QString code = text(o, "voltage", path);
        if (!code.isEmpty() && !book.voltageBand(code))
            fail(path + QStringLiteral("voltage"),
                 QCoreApplication::translate("ta::TariffBook", "unknown voltage class \"%1\" (not in voltageBands).")
                     .arg(code));
        return code;
    }

private:
    QString m_file;
    QString m_error;
};

} // namespace

bool VoltageBand::contains(double kv) const
{
    if (kv < minKv)
        return false;
    if (!maxKv)
        return true;
    return maxInclusive ? kv <= *maxKv : kv < *maxKv;
}

const TariffGroup *TariffBook::group(const QString &id) const
{
    for (const TariffGroup &g : groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

const VoltageBand *TariffBook::voltageBand(const QString &code) const
{
    for (const VoltageBand &b : voltageBands) {
        if (b.code == code)
            return &b;
    }
    return nullptr;
}

Result<TariffBook> TariffBook::fromJson(const QByteArray &json, const QString &fileName)
{
    const auto parsed = parseBoundedJson(
        json, QCoreApplication::translate("ta::TariffBook", "Tariff book %1").arg(fileName), limits::TariffFileBytes);
    if (!parsed)
        return parsed.status();
    const QJsonDocument &doc = parsed.value();
    if (!doc.isObject())
        return Result<TariffBook>::failure(
            QCoreApplication::translate("ta::TariffBook", "Tariff book %1 must be a JSON object.").arg(fileName));

    BookReader r(fileName);
    const QJsonObject root = doc.object();
    TariffBook book;
    book.fileName = fileName;
    book.sha256 = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    if (root.value(QStringLiteral("format")).toInt() != 1)
        r.fail(QStringLiteral("format"), QCoreApplication::translate("ta::TariffBook", "only format 1 is known."));
    book.decision = r.text(root, "decision", {});
    book.source = r.text(root, "source", {});
    book.notes = root.value(QStringLiteral("notes")).toString();
    book.effectiveFrom = r.date(root, "effectiveFrom", {});
    if (const QDate to = r.date(root, "effectiveTo", {}, false); to.isValid()) {
        book.effectiveTo = to;
        if (book.effectiveFrom.isValid() && to < book.effectiveFrom)
            r.fail(QStringLiteral("effectiveTo"),
                   QCoreApplication::translate("ta::TariffBook", "ends before it starts."));
    }

    const QJsonArray bands = root.value(QStringLiteral("voltageBands")).toArray();
    if (bands.isEmpty())
        r.fail(QStringLiteral("voltageBands"), QCoreApplication::translate("ta::TariffBook", "no voltage bands."));
    for (qsizetype i = 0; i < bands.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("voltageBands[%1].").arg(i);
        const QJsonObject o = bands.at(i).toObject();
        VoltageBand band;
        band.code = r.text(o, "code", path);
        band.minKv = o.value(QStringLiteral("minKv")).toDouble(-1);
        if (band.minKv < 0)
            r.fail(path + QStringLiteral("minKv"),
                   QCoreApplication::translate("ta::TariffBook", "a lower bound in kV (0 or more) is required."));
        if (o.contains(QStringLiteral("maxKv"))) {
            band.maxKv = o.value(QStringLiteral("maxKv")).toDouble(-1);
            if (*band.maxKv <= band.minKv)
                r.fail(path + QStringLiteral("maxKv"),
                       QCoreApplication::translate("ta::TariffBook", "the upper bound must exceed the lower one."));
        }
        band.maxInclusive = o.value(QStringLiteral("maxInclusive")).toBool(false);
        if (book.voltageBand(band.code))
            r.fail(path + QStringLiteral("code"),
                   QCoreApplication::translate("ta::TariffBook", "\"%1\" is defined twice.").arg(band.code));
        book.voltageBands.push_back(band);
    }

    const QJsonArray groups = root.value(QStringLiteral("groups")).toArray();
    for (qsizetype i = 0; i < groups.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("groups[%1].").arg(i);
        const QJsonObject o = groups.at(i).toObject();
        TariffGroup g;
        g.id = r.text(o, "id", path);
        g.category = r.text(o, "category", path);
        const QJsonValue codes = o.value(QStringLiteral("cmisCodes"));
        for (const QJsonValue &code : codes.toArray()) {
            const QString c = code.toString().trimmed().toUpper();
            static const QRegularExpression format(QStringLiteral("^[A-Z0-9]{2,8}$"));
            if (!format.match(c).hasMatch())
                r.fail(path + QStringLiteral("cmisCodes"),
                       QCoreApplication::translate("ta::TariffBook", "\"%1\" is not a price-group code (2 to 8 "
                                                                     "letters or digits).")
                           .arg(code.toVariant().toString()));
            for (const TariffGroup &other : book.groups) {
                if (other.cmisCodes.contains(c))
                    r.fail(path + QStringLiteral("cmisCodes"),
                           QCoreApplication::translate("ta::TariffBook", "the code %1 already names group \"%2\".")
                               .arg(c, other.id));
            }
            g.cmisCodes << c;
        }
        if (g.cmisCodes.isEmpty())
            r.fail(path + QStringLiteral("cmisCodes"),
                   QCoreApplication::translate("ta::TariffBook", "at least one CMIS price-group code is required."));
        const QJsonObject name = o.value(QStringLiteral("name")).toObject();
        g.nameVi = name.value(QStringLiteral("vi")).toString(g.id);
        g.nameEn = name.value(QStringLiteral("en")).toString(g.nameVi);
        g.confidence = o.value(QStringLiteral("confidence")).toString(QStringLiteral("check"));
        if (book.group(g.id))
            r.fail(path + QStringLiteral("id"),
                   QCoreApplication::translate("ta::TariffBook", "group \"%1\" is defined twice.").arg(g.id));
        const QString kind = r.text(o, "kind", path);
        if (kind == QLatin1StringView("ladder")) {
            g.kind = GroupKind::Ladder;
            const QJsonArray tiers = o.value(QStringLiteral("tiers")).toArray();
            if (tiers.isEmpty())
                r.fail(path + QStringLiteral("tiers"), QCoreApplication::translate("ta::TariffBook", "no tiers."));
            int previous = 0;
            for (qsizetype t = 0; t < tiers.size() && !r.failed(); ++t) {
                const QString tierPath = path + QStringLiteral("tiers[%1].").arg(t);
                const QJsonObject to = tiers.at(t).toObject();
                Tier tier;
                tier.price = r.price(to, "price", tierPath);
                const bool last = t + 1 == tiers.size();
                if (to.contains(QStringLiteral("upTo"))) {
                    const int upTo = to.value(QStringLiteral("upTo")).toInt(-1);
                    if (upTo <= previous)
                        r.fail(tierPath + QStringLiteral("upTo"),
                               QCoreApplication::translate("ta::TariffBook",
                                                           "tier bounds must increase: %1 does not exceed %2.")
                                   .arg(to.value(QStringLiteral("upTo")).toVariant().toString())
                                   .arg(previous));
                    if (last)
                        r.fail(tierPath + QStringLiteral("upTo"),
                               QCoreApplication::translate("ta::TariffBook", "the last tier must be open (no upTo)."));
                    tier.upTo = upTo;
                    previous = upTo;
                } else if (!last) {
                    r.fail(tierPath + QStringLiteral("upTo"),
                           QCoreApplication::translate("ta::TariffBook", "only the last tier may be open."));
                }
                g.tiers.push_back(tier);
            }
            if (o.contains(QStringLiteral("prepaid")))
                g.prepaid = r.price(o, "prepaid", path);
            g.undeclaredRentersTier = o.value(QStringLiteral("undeclaredRentersTier")).toInt(0);
            if (g.undeclaredRentersTier < 0 || g.undeclaredRentersTier > int(g.tiers.size()))
                r.fail(
                    path + QStringLiteral("undeclaredRentersTier"),
                    QCoreApplication::translate("ta::TariffBook", "there is no tier %1.").arg(g.undeclaredRentersTier));
        } else if (kind == QLatin1StringView("tou") || kind == QLatin1StringView("flat")) {
            g.kind = kind == QLatin1StringView("tou") ? GroupKind::TimeOfUse : GroupKind::Flat;
            const QJsonArray rows = o.value(QStringLiteral("bands")).toArray();
            if (rows.isEmpty())
                r.fail(path + QStringLiteral("bands"),
                       QCoreApplication::translate("ta::TariffBook", "no prices by voltage."));
            for (qsizetype b = 0; b < rows.size() && !r.failed(); ++b) {
                const QString rowPath = path + QStringLiteral("bands[%1].").arg(b);
                const QJsonObject ro = rows.at(b).toObject();
                const QString voltage = r.voltage(ro, rowPath, book);
                if (g.kind == GroupKind::TimeOfUse)
                    g.touPrices.push_back({voltage, r.price(ro, "normal", rowPath), r.price(ro, "offPeak", rowPath),
                                           r.price(ro, "peak", rowPath)});
                else
                    g.flatPrices.push_back({voltage, r.price(ro, "price", rowPath)});
            }
        } else if (!kind.isEmpty()) {
            r.fail(
                path + QStringLiteral("kind"),
                QCoreApplication::translate("ta::TariffBook", "unknown kind \"%1\" (ladder, tou or flat).").arg(kind));
        }
        book.groups.push_back(g);
    }
    if (!r.failed() && book.groups.empty())
        r.fail(QStringLiteral("groups"), QCoreApplication::translate("ta::TariffBook", "no price group."));
    if (r.failed())
        return Result<TariffBook>::failure(r.error());
    return book;
}

} // namespace ta
