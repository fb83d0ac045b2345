#pragma once

#include "models/store/savedview.h"
#include "models/support/latestrequest.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>

#include <optional>

class NewsStore;
class StoreWorker;

// The person's saved views in their order, each with how many items its
// filter shows and how many of those are unread (counted on the worker;
// without one here), and last the built-in "Hidden" view (the hidden items:
// filter.hidden = Only; id 0, never stored, not deletable, not movable).
//
// Rows can be moved (moveRows(): drag and drop in the pane, Ctrl+Shift+Up and
// Down, the context menu's Move Up and Down): the model shows
// the new order at once and asks for it to be kept (orderChanged()); the
// session stores the positions.
class SavedViewModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedViewModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 SavedView::id; 0 for the Hidden view
        NameRole,                  // QString (the Hidden view's translated name)
        UnreadRole,                // qint64
        CountRole,                 // qint64
        IsHiddenViewRole,          // bool
        FilterRole,                // ItemFilter
        CountedRole,               // bool: the numbers are known
        ForgettableRole, // qint64, the Hidden view: hidden items Forget Hidden forgets (also of files no
                         // longer in the archive); -1 while not known
    };
    Q_ENUM(Role)

    explicit SavedViewModel(QObject *parent = nullptr);

    void setStore(NewsStore *store);
    void setWorker(StoreWorker *worker);
    // Reads the views and counts every view's items again.
    void refresh();
    // Counts the views' items again (after marks and imports), the views unchanged.
    void recount();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    // A drop (the pane's InternalMove, which then calls moveRows()) only
    // between the stored views: never onto a row, nor below the Hidden view.
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;

    // The view of the row (the Hidden view's filter for the last row); id 0
    // and an empty name past the end.
    SavedView viewAt(int row) const;
    // The row of the stored view id; -1 when there is none. (The Hidden view: hiddenViewRow().)
    int rowOfView(qint64 id) const;
    int hiddenViewRow() const { return int(m_views.size()); }
    // The stored views, in the person's order (without the Hidden view).
    QList<SavedView> views() const { return m_views; }
    // The view of this (normalised) name; id 0 when there is none.
    SavedView viewNamed(const QString &name) const;
    // What the Hidden view shows.
    static ItemFilter hiddenFilter();
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    // The views arrived (refresh()); countsReady() follows with their numbers.
    void viewsRead();
    void countsReady();
    // The person moved a view: these are the views in their new order (each
    // SavedView::position set); ReaderSession stores them.
    void orderChanged(const QList<SavedView> &views);
    void readFailed(const QString &error);

private:
    struct Counted
    {
        qint64 count = -1; // -1: not known
        qint64 unread = -1;
        qint64 forgettable = -1; // the Hidden view: NewsStore::hiddenKeyCount()
    };
    struct Read
    {
        QList<SavedView> views;
        QList<Counted> counts; // views, then the Hidden view
        QString error;
    };
    static Read read(const NewsStore &store, bool withViews, const QList<SavedView> &views);
    // The numbers of filter, or nothing with error set (the cache's reason).
    static std::optional<Counted> countOf(const NewsStore &store, ItemFilter filter, QString &error);
    void post(bool withViews);
    void apply(Read read, bool withViews);
    // Whether views are the rows shown (the same ids in the same order).
    bool sameViews(const QList<SavedView> &views) const;
    const Counted &countedAt(int row) const;

    NewsStore *m_store = nullptr;
    QPointer<StoreWorker> m_worker;
    LatestRequest m_requests;
    QList<SavedView> m_views;
    QList<Counted> m_counts; // m_views.size() + 1 (the Hidden view last)
    bool m_ready = false;
};
