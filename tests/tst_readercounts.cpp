// Issue 15: unread counts that are right at every moment, undoable marks,
// "new since the last visit" and the "Uncategorised" row, through a
// ReaderSession over a real cache (with its worker) in a temporary folder.
//
// The cache: Kultur 3 items, Kollektivtrafik 2 (one of them also Kultur),
// and 2 items with no category: 6 items.

#include "models/importing/newsimporter.h"
#include "models/itemmodels/categorymodel.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/itemmodels/readersession.h"
#include "models/store/newsstore.h"
#include "storeconnection.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Kultur = u"Kultur"_s;
const QString Trafik = u"Kollektivtrafik"_s;

struct Item
{
    QString title;
    QString summary;  // empty: a title-only item
    QString category; // empty: none
};

QByteArray listing(const QList<Item> &items)
{
    QString text = u"Nyheter\n\n"_s;
    for (const Item &item : items) {
        text += u" \u2022 "_s + item.title + u'\n';
        if (!item.summary.isEmpty())
            text += u"\n  "_s + item.summary + u'\n';
        if (!item.category.isEmpty())
            text += u"\n  "_s + item.category + u'\n';
    }
    return text.toUtf8();
}

// A session with both models under a model tester from the start.
struct Reader
{
    ReaderSession session;
    QAbstractItemModelTester listTester{session.newsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester categoryTester{session.categoryModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest};
    NewsListModel &list() { return *session.newsModel(); }
    CategoryModel &categories() { return *session.categoryModel(); }
    qint64 unreadOf(const QString &name) { return categories().countsOf(name).value_or(CategoryModel::Delta{-1, -1}).unread; }
};

} // namespace

class TestReaderCounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void countsFollowAReadAtOnce_data();
    void countsFollowAReadAtOnce();
    void aRecountStartedBeforeAMarkNeverShows();
    void markAllReadMovesEveryCountAtOnce();
    void undoRestoresExactlyThePreviousState_data();
    void undoRestoresExactlyThePreviousState();
    void aFailedMarkShowsTheCacheAgain();
    void itemsSinceThePreviousVisitAreNew();
    void theUncategorisedRowAppearsAndFilters();

private:
    QString cachePath() const { return m_dir->filePath(u"cache.sqlite"_s); }
    bool writeListing(const QString &name, const QList<Item> &items);
    bool import(const QStringList &names);
    qint64 idOf(const QString &title);
    // Waits until the session's worker has written and recounted everything.
    static bool settle(Reader &reader);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReaderCounts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(writeListing(u"a.txt"_s, {
            {u"Konsert i parken"_s, u"Musik hela kvällen."_s, Kultur},
            {u"Ny utställning"_s, u"Bilder från förr."_s, Kultur},
            {u"Buss ersätter tåg"_s, u"Banarbete i helgen."_s, Trafik},
            {u"Spårvagnar med konst"_s, u"Målade vagnar."_s, Trafik + Kultur},
            {u"Ett meddelande"_s, u"Text utan kategori."_s, QString()},
            {u"Bara en rubrik"_s, QString(), QString()},
    }));
    QVERIFY(import({u"a.txt"_s}));
}

void TestReaderCounts::cleanup()
{
    m_dir.reset();
}

