#include "storeconnection.h"
#include "storetestsupport.h"

#include "models/importing/newsimporter.h"
#include "models/store/label.h"
#include "models/store/markchange.h"
#include "models/store/newsitem.h"
#include "models/store/savedview.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

// Issue 16's store: labels (names refused and accepted, colours, order,
// delete and its undo), label and hidden marks with their exact undo, the
// label and hidden filters and every count without the hidden items, notes
// found by search and kept as typed, saved views, and all of it surviving a
// re-import, a rewritten or renamed source file and a rebuilt cache.
Q_DECLARE_METATYPE(ItemFilter)

namespace {

template <typename Set>
ItemFilter filterWith(Set set)
{
    ItemFilter filter;
    set(filter);
    return filter;
}

using Counts = QMap<QString, std::pair<qint64, qint64>>; // category -> (count, unread)

} // namespace

class TestOrganiseStore final : public QObject, private StoreTestFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { tearDown(); }

    void labelNames_data();
    void labelNames();
    void labelColoursAndOrder();
    void theOrderAlone();
    void deleteAndRestoreLabel();
    void restoredLabelKeepsItemsNotInTheCache();
    void labelMarksAndUndo_data();
    void labelMarksAndUndo();
    void marksOfTheItemsShown_data();
    void marksOfTheItemsShown();
    void hiddenLeavesEveryCount_data();
    void hiddenLeavesEveryCount();
    void hiddenViews();
    void forgetHidden();
    void forgetHiddenItemsNotInTheCache();
    void labelCounts();
    void keyOrderIndex();
    void labelledPagesAsThePlainPath_data();
    void labelledPagesAsThePlainPath();
    void notes_data();
    void notes();
    void notesFoundBySearch_data();
    void notesFoundBySearch();
    void notesMergedWithHitsInListingOrder();
    void savedViews();
    void savedViewNames_data();
    void savedViewNames();
    void stateSurvives_data();
    void stateSurvives();

private:
    QList<NewsItem> all(const ItemFilter &filter = {}) const { return m_store->items(m_store->itemIds(filter)); }
    QStringList sortedTitles(const ItemFilter &filter = {}) const { return sorted(titles(filter)); }
    Label makeLabel(const QString &name, const QString &color = {});
    MarkChange mark(const ItemFilter &filter, MarkChange::Mark kind, bool on, qint64 labelId = 0);
    Counts counted(const ItemFilter &filter = {}) const;
    Counts expected(const ItemFilter &filter = {}) const;
    void checkEveryCount(const ItemFilter &filter);
    // What the person made, as items() and the store's lists say it.
    QStringList organised() const;
    void reopen();
    // b.txt removed from the cache (its items gone, their state kept by key),
    // then imported again by itself.
    void removeB();
    void importB();
};

void TestOrganiseStore::init()
{
    setUp();
    writeListing(u"a.txt"_s, {{u"Året som gått"_s, u"Sammanfattning av år 2021."_s, u"Kultur"_s},
                              {u"Arbete pågår"_s, u"Nya arbeten startar i vår."_s, u"Ekonomi"_s},
                              {u"Zebra i parken"_s, u"Djur flyttar in."_s, u"Kultur"_s},
                              {u"Utan kategori"_s, u"Ingen kategorirad."_s, QString()},
                              {u"Älgar på vägen"_s, u"Trafiken påverkas."_s, u"Trafik"_s}});
    writeListing(u"b.txt"_s, {{u"Örebro får spårvagn"_s, u"Planer för ny trafik."_s, u"Trafik"_s},
                              {u"Också utan"_s, u"Ännu en utan kategori."_s, QString()},
                              {u"Bussar i trafik"_s, u"Fler bussar."_s, u"Trafik"_s},
                              {u"Kultur i parken"_s, u"Musik i parken."_s, u"Kultur"_s}});
    QVERIFY(importFolder().error.isEmpty());
    QCOMPARE(m_store->itemCount(), 9);
}

void TestOrganiseStore::reopen()
{
    m_store = std::make_unique<NewsStore>();
    QVERIFY2(m_store->open(m_dbPath), qPrintable(m_store->errorString()));
}

Label TestOrganiseStore::makeLabel(const QString &name, const QString &color)
{
    Label label;
    label.name = name;
    label.color = color;
    if (!m_store->createLabel(label))
        qWarning() << m_store->errorString();
    return label;
}

MarkChange TestOrganiseStore::mark(const ItemFilter &filter, MarkChange::Mark kind, bool on, qint64 labelId)
{
    MarkChange change;
    change.mark = kind;
    change.on = on;
    change.labelId = labelId;
    if (!m_store->setMarkWhere(filter, change))
        qWarning() << m_store->errorString();
    return change;
}

Counts TestOrganiseStore::counted(const ItemFilter &filter) const
{
    Counts counts;
    for (const CategoryCount &c : m_store->categoryCounts(filter))
        counts.insert(c.name, {c.count, c.unread});
    return counts;
}

// The counts from the items themselves, hidden ones left out by hand.
Counts TestOrganiseStore::expected(const ItemFilter &filter) const
{
    Counts counts;
    for (const QString &name : m_store->categoryNames())
        counts.insert(name, {0, 0});
    ItemFilter every = filter.withoutCategories();
    const ItemFilter::Hidden hidden = every.hidden;
    every.hidden = ItemFilter::Hidden::Include;
    for (const NewsItem &item : all(every)) {
        if ((hidden == ItemFilter::Hidden::Exclude && item.hidden)
            || (hidden == ItemFilter::Hidden::Only && !item.hidden))
            continue;
        const QStringList names = item.categories.isEmpty() ? QStringList{QString()} : item.categories;
        for (const QString &name : names) {
            counts[name].first += 1;
            counts[name].second += item.read ? 0 : 1;
        }
    }
    return counts;
}

void TestOrganiseStore::checkEveryCount(const ItemFilter &filter)
{
    const QList<NewsItem> items = all(filter);
    QVERIFY(!m_store->lastReadFailed());
    for (const NewsItem &item : items)
        QCOMPARE(item.hidden, filter.hidden == ItemFilter::Hidden::Only);
    QCOMPARE(m_store->itemCount(filter), qint64(items.size()));
    Counts wanted = expected(filter);
    Counts got = counted(filter);
    // (The kept counts leave out a category's row only for the items of no category.)
    if (!got.contains(QString()) && wanted.value(QString()).first == 0)
        wanted.remove(QString());
    QCOMPARE(got, wanted);
    ItemFilter unread = filter;
    unread.unreadOnly = true;
    const QList<NewsItem> unreadItems = all(unread);
    QCOMPARE(m_store->itemCount(unread), qint64(unreadItems.size()));
    QCOMPARE(qint64(unreadItems.size()),
             qint64(std::count_if(items.cbegin(), items.cend(), [](const NewsItem &i) { return !i.read; })));
}

QStringList TestOrganiseStore::organised() const
{
    QStringList lines;
    for (const Label &label : m_store->labelCounts())
        lines.append(u"label %1 %2 %3 %4/%5"_s.arg(label.name, label.color).arg(label.position).arg(label.count)
                             .arg(label.unread));
    for (const SavedView &view : m_store->savedViews()) {
        lines.append(u"view %1 %2 %3"_s.arg(view.name).arg(view.position)
                             .arg(QString::fromUtf8(QJsonDocument(view.filter.toJson()).toJson(QJsonDocument::Compact))));
    }
    ItemFilter every;
    every.hidden = ItemFilter::Hidden::Include;
    QStringList items;
    for (const NewsItem &item : all(every)) {
        items.append(u"%1 [%2] note=%3 hidden=%4 read=%5 starred=%6"_s.arg(item.title, item.labels.join(u','), item.note)
                             .arg(item.hidden).arg(item.read).arg(item.starred));
    }
    return lines + sorted(items);
}

