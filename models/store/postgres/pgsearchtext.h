#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariantList>

class PgConnection;

// The shared archive's search text (schema 4, sql/pg_004_search.sql): what
// newsdesk's own rules (SearchText) make of an item's words, folded on the
// client and stored beside the item, so that the server never folds case
// (its ctype and collation play no part) and PgFilterSql matches the folded
// text with LIKE and regular expressions, indexed by pg_trgm.
//
// A field is the folded words of one text (SearchText::foldText, then its
// words), one space between two words and one at each end: " ny kollektivtrafiken
// i norrort ". Fields are joined by FieldSeparator, which no word holds, so a
// phrase or joined word never runs from one field into the next, as
// SearchMatcher looks at the title, the summary and each category name apart.
//
//   items.search_text        title | summary         (never changes: an item is its text)
//   items.search_categories  name | name ...         (the item's categories, in the
//                                                      names' byte order; '' for none)
//   categories.search_name   one field
//   notes.search_text        one field (the note, as the SQLite cache reads it: as a title);
//                            NULL when a change of the text did not bring it (foldNotes())
namespace PgSearchText {

inline constexpr QChar FieldSeparator{u'|'};

// One field: " word word ".
QString field(QStringView text);
// An item's search_text.
QString item(QStringView title, QStringView summary);
// An item's search_categories from its category names (the importer's JSON array).
QString categories(const QString &namesJson);

// The statement and its value that add category names (with their fields) to
// categories; names already there are left alone.
QString insertCategoriesSql();
QVariantList insertCategoriesValues(const QStringList &names);
// The statement that sets search_categories again for the items idsSql
// selects (a column named id), where their categories changed. Run it after
// lockForCategoriesSql() of the same items, in a statement of its own: it
// then reads the categories with a snapshot taken after the locks were
// granted, so an import that waited for another one's lock writes what the
// other one committed too (not what it read before it waited).
QString updateCategoriesSql(const QString &idsSql);
// Locks the items idsSql selects, in id order, for updateCategoriesSql().
QString lockForCategoriesSql(const QString &idsSql);

// Whether the server can give pg_trgm (before migration 4 creates it); false
// with error, a sentence naming the server, when it cannot.
bool checkTrigrams(const PgConnection &connection, QString &error);
// Folds the notes (that the connection may see) whose search text is NULL:
// after a statement that writes a note's text without it (PgStateExchange's
// merge), in its transaction.
bool foldNotes(const PgConnection &connection, QString &error);
// Fills the search texts of an archive of schema 3 (migration 4, in its
// transaction): every item, category and note, folded here.
bool fill(const PgConnection &connection, QString &error);

} // namespace PgSearchText
