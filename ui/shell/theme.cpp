#include "ui/shell/theme.h"

#include "models/core/logging.h"
#include "ui/common/touchinput.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QIcon>

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
    touch::installKineticScrolling(app);
    // The application's icon on its windows, and the desktop entry it belongs to (the same icon in menus).
    QIcon icon;
    for (int size : {32, 64, 256})
        icon.addFile(QStringLiteral(":/icons/app-%1.png").arg(size), QSize(size, size));
    app.setWindowIcon(icon);
    QGuiApplication::setDesktopFileName(QStringLiteral("vn.tariff_audit.TariffAudit"));
}

} // namespace ta
