#pragma once

#include <QString>

// A category and the number of items in it that pass a filter, and how many
// of those are unread. An empty name stands for the items with no category.
struct CategoryCount
{
    QString name;
    qint64 count = 0;
    qint64 unread = 0;

    friend bool operator==(const CategoryCount &, const CategoryCount &) = default;
};
