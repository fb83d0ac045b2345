#include "models/export/itemtext.h"

#include "models/listing/controlcharacters.h"
#include "models/listing/sourcename.h"

#include <QStringList>

using namespace Qt::StringLiterals;

QString ItemText::categories(const NewsItem &item)
{
    return tr("Categories: %1").arg(item.categories.join(u", "_s));
}

QString ItemText::categoriesLabel()
{
    return tr("Categories:");
}

QString ItemText::sourcesLabel()
{
    return tr("Sources:");
}

QString ItemText::sources(const NewsItem &item)
{
    QStringList references;
    references.reserve(item.sources.size());
    for (const ItemSource &source : item.sources)
        references.append(sourceReference(source));
    return tr("Sources: %1").arg(references.join(u"; "_s));
}

QString ItemText::sourceReference(const ItemSource &source)
{
    return SourceName::display(source.file) + u':' + QString::number(source.position);
}

QString ItemText::marks(const NewsItem &item, const ExportFields &fields)
{
    QStringList words;
    if (fields.read)
        words.append(item.read ? tr("Read") : tr("Unread"));
    if (fields.starred)
        words.append(item.starred ? tr("Starred") : tr("Not starred"));
    return words.join(u" \u00B7 "_s);
}

QString ItemText::labels(const NewsItem &item)
{
    return tr("Labels: %1").arg(item.labels.join(u", "_s));
}

QString ItemText::labelsLabel()
{
    return tr("Labels:");
}

QString ItemText::noteLabel()
{
    return tr("Note:");
}

QStringList ItemText::noteLines(const QString &note)
{
    QString text = note;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        QString shown = ControlCharacters::visible(line);
        while (!shown.isEmpty() && shown.back().isSpace())
            shown.chop(1);
        if (!shown.trimmed().isEmpty())
            lines.append(shown);
    }
    return lines;
}
