// Test helper for tst_mainwindow's crash test: opens the real window on the given workspace, signs in,
// starts an inspection of the customer and types into it through the real widgets, then kills its own
// process with SIGKILL (no destructor, no event loop, no flush) in the middle of the households step.
//   crash_helper REAL_ROOT TRAINING_ROOT SETTINGS_FILE PIN CUSTOMER_CODE

#include "models/core/clock.h"
#include "models/core/language.h"
#include "models/core/settings.h"
#include "models/security/secretstore.h"
#include "models/tariff/tarifflibrary.h"
#include "models/workspace/session.h"
#include "ui/common/messagebox.h"
#include "ui/inspection/inspectionflow.h"
#include "ui/inspection/inspectionspage.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <csignal>
#include <unistd.h>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 6)
        return 2;
    ta::MessageBox::setTestMode(true);
    ta::Settings settings(QString::fromLocal8Bit(argv[3]));
    ta::Language language;
    language.apply(QStringLiteral("vi"));
    ta::SystemClock clock;
    ta::Session session(settings, clock, QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]));
    if (!session.openWorkspace(ta::WorkspaceKind::Real))
        return 3;
    ta::TariffLibrary tariffs = ta::TariffLibrary::load();
    session.setTariffs(&tariffs);
    ta::InMemorySecretStore secrets;
    session.setSecretStore(&secrets);
    ta::MainWindow window(settings, language, session, tariffs);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 9;
    const auto profiles = session.workspace()->profiles().profiles();
    if (profiles.isEmpty() || !session.signIn(profiles.constFirst().id, QString::fromLocal8Bit(argv[4])).accepted())
        return 4;
    if (!window.showPage(ta::MainWindow::Page::Inspections) ||
        !window.inspectionsPage()->startFor(QString::fromLocal8Bit(argv[5])))
        return 5;
    ta::InspectionFlow *flow = window.inspectionsPage()->flow();
    flow->goTo(ta::InspectionSession::Step::Identify);
    QWidget *identify = flow->stepPage(ta::InspectionSession::Step::Identify);
    auto *reading = identify->findChild<QLineEdit *>(QStringLiteral("readingToday"));
    reading->setFocus();
    QTest::keyClicks(reading, QStringLiteral("15310"));
    flow->goTo(ta::InspectionSession::Step::Households);
    QWidget *households = flow->stepPage(ta::InspectionSession::Step::Households);
    QTest::mouseClick(households->findChild<QPushButton *>(QStringLiteral("addHousehold")), Qt::LeftButton);
    auto *table = households->findChild<QTableWidget *>(QStringLiteral("householdsTable"));
    table->item(0, 0)->setText(QStringLiteral("Tran Thi Lan")); // as the cell editor commits it
    auto *renters = households->findChild<QSpinBox *>(QStringLiteral("renterPersons"));
    renters->setFocus();
    QTest::keyClick(renters, Qt::Key_Up);
    QTest::keyClick(renters, Qt::Key_Up);
    // The autosave writes after a short pause in typing; the battery dies just after it.
    if (!QTest::qWaitFor([flow] { return !flow->session()->hasUnsavedChanges(); }, 5000))
        return 8;
    // The battery dies now.
    ::kill(::getpid(), SIGKILL);
    return 7;
}
