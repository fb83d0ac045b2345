#pragma once

#include "views/panes/newslistview.h"

#include <QKeySequence>
#include <QList>
#include <QModelIndex>
#include <QWidget>

class NewsDelegate;
class NewsListModel;
class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QTimer;
class StatePage;

// The middle pane: the search box (with a line under it that says how a
// search with quotes or a minus was understood) and the news list, or a page that says why
// there is no list (no cache, no news yet, nothing matches). It keeps the
// item being read current across the list's asynchronous loads and asks for
// the item to show in the detail pane (showItem()).
class NewsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsPane)

public:
    // What the pane shows: the list, or why there is none.
    // Connecting: a shared archive's server has not answered yet (the text says which).
    enum class State { List, NoCache, Connecting, ReadFailed, Importing, NoNews, NoResults };

    NewsPane(NewsListModel *model, const QIcon &importFilesIcon, const QIcon &importFolderIcon,
             QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    void setState(State state, const QString &cacheError = {});
    // Shows the list when it has rows, else the page that says why it has
    // none: no cache (cacheError), a cache that could not be read (readError:
    // never "nothing matches" then), an empty cache (being imported into or
    // not), or nothing matching the filter.
    void choosePage(bool cacheOpen, const QString &cacheError, const QString &readError, bool cacheEmpty,
                    bool importing);
    // The list's context menu (nullptr: a separator).
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }
    QList<QAction *> contextActions() const { return m_contextActions; }
    // For the search box's placeholder text.
    void setFindKeys(const QKeySequence &keys) { m_findKeys = keys; }

    QString searchText() const;
    // Without searchChanged().
    void setSearchText(const QString &text);
    void focusSearch();
    // Empties the search box (searchChanged()); with it empty already, moves
    // the focus to the list. Esc in the box does it; the window's Esc too.
    void clearSearch();

    // The list's font in steps from the normal size (MinZoom..MaxZoom); the
    // rows' height follows.
    void setZoom(int steps);
    int zoom() const { return m_zoom; }
    static constexpr int MinZoom = -4;
    static constexpr int MaxZoom = 8;
    // One line a row (title, date-less); the normal rows show the summary and
    // the categories too.
    void setCompact(bool compact);
    bool isCompact() const;
    // A search edited but not yet applied is applied by the caller now.
    void stopSearchDelay();
    QList<QWidget *> focusChain() const;

    // The current item, or the one restoreCurrent() left pending.
    qint64 itemBeingRead() const;
    // Makes id the current row; one past the ids the list knows yet waits for
    // them, unless now.
    void restoreCurrent(qint64 id, bool now = false);
    qint64 currentId() const;
    // The id of the item last asked for in showItem(), or 0.
    qint64 shownId() const { return m_shownId; }
    QList<int> selectedRows() const;
    QList<qint64> selectedIds() const;
    // Whether selectedIds() knows every selected item: a shared archive's
    // list knows the rows of its pages only until every id arrived (the
    // list's worker reads them after a filter), and an action on rows not
    // known yet is refused with selectionArrivingText(), not done in part.
    bool selectionKnown() const;
    static QString selectionArrivingText();
    qsizetype selectedCount() const;
    // The rows an action on items acts on (the selection, or the current row),
    // and in probe the row whose state decides whether it sets or clears.
    QList<int> actionRows(int &probe);
    void moveCurrent(int delta);
    // False when no row is unread. (A shared archive may be asked first:
    // then true, and the row is chosen when it answers, or noUnreadFound().)
    bool nextUnread();
    // The item shown again (after a change of language or palette).
    void showCurrentAgain();

    void retranslate();

Q_SIGNALS:
    void showItem(const QModelIndex &index); // invalid: nothing
    void searchChanged();
    void importFilesRequested();
    void importFolderRequested();
    void clearFiltersRequested();
    void selectionChanged();
    void zoomChanged(int steps);
    // nextUnread() asked the shared archive, and no row is unread.
    void noUnreadFound();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createPages(const QIcon &importFilesIcon, const QIcon &importFolderIcon);
    void connectModel();
    // Down or Enter in the search box: into the list, on the current row or the first.
    void enterList();
    void settlePendingCurrent();
    void selectRow(int row);
    // index current and alone selected, as a click would make it.
    void makeCurrent(const QModelIndex &index);
    // The rows' height again after a change of font or mode.
    void relayout();
    void syncCurrentItem();
    void show(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);
    void retranslatePages();
    // The line under the search box: SearchQuery::understood() when the
    // search typed uses syntax (quotes, a minus, only symbols), else hidden.
    void updateUnderstood();

    NewsListModel *m_model;
    QLineEdit *m_searchEdit;
    QLabel *m_understood;
    QStackedWidget *m_stack;
    NewsListView *m_view;
    StatePage *m_emptyPage = nullptr;
    StatePage *m_noResultsPage = nullptr;
    QPushButton *m_importFilesButton = nullptr;
    QPushButton *m_importFolderButton = nullptr;
    QPushButton *m_clearFiltersButton = nullptr;
    QTimer *m_searchTimer;
    QAction *m_clearSearchAction;
    QList<QAction *> m_contextActions;
    QKeySequence m_findKeys;
    NewsDelegate *m_delegate;
    int m_zoom = 0;
    State m_state = State::List;
    QString m_cacheError;
    qint64 m_shownId = 0;
    qint64 m_pendingCurrent = 0; // restoreCurrent() waits for the list's ids
    bool m_restoringCurrent = false;
    bool m_settingSearch = false;
};
