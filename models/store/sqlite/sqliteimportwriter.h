#pragma once

#include "models/store/importwriter.h"
#include "models/store/sqlite/sqliteindexwriter.h"
#include "models/store/sqlite/sqltransaction.h"

#include <QSqlDatabase>

#include <optional>

class SqliteImportQuery;

// The import side of the SQLite cache: every statement an import runs, on the
// store's connection. Files go through temp tables (staging, affected, delta)
// so each file is a few set-wise statements; the search index is written by
// SqliteIndexWriter.
class SqliteImportWriter final : public ImportWriter
{
public:
    explicit SqliteImportWriter(QSqlDatabase db);
    ~SqliteImportWriter() override;

    // The index that sorts items by title, as schema 1 creates it
    // (sql/001_initial.sql, read from there), if it does not exist.
    static QString titleIndexSql();

    bool beginImport() override;
    std::optional<QList<std::pair<qint64, QString>>> storedFiles() override;
    std::optional<QHash<QString, KnownFile>> knownFiles() override;
    std::optional<QStringList> vocabulary() override;

    bool beginBatch() override;
    bool isBatchOpen() const override { return m_batch.has_value(); }
    bool commitBatch() override;
    void rollbackBatch() override;

    std::optional<Written> storeFile(const PreparedListing &file) override;
    std::optional<Written> forgetFile(qint64 fileId, const QString &path) override;
    bool touchFile(const PreparedListing &file) override;

    bool dropTitleIndex() override;
    bool createTitleIndex() override;

    std::optional<qint64> queuedIndexItems() override;
    Chunk writeIndexChunk(IndexPass pass, qint64 items) override;
    bool removeUnusedCategories() override;

    QString errorString() const override { return m_error; }

private:
    bool prepareTempTables();
    void tune();
    void restoreTuning();

    // The steps of storeFile() and forgetFile(), in order.
    std::optional<Written> write(const PreparedListing &file, bool forget);
    bool stage(SqliteImportQuery &q, const PreparedListing &file);
    std::optional<qint64> recordFile(SqliteImportQuery &q, const PreparedListing &file);
    bool linkSources(SqliteImportQuery &q, qint64 fileId, qint64 maxId, Written &written);
    bool recountCategories(SqliteImportQuery &q, qint64 maxId);
    bool dropUnheldItems(SqliteImportQuery &q, qint64 maxId);
    bool learn(SqliteImportQuery &q, const QStringList &names);

    QSqlDatabase m_db;
    QString m_error;
    std::optional<SqlTransaction> m_batch;
    SqliteIndexWriter m_index;
    // The connection's settings before beginImport() (SQLite's defaults).
    bool m_tuned = false;
    int m_cacheSize = -2000;
    qint64 m_mmapSize = 0;
};
