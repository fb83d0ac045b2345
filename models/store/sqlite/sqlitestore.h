#pragma once

#include "models/store/storebackend.h"
#include "models/store/sqlite/queryplanner.h"
#include "models/store/sqlite/readmirror.h"
#include "models/store/sqlite/sqliteconnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <type_traits>

// The cache in an SQLite file (the only StoreBackend so far): one connection,
// owned by the thread that opened it. Reads are planned by QueryPlanner;
// every failed statement is logged and turns the read into a failure naming
// the cache.
class SqliteStore final : public StoreBackend
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStore)

public:
    SqliteStore();
    ~SqliteStore() override;
    Q_DISABLE_COPY_MOVE(SqliteStore)

    StoreResult<QStringList> open(const QString &path, int targetVersion, bool readOnly) override;
    void close() override;
    bool isOpen() const override;
    int schemaVersion() const override;
    // The connection, for the importer's writer and for tests: SQLite only.
    QSqlDatabase database() const;

    StoreResult<qint64> itemCount(const ItemFilter &filter) const override;
    StoreResult<bool> countIsKept(const ItemFilter &filter) const override;
    StoreResult<QList<qint64>> itemIds(const ItemFilter &filter, qint64 limit, qint64 offset) const override;
    StoreResult<QList<NewsItem>> items(const QList<qint64> &ids, qint64 textLimit) const override;
    StoreResult<QList<CategoryCount>> categoryCounts(const ItemFilter &filter,
                                                     const std::function<bool()> &stop) const override;
    StoreResult<QStringList> categoryNames() const override;
    StoreResult<qint64> pendingIndexItems() const override;
    StoreResult<QStringList> sourceFiles() const override;
    // PRAGMA data_version first (it changes when another connection commits);
    // only then the files are read.
    StoreResult<QString> importStamp() const override;
    // importStamp()'s value, in a read of the caller's.
    QString stamp() const;
    StoreResult<QStringList> rememberedSources() const override;

    void indexChanged() override;
    void setMirrorRebuilds(bool rebuilds) override { m_mirrorRebuilds = rebuilds; }
    StoreResult<bool> buildDerived(const std::function<bool()> &stop) override;
    std::unique_ptr<ImportWriter> importWriter() override;

    StoreResult<> rememberSources(const QStringList &paths) override;
    StoreResult<> setRead(const QList<qint64> &ids, bool read) override;
    StoreResult<> setStarred(const QList<qint64> &ids, bool starred) override;
    StoreResult<> setReadWhere(const ItemFilter &filter, bool read) override;
    StoreResult<QList<qint64>> setMarkWhere(const ItemFilter &filter, const MarkChange &change) override;
    StoreResult<> setMarks(const MarkChange &change, bool on) override;
    StoreResult<qint64> lastVisit() const override;
    StoreResult<> setLastVisit(qint64 msecsSinceEpoch) override;

    // Organising: labels, notes, hidden, saved views (h-store).
    StoreResult<QList<Label>> labels() const override;
    StoreResult<QList<Label>> labelCounts(const ItemFilter &filter) const override;
    StoreResult<Label> createLabel(const Label &label) override;
    StoreResult<> updateLabel(const Label &label) override;
    StoreResult<> setLabelOrder(const QList<qint64> &ids) override;
    StoreResult<> setViewOrder(const QList<qint64> &ids) override;
    StoreResult<MarkChange> deleteLabel(qint64 id) override;
    StoreResult<> restoreLabel(const Label &label, const MarkChange &carried) override;
    StoreResult<QString> note(qint64 id) const override;
    StoreResult<> setNote(qint64 id, const QString &text) override;
    StoreResult<qint64> forgetHidden(const ItemFilter &filter) override;
    StoreResult<qint64> hiddenKeyCount() const override;
    StoreResult<QList<SavedView>> savedViews() const override;
    StoreResult<SavedView> saveView(const SavedView &view) override;
    StoreResult<> deleteView(qint64 id) override;
    // Sources and the person's state as a whole (h-sources).
    StoreResult<QList<SourceCount>> sourceCounts() const override;
    StoreResult<StateSnapshot> stateSnapshot() const override;
    StoreResult<StateMerge> mergeState(const StateSnapshot &snapshot) override;
    StoreResult<QStringList> removedFiles() const override;
    StoreResult<qint64> itemsOfFiles(const QStringList &paths, bool heldElsewhere) const override;
    StoreResult<> recordRemovedFiles(const QStringList &paths) override;
    StoreResult<> liftRemovedFiles(const QStringList &paths) override;

