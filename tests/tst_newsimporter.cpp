#include "storetestsupport.h"

#include "models/importing/importreader.h"
#include "models/importing/importtask.h"
#include "models/importing/newsimporter.h"
#include "models/store/newsstore.h"
#include "models/support/background.h"
#include "models/store/sqlite/searchindex.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <utility>

// The importer: files and folders into the cache, incrementally, in batches,
// with the search index written after the files; each test on a fresh
// database in its own temporary folder.
class TestNewsImporter final : public QObject, private StoreTestFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void sampleImport();
    void sampleImportFromDisk();
    void sampleReimportSkipped();
    void itemsWithoutParts();
    void sameItemInTwoFiles();
    void unchangedFilesSkipped();
    void changedFileReplacesItsItems();
    void deletedFileStopsContributing();
    void missingFolderKeepsItsItems();
    void readAndStarredSurvive();
    void failingFileRollsBack();
    void failedStatementIsLoggedAndReported();
    void rejectedFileInBatch();
    void missingPath();
    void cancel();
    void taskCancelledBeforeItStartsWritesNothing();
    void listedFilesCarryStoredPathsAndTimes();
    void oneChangedFileAmongMany();
    void unchangedFileSkippedWithoutReading();
    void vanishedFileElsewhereForgotten();
    void changedPathsAreNotRemembered();
    void taskProgressReachesTheEnd();
    void changedFilesLookForNoVanishedFiles();
    void deletedFileSourceIsForgotten();
    void indexFollowsSources();
    void interruptedIndexIsFinishedLater();
    void failingFileKeepsEarlierFilesOfItsBatch();
    void failingFileKeepsEarlierRemovalsOfItsBatch();
    void bulkImportRebuildsTheTitleIndex();
    void shiftedKeysAcrossIndexChunks();
    void indexWritingCancelledBetweenChunks_data();
    void indexWritingCancelledBetweenChunks();
    void groupedImportEqualsFileByFile_data();
    void groupedImportEqualsFileByFile();
    void smallFilesEqualOneLargeFile_data();
    void smallFilesEqualOneLargeFile();
    void failingPartUndoesItsWholeFile();

private:
    // What the cache holds, as a person sees it and as the imports keep it:
    // items in listing order with their categories, category counts, search
    // hits, whether the full-text index matches; withFiles: also listing keys,
    // files, sources and the vocabulary.
    QStringList contents(bool withFiles);
    // A second cache in the test's folder, swapped in for m_store while
    // imports run on it.
    std::unique_ptr<NewsStore> openOtherStore(const QString &name);
    // The test item number n (a few share categories, some words are searched).
    static Item testItem(int n);
    static QList<Item> testItems(const QList<int> &numbers);
    // a.txt: "Ett", then "Delad"; b.txt: "Delad" (in bCategories), then bOther.
    // Their canonical paths.
    std::pair<QString, QString> writeSharedItem(const QString &bCategories, const Item &bOther);
    // Writes name ("b.txt": items B1, B2, B3 in Kultur) and makes storing any
    // file's third item fail; false when the failure cannot be set up.
    bool writeFailingListing(const QString &name);
};

bool TestNewsImporter::writeFailingListing(const QString &name)
{
    const QString letter = name.left(1);
    QList<Item> items;
    for (const QString &number : {u"ett"_s, u"två"_s, u"tre"_s}) {
        items.append({letter.toUpper() + QString::number(items.size() + 1), u"Text %1 %2."_s.arg(letter, number),
                      u"Kultur"_s});
    }
    writeListing(name, items);
    return failAtThirdItem();
}

std::pair<QString, QString> TestNewsImporter::writeSharedItem(const QString &bCategories, const Item &bOther)
{
    const QString a = canonical(writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text ett."_s, u"Kultur"_s},
                                                        {u"Delad"_s, u"Samma text."_s, u"Stöd"_s}}));
    const QString b = canonical(writeListing(u"b.txt"_s, {{u"Delad"_s, u"Samma text."_s, bCategories}, bOther}));
    return {a, b};
}

void TestNewsImporter::sampleImport()
{
    QStringList progress;
    NewsImporter importer(*m_store);
    importer.setProgress([&](int done, int total, const QString &file) {
        progress.append(u"%1/%2 %3"_s.arg(done).arg(total).arg(file));
        return true;
    });
    const ImportReport report = importer.importPaths(NewsImporter::sampleFiles());
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY2(report.diagnostics.isEmpty(), qPrintable(report.diagnostics.value(0).toString()));
    QCOMPARE(report.imported.size(), 3);
    QVERIFY(report.skipped.isEmpty() && report.rejected.isEmpty() && report.removed.isEmpty());
    QCOMPARE(report.itemsNew, 47);
    QCOMPARE(report.itemsTotal, 47);
    // One call per file, one per chunk of the search index written, then done.
    QCOMPARE(progress.size(), 5);
    QCOMPARE(progress.at(3), u"-1/-1 "_s);
    QCOMPARE(progress.last(), u"3/3 "_s);

    QCOMPARE(m_store->itemCount(), 47);
    QCOMPARE(m_store->itemIds().size(), 47);
    QCOMPARE(counts(), SampleCounts);
    QCOMPARE(sorted(m_store->categoryNames()), sorted(SampleCounts.keys()));
    QCOMPARE(sorted(m_store->sourceFiles()), sorted(NewsImporter::sampleFiles()));

    // Sorted by count, then name.
    const QList<CategoryCount> list = m_store->categoryCounts();
    for (qsizetype i = 1; i < list.size(); ++i) {
        QVERIFY(list.at(i - 1).count >= list.at(i).count);
        if (list.at(i - 1).count == list.at(i).count)
            QVERIFY(list.at(i - 1).name < list.at(i).name);
    }

    for (const NewsItem &item : m_store->items(m_store->itemIds())) {
        QVERIFY(!item.title.isEmpty());
        QVERIFY(!item.summary.isEmpty());
        QVERIFY(!item.categories.isEmpty());
        QCOMPARE(item.sources.size(), 1);
        QVERIFY(!item.read && !item.starred);
    }
    ItemFilter firstFile;
    firstFile.sourceFile = NewsImporter::sampleFiles().constFirst();
    QCOMPARE(m_store->itemCount(firstFile), 16);
    const NewsItem first = m_store->item(m_store->itemIds(firstFile).constFirst());
    QCOMPARE(first.title, u"Du som är 65 eller äldre kan nu välja covid-19-vaccin"_s);
    QCOMPARE(first.categories, QStringList{u"Hälso- och sjukvård"_s});
    QVERIFY(ftsMatchesContent());
}

void TestNewsImporter::sampleImportFromDisk()
{
    NewsImporter importer(*m_store);
    const ImportReport report = importer.importPaths({QStringLiteral(NEWSDESK_SAMPLE_DIR)});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported.size(), 3);
    QCOMPARE(m_store->itemCount(), 47);
    QCOMPARE(counts(), SampleCounts);
}

void TestNewsImporter::sampleReimportSkipped()
{
    QCOMPARE(importSample().imported.size(), 3);
    const QStringList before = dump();
    const ImportReport again = importSample();
    QVERIFY(again.imported.isEmpty());
    QCOMPARE(again.skipped.size(), 3);
    QCOMPARE(again.itemsNew, 0);
    QCOMPARE(again.itemsTotal, 47);
    QCOMPARE(dump(), before);
}

