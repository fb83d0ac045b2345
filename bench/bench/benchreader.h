#pragma once

#include "benchsupport.h"
#include "changecounter.h"
#include "models/itemmodels/categorymodel.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/store/itemfilter.h"
#include "models/store/newsstore.h"
#include "models/store/storeworker.h"

#include <memory>

// The reader window's wiring of the models, without widgets: the category
// pane checks names in CategoryModel, which sets the list's filter; the search
// box sets the search of both (the category counts follow the search).
class Reader
{
public:
    Reader()
        : m_listChanges(&list), m_categoryChanges(&categories)
    {
        QObject::connect(&categories, &CategoryModel::checkedCategoriesChanged, &categories,
                         [this](const QStringList &names) {
                             m_filter.categories = names;
                             categories.setFilter(m_filter); // the counts first, as MainWindow::applyFilter
                             list.setFilter(m_filter);
                         });
    }

    NewsStore store;
    NewsListModel list;
    CategoryModel categories;
    std::unique_ptr<StoreWorker> worker; // the window's second connection, when used

    // As MainWindow: the worker opens its own connection, both models get it
    // before they get the store.
    void useWorker(const QString &path)
    {
        worker = std::make_unique<StoreWorker>();
        worker->open(path);
        categories.setWorker(worker.get());
        list.setWorker(worker.get());
    }

    QString title(int row) const { return list.data(list.index(row), NewsListModel::TitleRole).toString(); }

    // The list holds new contents and its first row is readable.
    bool listShown(int changesBefore) const
    {
        return m_listChanges.changes() > changesBefore && !isLoading(&list)
                && (list.rowCount() == 0 || !title(0).isEmpty());
    }
    // ... and it knows its row count (a worker may count after the first page).
    bool listReady(int changesBefore) const { return listShown(changesBefore) && !list.isCounting(); }
    bool categoriesReady(int changesBefore) const
    {
        return m_categoryChanges.changes() > changesBefore && !isLoading(&categories) && categories.rowCount() > 0;
    }
    int listChanges() const { return m_listChanges.changes(); }
    int categoryChanges() const { return m_categoryChanges.changes(); }

    void setMatch(ItemFilter::Match match) { m_filter.match = match; }
    // What typing in the search box does: the list first, then the counts.
    void setSearchOfList(const QString &text)
    {
        m_filter.search = text;
        list.setFilter(m_filter);
    }
    void setSearchOfCategories() { categories.setFilter(m_filter); }

private:
    ChangeCounter m_listChanges;
    ChangeCounter m_categoryChanges;
    ItemFilter m_filter;
};
