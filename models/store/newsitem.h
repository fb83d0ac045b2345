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
    bool hidden = false;
    QStringList labels = {}; // names, in the labels' order (Label::position)
    QString note = {};       // the person's note; empty: none
    // When the cache first stored the item, ms since the epoch (a rebuilt
    // cache: the time of the rebuild's import).
    qint64 addedAt = 0;
    // A list row holds only the start of a long title or summary
    // (NewsStore::items() with a text limit): the length of the whole text in
    // the cache, in characters, when it was cut; -1 when the text here is whole.
    qint64 wholeTitleLength = -1;
    qint64 wholeSummaryLength = -1;

    bool isCut() const { return wholeTitleLength >= 0 || wholeSummaryLength >= 0; }

    QStringList paragraphs() const;

    // {id, title, summary, categories: [..], sources: [{file, position}], read, starred,
    //  labels: [..], note (a string, or null when there is none)}:
    // the form of `newsdesk list --format json` and the JSON export.
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(ItemSource)
Q_DECLARE_METATYPE(NewsItem)
