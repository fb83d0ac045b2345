#include "views/panes/detailpane.h"

#include "models/export/htmlrenderer.h"
#include "models/search/searchquery.h"
#include "models/support/background.h"
#include "views/panes/focusframe.h"
#include "views/panes/itemhtml.h"
#include "views/panes/noteeditor.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QSpinBox>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_partBar(new QWidget(this))
    , m_partNote(new QLabel(m_partBar))
    , m_previousButton(new QToolButton(m_partBar))
    , m_partSpin(new QSpinBox(m_partBar))
    , m_nextButton(new QToolButton(m_partBar))
    , m_view(new QTextBrowser(this))
    , m_noteEditor(new NoteEditor(this))
{
    setObjectName(u"detailPane"_s);
    m_partBar->setObjectName(u"longItemBar"_s);
    m_partNote->setObjectName(u"longItemNote"_s);
    m_partNote->setTextFormat(Qt::PlainText);
    m_partNote->setWordWrap(true);
    m_previousButton->setObjectName(u"previousPartButton"_s);
    m_previousButton->setArrowType(Qt::LeftArrow);
    m_nextButton->setObjectName(u"nextPartButton"_s);
    m_nextButton->setArrowType(Qt::RightArrow);
    m_partSpin->setObjectName(u"partSpin"_s);
    m_partSpin->setKeyboardTracking(false); // typing "12" does not lay out part 1 first
    connect(m_previousButton, &QToolButton::clicked, this, [this] { showPart(m_part - 1); });
    connect(m_nextButton, &QToolButton::clicked, this, [this] { showPart(m_part + 1); });
    connect(m_partSpin, &QSpinBox::valueChanged, this, [this](int value) { showPart(value - 1); });
    // The note on a line of its own (it wraps in a narrow pane), the buttons below it.
    auto *bar = new QVBoxLayout(m_partBar);
    bar->setContentsMargins(0, 0, 0, 4);
    bar->setSpacing(2);
    bar->addWidget(m_partNote);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previousButton);
    buttons->addWidget(m_partSpin);
    buttons->addWidget(m_nextButton);
    buttons->addStretch(1);
    bar->addLayout(buttons);
    m_partBar->hide();
    m_view->setObjectName(u"detailView"_s);
    m_view->setOpenLinks(false);
    m_view->setOpenExternalLinks(false);
    m_view->setAcceptDrops(false);
    m_view->viewport()->setAcceptDrops(false);
    m_view->document()->setDocumentMargin(16);
    QFont readingFont = m_view->font();
    m_basePointSize = (readingFont.pointSizeF() > 0 ? readingFont.pointSizeF() : 10.0) * 1.1;
    readingFont.setPointSizeF(m_basePointSize);
    m_view->setFont(readingFont);
    connect(m_view, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        // Only web addresses leave the program; anything else in item text is ignored.
        const QString scheme = url.scheme().toLower();
        if (scheme == u"http"_s || scheme == u"https"_s)
            QDesktopServices::openUrl(url);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 6);
    layout->setSpacing(0);
    layout->addWidget(m_partBar);
    layout->addWidget(m_view, 1);
    layout->addSpacing(4);
    layout->addWidget(m_noteEditor);
    FocusFrame::install(m_view); // a visible focus
    connect(m_noteEditor, &NoteEditor::noteEdited, this, &DetailPane::noteEdited);
}

DetailPane::~DetailPane()
{
    m_matches.supersede();
    m_reasonRequests.supersede();
    m_matchSearch.waitForFinished();
    m_reasonSearch.waitForFinished();
}

