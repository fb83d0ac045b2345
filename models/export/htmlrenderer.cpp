#include "models/export/htmlrenderer.h"

#include "models/export/itemtext.h"
#include "models/listing/controlcharacters.h"
#include "models/listing/sourcename.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Addresses in plain text. "<", ">", '"' and white space end an address.
const QRegularExpression &linkPattern()
{
    static const QRegularExpression pattern(
            u"(?<![\\p{L}\\p{N}@/.\\-])"
            u"(?:"
            u"(?i:https?)://[^\\s<>\"]+"
            u"|www\\.[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)+(?:/[^\\s<>\"]*)?"
            u"|(?:[\\p{L}\\p{N}\\-]+\\.)+(?:se|nu|com|org|net|eu|info|io|dk|no|fi|de|uk)(?![\\p{L}\\p{N}\\-])"
            u"(?:/[^\\s<>\"]*)?"
            u")"_s,
            QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

// Punctuation that ends a sentence rather than an address.
QStringView trimTrailing(QStringView link)
{
    while (!link.isEmpty()) {
        const QChar last = link.back();
        if (u".,;:!?'&"_s.contains(last))
            link.chop(1);
        else if (last == u')' && link.count(u'(') < link.count(u')'))
            link.chop(1);
        else
            break;
    }
    return link;
}

QString colourName(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

QString escaped(QStringView plain)
{
    return plain.toString().toHtmlEscaped();
}

} // namespace

QString HtmlRenderer::mark(QStringView plain, qsizetype from, qsizetype to, const QList<SearchMatcher::Range> &ranges,
                           const Marking &marking)
{
    if (ranges.isEmpty())
        return escaped(plain.sliced(from, to - from));
    const QString open = u"<span style=\"background-color:%1; color:%2;\">"_s.arg(
            colourName(marking.background), colourName(marking.foreground));
    QString out;
    qsizetype pos = from;
    // The first range that ends after from (ranges are in order and do not overlap).
    auto it = std::lower_bound(ranges.cbegin(), ranges.cend(), from, [](const SearchMatcher::Range &range, qsizetype at) {
        return range.start + range.length <= at;
    });
    for (; it != ranges.cend() && it->start < to; ++it) {
        const qsizetype start = qMax(it->start, pos);
        const qsizetype end = qMin(it->start + it->length, to);
        if (end <= start)
            continue;
        out += escaped(plain.sliced(pos, start - pos));
        out += open + escaped(plain.sliced(start, end - start)) + u"</span>"_s;
        pos = end;
    }
    return out + escaped(plain.sliced(pos, to - pos));
}

QString HtmlRenderer::text(const QString &plain, const Marking &marking, bool withLinks)
{
    const QList<SearchMatcher::Range> ranges = marking.matcher.isEmpty() ? QList<SearchMatcher::Range>()
                                                                         : marking.matcher.ranges(plain);
    if (!withLinks)
        return mark(plain, 0, plain.size(), ranges, marking);
    QString out;
    qsizetype pos = 0;
    QRegularExpressionMatchIterator it = linkPattern().globalMatch(plain);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QStringView link = trimTrailing(match.capturedView());
        if (link.isEmpty())
            continue;
        const qsizetype start = match.capturedStart();
        out += mark(plain, pos, start, ranges, marking);
        const bool hasScheme = link.startsWith(u"http://"_s, Qt::CaseInsensitive)
                || link.startsWith(u"https://"_s, Qt::CaseInsensitive);
        out += u"<a href=\""_s + (hasScheme ? QString() : u"https://"_s) + escaped(link) + u"\">"_s
                + mark(plain, start, start + link.size(), ranges, marking) + u"</a>"_s;
        pos = start + link.size();
    }
    return out + mark(plain, pos, plain.size(), ranges, marking);
}

QStringList HtmlRenderer::categoryReasons(const SearchMatcher &matcher, QStringView title, QStringView summary,
                                          const QStringList &categories)
{
    QStringList reasons;
    if (matcher.isEmpty() || categories.isEmpty())
        return reasons;
    for (const auto &[typed, category] : matcher.categoryReasons(title, summary, categories)) {
        // A phrase comes in its quotes ("och sjukvård"): the sentence quotes it.
        const bool quoted = typed.size() >= 2 && typed.startsWith(u'"') && typed.endsWith(u'"');
        const QString term = quoted ? typed.mid(1, typed.size() - 2) : typed;
        reasons.append(tr("“%1” is found in the category “%2”, not in the text.").arg(term, category));
    }
    return reasons;
}

// ---------------------------------------------------------------------------
// The HTML export and the clipboard

QString HtmlRenderer::article(const NewsItem &item, const ExportOptions &options)
{
    QString html = u"<article>\n<h2>"_s + text(item.title) + u"</h2>\n"_s;
    if (!item.categories.isEmpty())
        html += u"<p class=\"categories\">"_s + text(ItemText::categories(item)) + u"</p>\n"_s;
    html += stateLines(item, options.fields);
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

QString HtmlRenderer::stateLines(const NewsItem &item, const ExportFields &fields)
{
    // Label names and the note are data: escaped, never markup; the note's
    // lines are kept as lines.
    QString html;
    if (const QString marks = ItemText::marks(item, fields); !marks.isEmpty())
        html += u"<p class=\"state\">"_s + text(marks) + u"</p>\n"_s;
    if (fields.labels && !item.labels.isEmpty())
        html += u"<p class=\"labels\">"_s + text(ControlCharacters::visible(ItemText::labels(item))) + u"</p>\n"_s;
    const QStringList note = fields.note ? ItemText::noteLines(item.note) : QStringList();
    if (!note.isEmpty()) {
        QStringList lines;
        for (const QString &line : note)
            lines.append(text(line));
        html += u"<p class=\"note\"><b>"_s + text(ItemText::noteLabel()) + u"</b> "_s + lines.join(u"<br>"_s)
                + u"</p>\n"_s;
    }
    return html;
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
    // The chips of the categories a search term matches wear the mark's colours.
    const QStringList matching = style.marking.matcher.isEmpty()
            ? QStringList()
            : style.marking.matcher.matchingCategories(item.categories);
    QStringList chips;
    for (const QString &name : item.categories) {
        const bool matched = matching.contains(name);
        const auto [background, foreground] = matched ? std::pair(style.marking.background, style.marking.foreground)
                : style.chipColours                   ? style.chipColours(name)
                                                      : std::pair<QColor, QColor>();
        const QString shown = matched ? u"<b>"_s + name.toHtmlEscaped() + u"</b>"_s : name.toHtmlEscaped();
        chips.append(u"<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>"_s.arg(
                colourName(background), colourName(foreground), shown));
    }
    QString html = u"<p style=\"margin-bottom:12px;\">"_s + chips.join(u"&nbsp; "_s) + u"</p>"_s;
    if (!style.reasons.isEmpty()) {
        QStringList lines;
        for (const QString &reason : style.reasons)
            lines.append(reason.toHtmlEscaped());
        html += u"<p style=\"margin-top:0; margin-bottom:12px; color:%1;\"><i>%2</i></p>"_s.arg(
                colourName(style.muted), lines.join(u"<br/>"_s));
    }
    return html;
}

QString HtmlRenderer::paneSources(const NewsItem &item, const PaneStyle &style)
{
    if (item.sources.isEmpty())
        return {};
    QString html = u"<hr/><p style=\"color:%1;\">"_s.arg(colourName(style.muted));
    for (qsizetype i = 0; i < item.sources.size(); ++i) {
        const ItemSource &source = item.sources.at(i);
        // The bundled sample by its name ("Sample news 1"), without its resource path.
        const bool sample = SourceName::isSample(source.file);
        const QString name = sample ? SourceName::display(source.file) : QFileInfo(source.file).fileName();
        const QString line = (i == 0 ? tr("From %1, item %2") : tr("Also in %1, item %2"))
                                     .arg(u"<b>"_s + name.toHtmlEscaped() + u"</b>"_s,
                                          QString::number(source.position));
        html += line;
        if (!sample)
            html += u"<br/><span style=\"font-size:small;\">"_s + source.file.toHtmlEscaped() + u"</span>"_s;
        if (i + 1 < item.sources.size())
            html += u"<br/>"_s;
    }
    return html + u"</p>"_s;
}
