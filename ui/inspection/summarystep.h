#pragma once

// The last step: every check with its legal basis and money, the proposal, the customer's statement,
// photos, and the signatures drawn on screen (the customer's, or a witness's when the customer refuses,
// and the inspector's); "Sign the record" when nothing is missing.

#include "ui/inspection/steppage.h"

#include <memory>

class QCheckBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTemporaryDir;
class QTextBrowser;

namespace ta {

class PhotoStrip;
class SignaturePad;

class SummaryStep : public StepPage
{
    Q_OBJECT

public:
    explicit SummaryStep(QWidget *parent = nullptr);
    ~SummaryStep() override;
    void refresh() override;

    SignaturePad *customerPad() const { return m_pads[0]; }
    SignaturePad *inspectorPad() const { return m_pads[1]; }
    SignaturePad *witnessPad() const { return m_pads[2]; }
    QPushButton *finaliseButton() const { return m_finalise; }
    QPushButton *previewButton() const { return m_preview; }
    QString summaryText() const;

Q_SIGNALS:
    void finaliseRequested();

protected:
    void collect(Inspection &draft) const override;
    void show(const Inspection &draft) override;
    void retranslate() override;

private:
    void signatureDrawn(int signer);
    void showPreview();

    QTextBrowser *m_summary;
    QPlainTextEdit *m_statement;
    QLabel *m_statementLabel;
    PhotoStrip *m_photos;
    QPushButton *m_preview;
    std::unique_ptr<QTemporaryDir> m_previewFolder;
    SignaturePad *m_pads[3] = {};
    QString m_padFile[3]; ///< the evidence file of the drawing on each pad, empty when the pad shows none
    QGroupBox *m_customerBox;
    QGroupBox *m_inspectorBox;
    QCheckBox *m_refused;
    QWidget *m_refusalFields;
    QLineEdit *m_refusalReason;
    QLineEdit *m_witnessName;
    QGroupBox *m_witnessBox;
    QLabel *m_signedState;
    QPushButton *m_finalise;
};

} // namespace ta
