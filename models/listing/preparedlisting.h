#pragma once

#include "models/listing/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// An item as the importer stores it: everything computed from its text.
struct PreparedItem
{
    QByteArray key;     // ImportReader::itemKey()
    QString title;
    QString summary;    // paragraphs joined; empty, never null
    QString titleKey;   // titleSortKey()
    QString categories; // the names as a JSON array
};

// One listing file, read and parsed ahead of the importer (ImportReader), with
// what the importer must do with it.
struct PreparedListing
{
    enum class State {
        Skipped,  // same size and time as in the cache (or named twice)
        Touched,  // newer time, same content: only the time is stored
        Rejected, // not a news listing (diagnostics say why)
        Ready,    // new or changed: store its items
    };

    State state = State::Ready;
    QString path;     // as the cache stores it (canonical)
    qint64 fileId = 0; // 0 when the cache does not know the file
    qint64 size = 0;
    qint64 mtime = 0;
    QByteArray hash;
    Diagnostics diagnostics;
    QString header = QStringLiteral(""); // empty, never null (a NOT NULL column)
    QList<PreparedItem> items;
    QStringList learned;    // lines that name one category (they teach the vocabulary)
    QStringList categories; // every category name the items hold
    // A large file comes in parts: consecutive PreparedListings of the same path. Every part has the file's
    // state (Ready), path, fileId, size, mtime, hash and header; each holds the next items (positions continue),
    // and the learned names and categories of its items. part counts from 0; lastPart is true on the last one.
    int part = 0;
    bool lastPart = true;
};
