// Issue 17: the shared archive with several importers at once and with
// imports and reads cut off, through real `newsdesk` processes and real
// connections. The interleavings that matter are forced, not hoped for: the
// test holds a transaction of its own open (an uncommitted row, a table lock)
// so that an importer stops exactly where another one must meet it, and waits
// until the server says that backend is waiting for a lock.

#include "pgtestsupport.h"
#include "processtestsupport.h"

#include "models/store/postgres/pgaddress.h"
#include "models/store/postgres/pgconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// A connection of the test's own to one database, as the archive's owner (a
// superuser: it sees and may end every session).
class Session
{
public:
    explicit Session(const QString &database)
        : m_name(u"tst_pgfaults-%1-%2"_s.arg(database).arg(++s_count))
    {
        QString why;
        const QUrl url(PgTestSupport::serverUrl(why));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(database);
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~Session()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Session)

    QString error() const { return m_error; }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql))
            return true;
        m_error = q.lastError().text() + u" (in: "_s + sql + u")"_s;
        return false;
    }
    // The first column of the first row (invalid when the statement fails or returns none).
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql) && q.next())
            return q.value(0);
        m_error = q.lastError().text() + u" (in: "_s + sql + u")"_s;
        return {};
    }

private:
    static inline int s_count = 0;
    QString m_name;
    QString m_error;
};

QString quoted(const QString &text)
{
    QString escaped = text;
    return u"'"_s + escaped.replace(u"'"_s, u"''"_s) + u"'"_s;
}

// A listing file holding titles (each with a summary and the category).
bool writeListing(const QString &path, const QStringList &titles, const QString &category = u"Kultur"_s)
{
    QDir().mkpath(QFileInfo(path).path());
    QString text = u"Nyheter\n\n"_s;
    for (const QString &title : titles)
        text += u" \u2022 %1\n\n  What happened in %1, told at some length for the reader: who was there, what "
                u"they said, what it will cost, what comes next and where to read more about it, as a summary "
                u"of the news should.\n\n  %2\n"_s.arg(title, category);
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) > 0;
}

// newsdesk import of folder into address with the store's log on stderr
// (the program shows it only when asked: QT_LOGGING_RULES).
ProcessTestSupport::Result importLogged(const QString &home, const QString &address, const QString &folder)
{
    QProcess process;
    QProcessEnvironment environment = ProcessTestSupport::environment(home);
    environment.insert(u"QT_LOGGING_RULES"_s, u"newsdesk.store.info=true"_s);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(home);
    process.start(QStringLiteral(NEWSDESK_BINARY), {u"--db"_s, address, u"import"_s, folder});
    if (!process.waitForStarted(10000))
        return {-1, {}, u"cannot start "_s + QStringLiteral(NEWSDESK_BINARY)};
    process.closeWriteChannel();
    return ProcessTestSupport::finish(process);
}

// Spins the event loop until done() or the hang guard runs out; whether done().
bool waitUntil(const std::function<bool()> &done, int guardMs = 60000)
{
    for (int waited = 0; waited < guardMs; waited += 20) {
        if (done())
            return true;
        QTest::qWait(20);
    }
    return done();
}

} // namespace

class TestPgFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void releasedWhileLinked_data();
    void releasedWhileLinked();
    void importCutOff_data();
    void importCutOff();
    void listCutOff();
    void newItemsCountedInParts();
    void reimportRecomputes();
    void connectionSettings();
    void crossedImportsNeverFail();
    void categoriesAddedMeanwhileStaySearchable();
    void deadlockedBatchIsReplayed();
    void deadlockEveryTimeFailsWhole();
    void deadlockWhileReleasingIsReplayed();

private:
    QString fresh(const QString &name);
    // The backend of role's newsdesk in database that waits for a lock (0: none).
    qint64 waitingBackend(Session &session, const QString &database, const QString &role);
    // Whether the archive holds together: every file holds as many sources as
    // its item count says, and every item has a source.
    void verifyConsistent(Session &session);
    // Four listing files under folder, imported as one batch; the third holds
    // DeadlockTitle (the forced deadlock's item) and DeadlockCategory.
    static bool writeBatchListings(const QString &folder);
    // Makes the archive's inserts of DeadlockTitle fail with 40P01 (deadlock
    // detected) the first times times (a trigger as the owner; the count in
    // a sequence, which a rollback does not undo); the error, or empty.
    // when: the trigger's event and table ("BEFORE DELETE ON sources": every
    // row the first times times, whatever it holds).
    static QString forceDeadlocks(Session &session, qint64 times, const QString &when = u"BEFORE INSERT ON items"_s);
    static QString removeDeadlocks(Session &session);
    // What the archive holds, ids aside: every item (key, title, search
    // text, categories), the listing order, the files and their sources.
    static QString contents(Session &session);
    // The items a search finds for role (-1: the list failed).
    qint64 searched(const QString &database, const QString &role, const QString &query) const;
    // A clean import of folder (no fault) into database as alice; its report's items line.
    QString importClean(const QString &database, const QString &folder);
    static constexpr auto DeadlockTitle = u"Deadlock story";
    static constexpr auto DeadlockCategory = u"Sp\u00e4rrkategori";
    QString home(const QString &name) const { return m_dir.filePath(u"home-"_s + name); }

    QTemporaryDir m_dir;
};

void TestPgFaults::initTestCase()
{
    QString why;
    if (PgTestSupport::serverUrl(why).isEmpty())
        QSKIP(qPrintable(u"PostgreSQL tests skipped: "_s + why));
    QVERIFY(m_dir.isValid());
}

