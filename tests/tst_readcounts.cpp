#include "storetestsupport.h"

#include "models/store/markchange.h"
#include "models/store/newsitem.h"
#include "models/store/sqlite/statedatabase.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

// Issue 15's store: unread counts (kept through the mirror of the read marks,
// right after every kind of write, an import, a rebuilt cache and a state
// database written behind the store's back), the marks that undo needs
// (setMarkWhere, setMarks), the new sorts, the items of no category, "new
// since", schema 11's migration and the last visit.
Q_DECLARE_METATYPE(ItemFilter)

namespace {

template <typename Set>
ItemFilter filterWith(Set set)
{
    ItemFilter filter;
    set(filter);
    return filter;
}

} // namespace

class TestReadCounts final : public QObject, private StoreTestFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { tearDown(); }

    void countsFollowMarks();
    void countsUnderAFilter_data();
    void countsUnderAFilter();
    void markWhereAndUndo();
    void importFindsReadItems();
    void rebuiltCacheKeepsCounts();
    void stateWrittenBehindTheStoresBack();
    void guiStoreLeavesTheMirrorToTheWorker();
    void aFaultOfTheMirrorKeepsTheMarks();
    void sorts_data();
    void sorts();
    void uncategorised();
    void newSince();
    void migrationFrom10();
    void olderCacheReadOnly();
    void lastVisitSurvivesADeletedCache();

private:
    using Counts = QMap<QString, std::pair<qint64, qint64>>; // name -> (count, unread)
    Counts counted(const ItemFilter &filter = {}) const;
    Counts expected(const ItemFilter &filter = {}) const;
    void checkCounts(const ItemFilter &filter = {});
    QList<NewsItem> all(const ItemFilter &filter = {}) const;
    void reopen();
    void writeState(const QString &sql);
    // Whether the cache's mirror of the read marks matches the state database.
    bool mirrorTrusted() const;
    // Takes the cache back to schema 10 (what issue 15 added removed).
    void makeSchema10();
};

void TestReadCounts::init()
{
    setUp();
    writeListing(u"a.txt"_s, {{u"Året som gått"_s, u"Sammanfattning av år 2021."_s, u"Kultur"_s},
                              {u"Arbete pågår"_s, u"Nya arbeten startar i vår."_s, u"Ekonomi och budget"_s},
                              {u"Zebra i parken"_s, u"Djur flyttar in."_s, u"KulturStöd"_s},
                              {u"Utan kategori"_s, u"Ingen kategorirad."_s, QString()},
                              {u"Älgar på vägen"_s, u"Trafiken påverkas."_s, u"Kollektivtrafik"_s}});
    writeListing(u"B.txt"_s, {{u"Örebro får spårvagn"_s, u"Planer för ny trafik."_s, u"Kollektivtrafik"_s},
                              {u"Också utan"_s, u"Ännu en utan kategori."_s, QString()},
                              {u"Zebra i parken"_s, u"Djur flyttar in."_s, u"Kultur"_s},
                              {u"Bussar i trafik"_s, u"Fler bussar."_s, u"KollektivtrafikEkonomi och budget"_s}});
    writeListing(u"ö.txt"_s, {{u"Kultur i parken"_s, u"Musik i trafik."_s, u"Kultur"_s}});
    QVERIFY(importFolder().error.isEmpty());
    QCOMPARE(m_store->itemCount(), 9);
}

QList<NewsItem> TestReadCounts::all(const ItemFilter &filter) const
{
    return m_store->items(m_store->itemIds(filter));
}

TestReadCounts::Counts TestReadCounts::counted(const ItemFilter &filter) const
{
    Counts counts;
    for (const CategoryCount &c : m_store->categoryCounts(filter))
        counts.insert(c.name, {c.count, c.unread});
    return counts;
}

// What the counts must be, from the items themselves (their categories and
// read marks as items() reads them from the state database).
TestReadCounts::Counts TestReadCounts::expected(const ItemFilter &filter) const
{
    Counts counts;
    for (const QString &name : m_store->categoryNames())
        counts.insert(name, {0, 0});
    for (const NewsItem &item : all(filter.withoutCategories())) {
        const QStringList names = item.categories.isEmpty() ? QStringList{QString()} : item.categories;
        for (const QString &name : names) {
            counts[name].first += 1;
            counts[name].second += item.read ? 0 : 1;
        }
    }
    return counts;
}

