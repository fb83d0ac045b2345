// Everything the person made, out of one cache and into another (issue 16,
// item 6): NewsStore::stateSnapshot() and mergeState() on real caches —
// another cache of the same files with other ids, merging twice, merging into
// a cache with state of its own, a deleted cache rebuilt from its files.

#include "models/importing/newsimporter.h"
#include "models/store/newsstore.h"
#include "models/store/sqlite/sqlitestateexchange.h"
#include "models/store/statemergerules.h"
#include "models/store/sqlite/statedatabase.h"
#include "storetestsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

class TestStateExchange final : public QObject, private StoreTestFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { tearDown(); }

    void snapshotHoldsEverything();
    void freshCacheGetsTheSameState();
    void mergingTwiceChangesNothing();
    void mergeJoinsWithLocalState();
    void stateSurvivesADeletedCache();
    void badNamesRefusedByName_data();
    void badNamesRefusedByName();

private:
    // Marks, labels, a note, a hidden item, a view and a visit in m_store.
    void organise();
    bool mark(NewsStore &store, const QString &title, MarkChange::Mark what, qint64 label = 0);
    qint64 idIn(NewsStore &store, const QString &title) const;
    // The item's identity in m_store's cache.
    QByteArray keyOf(const QString &title) const;
    // A second cache of the same files, imported in the other order (other ids).
    std::unique_ptr<NewsStore> otherCache(const QString &name);
    // The snapshot without what differs between caches (label and view ids).
    static StateSnapshot comparable(StateSnapshot snapshot);

    QString m_a;
    QString m_b;
};

void TestStateExchange::init()
{
    setUp();
    m_a = canonical(writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text ett."_s, u"Kultur"_s},
                                              {u"Delad"_s, u"Samma text."_s, u"Stöd"_s}}));
    m_b = canonical(writeListing(u"b.txt"_s, {{u"Delad"_s, u"Samma text."_s, u"Stöd"_s},
                                              {u"Tre"_s, u"Text tre."_s, u"Kultur"_s},
                                              {u"Fyra"_s, u"Text fyra."_s, u"Sport"_s}}));
    QVERIFY(importFolder().error.isEmpty());
}

qint64 TestStateExchange::idIn(NewsStore &store, const QString &title) const
{
    ItemFilter every;
    every.hidden = ItemFilter::Hidden::Include;
    for (const NewsItem &item : store.items(store.itemIds(every)))
        if (item.title == title)
            return item.id;
    return 0;
}