QString TestPgFaults::fresh(const QString &name)
{
    QString error;
    const QString address = PgTestSupport::freshDatabase(name, error);
    if (address.isEmpty())
        qWarning().noquote() << error;
    return address;
}

qint64 TestPgFaults::waitingBackend(Session &session, const QString &database, const QString &role)
{
    return session
            .value(u"SELECT coalesce(max(pid), 0) FROM pg_stat_activity WHERE datname = %1 AND usename = %2 "
                   u"AND application_name = 'newsdesk' AND wait_event_type = 'Lock'"_s.arg(quoted(database),
                                                                                            quoted(role)))
            .toLongLong();
}

void TestPgFaults::verifyConsistent(Session &session)
{
    QCOMPARE(session.value(u"SELECT count(*) FROM files f WHERE item_count <> "
                           u"(SELECT count(*) FROM sources so WHERE so.file_id = f.id)"_s)
                     .toLongLong(),
             qint64(0));
    QCOMPARE(session.value(u"SELECT count(*) FROM items i WHERE NOT EXISTS "
                           u"(SELECT 1 FROM sources so WHERE so.item_id = i.id)"_s)
                     .toLongLong(),
             qint64(0));
    // Each item's listing key is its latest source's, its categories those of all its sources.
    QCOMPARE(session.value(u"SELECT count(*) FROM items i WHERE sort_key <> (SELECT max(f.ordinal * 4294967296 "
                           u"+ 4294967295 - so.position) FROM sources so JOIN files f ON f.id = so.file_id "
                           u"WHERE so.item_id = i.id)"_s)
                     .toLongLong(),
             qint64(0));
    const QString merged = u"SELECT DISTINCT c.id, so.item_id FROM sources so CROSS JOIN "
                           u"jsonb_array_elements_text(so.categories) AS n(name) JOIN categories c ON c.name = n.name"_s;
    const QString stored = u"SELECT category_id, item_id FROM item_categories"_s;
    QCOMPARE(session.value(u"SELECT count(*) FROM ((%1 EXCEPT %2) UNION ALL (%2 EXCEPT %1)) AS d"_s.arg(merged, stored))
                     .toLongLong(),
             qint64(0));
}

void TestPgFaults::releasedWhileLinked_data()
{
    QTest::addColumn<bool>("linkerCutOff");
    QTest::newRow("the linking import commits") << false;
    QTest::newRow("the linking import is cut off") << true;
}

// Finding 7: alice's import re-stores a file that no longer holds "Shared
// story", so her import releases that item and removes it when no file holds
// it; at the same moment bob's import links the same item from a file of his
// in a transaction not committed yet. Alice's import must not remove it under
// bob (nor fail): when bob commits, the item is his file's; when bob's import
// is undone, the item (held by no file) goes.
void TestPgFaults::releasedWhileLinked()
{
    QFETCH(bool, linkerCutOff);
    const QString database = linkerCutOff ? u"pgfaults_race_cut"_s : u"pgfaults_race"_s;
    const QString owner = fresh(database);
    QVERIFY(!owner.isEmpty());
    const QString aliceDb = PgTestSupport::addressFor(database, u"alice"_s);
    const QString bobDb = PgTestSupport::addressFor(database, u"bob"_s);
    QTemporaryDir dir;
    const QString hers = dir.filePath(u"alice/hers.txt"_s);
    const QString bobs = dir.filePath(u"bob/bobs.txt"_s);
    QVERIFY(writeListing(hers, {u"Shared story"_s, u"Alice one"_s, u"Alice two"_s}));
    QVERIFY(writeListing(bobs, {u"Shared story"_s, u"Bob one"_s}, u"Bobkategori"_s));
    const ProcessTestSupport::Result made = ProcessTestSupport::run(home(u"owner"_s), {u"--db"_s, owner, u"import"_s, hers});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));

    // The test holds the category name bob's file teaches (an uncommitted row
    // of the vocabulary): bob's import stops there, after it has linked his
    // file's items and before it finishes the file.
    Session session(database);
    QVERIFY2(session.error().isEmpty(), qPrintable(session.error()));
    Session holder(database);
    QVERIFY(holder.exec(u"BEGIN"_s));
    QVERIFY2(holder.exec(u"INSERT INTO vocabulary(name) VALUES ('Bobkategori')"_s), qPrintable(holder.error()));
    auto bob = ProcessTestSupport::start(home(u"bob"_s), {u"--db"_s, bobDb, u"import"_s, bobs});
    QVERIFY(bob);
    QVERIFY2(waitUntil([&] { return waitingBackend(session, database, u"bob"_s) != 0; }),
             "bob's import never reached his file's vocabulary");

    // Alice's file changes: "Shared story" is no longer in it.
    QVERIFY(writeListing(hers, {u"Alice one"_s, u"Alice two"_s, u"Alice three"_s}));
    auto alice = ProcessTestSupport::start(home(u"alice"_s), {u"--db"_s, aliceDb, u"import"_s, hers});
    QVERIFY(alice);
    QVERIFY2(waitUntil([&] {
                 return alice->state() == QProcess::NotRunning || waitingBackend(session, database, u"alice"_s) != 0;
             }),
             "alice's import neither finished nor waited");

    if (linkerCutOff) {
        const qint64 pid = waitingBackend(session, database, u"bob"_s);
        QVERIFY(pid != 0);
        QVERIFY(session.value(u"SELECT pg_terminate_backend(%1)"_s.arg(pid)).toBool());
    }
    QVERIFY(holder.exec(u"ROLLBACK"_s));
    const ProcessTestSupport::Result bobsDone = ProcessTestSupport::finish(*bob);
    const ProcessTestSupport::Result hersDone = ProcessTestSupport::finish(*alice);
    QVERIFY2(hersDone.exitCode == 0, qPrintable(hersDone.err));
    if (linkerCutOff) {
        QVERIFY(bobsDone.exitCode != 0);
        QVERIFY2(bobsDone.err.contains(u"was lost"_s) && bobsDone.err.contains(u"127.0.0.1"_s),
                 qPrintable(bobsDone.err));
    } else {
        QVERIFY2(bobsDone.exitCode == 0, qPrintable(bobsDone.err));
    }

    const QString shared = u"SELECT count(*) FROM items i JOIN sources so ON so.item_id = i.id JOIN files f ON "
                           u"f.id = so.file_id WHERE i.title = 'Shared story' AND f.path = %1"_s.arg(
                                   quoted(QFileInfo(bobs).canonicalFilePath()));
    QCOMPARE(session.value(shared).toLongLong(), linkerCutOff ? 0 : 1);
    QCOMPARE(session.value(u"SELECT count(*) FROM items"_s).toLongLong(), linkerCutOff ? 3 : 5);
    verifyConsistent(session);
    if (linkerCutOff) {
        // Bob imports again: everything of his comes in.
        const ProcessTestSupport::Result again =
                ProcessTestSupport::run(home(u"bob"_s), {u"--db"_s, bobDb, u"import"_s, bobs});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(session.value(shared).toLongLong(), 1);
        QCOMPARE(session.value(u"SELECT count(*) FROM items"_s).toLongLong(), 5);
        verifyConsistent(session);
    }
}

