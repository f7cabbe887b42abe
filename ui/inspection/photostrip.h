#pragma once

// The photos one step took, as thumbnails beside its "Take a photo" button: how many, each with a button
// that takes it out again (Undo brings it back). Reads the session's evidence; holds none of its own.

#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace ta {

class InspectionSession;

class PhotoStrip : public QWidget
{
    Q_OBJECT

public:
    /// The photos of evidence kind @p kind ("photo", "meter-photo").
    explicit PhotoStrip(QString kind, QWidget *parent = nullptr);

    /// Shows the evidence of @p session's draft as it is now.
    void showFor(InspectionSession *session);
    int count() const { return int(m_shown.size()); }
    QPushButton *addButton() const { return m_add; }
    /// The delete button of the @p index-th thumbnail.
    QPushButton *removeButton(int index) const;
    void setAddText(const QString &text);

Q_SIGNALS:
    void addRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    QString m_kind;
    QPointer<InspectionSession> m_session; ///< the flow owns it; it goes when the inspection is closed
    QPushButton *m_add;
    QLabel *m_count;
    QHBoxLayout *m_thumbs;
    QStringList m_shown;                  ///< evidence file names on screen, in order
    QList<QPushButton *> m_removeButtons; ///< one per thumbnail
    QHash<QString, QPixmap> m_cache;      ///< thumbnails by evidence file name
};

} // namespace ta
