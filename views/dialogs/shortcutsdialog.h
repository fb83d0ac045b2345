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

private:
    QTableWidget *m_table;
};
