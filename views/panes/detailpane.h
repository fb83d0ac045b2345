#pragma once

#include "models/search/searchmatcher.h"
#include "models/store/newsitem.h"
#include "models/support/latestrequest.h"
#include "views/panes/itemparts.h"

#include <QFuture>
#include <QWidget>

class NoteEditor;
class QLabel;
class QSpinBox;
class QTextBrowser;
class QToolButton;

// The right pane: the item being read, with the matches of the search marked
// (compound parts too, SearchMatcher::ranges()), the chips of the categories
// a search term matches marked and, when the text does not hold a term, a
// line that names the category that matched; its addresses as links (only web addresses open, in the browser), or a line
// that says how to choose one. A long item is shown in parts (ItemParts), with
// a note that says how long it is and buttons to go from part to part: no
// item, however long, holds the window up in layout.
//
// The list's row of a long item holds only its start (NewsItem::isCut()): the
// pane shows that start at once, says that it reads the rest, asks for the
// whole item (wholeItemWanted()) and shows it when it comes (showWholeItem()).
//
// Under the text, the item's note (NoteEditor): set from the item shown
// (NewsItem::note) or by setNote(); what the person writes is given out by
// noteEdited() (OrganiseController saves it through the session).
class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override; // waits for a search of a long item still running

    QTextBrowser *view() const { return m_view; }
    NoteEditor *noteEditor() const { return m_noteEditor; }
    // Shows item; the same item again keeps its scroll position (and the
    // whole text read for it: a cut row of it changes only its marks).
    void showItem(const NewsItem &item, const QString &search);
    // The whole item asked for by wholeItemWanted(); ignored unless the pane
    // still shows the start of that item.
    void showWholeItem(const NewsItem &item);
    // Shows no item; with a list of items, says how to choose one.
    void showNothing(bool listHasItems);
    // Pages down in the item (into its next part); false at its end or without an item.
    bool pageDown();
    // The part of a long item that is shown (0-based); out of range is clamped.
    void showPart(qsizetype index);

    // The text's font in steps from the normal size (-4..+8).
    void setZoom(int steps);
    int zoom() const { return m_zoom; }
    static constexpr int MinZoom = -4;
    static constexpr int MaxZoom = 8;

    // The note of the item shown (a saved note coming back, or another
    // program's); ignored for another item. Text the person is typing and
    // that is not given out yet is kept.
    void setNote(qint64 id, const QString &text);

    void retranslate();

Q_SIGNALS:
    void zoomChanged(int steps);
    // The person wrote the note of item id (after NoteEditor::IdleMs without
    // typing, on another item, or when the editor loses focus).
    void noteEdited(qint64 id, const QString &text);
    // The pane shows the start of a long item: it wants the whole of it.
    void wholeItemWanted(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render(bool keepScroll);
    void updatePartBar();
    // With a search, a long item opens at the part of its first match, found
    // on Background::run (a search of megabytes is not done on this thread).
    void findFirstMatch();
    // Why the item matched (HtmlRenderer::categoryReasons()): at once for a
    // short item, on Background::run for a long one.
    void findReasons();

    QWidget *m_partBar;
    QLabel *m_partNote;
    QToolButton *m_previousButton;
    QSpinBox *m_partSpin;
    QToolButton *m_nextButton;
    QTextBrowser *m_view;
    NoteEditor *m_noteEditor;
    NewsItem m_item; // id 0: none
    ItemParts m_parts;
    qsizetype m_part = 0;
    LatestRequest m_matches;
    QFuture<qsizetype> m_matchSearch;
    LatestRequest m_reasonRequests;
    QFuture<QStringList> m_reasonSearch;
    QString m_search;
    SearchMatcher m_matcher; // of m_search
    QStringList m_reasons;
    bool m_listHasItems = false;
    int m_zoom = 0;
    qreal m_basePointSize = 0; // the reading font's at zoom 0
};
