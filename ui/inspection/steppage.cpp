#include "ui/inspection/steppage.h"

#include "models/core/clock.h"
#include "models/core/money.h"
#include "models/core/words.h"
#include "ui/common/cameradialog.h"
#include "ui/common/messagebox.h"

#include <QBuffer>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTimer>

namespace ta {

StepPage::StepPage(QWidget *parent) : QWidget(parent)
{
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void StepPage::setSession(InspectionSession *session)
{
    m_session = session;
    if (m_session)
        populate();
}

void StepPage::populate()
{
    if (!m_session)
        return;
    m_loading = true;
    show(m_session->draft());
    m_loading = false;
    refresh();
}

void StepPage::edited(const QString &mergeKey)
{
    if (m_loading || !m_session)
        return;
    m_session->edit([this](Inspection &d) { collect(d); }, mergeKey);
}

void StepPage::showOutcome(const char *checkId)
{
    if (!m_session)
        return;
    const auto outcome = m_session->outcomeOf(QLatin1StringView(checkId));
    if (!outcome) {
        m_result->setText(outcome.error());
        return;
    }
    const Words words;
    QString text = Checks::conclusion(outcome.value(), words);
    if (outcome->change)
        text +=
            QLatin1Char('\n') + tr("At stake: %1 a month, %2 over the recovery period.")
                                    .arg(money::format(outcome->monthlyImpact), money::format(outcome->yearlyImpact));
    m_result->setText(text);
}

void StepPage::addPicture(const QString &kind)
{
    if (!m_session)
        return;
    // The tablet's camera in the app; a picture from a file when there is no camera, or when asked for.
    if (!CameraDialog::hasCamera()) {
        addPictureFromFile(kind);
        return;
    }
    auto *camera = new CameraDialog(tr("Add a photo"), window());
    connect(camera, &CameraDialog::imageTaken, this, [this, kind](const QImage &image) {
        if (!m_session)
            return;
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 92);
        const QString caption =
            tr("Taken at %1").arg(m_session->environment().clock->now().toString(QStringLiteral("HH:mm dd/MM/yyyy")));
        if (auto item = m_session->addPictureData(jpeg, kind, caption); !item)
            MessageBox::warning(this, tr("Add a photo"), item.error());
    });
    connect(camera, &CameraDialog::fileRequested, this,
            [this, kind] { QTimer::singleShot(0, this, [this, kind] { addPictureFromFile(kind); }); });
    MessageBox::showDialog(camera);
}

void StepPage::addPictureFromFile(const QString &kind)
{
    if (!m_session)
        return;
    const QString path = FileDialog::openFileName(this, tr("Add a photo"),
                                                  QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                                  tr("Pictures (*.jpg *.jpeg *.png)"));
    if (path.isEmpty())
        return;
    if (auto item = m_session->addPicture(path, kind, QFileInfo(path).completeBaseName()); !item)
        MessageBox::warning(this, tr("Add a photo"), item.error());
}

void StepPage::focusFirstEmptyField()
{
    // The focus chain is the order of the fields on the page.
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (!isAncestorOf(w))
            continue;
        auto *field = qobject_cast<QLineEdit *>(w);
        if (field && field->isVisibleTo(this) && field->isEnabled() && !field->isReadOnly() &&
            field->text().isEmpty()) {
            field->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void StepPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_session)
            refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace ta
