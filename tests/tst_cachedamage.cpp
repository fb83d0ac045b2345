// A damaged cache never loses items, and the person's marks live where no
// fault of the cache can take them (issue 12, items 1 and 9). Real files,
// really damaged (pages overwritten, cut short, a header overwritten, a
// write-ahead log of another cache beside it), and the real program run on
// them through QProcess: it either rebuilds the cache or fails, and never
// shows fewer items with exit code 0.

#include "models/importing/importlock.h"
#include "models/importing/newsimporter.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/itemmodels/readersession.h"
#include "models/store/newsstore.h"
#include "models/store/sqlite/cacheusers.h"
#include "models/store/sqlite/statedatabase.h"
#include "storeconnection.h"

#include <fcntl.h>

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QLockFile>
#include <QMap>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Whether another process holds SQLite's read lock on the DMS byte of the
// cache's -shm (SQLite's os_unix.c): it has the cache open. (No connection of
// this process has it open when this is asked: closing the descriptor would
// drop this process's locks.)
bool shmLockedElsewhere(const QString &cachePath)
{
    const int fd = ::open(QFile::encodeName(cachePath + u"-shm"_s).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 128;
    lock.l_len = 1;
    const bool locked = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return locked;
}

constexpr qint64 SampleItems = 47;

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1);
}

bool overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCacheDamage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void damageIsRebuilt_data();
    void damageIsRebuilt();
    void overwrittenPagesNeverShowFewerItems();
    void foreignWalIsSetAsideUnapplied();
    void ownWalAfterACrashIsApplied();
    void ownWalWhileTheCacheIsOpenElsewhereIsApplied();
    void damageFoundByAReaderIsRebuiltAtTheNextOpen();
    void otherProgramsDatabaseIsUntouched_data();
    void otherProgramsDatabaseIsUntouched();
    void newerSchemaIsRefused();
    void readOnlyFolderIsRead();
    void marksSurviveADeletedCache();
    void stateMovesOutOfAnOldCache();
    void damagedStateIsRestoredFromBackup();
    void backupsAreKeptToAFew();
    void filesThatAreNotThisCacheAreNeverTouched_data();
    void filesThatAreNotThisCacheAreNeverTouched();
    void twoCachesOfOneNameKeepTheirOwnMarks();
    void damagedStateNeverSetsTheCacheAside();
    void damagedStateFoundByAReadIsNotTheCaches();
    void onlyRealSoundBackupsAreRestored();
    void stateLockOfAnotherProgramIsNotWaitedFor();
    void damagedIndexQueueIsDamage();
    void stateOfTheOldNameIsKept();
    void damageWaitsForAnImport();
    void damageWaitsForAnOpenWindow();
    void damageWaitsForARunningWindow();
    void ownConnectionsKeepTheCache();
    void newCacheInANewFolderIsHeld();
    void ownMarkerLeavesOwnOpens();
    void damagedStateWaitsForAnOpenWindow();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // The program run with arguments on the cache db (m_path when empty).
    Result run(const QStringList &arguments, bool unprivileged = false, const QString &db = {}) const;
    // The files of the test's folder and a hash of each.
    QMap<QString, QByteArray> folder() const;
    // The cache m_path with the sample imported and the item titled m_starred starred.
    void buildCache();
    // The titles list prints (tsv), or an empty list with ok false.
    QStringList titles(const QStringList &extra = {}) const;
    QStringList damagedCopies() const;
    // The set-aside caches alone (without their -wal, -shm and .damage).
    QStringList setAsideCaches() const;
    qint64 pageSize() const;
    // The first page of the items table.
    qint64 itemsRootPage() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_starred;
};

void TestCacheDamage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"cache.sqlite"_s);
}

void TestCacheDamage::cleanup()
{
    if (m_dir)
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_dir.reset();
}

QMap<QString, QByteArray> TestCacheDamage::folder() const
{
    QMap<QString, QByteArray> files;
    const QDir dir(m_dir->path());
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
        files.insert(name, fileHash(dir.filePath(name)));
    return files;
}

TestCacheDamage::Result TestCacheDamage::run(const QStringList &arguments, bool unprivileged, const QString &db) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_dir->path());
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(environment);
    const QStringList withDb = QStringList{arguments.first(), u"--db"_s, db.isEmpty() ? m_path : db}
            + arguments.mid(1);
    if (unprivileged && ::geteuid() == 0) {
        process.start(u"setpriv"_s, QStringList{u"--bounding-set=-dac_override,-dac_read_search"_s, u"--"_s,
                                                QStringLiteral(NEWSDESK_BINARY)}
                                            + withDb);
    } else {
        process.start(QStringLiteral(NEWSDESK_BINARY), withDb);
    }
    Result result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) { // a hang guard
        process.kill();
        process.waitForFinished();
        result.err = u"did not run: newsdesk "_s + withDb.join(u' ');
        return result;
    }
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCacheDamage::buildCache()
{
    NewsStore store;
    QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
    NewsImporter importer(store);
    QCOMPARE(importer.importPaths(NewsImporter::sampleFiles()).itemsTotal, SampleItems);
    const QList<qint64> ids = store.itemIds({}, 1, 5);
    QCOMPARE(ids.size(), 1);
    m_starred = store.item(ids.first()).title;
    QVERIFY(store.setStarred(ids, true));
}

