#pragma once

#include "models/store/markchange.h"
#include "models/store/storeresult.h"

#include <QList>
#include <QObject>
#include <QQueue>

#include <functional>
#include <optional>

class NewsListModel;
class QAction;
class QUndoCommand;
class QUndoStack;

// Undo and redo of the window's bulk changes (issue 15): every mark set on
// many items — every shown item read, read or star on a selection — is a
// command on a QUndoStack named for what it did ("Mark 300,000 Items as
// Read"). The marks are written by NewsListModel on its worker; a command is
// pushed when the model says exactly which items changed (markApplied), and
// undoing it sets those items back (NewsListModel::setMarks), whatever the list
// shows by then. Issue 16 adds labels and hiding as commands of their own.
class UndoController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoController)

public:
    explicit UndoController(NewsListModel *news, QObject *parent = nullptr);

    QUndoStack *stack() const { return m_stack; }

    // Sets mark to on on the items ids (mark()) or on every item of the list's
    // filter (markAll()); marked() says what changed, and a change of any item
    // is a command to undo.
    // labelId: which label, for MarkChange::Mark::Label.
    void mark(MarkChange::Mark mark, bool on, const QList<qint64> &ids, qint64 labelId = 0);
    // expected >= 0: how many items the person was shown; when the list
    // holds another number by the time it is written, nothing changes and
    // refused() says so (NewsListModel::applyMarkToAll()).
    void markAll(MarkChange::Mark mark, bool on, qint64 labelId = 0, qint64 expected = -1);
    // A number for a command of another kind (LabelCommand: a deleted
    // label), then the command, done already, pushed: undoChange() knows it.
    qint64 nextSerial() { return ++m_lastSerial; }
    void pushDone(QUndoCommand *command);
    // Undoes the command numbered commandId (marked()'s) when it is the last
    // one done (a notice's Undo button); false when it is not (undone
    // already, others came after it, or the history was forgotten).
    bool undoChange(qint64 commandId);
    // Forgets every change (an import may have removed items, and the ids of
    // removed items are given to new ones): returns whether there was any.
    bool forgetHistory();

    // The name of a change, for Edit → Undo: "Mark 300,000 Items as Read",
    // "Label 12 Items “Budget”" (labelName: the label's, for Mark::Label).
    static QString commandText(const MarkChange &change, const QString &labelName = QString());
    // commandText() with the label's name as setLabelNames() gives it.
    QString describe(const MarkChange &change) const;
    // The name of a label for commandText(), as the window knows it.
    void setLabelNames(const std::function<QString(qint64 labelId)> &labelName) { m_labelName = labelName; }

    // The window's Edit → Undo and Redo follow the stack: enabled when there
    // is something to undo or redo, "Undo Mark 300,000 Items as Read".
    void attachActions(QAction *undo, QAction *redo);
    // The actions' and the commands' texts in the current language.
    void retranslate();

Q_SIGNALS:
    // mark()/markAll() wrote change (its ids may be empty: nothing needed
    // it); commandId numbers the command pushed (-1 when none was), for
    // undoChange().
    void marked(const MarkChange &change, qint64 commandId);
    // An undo (undone) or a redo set change's items back or again.
    void restored(const MarkChange &change, bool undone);
    // A mark, an undo or a redo could not be written; error names the cache.
    void failed(const QString &error);
    // A markAll() was refused: the list changed since the person chose its
    // items (an import came between); nothing was written.
    void refused(const QString &reason);

private:
    // What this controller asked the model (Foreign: a mark someone else
    // set, whose answer is not this controller's).
    enum class Request { Apply, Undo, Redo, Foreign };
    // Calls call (one of the model's mark functions) for request and notes
    // how its answer comes: during the call (no worker, or nothing to write)
    // or later, in the order the worker writes.
    void ask(Request request, const std::function<void()> &call);
    void shown();
    void applied(const MarkChange &change);
    void markFailed(const QString &error, StoreFailure kind);
    // The answer to request: a command pushed, or the undo or redo done.
    void answer(Request request, const MarkChange &change);
    void failure(Request request, const QString &error, StoreFailure kind);
    void updateActions();
    // Whether a mark, an undo or a redo of this controller is still being written.
    bool waitsForAChange() const;
    // MarkCommand::serial() or LabelCommand::serial(); -1 for others.
    static qint64 serialOf(const QUndoCommand *command);
    // A command's undo (on = !change.on) or redo (on = change.on).
    void setMarks(const MarkChange &change, bool on);

    NewsListModel *m_news;
    QUndoStack *m_stack;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    // The marks the model is writing, in order: each answers with one
    // markApplied or markFailed, in the order they were set.
    QQueue<Request> m_requests;
    std::optional<Request> m_calling; // inside ask()
    bool m_answered = false;          // ... and the answer came at once
    bool m_shown = false;             // ... or it is on its way
    bool m_replaying = false;         // stepping the stack back over a failed undo or redo
    qint64 m_lastSerial = 0;          // MarkCommand::serial() of the newest command
    std::function<QString(qint64)> m_labelName;
};
