#include "models/itemmodels/labelmodel.h"

#include "models/store/newsstore.h"
#include "models/store/storeworker.h"
#include "models/support/listmove.h"
#include "models/support/logging.h"

#include <QLocale>

#include <algorithm>
#include <limits>

LabelModel::LabelModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void LabelModel::setStore(NewsStore *store)
{
    if (m_store == store)
        return;
    m_store = store;
    refresh();
}

void LabelModel::setWorker(StoreWorker *worker)
{
    m_worker = worker;
}

void LabelModel::setFilter(const ItemFilter &filter)
{
    // Every row shows its total and its unread number, whatever labels are checked.
    ItemFilter facet = filter;
    facet.labels.clear();
    facet.unreadOnly = false;
    facet.ids = QList<qint64>(); // (not clear(): a cleared list compared with an empty one passes memcmp a null pointer)
    if (facet == m_facet)
        return;
    m_facet = facet;
    refresh();
}

namespace {

LabelModel::Delta &operator+=(LabelModel::Delta &a, const LabelModel::Delta &b)
{
    a.count += b.count;
    a.unread += b.unread;
    return a;
}

} // namespace

void LabelModel::refresh()
{
    const LatestRequest::Ticket ticket = m_requests.next();
    const auto readHere = [this] {
        if (!m_store || !m_store->isOpen())
            return Read{};
        QList<Label> labels = m_store->labelCounts(m_facet);
        return Read{std::move(labels), m_store->readError()};
    };
    const auto arrived = [this, ticket](Read read) {
        if (ticket.isCurrent()) // a newer refresh (or a mark) supersedes this one
            apply(std::move(read));
    };
    if (!m_worker) {
        arrived(readHere());
        return;
    }
    // Behind the marks' writes while a change of the numbers is unconfirmed
    // (a High job would count the cache as it was before them).
    const auto priority = m_unconfirmed > 0 ? StoreWorker::Priority::Normal : StoreWorker::Priority::High;
    m_worker->post(this, [facet = m_facet, ticket](NewsStore &store) {
        if (!ticket.isCurrent())
            return Read{};
        QList<Label> labels = store.labelCounts(facet);
        return Read{std::move(labels), store.readError()};
    }, arrived, priority, [arrived, readHere] { arrived(readHere()); });
}

void LabelModel::apply(Read read)
{
    m_unconfirmed = 0;
    if (!read.error.isEmpty()) {
        qCWarning(lcModels).noquote() << "cannot read the labels:" << read.error;
        Q_EMIT readFailed(read.error);
        // What is shown stays: an empty answer of a failed read is not "no labels".
        m_ready = true;
        Q_EMIT countsReady();
        return;
    }
    const QStringList checkedBefore = checkedLabels();
    followRenames(read.labels);
    bool sameRows = read.labels.size() == m_labels.size();
    bool sameLabels = sameRows;
    for (qsizetype i = 0; sameRows && i < read.labels.size(); ++i) {
        const Label &a = read.labels.at(i);
        const Label &b = m_labels.at(i);
        sameRows = a.id == b.id;
        sameLabels = sameLabels && sameRows && a.name == b.name && a.color == b.color && a.position == b.position;
    }
    if (sameRows) {
        m_labels = std::move(read.labels);
        if (!m_labels.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_labels.size()) - 1));
    } else {
        beginResetModel();
        m_labels = std::move(read.labels);
        endResetModel();
    }
    m_ready = true;
    if (!sameLabels)
        Q_EMIT labelsChanged();
    emitCheckedChanged(checkedBefore);
    Q_EMIT countsReady();
}

void LabelModel::followRenames(const QList<Label> &labels)
{
    // A checked label renamed stays checked under its new name; one deleted is unchecked.
    QHash<qint64, QString> now;
    for (const Label &label : labels)
        now.insert(label.id, label.name);
    for (const Label &label : std::as_const(m_labels)) {
        if (!m_checked.contains(label.name))
            continue;
        const auto renamed = now.constFind(label.id);
        if (renamed != now.constEnd() && *renamed == label.name)
            continue;
        m_checked.remove(label.name);
        if (renamed != now.constEnd())
            m_checked.insert(*renamed);
    }
}

int LabelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_labels.size());
}

QVariant LabelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Label &label = m_labels.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case NameRole:
        return label.name;
    case Qt::ToolTipRole:
        return tr("%1: %Ln item(s)", nullptr, int(std::min<qint64>(label.count, std::numeric_limits<int>::max()))).arg(label.name);
    case Qt::AccessibleTextRole:
        return tr("%1, %2 unread of %3")
                .arg(label.name, QLocale().toString(label.unread), QLocale().toString(label.count));
    case ColorRole:
        return label.color;
    case Qt::CheckStateRole:
        return m_checked.contains(label.name) ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return label.id;
    case CountRole:
        return label.count;
    case UnreadRole:
        return label.unread;
    case PositionRole:
        return label.position;
    default:
        return {};
    }
}

bool LabelModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QStringList before = checkedLabels();
    const QString &name = m_labels.at(index.row()).name;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_checked.insert(name);
    else
        m_checked.remove(name);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    emitCheckedChanged(before);
    return true;
}

Qt::ItemFlags LabelModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // between the rows
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren
            | Qt::ItemIsDragEnabled;
}

