#pragma once

#include "models/store/fileorder.h"
#include "models/store/postgres/pgconnection.h"
#include "models/store/storebackend.h"

#include <QCoreApplication>

#include <functional>

class PgFilterSql;

// The shared archive: a newsdesk archive on a PostgreSQL server
// (postgresql://user@host:port/dbname, picked by NewsStore::open()). Items,
// files and categories are shared; read and starred marks are the person's
// own (the database role, current_user). See docs/TEAM.md.
//
// It answers: open (migrations), import, lists and counts with the filters
// category, unread, starred, ids, new since, labels, hidden and a search by
// the SQLite cache's rules (PgFilterSql, on the text PgSearchText folds; best
// match first too), category and label counts, read and
// starred marks, hidden items, labels, notes and saved views (each person's
// own). Everything else fails with a sentence saying it is not available on
// a shared archive yet; nothing answers "none" in its place.
class PgStore final : public StoreBackend
{
    Q_DECLARE_TR_FUNCTIONS(PgStore)

public:
    PgStore() = default;
    ~PgStore() override = default;
    Q_DISABLE_COPY_MOVE(PgStore)

    StoreResult<QStringList> open(const QString &path, int targetVersion, bool readOnly) override;
    void close() override;
    bool isOpen() const override;
    int schemaVersion() const override;

    StoreResult<qint64> itemCount(const ItemFilter &filter) const override;
    StoreResult<bool> countIsKept(const ItemFilter &) const override { return false; }
    StoreResult<QList<qint64>> itemIds(const ItemFilter &filter, qint64 limit, qint64 offset) const override;
    StoreResult<QList<NewsItem>> items(const QList<qint64> &ids, qint64 textLimit) const override;
    StoreResult<QList<CategoryCount>> categoryCounts(const ItemFilter &filter,
                                                     const std::function<bool()> &stop) const override;
    StoreResult<QStringList> categoryNames() const override;
    // No index queue: the search text is written with each item (PgSearchText).
    StoreResult<qint64> pendingIndexItems() const override { return qint64(0); }
    StoreResult<QStringList> sourceFiles() const override;
    StoreResult<QString> importStamp() const override;
    StoreResult<QStringList> rememberedSources() const override;

    void indexChanged() override {}
    void setMirrorRebuilds(bool) override {}
    // Its indexes are made by its migrations: nothing is left to build.
    StoreResult<bool> buildDerived(const std::function<bool()> &) override { return true; }

    std::unique_ptr<ImportWriter> importWriter() override;
    // LISTEN on PgConnection::ChangesChannel, which every import's commit notifies.
    bool watchChanges(std::function<void()> changed) override;
    StoreResult<> rememberSources(const QStringList &paths) override;

    StoreResult<> setRead(const QList<qint64> &ids, bool read) override;
    StoreResult<> setStarred(const QList<qint64> &ids, bool starred) override;
    StoreResult<> setReadWhere(const ItemFilter &filter, bool read) override;
    StoreResult<QList<qint64>> setMarkWhere(const ItemFilter &filter, const MarkChange &change) override;
    StoreResult<> setMarks(const MarkChange &change, bool on) override;
    StoreResult<qint64> lastVisit() const override;
    StoreResult<> setLastVisit(qint64 msecsSinceEpoch) override;

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
    StoreResult<QList<SourceCount>> sourceCounts() const override;
    StoreResult<StateSnapshot> stateSnapshot() const override;
    StoreResult<StateMerge> mergeState(const StateSnapshot &snapshot) override;
    StoreResult<QStringList> removedFiles() const override;
    StoreResult<qint64> itemsOfFiles(const QStringList &paths, bool heldElsewhere) const override;
    StoreResult<> recordRemovedFiles(const QStringList &paths) override;
    StoreResult<> liftRemovedFiles(const QStringList &paths) override;

private:
    // The answer of a statement with values, or the connection's error.
    template <typename T>
    StoreResult<T> failed() const;
    StoreResult<QStringList> textColumn(const QString &sql, const QVariantList &values = {}) const;
    StoreResult<QList<OrderedFile>> fileOrder() const;
    // stateSnapshot()'s reads, inside its transaction.
    StoreResult<StateSnapshot> readSnapshot() const;
    static QString limitClause(qint64 limit, qint64 offset);
    StoreResult<QList<qint64>> idColumn(const QString &sql, const QVariantList &values) const;
    StoreResult<QList<qint64>> idsByTier(const PgFilterSql &sql, qint64 limit, qint64 offset) const;
    bool readSources(const QString &idJson, QHash<qint64, NewsItem> &byId) const;
    static StoreResult<QString> markColumn(const MarkChange &change);
    StoreResult<> setMarksOn(const QString &column, const QList<qint64> &ids, bool on);
    StoreResult<> pathsChange(const QString &sql, const QStringList &paths);
    StoreResult<> checkExpected(const PgFilterSql &sql, qint64 expected);
    StoreResult<QList<qint64>> changeWhere(const PgFilterSql &sql, const MarkChange &change, const QString &column);
    bool setOn(const MarkChange &change, const QString &column, const QList<qint64> &ids, bool on);
    // Organising (pgorganise.cpp).
    StoreResult<qint64> number(const QString &sql, const QVariantList &values = {}) const;
    StoreResult<> writing(const std::function<bool()> &write);
    StoreResult<> refusedName(const QString &name, const QString &table, qint64 id) const;
    bool hasLabel(qint64 id) const;
    bool hasRow(const QString &table, qint64 id) const;
    bool movePosition(const QString &table, qint64 id, int position);
    bool reorder(const QString &table, const std::function<void(QList<qint64> &)> &change);
    static void putFirst(QList<qint64> &order, const QList<qint64> &ids);
    bool renameInViews(const QString &before, const QString &after);
    bool setLabelOn(qint64 labelId, const QList<qint64> &ids, bool on);
    static QString labelCondition(qint64 labelId, bool on);
    bool readOrganised(const QString &idJson, QHash<qint64, NewsItem> &byId) const;

    PgConnection m_connection;
    int m_version = -1;
};

template <typename T>
StoreResult<T> PgStore::failed() const
{
    return StoreResult<T>::failure(m_connection.error());
}
