#include "ui/shell/theme.h"

#include "models/core/logging.h"

#include <QApplication>
#include <QFile>
#include <QFont>

namespace ta {

void Theme::apply(QApplication &app)
{
    QFont font = app.font();
    font.setPointSizeF(qMax(11.0, font.pointSizeF()));
    app.setFont(font);
    QFile sheet(QStringLiteral(":/style/tariffaudit.qss"));
    if (sheet.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(sheet.readAll()));
    else
        qCWarning(lcUi) << "Style sheet missing from the resources";
}

} // namespace ta
