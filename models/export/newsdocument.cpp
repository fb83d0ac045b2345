#include "models/export/newsdocument.h"

#include "models/export/itemtext.h"
#include "models/listing/controlcharacters.h"

#include <QColor>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextDocument>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal BodySize = 10.5;

// Qt lays out a run of characters without a space in time that grows with
// its length squared (a 1 MB one-word title took minutes): longer runs are
// cut into blocks of this many characters, which wrap anywhere.
constexpr qsizetype LongRun = 2000;

// text in pieces that hold no run without a space longer than LongRun.
QStringList withoutLongRuns(const QString &text)
{
    QStringList pieces;
    qsizetype pieceStart = 0;
    qsizetype runStart = 0;
    for (qsizetype at = 0; at < text.size(); ++at) {
        if (text.at(at).isSpace()) {
            runStart = at + 1;
        } else if (at - runStart >= LongRun && !text.at(at).isLowSurrogate()) {
            pieces.append(text.mid(pieceStart, at - pieceStart));
            pieceStart = runStart = at;
        }
    }
    pieces.append(text.mid(pieceStart));
    return pieces;
}

} // namespace

NewsDocument::NewsDocument(const ExportOptions &options)
    : m_options(options), m_document(std::make_unique<QTextDocument>()), m_cursor(m_document.get())
{
    m_document->setMetaInformation(QTextDocument::DocumentTitle, m_options.documentTitle());
    QFont font = m_document->defaultFont();
    font.setPointSizeF(BodySize);
    m_document->setDefaultFont(font);
    QTextOption wrap = m_document->defaultTextOption();
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a long word stays on the page
    m_document->setDefaultTextOption(wrap);
    appendBlock(m_options.documentTitle(), 1, 18, true, false, QColor(0x1a, 0x1a, 0x1a), 0, 2);
    appendBlock(m_options.subtitle(), 0, 9, false, false, QColor(0x55, 0x55, 0x55), 0, 10);
}

NewsDocument::~NewsDocument() = default;

void NewsDocument::appendBlock(const QString &text, int headingLevel, qreal pointSize, bool bold, bool italic,
                               const QColor &colour, qreal topMargin, qreal bottomMargin)
{
    QTextCharFormat chars;
    chars.setFontPointSize(pointSize);
    chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    chars.setFontItalic(italic);
    chars.setForeground(colour);
    QString line = text;
    line.replace(u'\n', u' ').replace(u'\r', u' ');
    const QStringList pieces = withoutLongRuns(line);
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        // One paragraph as it reads: the margins around its first and last piece.
        QTextBlockFormat block;
        block.setHeadingLevel(headingLevel);
        block.setTopMargin(i == 0 ? topMargin : 0);
        block.setBottomMargin(i == pieces.size() - 1 ? bottomMargin : 0);
        if (m_firstBlock) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            m_firstBlock = false;
        } else {
            m_cursor.insertBlock(block, chars);
        }
        // insertText() takes the text as it is: no markup is interpreted.
        m_cursor.insertText(pieces.at(i), chars);
    }
}

void NewsDocument::appendItems(const QList<NewsItem> &items)
{
    const QColor text(0x1a, 0x1a, 0x1a);
    const QColor muted(0x55, 0x55, 0x55);
    for (const NewsItem &item : items) {
        appendBlock(item.title, 2, 13, true, false, text, 12, 3);
        if (!item.categories.isEmpty())
            appendBlock(ItemText::categories(item), 0, 9, false, true, muted, 0, 4);
        appendState(item);
        if (m_options.includeSummary) {
            for (const QString &paragraph : item.paragraphs())
                appendBlock(paragraph, 0, BodySize, false, false, text, 0, 5);
        }
        if (m_options.includeSources && !item.sources.isEmpty())
            appendBlock(ItemText::sources(item), 0, 8, false, false, muted, 0, 4);
        ++m_itemCount;
    }
}

void NewsDocument::appendState(const NewsItem &item)
{
    // Inserted as text (appendBlock()): a note is never markup.
    const QColor muted(0x55, 0x55, 0x55);
    const ExportFields &fields = m_options.fields;
    if (const QString marks = ItemText::marks(item, fields); !marks.isEmpty())
        appendBlock(marks, 0, 9, false, false, muted, 0, 4);
    if (fields.labels && !item.labels.isEmpty())
        appendBlock(ControlCharacters::visible(ItemText::labels(item)), 0, 9, false, false, muted, 0, 4);
    const QStringList note = fields.note ? ItemText::noteLines(item.note) : QStringList();
    for (qsizetype i = 0; i < note.size(); ++i) {
        const QString line = i == 0 ? ItemText::noteLabel() + u' ' + note.at(i) : note.at(i);
        appendBlock(line, 0, 9.5, false, true, QColor(0x1a, 0x1a, 0x1a), 0, i + 1 == note.size() ? 5 : 0);
    }
}

void NewsDocument::print(QPagedPaintDevice *device) const
{
    m_document->print(device);
}
