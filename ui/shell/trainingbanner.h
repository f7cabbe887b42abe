#pragma once

#include <QLabel>

namespace ta {

/// The permanent "ĐÀO TẠO / TRAINING" band shown on every screen while the training workspace is open.
/// The mark itself is bilingual and never translated, so it reads the same whatever the language.
class TrainingBanner : public QLabel
{
    Q_OBJECT

public:
    explicit TrainingBanner(QWidget *parent = nullptr);
    static QString markText() { return QStringLiteral("ĐÀO TẠO / TRAINING"); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
};

} // namespace ta