void TestReadCounts::checkCounts(const ItemFilter &filter)
{
    QCOMPARE(counted(filter), expected(filter));
    QVERIFY(!m_store->lastReadFailed());
    ItemFilter unread = filter.withoutCategories();
    unread.unreadOnly = true;
    const QList<NewsItem> unreadItems = all(unread);
    QVERIFY(std::none_of(unreadItems.cbegin(), unreadItems.cend(), [](const NewsItem &i) { return i.read; }));
    QCOMPARE(m_store->itemCount(unread), qint64(unreadItems.size()));
    const QList<NewsItem> every = all(filter.withoutCategories());
    QCOMPARE(qint64(unreadItems.size()),
             qint64(std::count_if(every.cbegin(), every.cend(), [](const NewsItem &i) { return !i.read; })));
}

void TestReadCounts::reopen()
{
    m_store = std::make_unique<NewsStore>();
    QVERIFY2(m_store->open(m_dbPath), qPrintable(m_store->errorString()));
}

// Another connection writes the state database alone (as another program,
// or a crash between the commits of the two files, would leave it).
void TestReadCounts::writeState(const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"behind"_s);
        db.setDatabaseName(NewsStore::statePath(m_dbPath));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"PRAGMA busy_timeout = 10000"_s), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"behind"_s);
}

void TestReadCounts::countsFollowMarks()
{
    checkCounts();
    QCOMPARE(counted().value(QString()), (std::pair<qint64, qint64>{2, 2})); // the items of no category
    QCOMPARE(m_store->categoryCounts().constLast().name, QString());         // listed last

    QVERIFY(m_store->setRead({idOf(u"Zebra i parken"_s), idOf(u"Utan kategori"_s)}, true));
    checkCounts();
    QCOMPARE(counted().value(u"Kultur"_s), (std::pair<qint64, qint64>{3, 2}));
    QCOMPARE(counted().value(QString()), (std::pair<qint64, qint64>{2, 1}));
    QVERIFY(m_store->setRead({idOf(u"Zebra i parken"_s)}, true)); // again: nothing changes
    checkCounts();
    QVERIFY(m_store->setStarred({idOf(u"Kultur i parken"_s)}, true)); // not a read mark
    checkCounts();
    QVERIFY(m_store->setRead({idOf(u"Zebra i parken"_s)}, false));
    checkCounts();
    QCOMPARE(counted().value(u"Kultur"_s), (std::pair<qint64, qint64>{3, 3}));
    QVERIFY(m_store->setReadWhere({}, true));
    checkCounts();
    QCOMPARE(m_store->itemCount(filterWith([&](ItemFilter &f) { f.unreadOnly = true; })), 0);
}

void TestReadCounts::countsUnderAFilter_data()
{
    QTest::addColumn<ItemFilter>("filter");
    // (ItemFilter in a column: Q_DECLARE_METATYPE below.)
    QTest::newRow("search") << filterWith([&](ItemFilter &f) { f.search = u"trafik"_s; });
    QTest::newRow("search, checked") << filterWith([&](ItemFilter &f) { f.search = u"parken -musik"_s; });
    QTest::newRow("starred") << filterWith([&](ItemFilter &f) { f.starredOnly = true; });
    QTest::newRow("unread") << filterWith([&](ItemFilter &f) { f.unreadOnly = true; });
    QTest::newRow("categories ignored") << filterWith([&](ItemFilter &f) { f.categories = {u"Kultur"_s}; f.search = u"i"_s; });
}

void TestReadCounts::countsUnderAFilter()
{
    QFETCH(ItemFilter, filter);
    QVERIFY(m_store->setRead({idOf(u"Bussar i trafik"_s), idOf(u"Zebra i parken"_s), idOf(u"Också utan"_s)}, true));
    QVERIFY(m_store->setStarred({idOf(u"Bussar i trafik"_s), idOf(u"Kultur i parken"_s)}, true));
    checkCounts(filter);
}

