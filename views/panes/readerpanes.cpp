#include "views/panes/readerpanes.h"

#include "views/panes/categorypane.h"
#include "views/panes/messagebar.h"
#include "views/panes/sidepane.h"

#include <QDataStream>
#include <QIODevice>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// saveState()'s own format; anything else is a QSplitter state of old.
constexpr quint32 StateMagic = 0x4e445031; // "NDP1"
// 1: without the side pane's own state; 2: with it.
constexpr quint32 StateVersion = 2;

// Initial sizes, in proportion to the window (QSplitter scales them).
const QList<int> SideBySideSizes{270, 470, 540};
const QList<int> ListAboveSizes{270, 1010};
const QList<int> ListAboveListSizes{300, 400};

QList<int> sizesOr(const QList<int> &sizes, const QList<int> &fallback)
{
    return sizes.size() == fallback.size() ? sizes : fallback;
}

} // namespace

ReaderPanes::ReaderPanes(QWidget *parent)
    : QWidget(parent)
    , m_messageBar(new MessageBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_listSplitter(new QSplitter(Qt::Vertical, this)) // in m_splitter only while the list is above
{
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_listSplitter->setObjectName(u"listSplitter"_s);
    m_listSplitter->setChildrenCollapsible(false);
    m_listSplitter->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_splitter, 1);
}

void ReaderPanes::addPanes(QWidget *side, QWidget *news, QWidget *item)
{
    m_categories = side;
    m_news = news;
    m_item = item;
    m_splitter->addWidget(side);
    m_splitter->addWidget(news);
    m_splitter->addWidget(item);
    arrange();
}

SidePane *ReaderPanes::sidePane() const
{
    return qobject_cast<SidePane *>(m_categories);
}

CategoryPane *ReaderPanes::categoryPane() const
{
    if (SidePane *side = sidePane())
        return side->categoryPane();
    return qobject_cast<CategoryPane *>(m_categories);
}

LabelPane *ReaderPanes::labelPane() const
{
    SidePane *side = sidePane();
    return side ? side->labelPane() : nullptr;
}

ViewPane *ReaderPanes::viewPane() const
{
    SidePane *side = sidePane();
    return side ? side->viewPane() : nullptr;
}

SourcePane *ReaderPanes::sourcePane() const
{
    SidePane *side = sidePane();
    return side ? side->sourcePane() : nullptr;
}

QList<int> &ReaderPanes::mainSizes(Layout layout)
{
    return layout == Layout::SideBySide ? m_sideSizes : m_aboveSizes;
}

void ReaderPanes::keepSizes()
{
    if (!m_categories)
        return;
    const QList<int> sizes = m_splitter->sizes();
    QList<int> &kept = mainSizes(m_layout);
    if (m_categoriesVisible && !sizes.contains(0)) {
        kept = sizes;
    } else if (!m_categoriesVisible && kept.size() == sizes.size()) {
        // Hidden, the category pane keeps the width it had, and the others
        // the room they had beside it, shared as they are shared now.
        qint64 keptRest = 0;
        qint64 shownRest = 0;
        for (qsizetype i = 1; i < kept.size(); ++i) {
            keptRest += kept.at(i);
            shownRest += sizes.at(i);
        }
        for (qsizetype i = 1; i < kept.size() && shownRest > 0; ++i)
            kept[i] = int(sizes.at(i) * keptRest / shownRest);
    }
    if (m_layout == Layout::ListAbove && !m_listSplitter->sizes().contains(0))
        m_listSizes = m_listSplitter->sizes();
}