QStringList TestCacheDamage::titles(const QStringList &extra) const
{
    const Result result = run(QStringList{u"list"_s, u"--format"_s, u"tsv"_s} + extra);
    if (result.exitCode != 0)
        return {u"exit %1: %2"_s.arg(result.exitCode).arg(result.err)};
    QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    lines.removeFirst(); // the heading
    QStringList found;
    for (const QString &line : std::as_const(lines))
        found.append(line.section(u'\t', 1, 1));
    return found;
}

QStringList TestCacheDamage::damagedCopies() const
{
    return QDir(m_dir->path()).entryList({u"cache.sqlite.damaged-*"_s}, QDir::Files, QDir::Name);
}

QStringList TestCacheDamage::setAsideCaches() const
{
    QStringList caches;
    for (const QString &name : damagedCopies()) {
        if (!name.endsWith(u"-wal"_s) && !name.endsWith(u"-shm"_s) && !name.endsWith(u".damage"_s))
            caches.append(name);
    }
    return caches;
}

qint64 TestCacheDamage::pageSize() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(16))
        return 0;
    const QByteArray bytes = file.read(2);
    return (quint8(bytes.at(0)) << 8) | quint8(bytes.at(1));
}

qint64 TestCacheDamage::itemsRootPage() const
{
    NewsStore store;
    if (!store.open(m_path))
        return 0;
    QSqlQuery q(storeConnection(store));
    if (!q.exec(u"SELECT rootpage FROM sqlite_schema WHERE name = 'items'"_s) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

void TestCacheDamage::damageIsRebuilt_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("said");
    QTest::newRow("cut short") << u"truncate"_s << u"cut short"_s;
    QTest::newRow("header overwritten") << u"magic"_s << u"first bytes"_s;
    QTest::newRow("header fields") << u"pagesize"_s << u"header is not valid"_s;
}

// Damage found at open, before SQLite reads a page: set aside, rebuilt from the
// sources the state database remembers, marks kept; exit 0 with every item.
void TestCacheDamage::damageIsRebuilt()
{
    QFETCH(QString, damage);
    QFETCH(QString, said);
    buildCache();
    const QByteArray damagedBytes = [&] {
        QFile file(m_path);
        if (damage == u"truncate")
            file.resize(file.size() / 2);
        else if (damage == u"magic")
            overwrite(m_path, 0, QByteArray(16, 'X'));
        else
            overwrite(m_path, 16, QByteArray("\x03\x00", 2));
        return fileHash(m_path);
    }();

    const Result result = run({u"list"_s, u"--format"_s, u"tsv"_s});
    QVERIFY2(result.err.contains(said), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"set aside as"_s), qPrintable(result.err));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count(u'\n'), SampleItems + 1);
    const QStringList copies = damagedCopies();
    QCOMPARE(copies.size(), 1);
    QCOMPARE(fileHash(m_dir->filePath(copies.first())), damagedBytes); // set aside as it was
    QCOMPARE(titles({u"--starred"_s}), QStringList{m_starred});
}

// One page of the items table overwritten: SQLite finds it only when it reads
// the page. The read fails (exit 1, "damaged"), the cache is rebuilt, and the
// next run shows every item with the marks.
void TestCacheDamage::overwrittenPagesNeverShowFewerItems()
{
    buildCache();
    const qint64 root = itemsRootPage();
    QVERIFY(root > 1);
    QVERIFY(overwrite(m_path, (root - 1) * pageSize(), QByteArray(pageSize(), '\x5a')));

    for (const QString &command : {u"list"_s, u"export"_s}) {
        const Result result = command == u"list" ? run({u"list"_s, u"--format"_s, u"tsv"_s})
                                                 : run({u"export"_s, u"--format"_s, u"csv"_s, u"-o"_s, u"-"_s});
        if (result.exitCode == 0) {
            // Rebuilt at once (the second command): every item.
            QVERIFY2(result.out.count(u'\n') >= SampleItems, qPrintable(result.out + result.err));
            continue;
        }
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"is damaged"_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"set aside as"_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"run the command again"_s), qPrintable(result.err));
    }
    QCOMPARE(damagedCopies().size(), 1);
    QCOMPARE(titles().size(), SampleItems);
    QCOMPARE(titles({u"--starred"_s}), QStringList{m_starred});
}