void TestNewsImporter::itemsWithoutParts()
{
    // No header; items without a summary, without categories, with neither,
    // and a title without letters.
    writeBytes(u"a.txt"_s, u" \u2022 Bara kategorier\n\n  Kultur\n"
                           u" \u2022 Bara text\n\n  Ett stycke.\n\n  Ett till.\n"
                           u" \u2022 Bara titel\n"
                           u" \u2022 ???\n\n  Frågetecken.\n\n  Stöd\n"_s.toUtf8());
    const ImportReport report = importFolder();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY2(report.diagnostics.isEmpty(), qPrintable(report.diagnostics.value(0).toString()));
    QCOMPARE(report.imported.size(), 1);
    QCOMPARE(titles(), (QStringList{u"Bara kategorier"_s, u"Bara text"_s, u"Bara titel"_s, u"???"_s}));

    const NewsItem categoriesOnly = m_store->item(idOf(u"Bara kategorier"_s));
    QCOMPARE(categoriesOnly.summary, QString());
    QCOMPARE(categoriesOnly.paragraphs(), QStringList());
    QCOMPARE(categoriesOnly.categories, QStringList{u"Kultur"_s});
    const NewsItem textOnly = m_store->item(idOf(u"Bara text"_s));
    QCOMPARE(textOnly.paragraphs(), (QStringList{u"Ett stycke."_s, u"Ett till."_s}));
    QCOMPARE(textOnly.categories, QStringList());
    const NewsItem titleOnly = m_store->item(idOf(u"Bara titel"_s));
    QCOMPARE(titleOnly.summary, QString());
    QCOMPARE(titleOnly.categories, QStringList());
    // (The two items of no category: the entry with an empty name.)
    QCOMPARE(counts(), (QMap<QString, qint64>{{QString(), 2}, {u"Kultur"_s, 1}, {u"Stöd"_s, 1}}));

    ItemFilter byTitle;
    byTitle.sort = ItemFilter::Sort::Title;
    QCOMPARE(titles(byTitle), (QStringList{u"???"_s, u"Bara kategorier"_s, u"Bara text"_s, u"Bara titel"_s}));
    QVERIFY(ftsMatchesContent());
}

void TestNewsImporter::sameItemInTwoFiles()
{
    const auto [a, b] = writeSharedItem(u"KollektivtrafikKultur"_s, {u"Tre"_s, u"Text tre."_s, u"Kultur"_s});
    const ImportReport report = importFolder();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported, (QStringList{a, b}));
    QCOMPARE(report.itemsNew, 3);
    QCOMPARE(m_store->itemCount(), 3);
    QCOMPARE(sorted(titles()), (QStringList{u"Delad"_s, u"Ett"_s, u"Tre"_s}));

    const NewsItem shared = m_store->item(idOf(u"Delad"_s));
    QCOMPARE(shared.summary, u"Samma text."_s);
    QCOMPARE(sorted(shared.categories), (QStringList{u"Kollektivtrafik"_s, u"Kultur"_s, u"Stöd"_s}));
    QList<ItemSource> expectedSources{{b, 1}, {a, 2}};
    QList<ItemSource> sources = shared.sources;
    std::sort(sources.begin(), sources.end(), [](const ItemSource &x, const ItemSource &y) { return x.file > y.file; });
    QCOMPARE(sources, expectedSources);
    QCOMPARE(counts(), (QMap<QString, qint64>{{u"Kultur"_s, 3}, {u"Stöd"_s, 1}, {u"Kollektivtrafik"_s, 1}}));

    // The item leaves b.txt: it keeps a.txt's source and categories only.
    writeListing(u"b.txt"_s, {{u"Tre"_s, u"Text tre."_s, u"Kultur"_s}});
    QCOMPARE(importFolder().imported, QStringList{b});
    QCOMPARE(m_store->itemCount(), 3);
    const NewsItem after = m_store->item(idOf(u"Delad"_s));
    QCOMPARE(after.id, shared.id);
    QCOMPARE(after.categories, QStringList{u"Stöd"_s});
    QCOMPARE(after.sources, (QList<ItemSource>{{a, 2}}));
    QCOMPARE(counts(), (QMap<QString, qint64>{{u"Kultur"_s, 2}, {u"Stöd"_s, 1}}));
    QVERIFY(ftsMatchesContent());
}

void TestNewsImporter::unchangedFilesSkipped()
{
    const QString a = canonical(writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text ett."_s, u"Kultur"_s}}));
    const QString b = canonical(writeListing(u"b.txt"_s, {{u"Två"_s, u"Text två."_s, u"Stöd"_s}}));
    QCOMPARE(importFolder().imported.size(), 2);
    const QStringList before = dump();

    const ImportReport again = importFolder();
    QVERIFY(again.imported.isEmpty());
    QCOMPARE(again.skipped, (QStringList{a, b}));
    QCOMPARE(again.itemsNew, 0);
    QCOMPARE(again.itemsTotal, 2);
    QCOMPARE(dump(), before);

    // Touched but not changed: a new time, the same bytes.
    QVERIFY(setModified(a, QDateTime::fromSecsSinceEpoch(1'700'000'000)));
    const ImportReport touched = importFolder();
    QVERIFY(touched.imported.isEmpty());
    QCOMPARE(touched.skipped, (QStringList{a, b}));
    QCOMPARE(touched.itemsNew, 0);
    QCOMPARE(m_store->itemCount(), 2);
    QCOMPARE(counts(), (QMap<QString, qint64>{{u"Kultur"_s, 1}, {u"Stöd"_s, 1}}));
    // The new time is remembered, so the next run skips a.txt without reading it.
    QSqlQuery q(storeConnection(*m_store));
    q.prepare(u"SELECT mtime FROM files WHERE path = ?"_s);
    q.addBindValue(a);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(1'700'000'000) * 1000);
    QCOMPARE(importFolder().skipped, (QStringList{a, b}));
}

void TestNewsImporter::changedFileReplacesItsItems()
{
    const QString a = canonical(writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text om kaffe."_s, u"Kultur"_s},
                                                        {u"Två"_s, u"Text om zebror."_s, u"KulturStöd"_s},
                                                        {u"Tre"_s, u"Text om giraffer."_s, u"Regional utveckling"_s}}));
    writeListing(u"b.txt"_s, {{u"Annat"_s, u"Text om annat."_s, u"Kultur"_s}});
    QCOMPARE(importFolder().imported.size(), 2);
    QCOMPARE(m_store->itemCount(), 4);
    const qint64 keptId = idOf(u"Ett"_s);

    writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text om kaffe."_s, u"Kultur"_s},
                              {u"Fyra"_s, u"Text om elefanter."_s, u"Kollektivtrafik"_s}});
    const ImportReport report = importFolder();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported, QStringList{a});
    QCOMPARE(report.skipped.size(), 1);
    QCOMPARE(report.itemsNew, 1);
    QCOMPARE(report.itemsTotal, 3);
    // b.txt came later, so its item comes first; a.txt keeps its place.
    QCOMPARE(titles(), (QStringList{u"Annat"_s, u"Ett"_s, u"Fyra"_s}));
    QCOMPARE(idOf(u"Ett"_s), keptId);
    QCOMPARE(counts(), (QMap<QString, qint64>{{u"Kultur"_s, 2}, {u"Kollektivtrafik"_s, 1}}));
    QVERIFY(!m_store->categoryNames().contains(u"Stöd"_s));
    QVERIFY(!m_store->categoryNames().contains(u"Regional utveckling"_s));

    ItemFilter search;
    search.search = u"zebror "_s;
    QCOMPARE(m_store->itemCount(search), 0);
    search.search = u"elefanter "_s;
    QCOMPARE(titles(search), QStringList{u"Fyra"_s});
    QVERIFY(ftsMatchesContent());

    // A summary edited in place is a new item; the old text is gone.
    writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text om te."_s, u"Kultur"_s},
                              {u"Fyra"_s, u"Text om elefanter."_s, u"Kollektivtrafik"_s}});
    QCOMPARE(importFolder().itemsNew, 1);
    QCOMPARE(m_store->itemCount(), 3);
    QCOMPARE(m_store->item(idOf(u"Ett"_s)).summary, u"Text om te."_s);
    search.search = u"kaffe "_s;
    QCOMPARE(m_store->itemCount(search), 0);
    QVERIFY(ftsMatchesContent());
}

