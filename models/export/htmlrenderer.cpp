#include "models/export/htmlrenderer.h"

#include "models/export/itemtext.h"

#include <QFileInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Letters, digits and marks: what the cache's unicode61 tokenizer keeps.
QString wordChar()
{
    return u"[\\p{L}\\p{N}\\p{M}]"_s;
}

// Addresses in escaped text. "&" only appears there as the start of an entity
// (&amp; &lt; &gt; &quot;); only &amp; may be part of an address.
const QRegularExpression &linkPattern()
{
    static const QRegularExpression pattern(
            u"(?<![\\p{L}\\p{N}@/.\\-])"
            u"(?:"
            u"(?i:https?)://(?:[^\\s&]|&amp;)+"
            u"|www\\.[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)+(?:/(?:[^\\s&]|&amp;)*)?"
            u"|(?:[\\p{L}\\p{N}\\-]+\\.)+(?:se|nu|com|org|net|eu|info|io|dk|no|fi|de|uk)(?![\\p{L}\\p{N}\\-])"
            u"(?:/(?:[^\\s&]|&amp;)*)?"
            u")"_s,
            QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

// Punctuation that ends a sentence rather than an address.
QString trimTrailing(QString link)
{
    while (!link.isEmpty()) {
        const QChar last = link.back();
        if (u".,;:!?'"_s.contains(last)) {
            link.chop(1);
        } else if (last == u')' && link.count(u'(') < link.count(u')')) {
            link.chop(1);
        } else if (link.endsWith(u"&amp;"_s)) {
            link.chop(5);
        } else {
            break;
        }
    }
    return link;
}

QString colourName(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

} // namespace

QRegularExpression HtmlRenderer::searchWords(const QString &search)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}\\p{M}]+"_s);
    const QStringList words = search.normalized(QString::NormalizationForm_C).split(separators, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QRegularExpression();
    // As ItemFilter::searchExpression(): the last word is a prefix unless a space follows it.
    const bool typingLast = !search.back().isSpace();
    QStringList alternatives;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString word = QRegularExpression::escape(words.at(i));
        const bool prefix = typingLast && i == words.size() - 1;
        alternatives.append(prefix ? QString(word + wordChar() + u'*') : QString(word + u"(?!"_s + wordChar() + u')'));
    }
    // Not after a word character (a word starts here), nor after "&" (inside
    // an entity such as &amp; of the escaped text).
    return QRegularExpression(u"(?<![\\p{L}\\p{N}\\p{M}&])(?:"_s + alternatives.join(u'|') + u')',
                              QRegularExpression::CaseInsensitiveOption
                                      | QRegularExpression::UseUnicodePropertiesOption);
}

QString HtmlRenderer::mark(const QString &escaped, const Marking &marking)
{
    if (!marking.words.isValid() || marking.words.pattern().isEmpty())
        return escaped;
    const QString open = u"<span style=\"background-color:%1; color:%2;\">"_s.arg(
            colourName(marking.background), colourName(marking.foreground));
    QString out;
    qsizetype pos = 0;
    QRegularExpressionMatchIterator it = marking.words.globalMatch(escaped);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() == 0)
            continue;
        out += QStringView(escaped).mid(pos, match.capturedStart() - pos);
        out += open + match.capturedView() + u"</span>"_s;
        pos = match.capturedEnd();
    }
    out += QStringView(escaped).mid(pos);
    return out;
}

QString HtmlRenderer::linkify(const QString &escaped)
{
    return linkifyAndMark(escaped, {});
}

QString HtmlRenderer::linkifyAndMark(const QString &escaped, const Marking &marking)
{
    QString out;
    qsizetype pos = 0;
    QRegularExpressionMatchIterator it = linkPattern().globalMatch(escaped);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString link = trimTrailing(match.captured());
        if (link.isEmpty())
            continue;
        out += mark(escaped.mid(pos, match.capturedStart() - pos), marking);
        const bool hasScheme = link.startsWith(u"http://"_s, Qt::CaseInsensitive)
                || link.startsWith(u"https://"_s, Qt::CaseInsensitive);
        // The address is escaped text already: safe inside the quoted attribute.
        out += u"<a href=\""_s + (hasScheme ? QString() : u"https://"_s) + link + u"\">"_s + mark(link, marking)
                + u"</a>"_s;
        pos = match.capturedStart() + link.size();
    }
    out += mark(escaped.mid(pos), marking);
    return out;
}