// SQLite would apply another cache's write-ahead log and write it into the
// file at close: the log is found first, and both are set aside as they were.
void TestCacheDamage::foreignWalIsSetAsideUnapplied()
{
    buildCache();
    const QString other = m_dir->filePath(u"other.sqlite"_s);
    {
        // A smaller cache: one of the sample's three files.
        NewsStore store;
        QVERIFY(store.open(other));
        NewsImporter importer(store);
        QVERIFY(importer.importPaths({NewsImporter::sampleFiles().first()}).itemsTotal < SampleItems);
        // A log of the other cache, copied while a write is in it.
        QSqlQuery q(storeConnection(store));
        QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
        QVERIFY2(q.exec(u"UPDATE items SET title = title || ' '"_s), qPrintable(q.lastError().text()));
        QVERIFY(QFile::copy(other + u"-wal"_s, m_path + u"-wal"_s));
    }
    const QByteArray cacheBytes = fileHash(m_path);
    const QByteArray walBytes = fileHash(m_path + u"-wal"_s);

    const Result result = run({u"list"_s, u"--format"_s, u"tsv"_s});
    QVERIFY2(result.err.contains(u"write-ahead log"_s), qPrintable(result.err));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count(u'\n'), SampleItems + 1);
    const QStringList copies = damagedCopies();
    QCOMPARE(copies.size(), 2); // the cache and its log, untouched
    QCOMPARE(fileHash(m_dir->filePath(copies.at(0))), cacheBytes);
    QCOMPARE(fileHash(m_dir->filePath(copies.at(1))), walBytes);
    QVERIFY(copies.at(1).endsWith(u"-wal"_s));
}

// The cache's own log, left by a program killed before its checkpoint, is no
// damage: SQLite applies it, and nothing is set aside.
void TestCacheDamage::ownWalAfterACrashIsApplied()
{
    buildCache();
    const QString crashed = m_dir->filePath(u"crashed.sqlite"_s);
    {
        NewsStore store;
        QVERIFY(store.open(m_path));
        QSqlQuery q(storeConnection(store));
        QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
        QVERIFY2(q.exec(u"UPDATE items SET title = 'Efter kraschen' WHERE id = (SELECT max(id) FROM items)"_s),
                 qPrintable(q.lastError().text()));
        // The files as a killed program leaves them: the change only in the log.
        QVERIFY(QFile::copy(m_path, crashed));
        QVERIFY(QFile::copy(m_path + u"-wal"_s, crashed + u"-wal"_s));
    }
    m_path = crashed;
    const QStringList found = titles();
    QCOMPARE(found.size(), SampleItems);
    QVERIFY(found.contains(u"Efter kraschen"_s));
    QVERIFY(QDir(m_dir->path()).entryList({u"*.damaged-*"_s}, QDir::Files).isEmpty());
}

// While another program has the cache open (here this test; a window, an
// import), a command takes the log's last commit from SQLite's wal-index (the
// -shm) rather than reading every frame: the log is still found to be the
// cache's own, including pages past the end of the cache file, and listed.
void TestCacheDamage::ownWalWhileTheCacheIsOpenElsewhereIsApplied()
{
    buildCache();
    NewsStore store;
    QVERIFY(store.open(m_path));
    QSqlQuery q(storeConnection(store));
    QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
    // The cache grows in the log only: pages the cache file does not have yet.
    QVERIFY2(q.exec(u"UPDATE items SET summary = summary || ' ' || hex(randomblob(3000))"_s),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(u"UPDATE items SET title = 'Medan fönstret är öppet' WHERE id = (SELECT max(id) FROM items)"_s),
             qPrintable(q.lastError().text()));
    q.finish();
    QVERIFY(QFileInfo(m_path + u"-wal"_s).size() > QFileInfo(m_path).size());
    for (int i = 0; i < 2; ++i) {
        const QStringList found = titles();
        QCOMPARE(found.size(), SampleItems);
        QVERIFY(found.contains(u"Medan fönstret är öppet"_s));
    }
    QVERIFY(QDir(m_dir->path()).entryList({u"*.damaged-*"_s}, QDir::Files).isEmpty());
}

// The window cannot set the cache aside under its open connections: a read of
// its session that meets damage records it (damageFound()), and the next
// open (here the command line's) sets the cache aside and rebuilds it.
void TestCacheDamage::damageFoundByAReaderIsRebuiltAtTheNextOpen()
{
    buildCache();
    const qint64 root = itemsRootPage();
    {
        ReaderSession session;
        QSignalSpy found(&session, &ReaderSession::damageFound);
        QVERIFY(found.isValid());
        QVERIFY(session.open(m_path, {}));
        QVERIFY(overwrite(m_path, (root - 1) * pageSize(), QByteArray(pageSize(), '\x5a')));
        {
            // A change by another program: the session's connection reads its pages again.
            NewsStore other;
            QVERIFY(other.open(m_path));
            QVERIFY(QSqlQuery(storeConnection(other)).exec(u"UPDATE vocabulary SET name = name"_s));
        }
        ItemFilter filter;
        filter.sort = ItemFilter::Sort::Title; // read through the items table
        QSignalSpy failed(&session, &ReaderSession::readFailed);
        session.setFilter(filter);
        // The rows are read when they are shown.
        for (int row = 0; row < session.newsModel()->rowCount(); ++row)
            session.newsModel()->index(row).data();
        QVERIFY(found.wait(10000) || !failed.isEmpty());
        QVERIFY2(!found.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QVERIFY(QFile::exists(m_path + u".damage"_s));
    }
    const Result result = run({u"list"_s, u"--format"_s, u"tsv"_s});
    QVERIFY2(result.err.contains(u"found damaged while it was read"_s), qPrintable(result.err));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count(u'\n'), SampleItems + 1);
    QVERIFY(!QFile::exists(m_path + u".damage"_s));
    QCOMPARE(titles({u"--starred"_s}), QStringList{m_starred});
}