void TestPgFaults::importCutOff_data()
{
    QTest::addColumn<bool>("killProcess");
    QTest::newRow("the server ends the connection") << false;
    QTest::newRow("the program is killed") << true;
}

// An import cut off mid-way (its backend ended, or the program killed) keeps
// the files it had committed and nothing of the one it was writing; the next
// import completes it.
void TestPgFaults::importCutOff()
{
    QFETCH(bool, killProcess);
    const QString database = killProcess ? u"pgfaults_killed"_s : u"pgfaults_ended"_s;
    QVERIFY(!fresh(database).isEmpty());
    const QString address = PgTestSupport::addressFor(database, u"alice"_s);
    QTemporaryDir dir;
    // A file larger than a part (ListingParser::PartBytes) is a batch of its
    // own and is committed before the small ones are written.
    QStringList big;
    for (int i = 0; i < 12000; ++i)
        big.append(u"Big file item %1"_s.arg(i));
    QVERIFY(writeListing(dir.filePath(u"news/1-big.txt"_s), big));
    QVERIFY(QFileInfo(dir.filePath(u"news/1-big.txt"_s)).size() > 2 * 1024 * 1024);
    QVERIFY(writeListing(dir.filePath(u"news/2-small.txt"_s), {u"Small one"_s, u"Small two"_s}));
    QVERIFY(writeListing(dir.filePath(u"news/3-last.txt"_s), {u"Last one"_s}));
    const ProcessTestSupport::Result made =
            ProcessTestSupport::run(home(u"owner"_s), {u"--db"_s, PgTestSupport::addressFor(database, {}), u"list"_s});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err)); // (the owner makes the archive's tables)

    Session session(database);
    Session holder(database);
    QVERIFY(holder.exec(u"BEGIN"_s));
    QVERIFY2(holder.exec(u"INSERT INTO files(path, size, mtime, hash, ordinal, imported_at) VALUES (%1, 0, 0, "
                         u"'\\x00', 0, 0)"_s.arg(quoted(QFileInfo(dir.filePath(u"news/3-last.txt"_s)).canonicalFilePath()))),
             qPrintable(holder.error()));
    auto import = ProcessTestSupport::start(home(u"cut"_s), {u"--db"_s, address, u"import"_s, dir.filePath(u"news"_s)});
    QVERIFY(import);
    qint64 pid = 0;
    QVERIFY2(waitUntil([&] { return (pid = waitingBackend(session, database, u"alice"_s)) != 0; }, 120000),
             "the import never reached its last file");
    if (killProcess) {
        import->kill();
    } else {
        QVERIFY(session.value(u"SELECT pg_terminate_backend(%1)"_s.arg(pid)).toBool());
    }
    QVERIFY(holder.exec(u"ROLLBACK"_s));
    const ProcessTestSupport::Result cut = ProcessTestSupport::finish(*import);
    QVERIFY(cut.exitCode != 0);
    if (!killProcess) {
        QVERIFY2(cut.err.contains(u"connection to the shared archive postgresql://alice@127.0.0.1:"_s)
                         && cut.err.contains(u"was lost"_s),
                 qPrintable(cut.err));
    }
    // The server undid the open batch (once the backend is gone).
    QVERIFY(waitUntil([&] {
        return session.value(u"SELECT count(*) FROM pg_stat_activity WHERE pid = %1"_s.arg(pid)).toLongLong() == 0;
    }));
    // Killed: only the big file's committed batch stays. Its connection ended
    // by the server: the importer connects again and writes the cut batch
    // again in a new transaction (what it said stays said).
    const qint64 stored = killProcess ? 1 : 3;
    QCOMPARE(session.value(u"SELECT count(*) FROM files"_s).toLongLong(), stored);
    QCOMPARE(session.value(u"SELECT string_agg(path, ',' ORDER BY path) FROM files"_s).toString().section(u',', 0, 0),
             QFileInfo(dir.filePath(u"news/1-big.txt"_s)).canonicalFilePath());
    QCOMPARE(session.value(u"SELECT count(*) FROM items"_s).toLongLong(), killProcess ? 12000 : 12003);
    verifyConsistent(session);

    const ProcessTestSupport::Result again =
            ProcessTestSupport::run(home(u"again"_s), {u"--db"_s, address, u"import"_s, dir.filePath(u"news"_s)});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(session.value(u"SELECT count(*) FROM files"_s).toLongLong(), 3);
    QCOMPARE(session.value(u"SELECT count(*) FROM items"_s).toLongLong(), 12003);
    QCOMPARE(ProcessTestSupport::listedItems(home(u"again"_s), address), 12003);
    verifyConsistent(session);
}

