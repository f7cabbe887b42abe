#pragma once

// The inspector's inspections: drafts (resume where you stopped) and signed records (open the PDF, verify,
// correct), newest first, read lazily from the data file; an inspection starts from a customer (the
// worklist's "Inspect") or from the meter serial typed in. The guided flow opens in place.

#include "models/core/result.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace ta {

class InspectionFlow;
class InspectionListModel;
class InspectionSession;
class ScenarioCard;
class Session;
struct Scenario;
class Settings;

class InspectionsPage : public QWidget
{
    Q_OBJECT

public:
    InspectionsPage(Session &session, Settings &settings, QWidget *parent = nullptr);

    /// Opens the customer's draft, or starts one with the checks its warnings call for.
    bool startFor(const QString &customerCode);
    /// Starts from a meter serial as printed on the meter.
    bool startForSerial(const QString &serial);
    /// Opens the draft @p draftId (a practice attempt just started).
    bool resume(const QString &draftId);
    /// Training: which drafts are scenario attempts; their scenario's card shows beside the flow.
    void setScenarioLookup(std::function<const Scenario *(const QString &draftId)> lookup);
    ScenarioCard *scenarioCard() const { return m_card; }
    void reload();
    /// Lets go of the data file's connection (it is about to close) and leaves the flow.
    void release();
    bool isFlowOpen() const;

    InspectionFlow *flow() const { return m_flow; }
    InspectionListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *serialField() const { return m_serial; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *openPdfButton() const { return m_openPdf; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *savePdfButton() const { return m_savePdf; }
    QPushButton *correctButton() const { return m_correct; }
    QPushButton *verifyButton() const { return m_verify; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool openSession(Result<std::unique_ptr<InspectionSession>> session, const QString &title);
    QString selectedId() const;
    QString selectedStatus() const;
    void resumeSelected();
    void discardSelected();
    void openSelectedPdf();
    /// The record's PDF in the app's viewer (share or open elsewhere from there).
    void showRecord(const QString &pdf, const QString &number);
    bool rewriteSelectedFolder();
    void saveSelectedPdf();
    void correctSelected();
    void verifySelected();
    /// The record folder of the selected record (records/<number>).
    QString selectedFolder() const;
    void showList();
    void retranslateUi();

    Session &m_session;
    Settings &m_settings;
    QStackedWidget *m_stack;
    QWidget *m_list;
    InspectionFlow *m_flow;
    ScenarioCard *m_card;
    std::function<const Scenario *(const QString &)> m_scenarioOf;
    InspectionListModel *m_model;
    QTableView *m_table;
    QLineEdit *m_serial;
    QPushButton *m_start;
    QPushButton *m_resume;
    QPushButton *m_discard;
    QPushButton *m_openPdf;
    QPushButton *m_savePdf;
    QPushButton *m_correct;
    QPushButton *m_verify;
    QLabel *m_hint;
};

} // namespace ta