bool LabelModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                          const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid()
        || !ListMove::changesOrder(m_labels.size(), sourceRow, count, destinationChild))
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    // A read on its way is in the old order: the session reads the labels again once the order is written.
    m_requests.supersede();
    ListMove::apply(m_labels, sourceRow, count, destinationChild);
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        m_labels[i].position = int(i);
    endMoveRows();
    Q_EMIT labelsChanged();
    Q_EMIT orderChanged(m_labels);
    return true;
}

bool LabelModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent) const
{
    // row -1 is the empty space below the rows: the end of the list.
    return data && action == Qt::MoveAction && !parent.isValid() && column <= 0 && row >= -1
            && row <= m_labels.size() && QAbstractListModel::canDropMimeData(data, action, row, column, parent);
}

QHash<int, QByteArray> LabelModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "labelId");
    names.insert(NameRole, "name");
    names.insert(ColorRole, "color");
    names.insert(CountRole, "count");
    names.insert(UnreadRole, "unread");
    names.insert(PositionRole, "position");
    return names;
}

Label LabelModel::labelAt(int row) const
{
    return row >= 0 && row < m_labels.size() ? m_labels.at(row) : Label{};
}

Label LabelModel::label(qint64 id) const
{
    return labelAt(rowOfLabel(id));
}

Label LabelModel::labelNamed(const QString &name) const
{
    const QString wanted = Label::normalisedName(name);
    const auto it = std::find_if(m_labels.cbegin(), m_labels.cend(), [&](const Label &l) { return l.name == wanted; });
    return it == m_labels.cend() ? Label{} : *it;
}

int LabelModel::rowOfLabel(qint64 id) const
{
    const auto it = std::find_if(m_labels.cbegin(), m_labels.cend(), [id](const Label &l) { return l.id == id; });
    return it == m_labels.cend() || id == 0 ? -1 : int(it - m_labels.cbegin());
}

QHash<QString, QString> LabelModel::colors() const
{
    QHash<QString, QString> colors;
    for (const Label &label : m_labels)
        colors.insert(label.name, label.color);
    return colors;
}

QStringList LabelModel::checkedLabels() const
{
    // In the labels' order; checked names no label has (yet) last, sorted.
    QStringList names;
    QSet<QString> rest = m_checked;
    for (const Label &label : m_labels) {
        if (rest.remove(label.name))
            names.append(label.name);
    }
    QStringList unknown(rest.cbegin(), rest.cend());
    unknown.sort();
    return names + unknown;
}

void LabelModel::setCheckedLabels(const QStringList &names)
{
    QSet<QString> wanted;
    for (const QString &name : names)
        wanted.insert(Label::normalisedName(name));
    if (wanted == m_checked)
        return;
    const QStringList before = checkedLabels();
    m_checked = wanted;
    if (!m_labels.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_labels.size()) - 1), {Qt::CheckStateRole});
    emitCheckedChanged(before);
}

void LabelModel::emitCheckedChanged(const QStringList &before)
{
    const QStringList now = checkedLabels();
    if (now != before)
        Q_EMIT checkedLabelsChanged(now);
}

void LabelModel::adjust(const QHash<QString, Delta> &byName)
{
    int first = -1;
    int last = -1;
    for (qsizetype row = 0; row < m_labels.size(); ++row) {
        Label &label = m_labels[row];
        const auto delta = byName.constFind(label.name);
        if (delta == byName.constEnd())
            continue;
        Delta numbers{label.count, label.unread};
        numbers += *delta;
        label.count = std::max<qint64>(0, numbers.count);
        label.unread = std::clamp<qint64>(numbers.unread, 0, label.count);
        first = first < 0 ? int(row) : first;
        last = int(row);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first), index(last), {CountRole, UnreadRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
    // Confirmed by a recount behind the marks' write (posted before this).
    ++m_unconfirmed;
    refresh();
}

std::pair<LabelModel::Carried, QString> LabelModel::carriedBy(const NewsStore &store, ItemFilter items)
{
    if (!items.labels.isEmpty()) {
        // The store's label counts leave a filter's labels out: the items themselves, then.
        ItemFilter listed;
        listed.ids = store.itemIds(items);
        listed.hidden = ItemFilter::Hidden::Include;
        if (store.lastReadFailed())
            return {{}, store.readError()};
        if (listed.ids.isEmpty())
            return {};
        items = listed;
    }
    items.sort = ItemFilter::Sort::Listing;
    const QList<Label> labels = store.labelCounts(items);
    if (store.lastReadFailed())
        return {{}, store.readError()};
    Carried carried;
    for (const Label &label : labels) {
        if (label.count > 0)
            carried.insert(label.id, label.count);
    }
    return {carried, QString()};
}

void LabelModel::countCarriers(const ItemFilter &items, QObject *context,
                               const std::function<void(const Carried &)> &done)
{
    const QPointer<QObject> receiver(context);
    const auto arrived = [this, receiver, done](const std::pair<Carried, QString> &counted) {
        if (!counted.second.isEmpty()) {
            qCWarning(lcModels).noquote() << "cannot count the labels of the selection:" << counted.second;
            Q_EMIT readFailed(counted.second);
        } else if (receiver) {
            done(counted.first);
        }
    };
    const auto countHere = [this, items, arrived] {
        if (m_store && m_store->isOpen())
            arrived(carriedBy(*m_store, items));
        else
            arrived({{}, tr("The labels of the selection cannot be counted: no cache is open.")});
    };
    if (!m_worker) {
        countHere();
        return;
    }
    // Normal: behind the marks posted before (it counts what they changed).
    m_worker->post(this, [items](NewsStore &store) { return carriedBy(store, items); }, arrived,
                   StoreWorker::Priority::Normal, countHere);
}