void TestOrganiseStore::labelNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stored"); // empty: refused
    QTest::addColumn<QString>("error");

    QTest::newRow("plain") << u"Läs senare"_s << u"Läs senare"_s << QString();
    QTest::newRow("spaces made one") << u"  Läs \t  senare "_s << u"Läs senare"_s << QString();
    QTest::newRow("quotes") << u"Han sa \"hej\" och 'hå' — `x`"_s << u"Han sa \"hej\" och 'hå' — `x`"_s
                            << QString();
    QTest::newRow("markup kept as text") << u"<b>fet</b> & <i>"_s << u"<b>fet</b> & <i>"_s << QString();
    QTest::newRow("200 characters") << QString(200, u'x') << QString(200, u'x') << QString();
    QTest::newRow("empty") << QString() << QString() << u"needs a name"_s;
    QTest::newRow("only spaces") << u"   "_s << QString() << u"needs a name"_s;
    QTest::newRow("201 characters") << QString(201, u'x') << QString() << u"at most 200 characters"_s;
    QTest::newRow("10,000 characters") << QString(10000, u'å') << QString() << u"this one has 10000"_s;
    QTest::newRow("duplicate") << u"Budget"_s << QString() << u"already a label named \u201cBudget\u201d"_s;
    QTest::newRow("duplicate once normalised") << u" Budget  "_s << QString() << u"already a label"_s;
    QTest::newRow("bad colour") << u"Färg"_s << QString() << u"not a colour"_s;
}

void TestOrganiseStore::labelNames()
{
    QFETCH(QString, name);
    QFETCH(QString, stored);
    QFETCH(QString, error);
    QVERIFY(makeLabel(u"Budget"_s).id > 0);
    Label label;
    label.name = name;
    if (QByteArray(QTest::currentDataTag()) == "bad colour")
        label.color = u"red"_s;
    const bool made = m_store->createLabel(label);
    QCOMPARE(made, error.isEmpty());
    if (!made) {
        QVERIFY2(m_store->errorString().contains(error), qPrintable(m_store->errorString()));
        QCOMPARE(m_store->labels().size(), 1);
        return;
    }
    QCOMPARE(label.name, stored);
    QVERIFY(label.id > 0);
    QCOMPARE(m_store->labelNamed(name).id, label.id);
    QCOMPARE(m_store->labels().last(), label);
    // A label of that name on an item, found by its name in a filter.
    QCOMPARE(mark(filterWith([](ItemFilter &f) { f.categories = {u"Ekonomi"_s}; }), MarkChange::Mark::Label, true,
                  label.id)
                     .ids.size(),
             1);
    QCOMPARE(titles(filterWith([&](ItemFilter &f) { f.labels = {name}; })), QStringList{u"Arbete pågår"_s});
}

void TestOrganiseStore::labelColoursAndOrder()
{
    // Colours of the palette in turn, or as given (kept in lower case).
    QList<Label> made;
    for (int n = 0; n < 10; ++n)
        made.append(makeLabel(u"L%1"_s.arg(n)));
    for (int n = 0; n < 10; ++n) {
        QCOMPARE(made.at(n).position, n);
        QCOMPARE(made.at(n).color, QString::fromLatin1(Label::Palette.at(n % 9)));
    }
    QCOMPARE(makeLabel(u"Egen"_s, u"#A0B1C2"_s).color, u"#a0b1c2"_s);
    // Renamed, recoloured and moved to the front: the others close up.
    Label moved = made.at(5);
    moved.name = u"  Femte "_s;
    moved.color = u"#000000"_s;
    moved.position = 0;
    QVERIFY2(m_store->updateLabel(moved), qPrintable(m_store->errorString()));
    const QList<Label> now = m_store->labels();
    QCOMPARE(now.first().id, moved.id);
    QCOMPARE(now.first().name, u"Femte"_s);
    QCOMPARE(now.first().color, u"#000000"_s);
    for (qsizetype p = 0; p < now.size(); ++p)
        QCOMPARE(now.at(p).position, int(p));
    QCOMPARE(now.at(1).name, u"L0"_s);
    QCOMPARE(now.at(6).name, u"L6"_s);
    // Moved past the end: last.
    moved.position = 99;
    QVERIFY(m_store->updateLabel(moved));
    QCOMPARE(m_store->labels().last().id, moved.id);
    // A rename onto another label's name is refused, and nothing changes.
    moved.name = u"L1"_s;
    QVERIFY(!m_store->updateLabel(moved));
    QVERIFY(m_store->errorString().contains(u"already a label named \u201cL1\u201d"_s));
    QCOMPARE(m_store->labels().last().name, u"Femte"_s);
}

void TestOrganiseStore::theOrderAlone()
{
    // setLabelOrder/setViewOrder write the positions only: ids not known
    // are passed over, those not given follow in their order of before.
    const Label a = makeLabel(u"A"_s);
    const Label b = makeLabel(u"B"_s);
    const Label c = makeLabel(u"C"_s);
    const Label d = makeLabel(u"D"_s);
    QVERIFY(m_store->setLabelOrder({c.id, 999, a.id, c.id}));
    QStringList names;
    for (const Label &label : m_store->labels())
        names.append(label.name + u'@' + QString::number(label.position));
    QCOMPARE(names, (QStringList{u"C@0"_s, u"A@1"_s, u"B@2"_s, u"D@3"_s}));
    QVERIFY(d.id > 0 && b.id > 0);
    for (const QString &name : {u"X"_s, u"Y"_s}) {
        SavedView view;
        view.name = name;
        QVERIFY(m_store->saveView(view));
    }
    QVERIFY(m_store->setViewOrder({m_store->savedView(u"Y"_s).id}));
    QCOMPARE(m_store->savedViews().at(0).name, u"Y"_s);
    QCOMPARE(m_store->savedViews().at(1).name, u"X"_s);
}

