#include "ui/shell/trainingbanner.h"

#include <QEvent>

namespace ta {

TrainingBanner::TrainingBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("trainingBanner"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    retranslateUi();
}

void TrainingBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLabel::changeEvent(event);
}

void TrainingBanner::retranslateUi()
{
    setText(QStringLiteral("<b>%1</b> &nbsp;·&nbsp; %2")
                .arg(markText(), tr("Generated customers for practice only. Nothing here is real or leaves "
                                    "this device.")));
}

} // namespace ta
