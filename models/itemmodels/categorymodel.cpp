#include "models/itemmodels/categorymodel.h"

#include "models/store/storeworker.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

CategoryModel::CategoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CategoryModel::setStore(NewsStore *store)
{
    if (m_store == store)
        return;
    m_store = store;
    refresh();
}

void CategoryModel::setFilter(const ItemFilter &filter)
{
    // Every row shows its total and its unread number: the facet keeps
    // neither the category part nor unreadOnly.
    ItemFilter facet = filter.withoutCategories();
    facet.unreadOnly = false;
    if (facet == m_facet)
        return;
    m_facet = facet;
    refresh();
}

void CategoryModel::setWorker(StoreWorker *worker)
{
    m_worker = worker;
}

void CategoryModel::refresh()
{
    // While a mark's change of the numbers is unconfirmed, a recount queues
    // behind the marks' writes (High would run before them and count the
    // cache as it was before the marks).
    post(m_unconfirmed > 0 ? StoreWorker::Priority::Normal : StoreWorker::Priority::High, false);
}

void CategoryModel::post(StoreWorker::Priority priority, bool confirms)
{
    const LatestRequest::Ticket ticket = m_requests.next();
    if (confirms)
        ++m_unconfirmed;
    const auto arrived = [this, ticket, confirms](Counts result) {
        if (confirms)
            --m_unconfirmed;
        if (ticket.isCurrent()) // a newer refresh (or a mark) supersedes this one
            apply(std::move(result));
    };
    if (m_worker) {
        m_worker->post(this, [facet = m_facet, ticket](NewsStore &store) {
            if (!ticket.isCurrent())
                return Counts{};
            // A newer refresh makes these counts useless: stop between categories.
            const auto superseded = [&] { return !ticket.isCurrent(); };
            return count(store, facet, superseded);
        }, arrived, priority, [this, arrived] { // no worker connection: count here
            arrived(m_store && m_store->isOpen() ? count(*m_store, m_facet, {}) : Counts{});
        });
        return;
    }
    arrived(m_store && m_store->isOpen() ? count(*m_store, m_facet, {}) : Counts{});
}

CategoryModel::Counts CategoryModel::count(const NewsStore &store, const ItemFilter &facet,
                                           const std::function<bool()> &stop)
{
    Counts result;
    result.counts = store.categoryCounts(facet, stop);
    result.error = store.readError();
    result.total = store.itemCount(facet);
    if (result.error.isEmpty())
        result.error = store.readError();
    ItemFilter unread = facet;
    unread.unreadOnly = true;
    result.unreadTotal = store.itemCount(unread);
    if (result.error.isEmpty())
        result.error = store.readError();
    return result;
}

void CategoryModel::apply(Counts result)
{
    if (!result.error.isEmpty())
        Q_EMIT readFailed(result.error);
    apply(std::move(result.counts), result.total, result.unreadTotal);
}

void CategoryModel::apply(QList<CategoryCount> counts, qint64 total, qint64 unreadTotal)
{
    std::optional<CategoryCount> uncategorised;
    const auto none = std::find_if(counts.cbegin(), counts.cend(), [](const CategoryCount &c) { return c.name.isEmpty(); });
    if (none != counts.cend()) {
        uncategorised = *none;
        counts.erase(none);
    } else if (m_uncategorisedChecked) {
        uncategorised = CategoryCount{}; // a checked row never vanishes: shown with 0
    }
    // Count first, then name in Swedish order.
    QCollator collator{QLocale(QLocale::Swedish, QLocale::Sweden)};
    std::stable_sort(counts.begin(), counts.end(), [&](const CategoryCount &a, const CategoryCount &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return collator.compare(a.name, b.name) < 0;
    });
    bool sameRows = counts.size() == m_counts.size() && uncategorised.has_value() == m_uncategorised.has_value();
    for (qsizetype i = 0; sameRows && i < counts.size(); ++i)
        sameRows = counts.at(i).name == m_counts.at(i).name;
    if (sameRows) {
        // Same categories in the same order: keep the view's state, update the numbers.
        m_counts = std::move(counts);
        m_uncategorised = std::move(uncategorised);
        m_total = total;
        m_unreadTotal = unreadTotal;
        emitNumbersChanged();
    } else {
        beginResetModel();
        m_counts = std::move(counts);
        m_uncategorised = std::move(uncategorised);
        m_total = total;
        m_unreadTotal = unreadTotal;
        endResetModel();
        Q_EMIT countsChanged();
    }
    Q_EMIT countsReady();
}

void CategoryModel::emitNumbersChanged()
{
    Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                       {Qt::DisplayRole, CountRole, UnreadRole, ShareRole, Qt::AccessibleTextRole, Qt::ToolTipRole});
    Q_EMIT countsChanged();
}

bool CategoryModel::Adjustment::isEmpty() const
{
    return all == Delta{} && std::all_of(categories.cbegin(), categories.cend(), [](const Delta &d) {
        return d == Delta{};
    });
}

void CategoryModel::adjust(const Adjustment &adjustment)
{
    // Whatever a recount started before says, the mark is newer: it is
    // dropped (post() supersedes its ticket), and this one runs after the write.
    if (!adjustment.isEmpty()) {
        for (auto it = adjustment.categories.cbegin(); it != adjustment.categories.cend(); ++it) {
            if (CategoryCount *c = entry(it.key())) {
                c->count = std::max<qint64>(0, c->count + it->count);
                c->unread = std::clamp<qint64>(c->unread + it->unread, 0, c->count);
            }
        }
        m_total = std::max<qint64>(0, m_total + adjustment.all.count);
        m_unreadTotal = std::clamp<qint64>(m_unreadTotal + adjustment.all.unread, 0, m_total);
        emitNumbersChanged();
    }
    post(StoreWorker::Priority::Normal, true);
}