QByteArray TestStateExchange::keyOf(const QString &title) const
{
    QSqlQuery q(storeConnection(*m_store));
    q.prepare(u"SELECT key FROM items WHERE title = ?"_s);
    q.addBindValue(title);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

bool TestStateExchange::mark(NewsStore &store, const QString &title, MarkChange::Mark what, qint64 label)
{
    ItemFilter filter;
    filter.ids = {idIn(store, title)};
    filter.hidden = ItemFilter::Hidden::Include;
    MarkChange change;
    change.mark = what;
    change.on = true;
    change.labelId = label;
    return store.setMarkWhere(filter, change) && change.ids.size() == 1;
}

void TestStateExchange::organise()
{
    QVERIFY(m_store->setRead({idOf(u"Ett"_s), idOf(u"Tre"_s)}, true));
    QVERIFY(m_store->setStarred({idOf(u"Delad"_s)}, true));
    Label budget{0, u"Budget"_s, u"#aa0000"_s};
    Label later{0, u"Läs  senare"_s, u"#00aa00"_s};
    QVERIFY2(m_store->createLabel(budget), qPrintable(m_store->errorString()));
    QVERIFY(m_store->createLabel(later));
    QCOMPARE(later.name, u"Läs senare"_s);
    QVERIFY(mark(*m_store, u"Ett"_s, MarkChange::Mark::Label, budget.id));
    QVERIFY(mark(*m_store, u"Delad"_s, MarkChange::Mark::Label, budget.id));
    QVERIFY(mark(*m_store, u"Delad"_s, MarkChange::Mark::Label, later.id));
    QVERIFY(m_store->setNote(idOf(u"Tre"_s), u"<b>inte markup</b>\nrad två"_s));
    QVERIFY(mark(*m_store, u"Fyra"_s, MarkChange::Mark::Hidden));
    SavedView view;
    view.name = u"Kultur olästa"_s;
    view.filter.categories = {u"Kultur"_s};
    view.filter.unreadOnly = true;
    view.filter.labels = {u"Budget"_s};
    QVERIFY2(m_store->saveView(view), qPrintable(m_store->errorString()));
    QVERIFY(m_store->setLastVisit(1'700'000'000'000));
}

std::unique_ptr<NewsStore> TestStateExchange::otherCache(const QString &name)
{
    auto store = std::make_unique<NewsStore>();
    if (!store->open(m_dir->filePath(name + u"/newsdesk.sqlite"_s)))
        qWarning("cannot open: %s", qPrintable(store->errorString()));
    NewsImporter importer(*store);
    importer.importPaths({m_b});
    importer.importPaths({m_a});
    return store;
}

StateSnapshot TestStateExchange::comparable(StateSnapshot snapshot)
{
    for (Label &label : snapshot.labels)
        label.id = 0;
    for (SavedView &view : snapshot.views)
        view.id = 0;
    return snapshot;
}

void TestStateExchange::snapshotHoldsEverything()
{
    organise();
    const StateSnapshot snapshot = m_store->stateSnapshot();
    QVERIFY2(!m_store->lastReadFailed(), qPrintable(m_store->readError()));
    QCOMPARE(snapshot.labels.size(), 2);
    QCOMPARE(snapshot.labels.at(0).name, u"Budget"_s);
    QCOMPARE(snapshot.labels.at(0).color, u"#aa0000"_s);
    QCOMPARE(snapshot.labels.at(1).name, u"Läs senare"_s);
    QCOMPARE(snapshot.views.size(), 1);
    QCOMPARE(snapshot.views.at(0).name, u"Kultur olästa"_s);
    QCOMPARE(snapshot.views.at(0).filter.labels, QStringList{u"Budget"_s});
    QCOMPARE(snapshot.lastVisit, 1'700'000'000'000);
    // Every item with some state, by key, in key order, with its title.
    QCOMPARE(snapshot.items.size(), 4);
    QMap<QString, StateSnapshot::Item> byTitle;
    for (qsizetype i = 0; i < snapshot.items.size(); ++i) {
        if (i > 0)
            QVERIFY(snapshot.items.at(i - 1).key < snapshot.items.at(i).key);
        byTitle.insert(snapshot.items.at(i).title, snapshot.items.at(i));
    }
    QCOMPARE(byTitle.keys(), (QStringList{u"Delad"_s, u"Ett"_s, u"Fyra"_s, u"Tre"_s}));
    const StateSnapshot::Item delad = byTitle.value(u"Delad"_s);
    QVERIFY(delad.starred && !delad.read && !delad.hidden);
    QCOMPARE(delad.labels, (QStringList{u"Budget"_s, u"Läs senare"_s}));
    QVERIFY(byTitle.value(u"Ett"_s).read);
    QVERIFY(byTitle.value(u"Fyra"_s).hidden && !byTitle.value(u"Fyra"_s).forgotten);
    QCOMPARE(byTitle.value(u"Tre"_s).note, u"<b>inte markup</b>\nrad två"_s);
    QCOMPARE(delad.key, keyOf(u"Delad"_s));
}

void TestStateExchange::freshCacheGetsTheSameState()
{
    organise();
    const StateSnapshot snapshot = m_store->stateSnapshot();
    std::unique_ptr<NewsStore> other = otherCache(u"other"_s);
    QVERIFY(idIn(*other, u"Ett"_s) != idOf(u"Ett"_s)); // other ids, same keys
    StateMerge merged;
    QVERIFY2(other->mergeState(snapshot, merged), qPrintable(other->errorString()));
    QCOMPARE(merged.items, 4);
    QCOMPARE(merged.labelsAdded, 2);
    QCOMPARE(merged.viewsAdded, 1);
    QCOMPARE(merged.viewsReplaced, 0);
    QCOMPARE(merged.notesJoined, 0);
    QCOMPARE(comparable(other->stateSnapshot()), comparable(snapshot));
    // As the other cache's readers see it.
    const NewsItem delad = other->item(idIn(*other, u"Delad"_s));
    QCOMPARE(delad.labels, (QStringList{u"Budget"_s, u"Läs senare"_s}));
    QVERIFY(delad.starred);
    QCOMPARE(other->note(idIn(*other, u"Tre"_s)), u"<b>inte markup</b>\nrad två"_s);
    QCOMPARE(other->itemCount(), 3); // Fyra is hidden
    ItemFilter unread;
    unread.unreadOnly = true;
    QCOMPARE(other->itemCount(unread), 1);
    QCOMPARE(other->savedView(u"Kultur olästa"_s).filter, snapshot.views.at(0).filter);
    QCOMPARE(other->lastVisit(), 1'700'000'000'000);
}

void TestStateExchange::mergingTwiceChangesNothing()
{
    organise();
    const StateSnapshot snapshot = m_store->stateSnapshot();
    // Into itself: nothing new.
    StateMerge merged;
    QVERIFY2(m_store->mergeState(snapshot, merged), qPrintable(m_store->errorString()));
    QCOMPARE(merged.items, 0);
    QCOMPARE(merged.labelsAdded + merged.viewsAdded + merged.viewsReplaced + merged.notesJoined, 0);
    // Into another cache, twice.
    std::unique_ptr<NewsStore> other = otherCache(u"other"_s);
    QVERIFY(other->mergeState(snapshot, merged));
    const StateSnapshot once = other->stateSnapshot();
    QVERIFY(other->mergeState(snapshot, merged));
    QCOMPARE(merged.items, 0);
    QCOMPARE(merged.labelsAdded + merged.viewsAdded + merged.viewsReplaced + merged.notesJoined, 0);
    QCOMPARE(other->stateSnapshot(), once);
}

void TestStateExchange::mergeJoinsWithLocalState()
{
    organise();
    const StateSnapshot incoming = m_store->stateSnapshot();
    std::unique_ptr<NewsStore> other = otherCache(u"other"_s);
    // The other cache's own state: Delad read (incoming: starred), its own
    // "Budget" in another colour on Tre, a note of its own on Tre, a view of
    // the same name with another filter, a later visit, a label of its own.
    QVERIFY(other->setRead({idIn(*other, u"Delad"_s)}, true));
    Label budget{0, u"Budget"_s, u"#0000aa"_s};
    Label own{0, u"Egen"_s, u"#123456"_s};
    QVERIFY(other->createLabel(own));
    QVERIFY(other->createLabel(budget));
    QVERIFY(mark(*other, u"Tre"_s, MarkChange::Mark::Label, budget.id));
    QVERIFY(other->setNote(idIn(*other, u"Tre"_s), u"Min egen anteckning"_s));
    SavedView view;
    view.name = u"Kultur olästa"_s;
    view.filter.categories = {u"Sport"_s};
    QVERIFY(other->saveView(view));
    QVERIFY(other->setLastVisit(1'800'000'000'000));

    StateMerge merged;
    QVERIFY2(other->mergeState(incoming, merged), qPrintable(other->errorString()));
    QCOMPARE(merged.labelsAdded, 1); // Läs senare; Budget is the same label
    QCOMPARE(merged.viewsAdded, 0);
    QCOMPARE(merged.viewsReplaced, 1);
    QCOMPARE(merged.notesJoined, 1);
    QCOMPARE(merged.items, 4);

    const NewsItem delad = other->item(idIn(*other, u"Delad"_s));
    QVERIFY(delad.read && delad.starred); // joined
    QCOMPARE(delad.labels, (QStringList{u"Budget"_s, u"Läs senare"_s}));
    const NewsItem tre = other->item(idIn(*other, u"Tre"_s));
    QCOMPARE(tre.labels, QStringList{u"Budget"_s});
    QVERIFY(tre.read);
    // Both notes, the local one first.
    QCOMPARE(other->note(tre.id), u"Min egen anteckning"_s + StateMergeRules::noteSeparator()
                                          + u"<b>inte markup</b>\nrad två"_s);
    // The same label: the local colour, id and place stay; the new one comes last.
    const QList<Label> labels = other->labels();
    QCOMPARE(labels.size(), 3);
    QCOMPARE(labels.at(0).name, u"Egen"_s);
    QCOMPARE(labels.at(1).id, budget.id);
    QCOMPARE(labels.at(1).color, u"#0000aa"_s);
    QCOMPARE(labels.at(2).name, u"Läs senare"_s);
    QCOMPARE(labels.at(2).color, u"#00aa00"_s);
    // The view of the same name is replaced by the incoming one.
    QCOMPARE(other->savedViews().size(), 1);
    QCOMPARE(other->savedView(u"Kultur olästa"_s).filter, incoming.views.at(0).filter);
    QCOMPARE(other->lastVisit(), 1'800'000'000'000); // the later visit
    // Fyra hidden here too.
    QCOMPARE(other->itemCount(), 3);

    // Merging the same again: nothing, the joined note is not joined twice.
    QVERIFY(other->mergeState(incoming, merged));
    QCOMPARE(merged.items, 0);
    QCOMPARE(merged.notesJoined, 0);
    // The joined note taken back home replaces the one it holds.
    QVERIFY(m_store->mergeState(other->stateSnapshot(), merged));
    QCOMPARE(m_store->note(idOf(u"Tre"_s)), other->note(tre.id));
    QCOMPARE(merged.notesJoined, 0);
}

void TestStateExchange::stateSurvivesADeletedCache()
{
    organise();
    const StateSnapshot before = comparable(m_store->stateSnapshot());
    const QString statePath = StateDatabase::pathFor(m_dbPath);
    QVERIFY(QFile::exists(statePath));
    // The cache is deleted (its state database stays) and rebuilt from its files.
    m_store.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_dbPath + suffix);
    m_store = std::make_unique<NewsStore>();
    QVERIFY2(m_store->open(m_dbPath), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->itemCount(), 0);
    // A snapshot of a cache without the items keeps the state, without titles.
    for (const StateSnapshot::Item &item : m_store->stateSnapshot().items)
        QVERIFY(item.title.isEmpty());
    QVERIFY(importFolder().error.isEmpty());
    QCOMPARE(comparable(m_store->stateSnapshot()), before);

    // And a state file's snapshot brings it into a cache whose state database went too.
    m_store.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile::remove(m_dbPath + suffix);
        QFile::remove(statePath + suffix);
    }
    m_store = std::make_unique<NewsStore>();
    QVERIFY(m_store->open(m_dbPath));
    QVERIFY(importFolder().error.isEmpty());
    QCOMPARE(m_store->stateSnapshot().items.size(), 0);
    StateMerge merged;
    QVERIFY(m_store->mergeState(before, merged));
    QCOMPARE(comparable(m_store->stateSnapshot()), before);
}

