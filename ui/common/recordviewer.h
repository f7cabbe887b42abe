#pragma once

// A record's PDF shown in the app (QtPdf), on the tablet itself: the pages one under the other, fitted to
// the width, scrolled with a finger; "Save a copy…" and, only when the system has a PDF viewer, "Open in
// another app". Used for the preview the customer reads before signing and for signed records.

#include <QDialog>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;

namespace ta {

class RecordViewer : public QDialog
{
    Q_OBJECT

public:
    /// Shows the PDF at @p path under @p title; @p copyName is the file name a saved copy proposes.
    RecordViewer(const QString &path, const QString &title, const QString &copyName, QWidget *parent = nullptr);
    ~RecordViewer() override;

    /// Whether the file could be read; when not, error() says why (the dialog shows it too).
    bool isLoaded() const;
    QString error() const { return m_error; }
    int pageCount() const;
    QPdfView *view() const { return m_view; }
    QPdfDocument *document() const { return m_document; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *openExternallyButton() const { return m_openExternally; }
    QString path() const { return m_path; }

    /// Asks where, then copies the PDF at @p path there (whole or not at all); says what happened.
    static bool saveCopyOf(QWidget *parent, const QString &path, const QString &copyName);

private:
    void saveCopy();
    void updatePageLabel();

    QString m_path;
    QString m_copyName;
    QString m_error;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QLabel *m_pageLabel;
    QPushButton *m_save;
    QPushButton *m_openExternally;
    QPushButton *m_zoomIn;
    QPushButton *m_zoomOut;
    QPushButton *m_close;
};

} // namespace ta
