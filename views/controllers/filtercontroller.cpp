#include "views/controllers/filtercontroller.h"

#include "models/itemmodels/categorymodel.h"
#include "models/itemmodels/readersession.h"
#include "models/search/searchquery.h"
#include "views/panes/categorypane.h"
#include "views/panes/newspane.h"
#include "views/window/windowactions.h"

#include <QAction>
#include <QActionGroup>
#include <QListView>
#include <QScopedValueRollback>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
namespace Key {
const QString Categories = u"filter/categories"_s;
const QString MatchAll = u"filter/matchAll"_s;
const QString Search = u"filter/search"_s;
const QString Sort = u"filter/sort"_s;
const QString UnreadOnly = u"filter/unreadOnly"_s;
const QString StarredOnly = u"filter/starredOnly"_s;
const QString Uncategorised = u"filter/uncategorised"_s;
} // namespace Key
} // namespace

FilterController::FilterController(ReaderSession *session, CategoryPane *categoryPane, NewsPane *newsPane,
                                   WindowActions *actions, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_categoryPane(categoryPane)
    , m_newsPane(newsPane)
    , m_actions(actions)
{
    for (WindowActions::Id id : {WindowActions::UnreadOnly, WindowActions::StarredOnly, WindowActions::NewOnly})
        connect(m_actions->action(id), &QAction::toggled, this, &FilterController::apply);
    connect(m_actions->sortGroup(), &QActionGroup::triggered, this, &FilterController::apply);
    connect(m_actions->action(WindowActions::ClearFilters), &QAction::triggered, this, &FilterController::clear);
    connect(m_session->categoryModel(), &CategoryModel::checkedCategoriesChanged, this, &FilterController::apply);
    connect(m_categoryPane, &CategoryPane::matchAllChanged, this, &FilterController::apply);
    connect(m_newsPane, &NewsPane::searchChanged, this, &FilterController::apply);
    connect(m_newsPane, &NewsPane::clearFiltersRequested, this, &FilterController::clear);
}

ItemFilter FilterController::filter() const
{
    ItemFilter filter = m_session->filter();
    filter.categories = m_session->categoryModel()->checkedCategories();
    filter.uncategorised = m_session->categoryModel()->uncategorisedChecked();
    filter.match = m_categoryPane->matchAll() ? ItemFilter::Match::All : ItemFilter::Match::Any;
    filter.search = m_newsPane->searchText();
    filter.unreadOnly = m_actions->action(WindowActions::UnreadOnly)->isChecked();
    filter.starredOnly = m_actions->action(WindowActions::StarredOnly)->isChecked();
    // Only what arrived since the last visit (0 on a first visit: everything is new).
    filter.newSince = m_actions->action(WindowActions::NewOnly)->isChecked() ? m_session->previousVisit() : 0;
    filter.sort = m_actions->sort();
    // Best match first needs a search to rank by; without one the list stays in listing order.
    if (filter.sort == ItemFilter::Sort::BestMatch && !SearchQuery::parse(filter.search).hasPositiveTerms())
        filter.sort = ItemFilter::Sort::Listing;
    // The arrivals view (showArrivedSince()) goes before New Only.
    if (m_arrivedSince > 0)
        filter.newSince = m_arrivedSince;
    return filter;
}

void FilterController::updateSortActions()
{
    const bool searching = SearchQuery::parse(m_newsPane->searchText()).hasPositiveTerms();
    m_actions->action(WindowActions::SortBestMatch)->setEnabled(searching);
}

void FilterController::apply()
{
    if (!m_applying)
        return;
    m_arrivedSince = 0; // a control changed: it says what the list shows
    applyFilter();
}

void FilterController::applyFilter()
{
    if (!m_applying)
        return;
    m_newsPane->stopSearchDelay();
    updateSortActions();
    const qint64 id = m_newsPane->itemBeingRead();
    if (m_session->setFilter(filter()))
        m_newsPane->restoreCurrent(id);
    Q_EMIT applied();
}

void FilterController::clearControls()
{
    QScopedValueRollback applying(m_applying, false);
    m_session->categoryModel()->clearChecked();
    m_newsPane->setSearchText(QString());
    m_actions->action(WindowActions::UnreadOnly)->setChecked(false);
    m_actions->action(WindowActions::StarredOnly)->setChecked(false);
    m_actions->action(WindowActions::NewOnly)->setChecked(false);
    m_categoryPane->clearFind();
}

void FilterController::clear()
{
    clearControls();
    apply();
    m_newsPane->view()->setFocus(Qt::OtherFocusReason);
}

void FilterController::showOnlyCategory(const QString &name)
{
    {
        QScopedValueRollback applying(m_applying, false);
        CategoryModel *categories = m_session->categoryModel();
        categories->setCheckedCategories(name.isEmpty() ? QStringList() : QStringList{name});
        categories->setUncategorisedChecked(name.isEmpty());
        m_categoryPane->clearFind();
    }
    apply();
}

void FilterController::showArrivedSince(qint64 since)
{
    clearControls();
    m_arrivedSince = since;
    applyFilter();
    m_newsPane->view()->setFocus(Qt::OtherFocusReason);
}

void FilterController::restore(const QSettings &settings)
{
    m_session->categoryModel()->setCheckedCategories(settings.value(Key::Categories).toStringList());
    m_session->categoryModel()->setUncategorisedChecked(settings.value(Key::Uncategorised, false).toBool());
    m_categoryPane->setMatchAll(settings.value(Key::MatchAll, false).toBool());
    m_newsPane->setSearchText(settings.value(Key::Search).toString());
    m_actions->setSort(WindowActions::sortNamed(settings.value(Key::Sort).toString()));
    m_actions->action(WindowActions::UnreadOnly)->setChecked(settings.value(Key::UnreadOnly, false).toBool());
    m_actions->action(WindowActions::StarredOnly)->setChecked(settings.value(Key::StarredOnly, false).toBool());
    updateSortActions();
}

void FilterController::save(QSettings &settings) const
{
    settings.setValue(Key::Categories, m_session->categoryModel()->checkedCategories());
    settings.setValue(Key::Uncategorised, m_session->categoryModel()->uncategorisedChecked());
    settings.setValue(Key::MatchAll, m_categoryPane->matchAll());
    settings.setValue(Key::Search, m_newsPane->searchText());
    settings.setValue(Key::Sort, WindowActions::sortName(m_actions->sort()));
    settings.setValue(Key::UnreadOnly, m_actions->action(WindowActions::UnreadOnly)->isChecked());
    settings.setValue(Key::StarredOnly, m_actions->action(WindowActions::StarredOnly)->isChecked());
}

// TEMPORARY: published first; the behaviour follows on this branch.
void FilterController::setViewPane(ViewPane *viewPane)
{
    m_viewPane = viewPane;
}

void FilterController::showView(qint64 id)
{
    m_view = id;
}

void FilterController::showHiddenView()
{
    m_hidden = true;
}

void FilterController::showSourceFile(const QString &path)
{
    m_sourceFile = path;
}

void FilterController::showAllSources()
{
    m_sourceFile.clear();
}
