#pragma once

#include "models/store/itemfilter.h"
#include "models/store/label.h"
#include "models/store/markchange.h"
#include "models/store/savedview.h"
#include "views/panes/messagebar.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

class DetailPane;
class FilterController;
class ImportController;
class LabelPane;
class ReaderSession;
class SourcePane;
class UndoController;
class ViewPane;
struct RemovalReport;

// What the organising actions do (issue 16): labels put on and taken off the
// selection (toggle label N, the Labels menu), labels made, renamed,
// recoloured and deleted (undoable: LabelCommand), items hidden and restored,
// the hidden ones forgotten, notes saved, saved views saved, updated,
// renamed, deleted and moved, and the sources pane's files read, opened,
// removed from the archive and folders no longer watched. Every bulk change of
// marks goes through the UndoController (a MarkCommand, an Undo button in the
// notice); more than ReadingController::ConfirmAbove items asks first. It
// reaches the window only through Window, a small set of callbacks, so a test
// answers its questions.
class OrganiseController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganiseController)

public:
    // What a label dialog is asked for.
    enum class LabelEdit { New, Rename, Recolour };

    struct Window
    {
        // The items an action acts on: the selection, or the current item
        // when none is selected, in list order.
        std::function<QList<qint64>()> selectedIds;
        // How many rows are selected, without their ids (may be unset): when
        // it is every row of the list (Ctrl+A), an action marks the list's
        // filter on the worker and no id is read here.
        std::function<qsizetype()> selectedCount;
        // Whether selectedIds() knows every selected item (may be unset: it
        // does); when not, an action says so and does nothing.
        std::function<bool()> selectionKnown;
        // Asks a yes/no question (a QMessageBox in the window): true goes on.
        // acceptText is the button that goes on ("Delete", "Remove Files").
        std::function<bool(const QString &title, const QString &text, const QString &informative,
                           const QString &acceptText)>
                confirm;
        // The label dialog (LabelDialog) for label (id 0 for a new one; its
        // name and colour filled in): the label as the person left it, or
        // nothing when cancelled.
        std::function<std::optional<Label>(LabelEdit edit, const Label &label)> editLabel;
        // The save-view dialog (SaveViewDialog) with name proposed and
        // what filter holds: the name chosen, or nothing when cancelled.
        std::function<std::optional<QString>(const QString &name, const ItemFilter &filter)> askViewName;
        // A notice above the panes that leaves by itself (MessageBar::showNotice).
        std::function<void(const QString &text, const QList<MessageBar::Action> &actions, int timeoutMs)>
                showNotice;
        // A message above the panes that stays (a failure, with its details).
        std::function<void(MessageBar::Kind kind, const QString &text, const QStringList &details)> showMessage;
        // A line in the status bar.
        std::function<void(const QString &text)> showStatus;
    };

    // imports may be null (no sources to remove or stop watching).
    OrganiseController(const Window &window, ReaderSession *session, UndoController *undo,
                       FilterController *filters, ImportController *imports, QObject *parent = nullptr);
    ~OrganiseController() override;

    // Connects the side pane's and the detail pane's requests to the slots
    // below (any may be null); the view pane also to the FilterController
    // (FilterController::setViewPane()).
    void connectPanes(LabelPane *labels, ViewPane *views, SourcePane *sources, DetailPane *detail);

    // Finds which labels the items an action acts on carry, for the Labels
    // menu's check marks: labelsCarried() at once from the rows held (one
    // walk of the selection), or, for more items than the list holds rows
    // of (Ctrl+A in a long list), when the worker has counted them.
    void findCarriedLabels();
    // The labels in the person's order (the Labels menu, keys 1–9).
    QList<Label> labels() const;

    // How long a notice with an Undo button stays.
    static constexpr int NoticeMs = 10'000;

