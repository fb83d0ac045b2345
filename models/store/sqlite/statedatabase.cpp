#include "models/store/sqlite/statedatabase.h"

#include "models/store/sqlite/cachefile.h"
#include "models/store/sqlite/cacheusers.h"
#include "models/store/sqlite/sqliteconnection.h"
#include "models/support/logging.h"

#include <QAtomicInt>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// A connection to the state database alone, for prepare(): removed when it goes.
class StateConnection
{
public:
    explicit StateConnection(const QString &path)
    {
        static QAtomicInt counter;
        m_name = u"newsdesk-state-%1"_s.arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError();
    }
    ~StateConnection()
    {
        {
            QSqlDatabase db = database();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(StateConnection)

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    bool isOpen() const { return m_open; }
    QSqlError openError() const { return m_error; }

private:
    QString m_name;
    bool m_open = false;
    QSqlError m_error;
};

QString backupPrefix(const QString &cachePath)
{
    return QFileInfo(cachePath).completeBaseName() + u".state.backup-"_s;
}

} // namespace

QString StateDatabase::todaysBackup(const QString &cachePath)
{
    return QFileInfo(cachePath).dir().filePath(backupPrefix(cachePath) + QDate::currentDate().toString(u"yyyyMMdd"_s)
                                               + u".sqlite"_s);
}

QString StateDatabase::pathFor(const QString &cachePath)
{
    const QFileInfo info(cachePath);
    return info.dir().filePath(info.completeBaseName() + u".state.sqlite"_s);
}

QStringList StateDatabase::backups(const QString &cachePath)
{
    const QDir dir = QFileInfo(cachePath).dir();
    QStringList found;
    for (const QString &name : dir.entryList({backupPrefix(cachePath) + u"*.sqlite"_s}, QDir::Files, QDir::Name))
        found.prepend(dir.filePath(name)); // yyyyMMdd: by name is by date
    return found;
}

StoreResult<QStringList> StateDatabase::prepare(const QString &cachePath)
{
    const QString statePath = pathFor(cachePath);
    // Once per program, file and day, unless someone else changed the file
    // or removed the day's backup: the window opens three connections (list,
    // worker, import), and each would check and back up the same file again.
    static QMutex mutex;
    static QSet<QString> prepared;
    const QMutexLocker locker(&mutex);
    const auto key = [&] {
        const QFileInfo info(statePath);
        return u"%1|%2|%3|%4"_s.arg(info.absoluteFilePath(), QDate::currentDate().toString(Qt::ISODate))
                .arg(info.lastModified().toMSecsSinceEpoch())
                .arg(info.size());
    };
    if (prepared.contains(key()) && QFileInfo::exists(todaysBackup(cachePath)))
        return QStringList();
    StoreResult<QStringList> result = prepareLocked(cachePath);
    if (result.ok())
        prepared.insert(key());
    return result;
}

StoreResult<QStringList> StateDatabase::prepareLocked(const QString &cachePath)
{
    const QString statePath = pathFor(cachePath);
    // One connection at a time checks, restores and backs up (the window
    // opens two at once; a second program may open a third).
    QLockFile lock(statePath + u".lock"_s);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(30000)) {
        return StoreResult<QStringList>::failure(
                tr("Cannot open the state database %1: another newsdesk holds its lock (%2).")
                        .arg(statePath, lock.fileName()));
    }
    if (const CacheFile::Check file = CacheFile::inspect(statePath, true); !file.ok())
        return restore(cachePath, file.error);
    return check(statePath, cachePath);
}

StoreResult<QStringList> StateDatabase::check(const QString &statePath, const QString &cachePath)
{
    bool damaged = false;
    QString error;
    {
        StateConnection connection(statePath);
        if (!connection.isOpen()) {
            error = connection.openError().text();
            damaged = SqliteConnection::isDamage(connection.openError());
        } else {
            QSqlQuery q(connection.database());
            if (!q.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !q.next()) {
                error = q.lastError().text();
                damaged = SqliteConnection::isDamage(q.lastError());
            } else {
                q.finish(); // VACUUM INTO needs no statement in progress
                error = migrate(connection.database(), statePath);
                if (error.isEmpty())
                    error = backUp(connection.database(), cachePath, damaged);
            }
        }
    }
    if (damaged)
        return restore(cachePath, tr("The state database %1 is damaged: %2").arg(statePath, error));
    if (!error.isEmpty())
        return StoreResult<QStringList>::failure(error);
    return QStringList();
}

