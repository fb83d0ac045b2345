#include "models/store/sqlite/sqltransaction.h"

#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>
#include <optional>
#include <thread>
#include <utility>

using namespace Qt::StringLiterals;

// SqlTransaction on real SQLite files, each test in a fresh temporary folder:
// what it commits stays, what it does not is rolled back, and a failure is
// logged and reported.
class TestSqlTransaction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void commitKeeps();
    void destructorRollsBack();
    void explicitRollback();
    void failingBeginIsReported();
    void moveHandsTheTransactionOn();
    void moveAssignmentRollsBackTheTarget();
    void failingCommitIsReportedAndRolledBack_data();
    void failingCommitIsReportedAndRolledBack();
    void beginsWithTheWriteLock();
    void waitsItsTurnInWal();

private:
    QSqlDatabase open(const QString &connection, const QString &file = u"test.sqlite"_s, int busyTimeout = 0);
    qint64 rows(const QSqlDatabase &db, const QString &table = u"notes"_s);
    static bool insert(const QSqlDatabase &db, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    QSqlDatabase m_db;
};

void TestSqlTransaction::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = open(u"tst-main"_s);
    QVERIFY(m_db.isOpen());
    QSqlQuery q(m_db);
    QVERIFY2(q.exec(u"CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)"_s), qPrintable(q.lastError().text()));
}

void TestSqlTransaction::cleanup()
{
    m_db = {};
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_dir.reset();
}

QSqlDatabase TestSqlTransaction::open(const QString &connection, const QString &file, int busyTimeout)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(m_dir->filePath(file));
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeout)); // 0: a lock fails at once
    db.open();
    return db;
}

qint64 TestSqlTransaction::rows(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : -1;
}

bool TestSqlTransaction::insert(const QSqlDatabase &db, const QString &text)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO notes(text) VALUES (?)"_s);
    q.addBindValue(text);
    return q.exec();
}

void TestSqlTransaction::commitKeeps()
{
    SqlTransaction transaction(m_db);
    QVERIFY(transaction.isActive());
    QVERIFY(insert(m_db, u"kept"_s));
    QVERIFY(transaction.commit());
    QVERIFY(!transaction.isActive());
    QVERIFY(transaction.errorString().isEmpty());
    QVERIFY(!transaction.commit()); // once only

    const QSqlDatabase other = open(u"tst-other"_s);
    QCOMPARE(rows(other), 1);
}

void TestSqlTransaction::destructorRollsBack()
{
    {
        SqlTransaction transaction(m_db);
        QVERIFY(transaction.isActive());
        QVERIFY(insert(m_db, u"undone"_s));
        QCOMPARE(rows(m_db), 1);
    }
    QCOMPARE(rows(m_db), 0);
    // The connection is free for the next transaction.
    SqlTransaction next(m_db);
    QVERIFY(next.isActive());
}

void TestSqlTransaction::explicitRollback()
{
    SqlTransaction transaction(m_db);
    QVERIFY(insert(m_db, u"undone"_s));
    QVERIFY(transaction.rollback());
    QVERIFY(!transaction.isActive());
    QCOMPARE(rows(m_db), 0);
    QVERIFY(!transaction.rollback()); // nothing left to undo
    QVERIFY(!transaction.commit());
    QVERIFY(insert(m_db, u"outside"_s));
    QCOMPARE(rows(m_db), 1);
}

void TestSqlTransaction::failingBeginIsReported()
{
    SqlTransaction outer(m_db);
    QVERIFY(outer.isActive());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot begin a transaction"_s));
    SqlTransaction inner(m_db); // SQLite has no nested transactions
    QVERIFY(!inner.isActive());
    QVERIFY(!inner.errorString().isEmpty());
    QVERIFY(!inner.commit());
    QVERIFY(outer.isActive()); // the failure left the outer one alone
    QVERIFY(insert(m_db, u"kept"_s));
    QVERIFY(outer.commit());
    QCOMPARE(rows(m_db), 1);
}

void TestSqlTransaction::moveHandsTheTransactionOn()
{
    std::optional<SqlTransaction> held;
    {
        SqlTransaction first(m_db);
        QVERIFY(insert(m_db, u"moved"_s));
        held.emplace(std::move(first));
        QVERIFY(!first.isActive()); // a moved-from transaction is inactive
        QVERIFY(held->isActive());
    } // the moved-from one rolls nothing back
    QCOMPARE(rows(m_db), 1);
    QVERIFY(held->commit());
    held.reset();
    QCOMPARE(rows(m_db), 1);
}

