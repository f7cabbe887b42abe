#pragma once

// Copying from a table the way a spreadsheet user expects: Ctrl+C (and the context menu's Copy) puts the
// selected cells on the clipboard as tab-separated lines, with the column headers when whole rows are
// selected, so the figures paste into a spreadsheet.

#include <QString>

class QTableView;

namespace ta {

class TableCopy
{
public:
    static void enable(QTableView *view);
    /// The selected cells of @p view as tab-separated lines.
    static QString selectedText(const QTableView *view);
};

} // namespace ta