QString HtmlRenderer::text(const QString &plain, const Marking &marking, bool withLinks)
{
    const QString escaped = plain.toHtmlEscaped();
    return withLinks ? linkifyAndMark(escaped, marking) : mark(escaped, marking);
}

// ---------------------------------------------------------------------------
// The HTML export and the clipboard

QString HtmlRenderer::article(const NewsItem &item, const ExportOptions &options)
{
    QString html = u"<article>\n<h2>"_s + text(item.title) + u"</h2>\n"_s;
    if (!item.categories.isEmpty())
        html += u"<p class=\"categories\">"_s + text(ItemText::categories(item)) + u"</p>\n"_s;
    if (options.includeSummary) {
        for (const QString &paragraph : item.paragraphs())
            html += u"<p>"_s + text(paragraph) + u"</p>\n"_s;
    }
    if (options.includeSources && !item.sources.isEmpty()) {
        html += u"<div class=\"sources\">"_s + text(ItemText::sourcesLabel()) + u"\n<ul>\n"_s;
        for (const ItemSource &source : item.sources)
            html += u"<li>"_s + text(ItemText::sourceReference(source)) + u"</li>\n"_s;
        html += u"</ul>\n</div>\n"_s;
    }
    return html + u"</article>\n"_s;
}

QString HtmlRenderer::clipboardItem(const NewsItem &item)
{
    QString html = u"<h3>"_s + text(item.title) + u"</h3>\n"_s;
    if (!item.categories.isEmpty())
        html += u"<p><i>"_s + text(ItemText::categories(item)) + u"</i></p>\n"_s;
    for (const QString &paragraph : item.paragraphs())
        html += u"<p>"_s + text(paragraph) + u"</p>\n"_s;
    return html;
}

QString HtmlRenderer::clipboardDocument(const QString &items)
{
    return u"<html><head><meta charset=\"utf-8\"></head><body>\n"_s + items + u"</body></html>\n"_s;
}

// ---------------------------------------------------------------------------
// The detail pane

QString HtmlRenderer::paneItem(const NewsItem &item, const PaneStyle &style)
{
    // Title, with the star of a starred item.
    QString html = u"<h2 style=\"margin-top:0; margin-bottom:8px;\">"_s;
    if (item.starred) {
        html += u"<span style=\"color:%1;\" title=\"%2\">\u2605</span> "_s.arg(colourName(style.star),
                                                                                tr("Starred").toHtmlEscaped());
    }
    html += text(item.title, style.marking) + u"</h2>"_s;
    html += paneChips(item, style);
    // Every paragraph of the summary.
    for (const QString &paragraph : item.paragraphs()) {
        html += u"<p style=\"margin-bottom:10px; line-height:135%;\">"_s + text(paragraph, style.marking, true)
                + u"</p>"_s;
    }
    return html + paneSources(item, style);
}

QString HtmlRenderer::paneChips(const NewsItem &item, const PaneStyle &style)
{
    if (item.categories.isEmpty())
        return {};
    QStringList chips;
    for (const QString &name : item.categories) {
        const auto [background, foreground] = style.chipColours ? style.chipColours(name)
                                                                : std::pair<QColor, QColor>();
        chips.append(u"<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>"_s.arg(
                colourName(background), colourName(foreground), name.toHtmlEscaped()));
    }
    return u"<p style=\"margin-bottom:12px;\">"_s + chips.join(u"&nbsp; "_s) + u"</p>"_s;
}

QString HtmlRenderer::paneSources(const NewsItem &item, const PaneStyle &style)
{
    if (item.sources.isEmpty())
        return {};
    QString html = u"<hr/><p style=\"color:%1;\">"_s.arg(colourName(style.muted));
    for (qsizetype i = 0; i < item.sources.size(); ++i) {
        const ItemSource &source = item.sources.at(i);
        const QString file = source.file.toHtmlEscaped();
        const QString line = (i == 0 ? tr("From %1, item %2") : tr("Also in %1, item %2"))
                                     .arg(u"<b>"_s + QFileInfo(source.file).fileName().toHtmlEscaped() + u"</b>"_s,
                                          QString::number(source.position));
        html += line + u"<br/><span style=\"font-size:small;\">"_s + file + u"</span>"_s;
        if (i + 1 < item.sources.size())
            html += u"<br/>"_s;
    }
    return html + u"</p>"_s;
}