void TestCacheDamage::otherProgramsDatabaseIsUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("said");
    QTest::newRow("SQLite of another program") << u"sqlite"_s << u"another program"_s;
    QTest::newRow("not SQLite") << u"text"_s << u"not an SQLite database"_s;
}

void TestCacheDamage::otherProgramsDatabaseIsUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, said);
    if (kind == u"sqlite") {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE notes(text TEXT)"_s));
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"other"_s);
    } else {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("my notes, not a cache\n");
    }
    const QByteArray before = fileHash(m_path);
    for (const QString &command : {u"list"_s, u"categories"_s}) {
        const Result result = command == u"import" ? run({command, u"--sample"_s}) : run({command});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(said), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"untouched"_s), qPrintable(result.err));
    }
    QCOMPARE(fileHash(m_path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"cache.sqlite"_s});
}

void TestCacheDamage::newerSchemaIsRefused()
{
    buildCache();
    {
        NewsStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(QSqlQuery(storeConnection(store)).exec(u"PRAGMA user_version = 99"_s));
    }
    const QByteArray before = fileHash(m_path);
    const Result result = run({u"list"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"newer newsdesk"_s), qPrintable(result.err));
    QCOMPARE(fileHash(m_path), before);
    QVERIFY(damagedCopies().isEmpty());
}

// A cache in a folder that may only be read: the reading commands work (the
// cache is opened read-only, as SQLite's immutable file since no -shm can be
// made), the marks included; import says why it cannot write.
void TestCacheDamage::readOnlyFolderIsRead()
{
    buildCache();
    QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
                                                         | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    const Result list = run({u"list"_s, u"--format"_s, u"tsv"_s, u"--starred"_s}, true);
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(list.out.contains(m_starred), qPrintable(list.out));
    const Result categories = run({u"categories"_s}, true);
    QVERIFY2(categories.exitCode == 0, qPrintable(categories.err));
    QVERIFY(!categories.out.isEmpty());
    const Result exported = run({u"export"_s, u"--format"_s, u"json"_s, u"-o"_s, u"-"_s}, true);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const Result import = run({u"import"_s, u"--sample"_s}, true);
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.contains(u"may only be read"_s), qPrintable(import.err));
    QVERIFY2(!import.err.contains(u"not a newsdesk cache"_s), qPrintable(import.err));
}

// The glob that removes a cache and its -wal/-shm leaves the state database:
// importing again brings the items back with their marks.
void TestCacheDamage::marksSurviveADeletedCache()
{
    buildCache();
    QDir dir(m_dir->path());
    for (const QString &name : dir.entryList({u"cache.sqlite*"_s}, QDir::Files))
        QVERIFY(dir.remove(name));
    QVERIFY(QFile::exists(StateDatabase::pathFor(m_path)));
    QCOMPARE(run({u"import"_s, u"--sample"_s}).exitCode, 0);
    QCOMPARE(titles({u"--starred"_s}), QStringList{m_starred});
}

