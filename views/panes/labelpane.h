#pragma once

#include <QWidget>

class LabelModel;
class QAction;
class QLabel;
class QListView;
class QMenu;
class QModelIndex;
class RowMover;
class QStackedWidget;
class QToolButton;

// The labels in the side pane: a colour dot, the name, the unread items in
// bold and the total (CountDelegate). Checking a label filters the list by it
// (LabelModel's check state, LabelModel::checkedLabelsChanged()). The context
// menu asks for a new label, or to rename, recolour or delete one: the pane
// only emits the request (OrganiseController acts). The labels are put in
// order (keys 1-9 give the first nine) by drag and drop, Ctrl+Shift+Up /
// Down, or the menu's Move Up and Down (RowMover; LabelModel::moveRows()).
// With no labels it says how to make one.
class LabelPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelPane)

public:
    explicit LabelPane(LabelModel *model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    // Ctrl+Shift+Up / Ctrl+Shift+Down: the keyboard's current label up or down.
    QAction *moveUpAction() const;
    QAction *moveDownAction() const;
    // The label of the current row; 0 without one.
    qint64 currentLabel() const;
    QList<QWidget *> focusChain() const;

    void retranslate();

Q_SIGNALS:
    void newLabelRequested();
    void renameRequested(qint64 id);
    void recolourRequested(qint64 id);
    void deleteRequested(qint64 id);

    // The context menu is about to run (a test triggers its actions here).
    void contextMenuAboutToShow(QMenu *menu);

private:
    void showContextMenu(const QPoint &pos);
    void updateEmptyState();
    qint64 idAt(const QModelIndex &index) const;

    LabelModel *m_model;
    QLabel *m_header;
    QToolButton *m_newButton;
    QStackedWidget *m_stack;
    QListView *m_view;
    RowMover *m_mover;
    QLabel *m_emptyNote;
};
