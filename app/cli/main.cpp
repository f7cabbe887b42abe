// tariff-audit-cli: batch work on the same core as the app, for branch IT, scripts and tests.
//
//   tariff-audit-cli generate --customers N --seed S --out FILE.csv [--last-month YYYYMM]
//   tariff-audit-cli bill --case FILE.json [--json]
//
// Exit codes: 0 success, 1 partial success (reported per command), 2 bad input or failure, nothing changed.

#include "app/cli/commands.h"
#include "app/common/startup.h"
#include "models/core/language.h"
#include "models/core/settings.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ta::startup::setIdentity();
    // Standard output is for results and standard error for problems: progress notes stay out of both.
    QLoggingCategory::setFilterRules(QStringLiteral("tariffaudit.*.info=false"));
    ta::Settings settings(ta::Settings::defaultPath());
    ta::Language language;

    // The language option is read before the command so that every message, usage included, uses it.
    QStringList args = app.arguments();
    QString lang;
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    if (langAt > 0 && langAt + 1 < args.size()) {
        lang = args.at(langAt + 1);
        args.remove(langAt, 2);
    }
    ta::startup::applyLanguage(language, settings, lang);
    return ta::cli::run(args);
}
