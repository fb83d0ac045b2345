#include "models/store/postgres/pgconnection.h"

#include "models/support/logging.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <memory>

#include <poll.h>

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

// A password tried on this thread only (setTrialPassword()): its address and the password.
thread_local std::pair<QString, QString> t_trial;

// What the server said about a password when a connection failed. Asked of
// libpq itself, not read from its words: libpq and the server translate their
// messages (LANG=sv_SE: "inget lösenord angivet").
enum class PasswordAnswer { None, Wanted, Refused };
constexpr int ProbeTimeoutSeconds = 10;

// A connection made again with libpq alone, with the same parameters (the
// password from PGPASSWORD, PGPASSFILE or the one given), only to ask it:
// PQconnectionNeedsPassword() (one was wanted and none found) and the SQLSTATE
// of the server's refusal (28P01 invalid_password: the one given was wrong).
PasswordAnswer askLibpq(const PgAddress &address, const QString &password)
{
    const QByteArray host = address.host.toUtf8();
    const QByteArray port = QByteArray::number(address.port);
    const QByteArray database = address.database.toUtf8();
    const QByteArray user = address.user.toUtf8();
    const QByteArray given = password.toUtf8();
    QList<const char *> keys{"host", "port", "dbname", "connect_timeout", "application_name"};
    const QByteArray timeout = QByteArray::number(ProbeTimeoutSeconds);
    QList<const char *> values{host.constData(), port.constData(), database.constData(), timeout.constData(),
                               "newsdesk"};
    if (!user.isEmpty()) {
        keys.append("user");
        values.append(user.constData());
    }
    if (!given.isEmpty()) {
        keys.append("password");
        values.append(given.constData());
    }
    keys.append(nullptr);
    values.append(nullptr);
    const std::unique_ptr<PGconn, decltype(&PQfinish)> conn(
            PQconnectStartParams(keys.constData(), values.constData(), 0), &PQfinish);
    if (!conn || PQstatus(conn.get()) == CONNECTION_BAD)
        return PasswordAnswer::None;
    // The server's refusal with its SQLSTATE in the message ("FATAL:  28P01").
    PQsetErrorVerbosity(conn.get(), PQERRORS_SQLSTATE);
    PostgresPollingStatusType polled = PGRES_POLLING_WRITING;
    while (polled != PGRES_POLLING_OK && polled != PGRES_POLLING_FAILED) {
        // What libpq waits for, at most connect_timeout (the socket may change between hosts).
        pollfd socket{PQsocket(conn.get()), short(polled == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        if (::poll(&socket, 1, ProbeTimeoutSeconds * 1000) <= 0)
            return PasswordAnswer::None;
        polled = PQconnectPoll(conn.get());
    }
    if (polled == PGRES_POLLING_OK)
        return PasswordAnswer::None;
    if (PQconnectionNeedsPassword(conn.get()))
        return PasswordAnswer::Wanted;
    const QString said = QString::fromUtf8(PQerrorMessage(conn.get()));
    static const QRegularExpression invalidPassword(u"\\b28P01\\b"_s);
    if (PQconnectionUsedPassword(conn.get()) && said.contains(invalidPassword))
        return PasswordAnswer::Refused;
    return PasswordAnswer::None;
}

// A server that asked for a password answers at once; one that did not
// answer took the connect timeout and is not asked a second time.
constexpr qint64 AskAgainWithinMillis = 5000;

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
    // Given in this process (the window's dialog): in memory only; set by connectDatabase().
    // A server that stops answering (its machine off, the network gone) ends a
    // read after about 10 s, not after the system's TCP timeout of many
    // minutes: keepalives and tcp_user_timeout (libpq 12). The window reads
    // on its own thread (docs/TEAM.md).
    m_db.setConnectOptions(u"connect_timeout=10;application_name=newsdesk;keepalives=1;keepalives_idle=5;"
                           u"keepalives_interval=2;keepalives_count=3;tcp_user_timeout=10000"_s);
    QElapsedTimer connecting;
    connecting.start();
    if (connectDatabase()) {
        m_open = true;
        return {};
    }
    const QString reason = m_db.lastError().databaseText().trimmed();
    const PasswordAnswer answer = connecting.elapsed() < AskAgainWithinMillis
            ? askLibpq(address, passwordFor(address))
            : PasswordAnswer::None;
    const QString error = answer == PasswordAnswer::Refused
            ? tr("Cannot connect to the shared archive %1: the server refused the password (a wrong password, or "
                 "one changed since). (%2)")
                      .arg(server(), reason)
            : tr("Cannot connect to the shared archive %1: %2").arg(server(), reason);
    qCWarning(lcStore).noquote() << error;
    close();
    return StoreResult<>::failure(error, answer == PasswordAnswer::None ? StoreFailure::Failed
                                                                        : StoreFailure::Password);
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
    // The password given last in this process (asked again after the server refused the one before).
    db.setPassword(passwordFor(m_address));
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

void PgConnection::setTrialPassword(const PgAddress &address, const QString &password)
{
    t_trial = password.isEmpty() ? std::pair<QString, QString>{} : std::pair{address.display(), password};
}

QString PgConnection::passwordFor(const PgAddress &address)
{
    if (!t_trial.first.isEmpty() && t_trial.first == address.display())
        return t_trial.second;
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

QString PgConnection::describe(const QSqlError &error, bool lost) const
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    if (text.isEmpty()) // (a statement on a connection just cut may fail with no words at all)
        text = tr("the server gave no reason");
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
    if (lost || isLostConnection(error)) {
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
    qCWarning(lcStore).noquote() << server() << sql << ':' << q.lastError().text();
    const bool lost = self->probeLost();
    m_error = describe(q.lastError(), lost);
    if (lost)
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
