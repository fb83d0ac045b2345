#pragma once

#include "models/importing/importlock.h"
#include "models/importing/importreader.h"
#include "models/importing/importreport.h"
#include "models/importing/listedfile.h"
#include "models/importing/removalreport.h"
#include "models/listing/preparedlisting.h"
#include "models/store/importwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <optional>
#include <span>
#include <memory>

class CategorySplitter;
class NewsStore;

// Brings listing files into the cache: files or folders (recursively, *.txt),
// incrementally (unchanged files are skipped by size, modification time and
// content hash), each file in one transaction. Files that no longer exist in a
// folder that does stop contributing their items; a missing folder keeps its. Runs on whatever thread owns the store. Decides
// what to write and when; the store's ImportWriter holds the statements.
class NewsImporter
{
    Q_DECLARE_TR_FUNCTIONS(NewsImporter)

public:
    // Called before each file, and with done = total = -1 (file empty) after
    // each chunk of the search index is written; return false to cancel
    // (between files or chunks, so the cache stays consistent).
    using Progress = std::function<bool(int done, int total, const QString &file)>;

    explicit NewsImporter(NewsStore &store);
    ~NewsImporter();
    Q_DISABLE_COPY_MOVE(NewsImporter)

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // One import writes into a cache at a time (ImportLock): while another
    // holds it, waiting is told so (and may cancel the import by returning false).
    void setWaiting(ImportLock::Waiting waiting) { m_waiting = std::move(waiting); }
    // How many queued items one transaction of updateIndex() writes (tests
    // make it small to cross chunk boundaries).
    void setIndexChunk(qint64 items) { m_indexChunk = std::max<qint64>(items, 1); }
    // From how many new items (estimated from the sizes of new and resized
    // files, and at least half the cache's) an import is a bulk import (tests
    // make it small).
    void setBulkItems(qint64 items) { m_bulkItems = std::max<qint64>(items, 1); }
    // Whether the import looks for vanished files (every stored file not
    // listed is looked for: 50,000 stat()s in a large cache). The watcher's
    // import of changed files does not: a file gone from a watched folder is
    // reported as its folder, whose import looks.
    void setForgetVanished(bool forget) { m_forgetVanished = forget; }
    // Stores files of more items in parts of this many, as a large file is
    // read (PreparedListing::part; tests: 0, the default, stores them whole).
    void setPartItems(qsizetype items) { m_partItems = std::max<qsizetype>(items, 0); }

    // Imports the files (folders: their *.txt files), forgets vanished ones,
    // then writes the queued search index entries (those of an earlier,
    // interrupted import too). Empty paths: only the last two.
    ImportReport importPaths(const QStringList &paths);
    // The same, remembering only sources among them in the state database
    // (a watched folder's changed files are imported by themselves, but the
    // folder is what the person imported).
    ImportReport importPaths(const QStringList &paths, const QStringList &sources);
    // Removes listing files from the archive (the person asked, in the
    // sources pane or on the command line), in the import's turn
    // (ImportLock) and one transaction: their items go unless another file
    // holds them (itemsKept), the search index and the counts follow, and the
    // files are recorded as removed (NewsStore::removedFiles(): a folder's
    // import leaves them out until one is imported by itself) and forgotten
    // as remembered sources of their own. paths: as the cache names the files
    // (NewsStore::sourceFiles()), or as given (a file's path, made absolute);
    // a path the cache does not hold is an error naming it.
    RemovalReport removeFiles(const QStringList &paths);
    // Only writes the search index entries an interrupted import left in the
    // queue (no file is read or forgotten); progress as importPaths() tells it.
    ImportReport finishIndex();

    // The listing files under paths: files as given, folders searched for
    // *.txt recursively, sorted by path. Missing paths become diagnostics.
    static QStringList collectFiles(const QStringList &paths, Diagnostics &diagnostics);
    // The same files with their stored paths, sizes and times: a folder is
    // canonicalised once (only links below it one by one), and each file is
    // looked at once, while it is listed.
    static QList<ListedFile> listFiles(const QStringList &paths, Diagnostics &diagnostics);