void TestSqlTransaction::moveAssignmentRollsBackTheTarget()
{
    SqlTransaction target(m_db);
    QVERIFY(insert(m_db, u"undone"_s));
    // (Another file: the target holds this one's write lock.)
    const QSqlDatabase otherDb = open(u"tst-other"_s, u"other.sqlite"_s);
    QSqlQuery create(otherDb);
    QVERIFY(create.exec(u"CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)"_s));
    SqlTransaction other(otherDb);
    QVERIFY(other.isActive());
    target = std::move(other); // the target's own transaction is rolled back first
    QCOMPARE(rows(m_db), 0);
    QVERIFY(target.isActive());
    QVERIFY(!other.isActive());
    QVERIFY(target.commit());
}

void TestSqlTransaction::failingCommitIsReportedAndRolledBack_data()
{
    QTest::addColumn<bool>("foreignKey");
    QTest::newRow("deferred foreign key violation") << true;
    QTest::newRow("another connection holds a lock") << false;
}

void TestSqlTransaction::failingCommitIsReportedAndRolledBack()
{
    QFETCH(bool, foreignKey);
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"PRAGMA foreign_keys = ON"_s));
    QVERIFY(q.exec(u"CREATE TABLE links(note_id INTEGER REFERENCES notes(id) DEFERRABLE INITIALLY DEFERRED)"_s));
    QSqlDatabase reader = open(u"tst-reader"_s);
    QSqlQuery read(reader);
    if (!foreignKey) // a read transaction keeps its shared lock until it ends
        QVERIFY(read.exec(u"BEGIN"_s) && read.exec(u"SELECT count(*) FROM notes"_s) && read.next());

    SqlTransaction transaction(m_db);
    QVERIFY(insert(m_db, u"lost"_s));
    if (foreignKey)
        QVERIFY(q.exec(u"INSERT INTO links(note_id) VALUES (42)"_s)); // no note 42: fails at commit
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot commit a transaction"_s));
    QVERIFY(!transaction.commit());
    QVERIFY(!transaction.isActive());
    QVERIFY(!transaction.errorString().isEmpty());

    read.finish();
    if (!foreignKey)
        QVERIFY(read.exec(u"COMMIT"_s));
    QCOMPARE(rows(m_db), 0);
    QCOMPARE(rows(m_db, u"links"_s), 0);
    QCOMPARE(rows(reader), 0);
}

void TestSqlTransaction::beginsWithTheWriteLock()
{
    QSqlQuery wal(m_db);
    QVERIFY(wal.exec(u"PRAGMA journal_mode = WAL"_s));
    wal.finish();
    SqlTransaction transaction(m_db); // nothing written yet
    QVERIFY(transaction.isActive());

    // A deferred BEGIN would hold no lock until its first write: another
    // writer could go first, and this one fail then.
    const QSqlDatabase other = open(u"tst-other"_s);
    QVERIFY(!insert(other, u"second"_s));
    QSqlQuery begin(other);
    QVERIFY(!begin.exec(u"BEGIN IMMEDIATE"_s));
    QCOMPARE(begin.lastError().nativeErrorCode(), u"5"_s); // SQLITE_BUSY

    QVERIFY(insert(m_db, u"first"_s));
    QVERIFY(transaction.commit());
    QVERIFY(insert(other, u"second"_s));
    QCOMPARE(rows(m_db), 2);
}

void TestSqlTransaction::waitsItsTurnInWal()
{
    // One writer holds the lock for a while; a transaction that reads before
    // it writes (as the importer's do) waits through the busy timeout and
    // works. Begun deferred, it read while the other wrote and its first write
    // failed at once with "database is locked", busy timeout or not.
    QSqlQuery wal(m_db);
    QVERIFY(wal.exec(u"PRAGMA journal_mode = WAL"_s));
    wal.finish();
    const QString path = m_db.databaseName();
    QSemaphore locked;
    bool otherCommitted = false;
    std::thread writer([&] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst-writer"_s);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery q(db);
            const bool began = q.exec(u"BEGIN IMMEDIATE"_s) && q.exec(u"INSERT INTO notes(text) VALUES ('other')"_s);
            locked.release();
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            otherCommitted = began && q.exec(u"COMMIT"_s);
        }
        QSqlDatabase::removeDatabase(u"tst-writer"_s);
    });
    locked.acquire();
    const QSqlDatabase waiting = open(u"tst-waiting"_s, u"test.sqlite"_s, 60000); // a hang guard, not a timing
    {
        SqlTransaction transaction(waiting);
        const bool active = transaction.isActive();
        const qint64 before = rows(waiting);
        const bool written = insert(waiting, u"mine"_s);
        const bool committed = transaction.commit();
        writer.join();
        QVERIFY(otherCommitted);
        QVERIFY2(active, qPrintable(transaction.errorString()));
        QCOMPARE(before, 1); // it began after the other's commit
        QVERIFY(written);
        QVERIFY(committed);
    }
    QCOMPARE(rows(m_db), 2);
}

QTEST_GUILESS_MAIN(TestSqlTransaction)

#include "tst_sqltransaction.moc"
