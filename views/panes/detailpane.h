#pragma once

#include "models/store/newsitem.h"

#include <QWidget>

class QTextBrowser;

// The right pane: the item being read, with its search words marked and its
// addresses as links (only web addresses open, in the browser), or a line
// that says how to choose one.
class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    explicit DetailPane(QWidget *parent = nullptr);

    QTextBrowser *view() const { return m_view; }
    // Shows item; the same item again keeps its scroll position.
    void showItem(const NewsItem &item, const QString &search);
    // Shows no item; with a list of items, says how to choose one.
    void showNothing(bool listHasItems);
    // Pages down in the item; false at its end or without an item.
    bool pageDown();

    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render(bool keepScroll);

    QTextBrowser *m_view;
    NewsItem m_item; // id 0: none
    QString m_search;
    bool m_listHasItems = false;
};
