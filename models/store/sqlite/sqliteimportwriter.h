#pragma once

#include "models/store/importwriter.h"
#include "models/store/sqlite/sqliteindexwriter.h"
#include "models/store/sqlite/sqltransaction.h"

#include <QSet>
#include <QSqlDatabase>

#include <array>
#include <memory>
#include <optional>

class SqliteImportQuery;

// The import side of the SQLite cache: every statement an import runs, on the
// store's connection. Files are staged in temp tables (staged_items,
// staged_files: a row per item and per file, by statements prepared once) and
// written by a few set-wise statements per group of files (writeStaged()),
// through the temp tables affected, released and delta; the search index is
// written by SqliteIndexWriter.
class SqliteImportWriter final : public ImportWriter
{
public:
    explicit SqliteImportWriter(QSqlDatabase db);
    ~SqliteImportWriter() override;

    // The index that sorts items by title, as schema 1 creates it
    // (sql/001_initial.sql, read from there), if it does not exist.
    static QString titleIndexSql();

    bool beginImport() override;
    std::optional<QHash<QString, KnownFile>> knownFiles() override;
    std::optional<QStringList> vocabulary() override;

    bool beginBatch() override;
    bool isBatchOpen() const override { return m_batch.has_value(); }
    bool commitBatch() override;
    void rollbackBatch() override;

    bool storeFile(const PreparedListing &file) override;
    bool forgetFile(qint64 fileId, const QString &path) override;
    bool touchFile(const PreparedListing &file) override;
    qint64 stagedItems() const override { return m_stagedItems; }
    qint64 stagedFiles() const override { return m_stagedFiles.size(); }
    std::optional<Written> writeStaged() override;

    bool dropTitleIndex() override;
    bool createTitleIndex() override;

    std::optional<qint64> queuedIndexItems() override;
    Chunk writeIndexChunk(IndexPass pass, qint64 items) override;
    bool removeUnusedCategories() override;

    QString errorString() const override { return m_error; }

private:
    // items_by_key_order for an empty cache (see the .cpp).
    bool createKeyOrderWhileEmpty();
    bool prepareTempTables();
    void tune();
    void restoreTuning();

    // Statements run once per item or file, prepared once (statement()).
    enum class Statement { StageItem, StageFile, AddCategory, Learn, InsertFile, UpdateFile, CountItems, Count };
    SqliteImportQuery *statement(Statement which);
    // The steps of storeFile() and forgetFile().
    std::optional<qint64> recordFile(const PreparedListing &file);
    std::optional<qint64> countItems(qint64 fileId, const PreparedListing &part);
    bool stage(qint64 fileId, bool fresh, bool forget);
    bool stageItems(qint64 fileId, const PreparedListing &file);
    bool addNames(Statement which, const QStringList &names);
    void resetStaging();
    // The steps of writeStaged(), in order.
    bool replaceSources(SqliteImportQuery &q, qint64 maxId, Written &written);
    bool queueAndRekey(SqliteImportQuery &q, qint64 maxId, Written &written);
    bool recountCategories(SqliteImportQuery &q, qint64 maxId);
    bool recountSchema11(SqliteImportQuery &q, const QString &readLinks);
    bool dropUnheldItems(SqliteImportQuery &q);
    bool dequeueCurrent(SqliteImportQuery &q);

    QSqlDatabase m_db;
    QString m_error;
    // Whether the cache has schema 11's tables (item_arrivals, the mirror of the
    // read marks, uncategorised_items); tests build older caches by import.
    bool m_current = true;
    std::optional<SqlTransaction> m_batch;
    SqliteIndexWriter m_index;
    // The connection's settings before beginImport() (SQLite's defaults).
    bool m_tuned = false;
    int m_cacheSize = -2000;
    qint64 m_mmapSize = 0;

    std::array<std::unique_ptr<SqliteImportQuery>, size_t(Statement::Count)> m_statements;
    // What is staged: items, files (by id).
    qint64 m_stagedItems = 0;
    QSet<qint64> m_stagedFiles;
    // The ordinal the next new file gets (asked once a batch).
    std::optional<qint64> m_nextOrdinal;
    // A file given in parts whose last part has not come: its id and path,
    // and the position its next item takes. Until it is whole, the items it
    // gave up (released) are not dropped.
    qint64 m_openFileId = 0;
    QString m_openPath;
    qint64 m_nextPosition = 1;
};
