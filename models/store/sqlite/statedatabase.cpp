#include "models/store/sqlite/statedatabase.h"

#include "models/store/sqlite/cachefile.h"
#include "models/store/sqlite/cacheusers.h"
#include "models/store/sqlite/sqliteconnection.h"
#include "models/store/sqlite/sqliteschema.h"
#include "models/support/logging.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <iterator>

using namespace Qt::StringLiterals;

namespace {

// The state database's name without ".sqlite", which its backups share.
QString stateStem(const QString &cachePath)
{
    const QString path = StateDatabase::pathFor(cachePath);
    return QFileInfo(path).fileName().chopped(int(qstrlen(".sqlite")));
}

// <dir>/<completeBaseName>.state.sqlite: the name of every state database before schema 2.
QString oldPathFor(const QString &cachePath)
{
    const QFileInfo info(cachePath);
    return info.dir().filePath(info.completeBaseName() + u".state.sqlite"_s);
}

// The file name of the cache the state database at statePath records, or
// empty (none recorded, or it cannot be read).
QString recordedCache(const QString &statePath, bool &recorded)
{
    recorded = false;
    SqliteConnection connection;
    if (!connection.open(statePath, true).isEmpty())
        return {};
    QSqlQuery q(connection.database());
    if (!q.exec(u"SELECT name FROM cache"_s) || !q.next())
        return {};
    recorded = true;
    return q.value(0).toString();
}

} // namespace

QString StateDatabase::pathFor(const QString &cachePath)
{
    const QFileInfo info(cachePath);
    if (info.suffix() == u"sqlite"_s)
        return info.dir().filePath(info.completeBaseName() + u".state.sqlite"_s);
    return info.dir().filePath(info.fileName() + u".newsdesk-state.sqlite"_s);
}

QString StateDatabase::todaysBackup(const QString &cachePath)
{
    return QFileInfo(cachePath).dir().filePath(stateStem(cachePath) + u".backup-"_s
                                               + QDate::currentDate().toString(u"yyyyMMdd"_s) + u".sqlite"_s);
}

QStringList StateDatabase::backups(const QString &cachePath)
{
    const QDir dir = QFileInfo(cachePath).dir();
    const QRegularExpression exact(u"^"_s + QRegularExpression::escape(stateStem(cachePath))
                                   + u"\\.backup-\\d{8}\\.sqlite$"_s);
    QStringList found;
    for (const QString &name : dir.entryList({stateStem(cachePath) + u".backup-*.sqlite"_s}, QDir::Files,
                                             QDir::Name)) {
        if (exact.match(name).hasMatch())
            found.prepend(dir.filePath(name)); // yyyyMMdd: by name is by date
    }
    return found;
}

bool StateDatabase::isStateFile(const QString &path)
{
    static const QRegularExpression name(u"\\.(state|newsdesk-state)(\\.backup-\\d{8})?\\.sqlite$"_s);
    return name.match(QFileInfo(path).fileName()).hasMatch();
}

bool StateDatabase::belongsTo(const QString &cachePath)
{
    const QString statePath = pathFor(cachePath);
    if (!QFileInfo::exists(statePath))
        return false;
    bool recorded = false;
    const QString name = recordedCache(statePath, recorded);
    if (recorded)
        return name == QFileInfo(cachePath).fileName();
    return statePath == oldPathFor(cachePath); // made before names were recorded
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
    bool checked = false;
    StoreResult<QStringList> result = prepareLocked(cachePath, checked);
    if (result.ok() && checked)
        prepared.insert(key());
    return result;
}

StoreResult<QStringList> StateDatabase::prepareLocked(const QString &cachePath, bool &checked)
{
    const QString statePath = pathFor(cachePath);
    // One connection at a time checks, restores and backs up (the window
    // opens two at once; a second program may open a third).
    QLockFile lock(statePath + u".lock"_s);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        // Another newsdesk checks it now: one of the current schema is used as
        // it is (this program checks it the next time); a new or older one is
        // waited for, since this connection needs its tables.
        if (hasCurrentSchema(statePath)) {
            qCInfo(lcStore) << "another newsdesk is checking" << statePath << "- used as it is";
            return QStringList();
        }
        if (!lock.tryLock(30000)) {
            return StoreResult<QStringList>::failure(
                    tr("Cannot open the state database %1: another newsdesk holds its lock (%2).")
                            .arg(statePath, lock.fileName()));
        }
    }
    checked = true;
    adoptOldName(cachePath);
    if (const CacheFile::Check file = CacheFile::inspect(statePath, true); !file.ok()) {
        qCWarning(lcStore).noquote() << file.error;
        return restore(cachePath, tr("The state database %1 is damaged: it is not a whole SQLite database.")
                                          .arg(statePath));
    }
    return check(statePath, cachePath);
}

