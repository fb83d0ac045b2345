#pragma once

#include <QByteArray>
#include <QList>
#include <QWidget>

class CategoryModel;
class CategoryPane;
class LabelModel;
class LabelPane;
class QSplitter;
class QTabWidget;
class SavedViewModel;
class SourceModel;
class SourcePane;
class ViewPane;

// The window's left pane: the saved views (ViewPane) on top, the labels
// (LabelPane) under them, then a tab widget "Categories | Sources" holding
// the CategoryPane and the SourcePane, in a vertical splitter. It only shows
// the models and passes on what the person asks for (the panes' signals);
// the controllers act on them. Its splitter sizes and the current tab are
// kept in saveState() (ReaderPanes keeps them with its own).
class SidePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SidePane)

public:
    SidePane(CategoryModel *categories, SavedViewModel *views, LabelModel *labels, SourceModel *sources,
             QWidget *parent = nullptr);

    enum class Tab { Categories, Sources };
    Q_ENUM(Tab)

    CategoryPane *categoryPane() const { return m_categoryPane; }
    ViewPane *viewPane() const { return m_viewPane; }
    LabelPane *labelPane() const { return m_labelPane; }
    SourcePane *sourcePane() const { return m_sourcePane; }
    QTabWidget *tabs() const { return m_tabs; }
    QSplitter *splitter() const { return m_splitter; }

    Tab currentTab() const;
    void setCurrentTab(Tab tab);

    // The widgets that take the focus, top to bottom (the tab bar, then the
    // current tab's widgets).
    QList<QWidget *> focusChain() const;

    QByteArray saveState() const;
    // false (and nothing changed) for a state that is not SidePane's.
    bool restoreState(const QByteArray &state);

    void retranslate();

Q_SIGNALS:
    void currentTabChanged(SidePane::Tab tab);

protected:
    void changeEvent(QEvent *event) override;

private:
    QSplitter *m_splitter;
    ViewPane *m_viewPane;
    LabelPane *m_labelPane;
    QTabWidget *m_tabs;
    CategoryPane *m_categoryPane;
    SourcePane *m_sourcePane;
};
