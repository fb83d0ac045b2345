#pragma once

#include <QByteArray>
#include <QList>
#include <QWidget>

class CategoryPane;
class LabelPane;
class MessageBar;
class QSplitter;
class SidePane;
class SourcePane;
class ViewPane;

// The window's central widget: the message bar above the three panes
// (categories, news, the item being read) in one of two layouts: side by side,
// or the list above the item next to the categories. The splitters' sizes of
// both layouts, whether the side pane shows and, when the left pane is a
// SidePane, its own state (sizes, tab) are kept in saveState().
// Panes shrink in proportion (stretch factors) as the window narrows. The
// panes are made with splitter() as their parent, then added.
class ReaderPanes final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderPanes)

public:
    explicit ReaderPanes(QWidget *parent = nullptr);

    enum class Layout { SideBySide, ListAbove };
    Q_ENUM(Layout)

    MessageBar *messageBar() const { return m_messageBar; }
    QSplitter *splitter() const { return m_splitter; }
    // Left to right; the list in the middle never collapses. side: the
    // SidePane (a CategoryPane alone, or any widget, in tests).
    void addPanes(QWidget *side, QWidget *news, QWidget *item);

    // The left pane as a SidePane, and its parts; nullptr when it is not one
    // (categoryPane(): also when the left pane is a CategoryPane alone).
    SidePane *sidePane() const;
    CategoryPane *categoryPane() const;
    LabelPane *labelPane() const;
    ViewPane *viewPane() const;
    SourcePane *sourcePane() const;

    void setLayout(Layout layout);
    Layout layout() const { return m_layout; }
    // The left pane (the whole side pane; F9): the names of old kept.
    void setCategoryPaneVisible(bool visible);
    bool isCategoryPaneVisible() const;
    void setSidePaneVisible(bool visible) { setCategoryPaneVisible(visible); }
    bool isSidePaneVisible() const { return isCategoryPaneVisible(); }

    // Both layouts' sizes, the layout, the side pane's visibility and its
    // state (SidePane::saveState()); a state saved by an older version (the
    // splitter's own, or this one's without the side pane) still restores.
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void layoutChanged(ReaderPanes::Layout layout);
    void categoryPaneVisibleChanged(bool visible);

private:
    QList<int> &mainSizes(Layout layout);
    // The sizes shown now, kept for their layout.
    void keepSizes();
    // The panes in their splitters for m_layout, at the sizes kept.
    void arrange();
    void applyMainSizes();

    MessageBar *m_messageBar;
    QSplitter *m_splitter;
    QSplitter *m_listSplitter = nullptr; // ListAbove: the list above the item
    QWidget *m_categories = nullptr;
    QWidget *m_news = nullptr;
    QWidget *m_item = nullptr;
    Layout m_layout = Layout::SideBySide;
    bool m_categoriesVisible = true;
    QList<int> m_sideSizes;  // the main splitter's, side by side
    QList<int> m_aboveSizes; // the main splitter's, list above
    QList<int> m_listSizes;  // the list above the item
};
