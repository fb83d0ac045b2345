#pragma once

#include "models/store/markchange.h"

#include <QUndoCommand>

#include <functional>

// One undoable change of a mark on many items (UndoController): it was done
// when it is pushed, so its first redo() does nothing; undo() sets the items
// that changed back, a later redo() sets them again. How is set() (the item
// model, on its worker): set(change, on).
class MarkCommand final : public QUndoCommand
{
public:
    using Setter = std::function<void(const MarkChange &change, bool on)>;

    // serial: the command's own number (UndoController), which no other
    // command has; labelName: the label's name (Mark::Label), for the text.
    MarkCommand(const MarkChange &change, qint64 serial, Setter set, const QString &labelName = QString());

    const MarkChange &change() const { return m_change; }
    const QString &labelName() const { return m_labelName; }
    qint64 serial() const { return m_serial; }

    void undo() override;
    void redo() override;

private:
    MarkChange m_change;
    qint64 m_serial;
    Setter m_set;
    QString m_labelName;
    bool m_firstRedo = true; // push()'s: the marks are written already
};
