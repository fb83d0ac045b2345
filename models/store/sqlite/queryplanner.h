#pragma once

#include "models/store/itemfilter.h"
#include "models/store/sqlite/searchplanner.h"
#include "models/store/sqlite/sqlstatement.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class SqliteConnection;

// Turns an ItemFilter into the statements that answer it on an SQLite cache
// (schema 10): which kept count, which index query, which category streams,
// which rows the SQL function checks (a search: SearchPlanner). Planning reads
// a little (category ids, the term list, whether an import left stale index
// entries) through the connection, whose failures the reading caller
// collects (SqliteConnection::takeFailure()).
class QueryPlanner
{
public:
    explicit QueryPlanner(const SqliteConnection &connection);

    // What a read is for: a page walks the hits as they come; a count takes
    // every hit (SearchPlanner::PageExpansion, CountExpansion).
    enum class Use { Page, Count };

    // How a read is answered.
    struct Plan
    {
        enum class Kind {
            Nothing,         // no item can pass
            Statement,       // run statement
            CategoryStreams, // merge the ordered streams of the categories (see SqliteStore)
        };
        Kind kind = Kind::Nothing;
        SqlStatement statement;
    };
    // The statement whose one value is itemCount(filter).
    Plan count(const ItemFilter &filter) const;
    // The statement whose rows are the ids of itemIds(filter, limit, offset)
    // in listing order (or by title, or in the file's order); with tier >= 0
    // only the items whose titles hold that many of the search's positive
    // terms (a tier of best match first).
    Plan ids(const ItemFilter &filter, qint64 limit, qint64 offset, int tier = -1) const;
    // The statement of a kept count (quick at any size); an empty one when no
    // item can pass; nullopt when the count needs a walk.
    std::optional<SqlStatement> keptCount(const ItemFilter &filter) const;

    // The number of items per category (rows: name, count) among the index's
    // hits for facet (a filter without categories), each checked when the
    // search needs it, in one walk of the hits; nullopt when the index cannot
    // give them, or when one count of the index per category is cheaper (a
    // query of few index terms, nothing to check: SqliteStore).
    std::optional<SqlStatement> categoryCountsOfHits(const ItemFilter &facet) const;

    // The filter's search, planned for use.
    SearchPlan search(const ItemFilter &filter, Use use) const;

    // The FTS5 query that selects exactly the items of filter when the
    // full-text index can answer alone (words, several categories); empty when
    // no item can pass; nullopt when the filter needs the tables.
    std::optional<QString> indexQuery(const ItemFilter &filter, Use use = Use::Page) const;
    // The condition on items_fts for a bound MATCH query, leaving out the
    // entries an unfinished import has made stale (see NewsImporter).
    QString indexMatch() const;
    // The filter's category ids, smallest first for "all"; none is set when
    // no item can pass.
    QList<qint64> resolveCategories(const ItemFilter &filter, bool &none) const;
    // The WHERE clause over `items i` for filter, its search included (and,
    // with tier >= 0, the title tier).
    SqlCondition condition(const ItemFilter &filter, Use use = Use::Page, int tier = -1) const;

    // The items of one category (and, optionally, of others too) that pass
    // rest, straight from item_categories' (category_id, sort_key, item_id)
    // key: already in listing order.
    static QString categoryStream(const QString &select, qint64 category, const QList<qint64> &alsoIn,
                                  const SqlCondition &rest);
    static QString limitClause(qint64 limit, qint64 offset);
    static QString idList(const QList<qint64> &ids);

    // The importer changed the full-text index: forget the terms read from it.
    void indexChanged();

private:
    // The index query of the candidates of filter: its categories (several)
    // and its search's positive terms, exact exclusions left out; nullopt when
    // the index cannot give them (reader state, files, ids; or no term the
    // index can take); empty when no item can pass.
    std::optional<QString> candidateQuery(const ItemFilter &filter, const SearchPlan &plan) const;
    // The conditions of a search on `items i`: what the index answers (its
    // candidates, or the exact exclusions), and what is checked per row (the
    // SQL functions: terms the index cannot answer, the title tier).
    void addIndexParts(SqlCondition &c, const SearchPlan &plan) const;
    static void addCheckParts(SqlCondition &c, const SearchPlan &plan, int tier);
    // A walk of the index's hits in listing order, joined to the items that
    // pass rest.
    Plan indexWalk(const QString &match, const SqlCondition &rest, qint64 limit, qint64 offset) const;
    bool hasStaleIndexEntries() const;
    Plan categoryCount(const ItemFilter &filter) const;

    // Up to this many index terms, category counts are one count of the
    // index per category (measured at 1,000,000 items: "tr"* 0.7 s that way,
    // 1.3 s in one walk; the 87 terms of "trafik" 4.1 s against 2.2 s).
    static constexpr int TermsPerCategoryCount = 16;

    const SqliteConnection &m_connection;
    SearchPlanner m_search;
};
