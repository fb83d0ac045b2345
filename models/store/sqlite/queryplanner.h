#pragma once

#include "models/store/itemfilter.h"
#include "models/store/sqlite/sqlstatement.h"

#include <QCache>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class SqliteConnection;

// Turns an ItemFilter into the statements that answer it on an SQLite cache
// (schema 7): which kept count, which index query, which category streams.
// Planning reads a little (category ids, the index's terms, whether an import
// left stale index entries) through the connection, whose failures the
// reading caller collects (SqliteConnection::takeFailure()).
class QueryPlanner
{
public:
    explicit QueryPlanner(const SqliteConnection &connection);

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
    // The statement whose rows are the ids of itemIds(filter, limit, offset).
    Plan ids(const ItemFilter &filter, qint64 limit, qint64 offset) const;
    // The statement of a kept count (quick at any size); an empty one when no
    // item can pass; nullopt when the count needs a walk.
    std::optional<SqlStatement> keptCount(const ItemFilter &filter) const;

    // The FTS5 query that selects exactly the items of filter when the
    // full-text index can answer alone (words, several categories); empty when
    // no item can pass; nullopt when the filter needs the tables.
    std::optional<QString> indexQuery(const ItemFilter &filter) const;
    // The condition on items_fts for a bound MATCH query, leaving out the
    // entries an unfinished import has made stale (see NewsImporter).
    QString indexMatch() const;
    // The filter's category ids, smallest first for "all"; none is set when
    // no item can pass.
    QList<qint64> resolveCategories(const ItemFilter &filter, bool &none) const;
    // The WHERE clause over `items i` for filter, its search included.
    SqlCondition condition(const ItemFilter &filter) const;

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
    // The filter's search as an FTS5 query, and the index's terms that start
    // with prefix (cached until indexChanged() or another connection's commit).
    QString wordsQuery(const ItemFilter &filter) const;
    QStringList prefixTerms(const QString &prefix) const;
    // Forgets the cached terms when the index changed since they were read;
    // false (and nothing cached) when that cannot be told.
    bool prefixTermsAreCurrent() const;
    // wordsQuery(filter) and, when it is not empty, indexMatch().
    std::pair<QString, QString> searchParts(const ItemFilter &filter) const;
    bool hasStaleIndexEntries() const;
    Plan categoryCount(const ItemFilter &filter) const;

    // The index's prefixes are 2 to 6 characters long (schema 5); a longer one
    // is spelled out as up to MaxSpelledTerms terms.
    static constexpr int LongestIndexedPrefix = 6;
    static constexpr int MaxSpelledTerms = 128;

    const SqliteConnection &m_connection;
    mutable QCache<QString, QStringList> m_prefixTerms{64};
    mutable qint64 m_prefixTermsVersion = -1;
};
