#include "models/store/postgres/pgconnection.h"

#include "models/support/logging.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// How long a statement waits for a lock another connection holds before it
// fails saying the archive is busy (another desktop's import of the same items
// waits for that batch: a second or so, but a large file is one batch, ~2
// minutes for 256 MB); and how long the server keeps a session that left a
// transaction open and went quiet (a program stopped in a debugger, a
// suspended laptop) before it ends it and undoes the transaction.
constexpr int LockTimeoutSeconds = 300;
constexpr int IdleInTransactionSeconds = 600;

bool isLostConnection(const QSqlError &error)
{
    // SQLSTATE classes 08 (connection exception), 57P01-57P03 (the server or an
    // administrator ended the session) and 25P03 (idle in transaction too long);
    // libpq's own words when the answer never came.
    const QString code = error.nativeErrorCode();
    if (code.startsWith(u"08"_s) || code == u"57P01"_s || code == u"57P02"_s || code == u"57P03"_s
        || code == u"25P03"_s || error.type() == QSqlError::ConnectionError)
        return true;
    const QString text = error.databaseText() + error.driverText();
    return text.contains(u"server closed the connection"_s) || text.contains(u"no connection to the server"_s)
            || text.contains(u"terminating connection"_s) || text.contains(u"could not receive data"_s)
            || text.contains(u"could not send data"_s) || text.contains(u"connection to server was lost"_s);
}

} // namespace

PgConnection::~PgConnection()
{
    close();
}

bool PgConnection::isAvailable()
{
    return QSqlDatabase::isDriverAvailable(u"QPSQL"_s);
}

StoreResult<> PgConnection::open(const PgAddress &address)
{
    close();
    m_address = address;
    if (!isAvailable()) {
        const QString error = tr("Cannot open the shared archive %1: Qt's PostgreSQL driver (QPSQL) is not "
                                 "installed (Debian: libqt6sql6-psql).")
                                      .arg(server());
        qCWarning(lcStore).noquote() << error;
        return StoreResult<>::failure(error);
    }
    static QAtomicInteger<quint64> counter;
    m_name = u"newsdesk-pg-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
    m_db.setHostName(address.host);
    m_db.setPort(address.port);
    m_db.setDatabaseName(address.database);
    if (!address.user.isEmpty())
        m_db.setUserName(address.user);
    m_db.setConnectOptions(u"connect_timeout=10;application_name=newsdesk"_s);
    // The server's notices ("... already exists, skipping") are not for the
    // person's terminal: only warnings and errors reach libpq. No JIT: the
    // statements are short, and compiling took ~20 ms of each of the import's
    // (whose row estimates for a temporary table are far too high).
    // The person (newsdesk_person(), schema 3): set for the whole session.
    QSqlQuery q(m_db);
    if (m_db.open() && q.exec(u"SET client_min_messages TO warning"_s)
        && q.exec(u"SET lock_timeout = '%1s'"_s.arg(LockTimeoutSeconds))
        && q.exec(u"SET idle_in_transaction_session_timeout = '%1s'"_s.arg(IdleInTransactionSeconds))
        && q.exec(u"SET jit = off"_s) && q.prepare(u"SELECT set_config('newsdesk.person', ?, false)"_s)) {
        q.addBindValue(address.person);
        if (q.exec())
            return {};
    }
    const QString error = tr("Cannot connect to the shared archive %1: %2")
                                  .arg(server(), m_db.lastError().databaseText().trimmed());
    qCWarning(lcStore).noquote() << error;
    close();
    return StoreResult<>::failure(error);
}

void PgConnection::close()
{
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

bool PgConnection::isOpen() const
{
    return m_db.isOpen();
}

QString PgConnection::describe(const QSqlError &error) const
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text();
    // insufficient_privilege: the role may read but not write this part.
    if (error.nativeErrorCode() == u"42501"_s)
        return tr("The shared archive %1 refused: your role may not do this (%2). The archive's owner grants the "
                  "rights (docs/TEAM.md, \u201cRoles and rights\u201d).")
                .arg(server(), text);
    // read_only_sql_transaction: a read replica (hot standby), or a database
    // set read-only: it lists, searches and exports, but keeps no marks.
    if (error.nativeErrorCode() == u"25006"_s)
        return tr("The shared archive %1 may only be read here (a read replica, or set read-only): marks, labels, "
                  "notes and imports go to the main server (docs/TEAM.md, \u201cGrowing\u201d). (%2)")
                .arg(server(), text.simplified());
    if (error.nativeErrorCode() == u"55P03"_s) { // lock_not_available: lock_timeout ran out
        return tr("The shared archive %1 is busy: this waited %2 seconds for another person's import or change "
                  "of the same items, and nothing of it was kept. Try again in a moment. (%3)")
                .arg(server())
                .arg(LockTimeoutSeconds)
                .arg(text.simplified());
    }
    if (isLostConnection(error)) {
        return tr("The connection to the shared archive %1 was lost; what was not finished was not kept "
                  "(the server undoes it). (%2)")
                .arg(server(), text.simplified());
    }
    return tr("The shared archive %1 failed: %2").arg(server(), text);
}

bool PgConnection::exec(QSqlQuery &q, const QString &sql, const QVariantList &values) const
{
    // (PostgreSQL prepares no transaction control or DDL: those run as they are.)
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        ok = ok && q.exec();
    }
    if (ok)
        return true;
    m_error = describe(q.lastError());
    qCWarning(lcStore).noquote() << server() << sql << ':' << q.lastError().text();
    return false;
}

bool PgConnection::begin() const
{
    QSqlQuery q(m_db);
    return exec(q, u"BEGIN"_s);
}

bool PgConnection::commit() const
{
    QSqlQuery q(m_db);
    if (exec(q, u"COMMIT"_s))
        return true;
    rollback();
    return false;
}

void PgConnection::rollback() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"ROLLBACK"_s))
        qCWarning(lcStore).noquote() << server() << "ROLLBACK:" << q.lastError().text();
}
