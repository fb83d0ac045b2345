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

    // An item's listing key (items.sort_key) is the largest of its sources':
    // file ordinal * ListingKeysPerFile + ListingKeysPerFile - 1 - position
    // (SqliteImportWriter writes them).
    static constexpr qint64 ListingKeysPerFile = 16777216; // 2^24

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

    // The number of items and of unread items per category (rows:
    // category_id, NULL for the items of no category; count; unread) among
    // the index's hits for facet (a filter without categories), each checked
    // when the search needs it, in one walk of the hits; nullopt when the
    // index cannot give them. (Before unread counts, a query of few index
    // terms was counted once per category in the index: quicker for the
    // count alone, but it cannot say which hits are read.)
    std::optional<SqlStatement> categoryCountsOfHits(const ItemFilter &facet) const;
    // The same rows for any facet, from a walk of the items that pass it.
    SqlStatement categoryCountsOfItems(const ItemFilter &facet) const;

    // A statement whose one column is the id of every item that passes
    // filter (any order, no duplicates): what a mark written on a filter
    // starts from (a category's range of item_categories, the index's hits, a
    // walk of the items otherwise). Nothing: an empty statement.
    SqlStatement idSource(const ItemFilter &filter) const;

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

    // Whether the cache's mirror of the read marks may be used (ReadMirror):
    // the reader state's conditions read it instead of the state database.
    void setMirror(bool trusted) { m_mirror = trusted; }
    // Whether the cache has schema 11's tables (item_arrivals, uncategorised_items):
    // a connection that may only read also reads older caches, without them.
    void setCurrentSchema(bool current) { m_current = current; }
    bool hasCurrentSchema() const { return m_current; }
    // items_by_key_order: every item's key with its sort_key (and id), a
    // narrow index beside the wide rows. It is no part of the schema (no
    // upgrade waits for it) and no open builds it: the window's worker does
    // when idle, giving way to any writer (SqliteStore::buildDerived(); about
    // 1 s of CPU at 1,000,000 items in one statement), an import into an
    // empty cache before its first item (SqliteImportWriter); until then the
    // reads go without it.
    static inline const QString KeyOrderIndexSql =
            QStringLiteral("CREATE INDEX IF NOT EXISTS items_by_key_order ON items(key, sort_key)");
    // Whether the cache has it now (looked for until it is there; again
    // after forgetKeyOrder(), at every open).
    bool hasKeyOrder() const;
    void forgetKeyOrder() { m_keyOrder = false; }
    // `items i` for a join on i.key: through items_by_key_order once the cache
    // has it (SQLite would take the key's own UNIQUE index and read each
    // item's wide row for its sort_key). Looks for it until it is there.
    QString itemsByKey() const;
    // SQL: when the item i was first stored; whether it has no category.
    QString addedAtSql() const;
    QString uncategorisedSql() const;
    bool usesMirror() const { return m_mirror; }
    // Whether the state database has the organising tables (state schema 4:
    // labels, notes, hidden items); a connection that may only read may see
    // an older one, where no item carries a label and none is hidden.
    void setOrganised(bool organised) { m_organised = organised; }
    bool isOrganised() const { return m_organised; }
    // The condition of the filter's hidden part on `items i` (empty: none
    // needed, e.g. nothing is hidden).
    QString hiddenSql(const ItemFilter &filter) const;
    // The condition that the item i carries one of the filter's labels.
    SqlCondition labelCondition(const ItemFilter &filter) const;
    // The distinct keys of the items that carry any of the filter's labels.
    SqlStatement labelledKeys(const ItemFilter &filter) const;
    // Whether the items of the filter's labels are few enough to start from
    // them (else the listing is walked, each item checked).
    bool labelsAreFew(const ItemFilter &filter) const;
    // The ids of a page (or all, limit < 0) of the items of filter, started
    // from its labels' items: rest is the condition without the labels.
    Plan idsFromLabels(const ItemFilter &filter, int tier, qint64 limit, qint64 offset) const;
    // The ids of a page of filter (labels and other conditions, no search)
    // in listing order: its labels' items walked newest first, each checked
    // against rest until the page is full.
    Plan labelledInListingOrder(const ItemFilter &filter, const SqlCondition &rest, qint64 limit,
                                qint64 offset) const;
    // A statement of the items of filter started from its labels' items,
    // selecting select (`count(*)`, `i.id`).
    // (join: joined to `items i` before the condition.)
    SqlStatement fromLabels(const ItemFilter &filter, const QString &select, Use use, int tier = -1,
                            const QString &join = {}) const;
    // Fewer labelled items than this are started from (sorted); more: the
    // listing is walked (at least 1 in 50 items carries the label then).
    static constexpr qint64 FewLabelledItems = 20000;
    // Up to this many hidden items, the counts of every item less those of
    // the hidden items are kept counts; more are walked.
    static constexpr qint64 FewHiddenItems = 20000;
    // While it lives, the planner's conditions leave out the hidden part
    // (Exclude): a kept count subtracts the hidden items itself.
    class HiddenApart
    {
    public:
        explicit HiddenApart(const QueryPlanner &planner);
        ~HiddenApart();
        Q_DISABLE_COPY_MOVE(HiddenApart)

    private:
        const QueryPlanner &m_planner;
        bool m_was;
    };
    // A part of an order made of parts (unread first, starred first:
    // SqliteStore): a condition over `items i` every statement planned while
    // the part is set adds, so that nothing the index alone answers is used.
    class Part
    {
    public:
        Part(const QueryPlanner &planner, QString condition);
        ~Part();
        Q_DISABLE_COPY_MOVE(Part)

    private:
        const QueryPlanner &m_planner;
    };
    // The condition of the marks of the parts: read or unread, starred or not.
    QString markSql(bool starred, bool on) const;
    // The items of no category stand alone, or no item can pass (with
    // categories and Match::All).
    static bool onlyNothing(const ItemFilter &filter);

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
    // The search's parts (index and check) or the items whose note passes, and the title tier.
    void addSearchParts(SqlCondition &c, const SearchPlan &plan, int tier) const;
    // The ids of the items whose note passes query (state schema 4).
    QList<qint64> noteMatches(const QString &query) const;
    bool hasRows(const QString &table, const QString &where) const;
    bool manyHidden() const;
    SqlStatement labelIds(const ItemFilter &filter) const;
    // keptCount() as if nothing were hidden.
    std::optional<SqlStatement> keptCountOfAll(const ItemFilter &filter) const;
    // A walk of the index's hits in listing order, joined to the items that
    // pass rest.
    Plan indexWalk(const QString &match, const SqlCondition &rest, qint64 limit, qint64 offset) const;
    bool hasStaleIndexEntries() const;
    Plan categoryCount(const ItemFilter &filter) const;
    // A kept count of unread items (the mirror's), or nullopt.
    std::optional<SqlStatement> keptUnreadCount(const ItemFilter &filter) const;
    // The ids of filter by source file (temp.file_order, see SqliteStore), then position.
    Plan idsBySource(const ItemFilter &filter, qint64 limit, qint64 offset) const;
    // The ids of filter in listing order over every item (the items of one
    // file, of no category, of an index walk are planned apart).
    Plan idsInListingOrder(const ItemFilter &filter, const SqlCondition &c, qint64 limit, qint64 offset) const;

    const SqliteConnection &m_connection;
    SearchPlanner m_search;
    bool m_mirror = false;
    bool m_current = true;
    bool m_organised = false;
    mutable bool m_keyOrder = false;
    mutable bool m_hiddenApart = false; // see HiddenApart
    mutable QString m_part; // Part's condition while one is set
};