bool TestReaderCounts::writeListing(const QString &name, const QList<Item> &items)
{
    QSaveFile file(m_dir->filePath(name));
    const QByteArray bytes = listing(items);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

bool TestReaderCounts::import(const QStringList &names)
{
    NewsStore store;
    if (!store.open(cachePath()))
        return false;
    QStringList paths;
    for (const QString &name : names)
        paths.append(m_dir->filePath(name));
    const ImportReport report = NewsImporter(store).importPaths(paths);
    return report.error.isEmpty();
}

qint64 TestReaderCounts::idOf(const QString &title)
{
    NewsStore store;
    if (!store.open(cachePath()))
        return 0;
    ItemFilter filter;
    filter.search = u'"' + title + u'"';
    const QList<qint64> ids = store.itemIds(filter);
    return ids.size() == 1 ? ids.first() : 0;
}

bool TestReaderCounts::settle(Reader &reader)
{
    // Every write and count is a job on the one worker: once a recount
    // asked for now has arrived, what was asked before has too.
    QSignalSpy ready(&reader.categories(), &CategoryModel::countsReady);
    reader.categories().adjust({}); // a recount behind everything queued
    return ready.wait(20000) && !reader.list().hasPendingWrites();
}

void TestReaderCounts::countsFollowAReadAtOnce_data()
{
    QTest::addColumn<bool>("unreadOnly");
    QTest::addColumn<QStringList>("checked");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("shown");
    QTest::addColumn<int>("facet");  // items under the facet ("All categories")
    QTest::addColumn<int>("kultur"); // unread under the facet, before
    QTest::addColumn<int>("trafik");
    QTest::addColumn<int>("none");

    QTest::newRow("every item") << false << QStringList() << QString() << 6 << 6 << 3 << 2 << 2;
    QTest::newRow("unread only") << true << QStringList() << QString() << 6 << 6 << 3 << 2 << 2;
    QTest::newRow("Kultur, unread only") << true << QStringList{Kultur} << QString() << 3 << 6 << 3 << 2 << 2;
    // A narrower facet: the cache's unread number is counted on its own.
    QTest::newRow("a search") << false << QStringList() << u"konst"_s << 1 << 1 << 1 << 1 << 0;
}

void TestReaderCounts::countsFollowAReadAtOnce()
{
    // Reading an item moves its categories' unread numbers, "All
    // categories", the cache's unread total and the list's unread count in
    // the same turn; in the unread-only view the row read stays shown, so
    // the list says "N items, N - 1 unread". The worker's recount agrees.
    QFETCH(bool, unreadOnly);
    QFETCH(QStringList, checked);
    QFETCH(QString, search);
    QFETCH(int, shown);
    QFETCH(int, facet);
    QFETCH(int, kultur);
    QFETCH(int, trafik);
    QFETCH(int, none);
    Reader reader;
    ItemFilter filter;
    filter.unreadOnly = unreadOnly;
    filter.categories = checked;
    filter.search = search;
    QVERIFY(reader.session.open(cachePath(), filter));
    QVERIFY(settle(reader));
    QCOMPARE(reader.list().rowCount(), shown);
    QCOMPARE(reader.list().shownUnreadCount().value_or(-1), qint64(shown));
    QCOMPARE(reader.session.unreadTotal(), 6);
    QCOMPARE(reader.categories().unreadTotal(), facet);
    QCOMPARE(reader.categories().totalCount(), facet); // the facet leaves unreadOnly out
    QCOMPARE(reader.unreadOf(Kultur), kultur);
    QCOMPARE(reader.unreadOf(Trafik), trafik);
    if (none > 0)
        QCOMPARE(reader.unreadOf(QString()), none);
    else
        QVERIFY(!reader.categories().hasUncategorised());

    // The row of "Spårvagnar med konst": Kultur and Kollektivtrafik.
    const qint64 id = idOf(u"Spårvagnar med konst"_s);
    const int row = reader.list().rowOfId(id);
    QVERIFY(row >= 0);
    QSignalSpy counts(&reader.session, &ReaderSession::countsChanged);
    QSignalSpy listUnread(&reader.list(), &NewsListModel::unreadCountChanged);
    QSignalSpy applied(&reader.list(), &NewsListModel::markApplied);
    QVERIFY(counts.isValid() && listUnread.isValid() && applied.isValid());
    // Every number the category model shows from now on.
    QList<qint64> allUnread;
    connect(&reader.categories(), &QAbstractItemModel::dataChanged, this,
            [&] { allUnread.append(reader.categories().unreadTotal()); });
    reader.list().applyMark(MarkChange::Mark::Read, true, {id});

    // The same turn.
    QVERIFY(reader.list().index(row).data(NewsListModel::ReadRole).toBool());
    QCOMPARE(reader.list().rowCount(), shown); // read while shown: it stays
    QCOMPARE(reader.list().shownUnreadCount().value_or(-1), qint64(shown - 1));
    QVERIFY(!listUnread.isEmpty());
    QCOMPARE(reader.session.unreadTotal(), 5);
    QCOMPARE(reader.categories().unreadTotal(), facet - 1);
    QCOMPARE(reader.unreadOf(Kultur), kultur - 1);
    QCOMPARE(reader.unreadOf(Trafik), trafik - 1);
    if (none > 0)
        QCOMPARE(reader.unreadOf(QString()), none);
    QCOMPARE(reader.categories().countsOf(Kultur)->count, search.isEmpty() ? 3 : 1);
    QVERIFY(!counts.isEmpty());

    // Written, and counted again by the worker: the same numbers, never the old ones.
    QVERIFY(applied.wait());
    QCOMPARE(applied.first().first().value<MarkChange>().ids, QList<qint64>{id});
    QTRY_VERIFY_WITH_TIMEOUT(!reader.list().hasPendingWrites(), 20000);
    QVERIFY(settle(reader));
    QCOMPARE(reader.session.unreadTotal(), 5);
    QCOMPARE(reader.unreadOf(Kultur), kultur - 1);
    QCOMPARE(reader.unreadOf(Trafik), trafik - 1);
    QCOMPARE(reader.list().rowCount(), shown);
    QCOMPARE(reader.list().shownUnreadCount().value_or(-1), qint64(shown - 1));
    QVERIFY(!allUnread.isEmpty());
    QVERIFY2(std::all_of(allUnread.cbegin(), allUnread.cend(), [&](qint64 n) { return n == facet - 1; }),
             qPrintable(QString::number(allUnread.size())));

    // Until a refresh: then the unread-only view leaves it out.
    reader.session.refresh();
    QCOMPARE(reader.list().rowCount(), unreadOnly ? shown - 1 : shown);
    QVERIFY(settle(reader));
    QCOMPARE(reader.list().shownUnreadCount().value_or(-1), qint64(shown - 1));
}

void TestReaderCounts::aRecountStartedBeforeAMarkNeverShows()
{
    // Another connection holds the write lock: the first mark's write waits
    // in the worker, a recount is queued behind it, then a second mark. When
    // the lock is free, the recount (older than the second mark) must not
    // show its numbers, nor may one asked for after it run before its write.
    Reader reader;
    QVERIFY(reader.session.open(cachePath(), {}));
    QVERIFY(settle(reader));
    QCOMPARE(reader.categories().unreadTotal(), 6);
    QList<qint64> allUnread;
    connect(&reader.categories(), &QAbstractItemModel::dataChanged, this,
            [&] { allUnread.append(reader.categories().unreadTotal()); });

    NewsStore other;
    QVERIFY(other.open(cachePath()));
    QSqlQuery lock(storeConnection(other));
    QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
    reader.list().applyMark(MarkChange::Mark::Read, true, {reader.list().idAt(0)});
    QCOMPARE(reader.categories().unreadTotal(), 5);
    reader.categories().refresh(); // behind the waiting write
    reader.list().applyMark(MarkChange::Mark::Read, true, {reader.list().idAt(1)});
    QCOMPARE(reader.categories().unreadTotal(), 4);
    QCOMPARE(reader.session.unreadTotal(), 4);
    // A recount asked for now (a new search, say) must not run before the
    // second mark's write either.
    reader.categories().refresh();
    QVERIFY(lock.exec(u"COMMIT"_s));
    lock = QSqlQuery();

    // Both written (and whatever ran before them delivered), before settle()
    // asks for a recount of its own.
    QTRY_VERIFY_WITH_TIMEOUT(!reader.list().hasPendingWrites(), 20000);
    QVERIFY(settle(reader));
    QCOMPARE(reader.categories().unreadTotal(), 4);
    QCOMPARE(reader.session.unreadTotal(), 4);
    const qsizetype afterSecond = allUnread.indexOf(4);
    QVERIFY(afterSecond >= 0);
    for (qsizetype i = afterSecond; i < allUnread.size(); ++i)
        QCOMPARE(allUnread.at(i), 4);
}

void TestReaderCounts::markAllReadMovesEveryCountAtOnce()
{
    Reader reader;
    ItemFilter kultur;
    kultur.categories = {Kultur};
    QVERIFY(reader.session.open(cachePath(), kultur));
    QVERIFY(settle(reader));
    QCOMPARE(reader.list().rowCount(), 3);
    reader.list().applyMarkToAll(MarkChange::Mark::Read, true);
    // The same turn: Kultur is all read, and so are the rows.
    QCOMPARE(reader.unreadOf(Kultur), 0);
    QCOMPARE(reader.categories().unreadTotal(), 3);
    QCOMPARE(reader.session.unreadTotal(), 3);
    QCOMPARE(reader.list().shownUnreadCount().value_or(-1), 0);
    QVERIFY(reader.list().index(2).data(NewsListModel::ReadRole).toBool());
    QVERIFY(settle(reader));
    QCOMPARE(reader.unreadOf(Kultur), 0);
    QCOMPARE(reader.unreadOf(Trafik), 1); // the item in both: counted by the worker
    QCOMPARE(reader.categories().unreadTotal(), 3);
    QCOMPARE(reader.session.unreadTotal(), 3);
}

void TestReaderCounts::undoRestoresExactlyThePreviousState_data()
{
    QTest::addColumn<QString>("between");
    QTest::newRow("at once") << u"nothing"_s;
    QTest::newRow("after a refresh") << u"refresh"_s;
    QTest::newRow("after a filter change") << u"filter"_s;
    QTest::newRow("in the unread-only view") << u"unread only"_s;
}

void TestReaderCounts::undoRestoresExactlyThePreviousState()
{
    // "Mark all shown as read" on Kultur, one of whose items was read
    // already; undo marks unread exactly the two it changed, whatever the
    // list shows by then; redo marks them read again.
    QFETCH(QString, between);
    const qint64 readBefore = idOf(u"Ny utställning"_s);
    {
        NewsStore store;
        QVERIFY(store.open(cachePath()));
        QVERIFY(store.setRead({readBefore}, true));
    }
    Reader reader;
    ItemFilter kultur;
    kultur.categories = {Kultur};
    kultur.unreadOnly = between == u"unread only"_s;
    QVERIFY(reader.session.open(cachePath(), kultur));
    QVERIFY(settle(reader));
    QCOMPARE(reader.session.unreadTotal(), 5);
    QSignalSpy applied(&reader.list(), &NewsListModel::markApplied);
    QVERIFY(applied.isValid());
    reader.list().applyMarkToAll(MarkChange::Mark::Read, true);
    QVERIFY(applied.wait());
    const MarkChange change = applied.first().first().value<MarkChange>();
    QCOMPARE(change.mark, MarkChange::Mark::Read);
    QVERIFY(change.on);
    QList<qint64> changed = change.ids;
    std::sort(changed.begin(), changed.end());
    QList<qint64> expected{idOf(u"Konsert i parken"_s), idOf(u"Spårvagnar med konst"_s)};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(changed, expected);
    QVERIFY(settle(reader));
    QCOMPARE(reader.session.unreadTotal(), 3);
    if (kultur.unreadOnly)
        QCOMPARE(reader.list().rowCount(), 0); // nothing unread is left to show

    if (between == u"refresh"_s) {
        reader.session.refresh();
    } else if (between == u"filter"_s) {
        ItemFilter trafik;
        trafik.categories = {Trafik};
        reader.session.setFilter(trafik);
    }
    applied.clear();
    reader.list().setMarks(change, false);
    QCOMPARE(reader.session.unreadTotal(), 5); // at once
    QVERIFY(applied.wait());
    QCOMPARE(applied.first().first().value<MarkChange>(), change);
    QVERIFY(settle(reader));
    {
        NewsStore store;
        QVERIFY(store.open(cachePath()));
        QVERIFY(store.item(readBefore).read); // read before: still read
        for (qint64 id : change.ids)
            QVERIFY(!store.item(id).read);
        ItemFilter unread;
        unread.unreadOnly = true;
        QCOMPARE(store.itemCount(unread), 5);
    }
    QCOMPARE(reader.session.unreadTotal(), 5);
    QCOMPARE(reader.unreadOf(Kultur), 2);
    for (int row = 0; row < reader.list().rowCount(); ++row) {
        const qint64 id = reader.list().idAt(row);
        QCOMPARE(reader.list().index(row).data(NewsListModel::ReadRole).toBool(), id == readBefore);
    }
    if (kultur.unreadOnly)
        QCOMPARE(reader.list().rowCount(), 2); // they are back

    // Redo.
    applied.clear();
    reader.list().setMarks(change, true);
    QCOMPARE(reader.session.unreadTotal(), 3);
    QVERIFY(applied.wait());
    QVERIFY(settle(reader));
    QCOMPARE(reader.session.unreadTotal(), 3);
    QCOMPARE(reader.unreadOf(Kultur), 0);
}

void TestReaderCounts::aFailedMarkShowsTheCacheAgain()
{
    // The state database refuses every change of reader state (a trigger,
    // as a full or broken disk would): the row shows read at once, then the
    // cache's state again, markFailed() names the cache, and the counts
    // come back to what the cache holds.
    Reader reader;
    QVERIFY(reader.session.open(cachePath(), {}));
    QVERIFY(settle(reader));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"breaker"_s);
        db.setDatabaseName(NewsStore::statePath(cachePath()));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"CREATE TRIGGER refuse_insert BEFORE INSERT ON item_state "
                        u"BEGIN SELECT RAISE(ABORT, 'refused'); END"_s), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"CREATE TRIGGER refuse_update BEFORE UPDATE ON item_state "
                       u"BEGIN SELECT RAISE(ABORT, 'refused'); END"_s));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"breaker"_s);

    QSignalSpy failed(&reader.list(), &NewsListModel::markFailed);
    QSignalSpy applied(&reader.list(), &NewsListModel::markApplied);
    QVERIFY(failed.isValid() && applied.isValid());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not written"_s));
    reader.list().applyMark(MarkChange::Mark::Read, true, {reader.list().idAt(0)});
    QVERIFY(reader.list().index(0).data(NewsListModel::ReadRole).toBool());
    QCOMPARE(reader.session.unreadTotal(), 5);
    QVERIFY(failed.wait());
    QVERIFY2(failed.first().first().toString().contains(cachePath()), qPrintable(failed.first().first().toString()));
    QCOMPARE(applied.size(), 0);
    QVERIFY(!reader.list().index(0).data(NewsListModel::ReadRole).toBool());
    QVERIFY(settle(reader));
    QCOMPARE(reader.session.unreadTotal(), 6);
    QCOMPARE(reader.categories().unreadTotal(), 6);
    QCOMPARE(reader.list().shownUnreadCount().value_or(-1), 6);
}

