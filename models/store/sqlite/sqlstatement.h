#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

// A statement with its bound values, in order.
struct SqlStatement
{
    QString sql;
    QVariantList binds;
};

// A WHERE clause over `items i`, in parts joined by AND, with its bound values.
struct SqlCondition
{
    QStringList parts;
    QVariantList binds;

    QString sql() const { return parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND ")); }
};
