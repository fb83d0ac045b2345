#include "views/panes/rowmover.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPersistentModelIndex>

RowMover::RowMover(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
    , m_up(new QAction(view))
    , m_down(new QAction(view))
{
    view->setDragEnabled(true);
    view->setAcceptDrops(true);
    view->setDropIndicatorShown(true);
    view->setDragDropMode(QAbstractItemView::InternalMove);
    view->setDefaultDropAction(Qt::MoveAction);
    view->setDragDropOverwriteMode(false);
    for (QAction *action : {m_up, m_down}) {
        action->setShortcut(action == m_up ? upKeys() : downKeys());
        action->setShortcutContext(Qt::WidgetShortcut); // the list's own keys
        action->setShortcutVisibleInContextMenu(true);
        view->addAction(action);
    }
    connect(m_up, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_down, &QAction::triggered, this, [this] { moveCurrent(1); });
}

void RowMover::addToMenu(QMenu *menu, int row, const MenuEntry &up, const MenuEntry &down)
{
    for (const int by : {-1, 1}) {
        const MenuEntry &entry = by < 0 ? up : down;
        QAction *action = menu->addAction(entry.text);
        action->setObjectName(entry.objectName);
        action->setShortcut(by < 0 ? upKeys() : downKeys());
        action->setShortcutVisibleInContextMenu(true);
        action->setEnabled(canMove(row, by));
        // The row as it is when chosen: the list may be read again while the menu is open.
        const QPersistentModelIndex index(m_view->model()->index(row, 0));
        connect(action, &QAction::triggered, menu, [this, index, by] {
            if (index.isValid())
                move(index.row(), by);
        });
    }
}

bool RowMover::movable(int row) const
{
    const QAbstractItemModel *model = m_view->model();
    return row >= 0 && row < model->rowCount() && model->flags(model->index(row, 0)).testFlag(Qt::ItemIsDragEnabled);
}

bool RowMover::canMove(int row, int by) const
{
    return (by == -1 || by == 1) && movable(row) && movable(row + by);
}

bool RowMover::move(int row, int by)
{
    if (!canMove(row, by))
        return false;
    // moveRow()'s destination is a row of the list before the move: below the next one is row + 2.
    QAbstractItemModel *model = m_view->model();
    if (!model->moveRow({}, row, {}, by < 0 ? row - 1 : row + 2))
        return false;
    // The pane may have put its selection back when the rows moved; the keyboard follows the row.
    m_view->selectionModel()->setCurrentIndex(model->index(row + by, 0), QItemSelectionModel::NoUpdate);
    m_view->scrollTo(m_view->currentIndex());
    return true;
}

void RowMover::moveCurrent(int by)
{
    move(m_view->currentIndex().row(), by);
}
