#pragma once

#include "models/store/itemfilter.h"
#include "views/dialogs/shortcutsdialog.h"

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>

#include <array>

class LanguageManager;
class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QSettings;
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
        // Issue 15: editing, reading comfort, sorting, settings.
        Undo, // Edit → Undo/Redo follow the UndoController's stack (controllers)
        Redo,
        ZoomIn, // the list and the detail pane together
        ZoomOut,
        ZoomReset,
        CompactList, // one-line rows (checkable)
        LayoutSideBySide, // a group with LayoutListAbove: one is checked
        LayoutListAbove,
        ShowCategoryPane, // checkable
        FullScreen, // checkable
        SortSource, // in sortGroup() with SortListing, SortTitle, SortBestMatch
        SortReadState,
        SortStarred,
        NewOnly, // checkable: only the items that arrived since the last visit
        ConfigureShortcuts,
        ShowTrayIcon, // checkable (controllers: the tray icon)
        ClearSearch, // Esc, window-wide (not in a menu)
        OpenSourceFile, // the current item's listing file, in the desktop's editor
        // Issue 16: organising. Item → Labels lists every label (the first nine
        // on ToggleLabel1–9, keys 1–9), checked when every selected item carries it.
        NewLabel,
        ToggleLabel1,
        ToggleLabel2,
        ToggleLabel3,
        ToggleLabel4,
        ToggleLabel5,
        ToggleLabel6,
        ToggleLabel7,
        ToggleLabel8,
        ToggleLabel9,
        Hide, // Delete: the selection leaves every list but the Hidden view
        Restore, // Delete in the Hidden view (enabled only there; Hide is not)
        ForgetHidden, // asks, then the hidden items are gone for good
        ShowHidden, // checkable: the Hidden view
        SaveView, // the current filter as a saved view
        UpdateView, // the current saved view gets the current filter (only with one)
        EditNote, // the focus goes to the detail pane's note editor
        ExportState, // File → Export Your Data… (the state file)
        ImportState, // File → Import Your Data…
        ConnectArchive, // File → Connect to a Shared Archive… (issue 17)
        Count
    };

    // Builds the actions; createMenus() puts them in the window.
    WindowActions(QMainWindow *window, LanguageManager *languages);
    // The window's menu bar and its tool bar.
    void createMenus();

    QAction *action(Id id) const { return m_actions.at(id); }
    // The single keys that act where one reads (the list and the detail pane).
    QList<QAction *> readingKeys() const;
    // The actions that act on the selected items (disabled when none is).
    QList<QAction *> selectionActions() const;

    // A label as Item → Labels shows it.
    struct LabelEntry
    {
        qint64 id = 0;
        QString name;
        QString color; // "#rrggbb"
    };
    // The labels of the cache, in the person's order: the first nine on
    // ToggleLabel1–9 (keys 1–9), the others after them in the menu.
    void setLabels(const QList<LabelEntry> &labels);
    QList<LabelEntry> labels() const { return m_labels; }
    // The label on ToggleLabel<n> (1–9) or after them (n > 9); id 0 when none.
    qint64 labelIdAt(int n) const;
    // Item → Labels, also in the list's context menu: labelsMenuAboutToShow()
    // before it opens, to check the labels (setLabelsChecked()).
    QMenu *labelsMenu() const { return m_labelsMenu; }
    // Checks the labels of these ids in Item → Labels, unchecks the others.
    void setLabelsChecked(const QList<qint64> &ids);
    // Those and the others that need rows in the list.
    QList<QAction *> listActions() const;
    // What the list's context menu offers (nullptr: a separator): copy and
    // export once addExportActions() has given them.
    QList<QAction *> contextActions() const;
    // The sort actions are a group: one is checked.
    QActionGroup *sortGroup() const { return m_sortGroup; }
    // The sort checked, and checking one; as a word for the settings.
    ItemFilter::Sort sort() const;
    void setSort(ItemFilter::Sort sort);
    static QString sortName(ItemFilter::Sort sort);
    static ItemFilter::Sort sortNamed(const QString &name); // unknown: Listing
    // Side by side or the list above the item: one is checked.
    QActionGroup *layoutGroup() const { return m_layoutGroup; }

    // File → Export…/Print… before Quit, Edit → Copy before Find.
    void addExportActions(QAction *exportAction, QAction *printAction, QAction *copyAction);
    // Go → Next Pane / Previous Pane (F6, Shift+F6: PaneCycler's actions),
    // also in Keyboard Shortcuts and Configure Shortcuts.
    void addPaneActions(QAction *next, QAction *previous);
    // Help → Keyboard Shortcuts: every shortcut with what it does.
    QList<ShortcutsDialog::Shortcut> shortcuts() const;

    // Every action whose shortcut a person may change (Settings → Configure
    // Shortcuts…), in menu order, and its shortcuts as newsdesk ships them.
    QList<QAction *> configurableActions() const;
    QList<QKeySequence> defaultShortcuts(const QAction *action) const;
    // The action never enabled together with this one, which may share its
    // keys (Hide and Restore: Delete), or nullptr.
    const QAction *partner(const QAction *action) const;
    // Where an action is found, for people: "View › Sort By › Title".
    QString description(const QAction *action) const;
    // The shortcuts a person chose, kept as "shortcuts/<objectName>" (only
    // those that differ from the defaults).
    void loadShortcuts(const QSettings &settings);
    void saveShortcuts(QSettings &settings) const;

    // Every menu of the menu bar and their submenus (tests walk them).
    QList<QMenu *> menus() const;
    QToolBar *toolBar() const { return m_toolBar; }

    void retranslate();

Q_SIGNALS:
    // A label of Item → Labels was chosen (or its key pressed): put it on the
    // selection, or take it off when every selected item carries it.
    void labelToggled(qint64 labelId);
    void labelsMenuAboutToShow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *make(Id id, const QIcon &icon, const QKeySequence &shortcut = {});
    void createActions();
    void createLanguageActions();
    void createViewActions();
    void createOrganiseActions();
    void createLabelsMenu();
    void fillLabelsMenu();
    void retranslateOrganiseActions();
    void createToolBar();
    void createViewMenu();
    // Text beside the icons while the window is wide enough for them, icons
    // only when it is not (every action stays visible at 800×600).
    void fitToolBar();
    void retranslateActions();
    void retranslateViewActions();
    void retranslateTips();

    QMainWindow *m_window;
    LanguageManager *m_languages;
    std::array<QAction *, Count> m_actions{};
    QList<QAction *> m_exportActions; // export, print, copy
    QList<QAction *> m_paneActions;   // next, previous
    QActionGroup *m_sortGroup = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QActionGroup *m_layoutGroup = nullptr;
    QHash<const QAction *, QList<QKeySequence>> m_defaults;
    int m_toolBarTextWidth = 0; // the tool bar's width with text beside the icons
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_sortMenu = nullptr;
    QMenu *m_layoutMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_itemMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_labelsMenu = nullptr;
    QList<LabelEntry> m_labels;
    QList<QAction *> m_moreLabels; // the labels after the ninth, in the menu
    QToolBar *m_toolBar = nullptr;
};