void StateDatabase::adoptOldName(const QString &cachePath)
{
    const QString statePath = pathFor(cachePath);
    const QString oldPath = oldPathFor(cachePath);
    if (oldPath == statePath || QFileInfo::exists(statePath) || !QFileInfo::exists(oldPath))
        return;
    bool recorded = false;
    recordedCache(oldPath, recorded);
    if (recorded)
        return; // it names the cache it belongs to: another one
    SqliteConnection connection;
    if (const QString error = connection.open(oldPath, true); !error.isEmpty()) {
        qCWarning(lcStore).noquote() << "cannot take over" << oldPath << ":" << error;
        return;
    }
    QSqlQuery q(connection.database());
    if (!q.prepare(u"VACUUM INTO ?"_s))
        return;
    q.addBindValue(statePath);
    if (!q.exec()) {
        SqliteConnection::logFailure(oldPath, u"copy to "_s + statePath, q.lastError().text(), q.lastQuery());
        QFile::remove(statePath);
        return;
    }
    qCInfo(lcStore) << "state database" << oldPath << "copied to" << statePath;
}

StoreResult<QStringList> StateDatabase::check(const QString &statePath, const QString &cachePath)
{
    bool damaged = false;
    QString error;
    {
        SqliteConnection connection;
        error = connection.open(statePath);
        if (error.isEmpty()) {
            // A small file: every page is read, each time a program first writes.
            QSqlQuery q(connection.database());
            if (!q.exec(u"PRAGMA quick_check(1)"_s) || !q.next()) {
                error = q.lastError().text();
                damaged = SqliteConnection::isDamage(q.lastError());
            } else if (const QString answer = q.value(0).toString(); answer != u"ok"_s) {
                error = answer;
                damaged = true;
            } else {
                q.finish(); // VACUUM INTO needs no statement in progress
                error = migrate(connection.database(), statePath, cachePath);
                if (error.isEmpty())
                    error = backUp(connection.database(), cachePath, damaged);
            }
        }
    }
    if (damaged)
        return restore(cachePath, tr("The state database %1 is damaged: %2").arg(statePath, error.simplified()));
    if (!error.isEmpty())
        return StoreResult<QStringList>::failure(error);
    return QStringList();
}

QString StateDatabase::migrate(QSqlDatabase db, const QString &statePath, const QString &cachePath)
{
    static const char *const steps[] = {":/newsdesk/sql/state_001_initial.sql",
                                        ":/newsdesk/sql/state_002_identity.sql",
                                        ":/newsdesk/sql/state_003_marks_generation.sql",
                                        ":/newsdesk/sql/state_004_organise.sql"};
    static_assert(std::size(steps) == Version);
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return tr("Cannot read the state database %1: %2").arg(statePath, q.lastError().text());
    const int version = q.value(0).toInt();
    if (version > Version) {
        return tr("The state database %1 was written by a newer newsdesk (schema %2; this program knows up to %3).")
                .arg(statePath).arg(version).arg(Version);
    }
    q.finish();
    if (version == 0 && !q.exec(u"PRAGMA journal_mode = WAL"_s))
        qCWarning(lcStore) << "cannot use WAL for" << statePath << q.lastError().text();
    const auto failed = [&] {
        SqliteConnection::logFailure(statePath, u"state schema"_s, q.lastError().text(), q.lastQuery());
        db.rollback();
        return tr("Cannot update the state database %1: %2").arg(statePath, q.lastError().text());
    };
    if (!db.transaction())
        return tr("Cannot update the state database %1: %2").arg(statePath, db.lastError().text());
    for (int step = version + 1; step <= Version; ++step) {
        QFile file(QString::fromLatin1(steps[step - 1]));
        if (!file.open(QIODevice::ReadOnly)) {
            db.rollback();
            return tr("Internal error: the schema of the state database is missing.");
        }
        for (const QString &sql : SqliteSchema::statements(QString::fromUtf8(file.readAll()))) {
            if (!q.exec(sql))
                return failed();
        }
    }
    // Whose it is: the cache beside it, which was just found to be a cache.
    const QString cacheName = QFileInfo(cachePath).fileName();
    if (!q.exec(u"SELECT name FROM cache"_s))
        return failed();
    const bool same = q.next() && q.value(0).toString() == cacheName && !q.next();
    q.finish();
    if (!same) {
        if (!q.exec(u"DELETE FROM cache"_s) || !q.prepare(u"INSERT INTO cache(name) VALUES (?)"_s))
            return failed();
        q.addBindValue(cacheName);
        if (!q.exec())
            return failed();
    }
    if (version != Version && !q.exec(u"PRAGMA user_version = %1"_s.arg(Version)))
        return failed();
    if (!db.commit())
        return tr("Cannot update the state database %1: %2").arg(statePath, db.lastError().text());
    return {};
}