// A read cut off says so, naming the server, and fails: never "no items".
void TestPgFaults::listCutOff()
{
    const QString database = u"pgfaults_list"_s;
    QVERIFY(!fresh(database).isEmpty());
    const QString address = PgTestSupport::addressFor(database, u"alice"_s);
    const ProcessTestSupport::Result made = ProcessTestSupport::run(
            home(u"owner"_s), {u"--db"_s, PgTestSupport::addressFor(database, {}), u"import"_s, u"--sample"_s});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    Session session(database);
    Session holder(database);
    QVERIFY(holder.exec(u"BEGIN"_s));
    QVERIFY(holder.exec(u"LOCK TABLE items IN ACCESS EXCLUSIVE MODE"_s));
    auto list = ProcessTestSupport::start(home(u"list"_s), {u"--db"_s, address, u"list"_s, u"--format"_s, u"tsv"_s});
    QVERIFY(list);
    qint64 pid = 0;
    QVERIFY2(waitUntil([&] { return (pid = waitingBackend(session, database, u"alice"_s)) != 0; }),
             "the list never waited for the items");
    QVERIFY(session.value(u"SELECT pg_terminate_backend(%1)"_s.arg(pid)).toBool());
    QVERIFY(holder.exec(u"ROLLBACK"_s));
    const ProcessTestSupport::Result listed = ProcessTestSupport::finish(*list);
    QVERIFY(listed.exitCode != 0);
    QVERIFY2(listed.err.contains(u"connection to the shared archive postgresql://alice@127.0.0.1:"_s)
                     && listed.err.contains(u"was lost"_s),
             qPrintable(listed.err));
    QVERIFY2(listed.out.count(u'\n') <= 1, qPrintable(listed.out)); // (at most the header)
}

// A file larger than a part: the report counts every new item of every part
// (the last parts' were lost: "873796 new, 1000000 in the cache" at 1M).
void TestPgFaults::newItemsCountedInParts()
{
    const QString database = u"pgfaults_parts"_s;
    QVERIFY(!fresh(database).isEmpty());
    QTemporaryDir dir;
    QStringList big;
    for (int i = 0; i < 30000; ++i)
        big.append(u"Part item %1"_s.arg(i));
    QVERIFY(writeListing(dir.filePath(u"big.txt"_s), big));
    QVERIFY(QFileInfo(dir.filePath(u"big.txt"_s)).size() > 3 * 2 * 1024 * 1024);
    const ProcessTestSupport::Result imported = ProcessTestSupport::run(
            home(u"parts"_s), {u"--db"_s, PgTestSupport::addressFor(database, {}), u"import"_s, dir.filePath(u"big.txt"_s)});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(u"Items: 30000 new, 30000 in the shared archive."_s), qPrintable(imported.out));
}

// An item's categories and listing key follow its sources as files come,
// change and lose it.
void TestPgFaults::reimportRecomputes()
{
    const QString database = u"pgfaults_recompute"_s;
    QVERIFY(!fresh(database).isEmpty());
    const QString address = PgTestSupport::addressFor(database, {});
    QTemporaryDir dir;
    const QString first = dir.filePath(u"1.txt"_s);
    const QString second = dir.filePath(u"2.txt"_s);
    Session session(database);
    const auto import = [&](const QString &path) {
        const ProcessTestSupport::Result r = ProcessTestSupport::run(home(u"re"_s), {u"--db"_s, address, u"import"_s, path});
        return r.exitCode == 0 ? QString() : r.err;
    };
    const auto categoriesOf = [&](const QString &title) {
        return session
                .value(u"SELECT coalesce(string_agg(c.name, ',' ORDER BY c.name), '') FROM items i JOIN "
                       u"item_categories ic ON ic.item_id = i.id JOIN categories c ON c.id = ic.category_id "
                       u"WHERE i.title = %1"_s.arg(quoted(title)))
                .toString();
    };
    QVERIFY(writeListing(first, {u"Moving story"_s, u"Other story"_s}, u"Alfa"_s));
    QCOMPARE(import(first), QString());
    QVERIFY(writeListing(second, {u"Third story"_s, u"Moving story"_s}, u"Gamma"_s));
    QCOMPARE(import(second), QString());
    QCOMPARE(categoriesOf(u"Moving story"_s), u"Alfa,Gamma"_s);
    verifyConsistent(session);
    QVERIFY(writeListing(first, {u"Other story"_s, u"Moving story"_s, u"New story"_s}, u"Beta"_s));
    QCOMPARE(import(first), QString());
    QCOMPARE(categoriesOf(u"Moving story"_s), u"Beta,Gamma"_s);
    verifyConsistent(session);
    QVERIFY(writeListing(second, {u"Third story"_s}, u"Gamma"_s));
    QCOMPARE(import(second), QString());
    QCOMPARE(categoriesOf(u"Moving story"_s), u"Beta"_s);
    QCOMPARE(categoriesOf(u"Third story"_s), u"Gamma"_s);
    QCOMPARE(session.value(u"SELECT count(*) FROM items"_s).toLongLong(), 4);
    verifyConsistent(session);
    // What an array literal holds specially comes through as it is (every element is quoted).
    const QString odd = u"NULL {a,b} \"quoted\" back\\slash 'single' \u00e5\u00e4\u00f6"_s;
    QVERIFY(writeListing(second, {u"Third story"_s, odd}, u"Gamma \"G\" \\ {x}"_s));
    QCOMPARE(import(second), QString());
    QCOMPARE(session.value(u"SELECT count(*) FROM items WHERE title = %1"_s.arg(quoted(odd))).toLongLong(), 1);
    QCOMPARE(categoriesOf(odd), u"Gamma \"G\" \\ {x}"_s);
    verifyConsistent(session);
}

