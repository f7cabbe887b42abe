#include "models/inspection/appliancecatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ta {

Result<std::vector<ApplianceTemplate>> ApplianceCatalog::builtIn()
{
    QFile file(QStringLiteral(":/inspection/appliances.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Result<std::vector<ApplianceTemplate>>::failure(
            QCoreApplication::translate("ta::ApplianceCatalog", "The list of common devices is missing."));
    return fromJson(file.readAll(), QStringLiteral("appliances.json"));
}

Result<std::vector<ApplianceTemplate>> ApplianceCatalog::fromJson(const QByteArray &json, const QString &fileName)
{
    using R = Result<std::vector<ApplianceTemplate>>;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonArray list = doc.object().value(QStringLiteral("appliances")).toArray();
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toInt() != 1 || list.isEmpty())
        return R::failure(QCoreApplication::translate("ta::ApplianceCatalog", "%1: a list of devices (format 1) is "
                                                                              "expected.")
                              .arg(fileName));
    std::vector<ApplianceTemplate> out;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        ApplianceTemplate t;
        const QJsonObject name = o.value(QStringLiteral("name")).toObject();
        t.nameVi = name.value(QStringLiteral("vi")).toString();
        t.nameEn = name.value(QStringLiteral("en")).toString(t.nameVi);
        t.kw = o.value(QStringLiteral("kw")).toDouble(-1);
        t.simultaneity = o.value(QStringLiteral("simultaneity")).toDouble(-1);
        t.hoursPerDay = o.value(QStringLiteral("hoursPerDay")).toDouble(-1);
        if (t.nameVi.isEmpty() || t.kw <= 0 || t.simultaneity <= 0 || t.simultaneity > 1 || t.hoursPerDay <= 0 ||
            t.hoursPerDay > 24)
            return R::failure(QCoreApplication::translate("ta::ApplianceCatalog",
                                                          "%1, appliances[%2]: a name, kW above 0, a simultaneity "
                                                          "of at most 1 and 0–24 hours a day are required.")
                                  .arg(fileName)
                                  .arg(i));
        out.push_back(t);
    }
    return out;
}

} // namespace ta
