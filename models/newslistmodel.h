#pragma once

#include "itemfilter.h"
#include "newsitem.h"

#include <QAbstractListModel>
#include <QCache>
#include <QList>

class NewsStore;

// The news list over the cache. Filtering, search and sort are done by SQL;
// the model holds the ordered ids of the rows that pass (so it knows its row
// count up front and a jump to any row costs one page) and reads full rows in
// pages on demand into a bounded cache. It never holds every row.
class NewsListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        SummaryRole,
        CategoriesRole, // QStringList
        SourcesRole,    // QList<ItemSource>
        ReadRole,
        StarredRole,
        ItemRole,       // the whole NewsItem
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 128;
    static constexpr int MaxCachedPages = 64;

    explicit NewsListModel(QObject *parent = nullptr);
    ~NewsListModel() override;

    // The store is not owned and must outlive the model (or be unset first).
    void setStore(NewsStore *store);
    NewsStore *store() const { return m_store; }

    const ItemFilter &filter() const { return m_filter; }
    // Does nothing when the filter is unchanged; otherwise re-queries once.
    void setFilter(const ItemFilter &filter);
    // Re-query with the same filter (after an import, say).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;                 // -1 when not shown
    QList<qint64> idsOf(const QModelIndexList &indexes) const; // in list order
    const QList<qint64> &ids() const { return m_ids; }
    NewsItem itemAt(int row) const;

    // Reader state for many rows in one statement each.
    bool setRead(const QList<int> &rows, bool read);
    bool setStarred(const QList<int> &rows, bool starred);
    bool markAllRead();
    // The next unread row after `row` (wrapping), or -1.
    int nextUnread(int row) const;

    // For tests and the benchmark: how many pages were read from the cache
    // since the last reset, and which pages are held now.
    int pagesFetched() const { return m_pagesFetched; }
    QList<int> cachedPages() const { return m_pages.keys(); }

Q_SIGNALS:
    void filterChanged();
    // Reader state changed in the cache (counts elsewhere may need a refresh).
    void stateChanged();

private:
    const NewsItem *row(int row) const;
    void invalidateRows(const QList<int> &rows);

    NewsStore *m_store = nullptr;
    ItemFilter m_filter;
    QList<qint64> m_ids;
    mutable QCache<int, QList<NewsItem>> m_pages;
    mutable int m_pagesFetched = 0;
};
