#pragma once

#include "models/store/itemfilter.h"
#include "models/store/newsstore.h"
#include "models/support/latestrequest.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QList>
#include <QSet>

#include <functional>

class StoreWorker;

// The categories with their item counts, checkable. Row 0 is "All
// categories", checked when no category is. Counts are faceted: they follow
// the search and read/starred parts of the filter, not the category part.
class CategoryModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryModel)

public:
    enum Role {
        NameRole = Qt::UserRole + 1, // the category name; empty for "All categories"
        CountRole,                   // items in the category under the filter
        ShareRole,                   // count / number of items under the filter, 0..1
        IsAllRole,
    };
    Q_ENUM(Role)

    explicit CategoryModel(QObject *parent = nullptr);

    void setStore(NewsStore *store);
    // With a worker, counting runs there and countsReady() tells when it is
    // done; without one (tests, command line) it runs on the calling thread.
    void setWorker(StoreWorker *worker);
    // Re-counts when the non-category part of the filter changed.
    void setFilter(const ItemFilter &filter);
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList checkedCategories() const;   // in the model's order
    void setCheckedCategories(const QStringList &names);
    void clearChecked();
    int rowOfCategory(const QString &name) const;
    qint64 totalCount() const { return m_total; }

Q_SIGNALS:
    void checkedCategoriesChanged(const QStringList &names);
    void countsReady();
    // Counting failed (error names the cache): the counts shown are not what
    // the cache holds (no categories is not "no items").
    void readFailed(const QString &error);

private:
    // The counts of a refresh, and why reading them failed (or empty).
    struct Counts
    {
        QList<CategoryCount> counts;
        qint64 total = 0;
        QString error;
    };
    static Counts count(const NewsStore &store, const ItemFilter &facet, const std::function<bool()> &stop);
    void emitCheckedChanged();
    void apply(Counts result);
    void apply(QList<CategoryCount> counts, qint64 total);

    NewsStore *m_store = nullptr;
    QPointer<StoreWorker> m_worker;
    // Every refresh is a new request; the worker's jobs carry its ticket, so
    // a job a newer refresh has superseded is skipped (or stopped) instead of run.
    LatestRequest m_requests;
    ItemFilter m_facet;
    QList<CategoryCount> m_counts;
    QSet<QString> m_checked;
    qint64 m_total = 0;
};
