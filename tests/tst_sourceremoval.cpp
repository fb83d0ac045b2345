// Removing listing files from the archive (issue 16, item 4): NewsImporter::
// removeFiles and ImportTask::startRemoval on real files and a real cache;
// the removed files left out of folder and watched-folder imports until one is
// imported by itself; the sources pane's counts (NewsStore::sourceCounts).

#include "models/importing/importtask.h"
#include "models/importing/newsimporter.h"
#include "models/importing/removalreport.h"
#include "models/store/newsstore.h"
#include "storetestsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

class TestSourceRemoval final : public QObject, private StoreTestFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void sharedItemsStay();
    void removedFileLeftOutOfFolderImport();
    void removedFileLeftOutOfWatchedChanges();
    void importedByItselfComesBack();
    void rememberedFileForgotten();
    void unknownFileRemovesNothing();
    void sourceCountsFollowMarksAndRemoval();
    void sourceCountsOfManyFiles();
    void removalWhileTheWindowsStoreIsOpen();

private:
    // a.txt: Ett, Delad; b.txt: Delad, Tre (canonical paths).
    std::pair<QString, QString> writeTwoFiles();
    RemovalReport remove(const QStringList &paths);
    QList<SourceCount> sourceCounts() const;
};

std::pair<QString, QString> TestSourceRemoval::writeTwoFiles()
{
    const QString a = canonical(writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text ett om tåg."_s, u"Kultur"_s},
                                                        {u"Delad"_s, u"Samma text."_s, u"Stöd"_s}}));
    const QString b = canonical(writeListing(u"b.txt"_s, {{u"Delad"_s, u"Samma text."_s, u"Stöd"_s},
                                                        {u"Tre"_s, u"Text tre."_s, u"Kultur"_s}}));
    return {a, b};
}

RemovalReport TestSourceRemoval::remove(const QStringList &paths)
{
    NewsImporter importer(*m_store);
    return importer.removeFiles(paths);
}

QList<SourceCount> TestSourceRemoval::sourceCounts() const
{
    const QList<SourceCount> counts = m_store->sourceCounts();
    if (m_store->lastReadFailed())
        qWarning("sourceCounts failed: %s", qPrintable(m_store->readError()));
    return counts;
}

void TestSourceRemoval::sharedItemsStay()
{
    const auto [a, b] = writeTwoFiles();
    QVERIFY(importFolder().error.isEmpty());
    QCOMPARE(m_store->itemCount(), 3);

    const RemovalReport report = remove({a});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.files, QStringList{a});
    QCOMPARE(report.itemsRemoved, 1); // Ett
    QCOMPARE(report.itemsKept, 1);    // Delad: b.txt holds it
    QCOMPARE(sorted(titles()), (QStringList{u"Delad"_s, u"Tre"_s}));
    QCOMPARE(m_store->sourceFiles(), QStringList{b});
    // Counts and the search index follow: Ett's words find nothing.
    QCOMPARE(counts(), (QMap<QString, qint64>{{u"Kultur"_s, 1}, {u"Stöd"_s, 1}}));
    ItemFilter search;
    search.search = u"tåg"_s;
    QCOMPARE(m_store->itemCount(search), 0);
    QCOMPARE(titles(search), QStringList());
    search.search = u"samma"_s;
    QCOMPARE(titles(search), QStringList{u"Delad"_s});
    QVERIFY(ftsMatchesContent());
    QCOMPARE(m_store->pendingIndexItems(), 0);
    // The shared item's source is b.txt alone now.
    const NewsItem shared = m_store->item(idOf(u"Delad"_s));
    QCOMPARE(shared.sources.size(), 1);
    QCOMPARE(shared.sources.constFirst().file, b);
    QCOMPARE(m_store->removedFiles(), QStringList{a});
    // The file itself is untouched.
    QVERIFY(QFile::exists(a));
}

