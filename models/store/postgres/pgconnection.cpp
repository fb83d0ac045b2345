#include "models/store/postgres/pgconnection.h"

#include "models/support/logging.h"

#include <QAtomicInteger>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// The passwords people gave in this process (setPassword()), by address.
struct Passwords
{
    QMutex mutex;
    QHash<QString, QString> byAddress;
};

Passwords &passwords()
{
    static Passwords kept;
    return kept;
}

// libpq's and the server's words when a password is wanted (none found) or
// refused: the window then asks for one.
bool asksForPassword(const QString &error)
{
    return error.contains(u"no password supplied"_s) || error.contains(u"password authentication failed"_s);
}

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
    // Given in this process (the window's dialog): in memory only.
    if (const QString password = passwordFor(address); !password.isEmpty())
        m_db.setPassword(password);
    // A server that stops answering (its machine off, the network gone) ends a
    // read after about 10 s, not after the system's TCP timeout of many
    // minutes: keepalives and tcp_user_timeout (libpq 12). The window reads
    // on its own thread (docs/TEAM.md).
    m_db.setConnectOptions(u"connect_timeout=10;application_name=newsdesk;keepalives=1;keepalives_idle=5;"
                           u"keepalives_interval=2;keepalives_count=3;tcp_user_timeout=10000"_s);
    if (connectDatabase()) {
        m_open = true;
        return {};
    }
    const QString reason = m_db.lastError().databaseText().trimmed();
    const QString error = tr("Cannot connect to the shared archive %1: %2").arg(server(), reason);
    qCWarning(lcStore).noquote() << error;
    close();
    return StoreResult<>::failure(error, asksForPassword(reason) ? StoreFailure::Password : StoreFailure::Failed);
}

bool PgConnection::connectDatabase()
{
    // The server's notices ("... already exists, skipping") are not for the
    // person's terminal: only warnings and errors reach libpq. No JIT: the
    // statements are short, and compiling took ~20 ms of each of the import's
    // (whose row estimates for a temporary table are far too high).
    // The person (newsdesk_person(), schema 3): set for the whole session.
    QSqlDatabase db = m_db; // (the same connection: a handle)
    if (db.isOpen())
        db.close(); // (a lost one: its LISTEN goes with it)
    if (!db.open())
        return false;
    QSqlQuery q(db);
    if (!q.exec(u"SET client_min_messages TO warning"_s)
        || !q.exec(u"SET lock_timeout = '%1s'"_s.arg(LockTimeoutSeconds))
        || !q.exec(u"SET idle_in_transaction_session_timeout = '%1s'"_s.arg(IdleInTransactionSeconds))
        || !q.exec(u"SET jit = off"_s) || !q.prepare(u"SELECT set_config('newsdesk.person', ?, false)"_s))
        return false;
    q.addBindValue(m_address.person);
    if (!q.exec())
        return false;
    m_lost = false;
    m_inTransaction = false;
    // Listening again is a wish, not a condition of the connection: where the
    // server refuses LISTEN (a read replica) the window's poll notices imports.
    if (!m_channel.isEmpty())
        subscribe();
    return true;
}

void PgConnection::setPassword(const PgAddress &address, const QString &password)
{
    Passwords &kept = passwords();
    const QMutexLocker lock(&kept.mutex);
    if (password.isEmpty())
        kept.byAddress.remove(address.display());
    else
        kept.byAddress.insert(address.display(), password);
}

QString PgConnection::passwordFor(const PgAddress &address)
{
    Passwords &kept = passwords();
    const QMutexLocker lock(&kept.mutex);
    return kept.byAddress.value(address.display());
}

bool PgConnection::listen(const QString &channel, std::function<void()> notified)
{
    m_channel = channel;
    m_notified = std::move(notified);
    QSqlDriver *driver = m_db.driver();
    if (!driver)
        return false;
    if (!m_connectedNotification) {
        // The driver lives as long as the connection, and notifies on its thread.
        QObject::connect(driver, &QSqlDriver::notification, driver,
                         [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &) {
                             if (name == m_channel && m_notified)
                                 m_notified();
                         });
        m_connectedNotification = true;
    }
    if (subscribe())
        return true;
    m_channel.clear(); // (not asked again on every reconnect)
    return false;
}

bool PgConnection::subscribe()
{
    QSqlDriver *driver = m_db.driver();
    if (driver->subscribedToNotifications().contains(m_channel))
        return true;
    if (driver->subscribeToNotification(m_channel))
        return true;
    m_error = describe(driver->lastError());
    qCWarning(lcStore).noquote() << server() << "LISTEN" << m_channel << ':' << driver->lastError().text();
    return false;
}

void PgConnection::close()
{
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
    m_open = false;
    m_lost = false;
    m_inTransaction = false;
    m_connectedNotification = false;
}

bool PgConnection::isOpen() const
{
    return m_open;
}

bool PgConnection::probeLost()
{
    // Outside a transaction "SELECT 1" fails only on a connection that is gone.
    if (m_inTransaction || QSqlQuery(m_db).exec(u"SELECT 1"_s))
        return false;
    m_lost = true;
    return true;
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
    auto *self = const_cast<PgConnection *>(this); // (a reconnection is no change a reader sees)
    if (m_lost && !m_inTransaction) {
        qCInfo(lcStore).noquote() << "connecting again to" << server();
        if (!self->connectDatabase()) {
            m_error = tr("The connection to the shared archive %1 is lost, and connecting again failed: %2")
                              .arg(server(), m_db.lastError().databaseText().trimmed());
            qCWarning(lcStore).noquote() << m_error;
            return false;
        }
    }
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
    if (self->probeLost())
        m_error += u' ' + tr("newsdesk connects again at the next read.");
    return false;
}

bool PgConnection::begin() const
{
    QSqlQuery q(m_db);
    if (!exec(q, u"BEGIN"_s))
        return false;
    m_inTransaction = true;
    return true;
}

bool PgConnection::commit() const
{
    QSqlQuery q(m_db);
    if (exec(q, u"COMMIT"_s)) {
        m_inTransaction = false;
        return true;
    }
    rollback();
    return false;
}

void PgConnection::rollback() const
{
    m_inTransaction = false;
    QSqlQuery q(m_db);
    if (q.exec(u"ROLLBACK"_s))
        return;
    qCWarning(lcStore).noquote() << server() << "ROLLBACK:" << q.lastError().text();
    // A ROLLBACK fails only on a connection that is gone.
    m_lost = true;
}
