#pragma once

#include <QByteArray>
#include <QList>
#include <QWidget>

class MessageBar;
class QSplitter;

// The window's central widget: the message bar above the three panes
// (categories, news, the item being read) in one of two layouts: side by side,
// or the list above the item next to the categories. The splitters' sizes of
// both layouts and whether the category pane shows are kept in saveState().
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
    // Left to right; the list in the middle never collapses.
    void addPanes(QWidget *categories, QWidget *news, QWidget *item);

    void setLayout(Layout layout);
    Layout layout() const { return m_layout; }
    void setCategoryPaneVisible(bool visible);
    bool isCategoryPaneVisible() const;

    // Both layouts' sizes, the layout and the category pane's visibility; a
    // state saved by an older version (the splitter's own) still restores.
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