void TestOrganiseStore::deleteAndRestoreLabel()
{
    const Label first = makeLabel(u"Först"_s);
    const Label budget = makeLabel(u"Budget"_s, u"#123456"_s);
    const Label last = makeLabel(u"Sist"_s);
    const MarkChange kultur =
            mark(filterWith([](ItemFilter &f) { f.categories = {u"Kultur"_s}; }), MarkChange::Mark::Label, true,
                 budget.id);
    QCOMPARE(kultur.ids.size(), 3);
    mark(filterWith([](ItemFilter &f) { f.categories = {u"Trafik"_s}; }), MarkChange::Mark::Label, true, last.id);
    const QStringList before = organised();

    MarkChange carried;
    QVERIFY(m_store->deleteLabel(budget.id, &carried));
    QCOMPARE(carried.mark, MarkChange::Mark::Label);
    QCOMPARE(carried.labelId, budget.id);
    QVERIFY(carried.on);
    QCOMPARE(sorted(QStringList(carried.ids.size(), QString())), QStringList(3, QString()));
    auto ids = carried.ids;
    auto wanted = kultur.ids;
    std::sort(ids.begin(), ids.end());
    std::sort(wanted.begin(), wanted.end());
    QCOMPARE(ids, wanted);
    QCOMPARE(m_store->labels().size(), 2);
    QCOMPARE(m_store->labels().at(1).position, 1); // closed up
    QVERIFY(titles(filterWith([](ItemFilter &f) { f.labels = {u"Budget"_s}; })).isEmpty());
    for (const NewsItem &item : all())
        QVERIFY(!item.labels.contains(u"Budget"_s));
    // Undone: the same label, in its place, on the same items.
    QVERIFY2(m_store->restoreLabel(budget, carried), qPrintable(m_store->errorString()));
    QCOMPARE(organised(), before);
    QCOMPARE(m_store->labels().at(0), first);
    // Restoring it twice is refused.
    QVERIFY(!m_store->restoreLabel(budget, carried));
    QVERIFY(!m_store->deleteLabel(12345));

    // A deleted label's id is never given to a newer label (an undo remembers
    // labels by id: it must not act on another one). The review's case: the
    // newest label deleted, a new one made.
    QVERIFY(m_store->deleteLabel(last.id));
    const Label newer = makeLabel(u"Nyare"_s);
    QVERIFY2(newer.id > last.id, qPrintable(u"%1 after %2"_s.arg(newer.id).arg(last.id)));
    QVERIFY(m_store->restoreLabel(last, MarkChange{MarkChange::Mark::Label, true, {}, last.id}));
    QCOMPARE(m_store->labelNamed(u"Nyare"_s).id, newer.id);
}

void TestOrganiseStore::removeB()
{
    NewsImporter importer(*m_store);
    const RemovalReport report = importer.removeFiles({canonical(filePath(u"b.txt"_s))});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.itemsRemoved, 4);
}

void TestOrganiseStore::importB()
{
    NewsImporter importer(*m_store);
    const ImportReport report = importer.importPaths({canonical(filePath(u"b.txt"_s))});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
}

void TestOrganiseStore::restoredLabelKeepsItemsNotInTheCache()
{
    // The review's case: a label deleted while some of its items are not in
    // the cache (their file removed), then undone: the label is back on every
    // item, also those a later import brings back.
    const Label budget = makeLabel(u"Budget"_s);
    QCOMPARE(mark(filterWith([](ItemFilter &f) { f.categories = {u"Trafik"_s}; }), MarkChange::Mark::Label, true,
                  budget.id).ids.size(), 3);
    removeB(); // Örebro får spårvagn, Bussar i trafik
    MarkChange carried;
    QVERIFY2(m_store->deleteLabel(budget.id, &carried), qPrintable(m_store->errorString()));
    QCOMPARE(carried.ids, QList<qint64>{idOf(u"Älgar på vägen"_s)});
    QCOMPARE(carried.keys.size(), 3);
    QVERIFY2(m_store->restoreLabel(budget, carried), qPrintable(m_store->errorString()));
    importB();
    const ItemFilter labelled = filterWith([](ItemFilter &f) { f.labels = {u"Budget"_s}; });
    QCOMPARE(sortedTitles(labelled), (QStringList{u"Bussar i trafik"_s, u"Älgar på vägen"_s,
                                                  u"Örebro får spårvagn"_s}));
    QCOMPARE(m_store->labelCounts().value(0).count, 3);
    // A carried change of ids only (as before keys were carried) still restores.
    MarkChange byIds;
    QVERIFY(m_store->deleteLabel(budget.id, &byIds));
    byIds.keys.clear();
    QVERIFY2(m_store->restoreLabel(budget, byIds), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->itemCount(labelled), 3);
}

void TestOrganiseStore::labelMarksAndUndo_data()
{
    QTest::addColumn<ItemFilter>("filter");
    QTest::addColumn<QStringList>("labelled");

    QTest::newRow("category") << filterWith([](ItemFilter &f) { f.categories = {u"Kultur"_s}; })
                              << QStringList{u"Året som gått"_s, u"Kultur i parken"_s, u"Zebra i parken"_s};
    QTest::newRow("search") << filterWith([](ItemFilter &f) { f.search = u"parken"_s; })
                            << QStringList{u"Kultur i parken"_s, u"Zebra i parken"_s};
    QTest::newRow("uncategorised") << filterWith([](ItemFilter &f) { f.uncategorised = true; })
                                   << QStringList{u"Också utan"_s, u"Utan kategori"_s};
    QTest::newRow("every item") << ItemFilter() << sorted(QStringList{
            u"Året som gått"_s, u"Arbete pågår"_s, u"Zebra i parken"_s, u"Utan kategori"_s, u"Älgar på vägen"_s,
            u"Örebro får spårvagn"_s, u"Också utan"_s, u"Bussar i trafik"_s, u"Kultur i parken"_s});
    QTest::newRow("nothing") << filterWith([](ItemFilter &f) { f.search = u"finnsinte"_s; }) << QStringList();
}

void TestOrganiseStore::labelMarksAndUndo()
{
    QFETCH(ItemFilter, filter);
    QFETCH(QStringList, labelled);
    const Label budget = makeLabel(u"Budget"_s);
    const Label other = makeLabel(u"Annan"_s);
    // One item carries the label already: it does not change.
    const qint64 already = idOf(u"Zebra i parken"_s);
    QVERIFY(m_store->setMarks({MarkChange::Mark::Label, true, {already}, budget.id}, true));
    mark(filterWith([](ItemFilter &f) { f.categories = {u"Trafik"_s}; }), MarkChange::Mark::Label, true, other.id);

    const MarkChange change = mark(filter, MarkChange::Mark::Label, true, budget.id);
    QVERIFY(!change.ids.contains(already));
    QStringList changedTitles;
    for (const NewsItem &item : m_store->items(change.ids))
        changedTitles.append(item.title);
    QStringList wantedChanged = labelled;
    wantedChanged.removeAll(u"Zebra i parken"_s);
    QCOMPARE(sorted(changedTitles), sorted(wantedChanged));
    QStringList carrying = labelled;
    if (!carrying.contains(u"Zebra i parken"_s))
        carrying.append(u"Zebra i parken"_s);
    const ItemFilter byLabel = filterWith([](ItemFilter &f) { f.labels = {u"Budget"_s}; });
    QCOMPARE(sortedTitles(byLabel), sorted(carrying));
    QCOMPARE(m_store->itemCount(byLabel), qint64(carrying.size()));
    // Any of several labels; an unknown name matches nothing.
    const ItemFilter either = filterWith([](ItemFilter &f) { f.labels = {u"Budget"_s, u"Annan"_s, u"Okänd"_s}; });
    QCOMPARE(m_store->itemCount(either), qint64(QSet<QString>(carrying.begin(), carrying.end())
                                                        .unite({u"Älgar på vägen"_s, u"Örebro får spårvagn"_s,
                                                                u"Bussar i trafik"_s})
                                                        .size()));
    QVERIFY(titles(filterWith([](ItemFilter &f) { f.labels = {u"Okänd"_s}; })).isEmpty());
    // Labels in the labels' order.
    for (const NewsItem &item : all(either)) {
        if (item.labels.size() == 2)
            QCOMPARE(item.labels, (QStringList{u"Budget"_s, u"Annan"_s}));
    }
    // Again: nothing changes.
    QVERIFY(mark(filter, MarkChange::Mark::Label, true, budget.id).ids.isEmpty());
    // Undone exactly: the item labelled before keeps it.
    QVERIFY(m_store->setMarks(change, false));
    QCOMPARE(titles(byLabel), QStringList{u"Zebra i parken"_s});
    // Taken off where the filter holds, then put back.
    const MarkChange off = mark(ItemFilter(), MarkChange::Mark::Label, false, other.id);
    QCOMPARE(off.ids.size(), 3);
    QVERIFY(titles(filterWith([](ItemFilter &f) { f.labels = {u"Annan"_s}; })).isEmpty());
    QVERIFY(m_store->setMarks(off, true));
    QCOMPARE(m_store->itemCount(filterWith([](ItemFilter &f) { f.labels = {u"Annan"_s}; })), 3);
    // A label that does not exist is refused.
    MarkChange unknown{MarkChange::Mark::Label, true, {}, 999};
    QVERIFY(!m_store->setMarkWhere(filter, unknown));
    QVERIFY(m_store->errorString().contains(u"no such label"_s));
}

