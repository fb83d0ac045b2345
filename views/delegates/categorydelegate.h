#pragma once

#include <QStyledItemDelegate>

// Paints a category row: the check box and name as the style draws them, then
// the unread items in bold (CategoryModel::UnreadRole, when there are any),
// the item count and a thin bar showing the category's share of the items
// under the current filter (CategoryModel::ShareRole). A click anywhere on the
// row toggles the check box, as in a filter list.
class CategoryDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryDelegate)

public:
    explicit CategoryDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Tool tips show item text as plain text (PlainToolTip).
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // What the row says of its unread items: empty when none.
    static QString unreadText(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    // The thin bar of the category's share of the items, in rect.
    static void drawShareBar(QPainter *painter, const QStyleOptionViewItem &opt, const QRect &rect, double share);
    int barWidth(const QStyleOptionViewItem &option) const;
    int spacing(const QStyleOptionViewItem &option) const;
};
