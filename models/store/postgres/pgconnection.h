#pragma once

#include "models/store/postgres/pgaddress.h"
#include "models/store/storeresult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

class QSqlError;
class QSqlQuery;

// One connection to a shared archive through Qt's QPSQL driver, opened in
// the thread that uses it under a name of its own and removed when it goes.
// Every statement goes through exec(): a failure is logged (newsdesk.store)
// with the statement and the server's error, and error() says it in a
// sentence that names the server.
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)

public:
    PgConnection() = default;
    ~PgConnection();
    Q_DISABLE_COPY_MOVE(PgConnection)

    // Whether Qt's QPSQL driver is installed (Debian: libqt6sql6-psql).
    static bool isAvailable();

    // Connects (the password from PGPASSWORD or ~/.pgpass, through libpq).
    StoreResult<> open(const PgAddress &address);
    void close();
    bool isOpen() const;
    QSqlDatabase database() const { return m_db; }
    // The archive's address, as messages name it.
    QString server() const { return m_address.display(); }

    // Runs sql with values bound in order (? placeholders).
    bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values = {}) const;
    bool begin() const;
    bool commit() const;
    void rollback() const;
    // Why the last statement failed, naming the server.
    QString error() const { return m_error; }
    QString describe(const QSqlError &error) const;

private:
    PgAddress m_address;
    QSqlDatabase m_db;
    QString m_name;
    mutable QString m_error;
};
