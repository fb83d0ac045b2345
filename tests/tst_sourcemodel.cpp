// SourceModel over a real cache: the imported folders with their files, the
// files outside them under "Other files", the sample as "Sample news N",
// item and unread numbers per file and folder, watched folders, a worker.

#include "models/importing/newsimporter.h"
#include "models/itemmodels/sourcemodel.h"
#include "models/listing/sourcename.h"
#include "models/store/storeworker.h"
#include "storetestsupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

class TestSourceModel : public QObject, public StoreTestFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void foldersHoldTheirFiles();
    void filesOutsideTheFoldersAreOtherFiles();
    void theSampleIsNamedForPeople();
    void hiddenAndReadItemsChangeTheNumbers();
    void watchedFoldersAreMarked();
    void readOnAWorkerThread();

private:
    // Two files in the news folder, imported as the folder: three items.
    void importTwoFiles();
    QModelIndex childNamed(const SourceModel &model, const QModelIndex &parent, const QString &name) const;
};

void TestSourceModel::init()
{
    setUp();
}

void TestSourceModel::cleanup()
{
    tearDown();
}

void TestSourceModel::importTwoFiles()
{
    writeListing(u"b.txt"_s, {{u"Buss"_s, u"Om bussar."_s, u"Kollektivtrafik"_s}});
    writeListing(u"a.txt"_s, {{u"Ett"_s, u"Om ett."_s, u"Kultur"_s}, {u"Två"_s, u"Om två."_s, u"Kultur"_s}});
    const ImportReport report = importFolder();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
}

QModelIndex TestSourceModel::childNamed(const SourceModel &model, const QModelIndex &parent, const QString &name) const
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (child.data().toString() == name)
            return child;
    }
    return {};
}

void TestSourceModel::foldersHoldTheirFiles()
{
    importTwoFiles();
    SourceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QVERIFY(model.isReady());
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex folder = model.index(0, 0);
    QCOMPARE(folder.data(SourceModel::PathRole).toString(), canonical(m_folder));
    QVERIFY(folder.data(SourceModel::IsFolderRole).toBool());
    QCOMPARE(folder.data(SourceModel::KindRole).value<SourceModel::NodeKind>(), SourceModel::NodeKind::Folder);
    QCOMPARE(folder.data(SourceModel::CountRole).toLongLong(), 3);
    QCOMPARE(folder.data(SourceModel::UnreadRole).toLongLong(), 3);
    QCOMPARE(model.rowCount(folder), 2);
    // Files by name, under their folder.
    QCOMPARE(model.index(0, 0, folder).data().toString(), u"a.txt"_s);
    QCOMPARE(model.index(1, 0, folder).data().toString(), u"b.txt"_s);
    const QModelIndex a = model.index(0, 0, folder);
    QCOMPARE(a.data(SourceModel::PathRole).toString(), canonical(filePath(u"a.txt"_s)));
    QVERIFY(!a.data(SourceModel::IsFolderRole).toBool());
    QCOMPARE(a.data(SourceModel::CountRole).toLongLong(), 2);
    QCOMPARE(model.indexOfFile(canonical(filePath(u"b.txt"_s))), model.index(1, 0, folder));
    QCOMPARE(model.indexOfFolder(canonical(m_folder)), folder);
    QCOMPARE(model.filesUnder(folder),
             (QStringList{canonical(filePath(u"a.txt"_s)), canonical(filePath(u"b.txt"_s))}));
    QCOMPARE(model.filesUnder(a), QStringList{canonical(filePath(u"a.txt"_s))});
}

void TestSourceModel::filesOutsideTheFoldersAreOtherFiles()
{
    // A file imported by itself (not a folder): under "Other files".
    writeListing(u"a.txt"_s, {{u"Ett"_s, u"Om ett."_s, u"Kultur"_s}});
    NewsImporter importer(*m_store);
    const ImportReport report = importer.importPaths({filePath(u"a.txt"_s)});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    SourceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex other = model.index(0, 0);
    QCOMPARE(other.data().toString(), u"Other files"_s);
    QCOMPARE(other.data(SourceModel::KindRole).value<SourceModel::NodeKind>(), SourceModel::NodeKind::OtherFiles);
    QVERIFY(other.data(SourceModel::PathRole).toString().isEmpty());
    QCOMPARE(model.rowCount(other), 1);
    QCOMPARE(model.index(0, 0, other).data(SourceModel::PathRole).toString(), canonical(filePath(u"a.txt"_s)));
    QCOMPARE(other.data(SourceModel::CountRole).toLongLong(), 1);
}