private:
    // The steps of open(): the files checked, the state database made ready,
    // the connection opened with it attached, the schema checked and migrated.
    StoreResult<QStringList> openChecked(const QString &path, int targetVersion, bool readOnly);
    // After open and migration: the mirror of the read marks and the index of
    // keys in listing order, where this connection may build them.
    void prepareDerived(int targetVersion);
    // Runs read (which uses m_connection) and turns a statement that failed
    // meanwhile into a failure naming the cache.
    template <typename Read>
    auto reading(Read read) const -> StoreResult<std::invoke_result_t<Read>>;
    // Which file a read that SQLite called damaged found damaged: the cache
    // (Damaged) or the state database attached to it (StateDamaged).
    StoreFailure damagedFile() const;
    // For people: the state database is damaged (databaseError), not the cache.
    QString stateDamage(const QString &databaseError) const;
    // For people: why a read failed (databaseError; damaged: the file is), or that the cache is not open (empty).
    QString readFailure(const QString &databaseError, bool damaged = false) const;
    // For people: why a write failed.
    QString writeFailure(const QString &databaseError) const;
    // The value of a statement that reads one number.
    qint64 number(const SqlStatement &statement) const;
    QList<qint64> idColumn(const SqlStatement &statement) const;
    QStringList textColumn(const QString &sql) const;
    // The ids of a page in listing order (with tier >= 0: of that tier of best
    // match first, see QueryPlanner::ids()).
    QList<qint64> idsOf(const ItemFilter &filter, qint64 limit, qint64 offset, int tier) const;
    QList<qint64> idsByTier(const ItemFilter &filter, int terms, qint64 limit, qint64 offset) const;
    QList<qint64> idsByCategory(const ItemFilter &filter, qint64 limit, qint64 offset, int tier = -1) const;
    QList<CategoryCount> keptCategoryCounts() const;
    QList<CategoryCount> countsOfGroups(const SqlStatement &statement, const std::function<bool()> &stop) const;
    // Whether reads may use the mirror of the read marks now (ReadMirror);
    // with rebuild, one that cannot be trusted is built again (a connection
    // that may write). Tells the planner.
    bool useMirror(bool rebuild) const;
    // temp.file_order: the cache's files in the order of their paths, for
    // the order by source file; made again when the files changed.
    void prepareFileOrder() const;
    // The ids of a page of an order in two parts (ReadState: unread first;
    // Starred: starred first), each in listing order.
    QList<qint64> idsByMark(const ItemFilter &filter, bool starred, qint64 limit, qint64 offset) const;
    // The items whose ids items selects (empty: none) and whose mark differs
    // from on are set to on, in one transaction with the mirror; with
    // changed, the ids that changed. expected >= 0: items must hold that
    // many when the transaction begins, else nothing is written (Outdated).
    StoreResult<> writeMark(MarkChange::Mark mark, bool on, const SqlStatement &items, QList<qint64> *changed,
                            qint64 labelId = 0, qint64 expected = -1);
    // writeMark()'s check of expected, inside its transaction: empty, or why not.
    StoreResult<> checkExpected(const SqlStatement &items, qint64 expected);
    // writeMark()'s part for read and starred marks, and for labels and
    // hidden (sqliteorganise.cpp): temp.mark_changed filled with the items
    // that change, the state database written.
    bool writeReadOrStarred(bool read, bool on, const SqlStatement &items, bool trusted);
    bool writeOrganised(MarkChange::Mark mark, bool on, const SqlStatement &items, qint64 labelId);
    // Puts the label on these keys (restoreLabel()), in the caller's transaction.
    bool labelKeys(qint64 labelId, const QList<QByteArray> &keys);
    // Why a mark cannot be written (a label that does not exist, a state
    // database without schema 4), or empty.
    QString refusedMark(const MarkChange &change) const;
    // The labels, note and hidden mark of the items read.
    void readOrganised(const QString &idList, QHash<qint64, NewsItem> &byId) const;
    // The kept category counts less the hidden items.
    QList<CategoryCount> withoutHidden(QList<CategoryCount> counts) const;
    // The organising helpers (sqliteorganise.cpp).
    StoreResult<> refusedName(const QString &name, const QString &table, qint64 id) const;
    StoreResult<> movePosition(const QString &table, qint64 id, int position);
    // The rows of table (labels, saved_views) at positions 0.. in order.
    void writeOrder(const QString &table, const QList<qint64> &order);
    // setLabelOrder(), setViewOrder().
    StoreResult<> setOrder(const QString &table, const QList<qint64> &ids);
    // Why an older state database, only read, refuses labels and views.
    QString cannotOrganise() const;
    // In a write: the saved views that name the label before name it after.
    bool renameInViews(const QString &before, const QString &after);
    StoreResult<> writing(const std::function<bool()> &write);
    qint64 itemKeyCount(const QString &sql, const QVariantList &binds = {}) const;
    // part() (a write of the read marks' mirror) under a savepoint: when it
    // fails it is rolled back alone, logged, and false returned; the
    // transaction around it goes on.
    bool mirrorPart(const std::function<bool()> &part);
    // SQL: whether the mark of the item p.id differs from on.
    QString changes(bool read, bool on, bool mirror) const;
    void readItems(const QString &idList, qint64 textLimit, QHash<qint64, NewsItem> &byId) const;

    SqliteConnection m_connection;
    // (mutable: a read tells the planner whether the mirror may be used.)
    mutable QueryPlanner m_planner{m_connection};
    // Whether an untrusted mirror of the read marks is built again here.
    bool m_mirrorRebuilds = true;
    ReadMirror m_mirror{m_connection};
    mutable QString m_fileOrderStamp; // importStamp() when temp.file_order was made
    QString m_path;
    mutable qint64 m_stampVersion = -1; // the data_version m_stamp was read at
    mutable QString m_stamp;
};

// (In the header: the organising part, sqliteorganise.cpp, reads through it too.)
template <typename Read>
auto SqliteStore::reading(Read read) const -> StoreResult<std::invoke_result_t<Read>>
{
    using Value = std::invoke_result_t<Read>;
    m_connection.takeFailure(); // the failures of an earlier read were reported with it
    if (!m_connection.isOpen())
        return StoreResult<Value>::failure(readFailure({}));
    Value value = read();
    const bool damaged = m_connection.failureIsDamage();
    if (const QString failure = m_connection.takeFailure(); !failure.isEmpty()) {
        // SQLite's error does not say which file is damaged: the cache, or the state database its reads join.
        const StoreFailure kind = damaged ? damagedFile() : StoreFailure::Failed;
        if (kind == StoreFailure::StateDamaged)
            return StoreResult<Value>::failure(stateDamage(failure), kind);
        return StoreResult<Value>::failure(readFailure(failure, damaged), kind);
    }
    return value;
}