QString StateDatabase::migrate(QSqlDatabase db, const QString &statePath)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return tr("Cannot read the state database %1: %2").arg(statePath, q.lastError().text());
    const int version = q.value(0).toInt();
    if (version > Version) {
        return tr("The state database %1 was written by a newer newsdesk (schema %2; this program knows up to %3).")
                .arg(statePath).arg(version).arg(Version);
    }
    q.finish();
    if (version == Version)
        return {};
    QFile file(u":/newsdesk/sql/state_001_initial.sql"_s);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Internal error: the schema of the state database is missing.");
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s))
        qCWarning(lcStore) << "cannot use WAL for" << statePath << q.lastError().text();
    const auto failed = [&] {
        SqliteConnection::logFailure(statePath, u"state schema"_s, q.lastError().text(), q.lastQuery());
        db.rollback();
        return tr("Cannot create the state database %1: %2").arg(statePath, q.lastError().text());
    };
    if (!db.transaction())
        return tr("Cannot create the state database %1: %2").arg(statePath, db.lastError().text());
    for (const QString &statement : QString::fromUtf8(file.readAll()).split(u";\n"_s, Qt::SkipEmptyParts)) {
        QString sql;
        for (const QString &line : statement.split(u'\n')) {
            if (!line.trimmed().startsWith(u"--"_s))
                sql += line + u'\n';
        }
        if (!sql.trimmed().isEmpty() && !q.exec(sql))
            return failed();
    }
    if (!q.exec(u"PRAGMA user_version = %1"_s.arg(Version)))
        return failed();
    if (!db.commit())
        return tr("Cannot create the state database %1: %2").arg(statePath, db.lastError().text());
    return {};
}

QString StateDatabase::backUp(QSqlDatabase db, const QString &cachePath, bool &damaged)
{
    const QString today = todaysBackup(cachePath);
    if (QFileInfo::exists(today))
        return {};
    // VACUUM INTO reads every page: a damaged state database is found here
    // at the latest, and is not copied over a good backup.
    QSqlQuery q(db);
    if (!q.prepare(u"VACUUM INTO ?"_s)) {
        damaged = SqliteConnection::isDamage(q.lastError());
        return q.lastError().text();
    }
    q.addBindValue(today);
    if (!q.exec()) {
        SqliteConnection::logFailure(pathFor(cachePath), u"backup"_s, q.lastError().text(), q.lastQuery());
        damaged = SqliteConnection::isDamage(q.lastError());
        QFile::remove(today);
        qCWarning(lcStore) << "cannot back up" << pathFor(cachePath) << ":" << q.lastError().text();
        // A backup that failed for another reason (a full disk) is tried
        // again next time; the state database itself is fine.
        return damaged ? q.lastError().text() : QString();
    }
    const QStringList all = backups(cachePath);
    for (qsizetype i = KeepBackups; i < all.size(); ++i)
        QFile::remove(all.at(i));
    qCDebug(lcStore) << "state database backed up to" << today;
    return {};
}

StoreResult<QStringList> StateDatabase::restore(const QString &cachePath, const QString &why)
{
    const QString statePath = pathFor(cachePath);
    qCWarning(lcStore).noquote() << why;
    QString error;
    QString aside;
    QString restored;
    // Never under another newsdesk that has it attached (CacheUsers).
    const bool alone = CacheUsers::whileAlone(cachePath, [&] {
        aside = CacheFile::setAside(statePath, error);
        if (aside.isEmpty())
            return;
        for (const QString &backup : backups(cachePath)) {
            if (CacheFile::inspect(backup, true).ok() && QFile::copy(backup, statePath)) {
                restored = backup;
                return;
            }
        }
    });
    if (!alone) {
        return StoreResult<QStringList>::failure(
                why + u' '
                        + tr("Another newsdesk (a window or a command) has it open: it is restored from its backup "
                             "the next time newsdesk opens the cache after that one has closed it."));
    }
    if (aside.isEmpty())
        return StoreResult<QStringList>::failure(why + u' ' + error, StoreFailure::Damaged);
    if (!restored.isEmpty()) {
        const QString date = QLocale().toString(
                QDate::fromString(restored.right(15).left(8), u"yyyyMMdd"_s), QLocale::ShortFormat);
        return QStringList{tr("%1 It was set aside as %2, and your read and starred marks were restored from "
                              "the backup of %3 (%4): marks set since then are lost.")
                                   .arg(why, aside, date, restored)};
    }
    return QStringList{tr("%1 It was set aside as %2. There was no backup of it: your read and starred marks "
                          "start anew.")
                               .arg(why, aside)};
}

QString StateDatabase::attach(QSqlDatabase db, const QString &cachePath, bool readOnly)
{
    const QString statePath = pathFor(cachePath);
    QSqlQuery q(db);
    if (readOnly && !QFileInfo::exists(statePath)) {
        // Nothing marked yet: the reads find an empty table.
        if (q.exec(u"CREATE TEMP TABLE item_state(key BLOB PRIMARY KEY, read INTEGER NOT NULL DEFAULT 0, "
                   u"starred INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"_s))
            return {};
        return tr("Cannot read the state database %1: %2").arg(statePath, q.lastError().text());
    }
    QString name = statePath;
    if (readOnly) {
        const bool unchanging = !CacheFile::isWritable(statePath) && !CacheFile::hasWalFiles(statePath);
        name = QUrl::fromLocalFile(QFileInfo(statePath).absoluteFilePath()).toString(QUrl::FullyEncoded)
                + (unchanging ? u"?immutable=1"_s : u"?mode=ro"_s);
    }
    if (!q.prepare(u"ATTACH DATABASE ? AS state"_s))
        return tr("Cannot open the state database %1: %2").arg(statePath, q.lastError().text());
    q.addBindValue(name);
    if (!q.exec()) {
        SqliteConnection::logFailure(statePath, u"attach"_s, q.lastError().text(), q.lastQuery());
        return tr("Cannot open the state database %1: %2").arg(statePath, q.lastError().text());
    }
    return {};
}
