#include "ui/common/recordviewer.h"

#include "ui/common/messagebox.h"
#include "ui/common/touchinput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QVBoxLayout>

namespace ta {

namespace {

QString loadError(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::None:
        return {};
    case QPdfDocument::Error::FileNotFound:
        return RecordViewer::tr("The file was not found.");
    case QPdfDocument::Error::InvalidFileFormat:
        return RecordViewer::tr("The file is not a readable PDF.");
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return RecordViewer::tr("The file is protected by a password.");
    case QPdfDocument::Error::DataNotYetAvailable:
    case QPdfDocument::Error::Unknown:
        break;
    }
    return RecordViewer::tr("The file could not be read.");
}

} // namespace

RecordViewer::RecordViewer(const QString &path, const QString &title, const QString &copyName, QWidget *parent)
    : QDialog(parent), m_path(path), m_copyName(copyName)
{
    setObjectName(QStringLiteral("recordViewer"));
    setWindowTitle(title);
    m_document = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("recordView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setPageSpacing(12);
    m_view->setDocumentMargins(QMargins(12, 12, 12, 12));
    touch::enableKineticScrolling(m_view);

    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("recordViewerPage"));
    m_zoomOut = new QPushButton(QStringLiteral("−"), this);
    m_zoomOut->setObjectName(QStringLiteral("recordViewerZoomOut"));
    m_zoomIn = new QPushButton(QStringLiteral("+"), this);
    m_zoomIn->setObjectName(QStringLiteral("recordViewerZoomIn"));
    for (QPushButton *b : {m_zoomOut, m_zoomIn})
        b->setMinimumSize(touch::MinimumHeight + 12, touch::MinimumHeight);
    m_save = new QPushButton(tr("Save a copy…"), this);
    m_save->setObjectName(QStringLiteral("recordViewerSave"));
    m_openExternally = new QPushButton(tr("Open in another app"), this);
    m_openExternally->setObjectName(QStringLiteral("recordViewerOpen"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("recordViewerClose"));
    m_close->setProperty("accent", true);
    m_close->setDefault(true);
    // Only when the system has an app for PDFs: a button that would do nothing is not shown.
    m_openExternally->setVisible(Desktop::canOpen(path));

    connect(m_zoomIn, &QPushButton::clicked, this, [this] {
        m_view->setZoomMode(QPdfView::ZoomMode::Custom);
        m_view->setZoomFactor(qMin(4.0, m_view->zoomFactor() * 1.25));
    });
    connect(m_zoomOut, &QPushButton::clicked, this, [this] {
        m_view->setZoomMode(QPdfView::ZoomMode::Custom);
        m_view->setZoomFactor(qMax(0.25, m_view->zoomFactor() / 1.25));
    });
    connect(m_save, &QPushButton::clicked, this, &RecordViewer::saveCopy);
    connect(m_openExternally, &QPushButton::clicked, this, [this] {
        if (!Desktop::openFile(m_path))
            MessageBox::warning(this, windowTitle(), tr("No app could open %1.").arg(QDir::toNativeSeparators(m_path)));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, &RecordViewer::updatePageLabel);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_pageLabel, 1);
    bar->addWidget(m_save);
    bar->addWidget(m_openExternally);
    bar->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(bar);
    resize(900, 760);

    const QPdfDocument::Error loaded = m_document->load(path);
    m_error = loadError(loaded);
    if (!m_error.isEmpty()) {
        m_error = tr("%1: %2").arg(QDir::toNativeSeparators(path), m_error);
        m_pageLabel->setText(m_error);
        m_pageLabel->setProperty("error", true);
        m_save->setEnabled(false);
        m_openExternally->hide();
    } else {
        updatePageLabel();
    }
}

RecordViewer::~RecordViewer()
{
    m_view->setDocument(nullptr);
}

bool RecordViewer::isLoaded() const
{
    return m_error.isEmpty() && m_document->status() == QPdfDocument::Status::Ready;
}

int RecordViewer::pageCount() const
{
    return m_document->pageCount();
}

void RecordViewer::updatePageLabel()
{
    if (!isLoaded())
        return;
    m_pageLabel->setText(
        tr("Page %1 of %2").arg(m_view->pageNavigator()->currentPage() + 1).arg(m_document->pageCount()));
}

void RecordViewer::saveCopy()
{
    saveCopyOf(this, m_path, m_copyName);
}

bool RecordViewer::saveCopyOf(QWidget *parent, const QString &path, const QString &copyName)
{
    const QString title = tr("Save a copy of the record");
    const QString target = FileDialog::saveFileName(parent, title, copyName, tr("PDF documents (*.pdf)"));
    if (target.isEmpty() || QFileInfo(target).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        return false;
    // Whole or not at all: a copy that fails half-way leaves what was there before.
    QFile source(path);
    QSaveFile copy(target);
    if (!source.open(QIODevice::ReadOnly) || !copy.open(QIODevice::WriteOnly) || copy.write(source.readAll()) < 0 ||
        !copy.commit()) {
        MessageBox::warning(parent, title,
                            tr("%1 could not be copied to %2: %3")
                                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target),
                                     source.error() != QFile::NoError ? source.errorString() : copy.errorString()));
        return false;
    }
    MessageBox::information(parent, title, tr("Saved as %1.").arg(QDir::toNativeSeparators(target)));
    return true;
}

} // namespace ta
