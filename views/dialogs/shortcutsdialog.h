#pragma once

#include <QDialog>
#include <QList>

class QTableWidget;

// Help → Keyboard shortcuts: a table of keys and what they do.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Shortcut
    {
        QString keys;
        QString description;
    };

    explicit ShortcutsDialog(const QList<Shortcut> &shortcuts, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    // Wide enough for the keys and what they do, side by side, within the screen.
    int fittingWidth() const;

    QTableWidget *m_table;
};
