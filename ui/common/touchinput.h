#pragma once

// Fields a finger types numbers into: the on-screen keyboard's digit layout, at least 44 px high, either
// decimal mark accepted, spaces and thousands dots ignored. One place for every screen that takes numbers.

#include <QString>

#include <optional>

class QAbstractScrollArea;
class QApplication;
class QHeaderView;
class QLineEdit;
class QWidget;

namespace ta::touch {

inline constexpr int MinimumHeight = 44;

/// A finger dragged across @p area scrolls it, with momentum (QScroller on its viewport).
void enableKineticScrolling(QAbstractScrollArea *area);
/// Widens the columns of @p header whose title would be cut (never narrows one, leaves stretching ones).
/// Done for every header when it is shown and when the language changes; call it after setting widths.
void fitHeaderTexts(QHeaderView *header);
/// A widget that draws with the finger (a signature pad) calls this when a touch begins on it: the pages
/// around it do not scroll with that stroke.
void holdScrolling(QWidget *widget);
/// Every scrollable view of the application, now and later (lists, tables, pages, pop-ups), scrolls so;
/// a number field shows no arrows (the keypad opens on it) and, tapped, has its value selected, so that the
/// digits typed replace it.
void installKineticScrolling(QApplication &app);

/// A number field named @p name; @p decimals allows a fraction.
QLineEdit *numberField(QWidget *parent, const char *name, bool decimals);
/// "2,5" or "2.5" → 2.5; empty or unreadable → nothing.
std::optional<double> parseNumber(const QString &text);
/// "15 310" or "15.310" → 15310; empty or unreadable → nothing.
std::optional<qint64> parseWhole(const QString &text);

} // namespace ta::touch
