#pragma once

#include "models/store/itemfilter.h"

#include <QObject>

class CategoryPane;
class NewsPane;
class QSettings;
class ReaderSession;
class WindowActions;

// The list's filter and the controls that make it, wherever the window shows
// them: the checked categories and "match all" (CategoryPane), the search
// (NewsPane), Unread Only, Starred Only, New Only and the sort (WindowActions). A change
// of a control is applied to the session's list at once, keeping the item
// being read; the controls are cleared here and kept in the settings.
class FilterController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterController)

public:
    FilterController(ReaderSession *session, CategoryPane *categoryPane, NewsPane *newsPane,
                     WindowActions *actions, QObject *parent = nullptr);

    // The session's filter with what the controls say.
    ItemFilter filter() const;
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

Q_SIGNALS:
    // The list may show other rows now.
    void applied();

private:
    // Unchecks, empties and turns off the controls clear() clears, applying nothing.
    void clearControls();
    // apply() of what the controls say, with the arrivals view when it is on.
    void applyFilter();
    // Best Match First is offered while the search has words to rank by.
    void updateSortActions();

    ReaderSession *m_session;
    CategoryPane *m_categoryPane;
    NewsPane *m_newsPane;
    WindowActions *m_actions;
    bool m_applying = false;
    qint64 m_arrivedSince = 0; // showArrivedSince(); 0: off
};