void TestOrganiseStore::marksOfTheItemsShown_data()
{
    QTest::addColumn<MarkChange::Mark>("kind");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("written");

    // The filter (category Trafik) holds 3 items.
    QTest::newRow("label, as shown") << MarkChange::Mark::Label << qint64(3) << true;
    QTest::newRow("label, one more now") << MarkChange::Mark::Label << qint64(2) << false;
    QTest::newRow("label, one fewer now") << MarkChange::Mark::Label << qint64(4) << false;
    QTest::newRow("hide, as shown") << MarkChange::Mark::Hidden << qint64(3) << true;
    QTest::newRow("hide, one more now") << MarkChange::Mark::Hidden << qint64(2) << false;
    QTest::newRow("read, as shown") << MarkChange::Mark::Read << qint64(3) << true;
    QTest::newRow("read, none shown") << MarkChange::Mark::Read << qint64(0) << false;
    QTest::newRow("star, unchecked") << MarkChange::Mark::Starred << qint64(-1) << true;
}

void TestOrganiseStore::marksOfTheItemsShown()
{
    // A mark of "every item shown" counts the filter inside its write: when
    // the cache holds another number by then (an import came between the
    // list and the write), nothing is written and the failure says so.
    QFETCH(MarkChange::Mark, kind);
    QFETCH(qint64, expected);
    QFETCH(bool, written);
    const Label budget = makeLabel(u"Budget"_s);
    const ItemFilter trafik = filterWith([](ItemFilter &f) { f.categories = {u"Trafik"_s}; });
    QCOMPARE(m_store->itemCount(trafik), 3);
    MarkChange change{kind, true, {}, kind == MarkChange::Mark::Label ? budget.id : 0};
    change.expected = expected;
    QCOMPARE(m_store->setMarkWhere(trafik, change), written);
    if (written) {
        QCOMPARE(change.ids.size(), 3);
        return;
    }
    QCOMPARE(m_store->failure(), StoreFailure::Outdated);
    QVERIFY2(m_store->errorString().contains(u"it holds 3 item"_s), qPrintable(m_store->errorString()));
    QVERIFY(m_store->errorString().contains(u"Nothing was changed"_s));
    QVERIFY(change.ids.isEmpty());
    for (const NewsItem &item : all(filterWith([](ItemFilter &f) { f.hidden = ItemFilter::Hidden::Include; })))
        QVERIFY(!item.read && !item.starred && !item.hidden && item.labels.isEmpty());
}

void TestOrganiseStore::hiddenLeavesEveryCount_data()
{
    QTest::addColumn<ItemFilter>("filter");
    QTest::addColumn<bool>("readSome");

    QTest::newRow("every item") << ItemFilter() << false;
    QTest::newRow("every item, some read") << ItemFilter() << true;
    QTest::newRow("category") << filterWith([](ItemFilter &f) { f.categories = {u"Kultur"_s}; }) << true;
    QTest::newRow("two categories") << filterWith([](ItemFilter &f) { f.categories = {u"Kultur"_s, u"Trafik"_s}; })
                                    << true;
    QTest::newRow("uncategorised") << filterWith([](ItemFilter &f) { f.uncategorised = true; }) << true;
    QTest::newRow("search") << filterWith([](ItemFilter &f) { f.search = u"parken"_s; }) << true;
    QTest::newRow("search and category")
            << filterWith([](ItemFilter &f) { f.search = u"i"_s; f.categories = {u"Trafik"_s, u"Kultur"_s}; }) << true;
    QTest::newRow("starred") << filterWith([](ItemFilter &f) { f.starredOnly = true; }) << true;
    QTest::newRow("label") << filterWith([](ItemFilter &f) { f.labels = {u"Budget"_s}; }) << true;
    QTest::newRow("only hidden") << filterWith([](ItemFilter &f) { f.hidden = ItemFilter::Hidden::Only; }) << true;
    QTest::newRow("only hidden of a category") << filterWith([](ItemFilter &f) {
        f.hidden = ItemFilter::Hidden::Only;
        f.categories = {u"Kultur"_s};
    }) << true;
    QTest::newRow("sorted by title") << filterWith([](ItemFilter &f) { f.sort = ItemFilter::Sort::Title; }) << true;
    QTest::newRow("unread first") << filterWith([](ItemFilter &f) { f.sort = ItemFilter::Sort::ReadState; }) << true;
}

void TestOrganiseStore::hiddenLeavesEveryCount()
{
    QFETCH(ItemFilter, filter);
    QFETCH(bool, readSome);
    const Label budget = makeLabel(u"Budget"_s);
    mark(ItemFilter(), MarkChange::Mark::Label, true, budget.id);
    QVERIFY(m_store->setStarred({idOf(u"Zebra i parken"_s), idOf(u"Utan kategori"_s), idOf(u"Arbete pågår"_s)}, true));
    if (readSome)
        QVERIFY(m_store->setRead({idOf(u"Zebra i parken"_s), idOf(u"Bussar i trafik"_s), idOf(u"Också utan"_s)}, true));
    checkEveryCount(filter);
    const QList<NewsItem> before = all(filter);
    const QStringList beforeTitles = titles(filter);

    // Hidden: a read one, an unread one, one of no category.
    const ItemFilter toHide =
            filterWith([&](ItemFilter &f) { f.ids = {idOf(u"Zebra i parken"_s), idOf(u"Kultur i parken"_s),
                                                      idOf(u"Utan kategori"_s)}; });
    const MarkChange hidden = mark(toHide, MarkChange::Mark::Hidden, true);
    QCOMPARE(hidden.ids.size(), 3);
    checkEveryCount(filter);
    const QList<NewsItem> after = all(filter);
    if (filter.hidden == ItemFilter::Hidden::Exclude) {
        for (const NewsItem &item : after)
            QVERIFY(!hidden.ids.contains(item.id));
        QCOMPARE(after.size(),
                 std::count_if(before.cbegin(), before.cend(), [&](const NewsItem &i) { return !hidden.ids.contains(i.id); }));
    }
    // Kept counts stay kept.
    QCOMPARE(m_store->countIsKept(ItemFilter()), true);
    QCOMPARE(m_store->countIsKept(filterWith([](ItemFilter &f) { f.categories = {u"Kultur"_s}; })), true);
    QCOMPARE(m_store->itemCount(), 6);
    // Include: everything.
    ItemFilter include = filter;
    include.hidden = ItemFilter::Hidden::Include;
    include.sort = ItemFilter::Sort::Listing;
    ItemFilter plain = filter;
    plain.hidden = ItemFilter::Hidden::Include;
    QCOMPARE(m_store->itemCount(include), m_store->itemCount(filterWith([&](ItemFilter &f) {
        f = filter;
        f.hidden = ItemFilter::Hidden::Exclude;
    })) + m_store->itemCount(filterWith([&](ItemFilter &f) {
        f = filter;
        f.hidden = ItemFilter::Hidden::Only;
    })) - (filter.hidden == ItemFilter::Hidden::Exclude ? 0 : 0));
    // Hiding again changes nothing; undone exactly, every count as before.
    QVERIFY(mark(toHide, MarkChange::Mark::Hidden, true).ids.isEmpty());
    QVERIFY(m_store->setMarks(hidden, false));
    checkEveryCount(filter);
    QCOMPARE(titles(filter), beforeTitles);
}

