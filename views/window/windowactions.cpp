#include "views/window/windowactions.h"

#include "models/i18n/languagemanager.h"
#include "views/delegates/readericons.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStyle>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace {

// The theme's icon, else the bundled one in the palette's colours (ReaderIcons), else the style's.
QIcon themeIcon(const QWidget *widget, const QString &name, QStyle::StandardPixmap fallback)
{
    const QIcon icon = ReaderIcons::themed(name, widget->palette());
    return icon.isNull() ? widget->style()->standardIcon(fallback, nullptr, widget) : icon;
}

// An action's shortcut as the keyboard shows it, for tool tips.
QString keys(const QAction *action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

// Menu text without the mnemonic marker and the trailing ellipsis.
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(u"&(?!&)"_s));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

// The actions' object names, in the order of WindowActions::Id: the key of a
// shortcut a person chose ("shortcuts/<name>") and what tests look for.
constexpr std::array<const char16_t *, WindowActions::Count> ObjectNames = {
        u"importFilesAction", u"importFolderAction", u"reimportAction", u"cancelImportAction",
        u"forgetWatchedAction", u"quitAction", u"findAction", u"selectAllAction", u"nextAction",
        u"previousAction", u"nextUnreadAction", u"readOnAction", u"toggleReadAction", u"toggleStarAction",
        u"markAllReadAction", u"unreadOnlyAction", u"starredOnlyAction", u"sortListingAction",
        u"sortTitleAction", u"sortBestMatchAction", u"clearFiltersAction", u"shortcutsAction", u"aboutAction",
        u"systemLanguageAction", u"undoAction", u"redoAction", u"zoomInAction", u"zoomOutAction",
        u"zoomResetAction", u"compactListAction", u"layoutSideBySideAction", u"layoutListAboveAction",
        u"showCategoryPaneAction", u"fullScreenAction", u"sortSourceAction", u"sortReadStateAction",
        u"sortStarredAction", u"newOnlyAction", u"configureShortcutsAction", u"showTrayIconAction",
        u"clearSearchAction", u"openSourceFileAction", u"newLabelAction", u"toggleLabel1Action",
        u"toggleLabel2Action", u"toggleLabel3Action", u"toggleLabel4Action", u"toggleLabel5Action",
        u"toggleLabel6Action", u"toggleLabel7Action", u"toggleLabel8Action", u"toggleLabel9Action", u"hideAction",
        u"restoreAction", u"forgetHiddenAction", u"showHiddenAction", u"saveViewAction", u"updateViewAction",
        u"editNoteAction", u"exportStateAction", u"importStateAction",
        u"connectArchiveAction"};

constexpr int LabelKeys = 9; // ToggleLabel1–9

// A label's name as menu text: "&3 Budget" for the first nine (the digit is
// the access key, like the key that toggles it), an ampersand in the name
// shown as one.
QString labelText(int n, const QString &name)
{
    QString text = name;
    text.replace(u'&', u"&&"_s);
    return n <= LabelKeys ? u"&%1 %2"_s.arg(n).arg(text) : text;
}

const QString ShortcutsGroup = u"shortcuts/"_s;

// The sorts' actions and their words in the settings.
struct SortEntry
{
    ItemFilter::Sort sort;
    WindowActions::Id id;
    const char16_t *name;
};
constexpr std::array<SortEntry, 6> Sorts = {{
        {ItemFilter::Sort::Listing, WindowActions::SortListing, u"listing"},
        {ItemFilter::Sort::Title, WindowActions::SortTitle, u"title"},
        {ItemFilter::Sort::BestMatch, WindowActions::SortBestMatch, u"best"},
        {ItemFilter::Sort::Source, WindowActions::SortSource, u"source"},
        {ItemFilter::Sort::ReadState, WindowActions::SortReadState, u"unreadFirst"},
        {ItemFilter::Sort::Starred, WindowActions::SortStarred, u"starredFirst"},
}};

} // namespace