// Every connection waits for a lock at most five minutes and is ended by the
// server when it leaves a transaction open and idle for ten; a lock wait that
// runs out says the archive is busy, naming it.
void TestPgFaults::connectionSettings()
{
    const QString database = u"pgfaults_settings"_s;
    QVERIFY(!fresh(database).isEmpty());
    QString error;
    const std::optional<PgAddress> address = PgAddress::parse(PgTestSupport::addressFor(database, u"bob"_s), error);
    QVERIFY2(address, qPrintable(error));
    PgConnection connection;
    const StoreResult<> opened = connection.open(*address);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QSqlQuery q(connection.database());
    QVERIFY(connection.exec(q, u"SELECT current_setting('lock_timeout'), "
                               u"current_setting('idle_in_transaction_session_timeout')"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"5min"_s);
    QCOMPARE(q.value(1).toString(), u"10min"_s);

    // A lock wait that runs out (lock_timeout made short here).
    Session holder(database);
    QVERIFY(holder.exec(u"CREATE TABLE held (id int)"_s));
    QVERIFY(holder.exec(u"GRANT SELECT ON held TO bob"_s));
    QVERIFY(holder.exec(u"BEGIN"_s));
    QVERIFY(holder.exec(u"LOCK TABLE held IN ACCESS EXCLUSIVE MODE"_s));
    QVERIFY(connection.exec(q, u"SET lock_timeout = '50ms'"_s));
    QVERIFY(!connection.exec(q, u"SELECT count(*) FROM held"_s));
    QVERIFY2(connection.error().startsWith(u"The shared archive %1 is busy"_s.arg(address->display())),
             qPrintable(connection.error()));
    QVERIFY(holder.exec(u"ROLLBACK"_s));
}

// Two importers of the same six small files at once, each meeting them in
// the other's order (copies under other names), six times over. Each batch
// holds several files: each import inserts a file's items (and its category
// names) that the other then waits for while holding others of its own, so
// the server may end one of them for a deadlock (40P01). Neither import may
// fail: the updates lock their items in one order, and a batch ended for a
// deadlock is written again. (Whether a round deadlocked is the server's
// timing; pg_stat_database counts the rounds that did.)
void TestPgFaults::crossedImportsNeverFail()
{
    QTemporaryDir dir;
    constexpr int Files = 6;
    for (int f = 0; f < Files; ++f) {
        QStringList titles;
        for (int t = 0; t < 40; ++t)
            titles.append(u"Crossed story %1-%2"_s.arg(f).arg(t));
        const QString category = u"Korsad %1"_s.arg(f);
        QVERIFY(writeListing(dir.filePath(u"alice/%1.txt"_s.arg(f)), titles, category));
        QVERIFY(writeListing(dir.filePath(u"bob/%1.txt"_s.arg(Files - 1 - f)), titles, category));
    }
    const QString database = u"pgfaults_crossed"_s;
    qint64 deadlocks = 0;
    for (int round = 0; round < 6; ++round) {
        const QString owner = fresh(database);
        QVERIFY(!owner.isEmpty());
        const ProcessTestSupport::Result made = ProcessTestSupport::run(home(u"owner"_s), {u"--db"_s, owner, u"list"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        auto alice = ProcessTestSupport::start(
                home(u"alice"_s),
                {u"--db"_s, PgTestSupport::addressFor(database, u"alice"_s), u"import"_s, dir.filePath(u"alice"_s)});
        auto bob = ProcessTestSupport::start(
                home(u"bob"_s),
                {u"--db"_s, PgTestSupport::addressFor(database, u"bob"_s), u"import"_s, dir.filePath(u"bob"_s)});
        QVERIFY(alice && bob);
        const ProcessTestSupport::Result hers = ProcessTestSupport::finish(*alice);
        const ProcessTestSupport::Result his = ProcessTestSupport::finish(*bob);
        QVERIFY2(hers.exitCode == 0, qPrintable(u"round %1: "_s.arg(round) + hers.err));
        QVERIFY2(his.exitCode == 0, qPrintable(u"round %1: "_s.arg(round) + his.err));
        Session session(database);
        QVERIFY2(session.error().isEmpty(), qPrintable(session.error()));
        QCOMPARE(session.value(u"SELECT count(*) FROM items"_s).toLongLong(), qint64(Files * 40));
        QCOMPARE(session.value(u"SELECT count(*) FROM files"_s).toLongLong(), qint64(2 * Files));
        verifyConsistent(session);
        deadlocks += session.value(u"SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"_s)
                             .toLongLong();
    }
    qInfo("deadlocks answered by writing a batch again: %lld", deadlocks);
}

// Two imports add different categories to the same item at once: the item's
// search_categories (what a search by a category's name reads) must hold
// both. The test holds the item's row locked while bob's import adds his
// category, so that his import waits to write the item's search text; then
// it adds a category of its own (as another importer would) and commits.
// Bob's import, going on, must write the text from what is committed then,
// not from what it read before it waited.
void TestPgFaults::categoriesAddedMeanwhileStaySearchable()
{
    const QString database = u"pgfaults_categories"_s;
    const QString owner = fresh(database);
    QVERIFY(!owner.isEmpty());
    const QString bobDb = PgTestSupport::addressFor(database, u"bob"_s);
    QTemporaryDir dir;
    const QString hers = dir.filePath(u"alice/hers.txt"_s);
    const QString bobs = dir.filePath(u"bob/bobs.txt"_s);
    // Bob's file first: its place in the listing order stays before alice's,
    // so his second import changes nothing of the shared item but its categories.
    QVERIFY(writeListing(bobs, {u"Bob one"_s}, u"Bobkategori"_s));
    QVERIFY(writeListing(hers, {u"Shared story"_s}, u"Kultur"_s));
    for (const QString &file : {bobs, hers}) {
        const ProcessTestSupport::Result made =
                ProcessTestSupport::run(home(u"owner"_s), {u"--db"_s, owner, u"import"_s, file});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    }
    Session session(database);
    QVERIFY2(session.error().isEmpty(), qPrintable(session.error()));
    Session holder(database);
    QVERIFY(holder.exec(u"BEGIN"_s));
    QVERIFY2(holder.exec(u"SELECT 1 FROM items WHERE title = 'Shared story' FOR NO KEY UPDATE"_s),
             qPrintable(holder.error()));
    QVERIFY(writeListing(bobs, {u"Bob one"_s, u"Shared story"_s}, u"Bobkategori"_s));
    auto bob = ProcessTestSupport::start(home(u"bob"_s), {u"--db"_s, bobDb, u"import"_s, bobs});
    QVERIFY(bob);
    QVERIFY2(waitUntil([&] { return waitingBackend(session, database, u"bob"_s) != 0; }),
             "bob's import never waited for the shared item");
    // Another importer's category for the item, committed while bob's import waits.
    QVERIFY2(holder.exec(u"INSERT INTO categories(name, search_name) VALUES ('Gammakategori', 'gammakategori')"_s),
             qPrintable(holder.error()));
    QVERIFY2(holder.exec(u"INSERT INTO item_categories(category_id, item_id) SELECT c.id, i.id FROM categories c, "
                         u"items i WHERE c.name = 'Gammakategori' AND i.title = 'Shared story'"_s),
             qPrintable(holder.error()));
    QVERIFY(holder.exec(u"COMMIT"_s));
    const ProcessTestSupport::Result done = ProcessTestSupport::finish(*bob);
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    const QString text =
            session.value(u"SELECT search_categories FROM items WHERE title = 'Shared story'"_s).toString();
    for (const QString &name : {u"kultur"_s, u"bobkategori"_s, u"gammakategori"_s})
        QVERIFY2(text.contains(name), qPrintable(name + u" missing from: "_s + text));
}

bool TestPgFaults::writeBatchListings(const QString &folder)
{
    for (int f = 1; f <= 4; ++f) {
        QStringList titles;
        for (int t = 0; t < 30; ++t)
            titles.append(u"Batch story %1-%2"_s.arg(f).arg(t));
        if (f == 3)
            titles.insert(15, QString::fromUtf16(DeadlockTitle));
        const QString category = f == 3 ? QString::fromUtf16(DeadlockCategory) : u"Fil %1"_s.arg(f);
        if (!writeListing(u"%1/%2.txt"_s.arg(folder).arg(f), titles, category))
            return false;
    }
    return true;
}

QString TestPgFaults::forceDeadlocks(Session &session, qint64 times, const QString &when)
{
    const bool inserts = when.contains(u"INSERT"_s);
    const QString which = inserts ? u"NEW.title = %1 AND "_s.arg(quoted(QString::fromUtf16(DeadlockTitle))) : QString();
    const QStringList statements = {
            u"CREATE SEQUENCE test_deadlocks"_s,
            u"CREATE TABLE test_deadlock_times (times bigint NOT NULL)"_s,
            u"INSERT INTO test_deadlock_times VALUES (%1)"_s.arg(times),
            u"CREATE FUNCTION test_deadlock() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
            u"SET search_path = public AS $$ BEGIN "
            u"IF %1nextval('test_deadlocks') <= (SELECT times FROM test_deadlock_times) THEN "
            u"RAISE EXCEPTION 'deadlock detected (forced by tst_pgfaults)' USING ERRCODE = '40P01'; END IF; "
            u"RETURN %2; END $$"_s.arg(which, inserts ? u"NEW"_s : u"OLD"_s),
            u"CREATE TRIGGER test_deadlock %1 FOR EACH ROW EXECUTE FUNCTION test_deadlock()"_s.arg(when),
    };
    for (const QString &sql : statements) {
        if (!session.exec(sql))
            return session.error();
    }
    return {};
}

QString TestPgFaults::removeDeadlocks(Session &session)
{
    for (const QString &sql : {u"DROP TRIGGER IF EXISTS test_deadlock ON items"_s,
                               u"DROP TRIGGER IF EXISTS test_deadlock ON sources"_s, u"DROP FUNCTION test_deadlock()"_s,
                               u"DROP TABLE test_deadlock_times"_s, u"DROP SEQUENCE test_deadlocks"_s}) {
        if (!session.exec(sql))
            return session.error();
    }
    return {};
}

QString TestPgFaults::contents(Session &session)
{
    const QString items = u"SELECT string_agg(concat_ws('|', encode(i.key, 'hex'), i.title, i.summary, i.title_key, "
                          u"i.search_text, i.search_categories, (SELECT string_agg(c.name, ',' ORDER BY c.name) "
                          u"FROM item_categories ic JOIN categories c ON c.id = ic.category_id "
                          u"WHERE ic.item_id = i.id)), E'\\n' ORDER BY i.key) FROM items i"_s;
    const QString order = u"SELECT string_agg(title, E'\\n' ORDER BY sort_key DESC) FROM items"_s;
    const QString files = u"SELECT string_agg(concat_ws('|', f.path, f.item_count, (SELECT string_agg(concat_ws(':', "
                          u"so.position, i.title), ',' ORDER BY so.position) FROM sources so JOIN items i "
                          u"ON i.id = so.item_id WHERE so.file_id = f.id)), E'\\n' ORDER BY f.path) FROM files f"_s;
    const QString names = u"SELECT string_agg(name || '|' || search_name, ',' ORDER BY name) FROM categories"_s;
    QStringList parts;
    for (const QString &sql : {items, order, files, names})
        parts.append(session.value(sql).toString());
    return parts.join(u"\n--\n"_s);
}

qint64 TestPgFaults::searched(const QString &database, const QString &role, const QString &query) const
{
    const ProcessTestSupport::Result listed = ProcessTestSupport::run(
            home(u"search"_s), {u"--db"_s, PgTestSupport::addressFor(database, role), u"list"_s, u"--search"_s,
                                query, u"--format"_s, u"tsv"_s});
    return listed.exitCode == 0 ? listed.out.count(u'\n') - 1 : -1; // (the header line)
}

QString TestPgFaults::importClean(const QString &database, const QString &folder)
{
    if (fresh(database).isEmpty())
        return {};
    const ProcessTestSupport::Result clean = ProcessTestSupport::run(
            home(u"clean"_s), {u"--db"_s, PgTestSupport::addressFor(database, u"alice"_s), u"import"_s, folder});
    if (clean.exitCode != 0)
        qWarning().noquote() << clean.err;
    return clean.exitCode == 0 ? clean.out.section(u"Items: "_s, 1).section(u'\n', 0, 0) : QString();
}

// A batch of four files whose third meets a deadlock (40P01, forced once by
// a trigger) is undone and written again from its first file: the import
// succeeds, says so in its log, counts each item once, and stores exactly
// what a clean import of the same files stores (searchable by title and by
// category). Without the replay the import fails (exit 1, checked by hand).
void TestPgFaults::deadlockedBatchIsReplayed()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"batch"_s);
    QVERIFY(writeBatchListings(folder));
    const QString cleanItems = importClean(u"pgfaults_replay_clean"_s, folder);
    QVERIFY(cleanItems.startsWith(u"121 new"_s));
    Session clean(u"pgfaults_replay_clean"_s);

    const QString database = u"pgfaults_replay"_s;
    const QString owner = fresh(database);
    QVERIFY(!owner.isEmpty());
    const ProcessTestSupport::Result made = ProcessTestSupport::run(home(u"owner"_s), {u"--db"_s, owner, u"list"_s});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err)); // (the owner makes the archive's tables)
    Session session(database);
    QVERIFY2(session.error().isEmpty(), qPrintable(session.error()));
    QCOMPARE(forceDeadlocks(session, 1), QString());
    const ProcessTestSupport::Result imported =
            importLogged(home(u"replay"_s), PgTestSupport::addressFor(database, u"alice"_s), folder);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    // The deadlock was met (once) and the batch written again, from its first file.
    QCOMPARE(session.value(u"SELECT last_value FROM test_deadlocks"_s).toLongLong(), 2);
    QVERIFY2(imported.err.contains(u"deadlocked with another import; writing the batch of"_s)
                     && imported.err.contains(u"try 1"_s) && !imported.err.contains(u"try 2"_s),
             qPrintable(imported.err));
    // The failed statement is freed once its transaction is undone, not in it (before: "Unable to free
    // statement: ERROR: current transaction is aborted" on the person's terminal, the statement left on the server).
    QVERIFY2(!imported.err.contains(u"Unable to free"_s), qPrintable(imported.err));
    QCOMPARE(removeDeadlocks(session), QString());
    // Each item once, in the report too.
    QCOMPARE(imported.out.section(u"Items: "_s, 1).section(u'\n', 0, 0), cleanItems);
    QCOMPARE(session.value(u"SELECT count(*) FROM items"_s).toLongLong(), 121);
    QCOMPARE(session.value(u"SELECT count(DISTINCT key) FROM items"_s).toLongLong(), 121);
    QCOMPARE(session.value(u"SELECT count(DISTINCT item_id) FROM sources"_s).toLongLong(), 121);
    QCOMPARE(contents(session), contents(clean));
    verifyConsistent(session);
    // Found by a search, as after the clean import: by title (search_text) and by category (search_categories).
    QCOMPARE(searched(database, u"alice"_s, u"deadlock"_s), 1);
    QCOMPARE(searched(database, u"alice"_s, u"sp\u00e4rrkategori"_s), 31);
    QCOMPARE(searched(database, u"alice"_s, u"batch"_s), searched(u"pgfaults_replay_clean"_s, u"alice"_s, u"batch"_s));
}

