#include "models/store/sqltransaction.h"

#include "models/support/logging.h"

#include <QSqlError>

#include <utility>

SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        failed("begin");
}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

SqlTransaction::SqlTransaction(SqlTransaction &&other) noexcept
    : m_db(std::move(other.m_db)),
      m_active(std::exchange(other.m_active, false)),
      m_error(std::move(other.m_error))
{
}

SqlTransaction &SqlTransaction::operator=(SqlTransaction &&other) noexcept
{
    if (this != &other) {
        rollback();
        m_db = std::move(other.m_db);
        m_active = std::exchange(other.m_active, false);
        m_error = std::move(other.m_error);
    }
    return *this;
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    if (m_db.commit()) {
        m_active = false;
        return true;
    }
    failed("commit");
    const QString error = m_error;
    rollback();
    m_error = error; // the commit's error is the cause
    return false;
}

bool SqlTransaction::rollback()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.rollback())
        return true;
    failed("roll back");
    return false;
}

void SqlTransaction::failed(const char *what)
{
    m_error = m_db.lastError().text();
    qCWarning(lcStore) << "cannot" << what << "a transaction on" << m_db.connectionName() << ':' << m_error;
}