void TestNewsImporter::deletedFileStopsContributing()
{
    const auto [a, b] =
            writeSharedItem(u"Kollektivtrafik"_s, {u"Bara i b"_s, u"Text om b."_s, u"Ekonomi och budget"_s});
    QCOMPARE(importFolder().imported.size(), 2);
    QCOMPARE(m_store->itemCount(), 3);

    QVERIFY(QFile::remove(b));
    const ImportReport report = importFolder();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.removed, QStringList{b});
    QCOMPARE(report.skipped, QStringList{a});
    QCOMPARE(report.itemsTotal, 2);
    QCOMPARE(sorted(titles()), (QStringList{u"Delad"_s, u"Ett"_s}));
    QCOMPARE(m_store->sourceFiles(), QStringList{a});
    QCOMPARE(m_store->item(idOf(u"Delad"_s)).sources, (QList<ItemSource>{{a, 2}}));
    QCOMPARE(counts(), (QMap<QString, qint64>{{u"Kultur"_s, 1}, {u"Stöd"_s, 1}}));
    QVERIFY(ftsMatchesContent());

    // Nothing left to remove the next time.
    QVERIFY(importFolder().removed.isEmpty());
}

// A folder that is missing (an unmounted drive, a renamed folder) says nothing
// about its files: their items stay and the folder is named. A file gone from
// a folder that is there is forgotten.
void TestNewsImporter::missingFolderKeepsItsItems()
{
    QVERIFY(QDir(m_folder).mkpath(u"drive/news"_s));
    const QString onDrive = writeListing(u"drive/news/a.txt"_s, {{u"På disken"_s, u"Text."_s, u"Kultur"_s}});
    const QString b = writeListing(u"b.txt"_s, {{u"Hemma"_s, u"Text."_s, u"Stöd"_s}});
    QCOMPARE(importFolder().imported.size(), 2);
    const QString driveFolder = QFileInfo(canonical(onDrive)).path();

    // The drive goes away; another file comes.
    QVERIFY(QDir().rename(filePath(u"drive"_s), m_dir->filePath(u"unmounted"_s)));
    const QString c = writeListing(u"c.txt"_s, {{u"Ny"_s, u"Text."_s, u"Kultur"_s}});
    ImportReport report = importFolder();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported, QStringList{canonical(c)});
    QVERIFY(report.removed.isEmpty());
    QCOMPARE(report.unreachableFolders, QStringList{driveFolder});
    QCOMPARE(report.diagnostics.size(), 1);
    const Diagnostic warning = report.diagnostics.first();
    QCOMPARE(warning.severity, Diagnostic::Severity::Warning);
    QCOMPARE(warning.file, driveFolder);
    QVERIFY2(warning.message.contains(u"kept"_s), qPrintable(warning.message));
    QCOMPARE(sorted(titles()), (QStringList{u"Hemma"_s, u"Ny"_s, u"På disken"_s}));
    QCOMPARE(m_store->sourceFiles().size(), 3);

    // A file deleted from a folder that is there is forgotten; the drive's stays.
    QVERIFY(QFile::remove(b));
    report = importFolder();
    QCOMPARE(report.removed, QStringList{canonical(m_folder) + u"/b.txt"_s});
    QCOMPARE(report.unreachableFolders, QStringList{driveFolder});
    QCOMPARE(sorted(titles()), (QStringList{u"Ny"_s, u"På disken"_s}));
    QVERIFY(ftsMatchesContent());

    // The drive is back: nothing to say, nothing changed.
    QVERIFY(QDir().rename(m_dir->filePath(u"unmounted"_s), filePath(u"drive"_s)));
    report = importFolder();
    QVERIFY(report.unreachableFolders.isEmpty());
    QVERIFY(report.diagnostics.isEmpty());
    QVERIFY(report.removed.isEmpty());
    QCOMPARE(report.skipped.size(), 2);
    QCOMPARE(sorted(titles()), (QStringList{u"Ny"_s, u"På disken"_s}));
}

void TestNewsImporter::readAndStarredSurvive()
{
    writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text ett."_s, u"Kultur"_s},
                              {u"Två"_s, u"Text två."_s, u"Stöd"_s},
                              {u"Tre"_s, u"Text tre."_s, u"Kultur"_s}});
    importFolder();
    QVERIFY(m_store->setRead({idOf(u"Ett"_s)}, true));
    QVERIFY(m_store->setStarred({idOf(u"Två"_s)}, true));

    auto check = [&] {
        ItemFilter unread;
        unread.unreadOnly = true;
        ItemFilter starred;
        starred.starredOnly = true;
        QVERIFY(m_store->item(idOf(u"Ett"_s)).read);
        QVERIFY(!m_store->item(idOf(u"Ett"_s)).starred);
        QVERIFY(m_store->item(idOf(u"Två"_s)).starred);
        QVERIFY(!m_store->item(idOf(u"Två"_s)).read);
        QVERIFY(!titles(unread).contains(u"Ett"_s));
        QCOMPARE(titles(starred), QStringList{u"Två"_s});
    };

    // Re-import with a change elsewhere in the file.
    writeListing(u"a.txt"_s, {{u"Noll"_s, u"Text noll."_s, u"Kultur"_s},
                              {u"Ett"_s, u"Text ett."_s, u"Kultur"_s},
                              {u"Två"_s, u"Text två."_s, u"Stöd"_s}});
    QCOMPARE(importFolder().imported.size(), 1);
    check();

    // Both leave the cache ...
    writeListing(u"a.txt"_s, {{u"Noll"_s, u"Text noll."_s, u"Kultur"_s}});
    importFolder();
    QCOMPARE(titles(), QStringList{u"Noll"_s});

    // ... and come back, in another file.
    writeListing(u"b.txt"_s, {{u"Två"_s, u"Text två."_s, u"Kollektivtrafik"_s},
                              {u"Ett"_s, u"Text ett."_s, u"Kultur"_s}});
    importFolder();
    QCOMPARE(m_store->itemCount(), 3);
    check();
    ItemFilter unread;
    unread.unreadOnly = true;
    QCOMPARE(sorted(titles(unread)), (QStringList{u"Noll"_s, u"Två"_s}));

    // Undo works on the returning items.
    QVERIFY(m_store->setRead({idOf(u"Ett"_s)}, false));
    QVERIFY(m_store->setStarred({idOf(u"Två"_s)}, false));
    QVERIFY(!m_store->item(idOf(u"Ett"_s)).read);
    QVERIFY(!m_store->item(idOf(u"Två"_s)).starred);
    QCOMPARE(m_store->itemCount(unread), 3);
}

void TestNewsImporter::failingFileRollsBack()
{
    writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text om kaffe."_s, u"Kultur"_s},
                              {u"Två"_s, u"Text om te."_s, u"Stöd"_s}});
    QCOMPARE(importFolder().imported.size(), 1);
    QVERIFY(m_store->setRead({idOf(u"Ett"_s)}, true));
    const QStringList before = dump();
    const QMap<QString, qint64> countsBefore = counts();
    const QStringList filesBefore = m_store->sourceFiles();

    // The change to a.txt fails at its third item; the new b.txt would too.
    writeListing(u"a.txt"_s, {{u"Noll"_s, u"Text om saft."_s, u"Kollektivtrafik"_s},
                              {u"Ett"_s, u"Text om kaffe."_s, u"Ekonomi och budget"_s},
                              {u"Tre"_s, u"Text om vatten."_s, u"Regional utveckling"_s}});
    QVERIFY(writeFailingListing(u"b.txt"_s));
    const ImportReport report = importFolder();
    QVERIFY(!report.error.isEmpty());
    QVERIFY2(report.error.contains(u"boom"_s), qPrintable(report.error));
    QVERIFY(report.imported.isEmpty());
    QCOMPARE(report.itemsNew, 0);
    QCOMPARE(report.itemsTotal, 2);

    QCOMPARE(dump(), before);
    QCOMPARE(counts(), countsBefore);
    QCOMPARE(m_store->sourceFiles(), filesBefore);
    QCOMPARE(titles(), (QStringList{u"Ett"_s, u"Två"_s}));
    QVERIFY(m_store->item(idOf(u"Ett"_s)).read);
    ItemFilter search;
    search.search = u"saft "_s;
    QCOMPARE(m_store->itemCount(search), 0);
    QVERIFY(ftsMatchesContent());

    // Once the cause is gone, the same files import: nothing was recorded as done.
    {
        QSqlQuery q(storeConnection(*m_store));
        QVERIFY(q.exec(u"DROP TRIGGER boom"_s));
    }
    const ImportReport retry = importFolder();
    QVERIFY2(retry.error.isEmpty(), qPrintable(retry.error));
    QCOMPARE(retry.imported.size(), 2);
    QCOMPARE(m_store->itemCount(), 6);
    QCOMPARE(m_store->itemCount(search), 1);
    QVERIFY(m_store->item(idOf(u"Ett"_s)).read);
    QVERIFY(ftsMatchesContent());
}