void TestSourceRemoval::removedFileLeftOutOfFolderImport()
{
    const auto [a, b] = writeTwoFiles();
    QVERIFY(importFolder().error.isEmpty());
    QVERIFY(remove({a}).error.isEmpty());

    // Re-importing the folder (and a rebuild from the remembered folder) leaves a.txt out, even when it changed.
    writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text ett om tåg, ändrad."_s, u"Kultur"_s}});
    const ImportReport report = importFolder();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY(!report.imported.contains(a));
    QCOMPARE(m_store->sourceFiles(), QStringList{b});
    QCOMPARE(sorted(titles()), (QStringList{u"Delad"_s, u"Tre"_s}));
    QCOMPARE(m_store->removedFiles(), QStringList{a});
    QCOMPARE(m_store->rememberedSources(), QStringList{m_folder});
}

void TestSourceRemoval::removedFileLeftOutOfWatchedChanges()
{
    const auto [a, b] = writeTwoFiles();
    QVERIFY(importFolder().error.isEmpty());
    QVERIFY(remove({a}).error.isEmpty());

    // A watched folder reports the file as changed: imported without being named as a source.
    writeListing(u"a.txt"_s, {{u"Ett"_s, u"Ändrad."_s, u"Kultur"_s}});
    NewsImporter importer(*m_store);
    importer.setForgetVanished(false);
    const ImportReport report = importer.importPaths({a}, {});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY(report.imported.isEmpty());
    QCOMPARE(m_store->sourceFiles(), QStringList{b});
    QCOMPARE(m_store->removedFiles(), QStringList{a});
}

void TestSourceRemoval::importedByItselfComesBack()
{
    const auto [a, b] = writeTwoFiles();
    QVERIFY(importFolder().error.isEmpty());
    QVERIFY(remove({a}).error.isEmpty());

    NewsImporter importer(*m_store);
    const ImportReport report = importer.importPaths({a});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported, QStringList{a});
    QCOMPARE(sorted(titles()), (QStringList{u"Delad"_s, u"Ett"_s, u"Tre"_s}));
    QCOMPARE(m_store->removedFiles(), QStringList());
    // The removal is lifted for good: the folder's next import keeps it.
    QVERIFY(importFolder().error.isEmpty());
    QCOMPARE(sorted(m_store->sourceFiles()), sorted({a, b}));
    QCOMPARE(m_store->itemCount(), 3);
}

void TestSourceRemoval::rememberedFileForgotten()
{
    const auto [a, b] = writeTwoFiles();
    {
        NewsImporter importer(*m_store);
        QVERIFY(importer.importPaths({a, b}).error.isEmpty());
    }
    QCOMPARE(sorted(m_store->rememberedSources()), sorted({a, b}));
    QVERIFY(remove({a}).error.isEmpty());
    // A cache rebuilt from the remembered sources would not bring it back.
    QCOMPARE(m_store->rememberedSources(), QStringList{b});
}

void TestSourceRemoval::unknownFileRemovesNothing()
{
    const auto [a, b] = writeTwoFiles();
    QVERIFY(importFolder().error.isEmpty());
    const QString other = writeListing(u"other.txt"_s, {{u"Fyra"_s, u"Text."_s, u"Kultur"_s}});
    const RemovalReport report = remove({a, other});
    QVERIFY(report.error.contains(other));
    QVERIFY(report.error.contains(m_dbPath));
    QCOMPARE(report.files, QStringList());
    QCOMPARE(report.itemsRemoved, 0);
    QCOMPARE(m_store->itemCount(), 3);
    QCOMPARE(m_store->removedFiles(), QStringList());
}

