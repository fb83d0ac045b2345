#pragma once

#include <QSortFilterProxyModel>

// Filters the category list by a name typed in the small box above it, and
// always keeps the "All categories" row. Categories are few (hundreds), so a
// QSortFilterProxyModel is cheap here.
class CategoryFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryFilterProxy)

public:
    explicit CategoryFilterProxy(QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};
