#include "views/controllers/undocontroller.h"

#include "models/itemmodels/newslistmodel.h"
#include "models/support/logging.h"
#include "views/controllers/markcommand.h"

#include <QAction>
#include <QScopedValueRollback>
#include <QUndoStack>

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
    connect(m_news, &NewsListModel::markApplied, this, &UndoController::applied);
    connect(m_news, &NewsListModel::markFailed, this, &UndoController::markFailed);
    connect(m_stack, &QUndoStack::indexChanged, this, &UndoController::updateActions);
    connect(m_stack, &QUndoStack::cleanChanged, this, &UndoController::updateActions);
}

void UndoController::mark(MarkChange::Mark mark, bool on, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    m_requests.enqueue(Request::Apply); // before: without a worker the answer comes at once
    m_news->applyMark(mark, on, ids);
}

void UndoController::markAll(MarkChange::Mark mark, bool on)
{
    m_requests.enqueue(Request::Apply);
    m_news->applyMarkToAll(mark, on);
}

void UndoController::setMarks(const MarkChange &change, bool on)
{
    if (m_replaying)
        return; // the stack steps back over a change the cache refused
    m_requests.enqueue(on == change.on ? Request::Redo : Request::Undo);
    m_news->setMarks(change, on);
}

bool UndoController::undoChange(int commandIndex)
{
    if (commandIndex <= 0 || m_stack->index() != commandIndex)
        return false;
    m_stack->undo();
    return true;
}

void UndoController::applied(const MarkChange &change)
{
    if (m_requests.isEmpty())
        return; // not asked by this controller
    const Request request = m_requests.dequeue();
    if (request != Request::Apply) {
        Q_EMIT restored(change, request == Request::Undo);
        return;
    }
    int index = -1;
    if (!change.ids.isEmpty()) {
        m_stack->push(new MarkCommand(change, [this](const MarkChange &c, bool on) { setMarks(c, on); }));
        index = m_stack->index();
    }
    Q_EMIT marked(change, index);
}

void UndoController::markFailed(const QString &error)
{
    if (m_requests.isEmpty())
        return;
    const Request request = m_requests.dequeue();
    qCWarning(lcUi) << "a change of marks could not be written:" << error;
    // The cache holds the state before the undo or redo: so does the stack.
    if (request != Request::Apply) {
        QScopedValueRollback replaying(m_replaying, true);
        if (request == Request::Undo)
            m_stack->redo();
        else
            m_stack->undo();
    }
    Q_EMIT failed(error);
}

QString UndoController::commandText(const MarkChange &change)
{
    const int n = clampedCount(change.ids.size());
    if (change.mark == MarkChange::Mark::Read)
        return change.on ? tr("Mark %Ln Item(s) as Read", nullptr, n) : tr("Mark %Ln Item(s) as Unread", nullptr, n);
    return change.on ? tr("Star %Ln Item(s)", nullptr, n) : tr("Remove the Star from %Ln Item(s)", nullptr, n);
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
    m_undoAction->setEnabled(m_stack->canUndo());
    m_undoAction->setText(m_stack->canUndo() ? tr("&Undo %1").arg(m_stack->undoText()) : tr("&Undo"));
    m_redoAction->setEnabled(m_stack->canRedo());
    m_redoAction->setText(m_stack->canRedo() ? tr("&Redo %1").arg(m_stack->redoText()) : tr("&Redo"));
}

void UndoController::retranslate()
{
    for (int i = 0; i < m_stack->count(); ++i) {
        // The stack hands out const commands; this controller made them all.
        auto *command = const_cast<QUndoCommand *>(m_stack->command(i));
        if (auto *mark = dynamic_cast<MarkCommand *>(command))
            mark->setText(commandText(mark->change()));
    }
    updateActions();
}
