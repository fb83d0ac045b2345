#pragma once

#include <QAbstractItemModel>
#include <QObject>

// Counts the ways a model announces new contents.
class ChangeCounter
{
public:
    explicit ChangeCounter(QAbstractItemModel *model)
    {
        auto bump = [this] { ++m_changes; };
        QObject::connect(model, &QAbstractItemModel::modelReset, &m_context, bump);
        QObject::connect(model, &QAbstractItemModel::layoutChanged, &m_context, bump);
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &m_context, bump);
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, &m_context, bump);
        // A recount that keeps the rows may only update the numbers.
        QObject::connect(model, &QAbstractItemModel::dataChanged, &m_context, bump);
    }
    int changes() const { return m_changes; }

private:
    QObject m_context;
    int m_changes = 0;
};
