#pragma once

#include <QList>
#include <QString>

// The full-text index (items_fts, schema 5): one entry per item, keyed by the
// item's listing key (items.sort_key), holding its title, summary and one
// token per category. The importer writes entries with these expressions and
// the store builds its queries with them, so both agree on what an entry is.
namespace SearchIndex {

// SQL for the indexed form of a text column (U+E000 becomes a space, so item
// text can never look like a category token).
QString textSql(const QString &column);
// SQL for the categories column of the item whose id is itemIdSql.
QString categoriesSql(const QString &itemIdSql);

// FTS5 query terms. A category is U+E000 followed by its id: a private use
// character the search box never passes on, so no typed word matches it.
QString categoryToken(qint64 categoryId); // as written in the categories column
QString categoryTerm(qint64 categoryId);  // quoted for a query
QString anyOf(const QList<qint64> &categoryIds);
QString allOf(const QList<qint64> &categoryIds);

} // namespace SearchIndex
