#pragma once

#include "models/store/sourcecount.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class SqliteConnection;

// The listing files of the cache as the sources pane and the removal of files
// see them (SqliteStore's sourceCounts(), removedFiles() and the removal's
// own reads and writes): every statement about them, on the store's
// connection. A failed statement is left in the connection (SqliteStore turns
// it into a failure naming the cache).
class SqliteSources
{
public:
    explicit SqliteSources(const SqliteConnection &connection);

    // Every file with its shown (not hidden) and unread items, by path. Cheap
    // at a million items: a file's items are its kept count, the read and the
    // hidden ones are looked up from their own (smaller) sets; mirror: the
    // cache's mirror of the read marks may be used (ReadMirror). An item a
    // file holds twice counts twice, as the file's list (in its own order)
    // shows it twice.
    QList<SourceCount> counts(bool mirror) const;
    // The distinct items the files hold (as the cache names them); with
    // heldElsewhere only those another file holds too.
    qint64 itemsOfFiles(const QStringList &paths, bool heldElsewhere) const;

    // state.removed_files: what the person removed; a folder's import leaves
    // these files out.
    QStringList removedFiles() const;
    // Records paths as removed and forgets them as remembered sources (a file
    // remembered by itself), in the caller's transaction if one is open.
    bool recordRemoved(const QStringList &paths) const;
    // The files are removed no more (the person imported them by themselves).
    bool liftRemoved(const QStringList &paths) const;

private:
    // Whether the state database has the table (an older one, attached only
    // to read, may not).
    bool stateHas(const QString &table) const;
    // The (file_id, n) rows of sql, added up by file.
    void addPerFile(const QString &sql, QHash<qint64, qint64> &perFile) const;

    const SqliteConnection &m_connection;
};
