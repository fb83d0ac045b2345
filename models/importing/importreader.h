#pragma once

#include "models/listing/categorysplitter.h"
#include "models/listing/parseditem.h"
#include "models/listing/preparedlisting.h"
#include "models/store/importwriter.h"

#include <QHash>
#include <QSet>
#include <QMutex>
#include <QStringList>
#include <QWaitCondition>

#include <memory>
#include <optional>

class QThread;

// Reads listing files for NewsImporter on a thread of its own, one file ahead
// of it: reading, hashing and parsing a file and computing its items' keys,
// sort keys and categories run while the importer stores the file before in
// SQLite. Files come out in the order given, each with what the importer must
// do with it (PreparedListing::State), decided from the cache's record of the
// files as it was when the reader was made.
class ImportReader
{
public:
    static constexpr qsizetype WholeFiles = 0;

    // What the cache knows of a file, by stored path.
    using KnownFile = ImportWriter::KnownFile;

    // splitter knows the category names learned so far; the reader teaches it
    // each file's names in order, as the importer would one file at a time.
    // partBytes: 0 gives every file whole, in one PreparedListing; a larger
    // number lets a file larger than that come in parts of about as many bytes
    // of its text (PreparedListing::part), for an importer that takes them.
    ImportReader(QStringList files, QHash<QString, KnownFile> known, CategorySplitter splitter,
                 qsizetype partBytes = WholeFiles);
    ~ImportReader(); // stops the thread (between items) and waits for it
    Q_DISABLE_COPY_MOVE(ImportReader)

    // The next file; waits until it is ready. nullopt after the last one.
    std::optional<PreparedListing> next();

    // The identity of an item: a hash of its title and summary.
    static QByteArray itemKey(const QString &title, const QString &summary);
    // How the cache names a file: canonical (resources as they are).
    static QString storedPath(const QString &path);
    static bool isResource(const QString &path);

private:
    void run();
    PreparedListing prepare(const QString &givenPath);
    PreparedListing read(const QString &path);
    PreparedListing readLarge(PreparedListing file, QByteArrayView bytes);
    bool learnNames(PreparedListing &file, QByteArrayView bytes);
    // The names lines of items teach (see CategorySplitter), added to names.
    static void namesTaught(const QList<ParsedItem> &items, QSet<QString> &names);
    void learn(PreparedListing &file, const QSet<QString> &learned);
    bool prepareItems(PreparedListing &file, const QList<ParsedItem> &items);
    bool deliver(PreparedListing part);
    qsizetype partBytes() const; // of a part of a large file as it is read
    bool stopping();

    // Files held besides the one the importer stores, prepared or being
    // prepared (memory: a listing may be large).
    static constexpr qsizetype Ahead = 1;

    const QStringList m_files;
    const QHash<QString, KnownFile> m_known;
    const qsizetype m_partBytes;
    // Used by the reader's thread only.
    CategorySplitter m_splitter;
    QHash<QString, PreparedListing::State> m_seen; // what the first copy of a path became

    QMutex m_mutex;
    QWaitCondition m_changed;
    QList<PreparedListing> m_ready;
    qsizetype m_produced = 0;
    bool m_stop = false;
    std::unique_ptr<QThread> m_thread;
};
