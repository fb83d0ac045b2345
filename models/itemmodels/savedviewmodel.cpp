#include "models/itemmodels/savedviewmodel.h"

#include "models/store/label.h"
#include "models/store/newsstore.h"
#include "models/store/storeworker.h"
#include "models/support/listmove.h"
#include "models/support/logging.h"

#include <QLocale>

#include <algorithm>

SavedViewModel::SavedViewModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_counts(1) // the Hidden view
{
}

void SavedViewModel::setStore(NewsStore *store)
{
    if (m_store == store)
        return;
    m_store = store;
    refresh();
}

void SavedViewModel::setWorker(StoreWorker *worker)
{
    m_worker = worker;
}

ItemFilter SavedViewModel::hiddenFilter()
{
    ItemFilter filter;
    filter.hidden = ItemFilter::Hidden::Only;
    return filter;
}

void SavedViewModel::refresh()
{
    post(true);
}

void SavedViewModel::recount()
{
    post(false);
}

SavedViewModel::Read SavedViewModel::read(const NewsStore &store, bool withViews, const QList<SavedView> &views)
{
    Read result;
    result.views = withViews ? store.savedViews() : views;
    result.error = store.readError();
    if (!result.error.isEmpty())
        return result;
    QList<ItemFilter> filters;
    for (const SavedView &view : std::as_const(result.views))
        filters.append(view.filter);
    filters.append(hiddenFilter());
    for (ItemFilter filter : std::as_const(filters)) {
        filter.ids = QList<qint64>();
        const std::optional<Counted> counted = countOf(store, filter, result.error);
        result.counts.append(counted.value_or(Counted{}));
    }
    if (result.error.isEmpty()) {
        const qint64 keys = store.hiddenKeyCount();
        if (store.lastReadFailed())
            result.error = store.readError();
        else
            result.counts.last().forgettable = keys;
    }
    return result;
}

std::optional<SavedViewModel::Counted> SavedViewModel::countOf(const NewsStore &store, ItemFilter filter,
                                                              QString &error)
{
    // Each count is checked on its own: a failed read is an error, never 0
    // (a count that failed before one that worked would pass for a number).
    Counted counted;
    counted.count = store.itemCount(filter);
    if (store.lastReadFailed()) {
        error = store.readError();
        return std::nullopt;
    }
    filter.unreadOnly = true;
    counted.unread = store.itemCount(filter);
    if (store.lastReadFailed()) {
        error = store.readError();
        return std::nullopt;
    }
    return counted;
}

void SavedViewModel::post(bool withViews)
{
    const LatestRequest::Ticket ticket = m_requests.next();
    const auto arrived = [this, ticket, withViews](Read result) {
        if (ticket.isCurrent())
            apply(std::move(result), withViews);
    };
    const auto readHere = [this, withViews] {
        return m_store && m_store->isOpen() ? read(*m_store, withViews, m_views) : Read{};
    };
    if (!m_worker) {
        arrived(readHere());
        return;
    }
    // Normal: behind the marks and writes posted before it (it counts what they changed).
    m_worker->post(this, [ticket, withViews, views = m_views](NewsStore &store) {
        return ticket.isCurrent() ? read(store, withViews, views) : Read{};
    }, arrived, StoreWorker::Priority::Normal, [arrived, readHere] { arrived(readHere()); });
}

void SavedViewModel::apply(Read result, bool withViews)
{
    if (!result.error.isEmpty()) {
        qCWarning(lcModels).noquote() << "cannot read the saved views:" << result.error;
        Q_EMIT readFailed(result.error);
        if (result.views.isEmpty() && withViews) {
            // What is shown stays (a failed read is not "no views"); its numbers are unknown now.
            std::fill(m_counts.begin(), m_counts.end(), Counted{});
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {CountRole, UnreadRole, CountedRole});
            return;
        }
    }
    if (withViews) {
        // The same views in the same order (a move written) keep their rows:
        // a reset would take the keyboard's place in the pane away.
        const bool reset = !sameViews(result.views);
        if (reset)
            beginResetModel();
        m_views = std::move(result.views);
        m_counts = result.counts;
        m_counts.resize(m_views.size() + 1);
        if (reset)
            endResetModel();
        else
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        m_ready = true;
        Q_EMIT viewsRead();
    } else {
        m_counts = result.counts;
        m_counts.resize(m_views.size() + 1);
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {CountRole, UnreadRole, CountedRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
    }
    Q_EMIT countsReady();
}

