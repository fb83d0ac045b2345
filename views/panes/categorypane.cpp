#include "views/panes/categorypane.h"

#include "models/itemmodels/categorymodel.h"
#include "views/delegates/categorydelegate.h"
#include "views/panes/categoryfilterproxy.h"
#include "views/panes/focusframe.h"
#include "views/panes/outlinedcheckbox.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CategoryPane::CategoryPane(CategoryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new CategoryFilterProxy(this))
    , m_header(new QLabel(this))
    , m_findEdit(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_matchAllCheck(new OutlinedCheckBox(this))
{
    setObjectName(u"categoryPane"_s);
    m_proxy->setSourceModel(m_model);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_findEdit->setObjectName(u"categoryFilterEdit"_s);
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setAcceptDrops(false);
    m_header->setBuddy(m_findEdit);
    m_view->setObjectName(u"categoryView"_s);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new CategoryDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &CategoryPane::showContextMenu);
    m_matchAllCheck->setObjectName(u"matchAllCheck"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(m_header);
    layout->addWidget(m_findEdit);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_matchAllCheck);
    FocusFrame::install(m_view); // a visible focus

    connect(m_findEdit, &QLineEdit::textChanged, m_proxy, &CategoryFilterProxy::setFilterFixedString);
    connect(m_matchAllCheck, &QCheckBox::toggled, this, &CategoryPane::matchAllChanged);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &CategoryPane::rememberCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CategoryPane::restoreCurrent);
}

bool CategoryPane::matchAll() const
{
    return m_matchAllCheck->isChecked();
}

void CategoryPane::setMatchAll(bool all)
{
    m_matchAllCheck->setChecked(all);
}

void CategoryPane::clearFind()
{
    m_findEdit->clear();
}

QList<QWidget *> CategoryPane::focusChain() const
{
    return {m_findEdit, m_view, m_matchAllCheck};
}

bool CategoryPane::findHasFocus() const
{
    return m_findEdit->hasFocus();
}

void CategoryPane::rememberCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    m_hadCurrent = current.isValid();
    m_currentName = current.data(CategoryModel::NameRole).toString();
}

void CategoryPane::restoreCurrent()
{
    if (!std::exchange(m_hadCurrent, false) || m_view->currentIndex().isValid())
        return;
    const int row = m_currentName.isEmpty() ? 0 : m_model->rowOfCategory(m_currentName);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

void CategoryPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid() || index.data(CategoryModel::IsAllRole).toBool())
        return;
    const bool uncategorised = index.data(CategoryModel::IsUncategorisedRole).toBool();
    const QString name = uncategorised ? QString() : index.data(CategoryModel::NameRole).toString();
    QMenu menu(this);
    menu.setObjectName(u"categoryContextMenu"_s);
    menu.setAccessibleName(tr("Category actions"));
    QAction *only = menu.addAction(tr("Show &Only This Category"));
    only->setObjectName(u"showOnlyCategoryAction"_s);
    connect(only, &QAction::triggered, this, [this, name] { Q_EMIT showOnly(name); });
    menu.addSeparator();
    QAction *exporting = menu.addAction(tr("&Export This Category…"));
    exporting->setObjectName(u"exportCategoryAction"_s);
    connect(exporting, &QAction::triggered, this, [this, name] { Q_EMIT exportCategory(name); });
    Q_EMIT contextMenuAboutToShow(&menu); // (tests)
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void CategoryPane::retranslate()
{
    m_header->setText(tr("&Categories"));
    m_findEdit->setPlaceholderText(tr("Find a category"));
    m_findEdit->setAccessibleName(tr("Find a category"));
    m_view->setAccessibleName(tr("Categories"));
    m_matchAllCheck->setText(tr("Match &all checked categories"));
    m_matchAllCheck->setToolTip(tr("Off: items in any checked category. On: items in every checked category."));
    m_view->viewport()->update(); // "All categories"
}
