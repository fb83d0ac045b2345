#pragma once

#include "models/store/fileorder.h"
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
    // The ORDER BY terms, and what their placeholders take (after values()).
    QString order() const { return m_order; }
    QVariantList orderValues() const;
    // What the placeholders of fromWhere() take, in order.
    QVariantList values() const { return m_values; }
    // "FROM ... WHERE ..." for a page in order(): with a source file its
    // sources (an item at each of its places); sorted by source the files
    // in the order setFileOrder() gave (needsFileOrder()), bound as an
    // array, each read for at most rows items (offset + limit; -1: all), and
    // then no condition may follow; else fromWhere().
    QString pageFromWhere(qint64 rows = -1) const;
    QVariantList pageValues() const;
    bool needsFileOrder() const { return m_fileOrder; }
    // Sorted by source: the archive's files in their order (sortBySwedishPath()).
    void setFileOrder(const QList<OrderedFile> &files);
    // Best match with a search: how many positive terms there are (0: not
    // sorted by best match), the SQL that counts those in an item's title
    // (its placeholders take titleValues(), the terms' patterns: bound, as
    // every pattern is), and the order within one count (a tier), e.g.
    // newest first.
    int positiveTerms() const { return m_positiveTerms; }
    QString titleHits() const { return m_titleHits; }
    QVariantList titleValues() const { return m_titleValues; }
    QString tierOrder() const { return m_baseOrder; }

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
    int m_positiveTerms = 0;
    QString m_titleHits;
    QVariantList m_titleValues;
    QString m_baseOrder;
};
