#pragma once

#include "models/store/categorycount.h"
#include "models/store/itemfilter.h"
#include "models/store/label.h"
#include "models/store/markchange.h"
#include "models/store/newsitem.h"
#include "models/store/savedview.h"
#include "models/store/sourcecount.h"
#include "models/store/statesnapshot.h"
#include "models/store/storeresult.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class CacheUsers;
class ImportWriter;
class StoreBackend;

// The local cache: what everyone holds to read it and to change reader state.
// A NewsStore is a handle over one StoreBackend (storebackend.h), picked by
// open(): SqliteStore (models/store/sqlite/) for a cache file, PgStore
// (models/store/postgres/) for a shared archive. One NewsStore is one
// connection and belongs to the thread that opened it; a worker opens its own
// NewsStore on the same file. All SQL of newsdesk lives in models/store/:
// views ask models, models ask the store.
//
// Errors. open() and the writes say in their return value whether they
// worked. The reads keep plain return types (0, a list): a read that fails
// returns what "nothing" looks like and sets lastReadFailed() and readError(),
// so a caller that must not show a failure as "0 items" checks
// lastReadFailed() after its read(s). The next read that succeeds clears
// them; opening clears them; a write leaves them alone. errorString() is why
// the last operation (open, read or write) failed, in a sentence for people
// that names the cache; empty after one that worked. Right after a read,
// errorString() == readError(). The failed statement and the
// database's error are logged under newsdesk.store (models/support/logging.h).
//
// An open NewsStore holds a shared lock on the cache (CacheUsers): a damaged
// cache is never set aside while anyone has it open.
class NewsStore
{
public:
    static constexpr int SchemaVersion = 11;

    NewsStore();
    ~NewsStore();
    Q_DISABLE_COPY_MOVE(NewsStore)

    // The cache file used when none is given: <AppDataLocation>/newsdesk.sqlite.
    static QString defaultPath();