void TestOrganiseStore::hiddenViews()
{
    mark(filterWith([](ItemFilter &f) { f.categories = {u"Kultur"_s}; }), MarkChange::Mark::Hidden, true);
    const ItemFilter only = filterWith([](ItemFilter &f) { f.hidden = ItemFilter::Hidden::Only; });
    QCOMPARE(sortedTitles(only), sorted({u"Året som gått"_s, u"Kultur i parken"_s, u"Zebra i parken"_s}));
    for (const NewsItem &item : all(only))
        QVERIFY(item.hidden);
    QCOMPARE(m_store->itemCount(filterWith([](ItemFilter &f) { f.hidden = ItemFilter::Hidden::Include; })), 9);
    QVERIFY(!titles().contains(u"Zebra i parken"_s));
    QVERIFY(!counted().contains(u"Kultur"_s) || counted().value(u"Kultur"_s).first == 0);
    // Restored from the hidden view, where the filter holds.
    const MarkChange restored = mark(filterWith([](ItemFilter &f) {
        f.hidden = ItemFilter::Hidden::Only;
        f.search = u"parken"_s;
    }), MarkChange::Mark::Hidden, false);
    QCOMPARE(restored.ids.size(), 2);
    QCOMPARE(sortedTitles(only), QStringList{u"Året som gått"_s});
    QCOMPARE(m_store->itemCount(), 8);
    // A filter that leaves hidden items out restores nothing.
    QVERIFY(mark(ItemFilter(), MarkChange::Mark::Hidden, false).ids.isEmpty());
}

void TestOrganiseStore::forgetHidden()
{
    mark(filterWith([](ItemFilter &f) { f.categories = {u"Kultur"_s}; }), MarkChange::Mark::Hidden, true);
    mark(filterWith([](ItemFilter &f) { f.categories = {u"Ekonomi"_s}; }), MarkChange::Mark::Hidden, true);
    QCOMPARE(m_store->forgetHidden(filterWith([](ItemFilter &f) { f.categories = {u"Kultur"_s}; })), 3);
    const ItemFilter only = filterWith([](ItemFilter &f) { f.hidden = ItemFilter::Hidden::Only; });
    const ItemFilter include = filterWith([](ItemFilter &f) { f.hidden = ItemFilter::Hidden::Include; });
    QCOMPARE(titles(only), QStringList{u"Arbete pågår"_s});
    QCOMPARE(m_store->itemCount(include), 6);
    QCOMPARE(m_store->itemCount(), 5);
    // Not restored by a filter, not brought back by a re-import.
    QVERIFY(mark(filterWith([](ItemFilter &f) { f.hidden = ItemFilter::Hidden::Include; }), MarkChange::Mark::Hidden,
                 false).ids.size() == 1);
    QVERIFY(importFolder().error.isEmpty());
    QCOMPARE(m_store->itemCount(include), 6);
    QCOMPARE(m_store->forgetHidden({}), 0);
}

void TestOrganiseStore::forgetHiddenItemsNotInTheCache()
{
    // Forgetting every hidden item forgets those whose file is not in the
    // cache now too: an import that brings them back does not show them.
    QCOMPARE(mark(filterWith([](ItemFilter &f) { f.categories = {u"Trafik"_s}; }), MarkChange::Mark::Hidden, true)
                     .ids.size(), 3);
    removeB();
    // Counted by key: also the two whose file is gone (what the Forget dialog asks about).
    QCOMPARE(m_store->itemCount(filterWith([](ItemFilter &f) { f.hidden = ItemFilter::Hidden::Only; })), 1);
    QCOMPARE(m_store->hiddenKeyCount(), 3);
    QVERIFY(!m_store->lastReadFailed());
    QCOMPARE(m_store->forgetHidden(filterWith([](ItemFilter &f) { f.hidden = ItemFilter::Hidden::Only; })), 3);
    QCOMPARE(m_store->hiddenKeyCount(), 0);
    importB();
    QCOMPARE(m_store->itemCount(filterWith([](ItemFilter &f) { f.hidden = ItemFilter::Hidden::Only; })), 0);
    QCOMPARE(m_store->itemCount(filterWith([](ItemFilter &f) { f.hidden = ItemFilter::Hidden::Include; })), 6);
    // A narrower filter can only judge the items in the cache: nothing else.
    mark(filterWith([](ItemFilter &f) { f.categories = {u"Kultur"_s}; }), MarkChange::Mark::Hidden, true);
    removeB();
    QCOMPARE(m_store->forgetHidden(filterWith([](ItemFilter &f) { f.categories = {u"Kultur"_s}; })), 2);
    importB();
    QCOMPARE(titles(filterWith([](ItemFilter &f) { f.hidden = ItemFilter::Hidden::Only; })),
             QStringList{u"Kultur i parken"_s});
}

void TestOrganiseStore::labelCounts()
{
    const Label budget = makeLabel(u"Budget"_s);
    const Label empty = makeLabel(u"Tom"_s);
    const Label trafik = makeLabel(u"Trafik"_s);
    mark(filterWith([](ItemFilter &f) { f.categories = {u"Kultur"_s}; }), MarkChange::Mark::Label, true, budget.id);
    mark(filterWith([](ItemFilter &f) { f.categories = {u"Trafik"_s}; }), MarkChange::Mark::Label, true, trafik.id);
    QVERIFY(m_store->setRead({idOf(u"Zebra i parken"_s), idOf(u"Bussar i trafik"_s)}, true));
    mark(filterWith([&](ItemFilter &f) { f.ids = {idOf(u"Kultur i parken"_s)}; }), MarkChange::Mark::Hidden, true);
    const QList<Label> counts = m_store->labelCounts();
    QCOMPARE(counts.size(), 3);
    QCOMPARE(counts.at(0).id, budget.id);
    QCOMPARE(std::pair(counts.at(0).count, counts.at(0).unread), std::pair(qint64(2), qint64(1)));
    QCOMPARE(std::pair(counts.at(1).count, counts.at(1).unread), std::pair(qint64(0), qint64(0)));
    QCOMPARE(counts.at(1).id, empty.id);
    QCOMPARE(std::pair(counts.at(2).count, counts.at(2).unread), std::pair(qint64(3), qint64(2)));
    // Under a filter (its labels part ignored).
    const QList<Label> parken = m_store->labelCounts(filterWith([](ItemFilter &f) {
        f.search = u"parken"_s;
        f.labels = {u"Trafik"_s};
    }));
    QCOMPARE(parken.at(0).count, 1);
    QCOMPARE(parken.at(2).count, 0);
    // The labels of items the cache no longer has are not counted.
    writeListing(u"b.txt"_s, {{u"Örebro får spårvagn"_s, u"Planer för ny trafik."_s, u"Trafik"_s}});
    QVERIFY(importFolder().error.isEmpty());
    QCOMPARE(m_store->labelCounts().at(2).count, 2);
}

