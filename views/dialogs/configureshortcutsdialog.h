#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QAction;
class QKeySequenceEdit;
class QLabel;
class QPushButton;
class QTableWidget;

// Settings → Configure Shortcuts…: every action with its shortcut; the one
// selected gets new keys in a QKeySequenceEdit. Keys another action has, or
// that move around the lists and boxes, are refused with a message that says
// why. OK gives the actions their new shortcuts (the window keeps them).
class ConfigureShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigureShortcutsDialog)

public:
    struct Entry
    {
        QAction *action = nullptr;
        QString description; // where it is: "View › Zoom In"
        QList<QKeySequence> defaults;
        // An action never enabled together with this one (Item → Hide and
        // Restore): the two may share keys.
        const QAction *partner = nullptr;
    };

    explicit ConfigureShortcutsDialog(const QList<Entry> &entries, QWidget *parent = nullptr);

    // The shortcuts chosen so far, in the order of the entries.
    QList<QList<QKeySequence>> chosen() const { return m_keys; }
    // Gives the entry at row the keys (none: no shortcut); false, with the
    // reason shown, when they are refused.
    bool assign(int row, const QKeySequence &keys);
    // Every entry's shortcuts as newsdesk ships them.
    void resetToDefaults();
    // The message that says why keys were refused (empty: none).
    QString message() const;

    void accept() override;

private:
    QString refusal(int row, const QKeySequence &keys) const;
    void showRow(int row);
    void updateRow(int row);
    void editingFinished();

    QList<Entry> m_entries;
    QList<QList<QKeySequence>> m_keys;
    QTableWidget *m_table;
    QLabel *m_editLabel;
    QKeySequenceEdit *m_edit;
    QPushButton *m_clearButton;
    QLabel *m_message;
};
