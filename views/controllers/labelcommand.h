#pragma once

#include "models/store/label.h"
#include "models/store/markchange.h"

#include <QUndoCommand>

#include <functional>

// The undo of a deleted label (OrganiseController::deleteLabel): the label
// was deleted when it is pushed, so its first redo() does nothing; undo()
// brings it back with its id, name, colour and place on the items it was on
// (ReaderSession::restoreLabel), a later redo() deletes it again
// (ReaderSession::deleteLabel).
class LabelCommand final : public QUndoCommand
{
public:
    using Restore = std::function<void(const Label &label, const MarkChange &carried)>;
    using Delete = std::function<void(qint64 labelId)>;

    // carried: the items the label was on (Mark::Label, on = true);
    // serial: the command's own number (UndoController::nextSerial()).
    LabelCommand(const Label &label, const MarkChange &carried, qint64 serial, Restore restore, Delete remove);

    const Label &label() const { return m_label; }
    const MarkChange &carried() const { return m_carried; }
    qint64 serial() const { return m_serial; }

    // "Delete Label “Budget”", for Edit → Undo.
    static QString commandText(const Label &label);

    void undo() override;
    void redo() override;

private:
    Label m_label;
    MarkChange m_carried;
    qint64 m_serial;
    Restore m_restore;
    Delete m_remove;
    bool m_firstRedo = true; // push()'s: the label is deleted already
};
