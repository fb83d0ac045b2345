#include "views/panes/newspane.h"

#include "models/itemmodels/newslistmodel.h"
#include "models/search/searchquery.h"
#include "models/support/logging.h"
#include "views/delegates/newsdelegate.h"
#include "views/delegates/readericons.h"
#include "views/panes/focusframe.h"
#include "views/panes/statepage.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int SearchDelayMs = 200;
} // namespace

NewsPane::NewsPane(NewsListModel *model, const QIcon &importFilesIcon, const QIcon &importFolderIcon,
                   QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_searchEdit(new QLineEdit(this))
    , m_understood(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new NewsListView(m_stack))
    , m_searchTimer(new QTimer(this))
    , m_clearSearchAction(new QAction(this))
    , m_delegate(new NewsDelegate(m_view))
{
    setObjectName(u"listPane"_s);
    m_searchEdit->setObjectName(u"searchEdit"_s);
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAcceptDrops(false);
    m_clearSearchAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_clearSearchAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_clearSearchAction, &QAction::triggered, this, &NewsPane::clearSearch);
    m_searchEdit->addAction(m_clearSearchAction);
    m_searchEdit->installEventFilter(this);
    const QIcon searchIcon = ReaderIcons::search(palette().color(QPalette::PlaceholderText));
    m_searchEdit->addAction(QIcon::fromTheme(u"edit-find"_s, searchIcon), QLineEdit::LeadingPosition);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    m_understood->setObjectName(u"searchUnderstood"_s);
    m_understood->setTextFormat(Qt::PlainText);
    m_understood->setWordWrap(true);
    m_understood->setContentsMargins(4, 2, 4, 2);
    QFont small = m_understood->font();
    small.setPointSizeF(small.pointSizeF() > 0 ? small.pointSizeF() * 0.9 : 8.0);
    small.setItalic(true);
    m_understood->setFont(small);
    m_understood->hide();

    m_stack->setObjectName(u"newsStack"_s);
    m_view->setObjectName(u"newsView"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setMouseTracking(true);
    createPages(importFilesIcon, importFolderIcon);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_understood);
    layout->addWidget(m_stack, 1);
    FocusFrame::install(m_view); // a visible focus, also on an empty list
    connectModel();
}

void NewsPane::createPages(const QIcon &importFilesIcon, const QIcon &importFolderIcon)
{
    m_emptyPage = new StatePage(m_stack);
    m_emptyPage->setObjectName(u"emptyPage"_s);
    m_emptyPage->title()->setObjectName(u"emptyTitle"_s);
    m_emptyPage->text()->setObjectName(u"emptyText"_s);
    m_importFilesButton = m_emptyPage->addButton(importFilesIcon);
    m_importFilesButton->setObjectName(u"emptyImportFilesButton"_s);
    connect(m_importFilesButton, &QPushButton::clicked, this, &NewsPane::importFilesRequested);
    m_importFolderButton = m_emptyPage->addButton(importFolderIcon);
    m_importFolderButton->setObjectName(u"emptyImportFolderButton"_s);
    connect(m_importFolderButton, &QPushButton::clicked, this, &NewsPane::importFolderRequested);

    m_noResultsPage = new StatePage(m_stack);
    m_noResultsPage->setObjectName(u"noResultsPage"_s);
    m_clearFiltersButton = m_noResultsPage->addButton();
    m_clearFiltersButton->setObjectName(u"clearFiltersButton"_s);
    connect(m_clearFiltersButton, &QPushButton::clicked, this, &NewsPane::clearFiltersRequested);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_noResultsPage);
}

