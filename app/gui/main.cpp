// tariff-audit: the Qt Widgets application for inspectors, branch leaders and trainers.
//
//   tariff-audit [--training] [--lang vi|en] [--tour DIR]
//
// --training opens straight in training mode; --tour DIR saves a screenshot of every main screen in both
// languages into DIR and quits (scripts/screenshots.sh runs it under Xvfb).

#include "app/common/startup.h"
#include "app/gui/screentour.h"
#include "models/core/clock.h"
#include "models/core/language.h"
#include "models/core/logging.h"
#include "models/core/settings.h"
#include "models/security/secretstore.h"
#include "models/tariff/tarifflibrary.h"
#include "models/workspace/session.h"
#include "ui/common/messagebox.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    ta::startup::setIdentity();

    ta::Settings settings(ta::Settings::defaultPath());
    ta::startup::startLogFile(settings);
    ta::Language language;
    // The language is applied before the options are described, so --help speaks it too.
    const QStringList args = app.arguments();
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    ta::startup::applyLanguage(language, settings,
                               langAt > 0 && langAt + 1 < args.size() ? args.at(langAt + 1) : QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Tariff Audit"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption training(QStringLiteral("training"),
                                      QCoreApplication::translate("main", "Start in training mode."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "Interface language for this run: vi or en."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption tour(
        QStringLiteral("tour"),
        QCoreApplication::translate("main", "Save screenshots of the main screens into DIR, then quit."),
        QStringLiteral("DIR"));
    parser.addOptions({training, lang, tour});
    parser.process(app);
    ta::Theme::apply(app);
    qCInfo(ta::lcApp) << "Tariff Audit" << QCoreApplication::applicationVersion() << "starting";

    ta::SystemClock clock;
    ta::Session session(settings, clock, ta::Workspace::defaultRoot(ta::WorkspaceKind::Real),
                        ta::Workspace::defaultRoot(ta::WorkspaceKind::Training));
    const bool startTraining = parser.isSet(training) || parser.isSet(tour);
    const ta::Status opened =
        session.openWorkspace(startTraining ? ta::WorkspaceKind::Training : ta::WorkspaceKind::Real);

    ta::TariffLibrary tariffs = ta::TariffLibrary::load(ta::TariffLibrary::defaultUserFolder());
    tariffs.applySettings(settings);
    session.setTariffs(&tariffs);
    ta::KeychainSecretStore keychain; // signing keys live in the system keychain only
    session.setSecretStore(&keychain);
    ta::MainWindow window(settings, language, session, tariffs);
    if (!opened)
        ta::MessageBox::warning(&window, QCoreApplication::translate("main", "Tariff Audit"), opened.error());
    const QSize available = window.screen() ? window.screen()->availableSize() : QSize(1280, 800);
    window.resize(available.boundedTo(QSize(1280, 800)));
    window.show();

    if (parser.isSet(tour)) {
        auto *screenTour = new ta::ScreenTour(window, session, language, parser.value(tour), &app);
        QTimer::singleShot(0, screenTour, &ta::ScreenTour::start);
    }
    return app.exec();
}
