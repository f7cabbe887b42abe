#include "models/core/settings.h"

#include <QStandardPaths>

namespace ta {

Settings::Settings(const QString &path, QObject *parent)
    : QObject(parent), m_store(std::make_unique<QSettings>(path, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/settings.ini");
}

QString Settings::fileName() const
{
    return m_store->fileName();
}

QString Settings::dump() const
{
    QString out;
    const QStringList keys = m_store->allKeys();
    for (const QString &key : keys)
        out += key + QStringLiteral(" = ") + m_store->value(key).toString() + QLatin1Char('\n');
    return out;
}

} // namespace ta
