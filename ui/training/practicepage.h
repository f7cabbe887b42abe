#pragma once

// Practice (training mode only): the built-in scenarios with the trainee's best score, the scenario card,
// Start (a fresh attempt in the real inspection flow), a demonstration for the classroom, the exams set and
// how the trainee stands in each, the trainee's score sheet as PDF or CSV and the score file to hand to a
// trainer. A trainer also sees the class (every score book of this device and those imported from other
// tablets: scores, the rule most missed, each exam passed or not) and sets exams.

#include "models/training/scenario.h"
#include "models/training/scorebook.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace ta {

class ScenarioCard;
class Session;
class TariffLibrary;

class PracticePage : public QWidget
{
    Q_OBJECT

public:
    PracticePage(Session &session, const TariffLibrary &tariffs, QWidget *parent = nullptr);

    /// Re-reads the scenarios and the signed-in trainee's score book.
    void reload();
    const std::vector<Scenario> &scenarios() const { return m_scenarios; }
    /// Starts an attempt at scenario @p id; emits started() with the draft on success.
    bool start(const QString &id);
    /// The scenario of an attempt under way in the draft @p draftId, if it is one.
    const Scenario *scenarioOfDraft(const QString &draftId) const;
    /// Scores the signed record @p recordId when it closes an attempt and shows the score; returns whether it
    /// was an attempt.
    bool recordSigned(const QString &recordId);
    const ScoreBook &book() const { return m_book; }

    QTreeWidget *scenarioList() const { return m_list; }
    ScenarioCard *card() const { return m_card; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *csvButton() const { return m_csv; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *demoButton() const { return m_demo; }
    QPushButton *newExamButton() const { return m_newExam; }
    QPushButton *importScenarioButton() const { return m_importScenario; }
    QLabel *examsLabel() const { return m_exams; }
    const std::vector<Exam> &exams() const { return m_examList; }
    QTableWidget *classTable() const { return m_class; }

Q_SIGNALS:
    /// An attempt began: open the draft @p draftId in the inspection flow, with the scenario's card beside it.
    void started(const QString &draftId, const QString &scenarioId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QString bookPath() const;
    const Scenario *selected() const;
    void fillList();
    void fillClass();
    void updateSelection();
    void showScore(const Scenario &scenario, const ScoreSheet &sheet);
    void exportPdf();
    void exportCsv();
    void exportBook();
    void importBook();
    void showDemo();
    void newExam();
    void importScenario();
    void fillExams();
    void retranslateUi();

    Session &m_session;
    const TariffLibrary &m_tariffs;
    std::vector<Scenario> m_scenarios;
    ScoreBook m_book;
    QLabel *m_summary;
    QTreeWidget *m_list;
    ScenarioCard *m_card;
    QPushButton *m_start;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    QPushButton *m_export;
    QLabel *m_classTitle;
    QTableWidget *m_class;
    QPushButton *m_import;
    QPushButton *m_demo;
    QPushButton *m_newExam;
    QPushButton *m_importScenario;
    QLabel *m_exams;
    std::vector<Exam> m_examList;
};

} // namespace ta
