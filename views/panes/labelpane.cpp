#include "views/panes/labelpane.h"

#include "models/itemmodels/labelmodel.h"
#include "views/delegates/countdelegate.h"
#include "views/panes/focusframe.h"
#include "views/panes/rowmover.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LabelPane::LabelPane(LabelModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_header(new QLabel(this))
    , m_newButton(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QListView(m_stack))
    , m_mover(nullptr)
    , m_emptyNote(new QLabel(m_stack))
{
    setObjectName(u"labelPane"_s);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_header->setObjectName(u"labelHeader"_s);
    m_header->setBuddy(m_view);
    m_newButton->setObjectName(u"newLabelButton"_s);
    m_newButton->setAutoRaise(true);
    m_newButton->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_newButton, &QToolButton::clicked, this, &LabelPane::newLabelRequested);
    m_view->setObjectName(u"labelList"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CountDelegate(
            {.count = LabelModel::CountRole, .unread = LabelModel::UnreadRole, .color = LabelModel::ColorRole},
            m_view));
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &LabelPane::showContextMenu);
    m_mover = new RowMover(m_view); // drag and drop, Ctrl+Shift+Up / Down
    m_mover->upAction()->setObjectName(u"moveLabelUpKeyAction"_s);
    m_mover->downAction()->setObjectName(u"moveLabelDownKeyAction"_s);
    m_emptyNote->setObjectName(u"labelEmptyNote"_s);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setTextFormat(Qt::PlainText);
    m_emptyNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_emptyNote->setMargin(6);
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNote->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_emptyNote, &QWidget::customContextMenuRequested, this, &LabelPane::showContextMenu);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyNote);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_header, 1);
    header->addWidget(m_newButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    FocusFrame::install(m_view); // a visible focus

    connect(m_model, &QAbstractItemModel::modelReset, this, &LabelPane::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LabelPane::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LabelPane::updateEmptyState);
    retranslate();
    updateEmptyState();
}

qint64 LabelPane::idAt(const QModelIndex &index) const
{
    return index.isValid() ? index.data(LabelModel::IdRole).toLongLong() : 0;
}

qint64 LabelPane::currentLabel() const
{
    return idAt(m_view->currentIndex());
}

QAction *LabelPane::moveUpAction() const
{
    return m_mover->upAction();
}

QAction *LabelPane::moveDownAction() const
{
    return m_mover->downAction();
}

QList<QWidget *> LabelPane::focusChain() const
{
    return {m_newButton, m_view};
}

void LabelPane::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    const bool hadFocus = m_stack->isAncestorOf(focusWidget());
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyNote) : m_view);
    if (hadFocus && empty)
        m_newButton->setFocus(Qt::OtherFocusReason);
}

void LabelPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_stack->currentWidget() == m_view ? m_view->indexAt(pos) : QModelIndex();
    const qint64 id = idAt(index);
    QMenu menu(this);
    menu.setObjectName(u"labelContextMenu"_s);
    menu.setAccessibleName(tr("Label actions"));
    const auto add = [&menu](const QString &text, const char *name, auto &&slot) {
        QAction *action = menu.addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        QObject::connect(action, &QAction::triggered, &menu, slot);
        return action;
    };
    if (id != 0) {
        add(tr("&Rename Label…"), "renameLabelAction", [this, id] { Q_EMIT renameRequested(id); });
        add(tr("Change &Colour…"), "recolourLabelAction", [this, id] { Q_EMIT recolourRequested(id); });
        add(tr("&Delete Label…"), "deleteLabelAction", [this, id] { Q_EMIT deleteRequested(id); });
        menu.addSeparator();
        m_mover->addToMenu(&menu, index.row(), {tr("Move U&p"), u"moveLabelUpAction"_s},
                           {tr("Move Do&wn"), u"moveLabelDownAction"_s});
        menu.addSeparator();
    }
    add(tr("&New Label…"), "newLabelAction", [this] { Q_EMIT newLabelRequested(); });
    if (!m_model->checkedLabels().isEmpty()) {
        add(tr("&Uncheck All Labels"), "clearLabelFilterAction", [this] { m_model->setCheckedLabels({}); });
    }
    Q_EMIT contextMenuAboutToShow(&menu); // (tests)
    QWidget *from = m_stack->currentWidget() == m_view ? m_view->viewport() : static_cast<QWidget *>(m_emptyNote);
    menu.exec(from->mapToGlobal(pos));
}

void LabelPane::retranslate()
{
    m_header->setText(tr("&Labels"));
    m_newButton->setText(tr("New"));
    m_newButton->setToolTip(tr("Make a new label"));
    m_newButton->setAccessibleName(tr("New label"));
    m_view->setAccessibleName(tr("Labels"));
    m_view->setAccessibleDescription(
            tr("Check labels to show only the items that carry them; drag a label, or press Ctrl+Shift+Up or "
               "Down, to move it"));
    m_mover->upAction()->setText(tr("Move Label Up"));
    m_mover->downAction()->setText(tr("Move Label Down"));
    m_emptyNote->setText(tr("No labels yet — select items and press 1, or right-click → New Label"));
    m_emptyNote->setAccessibleName(tr("No labels yet"));
}