CategoryCount *CategoryModel::entry(const QString &name)
{
    if (name.isEmpty())
        return m_uncategorised ? &*m_uncategorised : nullptr;
    const int row = rowOfCategory(name);
    return row > 0 ? &m_counts[row - 1] : nullptr;
}

const CategoryCount *CategoryModel::entryAt(int row) const
{
    if (row >= 1 && row <= m_counts.size())
        return &m_counts.at(row - 1);
    if (row == uncategorisedRow())
        return &*m_uncategorised;
    return nullptr;
}

int CategoryModel::uncategorisedRow() const
{
    return m_uncategorised ? int(m_counts.size()) + 1 : -1;
}

std::optional<CategoryModel::Delta> CategoryModel::countsOf(const QString &name) const
{
    const CategoryCount *c = const_cast<CategoryModel *>(this)->entry(name);
    if (!c)
        return std::nullopt;
    return Delta{c->count, c->unread};
}

int CategoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size()) + 1 + (m_uncategorised ? 1 : 0);
}

QVariant CategoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool isAll = index.row() == 0;
    const bool isNone = index.row() == uncategorisedRow();
    const CategoryCount *entry = entryAt(index.row());
    const QString name = entry ? entry->name : QString();
    const qint64 count = isAll ? m_total : entry->count;
    const qint64 unread = isAll ? m_unreadTotal : entry->unread;
    const QString text = isAll ? tr("All categories") : isNone ? tr("Uncategorised") : name;
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("%1: %n item(s), %2 unread", nullptr, int(count)).arg(text, QLocale().toString(unread));
    case Qt::CheckStateRole:
        if (isAll)
            return m_checked.isEmpty() && !m_uncategorisedChecked ? Qt::Checked : Qt::Unchecked;
        if (isNone)
            return m_uncategorisedChecked ? Qt::Checked : Qt::Unchecked;
        return m_checked.contains(name) ? Qt::Checked : Qt::Unchecked;
    case NameRole:
        return name;
    case CountRole:
        return count;
    case UnreadRole:
        return unread;
    case ShareRole:
        return m_total > 0 ? double(count) / double(m_total) : 0.0;
    case IsAllRole:
        return isAll;
    case IsUncategorisedRole:
        return isNone;
    default:
        return {};
    }
}

bool CategoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked
            || (value.typeId() == QMetaType::Int && value.toInt() == Qt::Checked);
    if (index.row() == 0) {
        if (!checked || (m_checked.isEmpty() && !m_uncategorisedChecked))
            return false;
        clearChecked();
        return true;
    }
    if (index.row() == uncategorisedRow()) {
        if (checked == m_uncategorisedChecked)
            return false;
        setUncategorisedChecked(checked);
        return true;
    }
    const QString name = m_counts.at(index.row() - 1).name;
    if (checked == m_checked.contains(name))
        return false;
    if (checked)
        m_checked.insert(name);
    else
        m_checked.remove(name);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT dataChanged(this->index(0), this->index(0), {Qt::CheckStateRole});
    emitCheckedChanged();
    return true;
}

void CategoryModel::setUncategorisedChecked(bool checked)
{
    if (checked == m_uncategorisedChecked)
        return;
    m_uncategorisedChecked = checked;
    if (uncategorisedRow() > 0) {
        const QModelIndex row = index(uncategorisedRow());
        Q_EMIT dataChanged(row, row, {Qt::CheckStateRole});
    }
    Q_EMIT dataChanged(index(0), index(0), {Qt::CheckStateRole});
    emitCheckedChanged();
}

Qt::ItemFlags CategoryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> CategoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(CountRole, "count");
    names.insert(ShareRole, "share");
    names.insert(IsAllRole, "isAll");
    names.insert(UnreadRole, "unread");
    names.insert(IsUncategorisedRole, "isUncategorised");
    return names;
}

QStringList CategoryModel::checkedCategories() const
{
    QStringList names;
    for (const CategoryCount &c : m_counts) {
        if (m_checked.contains(c.name))
            names.append(c.name);
    }
    // Checked names not in the current list keep a stable order at the end.
    QStringList rest;
    for (const QString &name : m_checked) {
        if (!names.contains(name))
            rest.append(name);
    }
    rest.sort();
    return names + rest;
}

void CategoryModel::setCheckedCategories(const QStringList &names)
{
    const QSet<QString> wanted(names.cbegin(), names.cend());
    if (wanted == m_checked)
        return;
    m_checked = wanted;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
    emitCheckedChanged();
}

void CategoryModel::clearChecked()
{
    if (m_checked.isEmpty() && !m_uncategorisedChecked)
        return;
    m_checked.clear();
    m_uncategorisedChecked = false;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
    emitCheckedChanged();
}

int CategoryModel::rowOfCategory(const QString &name) const
{
    for (qsizetype i = 0; i < m_counts.size(); ++i) {
        if (m_counts.at(i).name == name)
            return int(i) + 1;
    }
    return -1;
}

void CategoryModel::emitCheckedChanged()
{
    Q_EMIT checkedCategoriesChanged(checkedCategories());
}
