#pragma once

#include "models/store/importwriter.h"

#include <QSet>

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
    bool run(const QString &sql, const QVariantList &values = {});
    bool makeTempTables();
    std::optional<std::pair<qint64, qint64>> recordFile(const PreparedListing &file);
    bool release(qint64 fileId);
    bool stage(const PreparedListing &file);
    bool insertItems(qint64 ordinal, bool missingOnly);
    std::optional<bool> lockItems(qint64 distinctKeys);
    bool addItems(qint64 fileId, qint64 ordinal, const PreparedListing &file);
    bool link(qint64 fileId, qint64 ordinal);
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
};
