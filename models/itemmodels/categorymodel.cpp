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
    const ItemFilter facet = filter.withoutCategories();
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
    const LatestRequest::Ticket ticket = m_requests.next();
    if (m_worker) {
        m_worker->post(this, [facet = m_facet, ticket](NewsStore &store) {
            if (!ticket.isCurrent())
                return Counts{};
            // A newer refresh makes these counts useless: stop between categories.
            const auto superseded = [&] { return !ticket.isCurrent(); };
            return count(store, facet, superseded);
        }, [this, ticket](Counts result) {
            if (ticket.isCurrent()) // a newer refresh supersedes this one
                apply(std::move(result));
        }, StoreWorker::Priority::High); // counts are quick and shown at once: before any long id list
        return;
    }
    apply(m_store && m_store->isOpen() ? count(*m_store, m_facet, {}) : Counts{});
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
    return result;
}

void CategoryModel::apply(Counts result)
{
    if (!result.error.isEmpty())
        Q_EMIT readFailed(result.error);
    apply(std::move(result.counts), result.total);
}

void CategoryModel::apply(QList<CategoryCount> counts, qint64 total)
{
    // Count first, then name in Swedish order.
    QCollator collator{QLocale(QLocale::Swedish, QLocale::Sweden)};
    std::stable_sort(counts.begin(), counts.end(), [&](const CategoryCount &a, const CategoryCount &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return collator.compare(a.name, b.name) < 0;
    });
    bool sameRows = counts.size() == m_counts.size();
    for (qsizetype i = 0; sameRows && i < counts.size(); ++i)
        sameRows = counts.at(i).name == m_counts.at(i).name;
    if (sameRows) {
        // Same categories in the same order: keep the view's state, update the numbers.
        m_counts = std::move(counts);
        m_total = total;
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {Qt::DisplayRole, CountRole, ShareRole, Qt::AccessibleTextRole, Qt::ToolTipRole});
    } else {
        beginResetModel();
        m_counts = std::move(counts);
        m_total = total;
        endResetModel();
    }
    Q_EMIT countsReady();
}

int CategoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size()) + 1;
}

QVariant CategoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool isAll = index.row() == 0;
    const QString name = isAll ? QString() : m_counts.at(index.row() - 1).name;
    const qint64 count = isAll ? m_total : m_counts.at(index.row() - 1).count;
    switch (role) {
    case Qt::DisplayRole:
        return isAll ? tr("All categories") : name;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("%1: %n item(s)", nullptr, int(count)).arg(isAll ? tr("All categories") : name);
    case Qt::CheckStateRole:
        if (isAll)
            return m_checked.isEmpty() ? Qt::Checked : Qt::Unchecked;
        return m_checked.contains(name) ? Qt::Checked : Qt::Unchecked;
    case NameRole:
        return name;
    case CountRole:
        return count;
    case ShareRole:
        return m_total > 0 ? double(count) / double(m_total) : 0.0;
    case IsAllRole:
        return isAll;
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
        if (!checked || m_checked.isEmpty())
            return false;
        clearChecked();
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
    setCheckedCategories({});
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
