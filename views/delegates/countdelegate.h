#pragma once

#include <QStyledItemDelegate>

#include <functional>

// Paints a row of the side pane's lists (labels, saved views, sources): an
// optional colour dot, the check box and name as the style draws them, then
// the unread items in bold (when there are any) and the total, muted, on the
// right. The roles are the model's, given at construction (-1: none). A
// click anywhere on a checkable row toggles it, as in a filter list; a row
// the bold function picks is drawn in bold (the source file being read).
class CountDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountDelegate)

public:
    struct Roles
    {
        int count = -1;  // qint64: the total
        int unread = -1; // qint64
        int color = -1;  // QColor or "#rrggbb": the dot
        std::function<bool(const QModelIndex &)> bold = {};
    };

    CountDelegate(Roles roles, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Tool tips show names as plain text (PlainToolTip).
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // What the row says of its unread items: empty when none.
    QString unreadText(const QModelIndex &index) const;
    QString countText(const QModelIndex &index) const;

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int spacing(const QStyleOptionViewItem &option) const;
    int dotSize(const QStyleOptionViewItem &option) const;

    Roles m_roles;
};