// A cache of schema 7 kept its marks in its own item_state table: schema 8
// moves them to the state database (and its files become remembered sources).
void TestCacheDamage::stateMovesOutOfAnOldCache()
{
    {
        NewsStore store;
        QVERIFY(store.open(m_path, 7));
        NewsImporter importer(store);
        QCOMPARE(importer.importPaths(NewsImporter::sampleFiles()).itemsTotal, SampleItems);
        QSqlQuery q(storeConnection(store));
        QVERIFY2(q.exec(u"INSERT INTO main.item_state(key, read, starred) "
                        u"SELECT key, 1, id % 2 FROM items ORDER BY id LIMIT 4"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"DELETE FROM state.sources"_s)); // as an old cache had none
    }
    NewsStore store;
    QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), NewsStore::SchemaVersion);
    ItemFilter unread;
    unread.unreadOnly = true;
    QCOMPARE(store.itemCount(unread), SampleItems - 4);
    ItemFilter starred;
    starred.starredOnly = true;
    QCOMPARE(store.itemCount(starred), qint64(2));
    QSqlQuery q(storeConnection(store));
    QVERIFY(q.exec(u"SELECT count(*) FROM main.sqlite_schema WHERE name = 'item_state'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(store.rememberedSources().size(), NewsImporter::sampleFiles().size());
}

void TestCacheDamage::damagedStateIsRestoredFromBackup()
{
    buildCache();
    // Today's backup was made before the star: made again with it.
    for (const QString &backup : StateDatabase::backups(m_path))
        QVERIFY(QFile::remove(backup));
    {
        NewsStore store;
        QVERIFY(store.open(m_path));
    }
    QCOMPARE(StateDatabase::backups(m_path).size(), 1);
    const QString state = StateDatabase::pathFor(m_path);
    QVERIFY(overwrite(state, 0, QByteArray(100, '\xff')));

    NewsStore store;
    QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
    QCOMPARE(store.notices().size(), 1);
    QVERIFY2(store.notices().first().contains(u"restored from the backup"_s), qPrintable(store.notices().first()));
    ItemFilter starred;
    starred.starredOnly = true;
    const QList<qint64> ids = store.itemIds(starred);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(store.item(ids.first()).title, m_starred);
    QCOMPARE(QDir(m_dir->path()).entryList({u"cache.state.sqlite.damaged-*"_s}, QDir::Files).size(), 1);
}

void TestCacheDamage::backupsAreKeptToAFew()
{
    buildCache();
    const QString today = StateDatabase::backups(m_path).value(0);
    QVERIFY(!today.isEmpty());
    QVERIFY(QFile::remove(today));
    for (int day = 1; day <= StateDatabase::KeepBackups + 2; ++day) {
        const QString date = QDate::currentDate().addDays(-day).toString(u"yyyyMMdd"_s);
        QVERIFY(QFile::copy(StateDatabase::pathFor(m_path),
                            m_dir->filePath(u"cache.state.backup-%1.sqlite"_s.arg(date))));
    }
    NewsStore store;
    QVERIFY(store.open(m_path));
    const QStringList backups = StateDatabase::backups(m_path);
    QCOMPARE(backups.size(), StateDatabase::KeepBackups);
    QVERIFY(backups.first().endsWith(QDate::currentDate().toString(u"yyyyMMdd"_s) + u".sqlite"_s));
}

// Review finding 1.3: beside a cache, a text file, the cache's state database,
// a backup of it or another program's SQLite file given as the cache is
// refused; nothing is renamed, written or created, by a reader or a writer.
void TestCacheDamage::filesThatAreNotThisCacheAreNeverTouched_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::newRow("a text file") << u"cache.txt"_s << u"text"_s;
    QTest::newRow("a text file named like a cache") << u"other.sqlite"_s << u"text"_s;
    QTest::newRow("the state database") << u"cache.state.sqlite"_s << u"state"_s;
    QTest::newRow("a backup of it") << u"cache.state.backup-20260101.sqlite"_s << u"backup"_s;
    QTest::newRow("SQLite of another program, version 3") << u"cache.db"_s << u"foreign"_s;
}

