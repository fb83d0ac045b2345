#pragma once

#include <QSqlDatabase>
#include <QString>

// A transaction on one connection that rolls back unless committed: an error
// or an early return never leaves half a change behind (KDToolBox's
// KDSqlDatabaseTransaction is the model). Movable, so an owner may hold one in
// a std::optional or hand it on; a moved-from transaction does nothing.
// A failed begin, commit or rollback is logged (newsdesk.store) and its error
// kept in errorString() for the caller.
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
    QString errorString() const { return m_error; }

private:
    void failed(const char *what);

    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};
