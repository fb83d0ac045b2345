#include "models/store/newsitem.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QStringList NewsItem::paragraphs() const
{
    if (summary.isEmpty())
        return {};
    return summary.split(u"\n\n"_s);
}

QJsonObject NewsItem::toJson() const
{
    QJsonArray sourceArray;
    for (const ItemSource &source : sources)
        sourceArray.append(QJsonObject{{u"file"_s, source.file}, {u"position"_s, source.position}});
    return QJsonObject{
        {u"id"_s, id},
        {u"title"_s, title},
        {u"summary"_s, summary},
        {u"categories"_s, QJsonArray::fromStringList(categories)},
        {u"sources"_s, sourceArray},
        {u"read"_s, read},
        {u"starred"_s, starred},
        {u"labels"_s, QJsonArray::fromStringList(labels)},
        {u"note"_s, note.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(note)},
    };
}
