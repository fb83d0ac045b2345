#include "models/export/newsdocument.h"

#include "models/export/itemtext.h"

#include <QColor>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal BodySize = 10.5;

} // namespace

NewsDocument::NewsDocument(const ExportOptions &options)
    : m_options(options), m_document(std::make_unique<QTextDocument>()), m_cursor(m_document.get())
{
    m_document->setMetaInformation(QTextDocument::DocumentTitle, m_options.documentTitle());
    QFont font = m_document->defaultFont();
    font.setPointSizeF(BodySize);
    m_document->setDefaultFont(font);
    appendBlock(m_options.documentTitle(), 1, 18, true, false, QColor(0x1a, 0x1a, 0x1a), 0, 2);
    appendBlock(m_options.subtitle(), 0, 9, false, false, QColor(0x55, 0x55, 0x55), 0, 10);
}

NewsDocument::~NewsDocument() = default;

void NewsDocument::appendBlock(const QString &text, int headingLevel, qreal pointSize, bool bold, bool italic,
                               const QColor &colour, qreal topMargin, qreal bottomMargin)
{
    QTextBlockFormat block;
    block.setHeadingLevel(headingLevel);
    block.setTopMargin(topMargin);
    block.setBottomMargin(bottomMargin);
    QTextCharFormat chars;
    chars.setFontPointSize(pointSize);
    chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    chars.setFontItalic(italic);
    chars.setForeground(colour);
    if (m_firstBlock) {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(chars);
        m_firstBlock = false;
    } else {
        m_cursor.insertBlock(block, chars);
    }
    // insertText() takes the text as it is: no markup is interpreted.
    QString line = text;
    line.replace(u'\n', u' ').replace(u'\r', u' ');
    m_cursor.insertText(line, chars);
}

void NewsDocument::appendItems(const QList<NewsItem> &items)
{
    const QColor text(0x1a, 0x1a, 0x1a);
    const QColor muted(0x55, 0x55, 0x55);
    for (const NewsItem &item : items) {
        appendBlock(item.title, 2, 13, true, false, text, 12, 3);
        if (!item.categories.isEmpty())
            appendBlock(ItemText::categories(item), 0, 9, false, true, muted, 0, 4);
        if (m_options.includeSummary) {
            for (const QString &paragraph : item.paragraphs())
                appendBlock(paragraph, 0, BodySize, false, false, text, 0, 5);
        }
        if (m_options.includeSources && !item.sources.isEmpty())
            appendBlock(ItemText::sources(item), 0, 8, false, false, muted, 0, 4);
        ++m_itemCount;
    }
}

void NewsDocument::print(QPagedPaintDevice *device) const
{
    m_document->print(device);
}
