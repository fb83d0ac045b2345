#include "views/dialogs/configureshortcutsdialog.h"

#include "models/support/logging.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString nativeText(const QList<QKeySequence> &keys)
{
    return QKeySequence::listToString(keys, QKeySequence::NativeText);
}

// Keys that move around the lists and the boxes, never given to an action.
bool movesAround(const QKeySequence &keys)
{
    static const QList<QKeyCombination> moving = {
            Qt::Key_Up,   Qt::Key_Down,   Qt::Key_Left,     Qt::Key_Right,  Qt::Key_Home,  Qt::Key_End,
            Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Tab, Qt::Key_Backtab, Qt::Key_Return, Qt::Key_Enter};
    return keys.count() == 1 && moving.contains(keys[0]);
}

} // namespace

ConfigureShortcutsDialog::ConfigureShortcutsDialog(const QList<Entry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_table(new QTableWidget(int(entries.size()), 2, this))
    , m_editLabel(new QLabel(this))
    , m_edit(new QKeySequenceEdit(this))
    , m_clearButton(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"configureShortcutsDialog"_s);
    setWindowTitle(tr("Configure Shortcuts"));
    for (const Entry &entry : entries)
        m_keys.append(entry.action->shortcuts());

    m_table->setObjectName(u"configureShortcutsTable"_s);
    m_table->setAccessibleName(tr("Actions and their shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int row = 0; row < m_entries.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(m_entries.at(row).description));
        m_table->setItem(row, 1, new QTableWidgetItem);
        updateRow(row);
    }

    m_edit->setObjectName(u"shortcutEdit"_s);
    m_edit->setAccessibleName(tr("New shortcut"));
    m_editLabel->setBuddy(m_edit);
    m_clearButton->setObjectName(u"clearShortcutButton"_s);
    m_clearButton->setText(tr("&No Shortcut"));
    m_clearButton->setAccessibleName(tr("No shortcut for this action"));
    m_message->setObjectName(u"shortcutMessage"_s);
    m_message->setAccessibleName(tr("Why the keys were refused"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(
            QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    QPushButton *reset = buttons->button(QDialogButtonBox::RestoreDefaults);
    reset->setObjectName(u"resetShortcutsButton"_s);
    reset->setText(tr("&Reset to Defaults"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reset, &QPushButton::clicked, this, &ConfigureShortcutsDialog::resetToDefaults);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRow(row); });
    connect(m_edit, &QKeySequenceEdit::editingFinished, this, &ConfigureShortcutsDialog::editingFinished);
    connect(m_clearButton, &QPushButton::clicked, this, [this] { assign(m_table->currentRow(), {}); });

    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_editLabel);
    editRow->addWidget(m_edit, 1);
    editRow->addWidget(m_clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(editRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_table->setCurrentCell(0, 0);
    showRow(0);
    resize(620, 560);
}

void ConfigureShortcutsDialog::showRow(int row)
{
    const bool valid = row >= 0 && row < m_entries.size();
    m_edit->setEnabled(valid);
    m_clearButton->setEnabled(valid);
    m_editLabel->setText(valid ? tr("&Shortcut for “%1”:").arg(m_entries.at(row).description) : tr("&Shortcut:"));
    const QSignalBlocker blocker(m_edit);
    m_edit->setKeySequence(valid ? m_keys.at(row).value(0) : QKeySequence());
}

void ConfigureShortcutsDialog::updateRow(int row)
{
    m_table->item(row, 1)->setText(nativeText(m_keys.at(row)));
}

void ConfigureShortcutsDialog::editingFinished()
{
    const int row = m_table->currentRow();
    if (row < 0 || m_edit->keySequence() == m_keys.at(row).value(0))
        return;
    if (!assign(row, m_edit->keySequence()))
        showRow(row); // the edit shows the keys kept
}

QString ConfigureShortcutsDialog::refusal(int row, const QKeySequence &keys) const
{
    if (movesAround(keys))
        return tr("%1 moves around the lists and the boxes, so it cannot be a shortcut. Choose other keys.")
                .arg(keys.toString(QKeySequence::NativeText));
    for (int other = 0; other < m_keys.size(); ++other) {
        const bool shared = m_entries.at(row).partner == m_entries.at(other).action;
        if (other != row && m_keys.at(other).contains(keys) && !shared)
            return tr("%1 is already the shortcut of “%2”. Choose other keys, or give that action other keys "
                      "first.")
                    .arg(keys.toString(QKeySequence::NativeText), m_entries.at(other).description);
    }
    return {};
}

bool ConfigureShortcutsDialog::assign(int row, const QKeySequence &keys)
{
    if (row < 0 || row >= m_keys.size())
        return false;
    const QString why = keys.isEmpty() ? QString() : refusal(row, keys);
    m_message->setText(why);
    m_message->setVisible(!why.isEmpty());
    if (!why.isEmpty()) {
        qCInfo(lcUi) << "shortcut refused:" << why;
        return false;
    }
    // The first key given again keeps the others (Ctrl++ and Ctrl+=).
    if (keys.isEmpty() || keys != m_keys.at(row).value(0))
        m_keys[row] = keys.isEmpty() ? QList<QKeySequence>() : QList<QKeySequence>{keys};
    updateRow(row);
    if (row == m_table->currentRow())
        showRow(row);
    return true;
}

void ConfigureShortcutsDialog::resetToDefaults()
{
    for (int row = 0; row < m_entries.size(); ++row) {
        m_keys[row] = m_entries.at(row).defaults;
        updateRow(row);
    }
    m_message->hide();
    m_message->clear();
    showRow(m_table->currentRow());
}

QString ConfigureShortcutsDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ConfigureShortcutsDialog::accept()
{
    for (int row = 0; row < m_entries.size(); ++row)
        m_entries.at(row).action->setShortcuts(m_keys.at(row));
    QDialog::accept();
}
