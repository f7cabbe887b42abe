#include "app/gui/screentour.h"

#include "models/core/language.h"
#include "models/core/logging.h"
#include "models/customers/customerlistmodel.h"
#include "models/workspace/session.h"
#include "ui/common/messagebox.h"
#include "ui/inspection/inspectionflow.h"
#include "ui/inspection/inspectionspage.h"
#include "ui/settings/settingspage.h"
#include "ui/shell/mainwindow.h"
#include "ui/worklist/worklistpage.h"

#include <QDialog>

#include <QCheckBox>
#include <QPushButton>
#include <QTabWidget>

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTimer>

namespace ta {

ScreenTour::ScreenTour(MainWindow &window, Session &session, Language &language, QString folder, QObject *parent)
    : QObject(parent), m_window(window), m_session(session), m_language(language), m_folder(std::move(folder))
{
}

void ScreenTour::start()
{
    QDir().mkpath(m_folder);
    using Page = MainWindow::Page;
    const std::pair<Page, const char *> pages[] = {
        {Page::Practice, "practice"}, {Page::Worklist, "worklist"}, {Page::Inspections, "inspections"},
        {Page::Outbox, "outbox"},     {Page::Review, "review"},     {Page::Dashboards, "dashboards"},
        {Page::Settings, "settings"},
    };
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        m_steps.push_back([this, lang] {
            m_language.apply(lang);
            if (!m_session.isTraining())
                m_window.setTrainingMode(true);
            m_session.signOut();
        });
        m_steps.push_back([this, lang] { shoot(QStringLiteral("signin-training-%1").arg(lang)); });
        m_steps.push_back([this] {
            for (const Profile &p : m_session.workspace()->profiles().profiles()) {
                if (p.role == Role::Trainer)
                    m_session.signIn(p.id, TrainingData::pin());
            }
        });
        for (const auto &[page, name] : pages) {
            const QString file = QStringLiteral("%1-%2").arg(QLatin1StringView(name), lang);
            m_steps.push_back([this, p = page] { m_window.showPage(p); });
            m_steps.push_back([this, file] { shoot(file); });
        }
        // The customer at the top of the worklist, in its own window.
        m_steps.push_back([this] {
            WorklistPage *worklist = m_window.worklistPage();
            worklist->openCustomer(worklist->model()->index(0, 0));
        });
        m_steps.push_back([this, lang] {
            if (QDialog *detail = MessageBox::lastDialog()) {
                detail->grab().save(QDir(m_folder).filePath(QStringLiteral("customer-%1.png").arg(lang)));
                detail->reject();
            }
        });
        // An inspection of that customer, each of its steps.
        m_steps.push_back([this] {
            WorklistPage *worklist = m_window.worklistPage();
            const QString code =
                worklist->model()->data(worklist->model()->index(0, 0), CustomerListModel::CodeRole).toString();
            if (m_window.showPage(MainWindow::Page::Inspections) && m_window.inspectionsPage()->startFor(code)) {
                // Every check, so that every step is on a picture.
                for (QCheckBox *box : m_window.inspectionsPage()->flow()->findChildren<QCheckBox *>()) {
                    if (box->objectName().startsWith(QLatin1StringView("check-")) && !box->isChecked())
                        box->click();
                }
            }
        });
        for (int step = 0; step < InspectionSession::StepCount; ++step) {
            m_steps.push_back([this, step] {
                InspectionFlow *flow = m_window.inspectionsPage()->flow();
                flow->goTo(InspectionSession::Step(step));
                if (InspectionSession::Step(step) == InspectionSession::Step::Ratio &&
                    flow->draft().ratio.appliances.empty()) {
                    for (const char *pick : {"pick1", "pick2", "pick4"}) {
                        if (auto *b = flow->stepPage(InspectionSession::Step::Ratio)
                                          ->findChild<QPushButton *>(QLatin1StringView(pick)))
                            b->click();
                    }
                }
            });
            m_steps.push_back([this, step, lang] {
                if (m_window.inspectionsPage()->flow()->currentStep() == InspectionSession::Step(step))
                    shoot(QStringLiteral("inspect-%1-%2").arg(step + 1).arg(lang));
            });
        }
        m_steps.push_back([this] { Q_EMIT m_window.inspectionsPage()->flow()->closeRequested(); });
        m_steps.push_back([this, lang] { shoot(QStringLiteral("inspections-list-%1").arg(lang)); });
        m_steps.push_back([this] {
            m_window.showPage(MainWindow::Page::Settings);
            m_window.settingsPage()->tabs()->setCurrentIndex(1);
        });
        m_steps.push_back([this, lang] { shoot(QStringLiteral("tariffs-%1").arg(lang)); });
        m_steps.push_back([this] { m_window.settingsPage()->tabs()->setCurrentIndex(0); });
        m_steps.push_back([this] { m_window.lock(); });
        m_steps.push_back([this, lang] { shoot(QStringLiteral("locked-%1").arg(lang)); });
        m_steps.push_back([this] { m_window.setTrainingMode(false); });
        m_steps.push_back([this, lang] { shoot(QStringLiteral("real-workspace-%1").arg(lang)); });
    }
    QTimer::singleShot(300, this, &ScreenTour::next);
}

void ScreenTour::next()
{
    // Generating training customers runs in the background: wait for it before going on.
    if (m_window.isBusy()) {
        QTimer::singleShot(100, this, &ScreenTour::next);
        return;
    }
    if (m_step >= m_steps.size()) {
        qCInfo(lcApp) << "Screen tour saved to" << m_folder;
        QApplication::quit();
        return;
    }
    m_steps[m_step++]();
    QTimer::singleShot(250, this, &ScreenTour::next);
}

void ScreenTour::shoot(const QString &name)
{
    const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
    if (!m_window.grab().save(path))
        qCWarning(lcApp) << "Cannot save" << path;
}

} // namespace ta
