#include "views/controllers/filtercontroller.h"

#include "models/itemmodels/categorymodel.h"
#include "models/itemmodels/labelmodel.h"
#include "models/itemmodels/readersession.h"
#include "models/itemmodels/savedviewmodel.h"
#include "models/search/searchquery.h"
#include "views/panes/categorypane.h"
#include "views/panes/newspane.h"
#include "views/panes/viewpane.h"
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
const QString Labels = u"filter/labels"_s;
const QString View = u"filter/view"_s;
const QString BaseView = u"filter/baseView"_s;
const QString HiddenView = u"filter/hiddenView"_s;
const QString SourceFile = u"filter/sourceFile"_s;
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
    connect(m_session->labelModel(), &LabelModel::checkedLabelsChanged, this, &FilterController::apply);
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
    filter.labels = m_session->labelModel()->checkedLabels();
    filter.hidden = m_hidden ? ItemFilter::Hidden::Only : ItemFilter::Hidden::Exclude;
    filter.sourceFile = m_sourceFile;
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
    leaveView();
    applyFilter();
}

void FilterController::leaveView()
{
    if (m_view == NoView)
        return;
    m_view = NoView;
    if (m_viewPane)
        m_viewPane->clearCurrentView();
    Q_EMIT viewChanged(m_view, m_hidden);
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
    m_session->labelModel()->setCheckedLabels({});
    m_categoryPane->clearFind();
    m_sourceFile.clear();
    if (m_hidden) {
        m_hidden = false;
        if (m_viewPane)
            m_viewPane->clearCurrentView();
        Q_EMIT viewChanged(m_view, m_hidden);
    }
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

void FilterController::setViewPane(ViewPane *viewPane)
{
    m_viewPane = viewPane;
    connect(m_viewPane, &ViewPane::viewActivated, this, &FilterController::showView);
    connect(m_viewPane, &ViewPane::hiddenViewActivated, this, &FilterController::showHiddenView);
    markCurrentView();
}

void FilterController::markCurrentView()
{
    if (!m_viewPane)
        return;
    if (m_hidden || m_view != NoView)
        m_viewPane->setCurrentView(m_hidden ? HiddenViewId : m_view);
    else
        m_viewPane->clearCurrentView();
}

void FilterController::showView(qint64 id)
{
    const SavedViewModel *views = m_session->savedViewModel();
    const int row = views->rowOfView(id);
    if (row < 0)
        return;
    showSavedView(views->viewAt(row));
}

void FilterController::showSavedView(const SavedView &view)
{
    setControls(view.filter);
    m_hidden = false;
    m_sourceFile.clear();
    m_arrivedSince = 0;
    m_view = view.id;
    m_baseView = view.id;
    markCurrentView();
    applyFilter();
    Q_EMIT viewChanged(m_view, m_hidden);
}

void FilterController::setControls(const ItemFilter &filter)
{
    QScopedValueRollback applying(m_applying, false);
    m_session->categoryModel()->setCheckedCategories(filter.categories);
    m_session->categoryModel()->setUncategorisedChecked(filter.uncategorised);
    m_categoryPane->setMatchAll(filter.match == ItemFilter::Match::All);
    m_categoryPane->clearFind();
    m_newsPane->setSearchText(filter.search);
    m_actions->action(WindowActions::UnreadOnly)->setChecked(filter.unreadOnly);
    m_actions->action(WindowActions::StarredOnly)->setChecked(filter.starredOnly);
    m_actions->action(WindowActions::NewOnly)->setChecked(false);
    m_actions->setSort(filter.sort);
    m_session->labelModel()->setCheckedLabels(filter.labels);
}

void FilterController::showHiddenView()
{
    m_hidden = true;
    m_sourceFile.clear();
    m_arrivedSince = 0;
    m_view = NoView;
    markCurrentView();
    applyFilter();
    Q_EMIT viewChanged(m_view, m_hidden);
}

void FilterController::showSourceFile(const QString &path)
{
    {
        QScopedValueRollback applying(m_applying, false);
        m_actions->setSort(ItemFilter::Sort::Source); // the file's own order
    }
    m_sourceFile = path;
    m_arrivedSince = 0;
    leaveView();
    applyFilter();
}

void FilterController::showAllSources()
{
    if (m_sourceFile.isEmpty())
        return;
    m_sourceFile.clear();
    applyFilter();
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
    m_session->labelModel()->setCheckedLabels(settings.value(Key::Labels).toStringList());
    // The controls hold the view's filter as they were left: the view is marked, not read again.
    m_view = settings.value(Key::View, NoView).toLongLong();
    m_baseView = settings.value(Key::BaseView, NoView).toLongLong();
    m_hidden = settings.value(Key::HiddenView, false).toBool();
    m_sourceFile = settings.value(Key::SourceFile).toString();
    markCurrentView();
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
    settings.setValue(Key::Labels, m_session->labelModel()->checkedLabels());
    settings.setValue(Key::View, m_view);
    settings.setValue(Key::BaseView, m_baseView);
    settings.setValue(Key::HiddenView, m_hidden);
    settings.setValue(Key::SourceFile, m_sourceFile);
}

void FilterController::forgetView(qint64 id)
{
    if (m_baseView == id)
        m_baseView = NoView;
    if (m_view == id)
        leaveView();
}
