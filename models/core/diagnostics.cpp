#include "models/core/diagnostics.h"

#include "models/core/logging.h"
#include "models/core/settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <QSysInfo>
#include <QtSql/QSqlDatabase>

namespace ta {

QString Diagnostics::report(const Settings &settings, const QString &extra)
{
    LogFile::flush();
    QString out;
    out += QStringLiteral("Tariff Audit diagnostics\n");
    out += QStringLiteral("created: %1\n").arg(QDateTime::currentDateTime().toString(Qt::ISODate));
    out += QStringLiteral("version: %1\n").arg(QCoreApplication::applicationVersion());
    out +=
        QStringLiteral("qt: %1 (built with %2)\n").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    out += QStringLiteral("os: %1, %2\n").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    out += QStringLiteral("sql drivers: %1\n").arg(QSqlDatabase::drivers().join(QLatin1Char(' ')));
    out += QStringLiteral("\n[settings: %1]\n").arg(settings.fileName());
    out += settings.dump();
    if (!extra.isEmpty())
        out += QStringLiteral("\n[session]\n") + extra + QLatin1Char('\n');
    const QStringList logs = LogFile::files();
    for (const QString &path : logs) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out += QStringLiteral("\n[log: %1]\n").arg(path);
        out += QString::fromUtf8(f.readAll());
    }
    return out;
}

Status Diagnostics::exportTo(const QString &path, const Settings &settings, const QString &extra)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            QCoreApplication::translate("ta::Diagnostics", "Cannot write %1: %2").arg(path, file.errorString()));
    file.write(report(settings, extra).toUtf8());
    if (!file.commit())
        return Status::failure(
            QCoreApplication::translate("ta::Diagnostics", "Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

} // namespace ta
