#include "models/importing/sourcewatcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// SourceWatcher: what changed in a watched folder (or a watched file) is
// reported as what to import, gathered while changes keep coming: the files
// that changed or came by themselves, a folder when an entry left it.
class TestSourceWatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void changedFileByItself();
    void newFilesByThemselves();
    void newFolderByItself();
    void removedFileNamesItsFolder();
    void replacedFileSource();
    void copyGatheredIntoFewImports();
    void clearStopsReporting();
    void manyFilesWatched();

private:
    QString write(const QString &name, const QByteArray &bytes = "Nyheter\n");
    // Every path reported, until a report came and none followed for a while.
    QStringList reported(QSignalSpy &spy);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SourceWatcher> m_watcher;
    QString m_folder;
};

void TestSourceWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = QDir::cleanPath(m_dir->path());
    write(u"a.txt"_s);
    write(u"b.txt"_s);
    m_watcher = std::make_unique<SourceWatcher>();
}

QString TestSourceWatcher::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_folder + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QStringList TestSourceWatcher::reported(QSignalSpy &spy)
{
    QStringList paths;
    if (spy.isEmpty() && !spy.wait(10000))
        return paths;
    while (!spy.isEmpty() || spy.wait(SourceWatcher::MaxWaitMs + 500)) {
        paths += spy.takeFirst().constFirst().toStringList();
    }
    paths.removeDuplicates();
    paths.sort();
    return paths;
}

void TestSourceWatcher::changedFileByItself()
{
    m_watcher->addSources({m_folder});
    QSignalSpy spy(m_watcher.get(), &SourceWatcher::pathsChanged);
    QVERIFY(spy.isValid());
    write(u"a.txt"_s, "More\n");
    QCOMPARE(reported(spy), QStringList{m_folder + u"/a.txt"_s});
}

void TestSourceWatcher::newFilesByThemselves()
{
    m_watcher->addSources({m_folder});
    QSignalSpy spy(m_watcher.get(), &SourceWatcher::pathsChanged);
    QVERIFY(spy.isValid());
    write(u"c.txt"_s);
    write(u"d.txt"_s);
    write(u"notes.md"_s); // not a listing: not reported
    QCOMPARE(reported(spy), (QStringList{m_folder + u"/c.txt"_s, m_folder + u"/d.txt"_s}));
    // The new files are watched from now on.
    QVERIFY(m_watcher->watchedPaths().contains(m_folder + u"/c.txt"_s));
}

void TestSourceWatcher::newFolderByItself()
{
    m_watcher->addSources({m_folder});
    QSignalSpy spy(m_watcher.get(), &SourceWatcher::pathsChanged);
    QVERIFY(spy.isValid());
    QVERIFY(QDir(m_folder).mkpath(u"sub"_s));
    write(u"sub/e.txt"_s);
    const QStringList paths = reported(spy);
    QVERIFY2(paths == QStringList{m_folder + u"/sub"_s} || paths == QStringList{m_folder + u"/sub/e.txt"_s}
                     || paths == (QStringList{m_folder + u"/sub"_s, m_folder + u"/sub/e.txt"_s}),
             qPrintable(paths.join(u", "_s)));
    QVERIFY(!paths.contains(m_folder));
}

// The import of the folder forgets the file (a file that is gone cannot be imported by itself).
void TestSourceWatcher::removedFileNamesItsFolder()
{
    m_watcher->addSources({m_folder});
    QSignalSpy spy(m_watcher.get(), &SourceWatcher::pathsChanged);
    QVERIFY(spy.isValid());
    QVERIFY(QFile::remove(m_folder + u"/b.txt"_s));
    QCOMPARE(reported(spy), QStringList{m_folder});
}

// Editors save by writing a new file over the old one.
void TestSourceWatcher::replacedFileSource()
{
    const QString a = m_folder + u"/a.txt"_s;
    m_watcher->addSources({a});
    QSignalSpy spy(m_watcher.get(), &SourceWatcher::pathsChanged);
    QVERIFY(spy.isValid());
    QSaveFile file(a);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("Nyheter\nNy\n") > 0);
    QVERIFY(file.commit());
    QCOMPARE(reported(spy), QStringList{a});

    // Still watched: a second save is seen too.
    write(u"a.txt"_s, "Mer\n");
    QCOMPARE(reported(spy), QStringList{a});
}

void TestSourceWatcher::copyGatheredIntoFewImports()
{
    m_watcher->addSources({m_folder});
    QSignalSpy spy(m_watcher.get(), &SourceWatcher::pathsChanged);
    QVERIFY(spy.isValid());
    QStringList written;
    for (int i = 0; i < 50; ++i)
        written.append(write(u"copy%1.txt"_s.arg(i, 2, 10, QChar(u'0'))));
    QVERIFY(spy.wait(10000));
    // (All written before the first report: gathered, not one import a file.)
    QVERIFY(spy.size() < 50);
    QCOMPARE(reported(spy), written);
}

void TestSourceWatcher::clearStopsReporting()
{
    m_watcher->addSources({m_folder});
    QSignalSpy spy(m_watcher.get(), &SourceWatcher::pathsChanged);
    QVERIFY(spy.isValid());
    m_watcher->clear();
    QVERIFY(m_watcher->watchedPaths().isEmpty());
    write(u"a.txt"_s, "More\n");
    QVERIFY(!spy.wait(SourceWatcher::MaxWaitMs + 500));
}

// More files than one QFileSystemWatcher is given (it looks for each new path
// in a list of all it watches): every one is watched, and a change is told.
void TestSourceWatcher::manyFilesWatched()
{
    QVERIFY(QDir(m_folder).mkpath(u"many"_s));
    QStringList many;
    for (int i = 0; i < 5000; ++i)
        many.append(write(u"many/f%1.txt"_s.arg(i, 4, 10, QChar(u'0'))));
    m_watcher->addSources({m_folder});
    const QStringList watched = m_watcher->watchedPaths();
    QCOMPARE(watched.size(), qsizetype(5000 + 4)); // the folder, many/, a.txt, b.txt
    QVERIFY(watched.contains(many.constLast()));
    QSignalSpy spy(m_watcher.get(), &SourceWatcher::pathsChanged);
    QVERIFY(spy.isValid());
    write(u"many/f4999.txt"_s, "More\n");
    QCOMPARE(reported(spy), QStringList{many.constLast()});
    write(u"many/new.txt"_s);
    QCOMPARE(reported(spy), QStringList{m_folder + u"/many/new.txt"_s});
    QCOMPARE(m_watcher->watchedPaths().size(), qsizetype(5000 + 5));
}

QTEST_GUILESS_MAIN(TestSourceWatcher)

#include "tst_sourcewatcher.moc"