void TestReadCounts::markWhereAndUndo()
{
    const qint64 zebra = idOf(u"Zebra i parken"_s);
    const qint64 kultur = idOf(u"Kultur i parken"_s);
    const qint64 buss = idOf(u"Bussar i trafik"_s);
    QVERIFY(m_store->setRead({zebra}, true));

    // Exactly the items whose mark changed: not the one read already.
    MarkChange change{MarkChange::Mark::Read, true, {}};
    QVERIFY(m_store->setMarkWhere(filterWith([&](ItemFilter &f) { f.search = u"parken"_s; }), change));
    QCOMPARE(change.ids, QList<qint64>{kultur});
    checkCounts();
    // filter.ids narrows it.
    MarkChange some{MarkChange::Mark::Read, true, {}};
    QVERIFY(m_store->setMarkWhere(filterWith([&](ItemFilter &f) { f.ids = {zebra, buss}; }), some));
    QCOMPARE(some.ids, QList<qint64>{buss});

    // All of them read, then undone and done again.
    const auto marks = [this] {
        QList<std::pair<qint64, bool>> m;
        for (const NewsItem &item : all())
            m.append({item.id, item.read});
        return m;
    };
    const auto before = marks();
    MarkChange everything{MarkChange::Mark::Read, true, {}};
    QVERIFY(m_store->setMarkWhere({}, everything));
    QCOMPARE(everything.ids.size(), 9 - 3);
    checkCounts();
    QCOMPARE(m_store->itemCount(filterWith([&](ItemFilter &f) { f.unreadOnly = true; })), 0);
    QVERIFY(m_store->setMarks(everything, !everything.on)); // undo
    QCOMPARE(marks(), before);
    checkCounts();
    QVERIFY(m_store->setMarks(everything, everything.on)); // redo
    QCOMPARE(m_store->itemCount(filterWith([&](ItemFilter &f) { f.unreadOnly = true; })), 0);
    checkCounts();

    // Stars the same way; nothing to change is an empty change.
    MarkChange stars{MarkChange::Mark::Starred, true, {}};
    QVERIFY(m_store->setMarkWhere(filterWith([&](ItemFilter &f) { f.categories = {u"Kultur"_s}; }), stars));
    std::sort(stars.ids.begin(), stars.ids.end());
    QList<qint64> inKultur = m_store->itemIds(filterWith([&](ItemFilter &f) { f.categories = {u"Kultur"_s}; }));
    std::sort(inKultur.begin(), inKultur.end());
    QCOMPARE(stars.ids, inKultur);
    MarkChange again{MarkChange::Mark::Starred, true, {}};
    QVERIFY(m_store->setMarkWhere(filterWith([&](ItemFilter &f) { f.categories = {u"Kultur"_s}; }), again));
    QVERIFY(again.ids.isEmpty());
    QVERIFY(m_store->setMarks(stars, false));
    QCOMPARE(m_store->itemCount(filterWith([&](ItemFilter &f) { f.starredOnly = true; })), 0);
    checkCounts();
}

void TestReadCounts::importFindsReadItems()
{
    // Items read in the state database come back read: a file that brings them again.
    const qint64 zebra = idOf(u"Zebra i parken"_s);
    QVERIFY(m_store->setRead({zebra, idOf(u"Utan kategori"_s)}, true));
    QFile::remove(filePath(u"a.txt"_s));
    QFile::remove(filePath(u"B.txt"_s));
    QVERIFY(importFolder().error.isEmpty());
    QCOMPARE(m_store->itemCount(), 1);
    checkCounts();
    writeListing(u"c.txt"_s, {{u"Zebra i parken"_s, u"Djur flyttar in."_s, u"Natur"_s},
                              {u"Utan kategori"_s, u"Ingen kategorirad."_s, QString()}});
    QVERIFY(importFolder().error.isEmpty());
    QCOMPARE(m_store->itemCount(), 3);
    checkCounts();
    QCOMPARE(counted().value(u"Natur"_s), (std::pair<qint64, qint64>{1, 0}));
    QCOMPARE(counted().value(QString()), (std::pair<qint64, qint64>{1, 0}));
}

void TestReadCounts::rebuiltCacheKeepsCounts()
{
    QVERIFY(m_store->setRead({idOf(u"Zebra i parken"_s), idOf(u"Bussar i trafik"_s), idOf(u"Också utan"_s)}, true));
    const Counts before = counted();
    m_store.reset();
    // The cache goes; its state database stays.
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_dbPath + suffix);
    QVERIFY(QFileInfo::exists(NewsStore::statePath(m_dbPath)));
    reopen();
    QCOMPARE(m_store->itemCount(), 0);
    QVERIFY(importFolder().error.isEmpty());
    QCOMPARE(counted(), before);
    checkCounts();
}