void TestSourceModel::theSampleIsNamedForPeople()
{
    importTwoFiles();
    QCOMPARE(importSample().itemsTotal, qint64(47));
    SourceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 2); // the folder, then the sample
    const QModelIndex sample = model.index(1, 0);
    QCOMPARE(sample.data().toString(), u"Sample news"_s);
    QCOMPARE(sample.data(SourceModel::KindRole).value<SourceModel::NodeKind>(), SourceModel::NodeKind::Sample);
    QCOMPARE(sample.data(SourceModel::CountRole).toLongLong(), 47);
    const QStringList files = NewsImporter::sampleFiles();
    QCOMPARE(model.rowCount(sample), files.size());
    const QModelIndex first = childNamed(model, sample, SourceName::display(files.first()));
    QVERIFY(first.isValid());
    QCOMPARE(first.data().toString(), u"Sample news 1"_s);
    QCOMPARE(first.data(SourceModel::PathRole).toString(), files.first());
    // Numbered in order ("Sample news 10" after "Sample news 9").
    if (files.size() >= 10)
        QCOMPARE(model.index(9, 0, sample).data().toString(), u"Sample news 10"_s);
}

void TestSourceModel::hiddenAndReadItemsChangeTheNumbers()
{
    importTwoFiles();
    MarkChange hide{MarkChange::Mark::Hidden, true, {}};
    ItemFilter one;
    one.ids = {idOf(u"Ett"_s)};
    QVERIFY(m_store->setMarkWhere(one, hide));
    MarkChange read{MarkChange::Mark::Read, true, {}};
    one.ids = {idOf(u"Buss"_s)};
    QVERIFY(m_store->setMarkWhere(one, read));
    SourceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    const QModelIndex folder = model.index(0, 0);
    QCOMPARE(folder.data(SourceModel::CountRole).toLongLong(), 2);
    QCOMPARE(folder.data(SourceModel::UnreadRole).toLongLong(), 1);
    QCOMPARE(model.index(0, 0, folder).data(SourceModel::CountRole).toLongLong(), 1); // a.txt: one hidden
    QCOMPARE(model.index(1, 0, folder).data(SourceModel::UnreadRole).toLongLong(), 0); // b.txt: read
}

void TestSourceModel::watchedFoldersAreMarked()
{
    importTwoFiles();
    SourceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QVERIFY(!model.index(0, 0).data(SourceModel::IsWatchedRole).toBool());
    const QString other = m_dir->filePath(u"watched"_s);
    QVERIFY(QDir().mkpath(other));
    model.setWatchedFolders({canonical(m_folder), canonical(other)});
    // A watched folder with nothing in the cache yet is shown too.
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.indexOfFolder(canonical(m_folder)).data(SourceModel::IsWatchedRole).toBool());
    const QModelIndex empty = model.indexOfFolder(canonical(other));
    QVERIFY(empty.isValid());
    QCOMPARE(model.rowCount(empty), 0);
    QCOMPARE(model.watchedFolders().size(), 2);
    model.setWatchedFolders({});
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.index(0, 0).data(SourceModel::IsWatchedRole).toBool());
}

void TestSourceModel::readOnAWorkerThread()
{
    importTwoFiles();
    StoreWorker worker;
    worker.open(m_store->path());
    SourceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorker(&worker);
    QSignalSpy ready(&model, &SourceModel::countsReady);
    QVERIFY(ready.isValid());
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 0); // not read here
    QVERIFY(ready.wait());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(SourceModel::CountRole).toLongLong(), 3);
}

QTEST_GUILESS_MAIN(TestSourceModel)
#include "tst_sourcemodel.moc"
