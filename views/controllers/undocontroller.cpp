#include "views/controllers/undocontroller.h"

#include "models/itemmodels/newslistmodel.h"
#include "models/support/logging.h"
#include "views/controllers/labelcommand.h"
#include "views/controllers/markcommand.h"

#include <QAction>
#include <QScopedValueRollback>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Each command holds the ids it changed (8 bytes each): 30 of 300,000 items is about 72 MB.
constexpr int UndoLimit = 30;

int clampedCount(qsizetype count)
{
    return int(qMin<qsizetype>(count, std::numeric_limits<int>::max()));
}
} // namespace

UndoController::UndoController(NewsListModel *news, QObject *parent)
    : QObject(parent)
    , m_news(news)
    , m_stack(new QUndoStack(this))
{
    setObjectName(u"undoController"_s);
    m_stack->setObjectName(u"undoStack"_s);
    m_stack->setUndoLimit(UndoLimit);
    connect(m_news, &NewsListModel::markShown, this, &UndoController::shown);
    connect(m_news, &NewsListModel::markApplied, this, &UndoController::applied);
    connect(m_news, &NewsListModel::markFailed, this, &UndoController::markFailed);
    connect(m_stack, &QUndoStack::indexChanged, this, &UndoController::updateActions);
    connect(m_stack, &QUndoStack::cleanChanged, this, &UndoController::updateActions);
}

void UndoController::mark(MarkChange::Mark mark, bool on, const QList<qint64> &ids, qint64 labelId)
{
    MarkChange wanted{.mark = mark, .on = on, .ids = ids, .labelId = labelId};
    ask(Request::Apply, [this, &wanted] { m_news->applyMark(wanted); });
}

void UndoController::markAll(MarkChange::Mark mark, bool on, qint64 labelId, qint64 expected)
{
    ask(Request::Apply,
        [this, mark, on, labelId, expected] { m_news->applyMarkToAll(mark, on, labelId, expected); });
}

void UndoController::setMarks(const MarkChange &change, bool on)
{
    if (m_replaying)
        return; // the stack steps back over a change the cache refused
    ask(on == change.on ? Request::Redo : Request::Undo, [this, &change, on] { m_news->setMarks(change, on); });
}

void UndoController::ask(Request request, const std::function<void()> &call)
{
    m_calling = request;
    m_answered = false;
    m_shown = false;
    call();
    m_calling.reset();
    if (!m_answered && m_shown)
        m_requests.enqueue(request); // written by the worker, after the marks before it
    else if (!m_answered)
        qCWarning(lcUi) << "a mark was neither written nor sent to be written";
    updateActions();
}

void UndoController::shown()
{
    if (m_calling)
        m_shown = true;
    else if (m_news->hasPendingWrites())
        m_requests.enqueue(Request::Foreign); // someone else's mark, on its way: its answer is not ours
}

bool UndoController::undoChange(qint64 commandId)
{
    // Not by index: at the stack's limit every push drops the oldest command
    // and the index stays the same.
    const int index = m_stack->index();
    const QUndoCommand *last = index > 0 ? m_stack->command(index - 1) : nullptr;
    if (!last || serialOf(last) != commandId || !m_stack->canUndo() || waitsForAChange())
        return false;
    m_stack->undo();
    return true;
}

qint64 UndoController::serialOf(const QUndoCommand *command)
{
    if (const auto *mark = dynamic_cast<const MarkCommand *>(command))
        return mark->serial();
    if (const auto *label = dynamic_cast<const LabelCommand *>(command))
        return label->serial();
    return -1;
}

bool UndoController::waitsForAChange() const
{
    return std::any_of(m_requests.cbegin(), m_requests.cend(),
                       [](Request request) { return request != Request::Foreign; });
}

bool UndoController::forgetHistory()
{
    if (m_stack->count() == 0)
        return false;
    qCInfo(lcUi) << "undo history forgotten: an import changed the items";
    m_stack->clear();
    return true;
}

void UndoController::applied(const MarkChange &change)
{
    if (m_calling) {
        m_answered = true;
        answer(*m_calling, change);
    } else if (!m_requests.isEmpty()) {
        answer(m_requests.dequeue(), change);
    }
    updateActions();
}

void UndoController::markFailed(const QString &error, StoreFailure kind)
{
    if (m_calling) {
        m_answered = true;
        failure(*m_calling, error, kind);
    } else if (!m_requests.isEmpty()) {
        failure(m_requests.dequeue(), error, kind);
    }
    updateActions();
}

