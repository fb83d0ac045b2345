#include "views/controllers/markcommand.h"

#include "views/controllers/undocontroller.h"

MarkCommand::MarkCommand(const MarkChange &change, qint64 serial, Setter set, const QString &labelName)
    : QUndoCommand(UndoController::commandText(change, labelName))
    , m_change(change)
    , m_serial(serial)
    , m_set(std::move(set))
    , m_labelName(labelName)
{
}

void MarkCommand::undo()
{
    m_firstRedo = false;
    m_set(m_change, !m_change.on);
}

void MarkCommand::redo()
{
    // QUndoStack::push() calls redo(): the change is in the cache already.
    if (std::exchange(m_firstRedo, false))
        return;
    m_set(m_change, m_change.on);
}
