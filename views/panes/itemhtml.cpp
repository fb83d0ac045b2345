#include "views/panes/itemhtml.h"

#include "views/delegates/categorycolors.h"
#include "views/delegates/readericons.h"

#include <QFileInfo>

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

QRegularExpression ItemHtml::searchWords(const QString &search)
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

QString ItemHtml::mark(const QString &escaped, const QRegularExpression &words, const QPalette &palette)
{
    if (!words.isValid() || words.pattern().isEmpty())
        return escaped;
    const QString open = u"<span style=\"background-color:%1; color:%2;\">"_s.arg(
            colourName(CategoryColors::highlightBackground(palette)),
            colourName(CategoryColors::highlightForeground(palette)));
    QString out;
    qsizetype pos = 0;
    QRegularExpressionMatchIterator it = words.globalMatch(escaped);
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

QString ItemHtml::linkify(const QString &escaped)
{
    return linkifyAndMark(escaped, QRegularExpression(), QPalette());
}

QString ItemHtml::linkifyAndMark(const QString &escaped, const QRegularExpression &words, const QPalette &palette)
{
    QString out;
    qsizetype pos = 0;
    QRegularExpressionMatchIterator it = linkPattern().globalMatch(escaped);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString link = trimTrailing(match.captured());
        if (link.isEmpty())
            continue;
        out += mark(escaped.mid(pos, match.capturedStart() - pos), words, palette);
        const bool hasScheme = link.startsWith(u"http://"_s, Qt::CaseInsensitive)
                || link.startsWith(u"https://"_s, Qt::CaseInsensitive);
        // The address is escaped text already: safe inside the quoted attribute.
        out += u"<a href=\""_s + (hasScheme ? QString() : u"https://"_s) + link + u"\">"_s
                + mark(link, words, palette) + u"</a>"_s;
        pos = match.capturedStart() + link.size();
    }
    out += mark(escaped.mid(pos), words, palette);
    return out;
}

QString ItemHtml::richText(const QString &plain, const QRegularExpression &words, const QPalette &palette,
                           bool withLinks)
{
    const QString escaped = plain.toHtmlEscaped();
    return withLinks ? linkifyAndMark(escaped, words, palette) : mark(escaped, words, palette);
}

QString ItemHtml::placeholder(const QString &text, const QPalette &palette)
{
    const QColor muted = CategoryColors::muted(palette.color(QPalette::Text), palette.color(QPalette::Base));
    return u"<p align=\"center\" style=\"margin-top:48px; color:%1;\">%2</p>"_s.arg(colourName(muted),
                                                                                   text.toHtmlEscaped());
}

QString ItemHtml::toHtml(const NewsItem &item, const QString &search, const QPalette &palette)
{
    const QRegularExpression words = searchWords(search);
    const QColor text = palette.color(QPalette::Text);
    const QColor muted = CategoryColors::muted(text, palette.color(QPalette::Base));
    QString html;

    // Title, with the star of a starred item.
    html += u"<h2 style=\"margin-top:0; margin-bottom:8px;\">"_s;
    if (item.starred) {
        html += u"<span style=\"color:%1;\" title=\"%2\">\u2605</span> "_s.arg(
                ReaderIcons::starColour().name(QColor::HexRgb), tr("Starred").toHtmlEscaped());
    }
    html += richText(item.title, words, palette, false) + u"</h2>"_s;

    // Category chips.
    if (!item.categories.isEmpty()) {
        QStringList chips;
        for (const QString &name : item.categories) {
            chips.append(u"<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>"_s.arg(
                    colourName(CategoryColors::background(name, palette)),
                    colourName(CategoryColors::foreground(name, palette)), name.toHtmlEscaped()));
        }
        html += u"<p style=\"margin-bottom:12px;\">"_s + chips.join(u"&nbsp; "_s) + u"</p>"_s;
    }

    // Every paragraph of the summary.
    for (const QString &paragraph : item.paragraphs())
        html += u"<p style=\"margin-bottom:10px; line-height:135%;\">"_s + richText(paragraph, words, palette)
                + u"</p>"_s;

    // Where it came from.
    if (!item.sources.isEmpty()) {
        html += u"<hr/><p style=\"color:%1;\">"_s.arg(colourName(muted));
        for (qsizetype i = 0; i < item.sources.size(); ++i) {
            const ItemSource &source = item.sources.at(i);
            const QString file = source.file.toHtmlEscaped();
            const QString line = (i == 0 ? tr("From %1, item %2") : tr("Also in %1, item %2"))
                                         .arg(u"<b>"_s + QFileInfo(source.file).fileName().toHtmlEscaped()
                                                      + u"</b>"_s,
                                              QString::number(source.position));
            html += line + u"<br/><span style=\"font-size:small;\">"_s + file + u"</span>"_s;
            if (i + 1 < item.sources.size())
                html += u"<br/>"_s;
        }
        html += u"</p>"_s;
    }
    return html;
}