WindowActions::WindowActions(QMainWindow *window, LanguageManager *languages)
    : QObject(window)
    , m_window(window)
    , m_languages(languages)
{
    createActions();
    createViewActions();
    createOrganiseActions();
    createLanguageActions();
    for (int id = 0; id < Count; ++id) {
        m_actions.at(id)->setObjectName(QString::fromUtf16(ObjectNames.at(id)));
        m_defaults.insert(m_actions.at(id), m_actions.at(id)->shortcuts());
    }
}

QAction *WindowActions::make(Id id, const QIcon &icon, const QKeySequence &shortcut)
{
    auto *action = new QAction(icon, QString(), this);
    action->setShortcut(shortcut);
    m_actions[id] = action;
    return action;
}

void WindowActions::createActions()
{
    const QWidget *w = m_window;
    make(ImportFiles, themeIcon(w, u"document-open"_s, QStyle::SP_DialogOpenButton), Qt::CTRL | Qt::Key_O);
    make(ImportFolder, themeIcon(w, u"folder-open"_s, QStyle::SP_DirOpenIcon), Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    make(Reimport, themeIcon(w, u"view-refresh"_s, QStyle::SP_BrowserReload), Qt::Key_F5);
    make(CancelImport, {})->setEnabled(false);
    make(ForgetWatched, {});
    make(ConnectArchive, themeIcon(w, u"network-server"_s, QStyle::SP_DriveNetIcon));
    make(Quit, themeIcon(w, u"application-exit"_s, QStyle::SP_DialogCloseButton), Qt::CTRL | Qt::Key_Q)
            ->setMenuRole(QAction::QuitRole);
    // Undo and Redo follow the undo stack (UndoController): nothing to undo yet.
    make(Undo, ReaderIcons::themed(u"edit-undo"_s, w->palette()), QKeySequence::Undo)->setEnabled(false);
    make(Redo, ReaderIcons::themed(u"edit-redo"_s, w->palette()), QKeySequence::Redo)->setEnabled(false);
    make(Find, {}, Qt::CTRL | Qt::Key_F);
    make(SelectAll, {}, Qt::CTRL | Qt::Key_A);
    make(Next, {}, Qt::Key_J);
    make(Previous, {}, Qt::Key_K);
    make(NextUnread, {}, Qt::Key_N);
    make(ReadOn, {}, Qt::Key_Space);
    const QColor accent = m_window->palette().color(QPalette::Highlight);
    make(ToggleRead, ReaderIcons::dot(accent, false), Qt::Key_M);
    make(ToggleStar, ReaderIcons::star(), Qt::Key_S);
    make(MarkAllRead, ReaderIcons::markAllRead(w->palette()),
         Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    make(OpenSourceFile, ReaderIcons::themed(u"document-open"_s, w->palette()));

    // Single keys act where one reads: in the list and in the detail pane.
    // Elsewhere they stay keys (typing in a box, keyboard search in the
    // categories, Space on a button).
    for (Id id : {Next, Previous, NextUnread, ReadOn, ToggleRead, ToggleStar})
        action(id)->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    make(UnreadOnly, ReaderIcons::dot(accent, true), Qt::CTRL | Qt::Key_U)->setCheckable(true);
    make(StarredOnly, ReaderIcons::star(), Qt::CTRL | Qt::Key_T)->setCheckable(true);
    make(NewOnly, QIcon::fromTheme(u"mail-unread-new"_s))->setCheckable(true);
    make(ClearFilters, {}, Qt::CTRL | Qt::SHIFT | Qt::Key_X);
    // Esc anywhere in the window: the window adds it to its panes (not in a
    // dialog or an open menu: those are windows of their own).
    make(ClearSearch, {}, Qt::Key_Escape)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    make(ConfigureShortcuts, QIcon::fromTheme(u"configure-shortcuts"_s));
    make(ShowTrayIcon, {})->setCheckable(true);
    make(Shortcuts, {}, Qt::Key_F1);
    make(About, {})->setMenuRole(QAction::AboutRole);
}

void WindowActions::createViewActions()
{
    m_sortGroup = new QActionGroup(this);
    for (Id id : {SortListing, SortTitle, SortBestMatch, SortSource, SortReadState, SortStarred}) {
        m_actions[id] = new QAction(m_sortGroup);
        m_actions[id]->setCheckable(true);
    }
    action(SortListing)->setChecked(true);

    // Ctrl++ and Ctrl+= (the same key without Shift on most layouts).
    make(ZoomIn, QIcon::fromTheme(u"zoom-in"_s))
            ->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    make(ZoomOut, QIcon::fromTheme(u"zoom-out"_s), Qt::CTRL | Qt::Key_Minus);
    make(ZoomReset, QIcon::fromTheme(u"zoom-original"_s), Qt::CTRL | Qt::Key_0);
    make(CompactList, {})->setCheckable(true);
    m_layoutGroup = new QActionGroup(this);
    for (Id id : {LayoutSideBySide, LayoutListAbove}) {
        m_actions[id] = new QAction(m_layoutGroup);
        m_actions[id]->setCheckable(true);
    }
    action(LayoutSideBySide)->setChecked(true);
    make(ShowCategoryPane, {}, Qt::Key_F9)->setCheckable(true);
    action(ShowCategoryPane)->setChecked(true);
    make(FullScreen, QIcon::fromTheme(u"view-fullscreen"_s), Qt::Key_F11)->setCheckable(true);
}

void WindowActions::createOrganiseActions()
{
    const QWidget *w = m_window;
    make(NewLabel, QIcon::fromTheme(u"tag-new"_s), Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    for (int n = 1; n <= LabelKeys; ++n) {
        QAction *label = make(Id(ToggleLabel1 + n - 1), {}, Qt::Key_0 + n);
        label->setCheckable(true);
        label->setVisible(false); // until a label is there (setLabels())
        connect(label, &QAction::triggered, this, [this, n] {
            if (const qint64 id = labelIdAt(n))
                Q_EMIT labelToggled(id);
        });
    }
    make(Hide, ReaderIcons::themed(u"view-hidden"_s, w->palette()), Qt::Key_Delete);
    // Delete as well: Hide and Restore are never enabled together.
    make(Restore, ReaderIcons::themed(u"view-visible"_s, w->palette()), Qt::Key_Delete)->setEnabled(false);
    make(ForgetHidden, {});
    make(ShowHidden, {})->setCheckable(true);
    make(SaveView, QIcon::fromTheme(u"document-save-as"_s), Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    make(UpdateView, QIcon::fromTheme(u"document-save"_s))->setEnabled(false);
    make(EditNote, QIcon::fromTheme(u"document-edit"_s), Qt::Key_E);
    make(ExportState, QIcon::fromTheme(u"document-export"_s));
    make(ImportState, QIcon::fromTheme(u"document-import"_s));
    for (int n = 1; n <= LabelKeys; ++n)
        action(Id(ToggleLabel1 + n - 1))->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (Id id : {Hide, Restore, EditNote})
        action(id)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

void WindowActions::createLabelsMenu()
{
    m_labelsMenu = new QMenu(m_window);
    m_labelsMenu->setObjectName(u"labelsMenu"_s);
    m_labelsMenu->menuAction()->setObjectName(u"labelsMenuAction"_s);
    connect(m_labelsMenu, &QMenu::aboutToShow, this, &WindowActions::labelsMenuAboutToShow);
    fillLabelsMenu();
}

void WindowActions::fillLabelsMenu()
{
    if (!m_labelsMenu)
        return;
    m_labelsMenu->clear();
    qDeleteAll(std::exchange(m_moreLabels, {}));
    for (int n = 1; n <= LabelKeys; ++n)
        m_labelsMenu->addAction(action(Id(ToggleLabel1 + n - 1)));
    for (qsizetype i = LabelKeys; i < m_labels.size(); ++i) {
        const LabelEntry &label = m_labels.at(i);
        auto *more = new QAction(ReaderIcons::dot(QColor(label.color), true), labelText(int(i) + 1, label.name),
                                 this);
        more->setCheckable(true);
        more->setObjectName(u"labelAction_%1"_s.arg(label.id));
        connect(more, &QAction::triggered, this, [this, id = label.id] { Q_EMIT labelToggled(id); });
        m_moreLabels.append(more);
        m_labelsMenu->addAction(more);
    }
    m_labelsMenu->addSeparator();
    m_labelsMenu->addAction(action(NewLabel));
}

void WindowActions::setLabels(const QList<LabelEntry> &labels)
{
    m_labels = labels;
    for (int n = 1; n <= LabelKeys; ++n) {
        QAction *toggle = action(Id(ToggleLabel1 + n - 1));
        const bool used = n <= labels.size();
        toggle->setVisible(used);
        toggle->setText(used ? labelText(n, labels.at(n - 1).name) : tr("Label &%1").arg(n));
        toggle->setIcon(used ? ReaderIcons::dot(QColor(labels.at(n - 1).color), true) : QIcon());
        toggle->setChecked(false);
    }
    fillLabelsMenu();
}

qint64 WindowActions::labelIdAt(int n) const
{
    return n >= 1 && n <= m_labels.size() ? m_labels.at(n - 1).id : 0;
}

void WindowActions::setLabelsChecked(const QList<qint64> &ids)
{
    for (int n = 1; n <= LabelKeys; ++n)
        action(Id(ToggleLabel1 + n - 1))->setChecked(labelIdAt(n) != 0 && ids.contains(labelIdAt(n)));
    for (qsizetype i = 0; i < m_moreLabels.size(); ++i)
        m_moreLabels.at(i)->setChecked(ids.contains(m_labels.at(LabelKeys + i).id));
}

void WindowActions::createLanguageActions()
{
    // Settings → Language: the system's, or one chosen; the names of languages
    // are written in their own language and never translated.
    m_languageGroup = new QActionGroup(this);
    m_actions[SystemLanguage] = new QAction(m_languageGroup);
    for (const LanguageManager::Language &language : LanguageManager::languages()) {
        auto *action = new QAction(language.name, m_languageGroup);
        action->setObjectName(u"languageAction_"_s + language.code);
        action->setData(language.code);
    }
    for (QAction *action : m_languageGroup->actions()) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == m_languages->choice());
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](const QAction *action) { m_languages->setChoice(action->data().toString()); });
}

ItemFilter::Sort WindowActions::sort() const
{
    for (const SortEntry &entry : Sorts) {
        if (action(entry.id)->isChecked())
            return entry.sort;
    }
    return ItemFilter::Sort::Listing;
}

void WindowActions::setSort(ItemFilter::Sort sort)
{
    for (const SortEntry &entry : Sorts) {
        if (entry.sort == sort)
            action(entry.id)->setChecked(true);
    }
}

QString WindowActions::sortName(ItemFilter::Sort sort)
{
    for (const SortEntry &entry : Sorts) {
        if (entry.sort == sort)
            return QString::fromUtf16(entry.name);
    }
    return QString::fromUtf16(Sorts.front().name);
}

ItemFilter::Sort WindowActions::sortNamed(const QString &name)
{
    for (const SortEntry &entry : Sorts) {
        if (name == QStringView(entry.name))
            return entry.sort;
    }
    return ItemFilter::Sort::Listing;
}

QList<QAction *> WindowActions::readingKeys() const
{
    QList<QAction *> keys{action(Next),       action(Previous),   action(NextUnread), action(ReadOn),
                          action(ToggleRead), action(ToggleStar), action(Hide),       action(Restore),
                          action(EditNote)};
    for (int n = 1; n <= LabelKeys; ++n)
        keys.append(action(Id(ToggleLabel1 + n - 1)));
    return keys;
}

QList<QAction *> WindowActions::listActions() const
{
    return readingKeys() + QList<QAction *>{action(MarkAllRead), action(SelectAll), action(OpenSourceFile)};
}

QList<QAction *> WindowActions::selectionActions() const
{
    QList<QAction *> actions{action(Hide), action(EditNote), m_labelsMenu->menuAction()};
    for (int n = 1; n <= LabelKeys; ++n)
        actions.append(action(Id(ToggleLabel1 + n - 1)));
    return actions;
}

QList<QAction *> WindowActions::contextActions() const
{
    QList<QAction *> actions{action(ToggleRead), action(ToggleStar), m_labelsMenu->menuAction(),
                             action(EditNote), nullptr, action(Hide), action(Restore), nullptr};
    if (m_exportActions.size() == 3)
        actions << m_exportActions.at(2) << m_exportActions.at(0); // copy, export
    actions << action(OpenSourceFile) << nullptr << action(MarkAllRead);
    return actions;
}

void WindowActions::createMenus()
{
    const auto fill = [this](QMenu *menu, std::initializer_list<Id> ids) {
        for (Id id : ids)
            id == Count ? void(menu->addSeparator()) : void(menu->addAction(action(id)));
        return menu;
    };
    const auto menu = [this, fill](const QString &name, std::initializer_list<Id> ids) {
        QMenu *menu = m_window->menuBar()->addMenu(QString());
        menu->setObjectName(name);
        return fill(menu, ids);
    };
    // Count stands for a separator.
    m_fileMenu = menu(u"fileMenu"_s, {ImportFiles, ImportFolder, Count, Reimport, CancelImport, ForgetWatched, Count,
                                      ConnectArchive, Count, ExportState, ImportState, Count, Quit});
    m_editMenu = menu(u"editMenu"_s, {Undo, Redo, Count, Find, SelectAll});
    createViewMenu();
    m_goMenu = menu(u"goMenu"_s, {Next, Previous, NextUnread, ReadOn});
    createLabelsMenu();
    m_itemMenu = menu(u"itemMenu"_s, {ToggleRead, ToggleStar});
    m_itemMenu->addMenu(m_labelsMenu);
    fill(m_itemMenu, {EditNote, Count, Hide, Restore, ForgetHidden, Count, OpenSourceFile, Count, MarkAllRead});
    m_settingsMenu = menu(u"settingsMenu"_s, {ConfigureShortcuts, ShowTrayIcon, Count});
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    m_languageMenu->addAction(action(SystemLanguage));
    m_languageMenu->addSeparator();
    m_languageMenu->addActions(m_languageGroup->actions().mid(1));
    m_helpMenu = menu(u"helpMenu"_s, {Shortcuts, About});
    createToolBar();
}

void WindowActions::createViewMenu()
{
    m_viewMenu = m_window->menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_viewMenu->addActions({action(UnreadOnly), action(StarredOnly), action(NewOnly)});
    m_sortMenu = m_viewMenu->addMenu(QString());
    m_sortMenu->setObjectName(u"sortMenu"_s);
    m_sortMenu->addActions(m_sortGroup->actions());
    m_viewMenu->addAction(action(ClearFilters));
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({action(ShowHidden), action(SaveView), action(UpdateView)});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({action(ZoomIn), action(ZoomOut), action(ZoomReset)});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(action(CompactList));
    m_layoutMenu = m_viewMenu->addMenu(QString());
    m_layoutMenu->setObjectName(u"layoutMenu"_s);
    m_layoutMenu->addActions(m_layoutGroup->actions());
    m_viewMenu->addActions({action(ShowCategoryPane), action(FullScreen)});
}

void WindowActions::createToolBar()
{
    QToolBar *bar = m_toolBar = m_window->addToolBar(QString());
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const int icon = m_window->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_window);
    bar->setIconSize(QSize(icon, icon));
    for (Id id : {ImportFiles, ImportFolder, Reimport, Count, ToggleRead, ToggleStar, MarkAllRead, Count,
                  UnreadOnly, StarredOnly})
        id == Count ? void(bar->addSeparator()) : void(bar->addAction(action(id)));
    m_window->installEventFilter(this);
}

void WindowActions::fitToolBar()
{
    if (!m_toolBar)
        return;
    if (m_toolBar->toolButtonStyle() == Qt::ToolButtonTextBesideIcon)
        m_toolBarTextWidth = m_toolBar->sizeHint().width();
    const bool fits = m_toolBarTextWidth <= m_window->width();
    m_toolBar->setToolButtonStyle(fits ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
}

bool WindowActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize)
        fitToolBar();
    return QObject::eventFilter(watched, event);
}

