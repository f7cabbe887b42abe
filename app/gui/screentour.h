#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <vector>

namespace ta {
class Language;
class Session;
} // namespace ta

namespace ta {
class MainWindow;
}

namespace ta {

/// Walks the real main window through its screens in both languages and saves a PNG of each, then quits.
/// Used by scripts/screenshots.sh under Xvfb so people can look at what the app shows.
class ScreenTour : public QObject
{
    Q_OBJECT

public:
    ScreenTour(MainWindow &window, Session &session, Language &language, QString folder, QObject *parent = nullptr);
    void start();

private:
    void next();
    void shoot(const QString &name);

    MainWindow &m_window;
    Session &m_session;
    Language &m_language;
    QString m_folder;
    std::vector<std::function<void()>> m_steps;
    std::size_t m_step = 0;
};

} // namespace ta
