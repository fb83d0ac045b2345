#pragma once

#include "models/store/itemfilter.h"
#include "models/store/label.h"
#include "models/support/latestrequest.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

class NewsStore;
class StoreWorker;

// The person's labels in their order, with how many items under the list's
// filter carry each (its labels part ignored: the counts are faceted, like
// the categories') and how many of those are unread. Checkable: the checked
// labels are the list's label filter (ItemFilter::labels).
//
// Rows can be moved (moveRows(): drag and drop in the pane, Ctrl+Shift+Up and
// Down): the model shows the new order at once and asks for it to be kept
// (orderChanged()); the session stores the positions. Keys 1-9 follow it.
//
// The labels and their counts are read together on the worker
// (NewsStore::labelCounts); without one (tests, command line) here. Marks
// the person sets move the numbers at once (adjust(), from ReaderSession);
// the worker's recount confirms them.
class LabelModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 Label::id
        NameRole,                  // QString
        ColorRole,                 // QString "#rrggbb" (the core has no QtGui: value<QColor>() converts it)
        CountRole,                 // qint64: items that carry it under the facet
        UnreadRole,                // qint64: unread ones of those
        PositionRole,              // int Label::position
    };
    Q_ENUM(Role)

    // A change of one label's numbers a mark makes, before the worker counts again.
    struct Delta
    {
        qint64 count = 0;
        qint64 unread = 0;
        friend bool operator==(const Delta &, const Delta &) = default;
    };

    explicit LabelModel(QObject *parent = nullptr);

    // The store is not owned and must outlive the model (or be unset first).
    void setStore(NewsStore *store);
    void setWorker(StoreWorker *worker);
    // The list's filter: counted again when its non-label part changed.
    void setFilter(const ItemFilter &filter);
    // Reads the labels and their counts again (after a write, an import).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    // A drop (the pane's InternalMove, which then calls moveRows()) only between the rows, never onto one.
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;

    // Every label in the person's order, with the counts last read.
    QList<Label> labels() const { return m_labels; }
    // The label of the row, or of the id, or of the (normalised) name; id 0 when there is none.
    Label labelAt(int row) const;
    Label label(qint64 id) const;
    Label labelNamed(const QString &name) const;
    int rowOfLabel(qint64 id) const; // -1 when there is none
    // name → "#rrggbb", what the list's rows paint (NewsListModel::setLabelColors).
    QHash<QString, QString> colors() const;

    // The checked labels' names, in the labels' order.
    QStringList checkedLabels() const;
    // Checks exactly these (names unknown to the model are kept: they match
    // nothing until a label of that name exists); checkedLabelsChanged() when
    // it changed.
    void setCheckedLabels(const QStringList &names);

    // Whether the labels have been read since the last refresh() (or setStore()).
    bool isReady() const { return m_ready; }

    // Marks just shown move the numbers at once (by label name); the recount
    // behind the marks' write confirms them.
    void adjust(const QHash<QString, Delta> &byName);

    // How many of some items carry each label, by label id (a label none of
    // them carries is left out).
    using Carried = QHash<qint64, qint64>;
    // Counts it for items (ItemFilter::ids, hidden or not; or a filter: the
    // list's) on the worker, behind the marks posted before (without one:
    // here), and calls done with it on this thread while context lives. A
    // failed read calls nothing: readFailed() says it.
    void countCarriers(const ItemFilter &items, QObject *context, const std::function<void(const Carried &)> &done);

Q_SIGNALS:
    void checkedLabelsChanged(const QStringList &names);
    // The labels and their counts arrived (after refresh(), setFilter(), setStore()).
    void countsReady();
    // The labels themselves changed (names, colours, order, added or deleted).
    void labelsChanged();
    // The person moved a label: these are the labels in their new order
    // (each Label::position set); ReaderSession stores them.
    void orderChanged(const QList<Label> &labels);
    // Reading failed (error names the cache): what is shown is not what the
    // cache holds (no labels is not "no labels").
    void readFailed(const QString &error);

private:
    struct Read
    {
        QList<Label> labels;
        QString error;
    };
    void apply(Read read);
    static std::pair<Carried, QString> carriedBy(const NewsStore &store, ItemFilter items);
    void followRenames(const QList<Label> &labels);
    void emitCheckedChanged(const QStringList &before);

    NewsStore *m_store = nullptr;
    QPointer<StoreWorker> m_worker;
    LatestRequest m_requests;
    ItemFilter m_facet; // the filter without labels and unreadOnly
    QList<Label> m_labels;
    QSet<QString> m_checked; // names
    bool m_ready = false;
    int m_unconfirmed = 0; // adjust()s whose recount has not come back yet
};
