#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What part of the cache a list, a count or an export covers. Every field
// narrows the result; the default covers everything in listing order.
struct ItemFilter
{
    enum class Match { Any, All };
    enum class Sort {
        Listing,   // newest first (the listing's order)
        Title,     // by title (Swedish order), then newest first
        BestMatch, // with a search: more of its words in the title first, then newest first;
                   // without one the same as Listing
        Source,    // by source file (its path, Swedish order), then the position in it
        ReadState, // unread first, each part newest first
        Starred,   // starred first, each part newest first
    };

    QStringList categories;   // category names; empty = every category
    Match match = Match::Any;
    QString search;           // what a person typed, read by SearchQuery::parse()
    bool unreadOnly = false;
    bool starredOnly = false;
    QString sourceFile;       // only items found in this listing file, in its order
    QList<qint64> ids;        // only these items (empty = no restriction)
    Sort sort = Sort::Listing;
    // The items with no category. With categories and Match::Any: the items in
    // any of them or in none; with Match::All and categories: nothing; alone:
    // only the items with no category.
    bool uncategorised = false;
    // ms since the epoch; > 0: only the items the cache first stored after it
    // (NewsItem::addedAt).
    qint64 newSince = 0;
    // Label names: only the items that carry any of them (empty = no
    // restriction). An unknown name matches nothing.
    QStringList labels;
    // Hidden items (NewsStore, Mark::Hidden) are left out of every list and
    // count unless a filter asks for them; items forgotten for good
    // (NewsStore::forgetHidden) are never shown, not even by Only or Include.
    enum class Hidden { Exclude, Only, Include };
    Hidden hidden = Hidden::Exclude;

    // The same filter without the category part (categories and uncategorised):
    // what faceted category counts use.
    ItemFilter withoutCategories() const
    {
        ItemFilter f = *this;
        f.categories.clear();
        f.uncategorised = false;
        return f;
    }

    // Whether the search holds terms (a query of only symbols holds none and
    // selects every item).
    bool hasSearch() const;

    bool isEmpty() const
    {
        return categories.isEmpty() && !hasSearch() && !unreadOnly && !starredOnly && sourceFile.isEmpty()
                && ids.isEmpty() && !uncategorised && newSince <= 0 && labels.isEmpty()
                && hidden == Hidden::Exclude;
    }

    // The filter as saved views and the state file keep it: every field but
    // ids. {categories, match ("any"/"all"), search, unread, starred, source,
    // uncategorised, labels, hidden ("exclude"/"only"/"include"), sort
    // ("listing", "title", "best", "source", "read", "starred")}; fields at
    // their default are left out.
    QJsonObject toJson() const;
    // The filter toJson() wrote; unknown fields are ignored, a field of the
    // wrong type or an unknown sort, match or hidden value is an error (error
    // says which, the filter is then the default one).
    static ItemFilter fromJson(const QJsonObject &json, QString *error = nullptr);

    // Whether the answer may come from the search index (a search, or several
    // categories): then it leaves out the items an interrupted import left
    // waiting in the index's queue (NewsStore::pendingIndexItems()).
    bool usesSearchIndex() const { return hasSearch() || categories.size() > 1; }

    friend bool operator==(const ItemFilter &, const ItemFilter &) = default;
};