public Q_SLOTS:
    // Labels. Toggle: when every selected item carries the label it is taken
    // off, otherwise put on the ones without it.
    void toggleLabelAt(int number); // 1–9: the label in that place of the person's order
    void toggleLabel(qint64 labelId);
    void assignLabel(qint64 labelId);
    void removeLabel(qint64 labelId);
    // The label dialog, then the new label; onSelection puts it on the selection too.
    void newLabel(bool onSelection = false);
    void renameLabel(qint64 labelId);
    void recolourLabel(qint64 labelId);
    // Asks when items carry it ("Delete the label “Budget” from 1,234
    // items?"); undoable (Edit → Undo, the notice's Undo).
    void deleteLabel(qint64 labelId);

    // Hides the selection; in the Hidden view it restores it instead (Delete).
    void hideSelection();
    void restoreSelection();
    // Asks, then forgets every hidden item for good.
    void forgetHidden();

    // The detail pane's note of item id (DetailPane::noteEdited).
    void saveNote(qint64 id, const QString &text);

    // Saved views: the current filter under a name the person gives; the
    // current view's filter replaced by what the controls say now.
    void saveView();
    void updateView();
    void renameView(qint64 viewId);
    // Shows the view and asks for its name again (the dialog says what it holds).
    void editView(qint64 viewId);
    void deleteView(qint64 viewId); // asks
    void moveView(qint64 viewId, int position);

    // The sources pane: a file's items in its own order, every source again,
    // the file in the desktop's editor, files removed from the archive
    // (asks; the report as a message), a folder no longer watched.
    void readSourceFile(const QString &path);
    void readAllSources();
    void openSourceFile(const QString &path);
    void removeSourceFiles(const QStringList &paths);
    void stopWatching(const QString &folder);

Q_SIGNALS:
    // The answer to the newest findCarriedLabels(): Checked for a label every
    // item carries, PartiallyChecked for one some carry; the others are left out.
    void labelsCarried(const QHash<qint64, Qt::CheckState> &states);
    // A change of what the list shows (rows left or came back).
    void listChanged();
    // Source files were removed from the archive: the window reads the cache again.
    void sourcesRemoved(const RemovalReport &report);

public:
    // "Removed 2 files: 1,234 items removed, 12 kept because another file holds them."
    static QString removalText(const RemovalReport &report);
    // "Labelled 12 items “Budget”.", "Hid 12 items: …": what a mark did.
    static QString doneText(const MarkChange &change, const QString &labelName);

private:
    void say(const QString &text);
    bool ask(const QString &title, const QString &text, const QString &informative, const QString &acceptText);
    // What an action acts on: the items ids, or every item of the list
    // (wholeList: its filter, as it was when chosen).
    struct Selection
    {
        QList<qint64> ids;
        bool wholeList = false;
        ItemFilter filter;
        qint64 size = 0;
    };
    // The items to act on (silent when there are none).
    Selection currentSelection() const;
    // The same, saying so when there are none.
    Selection selection();
    // Whether items hold rows the list knows no item of yet (a shared
    // archive's, before every id arrived): then said, and not acted on.
    bool stillArriving(const Selection &items);
    // Whether every row of the list is selected and its filter can be marked
    // instead of the rows' ids (no row stays shown while its marks say otherwise).
    bool selectsWholeList() const;
    // then(how many of the items carry each label), at once from the rows
    // held, or once the worker has counted them.
    void withCarriers(const Selection &items, const std::function<void(const QHash<qint64, qint64> &)> &then);
    void nextToggle(); // decides the first of m_toggles
    // Marks items: their ids, or the list's filter (unless it changed since).
    void markItems(MarkChange::Mark mark, bool on, const Selection &items, qint64 labelId = 0);
    void markLabel(qint64 labelId, bool on, const Selection &items);
    void markLabel(const Label &label, bool on, const Selection &items);
    void editLabel(qint64 labelId, LabelEdit edit);
    void setHidden(bool on);
    void labelCreated(const Label &label);
    void labelDeleted(const Label &label, const MarkChange &carried);
    void marked(const MarkChange &change, qint64 commandId);
    // A notice with an Undo button for the command commandId.
    void notify(const QString &text, qint64 commandId);
    void writeFailed(const QString &error);
    // What a saved view holds: the controls' filter without ids, moments or a source file.
    ItemFilter viewFilter() const;
    SavedView view(qint64 viewId) const;
    // The saved view of this name, compared as the save dialog does (case
    // folded); id 0 when there is none.
    SavedView viewNamed(const QString &name) const;
    void viewSaved(const SavedView &saved);
    void removalFinished(const RemovalReport &report);

    Window m_window;
    ReaderSession *m_session;
    UndoController *m_undo;
    FilterController *m_filters;
    ImportController *m_imports;
    // newLabel(true): the name of the label being made and the items it goes on.
    std::optional<QString> m_labelForSelection;
    Selection m_selectionForLabel;
    quint64 m_carriedRequest = 0; // the newest findCarriedLabels()
    QList<qint64> m_toggles;      // toggleLabel(): the labels to toggle, the first being decided
    QSet<qint64> m_deleting;          // labels deleteLabel() asked for (not a redo's)
    std::optional<QString> m_showSaved; // the view saveView()/updateView() shows once it is saved
};
