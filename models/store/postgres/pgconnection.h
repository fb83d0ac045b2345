#pragma once

#include "models/store/postgres/pgaddress.h"
#include "models/store/storeresult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>

class QSqlError;
class QSqlQuery;

// One connection to a shared archive through Qt's QPSQL driver, opened in
// the thread that uses it under a name of its own and removed when it goes.
// Every statement goes through exec(): a failure is logged (newsdesk.store)
// with the statement and the server's error, and error() says it in a
// sentence that names the server.
//
// A connection the server lost (the backend terminated, the server
// restarted) is noticed when a statement fails outside a transaction (a
// "SELECT 1" fails too): that statement fails with a sentence saying so, and
// the next statement connects again first (lost(), reconnect()); what listen()
// asked for is asked again then.
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)

public:
    PgConnection() = default;
    ~PgConnection();
    Q_DISABLE_COPY_MOVE(PgConnection)

    // Whether Qt's QPSQL driver is installed (Debian: libqt6sql6-psql).
    static bool isAvailable();

    // The channel a commit that changed the items notifies (NOTIFY): the
    // importer's, once per file (PgImportWriter); listen() hears it.
    static constexpr const char16_t *ChangesChannel = u"newsdesk_items";

    // Connects (the password from PGPASSWORD or ~/.pgpass, through libpq, or
    // the one given to setPassword() for this address). A server that asks
    // for a password none of them gave: StoreFailure::Password.
    StoreResult<> open(const PgAddress &address);
    void close();
    // Opened and not closed, also while the server is lost (the next
    // statement connects again).
    bool isOpen() const;
    // Whether the last statement found the connection lost.
    bool lost() const { return m_lost; }
    // A password for every connection of this process to address (by its
    // display()), kept in memory only, never written; empty forgets it.
    static void setPassword(const PgAddress &address, const QString &password);
    // A password for this thread's connections to address only, ahead of
    // setPassword()'s (a trial: the others keep theirs until it worked);
    // empty ends it.
    static void setTrialPassword(const PgAddress &address, const QString &password);
    // Calls notified (on the thread of this connection, which needs an event
    // loop) whenever a commit notifies channel (LISTEN); false with error()
    // when the server refused. Again after a reconnection.
    bool listen(const QString &channel, std::function<void()> notified);
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
    // lost: the connection is known to be gone (whatever error says).
    QString describe(const QSqlError &error, bool lost = false) const;

private:
    // Connects m_db, sets the session up, listens again.
    bool connectDatabase();
    bool subscribe();
    // After a failed statement outside a transaction: whether the server is gone.
    bool probeLost();
    static QString passwordFor(const PgAddress &address);

    PgAddress m_address;
    QSqlDatabase m_db;
    QString m_name;
    mutable QString m_error;
    bool m_open = false;
    mutable bool m_lost = false;
    mutable bool m_inTransaction = false;
    QString m_channel;
    std::function<void()> m_notified;
    bool m_connectedNotification = false;
};
