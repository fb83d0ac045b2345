#pragma once

#include "models/store/itemfilter.h"
#include "models/store/savedview.h"

#include <QObject>

class CategoryPane;
class NewsPane;
class QSettings;
class ReaderSession;
class ViewPane;
class WindowActions;

// The list's filter and the controls that make it, wherever the window shows
// them: the checked categories and "match all" (CategoryPane), the search
// (NewsPane), Unread Only, Starred Only, New Only and the sort (WindowActions),
// the checked labels (LabelModel), and the side pane's choices: a saved view
// (ViewPane: selecting one sets every control to its filter, changing a
// control leaves it), the Hidden view, and a source file (read in its own
// order). A change of a control is applied to the session's list at once,
// keeping the item being read; the controls are cleared here and kept in the
// settings.
class FilterController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterController)

public:
    FilterController(ReaderSession *session, CategoryPane *categoryPane, NewsPane *newsPane,
                     WindowActions *actions, QObject *parent = nullptr);

    // currentView() when no saved view is shown.
    static constexpr qint64 NoView = -1;
    // ViewPane::setCurrentView()'s id of the Hidden view (SavedViewModel's IdRole).
    static constexpr qint64 HiddenViewId = 0; // ViewPane::HiddenView

    // The saved views' pane: its views and the Hidden view are shown from
    // here, and it marks the view shown (ViewPane::setCurrentView).
    void setViewPane(ViewPane *viewPane);

    // The session's filter with what the controls say.
    ItemFilter filter() const;
    // The saved view whose filter the list shows (NoView: none, or a
    // control changed since).
    qint64 currentView() const { return m_view; }
    // The saved view the controls were last set to, also after a control
    // changed since (View → Update View saves the controls into it); NoView
    // when none was chosen or it was deleted.
    qint64 baseView() const { return m_baseView; }
    // The view id was deleted: it is neither shown nor updated any more.
    void forgetView(qint64 id);
    // showView() of a view given whole (one just saved, before the model has it).
    void showSavedView(const SavedView &view);
    // The Hidden view is shown (filter().hidden is Only).
    bool showsHidden() const { return m_hidden; }
    // The listing file whose items the list shows, or empty.
    QString sourceFile() const { return m_sourceFile; }
    // Until then a change of the controls is not applied (the window is
    // being built and its settings restored).
    void setApplying(bool applying) { m_applying = applying; }

    void restore(const QSettings &settings);
    void save(QSettings &settings) const;

public Q_SLOTS:
    // Shows what the controls say: the list follows, the item being read stays.
    void apply();
    // Unchecks the categories, empties the search and the category finder,
    // turns Unread Only, Starred Only and New Only off (the sort and "match all" stay)
    // and applies that; the list gets the focus.
    void clear();
    // Only the category name (empty: the items with no category) is checked;
    // the search and the other filters stay. The category pane's "Show Only
    // This Category".
    void showOnlyCategory(const QString &name);
    // Clears the controls and shows only the items the cache stored since
    // then (ms since the epoch: the items a watched folder brought while the
    // window was away), until a control changes.
    void showArrivedSince(qint64 since);
    // Sets every control to the saved view's filter and shows it (view id,
    // SavedViewModel); an unknown id shows nothing new.
    void showView(qint64 id);
    // The hidden items (ItemFilter::Hidden::Only; the other controls narrow
    // them), until a view is chosen or the filters are cleared.
    void showHiddenView();
    // Only the items of the listing file path, in its own order
    // (Sort::Source; the other controls narrow it), until a view is chosen or
    // the filters are cleared; showAllSources() ends it.
    void showSourceFile(const QString &path);
    void showAllSources();

Q_SIGNALS:
    // The list may show other rows now.
    void applied();
    // The saved view shown changed (NoView: none), or the Hidden view came or went.
    void viewChanged(qint64 id, bool hidden);

private:
    // Unchecks, empties and turns off the controls clear() clears, applying nothing.
    void clearControls();
    // apply() of what the controls say, with the arrivals view when it is on.
    void applyFilter();
    // A control changed: the saved view shown is left.
    void leaveView();
    // Sets the controls to filter, applying nothing.
    void setControls(const ItemFilter &filter);
    // The view pane marks the view shown (or none).
    void markCurrentView();
    // Best Match First is offered while the search has words to rank by.
    void updateSortActions();

    ReaderSession *m_session;
    CategoryPane *m_categoryPane;
    NewsPane *m_newsPane;
    WindowActions *m_actions;
    bool m_applying = false;
    qint64 m_arrivedSince = 0; // showArrivedSince(); 0: off
    ViewPane *m_viewPane = nullptr;
    qint64 m_view = NoView;    // showView()'s, until a control changes
    qint64 m_baseView = NoView; // showView()'s, until another is shown or it is deleted
    bool m_hidden = false;     // showHiddenView()'s
    QString m_sourceFile;      // showSourceFile()'s
};
