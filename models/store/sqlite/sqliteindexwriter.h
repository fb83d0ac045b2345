#pragma once

#include "models/store/importwriter.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// The search index pass of an import on SQLite (SqliteImportWriter): writes
// index_queue to the full-text index (items_fts) and the category sets, a
// chunk per transaction, and answers how many items wait in the queue.
class SqliteIndexWriter
{
public:
    // Failures leave their text in error (the import writer's).
    SqliteIndexWriter(QSqlDatabase db, QString &error);
    Q_DISABLE_COPY_MOVE(SqliteIndexWriter)

    // The scratch table a chunk is written through (made by the import writer).
    static QString scratchTableSql();

    // Whether the index entry a queued row (alias entry: its sort_key and
    // categories) describes is still right for its item (alias i).
    static QString entryIsCurrentSql(const QString &entry);

    // How many items wait in index_queue (the one place that asks; the
    // store's pendingIndexItems() may ask it too).
    static std::optional<qint64> queuedItems(const QSqlDatabase &db, QString &error);
    std::optional<qint64> queuedItems() { return queuedItems(m_db, m_error); }
    ImportWriter::Chunk writeChunk(ImportWriter::IndexPass pass, qint64 items);
    bool removeUnusedCategories();

private:
    // The statements of one chunk of a pass; the first picks the chunk.
    static QStringList removeStaleStatements(qint64 items);
    static QStringList addQueuedStatements(qint64 items);
    // Adds the words of the chunk's items (reindex) to the term list (search_terms).
    bool addTerms();

    QSqlDatabase m_db;
    QString &m_error;
};