// A statement that fails is logged by the store with its error, and the
// import's report names it as the cause.
void TestNewsImporter::failedStatementIsLoggedAndReported()
{
    writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text ett."_s, u"Kultur"_s},
                              {u"Två"_s, u"Text två."_s, u"Kultur"_s},
                              {u"Tre"_s, u"Text tre."_s, u"Kultur"_s}});
    QVERIFY(failAtThirdItem());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^import statement failed on .*newsdesk\\.sqlite : boom.* in: INSERT INTO sources"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^import failed while importing .*a\\.txt : boom"_s));
    const ImportReport report = importFolder();
    QVERIFY2(report.error.contains(u"boom"_s), qPrintable(report.error));
    QVERIFY(report.error.contains(u"a.txt"_s));
    QVERIFY(report.imported.isEmpty());
    QCOMPARE(m_store->itemCount(), 0);
}

void TestNewsImporter::rejectedFileInBatch()
{
    const QString a = canonical(writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text ett."_s, u"Kultur"_s}}));
    const QString b = canonical(writeListing(u"b.txt"_s, {{u"Två"_s, u"Text två."_s, u"Stöd"_s},
                                                        {u"Tre"_s, u"Text tre."_s, u"Stöd"_s}}));
    QCOMPARE(importFolder().imported.size(), 2);

    // b.txt becomes binary; c.txt is new and good; d.txt is new and empty.
    writeBytes(u"b.txt"_s, QByteArray("\x7F" "ELF\x02\x01\x01\x00\x00\x00\x00", 11));
    const QString c = canonical(writeListing(u"c.txt"_s, {{u"Fyra"_s, u"Text fyra."_s, u"Kollektivtrafik"_s}}));
    const QString d = canonical(writeBytes(u"d.txt"_s, QByteArray()));
    const ImportReport report = importFolder();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY(report.hasRejections());
    QCOMPARE(report.rejected, (QStringList{b, d}));
    QCOMPARE(report.imported, QStringList{c});
    QCOMPARE(report.skipped, QStringList{a});
    QCOMPARE(report.itemsNew, 1);
    QCOMPARE(report.itemsTotal, 4);
    QStringList errorFiles;
    for (const Diagnostic &diagnostic : report.diagnostics) {
        if (diagnostic.isError())
            errorFiles.append(diagnostic.file);
    }
    QCOMPARE(errorFiles, (QStringList{b, d}));

    // What b.txt held before stays.
    QCOMPARE(sorted(titles()), (QStringList{u"Ett"_s, u"Fyra"_s, u"Tre"_s, u"Två"_s}));
    QCOMPARE(m_store->item(idOf(u"Två"_s)).sources, (QList<ItemSource>{{b, 1}}));
    QCOMPARE(sorted(m_store->sourceFiles()), (QStringList{a, b, c}));
    QCOMPARE(counts(), (QMap<QString, qint64>{{u"Kultur"_s, 1}, {u"Stöd"_s, 2}, {u"Kollektivtrafik"_s, 1}}));
}

void TestNewsImporter::missingPath()
{
    const QString missing = m_dir->filePath(u"saknas"_s);
    NewsImporter importer(*m_store);
    const ImportReport report = importer.importPaths({missing});
    QCOMPARE(report.rejected, QStringList{missing});
    QCOMPARE(report.diagnostics.size(), 1);
    QVERIFY(report.diagnostics.first().isError());
    QCOMPARE(report.diagnostics.first().file, missing);
    QCOMPARE(m_store->itemCount(), 0);
}

void TestNewsImporter::cancel()
{
    writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text ett."_s, u"Kultur"_s}});
    writeListing(u"b.txt"_s, {{u"Två"_s, u"Text två."_s, u"Stöd"_s}});
    const ImportReport report = importFolderCancelledBefore(1);
    QVERIFY(report.cancelled);
    QCOMPARE(report.imported.size(), 1);
    QCOMPARE(titles(), QStringList{u"Ett"_s});
}

// An item's entry in the index follows its sources: categories another file
// gives it, and its place in the listing, come and go with that file.
void TestNewsImporter::indexFollowsSources()
{
    writeListing(u"a.txt"_s, {{u"Gemensam nyhet"_s, u"Om spårvagnar."_s, u"Kultur"_s},
                              {u"Egen nyhet"_s, u"Om bussar."_s, u"Stöd"_s}});
    QVERIFY(importFolder().error.isEmpty());
    const QString b = writeListing(u"b.txt"_s, {{u"Gemensam nyhet"_s, u"Om spårvagnar."_s, u"Stöd"_s}});
    QVERIFY(importFolder().error.isEmpty());
    QVERIFY(ftsMatchesContent());

    ItemFilter both;
    both.categories = {u"Kultur"_s, u"Stöd"_s};
    both.match = ItemFilter::Match::All;
    both.search = u"om"_s;
    QCOMPARE(titles(both), QStringList{u"Gemensam nyhet"_s});
    ItemFilter any = both;
    any.match = ItemFilter::Match::Any;
    // b.txt is newer: the shared item comes first.
    QCOMPARE(titles(any), (QStringList{u"Gemensam nyhet"_s, u"Egen nyhet"_s}));

    QVERIFY(QFile::remove(b));
    QVERIFY(importFolder().error.isEmpty());
    QVERIFY(ftsMatchesContent());
    QCOMPARE(titles(both), QStringList());
    QCOMPARE(titles(any), (QStringList{u"Gemensam nyhet"_s, u"Egen nyhet"_s}));
    ItemFilter stod = any;
    stod.categories = {u"Stöd"_s};
    QCOMPARE(titles(stod), QStringList{u"Egen nyhet"_s});
}

// The search index is written after the files: an import cancelled before
// that leaves the items queued, unsearched but listed, and the next import
// (even of nothing) writes them.
void TestNewsImporter::interruptedIndexIsFinishedLater()
{
    writeListing(u"a.txt"_s, {{u"Första nyheten"_s, u"Om spårvagnar."_s, u"Kultur"_s}});
    writeListing(u"b.txt"_s, {{u"Andra nyheten"_s, u"Om bussar."_s, u"Stöd"_s}});
    writeListing(u"c.txt"_s, {{u"Tredje nyheten"_s, u"Om tåg."_s, u"Kultur"_s}});
    {
        const ImportReport report = importFolderCancelledBefore(2);
        QVERIFY(report.cancelled);
        QCOMPARE(report.imported.size(), 2);
    }
    QCOMPARE(m_store->pendingIndexItems(), 2);
    QCOMPARE(m_store->itemCount(), 2);
    ItemFilter word;
    word.search = u"om"_s;
    QCOMPARE(m_store->itemCount(word), 0);

    NewsImporter importer(*m_store);
    const ImportReport report = importer.importPaths({});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY(report.changedCache()); // the window shows the search results now
    QCOMPARE(m_store->pendingIndexItems(), 0);
    QVERIFY(ftsMatchesContent());
    QCOMPARE(titles(word), (QStringList{u"Andra nyheten"_s, u"Första nyheten"_s}));
    ItemFilter both;
    both.categories = {u"Kultur"_s, u"Stöd"_s};
    QCOMPARE(m_store->itemCount(both), 2);

    QVERIFY(importFolder().error.isEmpty());
    QCOMPARE(titles(word).size(), 3);
    QVERIFY(ftsMatchesContent());
}

// Files share a transaction; a file that fails undoes only itself: the files
// before it in the same batch stay imported, reported and searchable.
void TestNewsImporter::failingFileKeepsEarlierFilesOfItsBatch()
{
    writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text om kaffe."_s, u"Kultur"_s},
                              {u"Två"_s, u"Text om te."_s, u"Stöd"_s}});
    QVERIFY(writeFailingListing(u"b.txt"_s));
    const ImportReport report = importFolder();
    QVERIFY2(report.error.contains(u"boom"_s), qPrintable(report.error));
    QCOMPARE(report.imported.size(), 1);
    QVERIFY(report.imported.first().endsWith(u"a.txt"_s));
    QCOMPARE(report.itemsNew, 2);
    QCOMPARE(titles(), (QStringList{u"Ett"_s, u"Två"_s}));
    ItemFilter search;
    search.search = u"kaffe"_s;
    QCOMPARE(titles(search), QStringList{u"Ett"_s});
    QVERIFY(ftsMatchesContent());
    QCOMPARE(m_store->sourceFiles().size(), 1);
}

