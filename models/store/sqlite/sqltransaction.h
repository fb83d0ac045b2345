#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// A write transaction on one connection that rolls back unless committed: an
// error or an early return never leaves half a change behind (KDToolBox's
// KDSqlDatabaseTransaction is the model). Movable, so an owner may hold one in
// a std::optional or hand it on; a moved-from transaction does nothing.
//
// It begins IMMEDIATE: the write lock is taken at the start, waiting through
// the connection's busy timeout while another connection writes.
// (QSqlDatabase::transaction() says a deferred BEGIN, which takes the lock at
// the first write; in WAL mode a transaction that has read by then cannot wait
// for it, and fails at once with "database is locked".)
//
// A failed begin, commit or rollback is logged (newsdesk.store) and its error
// kept in lastError() for the caller (the database's error code with it: the
// driver's commit() would drop it).
class [[nodiscard]] SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();
    SqlTransaction(SqlTransaction &&other) noexcept;
    SqlTransaction &operator=(SqlTransaction &&other) noexcept;
    Q_DISABLE_COPY(SqlTransaction)

    // Whether the transaction began and is neither committed nor rolled back.
    bool isActive() const { return m_active; }
    // Commits; a commit that fails rolls the transaction back and returns false.
    [[nodiscard]] bool commit();
    // Undoes the transaction now (the destructor would).
    bool rollback();
    // Why the last begin, commit or rollback failed; empty when none did.
    QString errorString() const { return m_error.text(); }
    QSqlError lastError() const { return m_error; }

private:
    bool run(const char *statement);
    void failed(const char *what, const QSqlError &error);

    QSqlDatabase m_db;
    bool m_active = false;
    QSqlError m_error;
};
