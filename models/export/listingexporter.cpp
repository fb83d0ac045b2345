#include "models/export/listingexporter.h"

#include "models/export/itemtext.h"

using namespace Qt::StringLiterals;

namespace {

// The format is line based: a line break inside a title or a paragraph would
// start something else, so it becomes a space (the parser joins a
// paragraph's lines with spaces too).
QString oneLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return line.trimmed();
}

} // namespace

ListingExporter::ListingExporter()
    : Exporter(u"txt"_s, u"txt"_s, u"text/plain"_s)
{
}

QString ListingExporter::name() const
{
    return tr("News listing (text)");
}

bool ListingExporter::writeHeader()
{
    // The header of the listing files, not a translatable text: the parser
    // of any newsdesk reads it.
    return write(QByteArrayLiteral("Nyheter\n\n"));
}

bool ListingExporter::writePage(const QList<NewsItem> &items)
{
    QString page;
    for (const NewsItem &item : items) {
        page += u" \u2022 "_s + oneLine(item.title) + u"\n\n"_s;
        if (options().includeSummary) {
            for (const QString &paragraph : item.paragraphs()) {
                if (const QString line = oneLine(paragraph); !line.isEmpty())
                    page += u"  "_s + line + u"\n\n"_s;
            }
        }
        // The listing files write the category names together; people read them apart.
        if (!item.categories.isEmpty()) {
            const QString names = m_categoriesApart ? ItemText::categories(item) : item.categories.join(QString());
            page += u"  "_s + oneLine(names) + u'\n';
        }
    }
    return write(page);
}

bool ListingExporter::writeFooter()
{
    return true;
}