void TestNewsImporter::failingFileKeepsEarlierRemovalsOfItsBatch()
{
    // One batch: old.txt vanished (its items go), b.txt is new, c.txt fails.
    // The batch is rolled back and stored again without c.txt.
    writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text om kaffe."_s, u"Kultur"_s}});
    const QString old = writeListing(u"old.txt"_s, {{u"Gammal"_s, u"Text om gammalt."_s, u"Stöd"_s},
                                                     {u"Äldre"_s, u"Text om äldre."_s, u"Stöd"_s}});
    QVERIFY(importFolder().error.isEmpty());
    QVERIFY(QFile::remove(old));
    // a.txt is touched (same bytes, a new time): its new time is written in the batch too.
    const QDateTime touched = QDateTime::fromSecsSinceEpoch(1'700'000'000);
    QVERIFY(setModified(filePath(u"a.txt"_s), touched));
    writeListing(u"b.txt"_s, {{u"B1"_s, u"Text b ett."_s, u"Kultur"_s}, {u"B2"_s, u"Text b två."_s, u"Stöd"_s}});
    QVERIFY(writeFailingListing(u"c.txt"_s));
    const ImportReport report = importFolder();
    QVERIFY2(report.error.contains(u"boom"_s), qPrintable(report.error));
    QCOMPARE(report.removed.size(), 1);
    QVERIFY(report.removed.first().endsWith(u"old.txt"_s));
    QCOMPARE(report.imported.size(), 1);
    QVERIFY(report.imported.first().endsWith(u"b.txt"_s));
    QCOMPARE(report.skipped.size(), 1);
    QCOMPARE(report.itemsNew, 2);
    {
        QSqlQuery q(storeConnection(*m_store));
        QVERIFY(q.exec(u"SELECT mtime FROM files WHERE path LIKE '%a.txt'"_s) && q.next());
        QCOMPARE(q.value(0).toLongLong(), touched.toMSecsSinceEpoch());
    }
    QStringList shown = titles();
    shown.sort();
    QCOMPARE(shown, (QStringList{u"B1"_s, u"B2"_s, u"Ett"_s}));
    QCOMPARE(m_store->sourceFiles().size(), 2);
    QVERIFY(ftsMatchesContent());
    ItemFilter stod;
    stod.categories = {u"Stöd"_s};
    QCOMPARE(m_store->itemCount(stod), 1); // B2; old.txt's two went

    // Without the cause, c.txt comes in on the next import; nothing else changes.
    {
        QSqlQuery q(storeConnection(*m_store));
        QVERIFY(q.exec(u"DROP TRIGGER boom"_s));
    }
    const ImportReport again = importFolder();
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QCOMPARE(again.imported.size(), 1);
    QVERIFY(again.imported.first().endsWith(u"c.txt"_s));
    QCOMPARE(m_store->itemCount(), 6);
    QVERIFY(ftsMatchesContent());
}

void TestNewsImporter::bulkImportRebuildsTheTitleIndex()
{
    auto titleIndex = [this] {
        QSqlQuery q(storeConnection(*m_store));
        return q.exec(u"SELECT sql FROM sqlite_schema WHERE name = 'items_by_title'"_s) && q.next()
                ? q.value(0).toString().simplified()
                : QString();
    };
    const QString definition = titleIndex(); // as the migrations made it
    QVERIFY(definition.startsWith(u"CREATE INDEX items_by_title ON items"_s));
    writeListing(u"a.txt"_s, {{u"Östra"_s, u"Om öst."_s, u"Kultur"_s}, {u"alfa"_s, u"Om alfa."_s, u"Stöd"_s}});
    writeListing(u"b.txt"_s, {{u"Beta"_s, u"Om beta."_s, u"Kultur"_s}, {u"Ärlig"_s, u"Om ärlig."_s, u"Stöd"_s}});

    // An import that may go in bulk (any files), noting the title index at
    // each file's progress, and with atEnd at its last progress too.
    QStringList indexDuringImport;
    const auto bulkImport = [&](bool atEnd) {
        indexDuringImport.clear();
        NewsImporter importer(*m_store);
        importer.setBulkItems(1);
        importer.setProgress([&](int done, int total, const QString &) {
            if (done >= 0 && (done < total || (atEnd && done == total)))
                indexDuringImport.append(titleIndex());
            return true;
        });
        return importer.importPaths({m_folder});
    };

    // A bulk import (here: any) writes the items without the title index ...
    QVERIFY(bulkImport(false).error.isEmpty());
    // (dropped when the first changed file comes: after the progress of a.txt)
    QCOMPARE(indexDuringImport, (QStringList{definition, QString()}));
    // ... and builds the same index after the files.
    QCOMPARE(titleIndex(), definition);
    ItemFilter byTitle;
    byTitle.sort = ItemFilter::Sort::Title;
    QCOMPARE(titles(byTitle), (QStringList{u"alfa"_s, u"Beta"_s, u"Ärlig"_s, u"Östra"_s}));

    // A small import into a cache of more items keeps the index as it goes.
    writeListing(u"c.txt"_s, {{u"Gamma"_s, u"Om gamma."_s, u"Kultur"_s}});
    QVERIFY(bulkImport(false).error.isEmpty());
    QCOMPARE(indexDuringImport, QStringList(3, definition));

    // Files only touched (same bytes, new times) are no bulk import.
    for (const QString &name : {u"a.txt"_s, u"b.txt"_s, u"c.txt"_s})
        QVERIFY(setModified(filePath(name), QDateTime::fromSecsSinceEpoch(1'700'000'000)));
    const ImportReport touched = bulkImport(true);
    QVERIFY(touched.error.isEmpty());
    QCOMPARE(touched.skipped.size(), 3);
    QCOMPARE(indexDuringImport, QStringList(4, definition));

    // An import that ended without it (a crash) leaves it to the next import.
    {
        QSqlQuery q(storeConnection(*m_store));
        QVERIFY(q.exec(u"DROP INDEX items_by_title"_s));
    }
    QVERIFY(importFolder().error.isEmpty());
    QCOMPARE(titleIndex(), definition);
    QCOMPARE(titles(byTitle), (QStringList{u"alfa"_s, u"Beta"_s, u"Gamma"_s, u"Ärlig"_s, u"Östra"_s}));
}

// A new item at the top of a file moves every other item to the key the item
// after it had: written a chunk at a time, the index must drop all old entries
// before any new one takes their keys.
void TestNewsImporter::shiftedKeysAcrossIndexChunks()
{
    importThenPrepend();
    QVERIFY(!QTest::currentTestFailed());
    {
        NewsImporter importer(*m_store);
        importer.setIndexChunk(1);
        QVERIFY(importer.importPaths({m_folder}).error.isEmpty());
    }
    QVERIFY(ftsMatchesContent());
    for (const QString &word : {u"alfaord"_s, u"betaord"_s, u"gammaord"_s, u"deltaord"_s, u"nyord"_s}) {
        ItemFilter filter;
        filter.search = word + u' ';
        QCOMPARE(titles(filter).size(), 1);
    }
    ItemFilter two;
    two.categories = {u"Kultur"_s, u"Stöd"_s};
    QCOMPARE(titles(two), (QStringList{u"Ny"_s, u"Alfa"_s, u"Beta"_s, u"Delta"_s}));
}

// Writing the index stops after any chunk when the import is cancelled; what
// it leaves is consistent, and the next import finishes it.
void TestNewsImporter::indexWritingCancelledBetweenChunks_data()
{
    QTest::addColumn<int>("chunksBeforeCancel");
    // With chunks of one item: four old entries go (pass 1), five items are indexed (pass 2).
    QTest::newRow("in the first pass") << 1;
    QTest::newRow("between the passes") << 4;
    QTest::newRow("in the second pass") << 6;
}

void TestNewsImporter::indexWritingCancelledBetweenChunks()
{
    QFETCH(int, chunksBeforeCancel);
    importThenPrepend();
    QVERIFY(!QTest::currentTestFailed());
    {
        NewsImporter importer(*m_store);
        importer.setIndexChunk(1);
        int chunks = 0;
        importer.setProgress([&](int done, int, const QString &) { return done >= 0 || ++chunks < chunksBeforeCancel; });
        QVERIFY(importer.importPaths({m_folder}).cancelled);
    }
    QVERIFY(m_store->pendingIndexItems() > 0);
    // Whatever is found is the item it is, and counts match pages.
    for (const QString &word : {u"alfaord"_s, u"betaord"_s, u"gammaord"_s, u"deltaord"_s, u"nyord"_s}) {
        ItemFilter filter;
        filter.search = word + u' ';
        const QStringList found = titles(filter);
        QVERIFY(found.size() <= 1);
        if (!found.isEmpty())
            QVERIFY2(u"om "_s + word + u'.' == u"om "_s + found.first().toLower() + u"ord."_s, qPrintable(found.first()));
    }
    ItemFilter both;
    both.categories = {u"Kultur"_s, u"Stöd"_s};
    QCOMPARE(m_store->itemCount(both), qint64(titles(both).size()));
    QCOMPARE(m_store->itemCount(), 5);

    NewsImporter importer(*m_store);
    QVERIFY(importer.importPaths({}).changedCache());
    QCOMPARE(m_store->pendingIndexItems(), 0);
    QVERIFY(ftsMatchesContent());
    QCOMPARE(titles(both), (QStringList{u"Ny"_s, u"Alfa"_s, u"Beta"_s, u"Delta"_s}));
}

void TestNewsImporter::taskCancelledBeforeItStartsWritesNothing()
{
    writeListing(u"a.txt"_s, {{u"Ett"_s, u"Om ett."_s, u"Kultur"_s}});
    writeListing(u"b.txt"_s, {{u"Två"_s, u"Om två."_s, u"Kultur"_s}});
    QVERIFY(importFolder().error.isEmpty());
    QVERIFY(QFile::remove(filePath(u"b.txt"_s)));

    // Every thread of the pool busy: the task has not started when its owner
    // goes, and the owner's wait may run it right there.
    QThreadPool &pool = Background::pool();
    QSemaphore release;
    QSemaphore running;
    const int threads = pool.maxThreadCount();
    for (int i = 0; i < threads; ++i) {
        pool.start([&] {
            running.release();
            release.acquire();
        });
    }
    QVERIFY(running.tryAcquire(threads, 10000));
    // (Should the wait not run it, the pool does once freed.)
    std::unique_ptr<QThread> freeing(QThread::create([&] {
        QThread::msleep(500);
        release.release(threads);
    }));
    freeing->start();
    {
        ImportTask task;
        task.start(m_dbPath, {m_folder});
    }
    QVERIFY(freeing->wait(10000));
    pool.waitForDone();

    // Cancelled: the vanished file was not forgotten.
    QCOMPARE(m_store->sourceFiles().size(), qsizetype(2));
}

// A folder is canonicalised once and its files looked at while listed: the
// stored paths are those the reader would give (through a linked folder and a
// link too), with the size and time the reader would read.
void TestNewsImporter::listedFilesCarryStoredPathsAndTimes()
{
    QVERIFY(QDir(m_folder).mkpath(u"sub"_s));
    const QString a = writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text."_s, u"Kultur"_s}});
    const QString b = writeListing(u"sub/b.txt"_s, {{u"Två"_s, u"Text."_s, u"Stöd"_s}});
    QVERIFY(QFile::link(a, filePath(u"link.txt"_s)));
    const QString linkedFolder = m_dir->filePath(u"linked"_s);
    QVERIFY(QFile::link(m_folder, linkedFolder));

    Diagnostics diagnostics;
    const QList<ListedFile> files = NewsImporter::listFiles({linkedFolder + u'/'}, diagnostics);
    QVERIFY(diagnostics.isEmpty());
    QStringList given;
    for (const ListedFile &file : files) {
        given.append(file.given);
        QCOMPARE(file.path, ImportReader::storedPath(file.given));
        if (file.looked) {
            const QFileInfo info(file.path);
            QCOMPARE(file.size, info.size());
            QCOMPARE(file.mtime, info.lastModified().toMSecsSinceEpoch());
        }
    }
    QCOMPARE(given.size(), qsizetype(3));
    QVERIFY(given.at(0).endsWith(u"/linked/a.txt"_s));
    QVERIFY(given.at(1).endsWith(u"/linked/link.txt"_s));
    QVERIFY(given.at(2).endsWith(u"/linked/sub/b.txt"_s));
    QCOMPARE(files.at(0).path, canonical(a));
    QCOMPARE(files.at(1).path, canonical(a)); // the link: the file it names
    QVERIFY(!files.at(1).looked);
    QCOMPARE(files.at(2).path, canonical(b));
    QVERIFY(files.at(0).looked && files.at(2).looked);
    QCOMPARE(NewsImporter::collectFiles({linkedFolder}, diagnostics), given);

    // Imported through the link, the files are known by their own names.
    NewsImporter importer(*m_store);
    const ImportReport report = importer.importPaths({linkedFolder});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported, (QStringList{canonical(a), canonical(b)}));
    QCOMPARE(report.skipped, QStringList{canonical(a)}); // named twice
    QCOMPARE(NewsImporter(*m_store).importPaths({m_folder}).skipped,
             (QStringList{canonical(a), canonical(a), canonical(b)}));
}

void TestNewsImporter::oneChangedFileAmongMany()
{
    QStringList paths;
    for (int i = 0; i < 40; ++i) {
        const QString name = u"f%1.txt"_s.arg(i, 2, 10, QChar(u'0'));
        paths.append(canonical(writeListing(name, {{u"Nyhet %1"_s.arg(i), u"Text %1."_s.arg(i), u"Kultur"_s}})));
    }
    QCOMPARE(importFolder().imported, paths);

    writeListing(u"f17.txt"_s, {{u"Nyhet 17"_s, u"Text 17."_s, u"Kultur"_s}, {u"Ny"_s, u"Ny text."_s, u"Stöd"_s}});
    const ImportReport report = importFolder();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported, QStringList{paths.at(17)});
    QStringList others = paths;
    others.removeAt(17);
    QCOMPARE(report.skipped, others); // in the order of the files
    QCOMPARE(report.itemsNew, 1);
    QCOMPARE(report.itemsTotal, 41);
    QCOMPARE(counts(), (QMap<QString, qint64>{{u"Kultur"_s, 40}, {u"Stöd"_s, 1}}));
    QVERIFY(ftsMatchesContent());
}

// Same size and time as the cache knows: skipped from the listing alone (the
// bytes are not read: a file damaged without a new time stays as it was).
void TestNewsImporter::unchangedFileSkippedWithoutReading()
{
    const QString a = canonical(writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text ett."_s, u"Kultur"_s}}));
    QCOMPARE(importFolder().imported, QStringList{a});
    const QDateTime time = QFileInfo(a).lastModified();
    const qint64 size = QFileInfo(a).size();
    writeBytes(u"a.txt"_s, QByteArray(size, '\0')); // binary: rejected, if it were read
    QVERIFY(setModified(a, time));
    QCOMPARE(QFileInfo(a).size(), size);

    const ImportReport report = importFolder();
    QVERIFY(report.rejected.isEmpty());
    QCOMPARE(report.skipped, QStringList{a});
    QCOMPARE(titles(), QStringList{u"Ett"_s});

    // A new time: read, and refused.
    QVERIFY(setModified(a, time.addSecs(60)));
    QCOMPARE(importFolder().rejected, QStringList{a});
}

// Any import forgets the vanished files of folders that are there, not only
// those of the paths it imports (files it did not list are looked for).
void TestNewsImporter::vanishedFileElsewhereForgotten()
{
    QVERIFY(QDir(m_folder).mkpath(u"one"_s));
    QVERIFY(QDir(m_folder).mkpath(u"two"_s));
    const QString a = canonical(writeListing(u"one/a.txt"_s, {{u"Ett"_s, u"Text."_s, u"Kultur"_s}}));
    const QString b = canonical(writeListing(u"two/b.txt"_s, {{u"Två"_s, u"Text."_s, u"Stöd"_s}}));
    QCOMPARE(importFolder().imported.size(), 2);

    QVERIFY(QFile::remove(b));
    NewsImporter importer(*m_store);
    const ImportReport report = importer.importPaths({filePath(u"one"_s)});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.removed, QStringList{b});
    QCOMPARE(report.skipped, QStringList{a});
    QCOMPARE(m_store->sourceFiles(), QStringList{a});
}

// A watched folder's changed files are imported by themselves; the folder is
// what the state database remembers (a damaged cache is rebuilt from it).
void TestNewsImporter::changedPathsAreNotRemembered()
{
    const QString a = writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text."_s, u"Kultur"_s}});
    QVERIFY(importFolder().error.isEmpty());
    const QStringList remembered = m_store->rememberedSources();
    QVERIFY(remembered.contains(QFileInfo(m_folder).absoluteFilePath()));

    writeListing(u"b.txt"_s, {{u"Två"_s, u"Text."_s, u"Kultur"_s}});
    NewsImporter importer(*m_store);
    const ImportReport report = importer.importPaths({filePath(u"b.txt"_s)}, {});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported, QStringList{canonical(filePath(u"b.txt"_s))});
    QCOMPARE(m_store->rememberedSources(), remembered);
    QCOMPARE(m_store->itemCount(), 2);
    Q_UNUSED(a)
}

// The task tells progress at most every so often (an unchanged archive passes
// in a moment), but always the first file and the end.
void TestNewsImporter::taskProgressReachesTheEnd()
{
    for (int i = 0; i < 200; ++i)
        writeListing(u"f%1.txt"_s.arg(i, 3, 10, QChar(u'0')), {{u"Nyhet %1"_s.arg(i), u"Text."_s, u"Kultur"_s}});
    QCOMPARE(importFolder().imported.size(), qsizetype(200));

    ImportTask task;
    QSignalSpy progress(&task, &ImportTask::progress);
    QSignalSpy finished(&task, &ImportTask::finished);
    QVERIFY(progress.isValid() && finished.isValid());
    task.start(m_dbPath, {m_folder});
    QVERIFY(finished.wait(60000));
    const auto report = finished.constFirst().constFirst().value<ImportReport>();
    QCOMPARE(report.skipped.size(), qsizetype(200));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constFirst().at(0).toInt(), 0);
    QCOMPARE(progress.constLast().at(0).toInt(), 200);
    QCOMPARE(progress.constLast().at(1).toInt(), 200);
    QVERIFY(progress.size() < 200);
}