void TestReaderCounts::itemsSinceThePreviousVisitAreNew()
{
    qint64 visit = 0;
    {
        Reader first;
        QVERIFY(first.session.open(cachePath(), {}));
        QCOMPARE(first.session.previousVisit(), 0); // a first visit
        QCOMPARE(first.list().newSince(), 0);
        QVERIFY(!first.list().index(0).data(NewsListModel::NewRole).toBool());
        QVERIFY(first.session.recordVisit());
        visit = QDateTime::currentMSecsSinceEpoch();
    }
    // The clock moves on before the next import (items stored in the same
    // millisecond as the visit would not be after it).
    while (QDateTime::currentMSecsSinceEpoch() <= visit + 1)
        QThread::usleep(500);
    QVERIFY(writeListing(u"b.txt"_s, {{u"Nytt i dag"_s, u"Något hände."_s, Kultur}}));
    QVERIFY(import({u"b.txt"_s}));

    Reader second;
    QVERIFY(second.session.open(cachePath(), {}));
    QVERIFY(second.session.previousVisit() > 0);
    QVERIFY(second.session.previousVisit() <= visit);
    QCOMPARE(second.list().newSince(), second.session.previousVisit());
    QCOMPARE(second.list().rowCount(), 7);
    const qint64 fresh = idOf(u"Nytt i dag"_s);
    for (int row = 0; row < 7; ++row) {
        const QModelIndex index = second.list().index(row);
        const bool isNew = second.list().idAt(row) == fresh;
        QCOMPARE(index.data(NewsListModel::NewRole).toBool(), isNew);
        QCOMPARE(index.data(NewsListModel::AddedAtRole).toLongLong() > second.session.previousVisit(), isNew);
    }
    QSignalSpy changed(&second.list(), &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());
    second.list().setNewSince(0);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!second.list().index(second.list().rowOfId(fresh)).data(NewsListModel::NewRole).toBool());
}

