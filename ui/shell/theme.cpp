#include "ui/shell/theme.h"

#include "models/core/logging.h"
#include "ui/common/touchinput.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QIcon>
#include <QLineEdit>
#include <QProxyStyle>
#include <QStyle>

namespace ta {

namespace {

// The platform's look, without letters underlined for desktop keyboard shortcuts (Alt still reaches them),
// with text fields' clear buttons a finger can hit.
class TouchStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == SH_UnderlineShortcut)
            return 0;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override
    {
        // A text field's clear button is sized by its icon: large enough to be hit with a finger.
        if (metric == PM_SmallIconSize && qobject_cast<const QLineEdit *>(widget))
            return 42;
        return QProxyStyle::pixelMetric(metric, option, widget);
    }
};

} // namespace

void Theme::apply(QApplication &app)
{
    if (!dynamic_cast<TouchStyle *>(app.style()))
        app.setStyle(new TouchStyle(app.style()->name()));
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