void TestReadCounts::stateWrittenBehindTheStoresBack()
{
    QVERIFY(m_store->setRead({idOf(u"Zebra i parken"_s)}, true));
    checkCounts();
    // Marks changed by another connection, the cache's mirror left as it was.
    writeState(u"UPDATE item_state SET read = 0"_s);
    QCOMPARE(counted().value(u"Kultur"_s), (std::pair<qint64, qint64>{3, 3}));
    checkCounts();
    writeState(u"INSERT INTO item_state(key, read) SELECT key, 1 FROM item_state WHERE true "
               u"ON CONFLICT(key) DO UPDATE SET read = 1"_s);
    checkCounts();
    // A mark of an item the cache has, written only there.
    {
        QSqlQuery q(storeConnection(*m_store));
        QVERIFY(q.exec(u"SELECT key FROM items WHERE title = 'Kultur i parken'"_s) && q.next());
        const QString key = sqlValue(q.value(0));
        q.finish();
        writeState(u"INSERT INTO item_state(key, read) VALUES (%1, 1)"_s.arg(key));
    }
    QCOMPARE(counted().value(u"Kultur"_s).second, 1); // Zebra and Kultur i parken read
    checkCounts();
    // The mirror left behind with no generation: a crash between the commits.
    {
        QSqlQuery q(storeConnection(*m_store));
        QVERIFY(q.exec(u"UPDATE read_mirror SET generation = -1"_s));
        QVERIFY(q.exec(u"DELETE FROM read_items"_s));
    }
    checkCounts();
    QCOMPARE(counted().value(u"Kultur"_s).second, 1);
    // And a second store (another process, the worker) sees the same.
    NewsStore other;
    QVERIFY(other.open(m_dbPath));
    QCOMPARE(other.categoryCounts(), m_store->categoryCounts());
}

// The window's store (GUI thread) never builds an untrusted mirror again, at
// open or at a count or a mark: it reads the state database, with the right
// answers, until another store (the worker's, here opened when the test
// says) has built it.
void TestReadCounts::guiStoreLeavesTheMirrorToTheWorker()
{
    QVERIFY(m_store->setRead({idOf(u"Zebra i parken"_s)}, true));
    QCOMPARE(counted().value(u"Kultur"_s), (std::pair<qint64, qint64>{3, 2}));
    m_store.reset();
    writeState(u"UPDATE item_state SET read = 0"_s); // another program: the generation moves on
    m_store = std::make_unique<NewsStore>();
    m_store->setMirrorRebuilds(false);
    QVERIFY2(m_store->open(m_dbPath), qPrintable(m_store->errorString()));
    QVERIFY(!mirrorTrusted());
    QCOMPARE(counted().value(u"Kultur"_s), (std::pair<qint64, qint64>{3, 3}));
    checkCounts();
    checkCounts(filterWith([](ItemFilter &f) { f.search = u"parken"_s; }));
    QCOMPARE(m_store->itemCount(filterWith([](ItemFilter &f) { f.unreadOnly = true; })), qint64(all().size()));
    QVERIFY(m_store->setRead({idOf(u"Kultur i parken"_s)}, true));
    checkCounts();
    QVERIFY(!mirrorTrusted());
    MarkChange change;
    QVERIFY(m_store->setMarkWhere(filterWith([](ItemFilter &f) { f.search = u"trafik"_s; }), change));
    QVERIFY(!change.ids.isEmpty());
    checkCounts();
    QVERIFY(!mirrorTrusted());
    // The worker's store builds it as it opens; the window's then uses it.
    NewsStore worker;
    QVERIFY(worker.mirrorRebuilds());
    QVERIFY2(worker.open(m_dbPath), qPrintable(worker.errorString()));
    QVERIFY(mirrorTrusted());
    QCOMPARE(worker.categoryCounts(), m_store->categoryCounts());
    checkCounts();
    QVERIFY(m_store->setRead({idOf(u"Kultur i parken"_s)}, false));
    QVERIFY(mirrorTrusted()); // a trusted mirror is kept in step by every store
    checkCounts();
}