void WindowActions::addExportActions(QAction *exportAction, QAction *printAction, QAction *copyAction)
{
    m_exportActions = {exportAction, printAction, copyAction};
    for (const QAction *action : std::as_const(m_exportActions))
        m_defaults.insert(action, action->shortcuts());
    m_fileMenu->insertActions(action(ExportState), {exportAction, printAction});
    m_fileMenu->insertSeparator(action(ExportState));
    m_editMenu->insertAction(action(Find), copyAction);
    m_editMenu->insertSeparator(action(Find));
}

void WindowActions::addPaneActions(QAction *next, QAction *previous)
{
    m_paneActions = {next, previous};
    for (const QAction *action : std::as_const(m_paneActions))
        m_defaults.insert(action, action->shortcuts());
    m_goMenu->addSeparator();
    m_goMenu->addActions(m_paneActions);
}

QList<QMenu *> WindowActions::menus() const
{
    QList<QMenu *> menus;
    QList<QMenu *> todo;
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->menu())
            todo.append(action->menu());
    }
    while (!todo.isEmpty()) {
        QMenu *menu = todo.takeFirst();
        menus.append(menu);
        for (QAction *action : menu->actions()) {
            if (action->menu())
                todo.append(action->menu());
        }
    }
    return menus;
}

// ---------------------------------------------------------------------------
// Shortcuts