// items_by_key_order serves the label filter's pages and counts and the label
// counts. It is no part of the schema: a connection that may rebuild builds
// it after open; the GUI thread's (which leaves that to the worker) and one
// that may only read give the same answers without it, and the GUI thread's
// takes it up once the worker has built it.
void TestOrganiseStore::keyOrderIndex()
{
    const auto hasIndex = [](const NewsStore &store) {
        QSqlQuery q(storeConnection(store));
        return q.exec(u"SELECT count(*) FROM sqlite_schema WHERE name = 'items_by_key_order'"_s) && q.next()
                && q.value(0).toInt() == 1;
    };
    QCOMPARE(m_store->schemaVersion(), NewsStore::SchemaVersion);
    QVERIFY(hasIndex(*m_store));
    const Label budget = makeLabel(u"Budget"_s);
    const MarkChange marked = mark(filterWith([](ItemFilter &f) { f.categories = {u"Kultur"_s, u"Ekonomi"_s}; }),
                                   MarkChange::Mark::Label, true, budget.id);
    QCOMPARE(marked.ids.size(), 4);
    QVERIFY(m_store->setRead({idOf(u"Zebra i parken"_s)}, true));
    const ItemFilter labelled = filterWith([](ItemFilter &f) {
        f.labels = {u"Budget"_s};
        f.unreadOnly = true;
    });
    const QStringList expected = titles(labelled); // in listing order
    QCOMPARE(sorted(expected), sorted({u"Kultur i parken"_s, u"Året som gått"_s, u"Arbete pågår"_s}));
    QCOMPARE(m_store->itemCount(labelled), 3);
    QCOMPARE(m_store->labelCounts().at(0).count, 4);
    {
        QSqlQuery q(storeConnection(*m_store));
        QVERIFY2(q.exec(u"DROP INDEX items_by_key_order"_s), qPrintable(q.lastError().text()));
    }
    m_store.reset();
    const auto titlesOf = [&](const NewsStore &store) {
        QStringList result;
        for (const NewsItem &item : store.items(store.itemIds(labelled)))
            result.append(item.title);
        return result;
    };
    {
        NewsStore old;
        QVERIFY2(old.openReadOnly(m_dbPath), qPrintable(old.errorString()));
        QVERIFY(!hasIndex(old));
        QCOMPARE(titlesOf(old), expected);
        QCOMPARE(old.itemCount(labelled), 3);
        QCOMPARE(old.labelCounts().at(0).count, 4);
    }
    NewsStore gui;
    gui.setMirrorRebuilds(false);
    QVERIFY2(gui.open(m_dbPath), qPrintable(gui.errorString()));
    QVERIFY(!hasIndex(gui));
    QCOMPARE(titlesOf(gui), expected);
    reopen(); // the worker's: no open builds it (not even one that may write)
    QVERIFY(!hasIndex(*m_store));
    QCOMPARE(titles(labelled), expected);
    // Built when asked (the worker, when idle), unless the caller gives way.
    QCOMPARE(m_store->buildDerived([] { return true; }), NewsStore::Build::Abandoned);
    QVERIFY(!hasIndex(*m_store));
    QCOMPARE(m_store->buildDerived([] { return false; }), NewsStore::Build::Done);
    QVERIFY(hasIndex(*m_store));
    QCOMPARE(m_store->buildDerived(), NewsStore::Build::Done); // there already
    QCOMPARE(titles(labelled), expected);
    QCOMPARE(titlesOf(gui), expected);
    QCOMPARE(gui.labelCounts().at(0).count, 4);
    // Its undo through the same keys.
    QVERIFY(m_store->setMarks(marked, false));
    QCOMPARE(m_store->itemCount(labelled), 0);
    QCOMPARE(gui.itemCount(labelled), 0);
}

void TestOrganiseStore::labelledPagesAsThePlainPath_data()
{
    using Sort = ItemFilter::Sort;
    QTest::addColumn<ItemFilter>("filter");
    const auto with = [](QStringList labels, QStringList categories, bool unread, bool starred, Sort sort) {
        ItemFilter f;
        f.labels = std::move(labels);
        f.categories = std::move(categories);
        f.unreadOnly = unread;
        f.starredOnly = starred;
        f.sort = sort;
        return f;
    };
    const QStringList a{u"A"_s};
    const QStringList both{u"A"_s, u"B"_s};
    const QStringList two{u"Kultur"_s, u"Trafik"_s};
    // A saved view (label, category, unread) in every order; the label with
    // each other part; two labels; and the paths left as they were (title,
    // a search) beside them.
    for (const auto &[name, sort] : {std::pair{"listing", Sort::Listing}, std::pair{"title", Sort::Title},
                                     std::pair{"best match", Sort::BestMatch}, std::pair{"read state", Sort::ReadState},
                                     std::pair{"starred", Sort::Starred}, std::pair{"source", Sort::Source}}) {
        QTest::addRow("label+category+unread, %s", name) << with(a, {u"Trafik"_s}, true, false, sort);
        QTest::addRow("label+categories, %s", name) << with(a, two, false, false, sort);
        QTest::addRow("two labels+unread, %s", name) << with(both, {}, true, false, sort);
    }
    QTest::newRow("label+starred") << with(a, {}, false, true, Sort::Listing);
    QTest::newRow("label+category+starred") << with(a, {u"Kultur"_s}, false, true, Sort::ReadState);
    ItemFilter all = with(a, two, false, false, Sort::Listing);
    all.match = ItemFilter::Match::All;
    QTest::newRow("label+every one of two categories") << all;
    ItemFilter none = with(a, {}, true, false, Sort::Listing);
    none.uncategorised = true;
    QTest::newRow("label+uncategorised+unread") << none;
    ItemFilter hidden = with(a, {}, false, false, Sort::Listing);
    hidden.hidden = ItemFilter::Hidden::Include;
    QTest::newRow("label+hidden too") << hidden;
    hidden.hidden = ItemFilter::Hidden::Only;
    QTest::newRow("label+hidden only") << hidden;
    ItemFilter search = with(a, {u"Trafik"_s}, true, false, Sort::Listing);
    search.search = u"trafik"_s;
    QTest::newRow("label+category+unread+search") << search;
    search.sort = Sort::BestMatch;
    QTest::newRow("label+category+unread+search, best match") << search;
}

