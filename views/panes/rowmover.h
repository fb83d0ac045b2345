#pragma once

#include <QKeySequence>
#include <QObject>
#include <QString>

class QAbstractItemView;
class QAction;
class QMenu;

// Moving the rows of a side pane's list (the saved views, the labels): drag
// and drop inside the list (QAbstractItemView::InternalMove, which calls the
// model's moveRows(); the model's canDropMimeData() says where a drop may
// go, and the view draws the drop indicator only there), and
// Ctrl+Shift+Up / Ctrl+Shift+Down on the keyboard's current row. A row moves
// when its model flags say Qt::ItemIsDragEnabled, and only past rows that
// do too (the saved views' "Hidden" row stays last). The keyboard stays on
// the moved row. The actions stay enabled (a row that cannot move stays, the
// keys are taken either way). The pane names them and gives them their texts.
class RowMover final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowMover)

public:
    // Sets up view (its model is the one moved) and adds the actions to it.
    explicit RowMover(QAbstractItemView *view);

    static QKeySequence upKeys() { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up); }
    static QKeySequence downKeys() { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down); }

    // A context menu's Move Up and Move Down of row: the keys shown (the
    // list's own actions take them), each enabled when the row can go there.
    struct MenuEntry
    {
        QString text;
        QString objectName;
    };
    void addToMenu(QMenu *menu, int row, const MenuEntry &up, const MenuEntry &down);

    QAction *upAction() const { return m_up; }
    QAction *downAction() const { return m_down; }

    // Whether row can move by one row up (by -1) or down (by 1); moves it.
    bool canMove(int row, int by) const;
    bool move(int row, int by);

private:
    bool movable(int row) const;
    void moveCurrent(int by);

    QAbstractItemView *m_view;
    QAction *m_up;
    QAction *m_down;
};
