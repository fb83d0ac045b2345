#include "views/panes/categoryfilterproxy.h"

#include "models/itemmodels/categorymodel.h"

CategoryFilterProxy::CategoryFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterRole(CategoryModel::NameRole);
}

bool CategoryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(CategoryModel::IsAllRole).toBool())
        return true;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
