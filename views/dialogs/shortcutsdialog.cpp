#include "views/dialogs/shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ShortcutsDialog::ShortcutsDialog(const QList<Shortcut> &shortcuts, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(shortcuts.size()), 2, this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_table->setObjectName(u"shortcutsTable"_s);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    for (qsizetype row = 0; row < shortcuts.size(); ++row) {
        auto *keys = new QTableWidgetItem(shortcuts.at(row).keys);
        QFont bold = keys->font();
        bold.setBold(true);
        keys->setFont(bold);
        m_table->setItem(int(row), 0, keys);
        m_table->setItem(int(row), 1, new QTableWidgetItem(shortcuts.at(row).description));
    }
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // The keys as wide as they need, what they do in the rest, wrapped when
    // the dialog is narrower than its longest line: never a horizontal scroll
    // bar.
    m_table->setWordWrap(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(fittingWidth(), 560);
}

int ShortcutsDialog::fittingWidth() const
{
    // Both columns whole, the vertical scroll bar and the frames, within the
    // screen: a narrower screen wraps what the keys do.
    const QAbstractItemView *view = m_table; // QTableView's sizeHintForColumn() is protected
    const int keys = std::max(view->sizeHintForColumn(0), m_table->horizontalHeader()->sectionSizeHint(0));
    const int descriptions = view->sizeHintForColumn(1);
    const int chrome = m_table->verticalScrollBar()->sizeHint().width() + 2 * m_table->frameWidth()
            + layout()->contentsMargins().left() + layout()->contentsMargins().right() + 8;
    const QScreen *screen = this->screen();
    const int available = screen ? screen->availableGeometry().width() * 9 / 10 : 1000;
    return std::clamp(keys + descriptions + chrome, 400, std::max(400, available));
}
