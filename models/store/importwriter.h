#pragma once

#include "models/listing/preparedlisting.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

// What NewsImporter asks of a store while it imports: the store side of an
// import, in the importer's terms. NewsStore::importWriter() makes one for its
// connection (SqliteImportWriter); another kind of store plugs in its own.
// The importer keeps the policy (which files, batches, the bulk decision,
// progress, cancellation, the report); the writer holds every statement.
//
// An operation that fails returns false (or nullopt), logs the statement and
// its error (newsdesk.store) and leaves the error's text in errorString().
// One writer serves one import run, on the thread that owns the store.
class ImportWriter
{
public:
    // What the cache knows of a listing file, by stored path.
    struct KnownFile
    {
        qint64 id = 0;
        qint64 size = 0;
        qint64 mtime = 0;
        QByteArray hash;
    };
    // What storing or forgetting a file did.
    struct Written
    {
        qint64 itemsNew = 0; // items the cache did not hold before
        qint64 queued = 0;   // items it added to the search index's queue
    };
    // The two passes of writing the search index (see NewsImporter::updateIndex).
    enum class IndexPass {
        RemoveStale, // entries that no longer describe their item go
        AddQueued,   // every queued item gets its entry
    };
    enum class Chunk { Written, PassDone, Failed };

    ImportWriter() = default;
    virtual ~ImportWriter() = default; // an open batch rolls back
    Q_DISABLE_COPY_MOVE(ImportWriter)

    // Makes the store ready for an import (its scratch space, the title index
    // an interrupted bulk import left out, its settings for bulk writes, kept
    // until the writer is destroyed).
    virtual bool beginImport() = 0;

    // What the cache knows of its files; the category names it has learned
    // (vocabulary).
    virtual std::optional<QHash<QString, KnownFile>> knownFiles() = 0;
    virtual std::optional<QStringList> vocabulary() = 0;

    // A batch: several files in one transaction.
    virtual bool beginBatch() = 0;
    virtual bool isBatchOpen() const = 0;
    // Writes what is staged, then commits; a failure rolls the batch back.
    virtual bool commitBatch() = 0;
    virtual void rollbackBatch() = 0;

    // Within a batch: a file's items replace what it held before; a file that
    // is gone gives up its items and its record; a file whose content is the
    // same gets its new size and time (at once). Stored and forgotten files
    // are staged: their set-wise writing is done for many files together by
    // writeStaged() (a few statements per group of files, not per file), which
    // commitBatch() does first. A file may come in parts (PreparedListing::part):
    // it is stored as the same file given whole once its last part is, and the
    // batch must not commit before that. A failure leaves the batch to be
    // rolled back: which file failed is found by writing them again one at a
    // time (writeStaged() after each).
    virtual bool storeFile(const PreparedListing &file) = 0;
    virtual bool forgetFile(qint64 fileId, const QString &path) = 0;
    virtual bool touchFile(const PreparedListing &file) = 0;
    // Staged and not written yet.
    virtual qint64 stagedItems() const = 0;
    virtual qint64 stagedFiles() const = 0;
    // Writes what is staged; what the staged files did together.
    virtual std::optional<Written> writeStaged() = 0;

    // A bulk import writes titles without their index and builds it after.
    virtual bool dropTitleIndex() = 0;
    virtual bool createTitleIndex() = 0;

    // The search index: items waiting in its queue, the next chunk of at most
    // items of a pass (its own transaction), and the categories no item holds
    // any more removed once the queue is written.
    virtual std::optional<qint64> queuedIndexItems() = 0;
    virtual Chunk writeIndexChunk(IndexPass pass, qint64 items) = 0;
    virtual bool removeUnusedCategories() = 0;

    // Why the last operation failed.
    virtual QString errorString() const = 0;
};
