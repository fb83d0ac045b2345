#include "views/window/windowactions.h"

#include "models/i18n/languagemanager.h"
#include "views/delegates/readericons.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
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

} // namespace

WindowActions::WindowActions(QMainWindow *window, LanguageManager *languages)
    : QObject(window)
    , m_window(window)
    , m_languages(languages)
{
    createActions();
    createLanguageActions();
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
    make(Quit, themeIcon(w, u"application-exit"_s, QStyle::SP_DialogCloseButton), Qt::CTRL | Qt::Key_Q)
            ->setMenuRole(QAction::QuitRole);
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

    // Single keys act where one reads: in the list and in the detail pane.
    // Elsewhere they stay keys (typing in a box, keyboard search in the
    // categories, Space on a button).
    for (QAction *action : readingKeys())
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    make(UnreadOnly, ReaderIcons::dot(accent, true), Qt::CTRL | Qt::Key_U)->setCheckable(true);
    make(StarredOnly, ReaderIcons::star(), Qt::CTRL | Qt::Key_T)->setCheckable(true);

    m_sortGroup = new QActionGroup(this);
    for (Id id : {SortListing, SortTitle, SortBestMatch}) {
        m_actions[id] = new QAction(m_sortGroup);
        m_actions[id]->setCheckable(true);
    }
    action(SortListing)->setChecked(true);

    make(ClearFilters, {}, Qt::CTRL | Qt::SHIFT | Qt::Key_X);
    make(Shortcuts, {}, Qt::Key_F1);
    make(About, {})->setMenuRole(QAction::AboutRole);
}

void WindowActions::createLanguageActions()
{
    // View → Language: the system's, or one chosen; the names of languages are
    // written in their own language and never translated.
    m_languageGroup = new QActionGroup(this);
    m_actions[SystemLanguage] = new QAction(m_languageGroup);
    action(SystemLanguage)->setObjectName(u"systemLanguageAction"_s);
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

QList<QAction *> WindowActions::readingKeys() const
{
    return {action(Next), action(Previous), action(NextUnread), action(ReadOn), action(ToggleRead),
            action(ToggleStar)};
}

QList<QAction *> WindowActions::listActions() const
{
    return readingKeys() + QList<QAction *>{action(MarkAllRead), action(SelectAll)};
}

QList<QAction *> WindowActions::contextActions() const
{
    return {action(ToggleRead), action(ToggleStar), nullptr, action(MarkAllRead)};
}

void WindowActions::createMenus()
{
    const auto menu = [this](std::initializer_list<Id> ids) {
        QMenu *menu = m_window->menuBar()->addMenu(QString());
        for (Id id : ids)
            id == Count ? void(menu->addSeparator()) : void(menu->addAction(action(id)));
        return menu;
    };
    // Count stands for a separator.
    m_fileMenu = menu({ImportFiles, ImportFolder, Count, Reimport, CancelImport, ForgetWatched, Count, Quit});
    m_editMenu = menu({Find, SelectAll});
    m_viewMenu = menu({UnreadOnly, StarredOnly, Count, SortListing, SortTitle, SortBestMatch, Count, ClearFilters, Count});
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    m_languageMenu->addAction(action(SystemLanguage));
    m_languageMenu->addSeparator();
    m_languageMenu->addActions(m_languageGroup->actions().mid(1));
    m_goMenu = menu({Next, Previous, NextUnread, ReadOn});
    m_itemMenu = menu({ToggleRead, ToggleStar, Count, MarkAllRead});
    m_helpMenu = menu({Shortcuts, About});
    createToolBar();
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
}

void WindowActions::addExportActions(QAction *exportAction, QAction *printAction, QAction *copyAction)
{
    m_exportActions = {exportAction, printAction, copyAction};
    m_fileMenu->insertActions(action(Quit), {exportAction, printAction});
    m_fileMenu->insertSeparator(action(Quit));
    m_editMenu->insertAction(action(Find), copyAction);
    m_editMenu->insertSeparator(action(Find));
}

QList<ShortcutsDialog::Shortcut> WindowActions::shortcuts() const
{
    QList<ShortcutsDialog::Shortcut> rows;
    const auto add = [&rows](const QList<QAction *> &actions) {
        for (const QAction *action : actions) {
            if (action->shortcut().isEmpty())
                continue;
            const QString description = action->statusTip().isEmpty() ? plainText(action) : action->statusTip();
            rows.append({action->shortcut().toString(QKeySequence::NativeText), description});
        }
    };
    rows.append({tr("Up, Down"), tr("Previous or next item")});
    add({action(Next), action(Previous), action(NextUnread), action(ReadOn), action(ToggleRead),
         action(ToggleStar), action(MarkAllRead)});
    rows.append({tr("Shift+Click, Ctrl+Click"), tr("Extend the selection")});
    add({action(SelectAll), action(Find)});
    rows.append({QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText), tr("Clear the search")});
    rows.append({QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText),
                 tr("Check or uncheck a category (in the category list)")});
    add({action(UnreadOnly), action(StarredOnly), action(ClearFilters), action(ImportFiles), action(ImportFolder),
         action(Reimport)});
    add(m_exportActions + QList<QAction *>{action(Shortcuts), action(Quit)});
    return rows;
}

