#pragma once

#include "views/dialogs/shortcutsdialog.h"

#include <QList>
#include <QObject>

#include <array>

class LanguageManager;
class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;

// The reader window's actions, its menus and its tool bar, and their texts in
// the current language (retranslate()). The window connects the actions to
// what they do; this class only knows how they look and where they are.
class WindowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowActions)

public:
    enum Id {
        ImportFiles,
        ImportFolder,
        Reimport,
        CancelImport,
        ForgetWatched,
        Quit,
        Find,
        SelectAll,
        Next,
        Previous,
        NextUnread,
        ReadOn,
        ToggleRead,
        ToggleStar,
        MarkAllRead,
        UnreadOnly,
        StarredOnly,
        SortListing,
        SortTitle,
        SortBestMatch, // enabled only with a search (FilterController)
        ClearFilters,
        Shortcuts,
        About,
        SystemLanguage,
        Count
    };

    // Builds the actions; createMenus() puts them in the window.
    WindowActions(QMainWindow *window, LanguageManager *languages);
    // The window's menu bar and its tool bar.
    void createMenus();

    QAction *action(Id id) const { return m_actions.at(id); }
    // The single keys that act where one reads (the list and the detail pane).
    QList<QAction *> readingKeys() const;
    // Those and the others that need rows in the list.
    QList<QAction *> listActions() const;
    // What the list's context menu offers (nullptr: a separator).
    QList<QAction *> contextActions() const;
    // The sort actions are a group: one is checked.
    QActionGroup *sortGroup() const { return m_sortGroup; }

    // File → Export…/Print… before Quit, Edit → Copy before Find.
    void addExportActions(QAction *exportAction, QAction *printAction, QAction *copyAction);
    // Help → Keyboard Shortcuts: every shortcut with what it does.
    QList<ShortcutsDialog::Shortcut> shortcuts() const;

    void retranslate();

private:
    QAction *make(Id id, const QIcon &icon, const QKeySequence &shortcut = {});
    void createActions();
    void createLanguageActions();
    void createToolBar();
    void retranslateActions();
    void retranslateTips();

    QMainWindow *m_window;
    LanguageManager *m_languages;
    std::array<QAction *, Count> m_actions{};
    QList<QAction *> m_exportActions; // export, print, copy
    QActionGroup *m_sortGroup = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_itemMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
};
