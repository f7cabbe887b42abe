#include "ui/common/touchinput.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScroller>
#include <QStyledItemDelegate>
#include <QTimer>

namespace ta::touch {

void enableKineticScrolling(QAbstractScrollArea *area)
{
    QWidget *viewport = area->viewport();
    if (!viewport || viewport->property("kineticScrolling").toBool())
        return;
    viewport->setProperty("kineticScrolling", true);
    QScroller::grabGesture(viewport, QScroller::TouchGesture);
    QScroller *scroller = QScroller::scroller(viewport);
    QScrollerProperties properties = scroller->scrollerProperties();
    // The page moves with the finger at once; no rubber band at the ends of a form.
    properties.setScrollMetric(QScrollerProperties::DragStartDistance, 0.004);
    properties.setScrollMetric(QScrollerProperties::HorizontalOvershootPolicy,
                               QVariant::fromValue(QScrollerProperties::OvershootAlwaysOff));
    properties.setScrollMetric(QScrollerProperties::VerticalOvershootPolicy,
                               QVariant::fromValue(QScrollerProperties::OvershootAlwaysOff));
    scroller->setScrollerProperties(properties);
    // Item views scroll by pixels, so that a drag follows the finger rather than jumping by rows.
    if (auto *view = qobject_cast<QAbstractItemView *>(area)) {
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    }
}

void fitHeaderTexts(QHeaderView *header)
{
    if (!header || !header->model())
        return;
    for (int i = 0; i < header->count(); ++i) {
        if (header->isSectionHidden(i) || header->sectionResizeMode(i) == QHeaderView::Stretch ||
            header->sectionResizeMode(i) == QHeaderView::ResizeToContents)
            continue;
        const int needed = header->sectionSizeHint(i);
        if (header->sectionSize(i) < needed)
            header->resizeSection(i, needed);
    }
}

void holdScrolling(QWidget *widget)
{
    for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (QScroller::hasScroller(w))
            QScroller::scroller(w)->stop();
    }
}

namespace {

class KineticScrolling : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Polish) {
            if (auto *area = qobject_cast<QAbstractScrollArea *>(watched))
                enableKineticScrolling(area);
            // The pop-up's rows follow the style sheet (44 px) only with a styled delegate.
            if (auto *combo = qobject_cast<QComboBox *>(watched);
                combo && !qobject_cast<QStyledItemDelegate *>(combo->itemDelegate()))
                combo->setItemDelegate(new QStyledItemDelegate(combo));
            // Arrows a finger cannot hit give way to the keypad: a number field opens the digits.
            if (auto *spin = qobject_cast<QAbstractSpinBox *>(watched);
                spin && !qobject_cast<QDateTimeEdit *>(watched)) {
                spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
                spin->setInputMethodHints(spin->inputMethodHints() | Qt::ImhFormattedNumbersOnly);
            }
        } else if (event->type() == QEvent::Show || event->type() == QEvent::LanguageChange) {
            // Column titles whole, in either language (the models give their new titles on the same turn).
            if (auto *header = qobject_cast<QHeaderView *>(watched))
                QTimer::singleShot(0, header, [header] { fitHeaderTexts(header); });
        } else if (event->type() == QEvent::FocusIn) {
            // A number tapped is a number replaced: the digits typed next take the old value's place.
            if (auto *spin = qobject_cast<QAbstractSpinBox *>(watched))
                QTimer::singleShot(0, spin, &QAbstractSpinBox::selectAll);
        }
        return false;
    }
};

} // namespace

void installKineticScrolling(QApplication &app)
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    app.installEventFilter(new KineticScrolling(&app));
}

QLineEdit *numberField(QWidget *parent, const char *name, bool decimals)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(QLatin1StringView(name));
    field->setInputMethodHints(decimals ? Qt::ImhFormattedNumbersOnly : Qt::ImhDigitsOnly);
    field->setValidator(new QRegularExpressionValidator(
        QRegularExpression(decimals ? QStringLiteral("-?[0-9 ]*[.,]?[0-9]*") : QStringLiteral("[0-9 .]*")), field));
    field->setMinimumHeight(MinimumHeight);
    return field;
}

std::optional<double> parseNumber(const QString &text)
{
    QString t = text.trimmed().remove(QLatin1Char(' '));
    if (t.isEmpty())
        return std::nullopt;
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

std::optional<qint64> parseWhole(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(' ')).remove(QLatin1Char('.'));
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

} // namespace ta::touch