// The deadlock comes back every time: the import gives up after its tries,
// saying so and naming the server (exit 1); the files before the failing one
// stay whole, nothing of the failing one is written, and the next import
// (the server answering again) completes the archive as a clean import does.
void TestPgFaults::deadlockEveryTimeFailsWhole()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"batch"_s);
    QVERIFY(writeBatchListings(folder));
    QVERIFY(!importClean(u"pgfaults_replay_clean2"_s, folder).isEmpty());
    Session clean(u"pgfaults_replay_clean2"_s);

    const QString database = u"pgfaults_replay_fails"_s;
    const QString owner = fresh(database);
    QVERIFY(!owner.isEmpty());
    const ProcessTestSupport::Result made = ProcessTestSupport::run(home(u"owner"_s), {u"--db"_s, owner, u"list"_s});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    Session session(database);
    QVERIFY2(session.error().isEmpty(), qPrintable(session.error()));
    QCOMPARE(forceDeadlocks(session, 1000000), QString());
    const QString alice = PgTestSupport::addressFor(database, u"alice"_s);
    const ProcessTestSupport::Result failed = importLogged(home(u"fails"_s), alice, folder);
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains(u"The shared archive postgresql://alice@127.0.0.1:"_s)
                     && failed.err.contains(u"kept meeting another import of the same items"_s),
             qPrintable(failed.err));
    QVERIFY2(failed.err.contains(u"try 5"_s) && !failed.err.contains(u"Unable to free"_s), qPrintable(failed.err));
    // Nothing half-written: the files before the third stay whole (written
    // again by the importer), the third and its items are not there at all.
    verifyConsistent(session);
    QCOMPARE(session.value(u"SELECT string_agg(substring(path from '[^/]*$'), ',' ORDER BY path) FROM files"_s)
                     .toString(),
             u"1.txt,2.txt"_s);
    const QString deadlockItem = quoted(QString::fromUtf16(DeadlockTitle));
    QCOMPARE(session.value(u"SELECT count(*) FROM items WHERE title = %1"_s.arg(deadlockItem)).toLongLong(), 0);
    QCOMPARE(session.value(u"SELECT count(*) FROM files WHERE path LIKE '%/3.txt'"_s).toLongLong(), 0);
    QCOMPARE(session.value(u"SELECT count(*) FROM items WHERE title LIKE 'Batch story 3-%'"_s).toLongLong(), 0);

    QCOMPARE(removeDeadlocks(session), QString());
    const ProcessTestSupport::Result again =
            ProcessTestSupport::run(home(u"fails"_s), {u"--db"_s, alice, u"import"_s, folder});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(contents(session), contents(clean));
    verifyConsistent(session);
    QCOMPARE(searched(database, u"alice"_s, u"sp\u00e4rrkategori"_s), 31);
}