// The watcher's import of changed files (ImportTask::startChanges) does not
// look for vanished files among the cache's 50,000 (a file gone is reported as
// its folder); an import of a folder does.
// A file imported as a source of its own, then deleted (or renamed away):
// the watcher reports the file itself, and its import forgets it (its items
// go) without calling the gone path an error.
void TestNewsImporter::deletedFileSourceIsForgotten()
{
    const QString a = canonical(writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text."_s, u"Kultur"_s}}));
    const QString b = canonical(writeListing(u"b.txt"_s, {{u"Två"_s, u"Text."_s, u"Kultur"_s}}));
    QVERIFY(NewsImporter(*m_store).importPaths({a, b}).error.isEmpty());
    QVERIFY(QFile::remove(a));

    ImportTask task;
    QSignalSpy finished(&task, &ImportTask::finished);
    QVERIFY(finished.isValid());
    task.startChanges(m_dbPath, {a});
    QVERIFY(finished.wait(60000));
    const auto report = finished.takeFirst().constFirst().value<ImportReport>();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY(report.diagnostics.isEmpty());
    QCOMPARE(report.removed, QStringList{a});
    QCOMPARE(m_store->sourceFiles(), QStringList{b});
    QCOMPARE(titles(), QStringList{u"Två"_s});
}

void TestNewsImporter::changedFilesLookForNoVanishedFiles()
{
    const QString a = canonical(writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text."_s, u"Kultur"_s}}));
    const QString b = canonical(writeListing(u"b.txt"_s, {{u"Två"_s, u"Text."_s, u"Kultur"_s}}));
    QVERIFY(importFolder().error.isEmpty());
    QVERIFY(QFile::remove(b));
    const QString c = canonical(writeListing(u"c.txt"_s, {{u"Tre"_s, u"Text."_s, u"Kultur"_s}}));

    ImportTask task;
    QSignalSpy finished(&task, &ImportTask::finished);
    QVERIFY(finished.isValid());
    task.startChanges(m_dbPath, {c});
    QVERIFY(finished.wait(60000));
    const auto changes = finished.takeFirst().constFirst().value<ImportReport>();
    QVERIFY2(changes.error.isEmpty(), qPrintable(changes.error));
    QCOMPARE(changes.imported, QStringList{c});
    QVERIFY(changes.removed.isEmpty());
    QCOMPARE(sorted(m_store->sourceFiles()), (QStringList{a, b, c}));

    // The folder, as the watcher reports a file gone: forgotten.
    task.startChanges(m_dbPath, {m_folder});
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.takeFirst().constFirst().value<ImportReport>().removed, QStringList{b});
    QCOMPARE(sorted(m_store->sourceFiles()), (QStringList{a, c}));
}

StoreTestFixture::Item TestNewsImporter::testItem(int n)
{
    static const QStringList categories{u"Kultur"_s, u"Stöd, Kultur"_s, u"Sport"_s, QString(), u"Politik"_s};
    static const QStringList words{u"kaffe"_s, u"te"_s, u"tåg"_s};
    return {u"Rubrik %1"_s.arg(n), u"Text %1 om %2."_s.arg(n).arg(words.at(n % words.size())),
            categories.at(n % categories.size())};
}

QList<StoreTestFixture::Item> TestNewsImporter::testItems(const QList<int> &numbers)
{
    QList<Item> items;
    for (const int n : numbers)
        items.append(testItem(n));
    return items;
}

std::unique_ptr<NewsStore> TestNewsImporter::openOtherStore(const QString &name)
{
    auto store = std::make_unique<NewsStore>();
    if (!store->open(m_dir->filePath(name + u"/newsdesk.sqlite"_s)))
        return nullptr;
    return store;
}

QStringList TestNewsImporter::contents(bool withFiles)
{
    QStringList queries{
        u"SELECT i.title, i.summary, (SELECT group_concat(name, ',') FROM (SELECT c.name FROM item_categories ic "
        u"JOIN categories c ON c.id = ic.category_id WHERE ic.item_id = i.id ORDER BY c.name)) "
        u"FROM items i ORDER BY i.sort_key DESC"_s,
        u"SELECT count(*) FROM index_queue"_s,
    };
    if (withFiles) {
        queries += {
            u"SELECT i.title, i.sort_key FROM items i ORDER BY i.sort_key DESC"_s,
            u"SELECT path, ordinal, item_count, hash, mtime FROM files ORDER BY path"_s,
            u"SELECT f.path, so.position, i.title, so.categories FROM sources so JOIN files f ON f.id = so.file_id "
            u"JOIN items i ON i.id = so.item_id ORDER BY f.path, so.position"_s,
            u"SELECT name FROM vocabulary ORDER BY name"_s,
            u"SELECT categories, item_count FROM category_sets ORDER BY categories"_s,
        };
    }
    QStringList result;
    for (const QString &sql : std::as_const(queries)) {
        QSqlQuery q(storeConnection(*m_store));
        if (!q.exec(sql))
            return {u"cannot read: "_s + q.lastError().text()};
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i)
                fields.append(sqlValue(q.value(i)));
            result.append(fields.join(u" | "_s));
        }
    }
    const QMap<QString, qint64> counted = counts();
    for (auto it = counted.cbegin(); it != counted.cend(); ++it)
        result.append(u"count %1: %2"_s.arg(it.key()).arg(it.value()));
    for (const QString &word : {u"kaffe"_s, u"tåg"_s, u"rubrik"_s}) {
        ItemFilter search;
        search.search = word;
        result.append(word + u": "_s + titles(search).join(u", "_s));
    }
    ItemFilter kultur;
    kultur.categories = {u"Kultur"_s};
    result.append(u"Kultur: "_s + titles(kultur).join(u", "_s));
    result.append(ftsMatchesContent() ? u"the index matches"_s : u"the index differs"_s);
    return result;
}

