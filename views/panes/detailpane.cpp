#include "views/panes/detailpane.h"

#include "views/panes/focusframe.h"
#include "views/panes/itemhtml.h"

#include <QDesktopServices>
#include <QEvent>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTextBrowser(this))
{
    setObjectName(u"detailPane"_s);
    m_view->setObjectName(u"detailView"_s);
    m_view->setOpenLinks(false);
    m_view->setOpenExternalLinks(false);
    m_view->setAcceptDrops(false);
    m_view->viewport()->setAcceptDrops(false);
    m_view->document()->setDocumentMargin(16);
    QFont readingFont = m_view->font();
    readingFont.setPointSizeF(readingFont.pointSizeF() * 1.1);
    m_view->setFont(readingFont);
    connect(m_view, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        // Only web addresses leave the program; anything else in item text is ignored.
        const QString scheme = url.scheme().toLower();
        if (scheme == u"http"_s || scheme == u"https"_s)
            QDesktopServices::openUrl(url);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 6);
    layout->addWidget(m_view);
    FocusFrame::install(m_view); // a visible focus
}

void DetailPane::showItem(const NewsItem &item, const QString &search)
{
    const bool sameItem = item.id == m_item.id;
    m_item = item;
    m_search = search;
    render(sameItem);
}

void DetailPane::showNothing(bool listHasItems)
{
    m_item = NewsItem{};
    m_listHasItems = listHasItems;
    render(false);
}

bool DetailPane::pageDown()
{
    QScrollBar *bar = m_view->verticalScrollBar();
    if (m_item.id == 0 || bar->value() >= bar->maximum())
        return false;
    bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
    return true;
}

void DetailPane::render(bool keepScroll)
{
    if (m_item.id == 0) {
        const QString text = m_listHasItems ? tr("Select an item to read it.") : QString();
        m_view->setHtml(ItemHtml::placeholder(text, m_view->palette()));
        return;
    }
    QScrollBar *bar = m_view->verticalScrollBar();
    const int scroll = bar->value();
    m_view->setHtml(ItemHtml::toHtml(m_item, m_search, m_view->palette()));
    bar->setValue(keepScroll ? scroll : 0);
}

void DetailPane::retranslate()
{
    m_view->setAccessibleName(tr("Details"));
    render(true);
}

void DetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        render(true);
}
