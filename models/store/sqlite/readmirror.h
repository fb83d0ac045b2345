#pragma once

#include <QString>

class SqliteConnection;

// The cache's mirror of the read marks (schema 11). The marks themselves are
// the person's and live in the state database (state.item_state, by item
// key); the mirror is cache, like everything in the cache: read_items (the
// ids of the items marked read) and categories.read_count (how many of a
// category's items are), so that unread counts are kept counts and the unread
// filter never looks a key up in the other file.
//
// It is written in the same transaction as the marks (SqliteStore's mark
// writes), filled for new items by the import (SqliteImportWriter) and built
// again from the state database whenever it cannot be trusted. A transaction
// across the two attached WAL databases is not atomic (a crash may commit one
// file and not the other), and another program may write the state database
// alone: its triggers advance state.marks_generation on every change of a read
// mark, whoever makes it, and the mirror is trusted only while
// read_mirror.generation is that number (isTrusted(): one cheap read).
class ReadMirror
{
public:
    explicit ReadMirror(const SqliteConnection &connection);

    // Whether the state database of this connection has the generation
    // (schema 3; a read-only connection may see an older one), and the cache
    // the mirror (cacheHasMirror: schema 11): checked once, without logging,
    // at open. The mirror is available when both have.
    bool detect(bool cacheHasMirror);
    bool isAvailable() const { return m_available; }
    bool stateIsCurrent() const { return m_stateCurrent; }
    // Whether the mirror matches the state database now.
    bool isTrusted() const;
    // Builds the mirror again from the state database, in the caller's write transaction.
    bool rebuild() const;
    // isTrusted(), else rebuild() in a write transaction of its own (which
    // looks again: another connection may have built it meanwhile). A
    // connection that may only read never writes: false when untrusted.
    bool ensure() const;
    // The items in temp.mark_changed had their read mark set to on: the mirror
    // follows, and matches the state database again (stamp()). In the
    // caller's transaction.
    bool applyChange(bool on) const;
    // The mirror matches the state database as it is in this transaction.
    bool stamp() const;

    // SQL: whether the item i (of `items i`) is read, through the mirror or
    // through the state database.
    static QString isReadSql(bool mirror);
    static QString isUnreadSql(bool mirror);

private:
    const SqliteConnection &m_connection;
    bool m_available = false;
    bool m_stateCurrent = false;
};