void NewsPane::connectModel()
{
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] {
        updateUnderstood();
        if (!m_settingSearch)
            m_searchTimer->start();
    });
    connect(m_searchTimer, &QTimer::timeout, this, &NewsPane::searchChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &NewsPane::syncCurrentItem);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        syncCurrentItem();
        Q_EMIT selectionChanged();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &NewsPane::showContextMenu);
    // A search the worker counts, or a list that knew only its first page:
    // the item being read becomes current once every id is there.
    const auto restorePending = [this] {
        if (m_pendingCurrent != 0 && m_model->isComplete())
            restoreCurrent(m_pendingCurrent);
    };
    connect(m_model, &NewsListModel::countReady, this, restorePending);
    connect(m_model, &NewsListModel::idsReady, this, [this] {
        if (m_pendingCurrent != 0)
            restoreCurrent(m_pendingCurrent);
    });
    // A reset the window did not ask for (the cache changed under a list that
    // was still arriving) keeps the current item as one to restore.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_pendingCurrent = itemBeingRead(); });
    connect(m_model, &NewsListModel::nextUnreadFound, this, [this](int row) {
        if (row >= 0)
            selectRow(row);
        else
            Q_EMIT noUnreadFound();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_view->currentIndex();
                if (!current.isValid() || current.row() < topLeft.row() || current.row() > bottomRight.row())
                    return;
                // The item shown changed, or (a shared archive's page arriving)
                // the current row had no item yet when it was chosen.
                if (m_shownId != 0 ? m_model->idAt(current.row()) == m_shownId
                                   : m_pendingCurrent == 0 && m_view->selectionModel()->isSelected(current))
                    show(current);
            });
}

QString NewsPane::searchText() const
{
    return m_searchEdit->text();
}

void NewsPane::setSearchText(const QString &text)
{
    QScopedValueRollback setting(m_settingSearch, true);
    m_searchEdit->setText(text);
}

void NewsPane::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void NewsPane::stopSearchDelay()
{
    m_searchTimer->stop();
}

