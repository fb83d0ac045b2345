#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// A savepoint inside the connection's transaction: rolled back on destruction
// unless released, so a failing part undoes only itself.
class SqlSavepoint
{
public:
    SqlSavepoint(QSqlDatabase db, QString name)
        : m_db(std::move(db)), m_name(std::move(name))
    {
        QSqlQuery q(m_db);
        m_active = q.exec(QStringLiteral("SAVEPOINT ") + m_name);
    }
    ~SqlSavepoint()
    {
        if (!m_active)
            return;
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK TO ") + m_name);
        q.exec(QStringLiteral("RELEASE ") + m_name);
    }
    Q_DISABLE_COPY_MOVE(SqlSavepoint)

    bool isActive() const { return m_active; }
    bool release()
    {
        if (!m_active)
            return false;
        m_active = false;
        QSqlQuery q(m_db);
        return q.exec(QStringLiteral("RELEASE ") + m_name);
    }

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
};
