#include "views/controllers/labelcommand.h"

#include <QCoreApplication>

LabelCommand::LabelCommand(const Label &label, const MarkChange &carried, qint64 serial, Restore restore,
                           Delete remove)
    : QUndoCommand(commandText(label))
    , m_label(label)
    , m_carried(carried)
    , m_serial(serial)
    , m_restore(std::move(restore))
    , m_remove(std::move(remove))
{
}

QString LabelCommand::commandText(const Label &label)
{
    return QCoreApplication::translate("UndoController", "Delete Label “%1”").arg(label.name);
}

void LabelCommand::undo()
{
    m_firstRedo = false;
    m_restore(m_label, m_carried);
}

void LabelCommand::redo()
{
    // QUndoStack::push() calls redo(): the label is deleted already.
    if (std::exchange(m_firstRedo, false))
        return;
    m_remove(m_label.id);
}
