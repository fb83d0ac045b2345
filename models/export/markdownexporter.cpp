#include "models/export/markdownexporter.h"

#include "models/export/itemtext.h"
#include "models/listing/controlcharacters.h"

using namespace Qt::StringLiterals;

MarkdownExporter::MarkdownExporter()
    : Exporter(u"md"_s, u"md"_s, u"text/markdown"_s)
{
}

QString MarkdownExporter::name() const
{
    return tr("Markdown");
}

QString MarkdownExporter::escaped(const QString &text)
{
    // One line: a line break could end a heading or start a block.
    QString line = text;
    for (QChar &c : line) {
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    line = line.trimmed();

    // Characters that are markup wherever they stand (emphasis, code, links,
    // images, HTML, entities, tables, strikethrough, heading closers, e-mail
    // autolinks), escaped with a backslash, which CommonMark allows before
    // any ASCII punctuation.
    constexpr QStringView inlineMarkup = u"\\`*_[]<>&|~#@";
    QString out;
    out.reserve(line.size() + line.size() / 8);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        bool escape = inlineMarkup.contains(c);
        if (i == 0) {
            // Block markup at the start of a line: lists, quotes, thematic
            // breaks, setext underlines, ordered lists ("1." and "1)").
            escape = escape || QStringView(u"-+=>").contains(c);
        }
        if (!escape && (c == u'.' || c == u')') && i > 0) {
            qsizetype digits = i;
            while (digits > 0 && line.at(digits - 1).isDigit() && line.at(digits - 1).unicode() < 128)
                --digits;
            escape = digits == 0;
        }
        // GitHub's extended autolinks: "http://x", "www.x".
        if (!escape && c == u':' && QStringView(line).mid(i + 1).startsWith(u"//"))
            escape = true;
        if (!escape && c == u'.' && i >= 3 && QStringView(line).mid(i - 3, 3).compare(u"www", Qt::CaseInsensitive) == 0
            && (i == 3 || !line.at(i - 4).isLetterOrNumber())) {
            escape = true;
        }
        if (escape)
            out += u'\\';
        out += c;
    }
    return out;
}

bool MarkdownExporter::writeHeader()
{
    return write(u"# "_s + escaped(options().documentTitle()) + u"\n\n"_s + escaped(options().subtitle())
                 + u"\n\n"_s);
}

bool MarkdownExporter::writePage(const QList<NewsItem> &items)
{
    QString page;
    for (const NewsItem &item : items) {
        page += u"## "_s + escaped(item.title) + u"\n\n"_s;
        if (!item.categories.isEmpty()) {
            QStringList names;
            for (const QString &name : item.categories)
                names.append(escaped(name));
            page += u"*"_s + escaped(ItemText::categoriesLabel()) + u"* "_s + names.join(u", "_s) + u"\n\n"_s;
        }
        page += stateLines(item);
        if (options().includeSummary) {
            for (const QString &paragraph : item.paragraphs()) {
                if (const QString line = escaped(paragraph); !line.isEmpty())
                    page += line + u"\n\n"_s;
            }
        }
        if (options().includeSources && !item.sources.isEmpty()) {
            page += u"*"_s + escaped(ItemText::sourcesLabel()) + u"*\n\n"_s;
            for (const ItemSource &source : item.sources)
                page += u"- "_s + escaped(ItemText::sourceReference(source)) + u'\n';
            page += u'\n';
        }
    }
    return write(page);
}

QString MarkdownExporter::stateLines(const NewsItem &item) const
{
    // Every word here is data or translated text, escaped like titles: a
    // note never makes a heading, a list, a link or HTML. The lines of a
    // note are kept with hard line breaks (a backslash at the end of a line).
    const ExportFields &chosen = options().fields;
    QString lines;
    if (const QString marks = ItemText::marks(item, chosen); !marks.isEmpty())
        lines += escaped(marks) + u"\n\n"_s;
    if (chosen.labels && !item.labels.isEmpty()) {
        QStringList names;
        for (const QString &name : item.labels)
            names.append(escaped(ControlCharacters::visible(name)));
        lines += u"*"_s + escaped(ItemText::labelsLabel()) + u"* "_s + names.join(u", "_s) + u"\n\n"_s;
    }
    const QStringList note = chosen.note ? ItemText::noteLines(item.note) : QStringList();
    if (!note.isEmpty()) {
        QStringList escapedLines;
        for (const QString &line : note)
            escapedLines.append(escaped(line));
        lines += u"*"_s + escaped(ItemText::noteLabel()) + u"* "_s + escapedLines.join(u"\\\n"_s) + u"\n\n"_s;
    }
    return lines;
}

bool MarkdownExporter::writeFooter()
{
    return true;
}
