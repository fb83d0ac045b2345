#include "models/store/sqlite/sqliteconnection.h"

#include "models/store/sqlite/cachefile.h"
#include "models/store/sqlite/searchfunctions.h"
#include "models/store/sqlite/sqliteerror.h"
#include "models/support/logging.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"newsdesk-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

constexpr int BusyTimeoutMs = 10000;

qint64 steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

// When a connection of this process last waited for a lock (steady ms).
std::atomic<qint64> lastLockWait{-1000000};

// SQLite's own busy timeout (the same waits, BusyTimeoutMs in all), which
// also says that a connection of this process waits (lockWaited()).
int waitForLock(void *, int count)
{
    lastLockWait.store(steadyMs(), std::memory_order_relaxed);
    static constexpr int delays[] = {1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100};
    static constexpr int totals[] = {0, 1, 3, 8, 18, 33, 53, 78, 103, 128, 178, 228};
    constexpr int known = int(std::size(delays));
    int delay = count < known ? delays[count] : delays[known - 1];
    const int prior = count < known ? totals[count] : totals[known - 1] + delay * (count - (known - 1));
    if (prior + delay > BusyTimeoutMs) {
        delay = BusyTimeoutMs - prior;
        if (delay <= 0)
            return 0;
    }
    QThread::msleep(ulong(delay));
    return 1;
}

} // namespace

bool SqliteConnection::lockWaitedWithin(qint64 ms)
{
    return steadyMs() - lastLockWait.load(std::memory_order_relaxed) <= ms;
}

void SqliteConnection::installBusyHandler(bool waits) const
{
    const QSqlDatabase db = database();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData()))
            sqlite3_busy_handler(connection, waits ? &waitForLock : nullptr, nullptr);
    }
}

SqliteConnection::WaitsForLocks::WaitsForLocks(const SqliteConnection &connection, bool waits)
    : m_connection(connection)
{
    m_connection.installBusyHandler(waits);
}

SqliteConnection::WaitsForLocks::~WaitsForLocks()
{
    m_connection.installBusyHandler(true);
}

SqliteConnection::SqliteConnection()
    : m_name(nextConnectionName())
{
}

SqliteConnection::~SqliteConnection()
{
    close();
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool SqliteConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && database().isOpen();
}

void SqliteConnection::close()
{
    if (QSqlDatabase::contains(m_name)) {
        {
            QSqlDatabase db = database();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    for (const QString &path : std::as_const(m_filesHeld))
        CacheFile::closedHere(path);
    m_filesHeld.clear();
}

void SqliteConnection::holdFile(const QString &path)
{
    CacheFile::openedHere(path);
    m_filesHeld.append(path);
}

QString SqliteConnection::open(const QString &path, bool readOnly)
{
    close();
    m_failure.clear();
    m_failureIsDamage = false;
    m_readOnly = readOnly;
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return tr("The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite).");

    const QFileInfo info(path);
    if (!readOnly && !QDir().mkpath(info.absolutePath()))
        return tr("Cannot create the folder %1 for the cache.").arg(info.absolutePath());
    if (readOnly && !info.exists())
        return tr("There is no cache %1 (import listing files first: newsdesk import).").arg(path);

    // Held (CacheFile::openedHere) before SQLite takes its locks on the file
    // and its -shm: another thread's look at them must not open and close
    // them meanwhile (closing any descriptor of a file drops this process's
    // locks on it). A file that is not there yet is held once made.
    const bool existed = info.exists();
    if (existed)
        holdFile(path);
    // The handle lives in this block, so a failed open can remove the
    // connection (isOpen() false, no "still in use" warning).
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        if (readOnly) {
            db.setDatabaseName(readOnlyName(path));
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        }
        if (!db.open())
            error = tr("Cannot open the cache %1: %2").arg(path, db.lastError().text());
        // The search rules in SQL, on every connection of the store.
        else if (const QString failed = SearchFunctions::install(db); !failed.isEmpty())
            error = tr("Cannot open the cache %1: %2").arg(path, failed);
        else
            installBusyHandler();
    }
    if (!error.isEmpty()) {
        close();
        return error;
    }
    if (!existed)
        holdFile(path);
    return {};
}

QString SqliteConnection::readOnlyName(const QString &path)
{
    // A read-only connection in WAL mode needs the -shm; where it cannot be
    // made, nobody can write the file either.
    const QFileInfo info(path);
    const bool unchanging = !QFileInfo(info.absolutePath()).isWritable() && !CacheFile::hasWalFiles(path);
    return QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded)
            + (unchanging ? u"?immutable=1"_s : u"?mode=ro"_s);
}

void SqliteConnection::applySettings() const
{
    static const QString settings[] = {
        u"PRAGMA journal_mode = WAL"_s,
        u"PRAGMA synchronous = NORMAL"_s,
        u"PRAGMA foreign_keys = OFF"_s,
        // Temporary tables and the sorts that outgrow the cache (an import's
        // staging, CREATE INDEX, a large ORDER BY) go to a temporary file,
        // not to the process's memory: its pages are the system's file cache.
        u"PRAGMA temp_store = FILE"_s,
        // 16 MB of pages per connection: the window holds three (GUI, reader, import).
        u"PRAGMA cache_size = -16384"_s,
    };
    QSqlQuery q(database());
    for (const QString &setting : settings) {
        if (!q.exec(setting))
            qCWarning(lcStore) << "cannot apply" << setting << "to" << database().databaseName() << ":"
                               << q.lastError().text();
    }
}

bool SqliteConnection::run(QSqlQuery &q, const QString &sql, const QVariantList &binds) const
{
    if (!q.prepare(sql))
        return check(q, false);
    return rerun(q, binds);
}

bool SqliteConnection::rerun(QSqlQuery &q, const QVariantList &binds) const
{
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(int(i), binds.at(i));
    return check(q, q.exec());
}

bool SqliteConnection::next(QSqlQuery &q) const
{
    if (q.next())
        return true;
    if (q.lastError().isValid())
        failed(u"reading a row"_s, &q);
    return false;
}

bool SqliteConnection::check(const QSqlQuery &q, bool ok) const
{
    return ok || failed(u"statement"_s, &q);
}

bool SqliteConnection::failed(const QString &what, const QSqlQuery *q) const
{
    const QSqlError error = q ? q->lastError() : database().lastError();
    QString text = error.text();
    if (text.isEmpty())
        text = tr("unknown database error");
    logFailure(database().databaseName(), what, text, q ? q->lastQuery() : QString());
    if (m_failure.isEmpty()) {
        m_failure = SqliteError::code(error) >= 0 ? SqliteError::describe(error, database().databaseName()) : text;
        m_failureIsDamage = isDamage(error);
    }
    return false;
}

bool SqliteConnection::isDamage(const QSqlError &error)
{
    const int code = SqliteError::code(error);
    return code == SqliteError::Corrupt || code == SqliteError::NotADatabase;
}

void SqliteConnection::logFailure(const QString &file, const QString &what, const QString &error, const QString &sql)
{
    qCWarning(lcStore).noquote() << what << "failed on" << file << ":" << error
                                 << (sql.isEmpty() ? QString() : u"in: "_s + sql.simplified());
}

QString SqliteConnection::takeFailure() const
{
    m_failureIsDamage = false;
    return std::exchange(m_failure, QString());
}
