#pragma once

// The scenario card: what the trainee finds at the door (the story, the facts and a picture of the meter on
// the wall with its serial and display), with the scenario's title and level (the learning goal comes with
// the score). Shown on the practice page and beside the inspection while a scenario is
// worked through.

#include <QFrame>
#include <QImage>

#include <optional>

class QLabel;

namespace ta {

struct Scenario;

class ScenarioCard : public QFrame
{
    Q_OBJECT

public:
    explicit ScenarioCard(QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario);
    void clear();
    QString text() const;

    static QString levelName(int difficulty);
    /// The meter on the wall: its display with @p reading (dashes when none) and its serial plate.
    static QImage meterPicture(const QString &serial, std::optional<qint64> reading, bool threeRate);
    static QString campaignName(const QString &campaign);

private:
    QLabel *m_body;
    QLabel *m_meter;
};

} // namespace ta
