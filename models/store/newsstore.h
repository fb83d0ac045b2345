#pragma once

#include "models/store/itemfilter.h"
#include "models/store/newsitem.h"

#include <QCache>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class ImportWriter;

struct CategoryCount
{
    QString name;
    qint64 count = 0;

    friend bool operator==(const CategoryCount &, const CategoryCount &) = default;
};

// The local SQLite cache. One NewsStore is one connection and belongs to the
// thread that opened it; a worker opens its own NewsStore on the same file.
// All SQL of newsdesk lives in models/: views ask models, models ask the store.
class NewsStore
{
    Q_DECLARE_TR_FUNCTIONS(NewsStore)

public:
    static constexpr int SchemaVersion = 7;

    NewsStore();
    ~NewsStore();
    Q_DISABLE_COPY_MOVE(NewsStore)

    // The cache file used when none is given: <AppDataLocation>/newsdesk.sqlite.
    static QString defaultPath();

    // Opens (creating if needed) and migrates the cache. targetVersion is for
    // tests that build an older cache. On failure errorString() says why.
    bool open(const QString &path, int targetVersion = SchemaVersion);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    QSqlDatabase database() const;
    int schemaVersion() const;

    // Reading.
    qint64 itemCount(const ItemFilter &filter = {}) const;
    // Whether itemCount(filter) reads counts the cache keeps (per category,
    // per set of categories) instead of walking the matching items: then it is
    // quick at any size. A search is always walked.
    bool countIsKept(const ItemFilter &filter) const;
    // The ids that pass filter, in its order; with limit >= 0 only that many,
    // from offset (a page).
    QList<qint64> itemIds(const ItemFilter &filter = {}, qint64 limit = -1, qint64 offset = 0) const;
    // Full items, in the order of ids; unknown ids are left out.
    QList<NewsItem> items(const QList<qint64> &ids) const;
    NewsItem item(qint64 id) const;
    // Every category with the number of items that pass filter (its own
    // category part is ignored: counts are faceted). Sorted by count, then name.
    // With a search this is one count per category; abandoned (empty result)
    // as soon as stop() returns true, when the caller no longer wants it.
    QList<CategoryCount> categoryCounts(const ItemFilter &filter = {},
                                        const std::function<bool()> &stop = {}) const;
    QStringList categoryNames() const;
    // Items an interrupted import left for the search index (see NewsImporter).
    qint64 pendingIndexItems() const;
    QStringList sourceFiles() const;

    // The store side of an import (NewsImporter), on this connection.
    std::unique_ptr<ImportWriter> importWriter();

    // The importer tells the store that the full-text index changed (other
    // connections see it through SQLite; this one forgets what it derived).
    void indexChanged();

    // Reader state, one statement each, whatever the number of items.
    bool setRead(const QList<qint64> &ids, bool read);
    bool setStarred(const QList<qint64> &ids, bool starred);
    bool setReadWhere(const ItemFilter &filter, bool read);

private:
    bool migrate(int targetVersion);
    // The statement of a kept count (see countIsKept); an empty one when no
    // item can pass; nullopt when the count needs a walk.
    struct CountQuery
    {
        QString sql;
        QVariantList binds;
    };
    std::optional<CountQuery> keptCount(const ItemFilter &filter) const;
    // The filter's search as an FTS5 query (see wordsQuery in the .cpp), and
    // the index's terms that start with prefix (cached until indexChanged()).
    QString wordsQuery(const ItemFilter &filter) const;
    QStringList prefixTerms(const QString &prefix) const;
    // The condition on items_fts for a bound MATCH query, leaving out the
    // entries an unfinished import has made stale (see NewsImporter).
    QString indexMatch() const;
    // wordsQuery(filter) and, when it is not empty, indexMatch().
    std::pair<QString, QString> searchParts(const ItemFilter &filter) const;
    bool hasStaleIndexEntries() const;
    // The FTS5 query that selects exactly the items of filter when the
    // full-text index can answer alone (words, several categories); empty when
    // no item can pass; nullopt when the filter needs the tables.
    std::optional<QString> indexQuery(const ItemFilter &filter) const;
    QList<qint64> idsByCategory(const ItemFilter &filter, qint64 limit, qint64 offset) const;
    // The filter's category ids, smallest first for "all"; none is set when
    // no item can pass.
    QList<qint64> resolveCategories(const ItemFilter &filter, bool &none) const;
    // Why the open file must not be used or changed, or empty when it may.
    QString incompatibility(int tableCount) const;
    bool fail(const QString &message);
    bool setState(const char *column, const QString &itemCondition, const QVariantList &binds, bool value);

    // The index's prefixes are 2 to 6 characters long (schema 5); a longer one
    // is spelled out as up to MaxSpelledTerms terms.
    static constexpr int LongestIndexedPrefix = 6;
    static constexpr int MaxSpelledTerms = 128;
    mutable QCache<QString, QStringList> m_prefixTerms{64};
    mutable qint64 m_prefixTermsVersion = -1;

    QString m_connection;
    QString m_path;
    QString m_error;
};
