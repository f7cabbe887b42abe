#pragma once

#include <QWidget>

#include <functional>

class QLabel;

namespace ta {

/// A page whose capability is still to come: it says plainly what will appear there (never invented
/// figures).
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    /// @p describe returns the translated title and description; called again on language change.
    explicit PlaceholderPage(std::function<std::pair<QString, QString>()> describe, QWidget *parent = nullptr);
    QString description() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    std::function<std::pair<QString, QString>()> m_describe;
    QLabel *m_title;
    QLabel *m_description;
};

} // namespace ta
