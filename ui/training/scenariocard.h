#pragma once

// The scenario card: what the trainee finds at the door (the story and the facts), with the scenario's
// title, level and learning goal. Shown on the practice page and beside the inspection while a scenario is
// worked through.

#include <QFrame>

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
    static QString campaignName(const QString &campaign);

private:
    QLabel *m_body;
};

} // namespace ta
