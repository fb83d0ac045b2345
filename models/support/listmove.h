#pragma once

#include <QList>

// The list side of QAbstractItemModel::moveRows() for a flat model over a
// QList: count rows from sourceRow go before destinationChild (an index of
// the list as it is before the move, as beginMoveRows() takes it).
namespace ListMove {

// Whether it is a move that changes the order of a list of size rows (not
// onto itself, nothing past the end).
constexpr bool changesOrder(qsizetype size, int sourceRow, int count, int destinationChild)
{
    return count > 0 && sourceRow >= 0 && sourceRow + count <= size && destinationChild >= 0
            && destinationChild <= size && (destinationChild < sourceRow || destinationChild > sourceRow + count);
}

template <typename T>
void apply(QList<T> &list, int sourceRow, int count, int destinationChild)
{
    const QList<T> moved = list.mid(sourceRow, count);
    list.remove(sourceRow, count);
    const int to = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        list.insert(to + i, moved.at(i));
}

} // namespace ListMove