void DetailPane::showItem(const NewsItem &given, const QString &search)
{
    NewsItem item = given;
    const bool sameItem = item.id == m_item.id;
    // The row's note, unless the person wrote in it since the item came (a
    // row read before their note was saved holds the note of before).
    if (!sameItem || !m_noteEditor->wasEdited())
        m_noteEditor->setNote(item.id, item.note);
    if (sameItem && item.isCut() && !m_item.isCut()) {
        // The list's row of the item read whole (its marks changed): keep the whole text.
        item.title = m_item.title;
        item.summary = m_item.summary;
        item.wholeTitleLength = item.wholeSummaryLength = -1;
    }
    // The whole text of the item whose start is shown: laid out as a new item.
    const bool wholeNow = sameItem && m_item.isCut() && !item.isCut();
    // The same item again (its read mark changed): cut it once only.
    const bool sameText = sameItem && item.title == m_item.title && item.summary == m_item.summary;
    if (sameText && search == m_search && item.starred == m_item.starred && item.categories == m_item.categories
        && item.sources == m_item.sources) {
        m_item = item; // nothing the pane shows changed: no layout again
        return;
    }
    const bool reasonsChanged = !sameText || search != m_search || item.categories != m_item.categories;
    m_item = item;
    if (search != m_search) {
        m_search = search;
        m_matcher = SearchMatcher(SearchQuery::parse(search));
    }
    if (!sameText)
        m_parts = ItemParts(item);
    if (reasonsChanged)
        findReasons();
    if (!sameItem || wholeNow) {
        m_part = 0;
        findFirstMatch();
    }
    m_part = qBound(qsizetype(0), m_part, m_parts.count() - 1);
    updatePartBar();
    render(sameItem && !wholeNow);
    if (item.isCut() && !(sameItem && sameText))
        Q_EMIT wholeItemWanted(item.id);
}

void DetailPane::showWholeItem(const NewsItem &item)
{
    if (item.id == 0 || item.id != m_item.id || !m_item.isCut() || item.isCut())
        return;
    showItem(item, m_search);
}

void DetailPane::showNothing(bool listHasItems)
{
    m_matches.supersede();
    m_reasonRequests.supersede();
    m_reasons.clear();
    m_item = NewsItem{};
    m_noteEditor->setNote(0, QString());
    m_parts = ItemParts();
    m_part = 0;
    m_listHasItems = listHasItems;
    updatePartBar();
    render(false);
}

void DetailPane::findFirstMatch()
{
    const LatestRequest::Ticket ticket = m_matches.next();
    if (m_parts.count() < 2 || !m_matcher.query().hasPositiveTerms() || m_item.isCut())
        return;
    const qint64 id = m_item.id;
    m_matchSearch = Background::run(
            this,
            [text = m_parts.text(), matcher = m_matcher, ticket] {
                if (!ticket.isCurrent())
                    return qsizetype(-1);
                const QList<SearchMatcher::Range> ranges = matcher.ranges(text);
                return ranges.isEmpty() ? qsizetype(-1) : ranges.first().start;
            },
            [this, id, ticket](qsizetype offset) {
                // Unless the person moved on (another item, another part) meanwhile.
                if (ticket.isCurrent() && offset >= 0 && m_item.id == id && m_part == 0)
                    showPart(m_parts.partAt(offset));
            });
}

void DetailPane::findReasons()
{
    // Longer than this, the text is searched off this thread.
    constexpr qsizetype AtOnce = 20'000;
    const LatestRequest::Ticket ticket = m_reasonRequests.next();
    m_reasons.clear();
    if (!m_matcher.query().hasPositiveTerms() || m_item.categories.isEmpty())
        return;
    if (m_item.title.size() + m_item.summary.size() <= AtOnce) {
        m_reasons = HtmlRenderer::categoryReasons(m_matcher, m_item.title, m_item.summary, m_item.categories);
        return;
    }
    const qint64 id = m_item.id;
    m_reasonSearch = Background::run(
            this,
            [item = m_item, matcher = m_matcher, ticket] {
                if (!ticket.isCurrent())
                    return QStringList();
                return HtmlRenderer::categoryReasons(matcher, item.title, item.summary, item.categories);
            },
            [this, id, ticket](const QStringList &reasons) {
                if (!ticket.isCurrent() || m_item.id != id || reasons == m_reasons)
                    return;
                m_reasons = reasons;
                render(true);
            });
}