void TestCacheDamage::filesThatAreNotThisCacheAreNeverTouched()
{
    QFETCH(QString, name);
    QFETCH(QString, kind);
    buildCache();
    const QString path = m_dir->filePath(name);
    if (kind == u"text"_s) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("my notes, not a cache\n") > 0);
    } else if (kind == u"backup"_s) {
        QVERIFY(QFile::copy(StateDatabase::pathFor(m_path), path));
    } else if (kind == u"foreign"_s) {
        const QString connection = u"foreign"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO notes(text) VALUES ('mine')"_s));
            QVERIFY(q.exec(u"PRAGMA user_version = 3"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    const QMap<QString, QByteArray> before = folder();
    for (const QStringList &command : {QStringList{u"list"_s}, QStringList{u"import"_s, u"--sample"_s}}) {
        const Result result = run(command, false, path);
        QVERIFY2(result.exitCode != 0, qPrintable(command.join(u' ') + u": "_s + result.out));
        QVERIFY2(result.err.contains(name), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"untouched"_s), qPrintable(result.err));
        QCOMPARE(folder(), before);
    }
    QCOMPARE(titles({u"--starred"_s}), QStringList{m_starred});
}

// x.db and x.sqlite are two caches with a state database each.
void TestCacheDamage::twoCachesOfOneNameKeepTheirOwnMarks()
{
    buildCache();
    const QString other = m_dir->filePath(u"cache.db"_s);
    QCOMPARE(run({u"import"_s, u"--sample"_s}, false, other).exitCode, 0);
    QVERIFY(StateDatabase::pathFor(other) != StateDatabase::pathFor(m_path));
    QVERIFY(QFile::exists(StateDatabase::pathFor(other)));
    const Result starred = run({u"list"_s, u"--starred"_s, u"--format"_s, u"tsv"_s}, false, other);
    QCOMPARE(starred.exitCode, 0);
    QVERIFY2(!starred.out.contains(m_starred), qPrintable(starred.out));
    QCOMPARE(titles({u"--starred"_s}), QStringList{m_starred});
    QVERIFY(StateDatabase::belongsTo(other));
    QVERIFY(StateDatabase::belongsTo(m_path));
}

// Review finding 1.1: a damaged page of the state database is the state
// database's damage: restored from its backup, the healthy cache kept.
void TestCacheDamage::damagedStateNeverSetsTheCacheAside()
{
    buildCache();
    for (const QString &backup : StateDatabase::backups(m_path))
        QVERIFY(QFile::remove(backup));
    {
        NewsStore store;
        QVERIFY(store.open(m_path)); // today's backup, with the star
    }
    const QByteArray cache = fileHash(m_path);
    const QString state = StateDatabase::pathFor(m_path);
    QVERIFY(!QFile::exists(state + u"-wal"_s));
    QVERIFY(overwrite(state, 4096, QByteArray(4096, '\x5a'))); // page 2: item_state
    for (int run = 0; run < 3; ++run) {
        const Result result = this->run({u"list"_s, u"--starred"_s, u"--format"_s, u"tsv"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(m_starred), qPrintable(result.out));
        if (run == 0)
            QVERIFY2(result.err.contains(u"state database"_s) && result.err.contains(u"restored from the backup"_s),
                     qPrintable(result.err));
    }
    QCOMPARE(damagedCopies(), QStringList());
    QCOMPARE(fileHash(m_path), cache);
    QCOMPARE(QDir(m_dir->path()).entryList({u"cache.state.sqlite.damaged-*"_s}, QDir::Files).size(), 1);
}

void TestCacheDamage::damagedStateFoundByAReadIsNotTheCaches()
{
    buildCache();
    NewsStore store;
    QVERIFY(store.open(m_path));
    const QString state = StateDatabase::pathFor(m_path);
    QVERIFY(overwrite(state, 4096, QByteArray(4096, '\x5a')));
    ItemFilter starred;
    starred.starredOnly = true;
    store.itemIds(starred);
    QVERIFY(store.lastReadFailed());
    QVERIFY(!store.lastReadDamaged()); // the cache is not: never set aside for it
    QVERIFY2(store.errorString().contains(state), qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains(u"state database"_s), qPrintable(store.errorString()));
}

// Review finding 1.2: only files named exactly as a backup, and sound, are restored.
void TestCacheDamage::onlyRealSoundBackupsAreRestored()
{
    buildCache();
    for (const QString &backup : StateDatabase::backups(m_path))
        QVERIFY(QFile::remove(backup));
    {
        NewsStore store;
        QVERIFY(store.open(m_path));
    }
    QCOMPARE(StateDatabase::backups(m_path).size(), 1);
    // An empty state database whose name begins like a backup's, and a newer "backup" that is damaged.
    const QString decoy = m_dir->filePath(u"cache.state.backup-29991231.state.sqlite"_s);
    const QString damaged = m_dir->filePath(u"cache.state.backup-29991230.sqlite"_s);
    {
        NewsStore empty;
        QVERIFY(empty.open(m_dir->filePath(u"empty.sqlite"_s)));
    }
    QVERIFY(QFile::copy(m_dir->filePath(u"empty.state.sqlite"_s), decoy));
    QVERIFY(QFile::copy(StateDatabase::pathFor(m_path), damaged));
    QVERIFY(overwrite(damaged, 4096, QByteArray(4096, '\x5a')));
    QCOMPARE(StateDatabase::backups(m_path).size(), 2);
    QCOMPARE(StateDatabase::backups(m_path).first(), damaged);

    QVERIFY(overwrite(StateDatabase::pathFor(m_path), 0, QByteArray(100, '\xff')));
    NewsStore store;
    QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
    QCOMPARE(store.notices().size(), 1);
    const QString notice = store.notices().first();
    QVERIFY2(notice.contains(u"state database"_s), qPrintable(notice));
    QVERIFY2(!notice.contains(u"The cache"_s), qPrintable(notice));
    QVERIFY2(notice.contains(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)), qPrintable(notice));
    ItemFilter starred;
    starred.starredOnly = true;
    QCOMPARE(store.itemCount(starred), qint64(1));
}

// Review finding 1.9: the window never waits for another program's check of
// the state database (it waited up to 30 s on the GUI thread).
void TestCacheDamage::stateLockOfAnotherProgramIsNotWaitedFor()
{
    buildCache();
    for (const QString &backup : StateDatabase::backups(m_path))
        QVERIFY(QFile::remove(backup)); // so that this open would check and back up again
    QLockFile lock(StateDatabase::pathFor(m_path) + u".lock"_s);
    QVERIFY(lock.tryLock(0));
    QElapsedTimer timer;
    timer.start();
    const Result result = run({u"list"_s, u"--starred"_s, u"--format"_s, u"tsv"_s}); // another process
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(m_starred));
    QVERIFY2(timer.elapsed() < 20000, "waited for the lock"); // a hang guard: it waited 30 s before
}