QList<QAction *> WindowActions::configurableActions() const
{
    QList<QAction *> actions;
    for (const QMenu *menu : menus()) {
        for (QAction *action : menu->actions()) {
            if (m_defaults.contains(action) && !action->isSeparator() && !action->menu())
                actions.append(action);
        }
    }
    actions.append(action(ClearSearch));
    return actions;
}

QList<QKeySequence> WindowActions::defaultShortcuts(const QAction *action) const
{
    return m_defaults.value(action);
}

const QAction *WindowActions::partner(const QAction *action) const
{
    if (action == this->action(Hide))
        return this->action(Restore);
    if (action == this->action(Restore))
        return this->action(Hide);
    return nullptr;
}

QString WindowActions::description(const QAction *action) const
{
    if (action == this->action(ClearSearch))
        return plainText(action);
    // The menus that hold it, outermost first.
    QStringList path{plainText(action)};
    const QMenu *menu = nullptr;
    for (QObject *object : action->associatedObjects()) {
        if ((menu = qobject_cast<const QMenu *>(object)))
            break;
    }
    while (menu) {
        path.prepend(plainText(menu->menuAction()));
        menu = qobject_cast<const QMenu *>(menu->menuAction()->associatedObjects().value(0));
    }
    return path.join(u" \u203A "_s);
}

