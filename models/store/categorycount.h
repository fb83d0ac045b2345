#pragma once

#include <QString>

// A category and the number of items in it that pass a filter.
struct CategoryCount
{
    QString name;
    qint64 count = 0;

    friend bool operator==(const CategoryCount &, const CategoryCount &) = default;
};
