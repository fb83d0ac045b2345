#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QMenu;
class QModelIndex;
class RowMover;
class SavedViewModel;

// The saved views in the side pane, each with its unread items in bold, and
// the built-in "Hidden" view as the last row (SavedViewModel). A click or
// Enter on a row activates it: viewActivated(id), or hiddenViewActivated()
// for "Hidden". The context menu asks to edit (take the current filter),
// rename or delete a view, or to forget the hidden items; the pane only emits
// the request (OrganiseController and FilterController act). The views are
// put in order by drag and drop, Ctrl+Shift+Up / Down, or the menu's Move Up
// and Down (RowMover; SavedViewModel::moveRows(), never past "Hidden"). The
// current view
// (setCurrentView()) is the selected row; changing a filter control leaves it
// (clearCurrentView()).
class ViewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewPane)

public:
    explicit ViewPane(SavedViewModel *model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    // Ctrl+Shift+Up / Ctrl+Shift+Down: the keyboard's current view up or down.
    QAction *moveUpAction() const;
    QAction *moveDownAction() const;
    // The id of the view selected; HiddenView for "Hidden", NoView for none.
    static constexpr qint64 NoView = -1;
    static constexpr qint64 HiddenView = 0;
    qint64 currentView() const;
    // Selects the view's row without emitting viewActivated(); NoView (or an
    // id the model does not hold) selects none; HiddenView the "Hidden" row.
    void setCurrentView(qint64 id);
    void clearCurrentView();
    QList<QWidget *> focusChain() const;

    void retranslate();

Q_SIGNALS:
    void viewActivated(qint64 id);
    void hiddenViewActivated();
    void editRequested(qint64 id);
    void renameRequested(qint64 id);
    void deleteRequested(qint64 id);
    void forgetHiddenRequested();

    // The context menu is about to run (a test triggers its actions here).
    void contextMenuAboutToShow(QMenu *menu);

private:
    void activate(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);
    void restoreCurrent();
    void updateEmptyNote();

    SavedViewModel *m_model;
    QLabel *m_header;
    QListView *m_view;
    RowMover *m_mover;
    QLabel *m_emptyNote;
    qint64 m_current = NoView; // kept across the model's resets
};
