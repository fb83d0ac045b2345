#pragma once

#include "models/store/itemfilter.h"
#include "models/store/storeresult.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

// An ItemFilter in the shared archive's SQL: the tables (items i, the
// person's marks m), the condition and the order, with the values to bind in
// order. What the archive cannot answer yet is refused with a sentence saying
// so, never answered with fewer items.
//
// Search: exactly the rules of SearchMatcher (models/search/), on the search
// text the program folded (PgSearchText): LIKE for a word (inside words from
// 3 characters on, else at a word's start) and a phrase, a regular expression
// for words joined by punctuation, each on the item's text and on its
// category names (pg_trgm indexes both); exclusions; an item whose note alone
// passes the query passes too. Best match first: more positive terms in the
// title first, then newest first (as the SQLite cache).
class PgFilterSql
{
    Q_DECLARE_TR_FUNCTIONS(PgFilterSql)

public:
    static StoreResult<PgFilterSql> build(const ItemFilter &filter);
    // A sentence for an operation the shared archive does not have yet.
    static QString notYet(const QString &what);

    // "FROM ... WHERE ..." (no ORDER BY).
    QString fromWhere() const;
    // The ORDER BY terms.
    QString order() const { return m_order; }
    // What the placeholders of fromWhere() take, in order.
    QVariantList values() const { return m_values; }
    // "FROM ... WHERE ..." for a page in order(): with a source file its
    // sources (an item at each of its places), sorted by source the files
    // in pg_temp.file_order (needsFileOrder()); else fromWhere().
    QString pageFromWhere() const;
    QVariantList pageValues() const;
    bool needsFileOrder() const { return m_fileOrder; }

private:
    bool addCategories(const ItemFilter &filter);
    void addSearch(const QString &search, bool bestMatch);
    void addSource(const ItemFilter &filter);
    void add(const QString &condition);

    QString m_where;
    QString m_order;
    QVariantList m_values;
    QString m_pageFrom;
    QVariantList m_pageValues;
    bool m_fileOrder = false;
};