// A file imported again (changed) releases its old sources: a deadlock met
// there (forced once on the DELETE of its sources) is replayed like any, and
// the statement before it in that step is freed before the failing one ran,
// so nothing is left to free in the aborted transaction ("Unable to free
// statement" on the person's terminal, the statement left on the server).
void TestPgFaults::deadlockWhileReleasingIsReplayed()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"batch"_s);
    QVERIFY(writeBatchListings(folder));
    const QString database = u"pgfaults_release"_s;
    const QString owner = fresh(database);
    QVERIFY(!owner.isEmpty());
    const QString alice = PgTestSupport::addressFor(database, u"alice"_s);
    const ProcessTestSupport::Result first = importLogged(home(u"release"_s), alice, folder);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    Session session(database);
    QVERIFY2(session.error().isEmpty(), qPrintable(session.error()));
    QCOMPARE(forceDeadlocks(session, 1, u"BEFORE DELETE ON sources"_s), QString());
    QVERIFY(writeListing(folder + u"/1.txt"_s, {u"Changed story one"_s, u"Changed story two"_s}, u"Fil 1"_s));
    const ProcessTestSupport::Result again = importLogged(home(u"release"_s), alice, folder);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(session.value(u"SELECT last_value FROM test_deadlocks"_s).toLongLong() >= 2, "the trigger never fired");
    QVERIFY2(again.err.contains(u"try 1"_s) && !again.err.contains(u"try 2"_s), qPrintable(again.err));
    QVERIFY2(!again.err.contains(u"Unable to free"_s), qPrintable(again.err));
    QCOMPARE(removeDeadlocks(session), QString());
    verifyConsistent(session);
    QCOMPARE(session.value(u"SELECT count(*) FROM items WHERE title LIKE 'Changed story %'"_s).toLongLong(), 2);
    QCOMPARE(session.value(u"SELECT count(*) FROM items WHERE title LIKE 'Batch story 1-%'"_s).toLongLong(), 0);
}

QTEST_GUILESS_MAIN(TestPgFaults)
#include "tst_pgfaults.moc"