// A label's items with other conditions are walked in listing order (the
// labelled keys as an IN list of items_by_listing; QueryPlanner::
// labelledInListingOrder): every page is the page of the plain path (the
// same filter without the label, its items that carry the label), in the
// same order, for every sort.
void TestOrganiseStore::labelledPagesAsThePlainPath()
{
    QFETCH(ItemFilter, filter);
    const Label a = makeLabel(u"A"_s);
    const Label b = makeLabel(u"B"_s);
    QVERIFY(a.id > 0 && b.id > 0);
    for (const QString &title : {u"Året som gått"_s, u"Zebra i parken"_s, u"Utan kategori"_s, u"Älgar på vägen"_s,
                                 u"Örebro får spårvagn"_s, u"Också utan"_s, u"Bussar i trafik"_s}) {
        QVERIFY(m_store->setMarks({MarkChange::Mark::Label, true, {idOf(title)}, a.id}, true));
    }
    for (const QString &title : {u"Arbete pågår"_s, u"Bussar i trafik"_s, u"Kultur i parken"_s})
        QVERIFY(m_store->setMarks({MarkChange::Mark::Label, true, {idOf(title)}, b.id}, true));
    QVERIFY(m_store->setRead({idOf(u"Zebra i parken"_s), idOf(u"Örebro får spårvagn"_s)}, true));
    QVERIFY(m_store->setStarred({idOf(u"Bussar i trafik"_s), idOf(u"Utan kategori"_s), idOf(u"Zebra i parken"_s)},
                                true));
    QVERIFY(m_store->setMarks({MarkChange::Mark::Hidden, true, {idOf(u"Också utan"_s)}}, true));

    ItemFilter plain = filter;
    plain.labels.clear();
    QList<qint64> expected;
    for (const NewsItem &item : m_store->items(m_store->itemIds(plain))) {
        if (std::any_of(filter.labels.cbegin(), filter.labels.cend(),
                        [&](const QString &label) { return item.labels.contains(label); }))
            expected.append(item.id);
    }
    QVERIFY(!m_store->lastReadFailed());
    QCOMPARE(m_store->itemIds(filter), expected);
    QCOMPARE(m_store->itemCount(filter), qint64(expected.size()));
    // (A page of one walks the labelled items in listing order even where the
    // categories leave few of them; larger pages then start from them, sorted.)
    for (const auto &[limit, offset] :
         {std::pair{1, 0}, std::pair{2, 0}, std::pair{2, 1}, std::pair{3, 2}, std::pair{1, 4}})
        QCOMPARE(m_store->itemIds(filter, limit, offset), expected.mid(offset, limit));
    QVERIFY(!m_store->lastReadFailed());
}

void TestOrganiseStore::notes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"Ring Anna om budgeten."_s;
    QTest::newRow("markup kept as text") << u"<b>viktigt</b> & <script>alert(1)</script>"_s;
    QTest::newRow("lines and quotes") << u"rad ett\nrad \"två\"\n\tindrag"_s;
    QTest::newRow("long") << QString(100000, u'ö');
}

void TestOrganiseStore::notes()
{
    QFETCH(QString, text);
    const qint64 id = idOf(u"Zebra i parken"_s);
    QCOMPARE(m_store->note(id), QString());
    QVERIFY(m_store->setNote(id, text));
    QCOMPARE(m_store->note(id), text);
    QCOMPARE(m_store->items({id}).first().note, text);
    QCOMPARE(m_store->items({id}).first().toJson().value(u"note"_s).toString(), text);
    QCOMPARE(m_store->items({idOf(u"Arbete pågår"_s)}).first().note, QString());
    QVERIFY(m_store->setNote(id, QString()));
    QCOMPARE(m_store->note(id), QString());
    QVERIFY(!m_store->setNote(987654, text));
    QVERIFY(m_store->errorString().contains(u"no item 987654"_s));
}

void TestOrganiseStore::notesFoundBySearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("found");

    QTest::newRow("a word of the note") << u"kvitto"_s << QStringList{u"Zebra i parken"_s};
    QTest::newRow("prefix") << u"kvit*"_s << QStringList{u"Zebra i parken"_s};
    QTest::newRow("markup as text") << u"\"<b>\""_s << QStringList{u"Arbete pågår"_s};
    QTest::newRow("a word of both") << u"text"_s << QStringList{u"Arbete pågår"_s};
    QTest::newRow("own text still") << u"parken"_s << QStringList{u"Kultur i parken"_s, u"Zebra i parken"_s};
    // Neither the note nor the text passes alone.
    QTest::newRow("half in each") << u"kvitto djur"_s << QStringList();
    QTest::newRow("excluded by the note's query") << u"kvitto -zebra"_s << QStringList{u"Zebra i parken"_s};
    QTest::newRow("nothing") << u"finnsinte"_s << QStringList();
}

void TestOrganiseStore::notesFoundBySearch()
{
    QFETCH(QString, search);
    QFETCH(QStringList, found);
    QVERIFY(m_store->setNote(idOf(u"Zebra i parken"_s), u"Spara kvittot: kvitto nr 4."_s));
    QVERIFY(m_store->setNote(idOf(u"Arbete pågår"_s), u"<b>fet</b> text"_s));
    for (const ItemFilter::Sort sort : {ItemFilter::Sort::Listing, ItemFilter::Sort::BestMatch, ItemFilter::Sort::Title}) {
        const ItemFilter filter = filterWith([&](ItemFilter &f) {
            f.search = search;
            f.sort = sort;
        });
        QCOMPARE(sortedTitles(filter), sorted(found));
        QCOMPARE(m_store->itemCount(filter), qint64(found.size()));
        qint64 counted = 0;
        for (const CategoryCount &c : m_store->categoryCounts(filter))
            counted += c.count;
        QVERIFY(counted >= found.size());
    }
    // A mark written on the search reaches the items found by their note.
    const MarkChange read = mark(filterWith([&](ItemFilter &f) { f.search = search; }), MarkChange::Mark::Read, true);
    QCOMPARE(read.ids.size(), found.size());
}

// A note that passes a search: its item among the index's hits, in listing
// order, page by page (the page is the index's first hits merged with the
// notes' items, not every hit read and sorted).
void TestOrganiseStore::notesMergedWithHitsInListingOrder()
{
    QVERIFY(m_store->setNote(idOf(u"Utan kategori"_s), u"Möte i parken."_s));
    const QStringList found{u"Kultur i parken"_s, u"Utan kategori"_s, u"Zebra i parken"_s};
    QStringList inListingOrder = titles();
    inListingOrder.removeIf([&](const QString &title) { return !found.contains(title); });
    for (const bool inKultur : {false, true}) {
        const ItemFilter filter = filterWith([&](ItemFilter &f) {
            f.search = u"parken"_s;
            if (inKultur)
                f.categories = {u"Kultur"_s};
        });
        QStringList expected = inListingOrder;
        if (inKultur)
            expected.removeAll(u"Utan kategori"_s);
        QCOMPARE(titles(filter), expected);
        QCOMPARE(m_store->itemCount(filter), qint64(expected.size()));
        QList<qint64> paged;
        for (qint64 offset = 0; offset < 5; ++offset)
            paged += m_store->itemIds(filter, 1, offset);
        QCOMPARE(paged, m_store->itemIds(filter));
        QCOMPARE(m_store->itemIds(filter, 2, 1), m_store->itemIds(filter).mid(1, 2));
    }
    // Hidden: left out of the notes' part too.
    const qint64 noted = idOf(u"Utan kategori"_s);
    mark(filterWith([&](ItemFilter &f) { f.ids = {noted}; }), MarkChange::Mark::Hidden, true);
    inListingOrder.removeAll(u"Utan kategori"_s);
    QCOMPARE(titles(filterWith([](ItemFilter &f) { f.search = u"parken"_s; })), inListingOrder);
}