bool SavedViewModel::sameViews(const QList<SavedView> &views) const
{
    return m_ready && views.size() == m_views.size()
            && std::equal(views.cbegin(), views.cend(), m_views.cbegin(),
                          [](const SavedView &a, const SavedView &b) { return a.id == b.id; });
}

int SavedViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_views.size()) + 1;
}

const SavedViewModel::Counted &SavedViewModel::countedAt(int row) const
{
    static const Counted unknown;
    return row >= 0 && row < m_counts.size() ? m_counts.at(row) : unknown;
}

QVariant SavedViewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool hidden = row == hiddenViewRow();
    const Counted &counted = countedAt(row);
    const QString name = hidden ? tr("Hidden") : m_views.at(row).name;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return name;
    case Qt::EditRole:
        return hidden ? QVariant() : QVariant(name);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (counted.count < 0)
            return name;
        return tr("%1, %2 unread of %3")
                .arg(name, QLocale().toString(counted.unread), QLocale().toString(counted.count));
    case IdRole:
        return hidden ? qint64(0) : m_views.at(row).id;
    case UnreadRole:
        return std::max<qint64>(0, counted.unread);
    case CountRole:
        return std::max<qint64>(0, counted.count);
    case CountedRole:
        return counted.count >= 0;
    case ForgettableRole:
        return hidden ? counted.forgettable : qint64(-1);
    case IsHiddenViewRole:
        return hidden;
    case FilterRole:
        return QVariant::fromValue(hidden ? hiddenFilter() : m_views.at(row).filter);
    default:
        return {};
    }
}

Qt::ItemFlags SavedViewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // between the rows
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return index.row() == hiddenViewRow() ? flags : flags | Qt::ItemIsDragEnabled;
}

QHash<int, QByteArray> SavedViewModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "viewId");
    names.insert(NameRole, "name");
    names.insert(UnreadRole, "unread");
    names.insert(CountRole, "count");
    names.insert(IsHiddenViewRole, "isHiddenView");
    names.insert(FilterRole, "filter");
    names.insert(CountedRole, "counted");
    names.insert(ForgettableRole, "forgettable");
    return names;
}

bool SavedViewModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                              const QModelIndex &destinationParent, int destinationChild)
{
    // Only stored views move, and only among themselves (the Hidden view stays last).
    if (sourceParent.isValid() || destinationParent.isValid()
        || !ListMove::changesOrder(m_views.size(), sourceRow, count, destinationChild))
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    // A count on its way is in the old order: the session reads the views again once the order is written.
    m_requests.supersede();
    ListMove::apply(m_views, sourceRow, count, destinationChild);
    ListMove::apply(m_counts, sourceRow, count, destinationChild);
    for (qsizetype i = 0; i < m_views.size(); ++i)
        m_views[i].position = int(i);
    endMoveRows();
    Q_EMIT orderChanged(m_views);
    return true;
}

bool SavedViewModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent) const
{
    // row -1 (the empty space below the rows) would append below "Hidden".
    return data && action == Qt::MoveAction && !parent.isValid() && column <= 0 && row >= 0 && row <= m_views.size()
            && QAbstractListModel::canDropMimeData(data, action, row, column, parent);
}

SavedView SavedViewModel::viewAt(int row) const
{
    if (row == hiddenViewRow()) {
        SavedView hidden;
        hidden.name = tr("Hidden");
        hidden.position = row;
        hidden.filter = hiddenFilter();
        return hidden;
    }
    return row >= 0 && row < m_views.size() ? m_views.at(row) : SavedView{};
}

int SavedViewModel::rowOfView(qint64 id) const
{
    const auto it = std::find_if(m_views.cbegin(), m_views.cend(), [id](const SavedView &v) { return v.id == id; });
    return it == m_views.cend() || id == 0 ? -1 : int(it - m_views.cbegin());
}

SavedView SavedViewModel::viewNamed(const QString &name) const
{
    const QString wanted = Label::normalisedName(name);
    const auto it = std::find_if(m_views.cbegin(), m_views.cend(), [&](const SavedView &v) { return v.name == wanted; });
    return it == m_views.cend() ? SavedView{} : *it;
}
