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
// Search (this slice): every word, any order; a word of 3 or more characters
// matches inside words (ILIKE on the title, the summary and the category
// names), a shorter one at the start of a word; exclusions. Phrases and words joined by punctuation
// ("covid-19") are refused for now, and case is compared by the server's
// lower() (not SearchText::fold's Unicode case folding).
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
    bool addSearch(const QString &search, QString &error);
    void addSource(const ItemFilter &filter);
    void add(const QString &condition);

    QString m_where;
    QString m_order;
    QVariantList m_values;
    QString m_pageFrom;
    QVariantList m_pageValues;
    bool m_fileOrder = false;
};
