#pragma once

// The quick picks of the equipment inventory: common devices with typical power, simultaneity and hours
// of use, as data (resources/inspection/appliances.json), named in Vietnamese and English. A pick only
// fills a row; every figure stays editable at the door.

#include "models/core/result.h"

#include <QString>

#include <vector>

namespace ta {

struct ApplianceTemplate
{
    QString nameVi;
    QString nameEn;
    double kw = 0;
    double simultaneity = 1;
    double hoursPerDay = 0;

    QString name(const QString &language) const { return language == QLatin1StringView("en") ? nameEn : nameVi; }
};

class ApplianceCatalog
{
public:
    /// The built-in list; an error names the field when the data is broken.
    static Result<std::vector<ApplianceTemplate>> builtIn();
    static Result<std::vector<ApplianceTemplate>> fromJson(const QByteArray &json, const QString &fileName);
};

} // namespace ta