void TestReaderCounts::theUncategorisedRowAppearsAndFilters()
{
    Reader reader;
    QVERIFY(reader.session.open(cachePath(), {}));
    QVERIFY(settle(reader));
    CategoryModel &model = reader.categories();
    // All, Kultur, Kollektivtrafik, Uncategorised.
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.hasUncategorised());
    const QModelIndex none = model.index(3);
    QVERIFY(none.data(CategoryModel::IsUncategorisedRole).toBool());
    QVERIFY(!model.index(1).data(CategoryModel::IsUncategorisedRole).toBool());
    QCOMPARE(none.data(Qt::DisplayRole).toString(), u"Uncategorised"_s);
    QCOMPARE(none.data(CategoryModel::NameRole).toString(), QString());
    QCOMPARE(none.data(CategoryModel::CountRole).toLongLong(), 2);
    QCOMPARE(none.data(CategoryModel::UnreadRole).toLongLong(), 2);
    QVERIFY(model.flags(none) & Qt::ItemIsUserCheckable);

    QSignalSpy checked(&model, &CategoryModel::checkedCategoriesChanged);
    QVERIFY(checked.isValid());
    QVERIFY(model.setData(none, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(checked.size(), 1);
    QVERIFY(model.uncategorisedChecked());
    QVERIFY(model.checkedCategories().isEmpty());
    QCOMPARE(none.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(model.index(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

    ItemFilter filter;
    filter.uncategorised = model.uncategorisedChecked();
    QVERIFY(reader.session.setFilter(filter));
    QCOMPARE(reader.list().rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QVERIFY(reader.list().index(row).data(NewsListModel::CategoriesRole).toStringList().isEmpty());
    QVERIFY(settle(reader));
    QCOMPARE(model.rowCount(), 4); // the facet leaves the category part out

    // With Kultur too (any of them): Kultur's items or none.
    QVERIFY(model.setData(model.index(model.rowOfCategory(Kultur)), Qt::Checked, Qt::CheckStateRole));
    filter.categories = model.checkedCategories();
    QVERIFY(reader.session.setFilter(filter));
    QCOMPARE(reader.list().rowCount(), 5);

    // "All categories" clears both.
    QVERIFY(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!model.uncategorisedChecked());
    QVERIFY(model.checkedCategories().isEmpty());
    model.setUncategorisedChecked(true);
    QVERIFY(model.uncategorisedChecked());
    QCOMPARE(checked.size(), 4);
}

QTEST_GUILESS_MAIN(TestReaderCounts)
#include "tst_readercounts.moc"