void TestSourceRemoval::sourceCountsFollowMarksAndRemoval()
{
    const auto [a, b] = writeTwoFiles();
    QVERIFY(importFolder().error.isEmpty());
    QCOMPARE(sourceCounts(), (QList<SourceCount>{{a, 2, 2}, {b, 2, 2}}));
    // A read item counts as read in every file that holds it.
    QVERIFY(m_store->setRead({idOf(u"Delad"_s)}, true));
    QCOMPARE(sourceCounts(), (QList<SourceCount>{{a, 2, 1}, {b, 2, 1}}));
    QVERIFY(m_store->setRead({idOf(u"Tre"_s)}, true));
    QCOMPARE(sourceCounts(), (QList<SourceCount>{{a, 2, 1}, {b, 2, 0}}));
    QVERIFY(remove({a}).error.isEmpty());
    QCOMPARE(sourceCounts(), (QList<SourceCount>{{b, 2, 0}}));
    // A file that holds the same item twice counts it twice, as the file's
    // list in its own order shows it.
    const QString twice = canonical(writeListing(u"c.txt"_s, {{u"Två"_s, u"Gånger."_s, u"Kultur"_s},
                                                            {u"Två"_s, u"Gånger."_s, u"Kultur"_s}}));
    QVERIFY(importFolder().error.isEmpty());
    ItemFilter inFile;
    inFile.sourceFile = twice;
    QCOMPARE(m_store->itemIds(inFile).size(), 2);
    QCOMPARE(sourceCounts(), (QList<SourceCount>{{b, 2, 0}, {twice, 2, 2}}));
    QVERIFY(m_store->setRead({idOf(u"Två"_s)}, true));
    QCOMPARE(sourceCounts(), (QList<SourceCount>{{b, 2, 0}, {twice, 2, 0}}));
    QVERIFY(!m_store->lastReadFailed());
}

void TestSourceRemoval::sourceCountsOfManyFiles()
{
    // Every file its own row, in path order, with read marks spread over them.
    QStringList paths;
    for (int i = 0; i < 120; ++i) {
        paths.append(canonical(writeListing(u"f%1.txt"_s.arg(i, 3, 10, QLatin1Char('0')),
                                            {{u"Eget %1"_s.arg(i), u"Text."_s, u"Kultur"_s},
                                             {u"Andra %1"_s.arg(i), u"Mer text."_s, u"Stöd"_s}})));
    }
    QVERIFY(importFolder().error.isEmpty());
    QList<qint64> read;
    for (int i = 0; i < 120; i += 3)
        read.append(idOf(u"Eget %1"_s.arg(i)));
    QVERIFY(m_store->setRead(read, true));
    const QList<SourceCount> counts = sourceCounts();
    QCOMPARE(counts.size(), 120);
    for (int i = 0; i < 120; ++i) {
        QCOMPARE(counts.at(i).path, paths.at(i));
        QCOMPARE(counts.at(i).count, 2);
        QCOMPARE(counts.at(i).unread, i % 3 == 0 ? 1 : 2);
    }
}

void TestSourceRemoval::removalWhileTheWindowsStoreIsOpen()
{
    // m_store is the window's connection; the removal runs off its thread
    // with a connection of its own, like an import.
    const auto [a, b] = writeTwoFiles();
    QVERIFY(importFolder().error.isEmpty());
    const QString stampBefore = m_store->importStamp();
    QCOMPARE(m_store->itemCount(), 3);

    ImportTask task;
    QSignalSpy removed(&task, &ImportTask::removalFinished);
    QVERIFY(removed.isValid());
    task.startRemoval(m_dbPath, {a});
    QVERIFY(task.isRunning());
    QVERIFY(removed.wait(60'000));
    QVERIFY(!task.isRunning());
    const auto report = removed.constFirst().constFirst().value<RemovalReport>();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.files, QStringList{a});
    QCOMPARE(report.itemsRemoved, 1);
    QCOMPARE(report.itemsKept, 1);

    // The open store sees it: a new stamp (the window refreshes), the counts.
    QVERIFY(m_store->importStamp() != stampBefore);
    QCOMPARE(m_store->itemCount(), 2);
    QCOMPARE(sourceCounts(), (QList<SourceCount>{{b, 2, 2}}));

    // An import and a removal asked together run one after the other.
    QSignalSpy imported(&task, &ImportTask::finished);
    task.start(m_dbPath, {a});
    task.startRemoval(m_dbPath, {b});
    QVERIFY(removed.wait(60'000) || removed.size() == 2);
    QCOMPARE(imported.size(), 1);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(m_store->sourceFiles(), QStringList{a});
    QCOMPARE(sorted(titles()), (QStringList{u"Delad"_s, u"Ett"_s}));
}

QTEST_GUILESS_MAIN(TestSourceRemoval)
#include "tst_sourceremoval.moc"
