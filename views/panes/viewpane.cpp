#include "views/panes/viewpane.h"

#include "models/itemmodels/savedviewmodel.h"
#include "views/delegates/countdelegate.h"
#include "views/panes/focusframe.h"
#include "views/panes/rowmover.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Enter (or Space) on a view activates it, as a click does.
class ActivateKeys final : public QObject
{
public:
    ActivateKeys(QAbstractItemView *view, std::function<void(const QModelIndex &)> activate)
        : QObject(view)
        , m_view(view)
        , m_activate(std::move(activate))
    {
        view->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_view || event->type() != QEvent::KeyPress)
            return false;
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool activates = key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space;
        if (!activates || !m_view->currentIndex().isValid()
            || static_cast<QKeyEvent *>(event)->modifiers() & ~Qt::KeypadModifier)
            return false;
        m_activate(m_view->currentIndex());
        return true;
    }

private:
    QAbstractItemView *m_view;
    std::function<void(const QModelIndex &)> m_activate;
};

} // namespace

ViewPane::ViewPane(SavedViewModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_header(new QLabel(this))
    , m_view(new QListView(this))
    , m_mover(nullptr)
    , m_emptyNote(new QLabel(this))
{
    setObjectName(u"viewPane"_s);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_header->setObjectName(u"viewHeader"_s);
    m_header->setBuddy(m_view);
    m_view->setObjectName(u"viewList"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CountDelegate(
            {.count = SavedViewModel::CountRole, .unread = SavedViewModel::UnreadRole}, m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ViewPane::showContextMenu);
    connect(m_view, &QAbstractItemView::clicked, this, &ViewPane::activate);
    new ActivateKeys(m_view, [this](const QModelIndex &index) { activate(index); });
    m_mover = new RowMover(m_view); // drag and drop, Ctrl+Shift+Up / Down
    m_mover->upAction()->setObjectName(u"moveViewUpKeyAction"_s);
    m_mover->downAction()->setObjectName(u"moveViewDownKeyAction"_s);
    m_emptyNote->setObjectName(u"viewEmptyNote"_s);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setTextFormat(Qt::PlainText);
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNote->setMargin(4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyNote);
    FocusFrame::install(m_view); // a visible focus

    connect(m_model, &QAbstractItemModel::modelReset, this, &ViewPane::restoreCurrent);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ViewPane::updateEmptyNote);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ViewPane::restoreCurrent);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &ViewPane::restoreCurrent);
    retranslate();
    restoreCurrent();
}

QAction *ViewPane::moveUpAction() const
{
    return m_mover->upAction();
}

QAction *ViewPane::moveDownAction() const
{
    return m_mover->downAction();
}

QList<QWidget *> ViewPane::focusChain() const
{
    return {m_view};
}

void ViewPane::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (index.data(SavedViewModel::IsHiddenViewRole).toBool()) {
        m_current = HiddenView;
        Q_EMIT hiddenViewActivated();
        return;
    }
    m_current = index.data(SavedViewModel::IdRole).toLongLong();
    Q_EMIT viewActivated(m_current);
}

qint64 ViewPane::currentView() const
{
    return m_current;
}

void ViewPane::setCurrentView(qint64 id)
{
    m_current = id;
    restoreCurrent();
}

void ViewPane::clearCurrentView()
{
    setCurrentView(NoView);
}

void ViewPane::restoreCurrent()
{
    int row = -1;
    if (m_current == HiddenView) {
        for (int r = m_model->rowCount() - 1; r >= 0 && row < 0; --r) {
            if (m_model->index(r).data(SavedViewModel::IsHiddenViewRole).toBool())
                row = r;
        }
    } else if (m_current != NoView) {
        row = m_model->rowOfView(m_current);
    }
    QItemSelectionModel *selection = m_view->selectionModel();
    if (row < 0) {
        selection->clearSelection(); // the keyboard keeps its place
    } else {
        selection->setCurrentIndex(m_model->index(row), QItemSelectionModel::ClearAndSelect);
    }
    updateEmptyNote();
}

void ViewPane::updateEmptyNote()
{
    bool anyView = false;
    for (int r = 0; r < m_model->rowCount() && !anyView; ++r)
        anyView = !m_model->index(r).data(SavedViewModel::IsHiddenViewRole).toBool();
    m_emptyNote->setVisible(!anyView);
}

void ViewPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.setObjectName(u"viewContextMenu"_s);
    menu.setAccessibleName(tr("Saved view actions"));
    const auto add = [&menu](const QString &text, const char *name, auto &&slot) {
        QAction *action = menu.addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        QObject::connect(action, &QAction::triggered, &menu, slot);
        return action;
    };
    if (index.data(SavedViewModel::IsHiddenViewRole).toBool()) {
        add(tr("&Show Hidden Items"), "showViewAction", [this, index] { activate(index); });
        menu.addSeparator();
        add(tr("&Forget Hidden Items…"), "forgetHiddenAction", [this] { Q_EMIT forgetHiddenRequested(); });
    } else {
        const qint64 id = index.data(SavedViewModel::IdRole).toLongLong();
        const int row = index.row();
        add(tr("&Show View"), "showViewAction", [this, index] { activate(index); });
        add(tr("&Update View to the Current Filter"), "editViewAction", [this, id] { Q_EMIT editRequested(id); });
        add(tr("&Rename View…"), "renameViewAction", [this, id] { Q_EMIT renameRequested(id); });
        menu.addSeparator();
        m_mover->addToMenu(&menu, row, {tr("Move U&p"), u"moveViewUpAction"_s},
                           {tr("Move Do&wn"), u"moveViewDownAction"_s});
        menu.addSeparator();
        add(tr("&Delete View…"), "deleteViewAction", [this, id] { Q_EMIT deleteRequested(id); });
    }
    Q_EMIT contextMenuAboutToShow(&menu); // (tests)
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ViewPane::retranslate()
{
    m_header->setText(tr("Saved Vie&ws"));
    m_view->setAccessibleName(tr("Saved views"));
    m_view->setAccessibleDescription(
            tr("Click a view or press Enter to show its items; drag a view, or press Ctrl+Shift+Up or Down, "
               "to move it"));
    m_mover->upAction()->setText(tr("Move View Up"));
    m_mover->downAction()->setText(tr("Move View Down"));
    m_emptyNote->setText(tr("No saved views yet — set a filter, then choose Save View…"));
    m_emptyNote->setAccessibleName(tr("No saved views yet"));
}