void TestReadCounts::aFaultOfTheMirrorKeepsTheMarks()
{
    // The mirror is cache: when its part of a mark write fails (here refused
    // by a trigger, as a damaged page or a full disk would), the person's
    // marks are written all the same and the mirror is built again later.
    QVERIFY(mirrorTrusted());
    {
        QSqlQuery q(storeConnection(*m_store));
        for (const QString &event : {u"INSERT"_s, u"DELETE"_s, u"UPDATE"_s}) {
            QVERIFY2(q.exec(u"CREATE TEMP TRIGGER refuse_%1 BEFORE %1 ON main.read_items "
                            u"BEGIN SELECT RAISE(ABORT, 'mirror refused'); END"_s.arg(event)),
                     qPrintable(q.lastError().text()));
        }
    }
    const qint64 zebra = idOf(u"Zebra i parken"_s);
    QVERIFY2(m_store->setRead({zebra}, true), qPrintable(m_store->errorString()));
    QVERIFY(m_store->item(zebra).read);
    MarkChange change;
    QVERIFY2(m_store->setMarkWhere(filterWith([](ItemFilter &f) { f.search = u"trafik"_s; }), change),
             qPrintable(m_store->errorString()));
    QVERIFY(!change.ids.isEmpty());
    for (const qint64 id : std::as_const(change.ids))
        QVERIFY(m_store->item(id).read);
    QVERIFY(!mirrorTrusted());
    checkCounts();

    reopen(); // a new connection, without the fault: it builds the mirror again
    QVERIFY(mirrorTrusted());
    QVERIFY(m_store->item(zebra).read);
    checkCounts();
}

bool TestReadCounts::mirrorTrusted() const
{
    QSqlQuery q(storeConnection(*m_store));
    return q.exec(u"SELECT (SELECT generation FROM read_mirror) IS (SELECT n FROM marks_generation)"_s) && q.next()
            && q.value(0).toBool();
}

void TestReadCounts::sorts_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<QString>("search");
    QTest::newRow("source") << int(ItemFilter::Sort::Source) << QString();
    QTest::newRow("read state") << int(ItemFilter::Sort::ReadState) << QString();
    QTest::newRow("starred") << int(ItemFilter::Sort::Starred) << QString();
    QTest::newRow("source, search") << int(ItemFilter::Sort::Source) << u"i"_s;
    QTest::newRow("read state, search") << int(ItemFilter::Sort::ReadState) << u"i"_s;
    QTest::newRow("starred, search") << int(ItemFilter::Sort::Starred) << u"i"_s;
}

void TestReadCounts::sorts()
{
    QFETCH(int, sort);
    QFETCH(QString, search);
    const auto order = ItemFilter::Sort(sort);
    QVERIFY(m_store->setRead({idOf(u"Zebra i parken"_s), idOf(u"Bussar i trafik"_s), idOf(u"Utan kategori"_s)}, true));
    QVERIFY(m_store->setStarred({idOf(u"Kultur i parken"_s), idOf(u"Utan kategori"_s)}, true));

    const QList<NewsItem> listing = all(filterWith([&](ItemFilter &f) { f.search = search; })); // newest first
    QList<NewsItem> want = listing;
    switch (order) {
    case ItemFilter::Sort::Source: {
        // By the file's path (Swedish order: B, a, ö), then the position in it;
        // an item once, at its newest source (its first in sources).
        QCollator swedish{QLocale(QLocale::Swedish, QLocale::Sweden)};
        std::stable_sort(want.begin(), want.end(), [&](const NewsItem &a, const NewsItem &b) {
            const ItemSource &x = a.sources.constFirst();
            const ItemSource &y = b.sources.constFirst();
            if (x.file != y.file)
                return swedish.compare(x.file, y.file) < 0;
            return x.position < y.position;
        });
        break;
    }
    case ItemFilter::Sort::ReadState:
        std::stable_sort(want.begin(), want.end(), [](const NewsItem &a, const NewsItem &b) { return !a.read && b.read; });
        break;
    case ItemFilter::Sort::Starred:
        std::stable_sort(want.begin(), want.end(), [](const NewsItem &a, const NewsItem &b) { return a.starred && !b.starred; });
        break;
    default:
        QFAIL("not a sort of this test");
    }
    QList<qint64> wantIds;
    for (const NewsItem &item : want)
        wantIds.append(item.id);
    const ItemFilter filter = filterWith([&](ItemFilter &f) { f.search = search; f.sort = order; });
    QCOMPARE(m_store->itemIds(filter), wantIds);
    // Pages: every cut of the order.
    for (qint64 offset = 0; offset < wantIds.size(); ++offset) {
        for (qint64 limit = 1; limit <= 3; ++limit)
            QCOMPARE(m_store->itemIds(filter, limit, offset), wantIds.mid(offset, limit));
    }
    QVERIFY(!m_store->lastReadFailed());
}