QString StateDatabase::backUp(QSqlDatabase db, const QString &cachePath, bool &damaged)
{
    const QString today = todaysBackup(cachePath);
    if (QFileInfo::exists(today))
        return {};
    // VACUUM INTO reads every page: a damaged state database is not copied over a good backup.
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

bool StateDatabase::hasCurrentSchema(const QString &statePath)
{
    if (QFileInfo(statePath).size() == 0)
        return false;
    SqliteConnection connection;
    if (!connection.open(statePath, true).isEmpty())
        return false;
    QSqlQuery q(connection.database());
    return q.exec(u"PRAGMA user_version"_s) && q.next() && q.value(0).toInt() == Version;
}

bool StateDatabase::isSound(const QString &path)
{
    if (!CacheFile::inspect(path, true).ok())
        return false;
    SqliteConnection connection;
    if (!connection.open(path, true).isEmpty())
        return false;
    QSqlQuery q(connection.database());
    if (!q.exec(u"PRAGMA quick_check(1)"_s) || !q.next() || q.value(0).toString() != u"ok"_s)
        return false;
    q.finish();
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
        return false;
    const int id = q.value(0).toInt();
    q.finish();
    return (id == 0 || id == SqliteSchema::StateId)
            && q.exec(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'item_state'"_s)
            && q.next() && q.value(0).toInt() == 1;
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
            if (!isSound(backup)) {
                qCWarning(lcStore) << "the backup" << backup << "is not a sound state database; not restored";
                continue;
            }
            if (QFile::copy(backup, statePath)) {
                restored = backup;
                return;
            }
            qCWarning(lcStore) << "cannot copy" << backup << "to" << statePath;
        }
    });
    if (!alone) {
        return StoreResult<QStringList>::failure(
                why + u' '
                        + tr("Another newsdesk (a window or a command) has it open: it is restored from its backup "
                             "the next time newsdesk opens the cache after that one has closed it."),
                StoreFailure::StateDamaged);
    }
    if (aside.isEmpty()) // the cache is fine: never a reason to set it aside
        return StoreResult<QStringList>::failure(why + u' ' + error, StoreFailure::StateDamaged);
    if (!restored.isEmpty()) {
        static const QRegularExpression dated(u"\\.backup-(\\d{8})\\.sqlite$"_s);
        const QDate day = QDate::fromString(dated.match(restored).captured(1), u"yyyyMMdd"_s);
        return QStringList{tr("%1 It was set aside as %2, and your read and starred marks were restored from "
                              "the backup of %3 (%4): marks set since then are lost.")
                                   .arg(why, aside, QLocale().toString(day, QLocale::ShortFormat), restored)};
    }
    return QStringList{tr("%1 It was set aside as %2. There was no sound backup of it: your read and starred "
                          "marks start anew.")
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
    if (!q.prepare(u"ATTACH DATABASE ? AS state"_s))
        return tr("Cannot open the state database %1: %2").arg(statePath, q.lastError().text());
    q.addBindValue(readOnly ? SqliteConnection::readOnlyName(statePath) : statePath);
    if (!q.exec()) {
        SqliteConnection::logFailure(statePath, u"attach"_s, q.lastError().text(), q.lastQuery());
        return tr("Cannot open the state database %1: %2").arg(statePath, q.lastError().text());
    }
    return {};
}