void DetailPane::showPart(qsizetype index)
{
    m_matches.supersede(); // the part chosen wins over a first match still to come
    index = qBound(qsizetype(0), index, m_parts.count() - 1);
    if (m_item.id == 0 || index == m_part)
        return;
    m_part = index;
    updatePartBar();
    render(false);
}

void DetailPane::updatePartBar()
{
    const bool parts = m_item.id != 0 && (m_parts.isLong() || m_item.isCut());
    m_partBar->setVisible(parts);
    if (!parts)
        return;
    const int count = int(m_parts.count());
    if (m_item.isCut()) {
        // The start of the item, from the list: the rest is on its way.
        const qint64 length = (m_item.wholeTitleLength >= 0 ? m_item.wholeTitleLength : m_item.title.size())
                + (m_item.wholeSummaryLength >= 0 ? m_item.wholeSummaryLength : m_item.summary.size());
        m_partNote->setText(tr("A long item: %L1 characters. Reading all of it\u2026").arg(length));
        const QSignalBlocker blocker(m_partSpin);
        m_partSpin->setRange(1, 1);
        m_partSpin->setSuffix(QString());
        m_partSpin->setEnabled(false);
        m_previousButton->setEnabled(false);
        m_nextButton->setEnabled(false);
        return;
    }
    m_partNote->setText(count > 1 ? tr("A long item: %L1 characters, shown in %Ln part(s).", nullptr, count)
                                            .arg(m_parts.length())
                                  : tr("A long title: %L1 characters; the heading shows its start and the text "
                                       "the rest.")
                                            .arg(m_parts.length()));
    const QSignalBlocker blocker(m_partSpin);
    m_partSpin->setRange(1, count);
    m_partSpin->setValue(int(m_part) + 1);
    m_partSpin->setSuffix(tr(" of %L1").arg(count));
    m_partSpin->setEnabled(count > 1);
    m_previousButton->setEnabled(m_part > 0);
    m_nextButton->setEnabled(m_part + 1 < count);
}

bool DetailPane::pageDown()
{
    QScrollBar *bar = m_view->verticalScrollBar();
    if (m_item.id == 0)
        return false;
    if (bar->value() >= bar->maximum()) {
        if (m_part + 1 >= m_parts.count())
            return false;
        showPart(m_part + 1);
        return true;
    }
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
    const NewsItem shown = m_parts.isLong() ? m_parts.part(m_part) : m_item;
    m_view->setHtml(ItemHtml::toHtml(shown, m_matcher, m_reasons, m_view->palette()));
    bar->setValue(keepScroll ? scroll : 0);
}

void DetailPane::setZoom(int steps)
{
    steps = qBound(MinZoom, steps, MaxZoom);
    if (steps == m_zoom)
        return;
    m_zoom = steps;
    QFont font = m_view->font();
    font.setPointSizeF(qMax(4.0, m_basePointSize + steps));
    m_view->setFont(font); // the document's default font: the item's text follows
    Q_EMIT zoomChanged(m_zoom);
}

void DetailPane::setNote(qint64 id, const QString &text)
{
    if (id != 0 && id == m_item.id)
        m_noteEditor->setNote(id, text);
}

void DetailPane::retranslate()
{
    m_noteEditor->retranslate();
    m_view->setAccessibleName(tr("Details"));
    m_partSpin->setPrefix(tr("Part "));
    m_partSpin->setAccessibleName(tr("Part of the item"));
    m_previousButton->setToolTip(tr("Previous part"));
    m_previousButton->setAccessibleName(tr("Previous part"));
    m_nextButton->setToolTip(tr("Next part"));
    m_nextButton->setAccessibleName(tr("Next part"));
    updatePartBar();
    render(true);
}

void DetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        render(true);
}