// Files are written in groups (many files' items staged, then a few set-wise
// statements) and a large file may come in parts: the cache must hold exactly
// what writing each file on its own holds, through overlaps, the same item
// twice in a file, items moving between files, re-saves and removals.
void TestNewsImporter::groupedImportEqualsFileByFile_data()
{
    QTest::addColumn<int>("partItems");
    QTest::newRow("whole files") << 0;
    QTest::newRow("in parts of three items") << 3;
    QTest::newRow("in parts of one item") << 1;
}

void TestNewsImporter::groupedImportEqualsFileByFile()
{
    QFETCH(int, partItems);
    std::unique_ptr<NewsStore> single = openOtherStore(u"single"_s);
    QVERIFY(single);
    const auto importBoth = [&](const QStringList &names) {
        NewsImporter grouped(*m_store);
        grouped.setPartItems(partItems);
        const ImportReport all = grouped.importPaths({m_folder});
        QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
        std::swap(m_store, single);
        ImportReport one;
        for (const QString &name : names) {
            NewsImporter importer(*m_store);
            const ImportReport report = importer.importPaths({filePath(name)});
            QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
            one.imported += report.imported;
            one.removed += report.removed;
            one.itemsNew += report.itemsNew;
        }
        const QStringList expected = contents(true);
        std::swap(m_store, single);
        QCOMPARE(sorted(all.imported), sorted(one.imported));
        QCOMPARE(all.removed, one.removed);
        QCOMPARE(all.itemsNew, one.itemsNew);
        QCOMPARE(contents(true), expected);
    };
    // a.txt holds item 2 twice; b.txt and c.txt repeat items of the files before them.
    writeListing(u"a.txt"_s, testItems({1, 2, 3, 4, 5, 6, 7, 2, 8}));
    writeListing(u"b.txt"_s, testItems({6, 7, 8, 9, 10, 11, 12, 13, 14}));
    writeListing(u"c.txt"_s, testItems({12, 13, 14, 15, 16, 17, 18, 19, 20, 1}));
    writeListing(u"d.txt"_s, testItems({21, 22, 23, 24, 25}));
    writeListing(u"e.txt"_s, testItems({27, 28, 1}));
    importBoth({u"a.txt"_s, u"b.txt"_s, u"c.txt"_s, u"d.txt"_s, u"e.txt"_s});
    QCOMPARE(m_store->itemCount(), 27);

    // a.txt drops items b.txt still holds (6, 7) and one only it held (3);
    // item 25 moves from d.txt to b.txt, 9 leaves b.txt; c.txt is saved again
    // unchanged; e.txt is gone and its item 27 moves to the new f.txt.
    writeListing(u"a.txt"_s, testItems({1, 2, 4, 5, 8, 26, 2}));
    writeListing(u"b.txt"_s, testItems({6, 7, 8, 10, 25, 11, 12, 13, 14}));
    QVERIFY(setModified(filePath(u"c.txt"_s), QDateTime::fromSecsSinceEpoch(1'700'000'000)));
    writeListing(u"d.txt"_s, testItems({21, 22, 23, 24}));
    QVERIFY(QFile::remove(filePath(u"e.txt"_s)));
    writeListing(u"f.txt"_s, testItems({27, 29}));
    importBoth({u"a.txt"_s, u"b.txt"_s, u"c.txt"_s, u"d.txt"_s, u"f.txt"_s});
    QStringList shown = titles();
    QVERIFY(shown.contains(u"Rubrik 6"_s));
    QVERIFY(shown.contains(u"Rubrik 27"_s));
    QVERIFY(!shown.contains(u"Rubrik 3"_s));
    QVERIFY(!shown.contains(u"Rubrik 9"_s));
    QVERIFY(!shown.contains(u"Rubrik 28"_s));
    QCOMPARE(m_store->itemCount(), 26);
}

// The same items as one large file or many small ones (named so that the
// listing order is the same: later files first) give the same listing,
// categories, counts and search hits; so does the large file in parts.
void TestNewsImporter::smallFilesEqualOneLargeFile_data()
{
    QTest::addColumn<int>("itemsPerFile");
    QTest::addColumn<int>("partItems");
    QTest::newRow("files of one item") << 1 << 0;
    QTest::newRow("files of seven items") << 7 << 0;
    QTest::newRow("the large file in parts of five") << 40 << 5;
}

void TestNewsImporter::smallFilesEqualOneLargeFile()
{
    QFETCH(int, itemsPerFile);
    QFETCH(int, partItems);
    constexpr int Items = 40;
    QList<int> all;
    for (int n = 1; n <= Items; ++n)
        all.append(n);
    QVERIFY(QDir().mkpath(filePath(u"large"_s)) && QDir().mkpath(filePath(u"small"_s)));
    const QString large = writeListing(u"large/all.txt"_s, testItems(all));
    QStringList small;
    for (int from = 0; from < Items; from += itemsPerFile) {
        const QString name = u"small/%1.txt"_s.arg(Items - from, 3, 10, QLatin1Char('0'));
        small.append(writeListing(name, testItems(all.mid(from, itemsPerFile))));
    }
    NewsImporter whole(*m_store);
    QVERIFY(whole.importPaths({large}).error.isEmpty());
    const QStringList expected = contents(false);
    QCOMPARE(m_store->itemCount(), Items);

    std::unique_ptr<NewsStore> other = openOtherStore(u"other"_s);
    QVERIFY(other);
    std::swap(m_store, other);
    NewsImporter importer(*m_store);
    importer.setPartItems(partItems);
    const ImportReport report = importer.importPaths({filePath(u"small"_s)});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.itemsNew, Items);
    const QStringList actual = contents(false);
    std::swap(m_store, other);
    QCOMPARE(actual, expected);
}

// A failure in any part of a file given in parts undoes the whole file; the
// files before it stay.
void TestNewsImporter::failingPartUndoesItsWholeFile()
{
    writeListing(u"a.txt"_s, testItems({1, 2}));
    writeListing(u"b.txt"_s, testItems({3, 4, 5, 6, 7}));
    QVERIFY(failAtThirdItem());
    NewsImporter importer(*m_store);
    importer.setPartItems(2); // the third item is in b.txt's second part
    const ImportReport report = importer.importPaths({m_folder});
    QVERIFY2(report.error.contains(u"boom"_s) && report.error.contains(u"b.txt"_s), qPrintable(report.error));
    QCOMPARE(report.imported.size(), 1);
    QVERIFY(report.imported.first().endsWith(u"a.txt"_s));
    QCOMPARE(titles(), (QStringList{u"Rubrik 1"_s, u"Rubrik 2"_s}));
    QCOMPARE(m_store->sourceFiles().size(), 1);
    QVERIFY(ftsMatchesContent());
}

QTEST_GUILESS_MAIN(TestNewsImporter)

#include "tst_newsimporter.moc"
