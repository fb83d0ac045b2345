#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What part of the cache a list, a count or an export covers. Every field
// narrows the result; the default covers everything in listing order.
struct ItemFilter
{
    enum class Match { Any, All };
    enum class Sort { Listing, Title, BestMatch }; // BestMatch: see NewsStore (without a search: Listing)

    QStringList categories;   // category names; empty = every category
    Match match = Match::Any;
    QString search;           // what a person typed; see searchExpression()
    bool unreadOnly = false;
    bool starredOnly = false;
    QString sourceFile;       // only items found in this listing file, in its order
    QList<qint64> ids;        // only these items (empty = no restriction)
    Sort sort = Sort::Listing;

    // The same filter without the category part: what faceted category counts use.
    ItemFilter withoutCategories() const
    {
        ItemFilter f = *this;
        f.categories.clear();
        return f;
    }

    bool isEmpty() const
    {
        return categories.isEmpty() && searchExpression().isEmpty() && !unreadOnly && !starredOnly
                && sourceFile.isEmpty() && ids.isEmpty();
    }

    // The FTS5 query for `search`: every word must match, the last one as a
    // prefix (so the list narrows while typing). Words are quoted, so FTS5
    // syntax typed by a person is searched for, never interpreted.
    QString searchExpression() const;

    // Whether the answer may come from the search index (words, or several
    // categories): then it leaves out the items an interrupted import left
    // waiting in the index's queue (NewsStore::pendingIndexItems()).
    bool usesSearchIndex() const { return !searchExpression().isEmpty() || categories.size() > 1; }

    friend bool operator==(const ItemFilter &, const ItemFilter &) = default;
};