void UndoController::answer(Request request, const MarkChange &change)
{
    switch (request) {
    case Request::Foreign:
        return;
    case Request::Undo:
    case Request::Redo:
        Q_EMIT restored(change, request == Request::Undo);
        return;
    case Request::Apply:
        break;
    }
    qint64 id = -1;
    if (!change.ids.isEmpty()) {
        id = ++m_lastSerial;
        const QString labelName = change.mark == MarkChange::Mark::Label && m_labelName ? m_labelName(change.labelId)
                                                                                         : QString();
        m_stack->push(new MarkCommand(
                change, id, [this](const MarkChange &c, bool on) { setMarks(c, on); }, labelName));
    }
    Q_EMIT marked(change, id);
}

void UndoController::failure(Request request, const QString &error, StoreFailure kind)
{
    if (request == Request::Foreign)
        return; // said by whoever set it (NewsListModel::writeFailed)
    if (kind == StoreFailure::Outdated) { // (only a markAll(): Apply)
        qCInfo(lcUi) << "a change of every shown item was refused:" << error;
        Q_EMIT refused(error);
        return;
    }
    qCWarning(lcUi) << "a change of marks could not be written:" << error;
    // The cache holds the state before the undo or redo: so does the stack.
    // (Queued: the answer may come inside the stack's own undo() or redo().)
    if (request != Request::Apply) {
        QMetaObject::invokeMethod(
                this,
                [this, request] {
                    QScopedValueRollback replaying(m_replaying, true);
                    if (request == Request::Undo)
                        m_stack->redo();
                    else
                        m_stack->undo();
                },
                Qt::QueuedConnection);
    }
    Q_EMIT failed(error);
}

void UndoController::pushDone(QUndoCommand *command)
{
    m_stack->push(command);
    updateActions();
}

QString UndoController::commandText(const MarkChange &change, const QString &labelName)
{
    const int n = clampedCount(change.ids.size());
    switch (change.mark) {
    case MarkChange::Mark::Read:
        return change.on ? tr("Mark %Ln Item(s) as Read", nullptr, n) : tr("Mark %Ln Item(s) as Unread", nullptr, n);
    case MarkChange::Mark::Starred:
        return change.on ? tr("Star %Ln Item(s)", nullptr, n) : tr("Remove the Star from %Ln Item(s)", nullptr, n);
    case MarkChange::Mark::Hidden:
        return change.on ? tr("Hide %Ln Item(s)", nullptr, n) : tr("Restore %Ln Item(s)", nullptr, n);
    case MarkChange::Mark::Label:
        break;
    }
    return change.on ? tr("Label %Ln Item(s) “%1”", nullptr, n).arg(labelName)
                     : tr("Remove Label “%1” from %Ln Item(s)", nullptr, n).arg(labelName);
}

QString UndoController::describe(const MarkChange &change) const
{
    return commandText(change, change.mark == MarkChange::Mark::Label && m_labelName ? m_labelName(change.labelId)
                                                                                     : QString());
}

void UndoController::attachActions(QAction *undo, QAction *redo)
{
    m_undoAction = undo;
    m_redoAction = redo;
    connect(m_undoAction, &QAction::triggered, m_stack, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, m_stack, &QUndoStack::redo);
    updateActions();
}

void UndoController::updateActions()
{
    if (!m_undoAction || !m_redoAction)
        return;
    // While a change of this controller is on its way, its command is not on
    // the stack yet: undo would undo the one before it.
    const bool waiting = waitsForAChange();
    m_undoAction->setEnabled(m_stack->canUndo() && !waiting);
    m_undoAction->setText(m_stack->canUndo() ? tr("&Undo %1").arg(m_stack->undoText()) : tr("&Undo"));
    m_redoAction->setEnabled(m_stack->canRedo() && !waiting);
    m_redoAction->setText(m_stack->canRedo() ? tr("&Redo %1").arg(m_stack->redoText()) : tr("&Redo"));
}

void UndoController::retranslate()
{
    for (int i = 0; i < m_stack->count(); ++i) {
        // The stack hands out const commands; this controller made them all.
        auto *command = const_cast<QUndoCommand *>(m_stack->command(i));
        if (auto *mark = dynamic_cast<MarkCommand *>(command))
            mark->setText(commandText(mark->change(), mark->labelName()));
        else if (auto *label = dynamic_cast<LabelCommand *>(command))
            label->setText(LabelCommand::commandText(label->label()));
    }
    updateActions();
}