    // Opens (creating if needed) and migrates the cache, with the state
    // database beside it attached (see docs/ARCHITECTURE.md, "The state
    // database"). targetVersion is for tests that build an older cache. On
    // failure errorString() says why and failure() what kind of failure it
    // was: a damaged cache (StoreFailure::Damaged) is for the caller to set
    // aside (setAside()) and rebuild (CacheRecovery); nothing else is touched.
    bool open(const QString &path, int targetVersion = SchemaVersion);
    // Opens the cache for reading only: nothing is created, migrated or
    // written (a cache in a read-only folder, or a read-only file).
    bool openReadOnly(const QString &path);
    // What the person must be told although the last open() worked (the
    // state database was damaged and restored from a backup).
    QStringList notices() const { return m_notices; }
    // Whether this store may build the cache's mirror of the read marks
    // again when it cannot be trusted (after another program wrote the state
    // database, or a crash between the commits of the two files): about 1 s
    // at 1,000,000 items. Yes by default (the worker's store, the importer,
    // the command line); the window's store on the GUI thread says no before
    // open() (ReaderSession) and reads the marks from the state database,
    // slower but right, until another store has built the mirror.
    void setMirrorRebuilds(bool rebuilds) { m_mirrorRebuilds = rebuilds; }
    bool mirrorRebuilds() const { return m_mirrorRebuilds; }
    // Builds what the cache derives from itself and no open() builds (the
    // index of keys in listing order, a write of 2-7 s at 1,000,000 items:
    // nothing a person waits for may wait on it). The reads work without it,
    // slower, and take it up once it is there. Done: built now, there
    // already, or nothing this store may do (opened read-only). Abandoned:
    // stop() said so, or (with a stop) another connection of this process
    // waited for the write lock, before or while it was built (nothing is
    // left of it; a later call starts again). The window's worker calls it
    // when it has nothing else to do (StoreWorker); an import into an empty
    // cache makes the index before its first item.
    enum class Build { Done, Abandoned, Failed };
    Build buildDerived(const std::function<bool()> &stop = {});
    // The kind of the last failure (of open, a read or a write); None after
    // one that worked.
    StoreFailure failure() const { return m_failure; }
    // Whether the last read failed because the cache is damaged.
    bool lastReadDamaged() const { return m_readDamaged; }
    // Whether location names a shared archive on a PostgreSQL server
    // (postgresql://user@host:port/dbname, docs/TEAM.md) rather than a cache
    // file: open() then connects to it (PgStore), and there is no file to
    // lock, set aside or rebuild.
    static bool isShared(const QString &location);
    // Whether path (the file and its folder) may be written; true for a
    // shared archive (its server decides).
    static bool isWritable(const QString &path);
    // Sets a damaged cache aside with its -wal and -shm, as
    // <path>.damaged-<yyyyMMdd-HHmmss>; its new name, or empty with error set.
    // Only when no NewsStore (of any process, this one included) has it open
    // (CacheUsers): otherwise nothing is renamed and inUse is set. The caller
    // holds the cache's ImportLock (CacheRecovery).
    static QString setAside(const QString &path, QString &error, bool *inUse = nullptr);
    // Records that a read found the cache at path damaged, for the next open()
    // to set it aside (see CacheFile::markDamaged()); false when it cannot.
    static bool markDamaged(const QString &path, const QString &error);
    // The state database beside the cache path (read and starred marks, sources).
    static QString statePath(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    bool lastReadFailed() const { return !m_readError.isEmpty(); }
    // Why the last read failed, or empty when it worked (for a result handed
    // to another thread along with the read's value). Only reads set it: a
    // write after a failed read leaves it (and lastReadFailed()) as they were.
    QString readError() const { return m_readError; }
    // The backend this store forwards to, for tests and benchmarks that must
    // reach the database itself (tests/storeconnection.h); product code goes
    // through NewsStore.
    const StoreBackend &backend() const { return *m_backend; }
    // The writer an import runs its statements through, on this store's
    // connection (NewsImporter); nullptr when the store is not open.
    std::unique_ptr<ImportWriter> importWriter();
    // -1 when not open or unreadable.
    int schemaVersion() const;

    // Reading (see "Errors" above).
    qint64 itemCount(const ItemFilter &filter = {}) const;
    // Whether itemCount(filter) reads counts the cache keeps (per category,
    // per set of categories) instead of walking the matching items: then it is
    // quick at any size. A search is always walked.
    bool countIsKept(const ItemFilter &filter) const;
    // The ids that pass filter, in its order; with limit >= 0 only that many,
    // from offset (a page).
    QList<qint64> itemIds(const ItemFilter &filter = {}, qint64 limit = -1, qint64 offset = 0) const;
    // Full items, in the order of ids; unknown ids are left out. With
    // textLimit >= 0, a title or summary longer than textLimit characters is
    // read only that far (a list row; NewsItem::isCut() and the whole lengths
    // say so): a page of rows never reads an item of megabytes whole.
    QList<NewsItem> items(const QList<qint64> &ids, qint64 textLimit = -1) const;
    NewsItem item(qint64 id) const;
    // Every category with the number of items that pass filter (its own
    // category part is ignored: counts are faceted) and how many of them are
    // unread (CategoryCount::unread), sorted by count, then name; then, when
    // any item that passes has no category, one entry with an empty name for
    // them. Without a search the unread numbers are kept (quick at any size).
    // With a search this is one count per category; abandoned (empty result,
    // not a failure) as soon as stop() returns true, when the caller no longer
    // wants it.
    QList<CategoryCount> categoryCounts(const ItemFilter &filter = {},
                                        const std::function<bool()> &stop = {}) const;
    QStringList categoryNames() const;
    // Items an interrupted import left for the search index (see NewsImporter).
    qint64 pendingIndexItems() const;
    QStringList sourceFiles() const;
    // Changes when an import (of any process) stored or removed files: a
    // cheap poll for a window to notice imports made elsewhere. Reader state
    // and the search index leave it alone.
    QString importStamp() const;
    // The files and folders imported into this cache, as the state database
    // remembers them (a damaged cache is rebuilt from them), oldest first.
    QStringList rememberedSources() const;
    // Calls changed on this store's thread (it needs an event loop) when an
    // import elsewhere committed, for a store that can tell: a shared
    // archive (LISTEN/NOTIFY; also after a lost connection is made again).
    // false: it cannot (a cache file), poll importStamp().
    bool watchChanges(std::function<void()> changed);
    // The password for every connection of this process to the shared
    // archive at location (the window asks for it when the server does):
    // kept in memory only, never written; empty forgets it. Nothing for a
    // cache file.
    static void setSessionPassword(const QString &location, const QString &password);
    // A password for this thread's connections to location only, ahead of
    // the session's (a trial of one a person typed); empty ends it.
    static void setTrialPassword(const QString &location, const QString &password);
    // Remembers paths (files, folders, resources) as sources of this cache.
    bool rememberSources(const QStringList &paths);

    // The importer tells the store that the full-text index changed (other
    // connections see it through SQLite; this one forgets what it derived).
    void indexChanged();

    // Reader state, one statement each, whatever the number of items.
    bool setRead(const QList<qint64> &ids, bool read);
    bool setStarred(const QList<qint64> &ids, bool starred);
    bool setReadWhere(const ItemFilter &filter, bool read);
    // Sets change.mark to change.on on every item that passes filter
    // (filter.ids narrows it to those items) whose mark differs, in one
    // transaction, and fills change.ids with exactly those items (what undo
    // needs). On failure nothing changed and change.ids is empty. With
    // change.expected >= 0 the filter must hold that many items when the
    // write begins (the items the person was shown), else failure() is
    // StoreFailure::Outdated.
    bool setMarkWhere(const ItemFilter &filter, MarkChange &change);
    // Sets change.mark to on on change.ids: undo (on = !change.on) or redo
    // (on = change.on) of a setMarkWhere(), in one transaction.
    bool setMarks(const MarkChange &change, bool on);
    // When the person last visited this cache (setLastVisit()), ms since the
    // epoch; 0 when none is recorded. Kept in the state database: a rebuilt
    // cache keeps it.
    qint64 lastVisit() const;
    bool setLastVisit(qint64 msecsSinceEpoch);

    // Organising (issue 16). All of it lives in the state database, by item
    // key: it survives re-imports, a changed or moved source file and a
    // rebuilt cache. Marks on many items (a label, hidden) go through
    // setMarkWhere()/setMarks() with MarkChange::Mark::Label (labelId) or
    // Mark::Hidden, undoable like read and starred. Names are normalised
    // (Label::normalisedName); an empty name, one longer than
    // MaxNameLength or one taken by another label (view) is refused with a
    // sentence saying so.

    // Every label, in the person's order; count and unread are 0.
    QList<Label> labels() const;
    // Every label with the number of items that carry it and pass filter (its
    // labels part is ignored), and how many of those are unread. For the
    // worker: it may walk the labelled items.
    QList<Label> labelCounts(const ItemFilter &filter = {}) const;
    // The label of this (normalised) name; id 0 when there is none (not a
    // failure: lastReadFailed() says whether the read failed).
    Label labelNamed(const QString &name) const;
    // Stores a new label (id 0): the name normalised, the colour as given
    // ("#rrggbb"; empty: one of a fixed set, by the number of labels), last
    // in the order. Fills label.id, name, colour and position.
    bool createLabel(Label &label);
    // Renames, recolours and moves (to label.position; the others close up)
    // the label label.id.
    bool updateLabel(const Label &label);
    // Puts the labels (setLabelOrder) or the saved views (setViewOrder) in
    // the order of ids, writing nothing but their positions (a name or a
    // colour changed meanwhile stays); ids not known are passed over, those
    // not given follow in their order of before.
    bool setLabelOrder(const QList<qint64> &ids);
    bool setViewOrder(const QList<qint64> &ids);
    // Deletes the label and takes it off every item; carried (when given)
    // gets the items it was on (Mark::Label, on = true): the ids of those in
    // the cache, and the keys of all of them (MarkChange::keys, also of items
    // not in the cache now): what restoreLabel() needs to undo it.
    bool deleteLabel(qint64 id, MarkChange *carried = nullptr);
    // Undoes deleteLabel(): the label again with its id, name, colour and
    // position, on the keys carried.keys (or, when it has none, on the items
    // carried.ids).
    bool restoreLabel(const Label &label, const MarkChange &carried);
    // The item's note; empty when it has none.
    QString note(qint64 id) const;
    // Sets the item's note (plain text, kept as typed); empty text removes it.
    bool setNote(qint64 id, const QString &text);
    // Forgets the hidden items that pass filter (with filter.hidden taken as
    // Only) for good: never shown again, not even in the hidden view, and
    // kept so even when a re-import brings them back. A filter that narrows
    // nothing else forgets every hidden item, also those whose file is not in
    // the cache now. The number forgotten, or -1 on failure.
    qint64 forgetHidden(const ItemFilter &filter);
    // How many hidden items forgetHidden() with an empty filter forgets:
    // every hidden key, also of items not in the cache now (a removed
    // file). A read: 0 on failure, with lastReadFailed().
    qint64 hiddenKeyCount() const;
    // Every saved view, in the person's order.
    QList<SavedView> savedViews() const;
    // The view of this (normalised) name; id 0 when there is none.
    SavedView savedView(const QString &name) const;
    // Stores view: id 0 adds it last, otherwise it replaces the view
    // view.id (name, filter, and the position: the others close up). Fills
    // view.id, name and position.
    bool saveView(SavedView &view);
    bool deleteView(qint64 id);
    // Every listing file of the cache with its shown and unread items, by path.
    QList<SourceCount> sourceCounts() const;
    // Everything the person made (StateSnapshot), for `state export`.
    StateSnapshot stateSnapshot() const;
    // Merges a snapshot into the state database in one transaction, by item
    // key and label/view name: marks are joined (read if either says read,
    // and so on), labels of the same name are the same label, notes that
    // differ are both kept, views of the same name are replaced. merged says
    // what changed.
    bool mergeState(const StateSnapshot &snapshot, StateMerge &merged);
    // Files the person removed from the archive (ImportTask::startRemoval):
    // an import of a folder that holds one leaves it out until the person
    // imports that file by itself (rememberSources() of its path).
    QStringList removedFiles() const;
    // The removal of files (NewsImporter::removeFiles, h-sources): how many
    // distinct items the listing files paths (as the cache holds them) hold;
    // with heldElsewhere, only those another listing file holds too (they
    // stay when paths are removed).
    qint64 itemsOfFiles(const QStringList &paths, bool heldElsewhere) const;
    // Records paths as removed (removedFiles()) and forgets each from the
    // remembered sources when it is remembered by itself; in the caller's
    // transaction when one is open (the importer's batch).
    bool recordRemovedFiles(const QStringList &paths);
    // An import of these files by themselves: they are removed no more.
    bool liftRemovedFiles(const QStringList &paths);

private:
    // The value of a read; records its failure (see "Errors").
    template <typename T>
    T take(StoreResult<T> result) const;
    bool done(const StoreResult<> &result);
    bool openWith(const QString &path, int targetVersion, bool readOnly);

    std::unique_ptr<StoreBackend> m_backend; // never null
    // Held while open: no other process sets the cache aside under it.
    std::unique_ptr<CacheUsers> m_users;
    QString m_path;
    mutable QString m_error;     // the last operation's
    mutable QString m_readError; // the last read's
    mutable StoreFailure m_failure = StoreFailure::None;
    mutable bool m_readDamaged = false;
    QStringList m_notices;
    bool m_mirrorRebuilds = true;
};