void NewsPane::clearSearch()
{
    if (m_searchEdit->text().isEmpty()) {
        m_view->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    m_searchEdit->clear();
    Q_EMIT searchChanged();
}

bool NewsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const bool plain = !key->modifiers().testAnyFlags(Qt::ControlModifier | Qt::AltModifier
                                                          | Qt::ShiftModifier | Qt::MetaModifier);
        if ((enter || key->key() == Qt::Key_Down) && plain) {
            // The search typed is applied now, then the list takes the keys.
            if (m_searchTimer->isActive() || enter) {
                m_searchTimer->stop();
                Q_EMIT searchChanged();
            }
            // An item being read that the new list has not placed yet (its
            // ids still coming) stays the one read: Enter leaves it pending
            // and the focus here; Down finds its row now, as a key on the list would.
            if (m_pendingCurrent == 0 || !enter) {
                settlePendingCurrent();
                enterList();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NewsPane::enterList()
{
    if (m_stack->currentWidget() != m_view || m_model->rowCount() == 0)
        return;
    m_view->setFocus(Qt::OtherFocusReason);
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isSelected(current))
        return;
    selectRow(current.isValid() ? current.row() : 0);
}

void NewsPane::setZoom(int steps)
{
    steps = qBound(MinZoom, steps, MaxZoom);
    if (steps == m_zoom)
        return;
    m_zoom = steps;
    QFont font = this->font();
    const qreal base = font.pointSizeF() > 0 ? font.pointSizeF() : 10.0;
    font.setPointSizeF(qMax(4.0, base + steps));
    m_view->setFont(steps == 0 ? QFont() : font); // (an empty font: the pane's again)
    relayout();
    Q_EMIT zoomChanged(m_zoom);
}

void NewsPane::setCompact(bool compact)
{
    if (compact == m_delegate->isCompact())
        return;
    m_delegate->setCompact(compact);
    relayout();
}

bool NewsPane::isCompact() const
{
    return m_delegate->isCompact();
}

void NewsPane::relayout()
{
    // Uniform rows: the view keeps the first row's size until laid out again.
    m_view->doItemsLayout();
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_view->scrollTo(current);
    m_view->viewport()->update();
}

QList<QWidget *> NewsPane::focusChain() const
{
    return {m_searchEdit, m_view, m_importFilesButton, m_importFolderButton, m_clearFiltersButton};
}

void NewsPane::setState(State state, const QString &cacheError)
{
    m_state = state;
    m_cacheError = cacheError;
    retranslatePages();
    const bool noCache = state == State::NoCache || state == State::Connecting || state == State::ReadFailed;
    m_importFilesButton->setVisible(!noCache);
    m_importFolderButton->setVisible(!noCache);
    QWidget *page = state == State::List ? static_cast<QWidget *>(m_view)
            : state == State::NoResults  ? m_noResultsPage
                                         : m_emptyPage;
    const bool hadFocus = m_stack->currentWidget() && m_stack->currentWidget()->hasFocus();
    m_stack->setCurrentWidget(page);
    if (hadFocus && state == State::List)
        m_view->setFocus(Qt::OtherFocusReason);
}

void NewsPane::choosePage(bool cacheOpen, const QString &cacheError, const QString &readError, bool cacheEmpty,
                          bool importing)
{
    if (!cacheOpen)
        setState(State::NoCache, cacheError);
    else if (!readError.isEmpty() && m_model->rowCount() == 0)
        setState(State::ReadFailed, readError);
    else if (cacheEmpty)
        setState(importing ? State::Importing : State::NoNews);
    else
        // (A shared archive's list has no rows until its first page arrives: not "no results" yet.)
        setState(m_model->rowCount() > 0 || m_model->isCounting() ? State::List : State::NoResults);
}

void NewsPane::showContextMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    for (QAction *action : std::as_const(m_contextActions))
        action ? void(menu.addAction(action)) : void(menu.addSeparator());
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void NewsPane::updateUnderstood()
{
    const SearchQuery query = SearchQuery::parse(m_searchEdit->text());
    const bool shown = query.usesSyntax();
    if (shown)
        m_understood->setText(query.understood());
    m_understood->setVisible(shown);
}

void NewsPane::retranslate()
{
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->setPlaceholderText(tr("Search: words, \"a phrase\", -word (%1)")
                                             .arg(m_findKeys.toString(QKeySequence::NativeText)));
    m_searchEdit->setToolTip(tr("Every word must match, in any order, also inside longer words and in category "
                                "names. \"Quotes\" find a phrase of whole words; -word leaves out the items "
                                "that hold the word."));
    m_understood->setAccessibleName(tr("How the search was understood"));
    updateUnderstood();
    m_clearSearchAction->setText(tr("Clear Search"));
    m_view->setAccessibleName(tr("News"));
    m_importFilesButton->setText(tr("Import &Files…"));
    m_importFolderButton->setText(tr("Import F&older…"));
    m_noResultsPage->setTexts(tr("Nothing matches"), tr("No item passes the search and the filters."));
    m_clearFiltersButton->setText(tr("&Clear Filters"));
    retranslatePages();
    m_view->viewport()->update();
}

void NewsPane::retranslatePages()
{
    switch (m_state) {
    case State::NoCache:
        m_emptyPage->setTexts(tr("No cache"), m_cacheError);
        break;
    case State::Connecting:
        m_emptyPage->setTexts(tr("Connecting…"), m_cacheError);
        break;
    case State::ReadFailed:
        m_emptyPage->setTexts(tr("Cannot read the cache"), m_cacheError);
        break;
    case State::Importing:
        m_emptyPage->setTexts(tr("Importing…"), tr("The news will show here as soon as the import is done."));
        break;
    case State::NoNews:
        m_emptyPage->setTexts(tr("No news yet"), tr("Import news listing files or a folder of them. "
                                                    "You can also drop files and folders on this window."));
        break;
    case State::List:
    case State::NoResults:
        break;
    }
}

// ---------------------------------------------------------------------------
// The item being read

qint64 NewsPane::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

qint64 NewsPane::itemBeingRead() const
{
    return m_pendingCurrent != 0 ? m_pendingCurrent : currentId();
}

QList<int> NewsPane::selectedRows() const
{
    QList<int> rows;
    const QItemSelection selection = m_view->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

QList<qint64> NewsPane::selectedIds() const
{
    QList<qint64> ids;
    const QList<int> rows = selectedRows();
    ids.reserve(rows.size());
    for (int row : rows)
        ids.append(m_model->idAt(row));
    return ids;
}

bool NewsPane::selectionKnown() const
{
    if (m_model->rowsKnown(selectedRows()))
        return true;
    qCInfo(lcUi) << "an action on the selection waits for the list's ids from the shared archive";
    return false;
}

QString NewsPane::selectionArrivingText()
{
    return tr("The list is still arriving from the shared archive: try again in a moment.");
}

qsizetype NewsPane::selectedCount() const
{
    qsizetype selected = 0;
    const QItemSelection selection = m_view->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection)
        selected += range.height();
    return selected;
}

void NewsPane::restoreCurrent(qint64 id, bool now)
{
    m_pendingCurrent = 0;
    int row = id != 0 ? m_model->knownRowOfId(id) : -1;
    if (row < 0 && id != 0 && !m_model->isComplete()) {
        if (!now) {
            // The list knows its first page only: the item stays in the detail
            // pane and becomes current when every id is there (idsReady()), so
            // the GUI thread does not read them all now.
            m_pendingCurrent = id;
            return;
        }
        row = m_model->rowOfId(id);
    }
    if (row < 0) {
        show({});
        return;
    }
    QScopedValueRollback restoring(m_restoringCurrent, true);
    const QModelIndex index = m_model->index(row);
    makeCurrent(index);
    m_view->scrollTo(index);
    show(index);
}

void NewsPane::settlePendingCurrent()
{
    // A key acts on the item being read: find its row now, whatever it
    // costs (a shared archive's list: only among the ids known, as the GUI
    // thread waits on no server; the rest when they arrive, idsReady()).
    if (m_pendingCurrent != 0)
        restoreCurrent(m_pendingCurrent, !m_model->readsOffThread());
}

void NewsPane::selectRow(int row)
{
    const QModelIndex index = m_model->index(row);
    if (!index.isValid())
        return;
    makeCurrent(index);
    m_view->scrollTo(index);
}

void NewsPane::makeCurrent(const QModelIndex &index)
{
    // The view's own setCurrentIndex() also moves the anchor Shift+arrows and
    // Shift+click extend from; the selection model's would leave it at the
    // last row clicked or reached with a plain arrow key.
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
}

void NewsPane::moveCurrent(int delta)
{
    settlePendingCurrent();
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && !m_view->selectionModel()->isSelected(current)) {
        // A current row nobody chose yet (focus put it there): read it first.
        selectRow(current.row());
        return;
    }
    const int row = current.isValid() ? qBound(0, current.row() + delta, rows - 1) : (delta > 0 ? 0 : rows - 1);
    selectRow(row);
}

bool NewsPane::nextUnread()
{
    settlePendingCurrent();
    const QModelIndex current = m_view->currentIndex();
    const int row = m_model->nextUnread(current.isValid() ? current.row() : -1);
    if (row == NewsListModel::Asking)
        return true; // (a shared archive: nextUnreadFound() comes)
    if (row < 0)
        return false;
    selectRow(row);
    return true;
}

QList<int> NewsPane::actionRows(int &probe)
{
    settlePendingCurrent();
    // The selection, or the current row when nothing is selected; the
    // current row decides whether the action sets or clears the state.
    QList<int> rows = selectedRows();
    const QModelIndex current = m_view->currentIndex();
    if (rows.isEmpty() && current.isValid())
        rows = {current.row()};
    if (rows.isEmpty())
        return rows;
    const bool currentSelected = current.isValid() && std::binary_search(rows.cbegin(), rows.cend(), current.row());
    probe = currentSelected ? current.row() : rows.first();
    return rows;
}

void NewsPane::syncCurrentItem()
{
    // The view makes the first row current when it gets the focus, without
    // selecting it, and a click sets the current row before the selection:
    // the detail pane shows (and so reads) the current row once it is selected.
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current)) {
        if (m_shownId != 0 && m_pendingCurrent == 0) // (a pending item stays shown)
            show({});
        return;
    }
    m_pendingCurrent = 0; // a row chosen now wins over one still to be restored
    if (m_model->idAt(current.row()) == m_shownId)
        return;
    if (!m_restoringCurrent && !current.data(NewsListModel::ReadRole).toBool())
        m_model->setRead({current.row()}, true);
    show(current);
}

void NewsPane::show(const QModelIndex &index)
{
    m_shownId = index.isValid() ? m_model->itemAt(index.row()).id : 0;
    Q_EMIT showItem(index);
}

void NewsPane::showCurrentAgain()
{
    show(m_shownId != 0 ? m_view->currentIndex() : QModelIndex());
}
