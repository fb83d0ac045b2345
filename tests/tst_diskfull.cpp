#include "processtestsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ProcessTestSupport;

// Issue 12 item 8: a disk that fills up during an import. A real full
// filesystem: a 3 MB tmpfs mounted in a mount namespace of its own (unshare -m,
// as root or with CAP_SYS_ADMIN), holding a cache with the sample; an import
// of more than fits. The import says "the disk is full", names the file and the
// cache, exits 1, and the cache keeps what it held (integrity_check, its items).
// (Was: "cannot rollback - no transaction is active", read after the rollback.)
class TestDiskFull final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importOnAFullDiskSaysSoAndKeepsTheCache();

private:
    QString m_unshare;
};

void TestDiskFull::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(NEWSDESK_BINARY)).isExecutable(), NEWSDESK_BINARY);
    m_unshare = QStandardPaths::findExecutable(u"unshare"_s);
    if (m_unshare.isEmpty())
        QSKIP("unshare(1) from util-linux is not installed: no small filesystem of its own can be mounted");
    QTemporaryDir probe;
    QVERIFY(probe.isValid());
    QProcess mount;
    mount.start(m_unshare, {u"-m"_s, u"sh"_s, u"-c"_s, u"mount -t tmpfs -o size=1m tmpfs \"$0\""_s, probe.path()});
    QVERIFY(mount.waitForFinished(30000));
    if (mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0) {
        const QByteArray why = "mounting a tmpfs in a mount namespace of its own needs root or CAP_SYS_ADMIN, "
                               "which this test does not have: " + mount.readAllStandardError().trimmed();
        QSKIP(why.constData());
    }
}

void TestDiskFull::importOnAFullDiskSaysSoAndKeepsTheCache()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"full"_s) && QDir(dir.path()).mkpath(u"copy"_s));
    const QStringList big = writeListings(dir.filePath(u"big"_s), u"big"_s, 10, 2000); // about 4 MB
    QCOMPARE(big.size(), 10);
    const QString full = dir.filePath(u"full"_s);
    const QString db = full + u"/cache.sqlite"_s;

    // Everything that sees the small filesystem runs in its namespace; what
    // the test reads afterwards is written outside it (dir, not dir/full).
    const QString script = uR"(set -u
full="$0"; bin="$1"; out="$2"; sample="$3"; big="$4"; db="$full/cache.sqlite"
mount -t tmpfs -o size=3m tmpfs "$full" || exit 3
"$bin" import --db "$db" "$sample" >"$out/sample.out" 2>"$out/sample.err"; echo $? >"$out/sample.rc"
"$bin" import --db "$db" "$big" >"$out/full.out" 2>"$out/full.err"; echo $? >"$out/full.rc"
df -k "$full" >"$out/df.out"
"$bin" list --db "$db" --format tsv >"$out/list.out" 2>"$out/list.err"; echo $? >"$out/list.rc"
cp "$full"/cache.sqlite* "$out/copy/"
)"_s;
    QProcess namespaced;
    namespaced.setProcessEnvironment(environment(dir.path()));
    namespaced.start(m_unshare, {u"-m"_s, u"sh"_s, u"-c"_s, script, full, QStringLiteral(NEWSDESK_BINARY),
                                 dir.path(), QStringLiteral(NEWSDESK_SAMPLE_DIR), dir.filePath(u"big"_s)});
    QVERIFY(namespaced.waitForFinished(300000)); // a hang guard
    QVERIFY2(namespaced.exitCode() == 0, namespaced.readAllStandardError().constData());
    const auto read = [&](const QString &name) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
    };
    QCOMPARE(read(u"sample.rc"_s), u"0"_s);

    // The import says why, naming a listing file and the cache.
    const QString err = read(u"full.err"_s);
    QCOMPARE(read(u"full.rc"_s), u"1"_s);
    QVERIFY2(err.contains(u"the disk is full"_s), qPrintable(err));
    QVERIFY2(err.contains(db), qPrintable(err));
    QVERIFY2(err.contains(dir.filePath(u"big/big-0"_s)), qPrintable(err));
    QVERIFY2(!err.contains(u"rollback"_s) && !err.contains(u"no transaction"_s), qPrintable(err));

    // The cache is whole: what it held and the files the import reported
    // done (batches committed before the disk filled), no more, no less.
    const QRegularExpressionMatch imported = QRegularExpression(u"Files: (\\d+) imported"_s).match(read(u"full.out"_s));
    QVERIFY(imported.hasMatch());
    const qint64 expected = 47 + imported.captured(1).toLongLong() * 2000;
    QCOMPARE(read(u"list.rc"_s), u"0"_s);
    QCOMPARE(qint64(read(u"list.out"_s).count(u'\n')), expected); // lines less the header's: trimmed
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst-copy"_s);
        copy.setDatabaseName(dir.filePath(u"copy/cache.sqlite"_s));
        QVERIFY(copy.open());
        QSqlQuery q(copy);
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        QVERIFY(q.exec(u"SELECT count(*) FROM items"_s) && q.next());
        QCOMPARE(q.value(0).toLongLong(), expected);
        q.finish();
        copy.close();
    }
    QSqlDatabase::removeDatabase(u"tst-copy"_s);
}

QTEST_GUILESS_MAIN(TestDiskFull)

#include "tst_diskfull.moc"