void TestReadCounts::uncategorised()
{
    const QStringList none{u"Utan kategori"_s, u"Också utan"_s};
    QCOMPARE(sorted(titles(filterWith([&](ItemFilter &f) { f.uncategorised = true; }))), sorted(none));
    QCOMPARE(m_store->itemCount(filterWith([&](ItemFilter &f) { f.uncategorised = true; })), 2);
    QVERIFY(m_store->countIsKept(filterWith([&](ItemFilter &f) { f.uncategorised = true; })));

    // Any: in the category or in none, in listing order.
    const ItemFilter any = filterWith([](ItemFilter &f) { f.categories = {u"Kollektivtrafik"_s}; f.uncategorised = true; });
    QStringList want;
    for (const NewsItem &item : all())
        if (item.categories.isEmpty() || item.categories.contains(u"Kollektivtrafik"_s))
            want.append(item.title);
    QCOMPARE(titles(any), want);
    QCOMPARE(m_store->itemCount(any), want.size());
    QCOMPARE(m_store->itemIds(any, 2, 1), m_store->itemIds(any).mid(1, 2));
    // Several categories too.
    const ItemFilter two = filterWith([](ItemFilter &f) { f.categories = {u"Kultur"_s, u"Stöd"_s}; f.uncategorised = true; });
    QCOMPARE(m_store->itemCount(two), 3 + 2);
    // All: no item is in a category and in none.
    const ItemFilter allOf = filterWith([](ItemFilter &f) {
        f.categories = {u"Kultur"_s};
        f.match = ItemFilter::Match::All;
        f.uncategorised = true;
    });
    QVERIFY(titles(allOf).isEmpty());
    QCOMPARE(m_store->itemCount(allOf), 0);
    // With a search, unread, by title.
    QCOMPARE(titles(filterWith([&](ItemFilter &f) { f.search = u"ännu"_s; f.uncategorised = true; })), QStringList{u"Också utan"_s});
    QVERIFY(m_store->setRead({idOf(u"Också utan"_s)}, true));
    QCOMPARE(titles(filterWith([&](ItemFilter &f) { f.unreadOnly = true; f.uncategorised = true; })), QStringList{u"Utan kategori"_s});
    QCOMPARE(titles(filterWith([&](ItemFilter &f) { f.sort = ItemFilter::Sort::Title; f.uncategorised = true; })), none.mid(1) + none.mid(0, 1));
    // Marks on them, and the filter's emptiness.
    MarkChange change{MarkChange::Mark::Read, true, {}};
    QVERIFY(m_store->setMarkWhere(filterWith([&](ItemFilter &f) { f.uncategorised = true; }), change));
    QCOMPARE(change.ids, QList<qint64>{idOf(u"Utan kategori"_s)});
    QVERIFY(!filterWith([&](ItemFilter &f) { f.uncategorised = true; }).isEmpty());
    QVERIFY(filterWith([&](ItemFilter &f) { f.uncategorised = true; }).withoutCategories().isEmpty());
    checkCounts();

    // An item that gets a category leaves them; one that loses its categories joins.
    writeListing(u"ö.txt"_s, {{u"Kultur i parken"_s, u"Musik i trafik."_s, QString()}});
    writeListing(u"B.txt"_s, {{u"Örebro får spårvagn"_s, u"Planer för ny trafik."_s, u"Kollektivtrafik"_s},
                              {u"Också utan"_s, u"Ännu en utan kategori."_s, u"Natur"_s},
                              {u"Zebra i parken"_s, u"Djur flyttar in."_s, u"Kultur"_s},
                              {u"Bussar i trafik"_s, u"Fler bussar."_s, u"KollektivtrafikEkonomi och budget"_s}});
    QVERIFY(importFolder().error.isEmpty());
    QCOMPARE(sorted(titles(filterWith([&](ItemFilter &f) { f.uncategorised = true; }))), sorted({u"Utan kategori"_s, u"Kultur i parken"_s}));
    checkCounts();
}