void WindowActions::loadShortcuts(const QSettings &settings)
{
    for (QAction *action : configurableActions()) {
        const QString key = ShortcutsGroup + action->objectName();
        if (settings.contains(key))
            action->setShortcuts(QKeySequence::listFromString(settings.value(key).toString()));
    }
    retranslateTips();
}

void WindowActions::saveShortcuts(QSettings &settings) const
{
    for (const QAction *action : configurableActions()) {
        const QString key = ShortcutsGroup + action->objectName();
        if (action->shortcuts() == defaultShortcuts(action))
            settings.remove(key);
        else
            settings.setValue(key, QKeySequence::listToString(action->shortcuts(), QKeySequence::PortableText));
    }
}

QList<ShortcutsDialog::Shortcut> WindowActions::shortcuts() const
{
    QList<ShortcutsDialog::Shortcut> rows;
    const auto add = [&rows](const QList<QAction *> &actions) {
        for (const QAction *action : actions) {
            if (action->shortcut().isEmpty())
                continue;
            const QString description = action->statusTip().isEmpty() ? plainText(action) : action->statusTip();
            rows.append({QKeySequence::listToString(action->shortcuts(), QKeySequence::NativeText), description});
        }
    };
    rows.append({tr("Up, Down"), tr("Previous or next item")});
    add({action(Next), action(Previous), action(NextUnread), action(ReadOn), action(ToggleRead),
         action(ToggleStar), action(MarkAllRead), action(Undo), action(Redo)});
    rows.append({tr("Shift+Click, Ctrl+Click"), tr("Extend the selection")});
    rows.append({tr("1 … 9"), tr("Put one of the first nine labels on the selected items, or take it off")});
    add({action(Hide), action(EditNote), action(NewLabel), action(SaveView)});
    add({action(SelectAll), action(Find), action(ClearSearch)});
    add(m_paneActions);
    rows.append({QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText),
                 tr("Check or uncheck a category (in the category list)")});
    add({action(UnreadOnly), action(StarredOnly), action(NewOnly), action(ClearFilters), action(ZoomIn),
         action(ZoomOut), action(ZoomReset), action(CompactList), action(ShowCategoryPane), action(FullScreen),
         action(ImportFiles), action(ImportFolder), action(Reimport)});
    add(m_exportActions
        + QList<QAction *>{action(ConfigureShortcuts), action(Shortcuts), action(About), action(Quit)});
    return rows;
}

