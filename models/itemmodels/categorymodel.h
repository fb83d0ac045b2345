#pragma once

#include "models/store/itemfilter.h"
#include "models/store/newsstore.h"
#include "models/store/storeworker.h"
#include "models/support/latestrequest.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

// The categories with their item counts, checkable. Row 0 is "All
// categories", checked when no category is; then the categories; then, when
// items with no category pass the facet, an "Uncategorised" row (checking it
// sets ItemFilter::uncategorised). Counts are faceted: each row counts the
// items that pass the filter without its category part (categories,
// uncategorised) and without unreadOnly, so that a row can show both its
// total (CountRole) and how many of those are unread (UnreadRole); they
// follow the search, starredOnly, newSince, sourceFile and ids.
//
// Marks a person sets change the unread numbers at once (adjust(), from
// ReaderSession); the worker's recount confirms them later. A recount
// started before such a change is dropped (its ticket is superseded), and
// while a change is unconfirmed every recount queues behind the marks'
// writes on the worker, so the numbers never flicker back.
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
        UnreadRole,          // unread items of the category under the facet
        IsUncategorisedRole, // the "Uncategorised" row (its NameRole is empty)
    };
    Q_ENUM(Role)

    // A change of the numbers a mark makes, before the worker counts again.
    struct Delta
    {
        qint64 count = 0;
        qint64 unread = 0;
        friend bool operator==(const Delta &, const Delta &) = default;
    };
    struct Adjustment
    {
        QHash<QString, Delta> categories; // by name; an empty name is "Uncategorised"
        Delta all;                        // "All categories"
        bool isEmpty() const;
    };

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
    qint64 unreadTotal() const { return m_unreadTotal; } // row 0's unread
    // The count and unread number of a category ("" = Uncategorised) under
    // the facet; nothing when it has no row.
    std::optional<Delta> countsOf(const QString &name) const;
    // The "Uncategorised" row's check; checkedCategoriesChanged() fires too.
    bool uncategorisedChecked() const { return m_uncategorisedChecked; }
    void setUncategorisedChecked(bool checked);
    // Whether the "Uncategorised" row is shown (items with no category pass the facet).
    bool hasUncategorised() const { return m_uncategorised.has_value(); }

    // Marks just shown change the numbers at once by adjustment; a recount
    // follows behind the marks' write on the worker (the caller posts the
    // write first) and confirms them.
    void adjust(const Adjustment &adjustment);

Q_SIGNALS:
    void checkedCategoriesChanged(const QStringList &names);
    void countsReady();
    // The numbers changed (a recount, or adjust()).
    void countsChanged();
    // Counting failed (error names the cache): the counts shown are not what
    // the cache holds (no categories is not "no items").
    void readFailed(const QString &error);

private:
    // The counts of a refresh, and why reading them failed (or empty).
    struct Counts
    {
        QList<CategoryCount> counts;
        qint64 total = 0;
        qint64 unreadTotal = 0;
        QString error;
    };
    static Counts count(const NewsStore &store, const ItemFilter &facet, const std::function<bool()> &stop);
    void emitCheckedChanged();
    void emitNumbersChanged();
    void apply(Counts result);
    void apply(QList<CategoryCount> counts, qint64 total, qint64 unreadTotal);
    void post(StoreWorker::Priority priority, bool confirms);
    CategoryCount *entry(const QString &name);
    const CategoryCount *entryAt(int row) const;
    int uncategorisedRow() const;

    NewsStore *m_store = nullptr;
    QPointer<StoreWorker> m_worker;
    // Every refresh is a new request; the worker's jobs carry its ticket, so
    // a job a newer refresh has superseded is skipped (or stopped) instead of run.
    LatestRequest m_requests;
    ItemFilter m_facet;
    QList<CategoryCount> m_counts;
    QSet<QString> m_checked;
    bool m_uncategorisedChecked = false;
    std::optional<CategoryCount> m_uncategorised; // the items with no category, when there are any
    qint64 m_total = 0;
    qint64 m_unreadTotal = 0;
    int m_unconfirmed = 0; // adjust()s whose recount has not come back yet
};