void TestOrganiseStore::savedViews()
{
    const ItemFilter filter = filterWith([](ItemFilter &f) {
        f.categories = {u"Kultur"_s, u"Trafik"_s};
        f.match = ItemFilter::Match::Any;
        f.search = u"parken \"i vår\""_s;
        f.unreadOnly = true;
        f.labels = {u"Budget"_s};
        f.sort = ItemFilter::Sort::Title;
        f.ids = {1, 2, 3}; // never kept
    });
    SavedView first{0, u"  Läs  nu "_s, 0, filter};
    QVERIFY2(m_store->saveView(first), qPrintable(m_store->errorString()));
    QCOMPARE(first.name, u"Läs nu"_s);
    QVERIFY(first.id > 0);
    SavedView second{0, u"Andra"_s, 0, ItemFilter()};
    QVERIFY(m_store->saveView(second));
    QCOMPARE(second.position, 1);
    SavedView third{0, u"Tredje"_s, 0, filterWith([](ItemFilter &f) { f.hidden = ItemFilter::Hidden::Only; })};
    QVERIFY(m_store->saveView(third));
    ItemFilter kept = filter;
    kept.ids = QList<qint64>(); // (not clear(): comparing a cleared list with an empty one passes memcmp a null pointer, UBSan)
    QCOMPARE(m_store->savedView(u"Läs nu"_s).filter, kept);
    QCOMPARE(m_store->savedView(u"Tredje"_s).filter.hidden, ItemFilter::Hidden::Only);
    QCOMPARE(m_store->savedView(u"Finns inte"_s).id, 0);
    // A renamed label is renamed in the views that name it (the view would
    // show nothing otherwise); a view of another label is left alone.
    Label budget = m_store->labelNamed(u"Budget"_s);
    if (budget.id == 0) {
        budget.name = u"Budget"_s;
        QVERIFY(m_store->createLabel(budget));
    }
    budget.name = u"Budget 2026"_s;
    QVERIFY2(m_store->updateLabel(budget), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->savedView(u"Läs nu"_s).filter.labels, QStringList{u"Budget 2026"_s});
    QCOMPARE(m_store->savedView(u"Andra"_s).filter.labels, QStringList());
    budget.name = u"Budget"_s;
    QVERIFY(m_store->updateLabel(budget));
    QCOMPARE(m_store->savedView(u"Läs nu"_s).filter, kept);
    // Replaced: name, filter and place; the others close up.
    third.name = u"Först nu"_s;
    third.position = 0;
    third.filter.starredOnly = true;
    QVERIFY(m_store->saveView(third));
    QCOMPARE(third.position, 0);
    QStringList names;
    for (const SavedView &view : m_store->savedViews()) {
        names.append(view.name);
        QCOMPARE(view.position, int(names.size() - 1));
    }
    QCOMPARE(names, (QStringList{u"Först nu"_s, u"Läs nu"_s, u"Andra"_s}));
    QVERIFY(m_store->savedView(u"Först nu"_s).filter.starredOnly);
    // A name of another view is refused.
    SavedView clash{0, u"Andra"_s, 0, ItemFilter()};
    QVERIFY(!m_store->saveView(clash));
    QVERIFY(m_store->errorString().contains(u"already a saved view named"_s));
    QVERIFY(m_store->deleteView(first.id));
    QCOMPARE(m_store->savedViews().size(), 2);
    QCOMPARE(m_store->savedViews().last().position, 1);
}

void TestOrganiseStore::savedViewNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QString() << u"needs a name"_s;
    QTest::newRow("10,000 characters") << QString(10000, u'v') << u"at most 200"_s;
    QTest::newRow("quotes") << u"\"Citat\" 'och' <b>"_s << QString();
}

void TestOrganiseStore::savedViewNames()
{
    QFETCH(QString, name);
    QFETCH(QString, error);
    SavedView view{0, name, 0, ItemFilter()};
    QCOMPARE(m_store->saveView(view), error.isEmpty());
    if (!error.isEmpty())
        QVERIFY2(m_store->errorString().contains(error), qPrintable(m_store->errorString()));
    else
        QCOMPARE(m_store->savedView(name).name, name);
}

void TestOrganiseStore::stateSurvives_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("re-import") << u"reimport"_s;
    QTest::newRow("file rewritten in another order") << u"reorder"_s;
    QTest::newRow("file renamed") << u"rename"_s;
    QTest::newRow("cache deleted and rebuilt") << u"rebuild"_s;
    QTest::newRow("reopened") << u"reopen"_s;
}

void TestOrganiseStore::stateSurvives()
{
    QFETCH(QString, change);
    const Label budget = makeLabel(u"Budget"_s);
    const Label later = makeLabel(u"Läs senare"_s, u"#abcdef"_s);
    mark(filterWith([](ItemFilter &f) { f.categories = {u"Trafik"_s}; }), MarkChange::Mark::Label, true, budget.id);
    mark(filterWith([](ItemFilter &f) { f.search = u"parken"_s; }), MarkChange::Mark::Label, true, later.id);
    mark(filterWith([](ItemFilter &f) { f.search = u"Örebro"_s; }), MarkChange::Mark::Label, true, later.id);
    mark(filterWith([](ItemFilter &f) { f.uncategorised = true; }), MarkChange::Mark::Hidden, true);
    QVERIFY(m_store->setNote(idOf(u"Bussar i trafik"_s), u"<i>Anteckning</i>"_s));
    QVERIFY(m_store->setRead({idOf(u"Zebra i parken"_s)}, true));
    SavedView view{0, u"Vy"_s, 0, filterWith([](ItemFilter &f) { f.labels = {u"Budget"_s}; f.unreadOnly = true; })};
    QVERIFY(m_store->saveView(view));
    const QStringList before = organised();
    const QStringList viewTitles = titles(view.filter);
    QCOMPARE(viewTitles.size(), 3);

    if (change == u"reimport"_s) {
        QVERIFY(importFolder().error.isEmpty());
    } else if (change == u"reorder"_s || change == u"rename"_s) {
        const QList<Item> items{{u"Kultur i parken"_s, u"Musik i parken."_s, u"Kultur"_s},
                                {u"Bussar i trafik"_s, u"Fler bussar."_s, u"Trafik"_s},
                                {u"Också utan"_s, u"Ännu en utan kategori."_s, QString()},
                                {u"Örebro får spårvagn"_s, u"Planer för ny trafik."_s, u"Trafik"_s}};
        if (change == u"rename"_s)
            QVERIFY(QFile::remove(filePath(u"b.txt"_s)));
        writeListing(change == u"rename"_s ? u"c.txt"_s : u"b.txt"_s, items);
        QVERIFY(importFolder().error.isEmpty());
    } else if (change == u"rebuild"_s) {
        m_store.reset();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(m_dbPath + suffix);
        reopen();
        QCOMPARE(m_store->itemCount(), 0);
        QVERIFY(m_store->labelCounts().at(0).count == 0);
        QVERIFY(importFolder().error.isEmpty());
    } else {
        m_store.reset();
        reopen();
    }
    QCOMPARE(organised(), before);
    QCOMPARE(sorted(titles(m_store->savedView(u"Vy"_s).filter)), sorted(viewTitles));
    QCOMPARE(m_store->itemCount(), 7);
}

QTEST_GUILESS_MAIN(TestOrganiseStore)
#include "tst_organisestore.moc"
