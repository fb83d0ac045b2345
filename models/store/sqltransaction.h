#pragma once

#include <QSqlDatabase>

// Begins a transaction and rolls it back on destruction unless commit() was
// called: an error or an early return never leaves half a change behind.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db)
        : m_db(std::move(db)), m_active(m_db.transaction())
    {
    }
    ~SqlTransaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Q_DISABLE_COPY_MOVE(SqlTransaction)

    bool isActive() const { return m_active; }
    // A failed commit leaves the transaction to the destructor's rollback.
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = !m_db.commit();
        return !m_active;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};
