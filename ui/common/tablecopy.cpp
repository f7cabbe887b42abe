#include "ui/common/tablecopy.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QMap>
#include <QTableView>

namespace ta {

QString TableCopy::selectedText(const QTableView *view)
{
    const QModelIndexList selected =
        view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList();
    if (selected.isEmpty())
        return {};
    QMap<int, QMap<int, QString>> cells;
    int firstColumn = selected.first().column(), lastColumn = firstColumn;
    for (const QModelIndex &i : selected) {
        cells[i.row()][i.column()] = i.data().toString();
        firstColumn = std::min(firstColumn, i.column());
        lastColumn = std::max(lastColumn, i.column());
    }
    QStringList lines;
    const QAbstractItemModel *model = view->model();
    const bool wholeRows = firstColumn == 0 && lastColumn == model->columnCount() - 1;
    if (wholeRows) {
        QStringList header;
        for (int c = firstColumn; c <= lastColumn; ++c)
            header << model->headerData(c, Qt::Horizontal).toString();
        lines << header.join(QLatin1Char('\t'));
    }
    for (auto row = cells.cbegin(); row != cells.cend(); ++row) {
        QStringList line;
        for (int c = firstColumn; c <= lastColumn; ++c)
            line << row.value().value(c);
        lines << line.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void TableCopy::enable(QTableView *view)
{
    auto *copy = new QAction(QCoreApplication::translate("ta::TableCopy", "Copy"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view,
                     [view] { QApplication::clipboard()->setText(selectedText(view)); });
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace ta