    // The sample news compiled into newsdesk, and the category names it teaches.
    static QStringList sampleFiles();
    static QSet<QString> sampleVocabulary();

private:
    // The steps of importPaths(): the store made ready (false: stop there),
    // the files, the search index.
    bool begin(ImportReport &report);
    bool importFiles(const QList<ListedFile> &files, ImportReport &report);
    // A folder's files as listFiles() gives them.
    static void listFolder(const QString &folder, QList<ListedFile> &files);
    // Takes a regular file's size and time; false for anything else.
    static bool look(ListedFile &file);
    void readFiles(const QList<ListedFile> &files, const QHash<QString, ImportReader::KnownFile> &known,
                   CategorySplitter splitter, ImportReport &report);
    // Whether the listing shows a file as the cache knows it (same size and
    // time): skipped without the reader.
    static bool isUnchanged(const ListedFile &file, const QHash<QString, ImportReader::KnownFile> &known);
    enum class Outcome { Imported, Skipped, Rejected, Failed };
    // A file, and the rest of its parts when it comes in parts.
    Outcome importParts(ImportReader &reader, PreparedListing file, ImportReport &report);
    Outcome importFile(const PreparedListing &file, ImportReport &report);
    // The test seam of setPartItems(): the file cut in parts.
    Outcome storeInParts(const PreparedListing &file, ImportReport &report);
    // What store() writes of a file: its items, that it is gone (no items,
    // then no record), or only its new size and time (same content).
    enum class Write { Store, Forget, Touch };
    // A file of the open batch, kept to be written again when a later one
    // fails (not a file given in parts: its batch holds only it).
    struct BatchFile
    {
        PreparedListing file;
        Write what = Write::Store;
        bool redoable = true;
    };
    // Writes a file (or a part of one) in the batch; false when it failed
    // (the batch's earlier files stay, committed).
    bool store(const PreparedListing &file, ImportReport &report, Write what);
    // After a file or a group failed: the batch is undone, the failing file
    // found and reported, and the batch's files before it written again.
    void redoBatch(std::optional<BatchFile> current, ImportReport &report);
    qsizetype findFailing(const QList<BatchFile> &files, QString &error);
    // The writing of store(), inside the batch's transaction: the file staged
    // (writeStaged() writes the staged files together).
    bool write(const PreparedListing &file, Write what);
    bool writeStaged();
    // writeStaged(), and redoBatch() when it fails.
    bool writeStagedOrRedo(ImportReport &report);
    bool removeFile(qint64 fileId, const QString &path, ImportReport &report);
    // Forgets the files that are gone from a folder that is still there; the
    // files of a folder that is not (unmounted, renamed, unreadable) keep their
    // items, and the folder is named in the report.
    // Files listed by this import exist (they were just looked at); only the
    // others are looked for.
    bool removeVanishedFiles(const QHash<QString, ImportReader::KnownFile> &known, const QList<ListedFile> &files,
                             ImportReport &report);
    static bool isReachableFolder(const QString &folder);
    // The transaction that several files share (see store()); what its files
    // did is reported when it commits.
    bool beginBatch(ImportReport &report);
    bool commitBatch(ImportReport &report);
    // Writes the queued search index entries and the category sets.
    bool updateIndex(ImportReport &report);
    // How many items wait for the search index (m_queued), asked of the store.
    bool countQueued(ImportReport &report, const QString &what);
    // Whether files make a bulk import; nullopt when the cache cannot be read
    // (the store's readError() says why).
    std::optional<bool> isBulk(std::span<const ListedFile> files,
                               const QHash<QString, ImportReader::KnownFile> &known) const;
    // Drops the title index when files make a bulk import; false when the
    // import cannot go on (the report says why).
    bool prepareBulk(std::span<const ListedFile> files, const QHash<QString, ImportReader::KnownFile> &known,
                     ImportReport &report);
    bool fail(ImportReport &report, const QString &what, const QString &error);
    // Waits for the cache's import lock (begin()); false when the import must not go on.
    bool takeTurn(ImportReport &report);
    // The paths among paths that exist, remembered in the state database;
    // the files among them (imported by themselves) are removed no more.
    void rememberSources(const QStringList &paths, ImportReport &report);
    // Leaves out of files those the person removed (removedFiles()), unless
    // named by themselves among sources; false when they cannot be read.
    bool leaveOutRemoved(QList<ListedFile> &files, const QStringList &sources, ImportReport &report);
    // removeFiles() in its turn: the files forgotten and recorded in one batch.
    bool forgetRemoved(const QHash<QString, ImportWriter::KnownFile> &known, const QStringList &files,
                       RemovalReport &removal, ImportReport &report);
    // "importing FILE" for the files of the open batch.
    QString batchWhat() const;

    NewsStore &m_store;
    Progress m_progress;
    ImportLock::Waiting m_waiting;
    // Held from begin() to the end of the import.
    std::unique_ptr<ImportLock> m_lock;
    // The store's side of the import running now.
    std::unique_ptr<ImportWriter> m_writer;
    // Items queued for the index.
    qint64 m_queued = 0;
    QElapsedTimer m_batchTimer;
    struct Pending
    {
        QStringList imported;
        QStringList removed;
        qint64 itemsNew = 0;
    };
    Pending m_pending;
    // The files of the open batch, to store again when a later one fails.
    QList<BatchFile> m_batchFiles;
    // A file given in parts is in the batch and its last part has not come.
    bool m_openParts = false;
    // The last commit failed (not a file before it: redoBatch() commits the
    // files before a failing one).
    bool m_commitFailed = false;
    // The writer's staged files are written together once they hold this
    // many items or files: the fixed cost of the set-wise statements (about
    // 1 ms) is paid per group, not per file.
    static constexpr qint64 GroupItems = 4000;
    static constexpr qint64 GroupFiles = 1000;
    // Files of more items are stored in parts of this many (0: whole; tests).
    qsizetype m_partItems = 0;
    // A batch of files commits once it has taken this long (readers see its
    // items then; a writer elsewhere waits at most about this long).
    static constexpr qint64 BatchMillis = 1000;
    // The index is written when this many items wait (and after the last
    // file), this many per transaction.
    static constexpr qint64 IndexBatch = 200000;
    qint64 m_indexChunk = 50000;
    // A bulk import drops the title index and builds it anew after the files:
    // inserting a million titles into the index one by one (at random places,
    // each batch's commit writing most of its pages again) took 9 s more than
    // sorting them into a new one (2.4 s).
    static constexpr qint64 BulkItems = 50000;
    qint64 m_bulkItems = BulkItems;
    bool m_forgetVanished = true;
};
