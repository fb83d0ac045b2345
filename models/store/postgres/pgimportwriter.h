#pragma once

#include "models/store/importwriter.h"

#include <QList>
#include <QSet>
#include <QSqlQuery>

#include <vector>

class PgConnection;

// The import side of the shared archive. Each file (or part) is written when
// it comes, inside the importer's batch (one transaction): its record is
// upserted by path, its old sources go, its items are staged from one array
// per column (itemColumns() in the .cpp: the one list of per-item values) and
// come in by content key (INSERT ... ON CONFLICT DO NOTHING, in key order so
// that two imports of shared items wait rather than deadlock), are locked FOR
// KEY SHARE until the batch ends, and its new sources link them (each item
// gains the source's categories and, if later, its listing key); once the file
// is whole, the items its old content held get their listing key and
// categories again and those no file holds go — except those another import
// holds (it is linking them: removeReleased()). Two desktops importing the same file store
// its items once; an import cut off is rolled back by the server and the next
// import completes it. There is no search index queue: each item comes with
// its search text, folded here (PgSearchText), and linking or releasing sets
// the categories' part again where they changed; the title index stays during
// a bulk import.
//
// Lock order: every statement that locks many items locks them in one order
// (the insert and FOR KEY SHARE in key order, the updates of sort_key and
// search_categories FOR NO KEY UPDATE in id order first), so that two imports
// of the same items wait for each other within a statement. Across the files
// of a batch they can still deadlock (each waits on an item the other inserted
// in an earlier file of its batch); the server then ends one of them with
// 40P01, and that batch is written again from the start (replay()), from the
// files it kept (up to ReplayItems items in the .cpp; a larger batch, one
// large file given in parts, fails as any write does).
class PgImportWriter final : public ImportWriter
{
public:
    explicit PgImportWriter(const PgConnection &connection);
    ~PgImportWriter() override;

    bool beginImport() override;
    std::optional<QHash<QString, KnownFile>> knownFiles() override;
    std::optional<QStringList> vocabulary() override;

    bool beginBatch() override;
    bool isBatchOpen() const override { return m_batch; }
    bool commitBatch() override;
    void rollbackBatch() override;

    bool storeFile(const PreparedListing &file) override;
    bool forgetFile(qint64 fileId, const QString &path) override;
    bool touchFile(const PreparedListing &file) override;
    qint64 stagedItems() const override { return m_stagedItems; }
    qint64 stagedFiles() const override { return m_stagedFiles; }
    std::optional<Written> writeStaged() override;

    bool dropTitleIndex() override { return true; }
    bool createTitleIndex() override { return true; }

    std::optional<qint64> queuedIndexItems() override { return qint64(0); }
    Chunk writeIndexChunk(IndexPass, qint64) override { return Chunk::PassDone; }
    bool removeUnusedCategories() override;

    QString errorString() const override { return m_error; }

private:
    // What the open batch was given, to be given again after a deadlock.
    struct Step
    {
        enum class Kind { Store, Forget, Touch };
        Kind kind;
        PreparedListing file;
        qint64 fileId = 0;
        QString path;
    };

    static QString lockedInIdOrder(const QString &select);
    bool failed(QSqlQuery &q);
    void rollbackTransaction();
    void keep(Step step);
    bool retried(bool ok);
    bool replay();
    bool openBatch();
    bool apply(const Step &step);
    bool storeOnce(const PreparedListing &file);
    bool forgetOnce(qint64 fileId, const QString &path);
    bool run(const QString &sql, const QVariantList &values = {});
    bool makeTempTables();
    std::optional<std::pair<qint64, qint64>> recordFile(const PreparedListing &file);
    bool release(qint64 fileId);
    bool stage(const PreparedListing &file);
    bool insertItems(qint64 ordinal, bool missingOnly);
    std::optional<bool> lockItems(qint64 distinctKeys);
    bool addItems(qint64 fileId, qint64 ordinal, const PreparedListing &file);
    bool link(qint64 fileId, qint64 ordinal);
    // search_categories written again for the items idsSql selects (locked first, in id order).
    bool updateSearchCategories(const QString &idsSql);
    bool removeReleased();
    bool addNames(const QString &table, const QStringList &names);
    bool finishFile();
    void reset();

    const PgConnection &m_connection;
    QString m_error;
    bool m_batch = false;
    qint64 m_stagedItems = 0;
    qint64 m_stagedFiles = 0;
    Written m_written;
    // A file given in parts: its id, ordinal and path, and the position its next item takes.
    qint64 m_openFileId = 0;
    qint64 m_openOrdinal = 0;
    QString m_openPath;
    qint64 m_nextPosition = 1;
    // Released items another import held when they were to go (see removeReleased()).
    QSet<qint64> m_heldElsewhere;
    // Items the open file released (its old sources' items).
    qint64 m_released = 0;
    // Rows staged since the staging table was last truncated.
    qint64 m_stagedRows = 0;
    // The open batch's steps (replay()); the number writeStaged() reported;
    // their items; whether the last failure was a deadlock; whether replaying.
    QList<Step> m_steps;
    qsizetype m_reportedSteps = 0;
    qint64 m_keptItems = 0;
    bool m_keeping = true;
    bool m_deadlock = false;
    bool m_replaying = false;
    // The statements that failed in the open transaction (failed()).
    std::vector<QSqlQuery> m_failed;
};