void WindowActions::retranslate()
{
    retranslateActions();
    retranslateTips();
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_goMenu->setTitle(tr("&Go"));
    m_itemMenu->setTitle(tr("&Item"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
}

void WindowActions::retranslateActions()
{
    action(ImportFiles)->setText(tr("Import &Files…"));
    action(ImportFolder)->setText(tr("Import F&older…"));
    action(Reimport)->setText(tr("&Re-import Watched Sources"));
    action(Reimport)->setIconText(tr("Re-import"));
    action(CancelImport)->setText(tr("&Cancel Import"));
    action(ForgetWatched)->setText(tr("F&orget Watched Sources"));
    action(Quit)->setText(tr("&Quit"));
    action(Find)->setText(tr("&Find…"));
    action(SelectAll)->setText(tr("Select &All"));
    action(Next)->setText(tr("&Next Item"));
    action(Previous)->setText(tr("&Previous Item"));
    action(NextUnread)->setText(tr("Next &Unread Item"));
    action(ReadOn)->setText(tr("&Read On"));
    action(ToggleRead)->setText(tr("Toggle &Read"));
    action(ToggleStar)->setText(tr("Toggle &Star"));
    action(ToggleStar)->setIconText(tr("Star"));
    action(MarkAllRead)->setText(tr("&Mark All Shown as Read"));
    action(MarkAllRead)->setIconText(tr("All Read"));
    action(UnreadOnly)->setText(tr("Show Only &Unread"));
    action(UnreadOnly)->setIconText(tr("Unread"));
    action(StarredOnly)->setText(tr("Show Only S&tarred"));
    action(StarredOnly)->setIconText(tr("Starred"));
    action(SortListing)->setText(tr("Sort by &Listing Order"));
    action(SortTitle)->setText(tr("Sort by &Title"));
    action(SortBestMatch)->setText(tr("Sort by &Best Match First"));
    action(ClearFilters)->setText(tr("&Clear Filters"));
    action(Shortcuts)->setText(tr("&Keyboard Shortcuts"));
    action(About)->setText(tr("&About newsdesk"));
    action(SystemLanguage)->setText(tr("&System Language"));
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
    action(Reimport)->setStatusTip(tr("Import the watched files and folders again"));
    action(CancelImport)->setStatusTip(tr("Stop the import after the current file"));
    action(NextUnread)->setStatusTip(tr("Next unread item (wraps around)"));
    action(ReadOn)->setStatusTip(tr("Page down in the item; at its end, go to the next one"));
    action(ToggleRead)->setStatusTip(tr("Mark the selected items read or unread"));
    action(ToggleStar)->setStatusTip(tr("Star or unstar the selected items"));
    action(MarkAllRead)->setStatusTip(tr("Mark every item the list shows as read"));
}
