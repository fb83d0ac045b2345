#include "views/panes/sidepane.h"

#include "views/panes/categorypane.h"
#include "views/panes/labelpane.h"
#include "views/panes/sourcepane.h"
#include "views/panes/viewpane.h"

#include <QDataStream>
#include <QEvent>
#include <QIODevice>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 StateMagic = 0x4e445331; // "NDS1"
constexpr quint32 StateVersion = 1;

// Initial sizes, in proportion (QSplitter scales them): views, labels, tabs.
const QList<int> InitialSizes{150, 150, 400};

} // namespace

SidePane::SidePane(CategoryModel *categories, SavedViewModel *views, LabelModel *labels, SourceModel *sources,
                   QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_viewPane(new ViewPane(views, m_splitter))
    , m_labelPane(new LabelPane(labels, m_splitter))
    , m_tabs(new QTabWidget(m_splitter))
    , m_categoryPane(new CategoryPane(categories, m_tabs))
    , m_sourcePane(new SourcePane(sources, m_tabs))
{
    setObjectName(u"sidePane"_s);
    m_splitter->setObjectName(u"sideSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_tabs->setObjectName(u"sideTabs"_s);
    m_tabs->tabBar()->setObjectName(u"sideTabBar"_s);
    m_tabs->setDocumentMode(true);
    // The tab bar is the Tab stop (focusChain()); the tab widget passes its
    // focus on to it (its focus proxy). Left a Tab stop itself, the tab widget
    // stood where it was made in the window's chain and Tab through it jumped
    // to its tab bar, past the label pane's New button and list.
    m_tabs->setFocusPolicy(Qt::NoFocus); // (passed on to the proxy:)
    m_tabs->tabBar()->setFocusPolicy(Qt::TabFocus);
    m_tabs->addTab(m_categoryPane, QString());
    m_tabs->addTab(m_sourcePane, QString());
    m_splitter->addWidget(m_viewPane);
    m_splitter->addWidget(m_labelPane);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes(InitialSizes);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        Q_EMIT currentTabChanged(index == 1 ? Tab::Sources : Tab::Categories);
    });
    retranslate();
}

SidePane::Tab SidePane::currentTab() const
{
    return m_tabs->currentWidget() == m_sourcePane ? Tab::Sources : Tab::Categories;
}

void SidePane::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentWidget(tab == Tab::Sources ? static_cast<QWidget *>(m_sourcePane) : m_categoryPane);
}

QList<QWidget *> SidePane::focusChain() const
{
    return m_viewPane->focusChain() + m_labelPane->focusChain() + QList<QWidget *>{m_tabs->tabBar()}
    + m_categoryPane->focusChain() + m_sourcePane->focusChain();
}

QByteArray SidePane::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << StateMagic << StateVersion << m_splitter->saveState() << int(currentTab());
    return state;
}

bool SidePane::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    QByteArray splitter;
    int tab = 0;
    in >> magic >> version >> splitter >> tab;
    if (in.status() != QDataStream::Ok || magic != StateMagic || version != StateVersion)
        return false;
    m_splitter->restoreState(splitter);
    setCurrentTab(tab == int(Tab::Sources) ? Tab::Sources : Tab::Categories);
    return true;
}

void SidePane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SidePane::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_categoryPane), tr("Categories"));
    m_tabs->setTabText(m_tabs->indexOf(m_sourcePane), tr("Sources"));
    m_tabs->setAccessibleName(tr("Categories and sources"));
    m_tabs->tabBar()->setAccessibleName(tr("Categories or sources"));
    setAccessibleName(tr("Side pane"));
    m_viewPane->retranslate();
    m_labelPane->retranslate();
    m_categoryPane->retranslate();
    m_sourcePane->retranslate();
}
