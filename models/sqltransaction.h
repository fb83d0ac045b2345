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
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};
