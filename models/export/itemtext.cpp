#include "models/export/itemtext.h"

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