void TestStateExchange::badNamesRefusedByName_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("itemLabel");
    QTest::addColumn<QString>("view");
    QTest::newRow("empty label") << u"  "_s << u"Budget"_s << u"Vy"_s;
    QTest::newRow("long label") << QString(201, u'x') << u"Budget"_s << u"Vy"_s;
    QTest::newRow("long item label") << u"Budget"_s << QString(10'000, u'y') << u"Vy"_s;
    QTest::newRow("empty view") << u"Budget"_s << u"Budget"_s << QString();
}

void TestStateExchange::badNamesRefusedByName()
{
    QFETCH(QString, label);
    QFETCH(QString, itemLabel);
    QFETCH(QString, view);
    StateSnapshot snapshot;
    snapshot.labels = {Label{0, label, u"#aa0000"_s, 0, 0, 0}};
    StateSnapshot::Item item;
    item.key = keyOf(u"Ett"_s);
    item.read = true;
    item.labels = {itemLabel};
    snapshot.items = {item};
    snapshot.views = {SavedView{0, view, 0, {}}};
    StateMerge merged;
    QVERIFY(!m_store->mergeState(snapshot, merged));
    QVERIFY(m_store->errorString().contains(m_dbPath));
    // Nothing was merged.
    QCOMPARE(m_store->stateSnapshot().items.size(), 0);
    QCOMPARE(m_store->labels().size(), 0);
}

QTEST_GUILESS_MAIN(TestStateExchange)
#include "tst_stateexchange.moc"