void ReaderPanes::arrange()
{
    if (!m_categories)
        return;
    const bool above = m_layout == Layout::ListAbove;
    if (above) {
        m_listSplitter->addWidget(m_news);
        m_listSplitter->addWidget(m_item);
        m_splitter->insertWidget(1, m_listSplitter);
        m_listSplitter->show();
        m_listSplitter->setStretchFactor(0, 1);
        m_listSplitter->setStretchFactor(1, 1);
        m_listSplitter->setSizes(sizesOr(m_listSizes, ListAboveListSizes));
        // The categories shrink less than the reading area, but shrink too.
        m_splitter->setStretchFactor(0, 1);
        m_splitter->setStretchFactor(1, 4);
    } else {
        m_splitter->insertWidget(1, m_news);
        m_splitter->insertWidget(2, m_item);
        m_listSplitter->hide();
        m_listSplitter->setParent(this); // out of m_splitter: its sizes are the three panes'
        m_splitter->setStretchFactor(0, 1);
        m_splitter->setStretchFactor(1, 2);
        m_splitter->setStretchFactor(2, 2);
    }
    m_news->show();
    m_item->show();
    m_categories->setVisible(m_categoriesVisible);
    applyMainSizes();
}

void ReaderPanes::applyMainSizes()
{
    QList<int> sizes = sizesOr(mainSizes(m_layout), m_layout == Layout::SideBySide ? SideBySideSizes
                                                                                   : ListAboveSizes);
    if (!m_categoriesVisible)
        sizes[0] = 0;
    m_splitter->setSizes(sizes);
}

void ReaderPanes::setLayout(Layout layout)
{
    if (layout == m_layout)
        return;
    keepSizes();
    m_layout = layout;
    arrange();
    Q_EMIT layoutChanged(layout);
}

void ReaderPanes::setCategoryPaneVisible(bool visible)
{
    if (visible == m_categoriesVisible)
        return;
    keepSizes();
    m_categoriesVisible = visible;
    if (m_categories) {
        if (!visible && m_categories->isAncestorOf(focusWidget()))
            m_news->setFocus(Qt::OtherFocusReason);
        m_categories->setVisible(visible);
        applyMainSizes();
    }
    Q_EMIT categoryPaneVisibleChanged(visible);
}

bool ReaderPanes::isCategoryPaneVisible() const
{
    return m_categoriesVisible;
}

QByteArray ReaderPanes::saveState() const
{
    auto *self = const_cast<ReaderPanes *>(this); // keepSizes() only caches what is shown
    self->keepSizes();
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << StateMagic << StateVersion << int(m_layout) << m_categoriesVisible << m_sideSizes << m_aboveSizes
        << m_listSizes;
    const SidePane *side = sidePane();
    out << (side ? side->saveState() : QByteArray());
    return state;
}

void ReaderPanes::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    in >> magic >> version;
    if (magic != StateMagic || version < 1 || version > StateVersion) {
        // A state of old: the side by side splitter's own.
        if (m_layout != Layout::SideBySide)
            setLayout(Layout::SideBySide);
        if (m_splitter->restoreState(state)) {
            setCategoryPaneVisible(true);
            keepSizes();
        }
        return;
    }
    int layout = 0;
    bool visible = true;
    QList<int> side, above, list;
    QByteArray sideState;
    in >> layout >> visible >> side >> above >> list;
    if (version >= 2)
        in >> sideState;
    if (in.status() != QDataStream::Ok)
        return;
    if (SidePane *pane = sidePane(); pane && !sideState.isEmpty())
        pane->restoreState(sideState);
    m_sideSizes = sizesOr(side, SideBySideSizes);
    m_aboveSizes = sizesOr(above, ListAboveSizes);
    m_listSizes = sizesOr(list, ListAboveListSizes);
    const bool layoutChanges = Layout(layout) != m_layout;
    const bool visibilityChanges = visible != m_categoriesVisible;
    m_layout = layout == int(Layout::ListAbove) ? Layout::ListAbove : Layout::SideBySide;
    m_categoriesVisible = visible;
    arrange();
    if (layoutChanges)
        Q_EMIT layoutChanged(m_layout);
    if (visibilityChanges)
        Q_EMIT categoryPaneVisibleChanged(m_categoriesVisible);
}
