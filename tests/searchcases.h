#pragma once

// The search rules' cases, in one place for every store (issue 14's rules,
// issue 17's "one data-driven test suite runs against both stores"): items
// written for the rules (compounds, å ä ö, joined words, numbers, phrases,
// category names, fields a phrase must not run across) and the queries that
// try each rule. tst_searchstore runs them against the SQLite cache,
// tst_pgsearch against the shared archive (and the SQLite cache beside it);
// both compare every answer with SearchMatcher over every item.

#include "models/store/itemfilter.h"
#include "storetestsupport.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace SearchCases {

// Items written for the rules, newest first in their file (a listing of
// them: listingOf(), StoreTestFixture::writeListing()).
QList<ListingItem> ruleItems();

// Every query of the rules, as typed.
QStringList queries();
// Queries whose answers hold more than 6 items (paging).
QStringList pagedQueries();

// An item as the rules see it.
struct Reference
{
    qint64 id = 0;
    QString title;
    QString summary;
    QStringList categories;
};
// The ids SearchMatcher passes for typed among items (listing order kept);
// with bestMatch, more positive terms in the title first (stable).
QList<qint64> expected(const QList<Reference> &items, const QString &typed, bool bestMatch = false);
// The category counts of the items ids names: every category of items with
// its count, and the items of no category under an empty name when any passes.
QMap<QString, qint64> expectedCounts(const QList<Reference> &items, const QList<qint64> &ids);
// A search narrowed by categories (one, then two; any, then all of them),
// with the ids among its own it should give.
struct Narrowed
{
    ItemFilter filter;
    QList<qint64> ids;
};
QList<Narrowed> narrowedByCategories(const QList<Reference> &items, const QList<qint64> &ids, const ItemFilter &filter);

} // namespace SearchCases
