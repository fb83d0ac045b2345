#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Where an item was found: a listing file and the item's position in it (1-based).
struct ItemSource
{
    QString file;
    int position = 0;

    friend bool operator==(const ItemSource &, const ItemSource &) = default;
};

// One news item as the cache holds it. The summary keeps its paragraph breaks
// as blank lines ("\n\n"); paragraphs() splits them again.
struct NewsItem
{
    qint64 id = 0;
    QString title;
    QString summary;
    QStringList categories;
    QList<ItemSource> sources;
    bool read = false;
    bool starred = false;

    QStringList paragraphs() const;

    // {id, title, summary, categories: [..], sources: [{file, position}], read, starred}:
    // the form of `newsdesk list --format json` and the JSON export.
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(ItemSource)
Q_DECLARE_METATYPE(NewsItem)