void TestReadCounts::newSince()
{
    // The items the first import stored, dated back; a later import adds new ones.
    {
        QSqlQuery q(storeConnection(*m_store));
        QVERIFY(q.exec(u"UPDATE item_arrivals SET added_at = 1000"_s));
    }
    QCOMPARE(m_store->item(idOf(u"Zebra i parken"_s)).addedAt, 1000);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    writeListing(u"c.txt"_s, {{u"Nytt i dag"_s, u"Något nytt."_s, u"Kultur"_s},
                              {u"Zebra i parken"_s, u"Djur flyttar in."_s, u"Kultur"_s}, // an old item
                              {u"Nytt utan"_s, u"Också nytt."_s, QString()}});
    QVERIFY(importFolder().error.isEmpty());
    const ItemFilter fresh = filterWith([](ItemFilter &f) { f.newSince = 2000; });
    QCOMPARE(sorted(titles(fresh)), sorted({u"Nytt i dag"_s, u"Nytt utan"_s}));
    QCOMPARE(m_store->itemCount(fresh), 2);
    QVERIFY(m_store->item(idOf(u"Nytt i dag"_s)).addedAt >= before);
    QCOMPARE(m_store->item(idOf(u"Zebra i parken"_s)).addedAt, 1000);
    QCOMPARE(titles(filterWith([&](ItemFilter &f) { f.categories = {u"Kultur"_s}; f.newSince = 2000; })), QStringList{u"Nytt i dag"_s});
    QCOMPARE(titles(filterWith([&](ItemFilter &f) { f.uncategorised = true; f.newSince = 2000; })), QStringList{u"Nytt utan"_s});
    QCOMPARE(titles(filterWith([&](ItemFilter &f) { f.search = u"nytt"_s; f.newSince = 2000; })).size(), 2);
    QVERIFY(titles(filterWith([&](ItemFilter &f) { f.newSince = QDateTime::currentMSecsSinceEpoch() + 100000; })).isEmpty());
    QCOMPARE(counted(fresh).value(u"Kultur"_s), (std::pair<qint64, qint64>{1, 1}));
    QCOMPARE(counted(fresh).value(QString()), (std::pair<qint64, qint64>{1, 1}));
    QVERIFY(!filterWith([&](ItemFilter &f) { f.newSince = 1; }).isEmpty());
}

// A cache made at schema 10 (as the newsdesk before issue 15 left it) is
// brought to 11: its items count as arrived before any visit, the items of no
// category listed, the mirror built from the state database.
void TestReadCounts::migrationFrom10()
{
    QVERIFY(m_store->setRead({idOf(u"Zebra i parken"_s), idOf(u"Utan kategori"_s)}, true));
    const Counts before = counted();
    const QStringList listing = titles();
    makeSchema10();
    m_store.reset();
    reopen();
    QCOMPARE(m_store->schemaVersion(), NewsStore::SchemaVersion);
    QCOMPARE(titles(), listing);
    QCOMPARE(counted(), before);
    checkCounts();
    // The items stored before the upgrade arrived before any visit (0): the
    // upgrade writes nothing per item. Items stored after it are new.
    QCOMPARE(m_store->item(idOf(u"Zebra i parken"_s)).addedAt, 0);
    QCOMPARE(m_store->item(idOf(u"Kultur i parken"_s)).addedAt, 0);
    QCOMPARE(m_store->itemCount(filterWith([&](ItemFilter &f) { f.uncategorised = true; })), 2);
    QCOMPARE(m_store->itemCount(filterWith([&](ItemFilter &f) { f.newSince = 1; })), 0);
    const qint64 upgraded = QDateTime::currentMSecsSinceEpoch();
    writeListing(u"c.txt"_s, {{u"Nytt i dag"_s, u"Något nytt."_s, u"Kultur"_s},
                              {u"Zebra i parken"_s, u"Djur flyttar in."_s, u"Kultur"_s}});
    QVERIFY(importFolder().error.isEmpty());
    const ItemFilter fresh = filterWith([&](ItemFilter &f) { f.newSince = upgraded - 1; });
    QCOMPARE(titles(fresh), QStringList{u"Nytt i dag"_s});
    QCOMPARE(m_store->itemCount(fresh), 1);
    QVERIFY(m_store->item(idOf(u"Nytt i dag"_s)).addedAt >= upgraded);
    QCOMPARE(m_store->item(idOf(u"Zebra i parken"_s)).addedAt, 0);
}

