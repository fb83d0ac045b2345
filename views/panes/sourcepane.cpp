#include "views/panes/sourcepane.h"

#include "models/itemmodels/sourcemodel.h"
#include "views/delegates/countdelegate.h"
#include "views/panes/focusframe.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Enter reads the file under the keyboard (QTreeView would only expand a
// folder, and on some styles does nothing).
class EnterActivates final : public QObject
{
public:
    explicit EnterActivates(QTreeView *view)
        : QObject(view)
        , m_view(view)
    {
        view->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_view || event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (!enter || !m_view->currentIndex().isValid() || key->modifiers() & ~Qt::KeypadModifier)
            return false;
        Q_EMIT m_view->activated(m_view->currentIndex());
        return true;
    }

private:
    QTreeView *m_view;
};

bool isFile(const QModelIndex &index)
{
    return index.isValid()
            && index.data(SourceModel::KindRole).value<SourceModel::NodeKind>() == SourceModel::NodeKind::File;
}

} // namespace

SourcePane::SourcePane(SourceModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_allButton(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTreeView(m_stack))
    , m_emptyNote(new QLabel(m_stack))
{
    setObjectName(u"sourcePane"_s);
    m_allButton->setObjectName(u"allSourcesButton"_s);
    m_allButton->setAutoRaise(true);
    m_allButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_allButton->setEnabled(false);
    connect(m_allButton, &QToolButton::clicked, this, [this] {
        setCurrentFile({});
        Q_EMIT allSourcesActivated();
    });
    m_view->setObjectName(u"sourceTree"_s);
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideMiddle); // a file's name ends in what tells it apart
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegate(new CountDelegate(
            {.count = SourceModel::CountRole,
             .unread = SourceModel::UnreadRole,
             .bold = [this](const QModelIndex &index) {
                 return !m_currentFile.isEmpty() && isFile(index)
                         && index.data(SourceModel::PathRole).toString() == m_currentFile;
             }},
            m_view));
    connect(m_view, &QWidget::customContextMenuRequested, this, &SourcePane::showContextMenu);
    connect(m_view, &QAbstractItemView::activated, this, &SourcePane::activate);
    new EnterActivates(m_view);
    m_emptyNote->setObjectName(u"sourceEmptyNote"_s);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setTextFormat(Qt::PlainText);
    m_emptyNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_emptyNote->setMargin(6);
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyNote);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_allButton, 0, Qt::AlignLeft);
    layout->addWidget(m_stack, 1);
    FocusFrame::install(m_view); // a visible focus

    connect(m_model, &QAbstractItemModel::modelReset, this, &SourcePane::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SourcePane::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SourcePane::updateEmptyState);
    retranslate();
    updateEmptyState();
}

QList<QWidget *> SourcePane::focusChain() const
{
    return {m_allButton, m_view};
}

QStringList SourcePane::selectedFiles() const
{
    // Folders, then their files, in the tree's order (the model has two levels).
    QStringList files;
    const QItemSelectionModel *selection = m_view->selectionModel();
    for (int top = 0; top < m_model->rowCount(); ++top) {
        const QModelIndex folder = m_model->index(top, 0);
        const bool whole = selection->isSelected(folder);
        for (int row = 0; row < m_model->rowCount(folder); ++row) {
            const QModelIndex file = m_model->index(row, 0, folder);
            const QString path = file.data(SourceModel::PathRole).toString();
            if ((whole || selection->isSelected(file)) && !files.contains(path))
                files.append(path);
        }
    }
    return files;
}

void SourcePane::setCurrentFile(const QString &path)
{
    if (path == m_currentFile)
        return;
    m_currentFile = path;
    m_allButton->setEnabled(!path.isEmpty());
    m_view->viewport()->update();
}

void SourcePane::activate(const QModelIndex &index)
{
    if (!isFile(index))
        return; // a folder opens and closes
    const QString path = index.data(SourceModel::PathRole).toString();
    setCurrentFile(path);
    Q_EMIT fileActivated(path);
}

void SourcePane::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyNote) : m_view);
    if (!empty)
        m_view->expandToDepth(0);
    if (!m_currentFile.isEmpty() && !m_model->indexOfFile(m_currentFile).isValid() && m_model->isReady())
        m_view->viewport()->update();
}

void SourcePane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_view->selectionModel()->isSelected(index))
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                 | QItemSelectionModel::Rows);
    const QStringList files = selectedFiles();
    QMenu menu(this);
    menu.setObjectName(u"sourceContextMenu"_s);
    menu.setAccessibleName(tr("Source actions"));
    const auto add = [&menu](const QString &text, const char *name, auto &&slot) {
        QAction *action = menu.addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        QObject::connect(action, &QAction::triggered, &menu, slot);
        return action;
    };
    if (isFile(index)) {
        add(tr("&Read This File"), "readSourceAction", [this, index] { activate(index); });
        const QString path = index.data(SourceModel::PathRole).toString();
        add(tr("&Open in Editor"), "openSourceAction", [this, path] { Q_EMIT openRequested(path); });
        menu.addSeparator();
    }
    const auto kind = index.data(SourceModel::KindRole).value<SourceModel::NodeKind>();
    if (kind == SourceModel::NodeKind::Folder && index.data(SourceModel::IsWatchedRole).toBool()) {
        const QString folder = index.data(SourceModel::PathRole).toString();
        add(tr("&Stop Watching This Folder"), "stopWatchingAction",
            [this, folder] { Q_EMIT stopWatchingRequested(folder); });
        menu.addSeparator();
    }
    add(tr("Re&move from Archive…"), "removeSourceAction", [this, files] { Q_EMIT removeRequested(files); })
            ->setEnabled(!files.isEmpty());
    Q_EMIT contextMenuAboutToShow(&menu); // (tests)
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void SourcePane::retranslate()
{
    m_allButton->setText(tr("Show All Sou&rces"));
    m_allButton->setToolTip(tr("Show the items of every file again"));
    m_allButton->setAccessibleName(tr("Show all sources"));
    m_view->setAccessibleName(tr("Sources"));
    m_view->setAccessibleDescription(tr("The imported files; double-click a file or press Enter to read it"));
    m_emptyNote->setText(tr("No sources yet — import files or a folder (File → Import), or drop them on the window"));
    m_emptyNote->setAccessibleName(tr("No sources yet"));
}
