#pragma once

#include <QSqlDatabase>
#include <QString>

// The SQL functions by which the store applies the search rules
// (models/search/) where the full-text index cannot: phrases and joined words
// (the index keeps no positions), terms that expand to too many index terms,
// and the title tiers of "best match first". Registered on every connection
// of the store (SqliteConnection::open()). Each parses its query once per
// statement (SQLite keeps the parsed query with the bound argument), so a
// row costs the matching only.
//
//   newsdesk_match(query, title, summary, categories)
//       1 when the item passes query (SearchQuery::canonical() of the terms
//       to check), else 0; categories: the item's category names joined by
//       char(31) (categoryNamesSql()), or '' when no term can match a name.
//   newsdesk_title_terms(query, title)
//       how many positive terms of query the title holds.
namespace SearchFunctions {

// Registers both functions on db's connection; empty, or why not.
QString install(const QSqlDatabase &db);

// SQL for the category names of the item whose id is itemIdSql, joined by char(31).
QString categoryNamesSql(const QString &itemIdSql);

} // namespace SearchFunctions