void TestReadCounts::makeSchema10()
{
    QSqlQuery q(storeConnection(*m_store));
    for (const QString &sql : {u"DROP TABLE item_arrivals"_s,
                               u"DROP TABLE uncategorised_items"_s, u"DROP TABLE read_items"_s,
                               u"DROP TABLE read_mirror"_s, u"ALTER TABLE categories DROP COLUMN read_count"_s,
                               u"UPDATE files SET imported_at = 5000 + ordinal"_s, u"PRAGMA user_version = 10"_s})
        QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
}

// A cache of schema 10 where it may only be read: the same answers, what
// schema 11 keeps computed instead.
void TestReadCounts::olderCacheReadOnly()
{
    QVERIFY(m_store->setRead({idOf(u"Zebra i parken"_s), idOf(u"Utan kategori"_s)}, true));
    QVERIFY(m_store->setStarred({idOf(u"Bussar i trafik"_s)}, true));
    QVERIFY(m_store->setLastVisit(42));
    const qint64 kultur = idOf(u"Kultur i parken"_s);
    const Counts counts = counted();
    const QList<qint64> uncategorised = m_store->itemIds(filterWith([](ItemFilter &f) { f.uncategorised = true; }));
    const ItemFilter search = filterWith([](ItemFilter &f) { f.search = u"parken"_s; });
    const Counts searchCounts = counted(search);
    QList<QList<qint64>> sorted;
    for (const auto sort : {ItemFilter::Sort::Source, ItemFilter::Sort::ReadState, ItemFilter::Sort::Starred})
        sorted.append(m_store->itemIds(filterWith([&](ItemFilter &f) { f.sort = sort; })));
    makeSchema10();
    m_store.reset();
    NewsStore old;
    QVERIFY2(old.openReadOnly(m_dbPath), qPrintable(old.errorString()));
    QCOMPARE(old.schemaVersion(), 10);
    Counts oldCounts;
    for (const CategoryCount &c : old.categoryCounts())
        oldCounts.insert(c.name, {c.count, c.unread});
    QCOMPARE(oldCounts, counts);
    Counts oldSearchCounts;
    for (const CategoryCount &c : old.categoryCounts(search))
        oldSearchCounts.insert(c.name, {c.count, c.unread});
    QCOMPARE(oldSearchCounts, searchCounts);
    QCOMPARE(old.itemIds(filterWith([](ItemFilter &f) { f.uncategorised = true; })), uncategorised);
    QCOMPARE(old.itemCount(filterWith([](ItemFilter &f) { f.uncategorised = true; })), 2);
    qsizetype i = 0;
    for (const auto sort : {ItemFilter::Sort::Source, ItemFilter::Sort::ReadState, ItemFilter::Sort::Starred})
        QCOMPARE(old.itemIds(filterWith([&](ItemFilter &f) { f.sort = sort; })), sorted.at(i++));
    QCOMPARE(old.itemCount(filterWith([](ItemFilter &f) { f.newSince = 5002; })), 1);
    QCOMPARE(old.item(kultur).addedAt, 5003);
    QCOMPARE(old.lastVisit(), 42);
    QVERIFY(!old.lastReadFailed());
}

void TestReadCounts::lastVisitSurvivesADeletedCache()
{
    QCOMPARE(m_store->lastVisit(), 0);
    QVERIFY(!m_store->lastReadFailed());
    QVERIFY(m_store->setLastVisit(1'700'000'000'000));
    QCOMPARE(m_store->lastVisit(), 1'700'000'000'000);
    QVERIFY(m_store->setLastVisit(1'700'000'000'123));
    m_store.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_dbPath + suffix);
    reopen();
    QCOMPARE(m_store->lastVisit(), 1'700'000'000'123);
    // Only read: the same.
    m_store.reset();
    NewsStore readOnly;
    QVERIFY2(readOnly.openReadOnly(m_dbPath), qPrintable(readOnly.errorString()));
    QCOMPARE(readOnly.lastVisit(), 1'700'000'000'123);
    QVERIFY(!readOnly.lastReadFailed());
}

QTEST_GUILESS_MAIN(TestReadCounts)

#include "tst_readcounts.moc"
