#pragma once

#include <QWidget>

class CategoryFilterProxy;
class CategoryModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;

// The left pane: the categories with their counts, a box to find one, and
// whether an item must be in every checked category or in any. Checking a
// category changes the model (CategoryModel::checkedCategoriesChanged()).
class CategoryPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryPane)

public:
    explicit CategoryPane(CategoryModel *model, QWidget *parent = nullptr);

    bool matchAll() const;
    void setMatchAll(bool all);
    // Empties the box that finds a category.
    void clearFind();
    // The widgets that take the focus, in tab order.
    QList<QWidget *> focusChain() const;
    bool findHasFocus() const;

    void retranslate();

Q_SIGNALS:
    void matchAllChanged();
    // The row's context menu. name: the category; empty: Uncategorised.
    void showOnly(const QString &name);
    void exportCategory(const QString &name);

    // The context menu is about to run (a test triggers its actions here).
    void contextMenuAboutToShow(QMenu *menu);

private:
    void showContextMenu(const QPoint &pos);
    // A recount resets the model (rows are sorted by count): the keyboard
    // stays on its category.
    void rememberCurrent();
    void restoreCurrent();

    CategoryModel *m_model;
    CategoryFilterProxy *m_proxy;
    QLabel *m_header;
    QLineEdit *m_findEdit;
    QListView *m_view;
    QCheckBox *m_matchAllCheck;
    bool m_hadCurrent = false;
    QString m_currentName;
};