void TestCacheDamage::damagedIndexQueueIsDamage()
{
    buildCache();
    qint64 root = 0;
    {
        NewsStore store;
        QVERIFY(store.open(m_path));
        QSqlQuery q(storeConnection(store));
        QVERIFY(q.exec(u"SELECT rootpage FROM sqlite_schema WHERE name = 'index_queue'"_s) && q.next());
        root = q.value(0).toLongLong();
    }
    QVERIFY(root > 1);
    QVERIFY(overwrite(m_path, (root - 1) * pageSize(), QByteArray(int(pageSize()), '\x5a')));
    NewsStore store;
    QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
    store.pendingIndexItems();
    QVERIFY(store.lastReadFailed());
    QVERIFY(store.lastReadDamaged());
    QVERIFY2(store.errorString().contains(m_path), qPrintable(store.errorString()));
}

// A cache not named *.sqlite had its state database at <completeBaseName>.state.sqlite,
// shared with <completeBaseName>.sqlite: its marks are copied to its own.
void TestCacheDamage::stateOfTheOldNameIsKept()
{
    m_path = m_dir->filePath(u"old.db"_s);
    buildCache();
    const QString old = m_dir->filePath(u"old.state.sqlite"_s);
    QVERIFY(QFile::rename(StateDatabase::pathFor(m_path), old));
    {
        const QString connection = u"old"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(old);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"DROP TABLE cache"_s)); // as schema 1 made it
            QVERIFY(q.exec(u"PRAGMA application_id = 0"_s));
            QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    QVERIFY(!StateDatabase::belongsTo(m_path));
    QCOMPARE(titles({u"--starred"_s}), QStringList{m_starred});
    QVERIFY(QFile::exists(old)); // for old.sqlite, if there is one
    QVERIFY(StateDatabase::belongsTo(m_path));
}

QTEST_GUILESS_MAIN(TestCacheDamage)
// A damaged cache is set aside only while no import writes it (issue 12
// review, 1.4): a `list` that finds the damage recorded while an import holds
// the cache renames nothing, says why, and the next `list` after the import
// rebuilds it.
void TestCacheDamage::damageWaitsForAnImport()
{
    buildCache();
    QVERIFY(overwrite(m_path + u".damage"_s, 0, "a page of the items table is damaged"));
    const QByteArray before = fileHash(m_path);
    {
        ImportLock lock(m_path); // an import into the cache is running
        QCOMPARE(lock.acquire({}), ImportLock::Result::Locked);
        const Result result = run({u"list"_s, u"--format"_s, u"tsv"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"cannot be set aside now: an import into it is running (process %1)"_s.arg(
                         QCoreApplication::applicationPid())),
                 qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QVERIFY(damagedCopies().isEmpty());
        QCOMPARE(fileHash(m_path), before);
        QVERIFY(QFile::exists(m_path + u".damage"_s));
    }
    const Result result = run({u"list"_s, u"--format"_s, u"tsv"_s});
    QVERIFY2(result.err.contains(u"was set aside as"_s), qPrintable(result.err));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count(u'\n'), SampleItems + 1);
    QCOMPARE(setAsideCaches().size(), 1);
    QVERIFY(!QFile::exists(m_path + u".damage"_s));
    QCOMPARE(titles({u"--starred"_s}), QStringList{m_starred});
}