// ---------------------------------------------------------------------------
// Texts

void WindowActions::retranslate()
{
    retranslateActions();
    retranslateViewActions();
    retranslateOrganiseActions();
    retranslateTips();
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_sortMenu->setTitle(tr("&Sort By"));
    m_layoutMenu->setTitle(tr("La&yout"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_goMenu->setTitle(tr("&Go"));
    m_itemMenu->setTitle(tr("&Item"));
    m_labelsMenu->setTitle(tr("&Labels"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    // The texts' widths changed: text beside the icons, or icons only.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    fitToolBar();
}

void WindowActions::retranslateActions()
{
    action(ImportFiles)->setText(tr("Import &Files…"));
    action(ImportFolder)->setText(tr("Import F&older…"));
    action(Reimport)->setText(tr("&Re-import Watched Sources"));
    action(Reimport)->setIconText(tr("Re-import"));
    action(CancelImport)->setText(tr("&Cancel Import"));
    action(ForgetWatched)->setText(tr("Forget &Watched Sources"));
    action(ConnectArchive)->setText(tr("Connect to a S&hared Archive…"));
    action(Quit)->setText(tr("&Quit"));
    action(Undo)->setText(tr("&Undo"));
    action(Redo)->setText(tr("&Redo"));
    action(Find)->setText(tr("&Find…"));
    action(SelectAll)->setText(tr("Select &All"));
    action(ClearSearch)->setText(tr("Clear the Search"));
    action(Next)->setText(tr("&Next Item"));
    action(Previous)->setText(tr("&Previous Item"));
    action(NextUnread)->setText(tr("Next &Unread Item"));
    action(ReadOn)->setText(tr("&Read On"));
    action(ToggleRead)->setText(tr("Toggle &Read"));
    action(ToggleStar)->setText(tr("Toggle &Star"));
    action(ToggleStar)->setIconText(tr("Star"));
    action(MarkAllRead)->setText(tr("&Mark All Shown as Read"));
    action(OpenSourceFile)->setText(tr("&Open Source File"));
    action(MarkAllRead)->setIconText(tr("All Read"));
    action(ConfigureShortcuts)->setText(tr("&Configure Shortcuts…"));
    action(ShowTrayIcon)->setText(tr("Show Icon in &Notification Area"));
    action(Shortcuts)->setText(tr("&Keyboard Shortcuts"));
    action(About)->setText(tr("&About newsdesk"));
    action(SystemLanguage)->setText(tr("&System Language"));
}

void WindowActions::retranslateViewActions()
{
    action(UnreadOnly)->setText(tr("Show Only &Unread"));
    action(UnreadOnly)->setIconText(tr("Unread"));
    action(StarredOnly)->setText(tr("Show Only S&tarred"));
    action(StarredOnly)->setIconText(tr("Starred"));
    action(NewOnly)->setText(tr("Show Only &New Items"));
    action(NewOnly)->setIconText(tr("New"));
    action(SortListing)->setText(tr("&Listing Order"));
    action(SortTitle)->setText(tr("&Title"));
    action(SortBestMatch)->setText(tr("&Best Match First"));
    action(SortSource)->setText(tr("Source &File"));
    action(SortReadState)->setText(tr("&Unread First"));
    action(SortStarred)->setText(tr("&Starred First"));
    action(ClearFilters)->setText(tr("&Clear Filters"));
    action(ZoomIn)->setText(tr("Zoom &In"));
    action(ZoomOut)->setText(tr("Zoom &Out"));
    action(ZoomReset)->setText(tr("&Reset Zoom"));
    action(CompactList)->setText(tr("Co&mpact List"));
    action(LayoutSideBySide)->setText(tr("&Side by Side"));
    action(LayoutListAbove)->setText(tr("&List Above the Item"));
    action(ShowCategoryPane)->setText(tr("Show Side P&ane"));
    action(FullScreen)->setText(tr("&Full Screen"));
}

void WindowActions::retranslateOrganiseActions()
{
    action(NewLabel)->setText(tr("&New Label…"));
    action(Hide)->setText(tr("&Hide"));
    action(Restore)->setText(tr("Res&tore"));
    action(ForgetHidden)->setText(tr("&Forget Hidden Items…"));
    action(ShowHidden)->setText(tr("Show &Hidden Items"));
    action(SaveView)->setText(tr("Sa&ve View…"));
    action(UpdateView)->setText(tr("U&pdate View"));
    action(EditNote)->setText(tr("Edit &Note"));
    action(ExportState)->setText(tr("Export Your &Data…"));
    action(ImportState)->setText(tr("&Import Your Data…"));
    setLabels(m_labels); // "Label 3" for the keys without one
}

void WindowActions::retranslateTips()
{
    const auto tip = [this](Id id, const QString &text) { action(id)->setToolTip(text.arg(keys(action(id)))); };
    tip(ImportFiles, tr("Import news listing files (%1)"));
    tip(ImportFolder, tr("Import every listing in a folder and watch it for new files (%1)"));
    tip(Reimport, tr("Import the watched files and folders again (%1)"));
    tip(ToggleRead, tr("Mark the selected items read or unread (%1)"));
    action(SortBestMatch)->setToolTip(tr("With a search: the items whose titles hold more of its words first, "
                                         "newest first among equals"));
    tip(ToggleStar, tr("Star or unstar the selected items (%1)"));
    tip(MarkAllRead, tr("Mark every item the list shows as read (%1)"));
    tip(UnreadOnly, tr("Show only unread items (%1)"));
    tip(StarredOnly, tr("Show only starred items (%1)"));
    action(NewOnly)->setToolTip(tr("Show only the items that arrived since your last visit"));
    action(Reimport)->setStatusTip(tr("Import the watched files and folders again"));
    action(CancelImport)->setStatusTip(tr("Stop the import after the current file"));
    action(NextUnread)->setStatusTip(tr("Next unread item (wraps around)"));
    action(ReadOn)->setStatusTip(tr("Page down in the item; at its end, go to the next one"));
    action(ToggleRead)->setStatusTip(tr("Mark the selected items read or unread"));
    action(ToggleStar)->setStatusTip(tr("Star or unstar the selected items"));
    action(MarkAllRead)->setStatusTip(tr("Mark every item the list shows as read"));
    action(ZoomIn)->setStatusTip(tr("Larger text in the list and the item"));
    action(ZoomOut)->setStatusTip(tr("Smaller text in the list and the item"));
    action(ZoomReset)->setStatusTip(tr("Text of the normal size in the list and the item"));
    action(ShowCategoryPane)->setStatusTip(tr("Show or hide the side pane: views, labels, categories and sources"));
    action(Hide)->setStatusTip(tr("Hide the selected items: they leave every list but the Hidden view"));
    action(Restore)->setStatusTip(tr("Show the selected hidden items again"));
    action(EditNote)->setStatusTip(tr("Write a note on the current item"));
    action(NewLabel)->setStatusTip(tr("Make a new label"));
    action(SaveView)->setStatusTip(tr("Keep what the list shows now as a saved view"));
    for (int n = 1; n <= LabelKeys; ++n)
        action(Id(ToggleLabel1 + n - 1))
                ->setStatusTip(tr("Put label %1 on the selected items, or take it off").arg(n));
    action(FullScreen)->setStatusTip(tr("Fill the screen with the window, or leave full screen"));
    action(ClearSearch)->setStatusTip(tr("Clear the search"));
}
