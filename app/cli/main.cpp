// tariff-audit-cli: batch work on the same core as the app, for branch IT, scripts and tests.
//
//   tariff-audit-cli generate --customers N --seed S --out FILE.csv [--last-month YYYYMM]
//   tariff-audit-cli bill --case FILE.json [--json]
//   tariff-audit-cli import FILE --db DB | search --db DB WORDS | prescreen --db DB
//   tariff-audit-cli inspect --profile NAME --customer CODE --answers FILE.json [--out DIR] [--json]
//   tariff-audit-cli verify PATH (--trusted-keys FILE | --profile NAME)
//   tariff-audit-cli enroll --profile NAME --link LINK [--wait SECONDS]
//   tariff-audit-cli sync --profile NAME [--json]
//
// Exit codes: 0 success, 1 partial success (reported per command), 2 bad input or failure, nothing changed.

#include "app/cli/commands.h"
#include "app/common/startup.h"
#include "models/core/language.h"
#include "models/core/settings.h"

#include <QGuiApplication>

#include <QLoggingCategory>
#include <memory>

int main(int argc, char **argv)
{
    // The signed record's PDF needs fonts and painting (QtGui), never a display: offscreen unless told.
    // Other commands stay a plain core application.
    bool drawsPdf = false;
    for (int i = 1; i < argc; ++i)
        drawsPdf = drawsPdf || qstrcmp(argv[i], "inspect") == 0;
    if (drawsPdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        drawsPdf ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
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