// ... nor while another newsdesk has it open: here the session a window
// holds (its list connection and its worker's), with the damage recorded.
void TestCacheDamage::damageWaitsForAnOpenWindow()
{
    buildCache();
    const QByteArray before = fileHash(m_path);
    {
        ReaderSession session;
        QVERIFY(session.open(m_path, {}));
        QVERIFY(overwrite(m_path + u".damage"_s, 0, "a page of the items table is damaged"));
        for (const QString &command : {u"list"_s, u"categories"_s}) {
            const Result result = run({command});
            QVERIFY2(result.exitCode == 1, qPrintable(command + u": "_s + result.err));
            QVERIFY2(result.err.contains(u"another newsdesk (a window or a command) has it open"_s),
                     qPrintable(result.err));
            QVERIFY(damagedCopies().isEmpty());
            QCOMPARE(fileHash(m_path), before);
        }
        QCOMPARE(session.totalCount(), SampleItems); // the window reads on
    }
    const Result result = run({u"list"_s, u"--format"_s, u"tsv"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count(u'\n'), SampleItems + 1);
    QCOMPARE(setAsideCaches().size(), 1);
}

// The same with the real window running in a process of its own.
void TestCacheDamage::damageWaitsForARunningWindow()
{
    buildCache();
    const QByteArray before = fileHash(m_path);
    QProcess window;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_dir->path());
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, m_dir->filePath(u"run"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QVERIFY(QDir(m_dir->path()).mkpath(u"run"_s));
    QFile::setPermissions(m_dir->filePath(u"run"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    window.setProcessEnvironment(environment);
    window.start(QStringLiteral(NEWSDESK_BINARY), {u"--db"_s, m_path});
    QVERIFY(window.waitForStarted(10000));
    // The window has the cache open once SQLite holds its lock on the -shm:
    // its shared lock (CacheUsers) comes before its look at the cache, and a
    // marker written in between is the window's to act on (a hang guard).
    QTRY_VERIFY_WITH_TIMEOUT(CacheUsers().tryLockExclusive(m_path) == CacheUsers::Exclusive::Busy
                                     && shmLockedElsewhere(m_path),
                             60000);
    QVERIFY(overwrite(m_path + u".damage"_s, 0, "a page of the items table is damaged"));
    const Result refused = run({u"list"_s});
    QCOMPARE(refused.exitCode, 1);
    // (The window's start-up import of its sources may still be running.)
    QVERIFY2(refused.err.contains(u"another newsdesk (a window or a command) has it open"_s)
                     || refused.err.contains(u"an import into it is running"_s),
             qPrintable(refused.err));
    QVERIFY(damagedCopies().isEmpty());
    QCOMPARE(fileHash(m_path), before);
    QCOMPARE(window.state(), QProcess::Running);
    window.terminate();
    QVERIFY(window.waitForFinished(30000));
    const Result result = run({u"list"_s, u"--format"_s, u"tsv"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count(u'\n'), SampleItems + 1);
    QCOMPARE(setAsideCaches().size(), 1);
}

// The first run's cache is made in a folder that does not exist yet: its
// window holds the shared lock from the first open on, like any other (no
// other program may set the new cache aside under it).
void TestCacheDamage::newCacheInANewFolderIsHeld()
{
    const QString path = m_dir->filePath(u"new/folder/cache.sqlite"_s);
    NewsStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(CacheUsers().tryLockExclusive(path), CacheUsers::Exclusive::Busy);
    store.close();
    CacheUsers alone;
    QCOMPARE(alone.tryLockExclusive(path), CacheUsers::Exclusive::Locked);
}

// The shared lock is per open file description, not per process: a process
// never sets aside a cache that one of its own stores has open.
void TestCacheDamage::ownConnectionsKeepTheCache()
{
    buildCache();
    {
        NewsStore first;
        NewsStore second;
        QVERIFY(first.open(m_path));
        QVERIFY(second.open(m_path));
        second.close();
        QString error;
        bool inUse = false;
        QVERIFY(NewsStore::setAside(m_path, error, &inUse).isEmpty());
        QVERIFY(inUse);
        QVERIFY2(error.contains(u"has it open"_s), qPrintable(error));
        QVERIFY(damagedCopies().isEmpty());
    }
    QString error;
    bool inUse = false;
    QVERIFY2(!NewsStore::setAside(m_path, error, &inUse).isEmpty(), qPrintable(error));
    QVERIFY(!inUse);
    QCOMPARE(setAsideCaches().size(), 1);
}

// The process that recorded the damage (the window) goes on opening the
// cache for its export, print, copy and imports (review 1.7); the marker is
// for the next process, which sets the cache aside.
void TestCacheDamage::ownMarkerLeavesOwnOpens()
{
    buildCache();
    QVERIFY(NewsStore::markDamaged(m_path, u"a page of the items table is damaged"_s));
    {
        NewsStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        QCOMPARE(store.itemCount(), SampleItems);
        QVERIFY(!store.lastReadFailed());
    }
    const Result result = run({u"list"_s, u"--format"_s, u"tsv"_s});
    QVERIFY2(result.err.contains(u"found damaged while it was read: a page of the items table"_s),
             qPrintable(result.err));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(setAsideCaches().size(), 1);
}

// The state database is not set aside and restored under another newsdesk
// that has it attached either (review 1.4): the healthy cache stays too.
void TestCacheDamage::damagedStateWaitsForAnOpenWindow()
{
    buildCache();
    const QString state = StateDatabase::pathFor(m_path);
    const QByteArray cacheBefore = fileHash(m_path);
    {
        NewsStore window;
        QVERIFY(window.open(m_path));
        QVERIFY(overwrite(state, 0, QByteArray(100, '\xff')));
        const QByteArray stateBefore = fileHash(state);
        const Result result = run({u"list"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"restored from its backup the next time newsdesk opens the cache"_s),
                 qPrintable(result.err));
        QCOMPARE(fileHash(state), stateBefore);
        QCOMPARE(fileHash(m_path), cacheBefore);
        QVERIFY(QDir(m_dir->path()).entryList({u"*.damaged-*"_s}, QDir::Files).isEmpty());
    }
    const Result result = run({u"list"_s, u"--starred"_s, u"--format"_s, u"tsv"_s});
    QVERIFY2(result.err.contains(u"restored from the backup"_s), qPrintable(result.err));
    QCOMPARE(QDir(m_dir->path()).entryList({u"cache.state.sqlite.damaged-*"_s}, QDir::Files).size(), 1);
    QVERIFY(damagedCopies().isEmpty());
}

#include "tst_cachedamage.moc"
