// Issue 17, the first slice: the shared archive (PgStore on a throwaway
// PostgreSQL server) gives the same answers as the SQLite cache for the same
// imports and marks, keeps each person's marks apart, stores an item once
// when two imports bring it at once, and refuses what it cannot use with a
// message naming the server.

#include "models/importing/newsimporter.h"
#include "models/store/newsstore.h"
#include "models/store/postgres/pgschema.h"
#include "pgtestsupport.h"
#include "processtestsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ItemFilter)

namespace {

const QString ExtraListing = u"Nyheter\n\n"
                             u" \u2022 Kollektivtrafiken i Solna byggs ut\n\n"
                             u"  Nya bussar och en ny tvärbana i kollektivtrafiken.\n\n"
                             u"  Kollektivtrafik\n"
                             u" \u2022 Ett item utan kategori\n\n"
                             u"  Sammanfattning utan kategori, om eu och kaffe.\n\n"_s;

// What a filter gives, in words that do not depend on the store's ids.
QStringList titles(const NewsStore &store, const QList<qint64> &ids)
{
    QStringList result;
    for (const NewsItem &item : store.items(ids))
        result.append(item.title);
    return result;
}

// The titles of a mark's changed ids, whose order neither store promises.
QStringList changedTitles(const NewsStore &store, const QList<qint64> &ids)
{
    QStringList result = titles(store, ids);
    result.sort();
    return result;
}

QStringList counts(const QList<CategoryCount> &categories)
{
    QStringList result;
    for (const CategoryCount &c : categories)
        result.append(u"%1:%2:%3"_s.arg(c.name.isNull() ? u"(none)"_s : c.name).arg(c.count).arg(c.unread));
    return result;
}

QString describe(const NewsItem &item)
{
    QStringList sources;
    for (const ItemSource &s : item.sources)
        sources.append(u"%1#%2"_s.arg(QFileInfo(s.file).fileName()).arg(s.position));
    return u"%1|%2|%3|%4|%5|%6|%7|%8"_s
            .arg(item.title, item.summary, item.categories.join(u';'), sources.join(u';'))
            .arg(item.read)
            .arg(item.starred)
            .arg(item.labels.join(u';'), item.note);
}

// Sets the same marks on both stores: every third item (listing order) read,
// every fourth starred, every fifth hidden.
bool markAlike(NewsStore &store)
{
    const QList<qint64> ids = store.itemIds();
    QList<qint64> read;
    QList<qint64> starred;
    MarkChange hide;
    hide.mark = MarkChange::Mark::Hidden;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i % 3 == 0)
            read.append(ids.at(i));
        if (i % 4 == 1)
            starred.append(ids.at(i));
        if (i % 5 == 2)
            hide.ids.append(ids.at(i));
    }
    Label later{0, u"Läs senare"_s, {}, 0};
    Label budget{0, u"Budget"_s, u"#00AA00"_s, 0};
    if (!store.createLabel(later) || !store.createLabel(budget))
        return false;
    MarkChange laterOn{MarkChange::Mark::Label, true, {}, later.id};
    MarkChange budgetOn{MarkChange::Mark::Label, true, {}, budget.id};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i % 6 == 4)
            laterOn.ids.append(ids.at(i));
        if (i % 7 == 0)
            budgetOn.ids.append(ids.at(i));
    }
    return store.setRead(read, true) && store.setStarred(starred, true) && store.setMarks(hide, true)
            && store.setMarks(laterOn, true) && store.setMarks(budgetOn, true);
}

QStringList labelRows(const QList<Label> &labels)
{
    QStringList result;
    for (const Label &l : labels)
        result.append(u"%1:%2:%3:%4:%5"_s.arg(l.name, l.color).arg(l.position).arg(l.count).arg(l.unread));
    return result;
}

// The rows of sameAnswers_data() with a source file or sorted by source.
void addSourceRows()
{
    const auto make = [](auto change) {
        ItemFilter f;
        change(f);
        return f;
    };
    const QString sample = NewsImporter::sampleFiles().value(1);
    QTest::newRow("one source file") << make([&](ItemFilter &f) { f.sourceFile = sample; });
    QTest::newRow("one source file, unread first") << make([&](ItemFilter &f) {
        f.sourceFile = sample;
        f.sort = ItemFilter::Sort::ReadState;
    });
    QTest::newRow("one source file, a category, by title") << make([&](ItemFilter &f) {
        f.sourceFile = sample;
        f.categories = {u"Kultur"_s};
        f.sort = ItemFilter::Sort::Title;
    });
    QTest::newRow("an unknown source file") << make([](ItemFilter &f) { f.sourceFile = u"/nowhere.txt"_s; });
    QTest::newRow("sorted by source") << make([](ItemFilter &f) { f.sort = ItemFilter::Sort::Source; });
    QTest::newRow("sorted by source, unread, hidden included") << make([](ItemFilter &f) {
        f.sort = ItemFilter::Sort::Source;
        f.unreadOnly = true;
        f.hidden = ItemFilter::Hidden::Include;
    });
    QTest::newRow("sorted by source, a search in a category") << make([](ItemFilter &f) {
        f.sort = ItemFilter::Sort::Source;
        f.search = u"stockholm -vaccin"_s;
        f.categories = {u"Hälso- och sjukvård"_s, u"Kollektivtrafik"_s};
    });
}

} // namespace

class TestPgStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameAnswers_data();
    void sameAnswers();
    void sameItems();
    void marksWhereLikeSqlite();
    void hidingLikeSqlite();
    void expectedRefused();
    void labelsLikeSqlite();
    void labelNames_data();
    void labelNames();
    void notesAsTyped();
    void viewsLikeSqlite();
    void marksArePerPerson();
    void sameFileAtOnceStoredOnce_data();
    void sameFileAtOnceStoredOnce();
    void reimportChangedFile();
    void unreachableServer_data();
    void unreachableServer();
    void foreignDatabaseRefused();
    void newerSchemaRefused();
    void sourcesLikeSqlite();
    void removingFilesLikeSqlite();
    void lastVisitIsPerPerson();
    void peopleByName();
    void rowsOfOthersUnseen();
    void stateLikeSqlite();
    void stateMergedLikeSqlite();
    void readOnlyArchiveSaysSo();
    void stateExportIsOneMoment();
    void stateExportFailureEndsItsTransaction();
    void olderArchiveNotUpgradedByOthers();

private:
    QString fresh(const QString &name, const QString &role = {});
    // A fresh archive made by its owner (alice and bob then use it as the team).
    bool ownerMade(const QString &name);
    static bool openAs(NewsStore &store, const QString &name, const QString &role);
    // ownerMade(name), then alice opens it and imports into it.
    bool importedByAlice(NewsStore &alice, const QString &name);
    // The starred marks of the archive name, as its owner counts them; or the error.
    static QString starredMarks(const QString &name);
    bool importInto(NewsStore &store);

    QTemporaryDir m_dir;
    NewsStore m_sqlite;
    NewsStore m_pg;
};

QString TestPgStore::fresh(const QString &name, const QString &role)
{
    QString error;
    const QString address = PgTestSupport::freshDatabase(u"pgstore_"_s + name, error, role);
    if (address.isEmpty())
        qWarning().noquote() << error;
    return address;
}

bool TestPgStore::ownerMade(const QString &name)
{
    if (fresh(name).isEmpty())
        return false;
    NewsStore owner;
    return openAs(owner, name, {});
}

bool TestPgStore::openAs(NewsStore &store, const QString &name, const QString &role)
{
    const bool opened = store.open(PgTestSupport::addressFor(u"pgstore_"_s + name, role));
    if (!opened)
        qWarning().noquote() << store.errorString();
    return opened;
}

bool TestPgStore::importedByAlice(NewsStore &alice, const QString &name)
{
    return ownerMade(name) && openAs(alice, name, u"alice"_s) && importInto(alice);
}

QString TestPgStore::starredMarks(const QString &name)
{
    QString error;
    const QString count = PgTestSupport::firstValue(u"pgstore_"_s + name, u"SELECT count(*) FROM marks WHERE starred"_s,
                                                    {}, error);
    return error.isEmpty() ? count : error;
}

bool TestPgStore::importInto(NewsStore &store)
{
    NewsImporter importer(store);
    QStringList paths = NewsImporter::sampleFiles();
    paths.append(m_dir.filePath(u"news/extra.txt"_s));
    const ImportReport report = importer.importPaths(paths);
    if (!report.error.isEmpty())
        qWarning().noquote() << report.error;
    return report.error.isEmpty() && report.rejected.isEmpty();
}

void TestPgStore::initTestCase()
{
    QString why;
    if (PgTestSupport::serverUrl(why).isEmpty())
        QSKIP(qPrintable(u"PostgreSQL tests skipped: "_s + why));
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(u"news"_s));
    QFile extra(m_dir.filePath(u"news/extra.txt"_s));
    QVERIFY(extra.open(QIODevice::WriteOnly));
    QVERIFY(extra.write(ExtraListing.toUtf8()) > 0);
    extra.close();
    const QString address = fresh(u"answers"_s);
    QVERIFY(!address.isEmpty());
    QVERIFY2(m_pg.open(address), qPrintable(m_pg.errorString()));
    QVERIFY2(m_sqlite.open(m_dir.filePath(u"cache.sqlite"_s)), qPrintable(m_sqlite.errorString()));
    QVERIFY(importInto(m_sqlite));
    QVERIFY(importInto(m_pg));
    QCOMPARE(m_pg.itemCount(), m_sqlite.itemCount());
    QVERIFY(markAlike(m_sqlite));
    QVERIFY(markAlike(m_pg));
}

void TestPgStore::sameAnswers_data()
{
    QTest::addColumn<ItemFilter>("filter");
    const auto make = [](auto change) {
        ItemFilter f;
        change(f);
        return f;
    };
    QTest::newRow("everything") << ItemFilter();
    QTest::newRow("one category") << make([](ItemFilter &f) { f.categories = {u"Hälso- och sjukvård"_s}; });
    QTest::newRow("any of two categories")
            << make([](ItemFilter &f) { f.categories = {u"Kultur"_s, u"Kollektivtrafik"_s}; });
    QTest::newRow("all of two categories") << make([](ItemFilter &f) {
        f.categories = {u"Organisation och styrning"_s, u"Hälso- och sjukvård"_s};
        f.match = ItemFilter::Match::All;
    });
    QTest::newRow("no category") << make([](ItemFilter &f) { f.uncategorised = true; });
    QTest::newRow("a category or none") << make([](ItemFilter &f) {
        f.categories = {u"Kultur"_s};
        f.uncategorised = true;
    });
    QTest::newRow("unknown category") << make([](ItemFilter &f) { f.categories = {u"Sport"_s}; });
    QTest::newRow("unread") << make([](ItemFilter &f) { f.unreadOnly = true; });
    QTest::newRow("starred") << make([](ItemFilter &f) { f.starredOnly = true; });
    QTest::newRow("unread in a category") << make([](ItemFilter &f) {
        f.unreadOnly = true;
        f.categories = {u"Hälso- och sjukvård"_s};
    });
    QTest::newRow("search: a word") << make([](ItemFilter &f) { f.search = u"vaccination"_s; });
    QTest::newRow("search: inside compounds") << make([](ItemFilter &f) { f.search = u"trafik"_s; });
    QTest::newRow("search: every word, any order") << make([](ItemFilter &f) { f.search = u"boka stockholm"_s; });
    QTest::newRow("search: case and å ä ö") << make([](ItemFilter &f) { f.search = u"ÖPPET"_s; });
    QTest::newRow("search: a short word") << make([](ItemFilter &f) { f.search = u"eu"_s; });
    QTest::newRow("search: an exclusion") << make([](ItemFilter &f) { f.search = u"region -vaccin"_s; });
    QTest::newRow("search: a category name") << make([](ItemFilter &f) { f.search = u"innovation"_s; });
    QTest::newRow("search: nothing found") << make([](ItemFilter &f) { f.search = u"zzyzx"_s; });
    QTest::newRow("search: best match first") << make([](ItemFilter &f) {
        f.search = u"region stockholm -vaccin"_s;
        f.sort = ItemFilter::Sort::BestMatch;
    });
    QTest::newRow("search: a phrase, unread") << make([](ItemFilter &f) {
        f.search = u"\"och sjukvård\""_s;
        f.unreadOnly = true;
    });
    QTest::newRow("search with a category") << make([](ItemFilter &f) {
        f.search = u"stockholm"_s;
        f.categories = {u"Kollektivtrafik"_s};
    });
    QTest::newRow("search, unread") << make([](ItemFilter &f) {
        f.search = u"covid"_s;
        f.unreadOnly = true;
    });
    QTest::newRow("sorted by title") << make([](ItemFilter &f) { f.sort = ItemFilter::Sort::Title; });
    QTest::newRow("unread first") << make([](ItemFilter &f) { f.sort = ItemFilter::Sort::ReadState; });
    QTest::newRow("starred first") << make([](ItemFilter &f) { f.sort = ItemFilter::Sort::Starred; });
    QTest::newRow("a label") << make([](ItemFilter &f) { f.labels = {u"Läs senare"_s}; });
    QTest::newRow("either label, unread") << make([](ItemFilter &f) {
        f.labels = {u"Läs senare"_s, u" Budget "_s};
        f.unreadOnly = true;
    });
    QTest::newRow("a label and a search") << make([](ItemFilter &f) {
        f.labels = {u"Budget"_s};
        f.search = u"region"_s;
    });
    QTest::newRow("an unknown label") << make([](ItemFilter &f) { f.labels = {u"Sport"_s}; });
    QTest::newRow("a label among the hidden") << make([](ItemFilter &f) {
        f.labels = {u"Budget"_s};
        f.hidden = ItemFilter::Hidden::Include;
    });
    QTest::newRow("hidden only") << make([](ItemFilter &f) { f.hidden = ItemFilter::Hidden::Only; });
    QTest::newRow("hidden included") << make([](ItemFilter &f) { f.hidden = ItemFilter::Hidden::Include; });
    QTest::newRow("hidden, unread in a category") << make([](ItemFilter &f) {
        f.hidden = ItemFilter::Hidden::Only;
        f.unreadOnly = true;
        f.categories = {u"Hälso- och sjukvård"_s};
    });
    QTest::newRow("hidden included, by title") << make([](ItemFilter &f) {
        f.hidden = ItemFilter::Hidden::Include;
        f.sort = ItemFilter::Sort::Title;
    });
    addSourceRows();
}

void TestPgStore::sameAnswers()
{
    QFETCH(ItemFilter, filter);
    const QList<qint64> sqliteIds = m_sqlite.itemIds(filter);
    QVERIFY2(!m_sqlite.lastReadFailed(), qPrintable(m_sqlite.readError()));
    const QList<qint64> pgIds = m_pg.itemIds(filter);
    QVERIFY2(!m_pg.lastReadFailed(), qPrintable(m_pg.readError()));
    QCOMPARE(titles(m_pg, pgIds), titles(m_sqlite, sqliteIds));
    QCOMPARE(m_pg.itemCount(filter), m_sqlite.itemCount(filter));
    QCOMPARE(m_pg.itemCount(filter), qint64(pgIds.size()));
    // A page: the same items from the same place.
    QCOMPARE(titles(m_pg, m_pg.itemIds(filter, 5, 3)), titles(m_sqlite, m_sqlite.itemIds(filter, 5, 3)));
    QCOMPARE(counts(m_pg.categoryCounts(filter)), counts(m_sqlite.categoryCounts(filter)));
    QVERIFY2(!m_pg.lastReadFailed(), qPrintable(m_pg.readError()));
    QCOMPARE(labelRows(m_pg.labelCounts(filter)), labelRows(m_sqlite.labelCounts(filter)));
    QVERIFY2(!m_pg.lastReadFailed(), qPrintable(m_pg.readError()));
}

void TestPgStore::sameItems()
{
    QStringList sqlite;
    for (const NewsItem &item : m_sqlite.items(m_sqlite.itemIds()))
        sqlite.append(describe(item));
    QStringList pg;
    for (const NewsItem &item : m_pg.items(m_pg.itemIds()))
        pg.append(describe(item));
    QCOMPARE(pg, sqlite);
    QCOMPARE(m_pg.categoryNames(), m_sqlite.categoryNames());
    // A list row: the start of a long text, and its whole length.
    const NewsItem cutSqlite = m_sqlite.items(m_sqlite.itemIds({}, 1), 10).value(0);
    const NewsItem cutPg = m_pg.items(m_pg.itemIds({}, 1), 10).value(0);
    QCOMPARE(cutPg.title, cutSqlite.title);
    QCOMPARE(cutPg.wholeSummaryLength, cutSqlite.wholeSummaryLength);
    QVERIFY(cutPg.isCut());
}

void TestPgStore::marksWhereLikeSqlite()
{
    ItemFilter filter;
    filter.categories = {u"Kultur"_s};
    MarkChange sqliteChange;
    sqliteChange.mark = MarkChange::Mark::Starred;
    MarkChange pgChange = sqliteChange;
    QVERIFY(m_sqlite.setMarkWhere(filter, sqliteChange));
    QVERIFY2(m_pg.setMarkWhere(filter, pgChange), qPrintable(m_pg.errorString()));
    QCOMPARE(titles(m_pg, pgChange.ids).size(), sqliteChange.ids.size());
    ItemFilter starred;
    starred.starredOnly = true;
    QCOMPARE(titles(m_pg, m_pg.itemIds(starred)), titles(m_sqlite, m_sqlite.itemIds(starred)));
    // Undo: the same items, back as they were.
    QVERIFY(m_sqlite.setMarks(sqliteChange, false));
    QVERIFY(m_pg.setMarks(pgChange, false));
    QCOMPARE(titles(m_pg, m_pg.itemIds(starred)), titles(m_sqlite, m_sqlite.itemIds(starred)));
    QCOMPARE(counts(m_pg.categoryCounts()), counts(m_sqlite.categoryCounts()));
}

// Hiding through a filter, its undo, and forgetting for good: the same items
// as the SQLite cache, exactly the changed ones.
void TestPgStore::hidingLikeSqlite()
{
    ItemFilter filter;
    filter.categories = {u"Hälso- och sjukvård"_s};
    filter.hidden = ItemFilter::Hidden::Include;
    MarkChange sqliteHide;
    sqliteHide.mark = MarkChange::Mark::Hidden;
    MarkChange pgHide = sqliteHide;
    QVERIFY(m_sqlite.setMarkWhere(filter, sqliteHide));
    QVERIFY2(m_pg.setMarkWhere(filter, pgHide), qPrintable(m_pg.errorString()));
    QVERIFY(!pgHide.ids.isEmpty());
    QCOMPARE(changedTitles(m_pg, pgHide.ids), changedTitles(m_sqlite, sqliteHide.ids));
    ItemFilter only;
    only.hidden = ItemFilter::Hidden::Only;
    QCOMPARE(titles(m_pg, m_pg.itemIds(only)), titles(m_sqlite, m_sqlite.itemIds(only)));
    QCOMPARE(m_pg.hiddenKeyCount(), m_sqlite.hiddenKeyCount());
    QVERIFY(m_pg.item(pgHide.ids.first()).hidden);
    // Undo: exactly those items are shown again.
    QVERIFY(m_sqlite.setMarks(sqliteHide, false));
    QVERIFY(m_pg.setMarks(pgHide, false));
    QCOMPARE(titles(m_pg, m_pg.itemIds()), titles(m_sqlite, m_sqlite.itemIds()));
    QCOMPARE(m_pg.hiddenKeyCount(), m_sqlite.hiddenKeyCount());
    // Unhiding what a filter shows among the hidden, then hiding it again.
    MarkChange sqliteShow;
    sqliteShow.mark = MarkChange::Mark::Hidden;
    sqliteShow.on = false;
    MarkChange pgShow = sqliteShow;
    ItemFilter unreadHidden = only;
    unreadHidden.unreadOnly = true;
    QVERIFY(m_sqlite.setMarkWhere(unreadHidden, sqliteShow));
    QVERIFY2(m_pg.setMarkWhere(unreadHidden, pgShow), qPrintable(m_pg.errorString()));
    QCOMPARE(changedTitles(m_pg, pgShow.ids), changedTitles(m_sqlite, sqliteShow.ids));
    QVERIFY(m_sqlite.setMarks(sqliteShow, true));
    QVERIFY(m_pg.setMarks(pgShow, true));
    QCOMPARE(counts(m_pg.categoryCounts()), counts(m_sqlite.categoryCounts()));
    // Forgotten for good: never shown again, not even among the hidden.
    ItemFilter starredHidden;
    starredHidden.starredOnly = true;
    const qint64 forgotten = m_sqlite.forgetHidden(starredHidden);
    QCOMPARE(m_pg.forgetHidden(starredHidden), forgotten);
    QVERIFY(forgotten > 0);
    ItemFilter all;
    all.hidden = ItemFilter::Hidden::Include;
    QCOMPARE(titles(m_pg, m_pg.itemIds(all)), titles(m_sqlite, m_sqlite.itemIds(all)));
    QCOMPARE(m_pg.itemCount(only), m_sqlite.itemCount(only));
    QCOMPARE(m_pg.hiddenKeyCount(), m_sqlite.hiddenKeyCount());
}

// A change of the items shown is refused when the list holds another number
// now, with the SQLite cache's sentence; nothing is written.
void TestPgStore::expectedRefused()
{
    ItemFilter filter;
    filter.categories = {u"Kultur"_s};
    const qint64 shown = m_pg.itemCount(filter);
    MarkChange change;
    change.mark = MarkChange::Mark::Read;
    change.expected = shown + 1;
    QVERIFY(!m_pg.setMarkWhere(filter, change));
    QCOMPARE(m_pg.failure(), StoreFailure::Outdated);
    QVERIFY2(m_pg.errorString().contains(u"The list changed before the change was written"_s),
             qPrintable(m_pg.errorString()));
    QVERIFY(change.ids.isEmpty());
    MarkChange sqliteChange = change;
    QVERIFY(!m_sqlite.setMarkWhere(filter, sqliteChange));
    QCOMPARE(m_pg.errorString(), m_sqlite.errorString());
    ItemFilter unread = filter;
    unread.unreadOnly = true;
    QCOMPARE(m_pg.itemCount(unread), m_sqlite.itemCount(unread));
    // The number shown: written.
    change.expected = shown;
    QVERIFY2(m_pg.setMarkWhere(filter, change), qPrintable(m_pg.errorString()));
    QVERIFY(m_pg.setMarks(change, false));
}

// Labels through a filter and by ids, renamed, moved, deleted and restored:
// the same items and counts as the SQLite cache, exactly the changed ids.
void TestPgStore::labelsLikeSqlite()
{
    Label sqliteLabel{0, u"Uppföljning"_s, {}, 0};
    Label pgLabel = sqliteLabel;
    QVERIFY(m_sqlite.createLabel(sqliteLabel));
    QVERIFY2(m_pg.createLabel(pgLabel), qPrintable(m_pg.errorString()));
    QCOMPARE(pgLabel.position, sqliteLabel.position);
    QCOMPARE(pgLabel.color, sqliteLabel.color);
    ItemFilter filter;
    filter.search = u"stockholm"_s;
    MarkChange sqliteOn{MarkChange::Mark::Label, true, {}, sqliteLabel.id};
    MarkChange pgOn{MarkChange::Mark::Label, true, {}, pgLabel.id};
    QVERIFY(m_sqlite.setMarkWhere(filter, sqliteOn));
    QVERIFY2(m_pg.setMarkWhere(filter, pgOn), qPrintable(m_pg.errorString()));
    QVERIFY(!pgOn.ids.isEmpty());
    QCOMPARE(changedTitles(m_pg, pgOn.ids), changedTitles(m_sqlite, sqliteOn.ids));
    // Again: nothing changes.
    MarkChange again = pgOn;
    QVERIFY(m_pg.setMarkWhere(filter, again));
    QVERIFY(again.ids.isEmpty());
    ItemFilter labelled;
    labelled.labels = {u"Uppföljning"_s};
    QCOMPARE(titles(m_pg, m_pg.itemIds(labelled)), titles(m_sqlite, m_sqlite.itemIds(labelled)));
    QCOMPARE(labelRows(m_pg.labelCounts()), labelRows(m_sqlite.labelCounts()));
    // Renamed, recoloured and moved first.
    sqliteLabel.name = pgLabel.name = u"Följ upp"_s;
    sqliteLabel.color = pgLabel.color = u"#123ABC"_s;
    sqliteLabel.position = pgLabel.position = 0;
    QVERIFY(m_sqlite.updateLabel(sqliteLabel));
    QVERIFY2(m_pg.updateLabel(pgLabel), qPrintable(m_pg.errorString()));
    QCOMPARE(labelRows(m_pg.labels()), labelRows(m_sqlite.labels()));
    QCOMPARE(m_pg.labels().value(0).name, u"Följ upp"_s);
    QCOMPARE(m_pg.labelNamed(u"  Följ   upp "_s).id, pgLabel.id);
    // Deleted, with what undo needs, then restored.
    MarkChange sqliteCarried;
    MarkChange pgCarried;
    QVERIFY(m_sqlite.deleteLabel(sqliteLabel.id, &sqliteCarried));
    QVERIFY2(m_pg.deleteLabel(pgLabel.id, &pgCarried), qPrintable(m_pg.errorString()));
    QCOMPARE(pgCarried.keys.size(), sqliteCarried.keys.size());
    QCOMPARE(changedTitles(m_pg, pgCarried.ids), changedTitles(m_sqlite, sqliteCarried.ids));
    QCOMPARE(labelRows(m_pg.labels()), labelRows(m_sqlite.labels()));
    labelled.labels = {u"Följ upp"_s};
    QCOMPARE(m_pg.itemCount(labelled), qint64(0));
    QVERIFY(m_sqlite.restoreLabel(sqliteLabel, sqliteCarried));
    QVERIFY2(m_pg.restoreLabel(pgLabel, pgCarried), qPrintable(m_pg.errorString()));
    QCOMPARE(labelRows(m_pg.labelCounts()), labelRows(m_sqlite.labelCounts()));
    QCOMPARE(titles(m_pg, m_pg.itemIds(labelled)), titles(m_sqlite, m_sqlite.itemIds(labelled)));
    // Undo of the mark: exactly those items lose it.
    QVERIFY(m_sqlite.setMarks(sqliteOn, false));
    QVERIFY(m_pg.setMarks(pgOn, false));
    QCOMPARE(m_pg.itemCount(labelled), qint64(0));
    QCOMPARE(labelRows(m_pg.labelCounts()), labelRows(m_sqlite.labelCounts()));
    QVERIFY(m_sqlite.deleteLabel(sqliteLabel.id));
    QVERIFY(m_pg.deleteLabel(pgLabel.id));
    QCOMPARE(labelRows(m_pg.labels()), labelRows(m_sqlite.labels()));
    // A label deleted meanwhile: refused, as in the SQLite cache.
    MarkChange gone{MarkChange::Mark::Label, true, {}, pgLabel.id};
    QVERIFY(!m_pg.setMarkWhere({}, gone));
    MarkChange sqliteGone{MarkChange::Mark::Label, true, {}, sqliteLabel.id};
    QVERIFY(!m_sqlite.setMarkWhere({}, sqliteGone));
    QCOMPARE(m_pg.errorString(), m_sqlite.errorString());
}

void TestPgStore::labelNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("taken");
    QTest::newRow("quotes") << u"Chefens \"val\" och 'svar'; --"_s << false;
    QTest::newRow("10,000 characters") << QString(10000, u'x') << false;
    QTest::newRow("empty") << u"   "_s << false;
    QTest::newRow("taken") << u"Budget"_s << true;
    QTest::newRow("taken, spaced") << u" Läs  senare"_s << true;
}

// The same names are taken or refused, with the same sentences.
void TestPgStore::labelNames()
{
    QFETCH(QString, name);
    QFETCH(bool, taken);
    Label sqliteLabel{0, name, {}, 0};
    Label pgLabel = sqliteLabel;
    const bool sqliteMade = m_sqlite.createLabel(sqliteLabel);
    QCOMPARE(m_pg.createLabel(pgLabel), sqliteMade);
    QCOMPARE(m_pg.errorString(), m_sqlite.errorString());
    if (taken)
        QVERIFY(m_pg.errorString().contains(u"already"_s));
    if (!sqliteMade)
        return;
    QCOMPARE(pgLabel.name, sqliteLabel.name);
    QCOMPARE(m_pg.labelNamed(name).id, pgLabel.id);
    QVERIFY(m_sqlite.deleteLabel(sqliteLabel.id));
    QVERIFY(m_pg.deleteLabel(pgLabel.id));
}

// A note is kept as typed (markup is text), shown with the item, found by a
// plain search, and removed when emptied.
void TestPgStore::notesAsTyped()
{
    const QString text = u"<b>Viktigt</b> & <a href=\"x\">länk</a> — zqxnote"_s;
    const qint64 pgId = m_pg.itemIds({}, 1, 2).value(0);
    const qint64 sqliteId = m_sqlite.itemIds({}, 1, 2).value(0);
    QVERIFY(m_sqlite.setNote(sqliteId, text));
    QVERIFY2(m_pg.setNote(pgId, text), qPrintable(m_pg.errorString()));
    QCOMPARE(m_pg.note(pgId), text);
    QCOMPARE(m_pg.item(pgId).note, text);
    ItemFilter search;
    search.search = u"zqxnote"_s;
    QCOMPARE(titles(m_pg, m_pg.itemIds(search)), titles(m_sqlite, m_sqlite.itemIds(search)));
    QCOMPARE(m_pg.itemCount(search), qint64(1));
    QVERIFY(m_pg.setNote(pgId, u"  "_s));
    QVERIFY(m_sqlite.setNote(sqliteId, u"  "_s));
    QCOMPARE(m_pg.note(pgId), QString());
    QVERIFY(!m_pg.setNote(-5, text));
    QVERIFY2(m_pg.errorString().contains(u"127.0.0.1"_s), qPrintable(m_pg.errorString()));
}

QStringList viewRows(const NewsStore &store)
{
    QStringList result;
    for (const SavedView &v : store.savedViews()) {
        result.append(u"%1:%2:%3:%4"_s.arg(v.name).arg(v.position).arg(store.itemCount(v.filter))
                              .arg(v.filter.labels.join(u';')));
    }
    return result;
}

// Saved views: saved, replaced, moved, renamed with their label, refused
// names and deleted, as in the SQLite cache.
void TestPgStore::viewsLikeSqlite()
{
    for (NewsStore *store : {&m_sqlite, &m_pg}) {
        SavedView later{0, u"Att läsa"_s, 0, {}};
        later.filter.labels = {u"Läs senare"_s};
        later.filter.unreadOnly = true;
        later.filter.ids = {1, 2};
        SavedView culture{0, u" Kultur "_s, 0, {}};
        culture.filter.categories = {u"Kultur"_s};
        QVERIFY2(store->saveView(later) && store->saveView(culture), qPrintable(store->errorString()));
        QCOMPARE(culture.name, u"Kultur"_s);
        QCOMPARE(culture.position, 1);
        QVERIFY(later.filter.ids.isEmpty());
        culture.position = 0;
        culture.filter.starredOnly = true;
        QVERIFY(store->saveView(culture));
        SavedView same{0, u"Att läsa"_s, 0, {}};
        QVERIFY(!store->saveView(same));
        QVERIFY(store->errorString().contains(u"already"_s));
        // A renamed label is renamed in the views that name it.
        Label label = store->labelNamed(u"Läs senare"_s);
        label.name = u"Senare"_s;
        QVERIFY(store->updateLabel(label));
    }
    QCOMPARE(m_pg.errorString(), m_sqlite.errorString());
    QCOMPARE(viewRows(m_pg), viewRows(m_sqlite));
    QCOMPARE(m_pg.savedView(u"att läsa"_s).id, qint64(0));
    QCOMPARE(m_pg.savedView(u"Att  läsa"_s).filter.labels, QStringList{u"Senare"_s});
    for (NewsStore *store : {&m_sqlite, &m_pg}) {
        QVERIFY(store->deleteView(store->savedView(u"Kultur"_s).id));
        Label label = store->labelNamed(u"Senare"_s);
        label.name = u"Läs senare"_s;
        QVERIFY(store->updateLabel(label));
    }
    QCOMPARE(viewRows(m_pg), viewRows(m_sqlite));
    QCOMPARE(m_pg.savedViews().size(), 1);
}

void TestPgStore::marksArePerPerson()
{
    // The owner makes the archive; alice imports; alice and bob mark.
    QVERIFY(ownerMade(u"people"_s));
    NewsStore alice;
    NewsStore bob;
    QVERIFY(openAs(alice, u"people"_s, u"alice"_s));
    QVERIFY(openAs(bob, u"people"_s, u"bob"_s));
    QVERIFY(importInto(alice));
    const qint64 total = bob.itemCount();
    QCOMPARE(total, alice.itemCount());
    const QList<qint64> ids = alice.itemIds({}, 4);
    QVERIFY(alice.setRead(ids, true));
    QVERIFY(bob.setStarred(ids.mid(0, 1), true));
    ItemFilter unread;
    unread.unreadOnly = true;
    QCOMPARE(alice.itemCount(unread), total - 4);
    QCOMPARE(bob.itemCount(unread), total);
    ItemFilter starred;
    starred.starredOnly = true;
    QCOMPARE(alice.itemCount(starred), qint64(0));
    QCOMPARE(bob.itemIds(starred), ids.mid(0, 1));
    const NewsItem seenByBob = bob.item(ids.first());
    QVERIFY(!seenByBob.read);
    QVERIFY(seenByBob.starred);
    QVERIFY(alice.item(ids.first()).read);
    // Hidden for one person only.
    MarkChange hide;
    hide.mark = MarkChange::Mark::Hidden;
    hide.ids = ids.mid(1, 2);
    QVERIFY(alice.setMarks(hide, true));
    QCOMPARE(alice.itemCount(), total - 2);
    QCOMPARE(bob.itemCount(), total);
    QCOMPARE(alice.hiddenKeyCount(), qint64(2));
    QCOMPARE(bob.hiddenKeyCount(), qint64(0));
    QCOMPARE(bob.forgetHidden({}), qint64(0));
    QCOMPARE(alice.hiddenKeyCount(), qint64(2));
    // Labels and notes: each person's own; a label of another is refused.
    Label mine{0, u"Budget"_s, {}, 0};
    QVERIFY2(alice.createLabel(mine), qPrintable(alice.errorString()));
    Label his{0, u"Budget"_s, {}, 0};
    QVERIFY2(bob.createLabel(his), qPrintable(bob.errorString()));
    MarkChange label{MarkChange::Mark::Label, true, ids.mid(0, 1), mine.id};
    QVERIFY(alice.setMarks(label, true));
    QVERIFY(!bob.setMarks(label, true));
    ItemFilter budget;
    budget.labels = {u"Budget"_s};
    QCOMPARE(alice.itemCount(budget), qint64(1));
    QCOMPARE(bob.itemCount(budget), qint64(0));
    QCOMPARE(bob.item(ids.first()).labels, QStringList());
    QVERIFY(alice.setNote(ids.first(), u"min anteckning"_s));
    QCOMPARE(bob.note(ids.first()), QString());
    QVERIFY(!bob.deleteLabel(mine.id));
    QCOMPARE(alice.labels().size(), 1);
    SavedView view{0, u"Budget"_s, 0, budget};
    QVERIFY2(alice.saveView(view), qPrintable(alice.errorString()));
    QCOMPARE(bob.savedViews().size(), 0);
    QVERIFY(!bob.lastReadFailed());
    SavedView hers = view;
    QVERIFY(!bob.saveView(hers)); // not his to replace
    QCOMPARE(alice.savedView(u"Budget"_s).filter, view.filter);
}

void TestPgStore::sameFileAtOnceStoredOnce_data()
{
    QTest::addColumn<bool>("samePath");
    QTest::newRow("the same path") << true;
    QTest::newRow("two desktops, two paths") << false;
}

void TestPgStore::sameFileAtOnceStoredOnce()
{
    QFETCH(bool, samePath);
    const QString address = fresh(samePath ? u"once_path"_s : u"once_copies"_s);
    QVERIFY(!address.isEmpty());
    QTemporaryDir dir;
    const QStringList first = ProcessTestSupport::writeListings(dir.filePath(u"a"_s), u"shared"_s, 1, 300);
    const QStringList second = ProcessTestSupport::writeListings(dir.filePath(u"b"_s), u"shared"_s, 1, 300);
    QCOMPARE(first.size() + second.size(), 2);
    // Two real processes import at once (the first makes the archive's tables
    // while the second waits its turn for them).
    auto one = ProcessTestSupport::start(dir.filePath(u"p1"_s), {u"--db"_s, address, u"import"_s, first.first()});
    auto two = ProcessTestSupport::start(dir.filePath(u"p2"_s),
                                         {u"--db"_s, address, u"import"_s, samePath ? first.first() : second.first()});
    QVERIFY(one && two);
    const ProcessTestSupport::Result a = ProcessTestSupport::finish(*one);
    const ProcessTestSupport::Result b = ProcessTestSupport::finish(*two);
    QVERIFY2(a.exitCode == 0, qPrintable(a.err));
    QVERIFY2(b.exitCode == 0, qPrintable(b.err));
    NewsStore store;
    QVERIFY2(store.open(address), qPrintable(store.errorString()));
    QCOMPARE(store.itemCount(), qint64(300));
    QCOMPARE(store.sourceFiles().size(), samePath ? 1 : 2);
    // Every item lists the file (or both copies) it came from, once each.
    const NewsItem item = store.item(store.itemIds({}, 1).value(0));
    QCOMPARE(item.sources.size(), samePath ? 1 : 2);
    QCOMPARE(item.categories, QStringList{u"Kultur"_s});
}

void TestPgStore::reimportChangedFile()
{
    const QString address = fresh(u"changed"_s);
    QVERIFY(!address.isEmpty());
    QTemporaryDir dir;
    const QString path = ProcessTestSupport::writeListings(dir.path(), u"first"_s, 1, 5).value(0);
    NewsStore store;
    QVERIFY2(store.open(address), qPrintable(store.errorString()));
    QCOMPARE(NewsImporter(store).importPaths({path}).itemsNew, qint64(5));
    const qint64 marked = store.itemIds({}, 1).value(0);
    QVERIFY(store.setRead({marked}, true));
    // The file's items change: the old ones go, the new ones come; a file
    // that is gone takes its items with it.
    QFile::remove(path);
    QCOMPARE(ProcessTestSupport::writeListings(dir.path(), u"second"_s, 1, 3).size(), 1);
    const ImportReport report = NewsImporter(store).importPaths({dir.path()});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(store.itemCount(), qint64(3));
    QCOMPARE(store.sourceFiles().size(), 1);
    QCOMPARE(counts(store.categoryCounts()), QStringList{u"Kultur:3:3"_s});
}

void TestPgStore::unreachableServer_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("says");
    // Port 1: nothing listens there.
    QTest::newRow("closed port") << u"postgresql://newsdesk@127.0.0.1:1/newsdesk_test"_s << QString()
                                 << u"postgresql://newsdesk@127.0.0.1:1/newsdesk_test"_s;
    QTest::newRow("wrong password") << PgTestSupport::addressFor(u"newsdesk_test"_s, u"alice"_s)
                                    << u"not-her-password"_s << u"password authentication failed"_s;
    QTest::newRow("password in the address") << u"postgresql://alice:secret@127.0.0.1:5432/x"_s << QString()
                                             << u"PGPASSWORD"_s;
    QTest::newRow("not an address") << u"postgresql://"_s << QString() << u"postgresql://USER@HOST:PORT/DATABASE"_s;
    QTest::newRow("no database, a password") << u"postgresql://alice:secret@127.0.0.1:5432"_s << QString()
                                             << u"postgresql://USER@HOST:PORT/DATABASE"_s;
    QTest::newRow("a person with a slash") << u"postgresql://alice@127.0.0.1:5432/x?person=a/b"_s << QString()
                                           << u"without \u201c/\u201d"_s;
    QTest::newRow("an empty person") << u"postgresql://alice@127.0.0.1:5432/x?person="_s << QString()
                                     << u"printable characters"_s;
}

void TestPgStore::unreachableServer()
{
    QFETCH(QString, address);
    QFETCH(QString, password);
    QFETCH(QString, says);
    if (!password.isEmpty())
        qputenv("PGPASSWORD", password.toUtf8());
    NewsStore store;
    const bool opened = store.open(address);
    qunsetenv("PGPASSWORD");
    QVERIFY(!opened);
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorString().contains(says), qPrintable(store.errorString()));
    // The server is named (never a password).
    QVERIFY2(store.errorString().contains(u"127.0.0.1"_s) || address == u"postgresql://"_s,
             qPrintable(store.errorString()));
    QVERIFY(!store.errorString().contains(u"secret"_s));
}

void TestPgStore::foreignDatabaseRefused()
{
    const QString address = fresh(u"foreign"_s);
    QVERIFY(!address.isEmpty());
    QCOMPARE(PgTestSupport::execute(u"pgstore_foreign"_s, u"CREATE TABLE customers (id int); "
                                                           u"INSERT INTO customers VALUES (7)"_s),
             QString());
    NewsStore store;
    QVERIFY(!store.open(address));
    QCOMPARE(store.failure(), StoreFailure::NotACache);
    QVERIFY2(store.errorString().contains(u"is not a newsdesk archive"_s), qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains(u"127.0.0.1"_s), qPrintable(store.errorString()));
    // Left as it was: no table of newsdesk's was made.
    QCOMPARE(PgTestSupport::execute(u"pgstore_foreign"_s, u"SELECT 1 FROM newsdesk_schema"_s).isEmpty(), false);
}

void TestPgStore::newerSchemaRefused()
{
    const QString address = fresh(u"newer"_s);
    QVERIFY(!address.isEmpty());
    {
        NewsStore store;
        QVERIFY2(store.open(address), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), PgSchema::Version);
    }
    QCOMPARE(PgTestSupport::execute(u"pgstore_newer"_s, u"UPDATE newsdesk_schema SET version = 99"_s), QString());
    NewsStore store;
    QVERIFY(!store.open(address));
    QCOMPARE(store.failure(), StoreFailure::Newer);
    QVERIFY2(store.errorString().contains(u"newer newsdesk"_s), qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains(u"127.0.0.1"_s), qPrintable(store.errorString()));
}

void TestPgStore::sourcesLikeSqlite()
{
    const QList<SourceCount> sqlite = m_sqlite.sourceCounts();
    QVERIFY2(!m_sqlite.lastReadFailed(), qPrintable(m_sqlite.readError()));
    const QList<SourceCount> pg = m_pg.sourceCounts();
    QVERIFY2(!m_pg.lastReadFailed(), qPrintable(m_pg.readError()));
    QCOMPARE(pg.size(), 4);
    QCOMPARE(pg, sqlite);
    const QStringList two = NewsImporter::sampleFiles().mid(0, 2);
    for (const bool elsewhere : {false, true}) {
        QCOMPARE(m_pg.itemsOfFiles(two, elsewhere), m_sqlite.itemsOfFiles(two, elsewhere));
        QVERIFY(!m_pg.lastReadFailed());
    }
    QVERIFY(m_pg.itemsOfFiles(two, false) > 0);
}

void TestPgStore::removingFilesLikeSqlite()
{
    const QString address = fresh(u"removal"_s);
    QVERIFY(!address.isEmpty());
    NewsStore pg;
    QVERIFY2(pg.open(address), qPrintable(pg.errorString()));
    NewsStore sqlite;
    QVERIFY2(sqlite.open(m_dir.filePath(u"removal.sqlite"_s)), qPrintable(sqlite.errorString()));
    QVERIFY(importInto(pg));
    QVERIFY(importInto(sqlite));
    const qint64 before = pg.itemCount();
    const QString gone = NewsImporter::sampleFiles().value(2);
    const RemovalReport fromPg = NewsImporter(pg).removeFiles({gone});
    QVERIFY2(fromPg.error.isEmpty(), qPrintable(fromPg.error));
    const RemovalReport fromSqlite = NewsImporter(sqlite).removeFiles({gone});
    QVERIFY2(fromSqlite.error.isEmpty(), qPrintable(fromSqlite.error));
    QCOMPARE(fromPg.files, QStringList{gone});
    QCOMPARE(fromPg.itemsRemoved, fromSqlite.itemsRemoved);
    QCOMPARE(fromPg.itemsKept, fromSqlite.itemsKept);
    QVERIFY(fromPg.itemsRemoved > 0);
    QCOMPARE(pg.itemCount(), sqlite.itemCount());
    QCOMPARE(pg.sourceFiles(), sqlite.sourceFiles());
    QCOMPARE(pg.removedFiles(), QStringList{gone});
    QCOMPARE(pg.sourceCounts(), sqlite.sourceCounts());
    // Imported again by name: back, and no longer recorded as removed.
    QVERIFY(importInto(pg));
    QCOMPARE(pg.removedFiles(), QStringList());
    QCOMPARE(pg.itemCount(), before);
}

void TestPgStore::lastVisitIsPerPerson()
{
    QVERIFY(ownerMade(u"visits"_s));
    NewsStore alice;
    NewsStore bob;
    QVERIFY(openAs(alice, u"visits"_s, u"alice"_s));
    QVERIFY(openAs(bob, u"visits"_s, u"bob"_s));
    QCOMPARE(alice.lastVisit(), qint64(0));
    QVERIFY(!alice.lastReadFailed());
    QVERIFY(alice.setLastVisit(1'700'000'000'000));
    QVERIFY(alice.setLastVisit(1'800'000'000'000));
    QCOMPARE(alice.lastVisit(), qint64(1'800'000'000'000));
    QCOMPARE(bob.lastVisit(), qint64(0));
    QVERIFY(!bob.lastReadFailed());
}

void TestPgStore::peopleByName()
{
    // One role shared by two people, each named in the address, and the
    // role by itself: three sets of marks.
    QVERIFY(!fresh(u"named"_s).isEmpty());
    const QString role = PgTestSupport::addressFor(u"pgstore_named"_s, u"alice"_s);
    NewsStore plain;
    NewsStore anna;
    NewsStore berit;
    QVERIFY2(plain.open(role), qPrintable(plain.errorString()));
    QVERIFY2(anna.open(role + u"?person=Anna%20Ek"_s), qPrintable(anna.errorString()));
    QVERIFY2(berit.open(role + u"?person=Berit"_s), qPrintable(berit.errorString()));
    QVERIFY(importInto(plain));
    const QList<qint64> ids = plain.itemIds({}, 3);
    QVERIFY(anna.setRead(ids, true));
    QVERIFY(berit.setStarred(ids.mid(0, 1), true));
    Label label{0, u"Budget"_s, {}, 0};
    QVERIFY(anna.createLabel(label));
    ItemFilter unread;
    unread.unreadOnly = true;
    const qint64 total = plain.itemCount();
    QCOMPARE(anna.itemCount(unread), total - 3);
    QCOMPARE(berit.itemCount(unread), total);
    QCOMPARE(plain.itemCount(unread), total);
    QCOMPARE(berit.labels().size(), 0);
    QCOMPARE(plain.labels().size(), 0);
    QVERIFY(berit.item(ids.first()).starred);
    QVERIFY(!anna.item(ids.first()).starred);
    // As the server keeps them: role/NAME.
    QString error;
    QCOMPARE(PgTestSupport::firstValue(u"pgstore_named"_s, u"SELECT string_agg(DISTINCT person, ',' ORDER BY person) "
                                                          u"FROM marks"_s,
                                       {}, error),
             u"alice/Anna Ek,alice/Berit"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestPgStore::rowsOfOthersUnseen()
{
    // Row-level security: whatever SQL bob runs, alice's rows are not his.
    NewsStore alice;
    QVERIFY(importedByAlice(alice, u"rls"_s));
    const QList<qint64> ids = alice.itemIds({}, 2);
    QVERIFY(alice.setRead(ids, true));
    Label label{0, u"Hemligt"_s, {}, 0};
    QVERIFY(alice.createLabel(label));
    QVERIFY(alice.setMarks({MarkChange::Mark::Label, true, ids, label.id}, true));
    QVERIFY(alice.setNote(ids.first(), u"bara min"_s));
    QString error;
    const auto asBob = [&](const QString &sql) { return PgTestSupport::firstValue(u"pgstore_rls"_s, sql, u"bob"_s, error); };
    QCOMPARE(asBob(u"SELECT count(*) FROM marks"_s), u"0"_s);
    QCOMPARE(asBob(u"SELECT count(*) FROM labels"_s), u"0"_s);
    QCOMPARE(asBob(u"SELECT count(*) FROM item_labels"_s), u"0"_s);
    QCOMPARE(asBob(u"SELECT count(*) FROM notes"_s), u"0"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    asBob(u"UPDATE marks SET read = false WHERE person = 'alice'"_s);
    asBob(u"DELETE FROM notes"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Writing a row as another person is refused by the server.
    asBob(u"INSERT INTO marks(person, key, read) SELECT 'alice', key, true FROM items LIMIT 1"_s);
    QVERIFY2(error.contains(u"row-level security"_s), qPrintable(error));
    ItemFilter read;
    read.unreadOnly = true;
    QCOMPARE(alice.itemCount(read), alice.itemCount() - 2);
    QCOMPARE(alice.note(ids.first()), u"bara min"_s);
}

void TestPgStore::stateLikeSqlite()
{
    QVERIFY(m_pg.setNote(m_pg.itemIds({}, 1).value(0), u"Läs igen"_s));
    QVERIFY(m_sqlite.setNote(m_sqlite.itemIds({}, 1).value(0), u"Läs igen"_s));
    QVERIFY(m_pg.setLastVisit(1'750'000'000'000));
    QVERIFY(m_sqlite.setLastVisit(1'750'000'000'000));
    const StateSnapshot pg = m_pg.stateSnapshot();
    QVERIFY2(!m_pg.lastReadFailed(), qPrintable(m_pg.readError()));
    const StateSnapshot sqlite = m_sqlite.stateSnapshot();
    QVERIFY(pg.items.size() > 20);
    QCOMPARE(pg.items, sqlite.items);
    QCOMPARE(labelRows(pg.labels), labelRows(sqlite.labels));
    QCOMPARE(pg.views.size(), sqlite.views.size());
    QCOMPARE(pg.lastVisit, sqlite.lastVisit);
}

void TestPgStore::stateMergedLikeSqlite()
{
    // The SQLite cache's state, merged into a fresh archive and a fresh cache
    // that hold the same items and marks of their own: the same changes.
    StateSnapshot state = m_sqlite.stateSnapshot();
    QVERIFY(!state.items.isEmpty());
    state.items.append(state.items.first()); // a key twice: joined
    state.items.last().note = u"En annan anteckning"_s;
    state.views.append(SavedView{0, u"Ny vy"_s, 9, ItemFilter{}});
    const QString address = fresh(u"merged"_s);
    QVERIFY(!address.isEmpty());
    NewsStore pg;
    QVERIFY2(pg.open(address), qPrintable(pg.errorString()));
    NewsStore sqlite;
    QVERIFY2(sqlite.open(m_dir.filePath(u"merged.sqlite"_s)), qPrintable(sqlite.errorString()));
    for (NewsStore *store : {&pg, &sqlite}) {
        QVERIFY(importInto(*store));
        QVERIFY(store->setRead(store->itemIds({}, 5), true));
        QVERIFY(store->setNote(store->itemIds({}, 1).value(0), u"Min egen"_s));
    }
    StateMerge fromPg;
    QVERIFY2(pg.mergeState(state, fromPg), qPrintable(pg.errorString()));
    StateMerge fromSqlite;
    QVERIFY2(sqlite.mergeState(state, fromSqlite), qPrintable(sqlite.errorString()));
    QCOMPARE(fromPg.items, fromSqlite.items);
    QCOMPARE(fromPg.labelsAdded, fromSqlite.labelsAdded);
    QCOMPARE(fromPg.viewsAdded, fromSqlite.viewsAdded);
    QCOMPARE(fromPg.viewsReplaced, fromSqlite.viewsReplaced);
    QCOMPARE(fromPg.notesJoined, fromSqlite.notesJoined);
    QVERIFY(fromPg.items > 0);
    QCOMPARE(fromPg.viewsAdded, qint64(2));
    QCOMPARE(pg.stateSnapshot().items, sqlite.stateSnapshot().items);
    QCOMPARE(labelRows(pg.labels()), labelRows(sqlite.labels()));
    QCOMPARE(pg.lastVisit(), sqlite.lastVisit());
    // Merged again: nothing more changes.
    QVERIFY(pg.mergeState(state, fromPg));
    QCOMPARE(fromPg.items, qint64(0));
    QCOMPARE(fromPg.labelsAdded + fromPg.viewsAdded + fromPg.viewsReplaced, qint64(0));
    // A name the archive would refuse: nothing merged, the archive named.
    StateSnapshot refused;
    refused.labels.append(Label{0, u"   "_s, {}, 0, 0, 0});
    QVERIFY(!pg.mergeState(refused, fromPg));
    QVERIFY2(pg.errorString().contains(u"Cannot merge into the shared archive postgresql://"_s),
             qPrintable(pg.errorString()));
}

void TestPgStore::readOnlyArchiveSaysSo()
{
    // As a read replica answers (read_only_sql_transaction): reads work, a
    // mark is refused with a sentence that says why.
    QVERIFY(ownerMade(u"readonly"_s));
    {
        NewsStore owner;
        QVERIFY(openAs(owner, u"readonly"_s, {}));
        QVERIFY(importInto(owner));
    }
    // (Sorted by source, as the owner's connection answers before.)
    ItemFilter bySource;
    bySource.sort = ItemFilter::Sort::Source;
    QStringList sourceOrder;
    QStringList sourcePage;
    {
        NewsStore alice;
        QVERIFY(openAs(alice, u"readonly"_s, u"alice"_s));
        sourceOrder = titles(alice, alice.itemIds(bySource));
        sourcePage = titles(alice, alice.itemIds(bySource, 7, 40));
    }
    QCOMPARE(sourceOrder.size(), 49);
    QCOMPARE(PgTestSupport::execute(u"postgres"_s, u"ALTER DATABASE pgstore_readonly SET "
                                                   u"default_transaction_read_only = on"_s),
             QString());
    NewsStore alice;
    QVERIFY(openAs(alice, u"readonly"_s, u"alice"_s));
    QCOMPARE(alice.itemCount(), qint64(49));
    QVERIFY(!alice.lastReadFailed());
    ItemFilter search;
    search.search = u"trafik"_s;
    QVERIFY(!alice.itemIds(search).isEmpty());
    // A sort by source writes nothing (a replica refuses a temporary table).
    QCOMPARE(titles(alice, alice.itemIds(bySource)), sourceOrder);
    QVERIFY2(!alice.lastReadFailed(), qPrintable(alice.readError()));
    QCOMPARE(titles(alice, alice.itemIds(bySource, 7, 40)), sourcePage);
    QCOMPARE(sourcePage, sourceOrder.mid(40, 7));
    QVERIFY(!alice.setRead(alice.itemIds({}, 1), true));
    QVERIFY2(alice.errorString().contains(u"may only be read here"_s), qPrintable(alice.errorString()));
}

void TestPgStore::stateExportIsOneMoment()
{
    // What a person exports is read in one read-only transaction at
    // REPEATABLE READ: a policy (made by the owner) shows alice's last visit
    // and her labels only to such a transaction, so the export holds them
    // and the reads outside it do not.
    NewsStore alice;
    QVERIFY(importedByAlice(alice, u"moment"_s));
    QVERIFY(alice.setRead(alice.itemIds({}, 3), true));
    QVERIFY(alice.setNote(alice.itemIds({}, 1).value(0), u"En anteckning"_s));
    Label later{0, u"Läs senare"_s, {}, 0};
    QVERIFY2(alice.createLabel(later), qPrintable(alice.errorString()));
    QVERIFY(alice.setLastVisit(1'750'000'000'000));
    const StateSnapshot before = alice.stateSnapshot();
    QVERIFY2(!alice.lastReadFailed(), qPrintable(alice.readError()));
    const QString oneMoment = u"current_setting('transaction_isolation') = 'repeatable read' "
                              u"AND current_setting('transaction_read_only') = 'on'"_s;
    for (const QString &table : {u"visits"_s, u"labels"_s}) {
        QCOMPARE(PgTestSupport::execute(u"pgstore_moment"_s, u"CREATE POLICY one_moment ON %1 AS RESTRICTIVE "
                                                             u"FOR SELECT USING (%2)"_s.arg(table, oneMoment)),
                 QString());
    }
    QCOMPARE(alice.lastVisit(), qint64(0));
    QVERIFY(alice.labels().isEmpty());
    const StateSnapshot exported = alice.stateSnapshot();
    QVERIFY2(!alice.lastReadFailed(), qPrintable(alice.readError()));
    QCOMPARE(exported.lastVisit, qint64(1'750'000'000'000));
    QCOMPARE(labelRows(exported.labels), labelRows(before.labels));
    QCOMPARE(exported.items, before.items);
    QCOMPARE(exported.items.size(), 3); // read, one of them with the note
    // The export ended its transaction: a mark written after it is kept.
    QVERIFY(alice.setStarred(alice.itemIds({}, 1), true));
    QCOMPARE(starredMarks(u"moment"_s), u"1"_s);
}

void TestPgStore::stateExportFailureEndsItsTransaction()
{
    // A read that fails inside the export (a policy that divides by zero in
    // a REPEATABLE READ transaction only) fails the export with the server's
    // sentence; the transaction is ended: the connection reads and writes on.
    NewsStore alice;
    QVERIFY(importedByAlice(alice, u"momentfails"_s));
    QVERIFY(alice.setNote(alice.itemIds({}, 1).value(0), u"En anteckning"_s));
    QCOMPARE(PgTestSupport::execute(u"pgstore_momentfails"_s,
                                    u"CREATE POLICY fails_inside ON notes AS RESTRICTIVE FOR SELECT USING (1 / CASE "
                                    u"current_setting('transaction_isolation') WHEN 'repeatable read' THEN 0 ELSE 1 "
                                    u"END = 1)"_s),
             QString());
    QCOMPARE(alice.itemCount(), qint64(49));
    const StateSnapshot exported = alice.stateSnapshot();
    QVERIFY(alice.lastReadFailed());
    QVERIFY2(alice.readError().contains(u"division by zero"_s), qPrintable(alice.readError()));
    QVERIFY(exported.items.isEmpty());
    QCOMPARE(alice.itemCount(), qint64(49));
    QVERIFY2(!alice.lastReadFailed(), qPrintable(alice.readError()));
    QVERIFY(alice.setStarred(alice.itemIds({}, 2), true));
    QCOMPARE(starredMarks(u"momentfails"_s), u"2"_s);
    // Without the failing policy the same connection exports again.
    QCOMPARE(PgTestSupport::execute(u"pgstore_momentfails"_s, u"DROP POLICY fails_inside ON notes"_s), QString());
    QCOMPARE(alice.stateSnapshot().items.size(), 2); // starred, one of them with the note
    QVERIFY2(!alice.lastReadFailed(), qPrintable(alice.readError()));
}

void TestPgStore::olderArchiveNotUpgradedByOthers()
{
    // An archive one schema older than this newsdesk: alice (not its owner)
    // is told so, and nothing is tried or changed.
    QVERIFY(ownerMade(u"older"_s));
    QCOMPARE(PgTestSupport::execute(u"pgstore_older"_s,
                                    u"UPDATE newsdesk_schema SET version = %1"_s.arg(PgSchema::Version - 1)),
             QString());
    NewsStore alice;
    QVERIFY(!openAs(alice, u"older"_s, u"alice"_s));
    QCOMPARE(alice.failure(), StoreFailure::NotWritable);
    QVERIFY2(alice.errorString().contains(u"has schema %1; this newsdesk needs %2"_s.arg(PgSchema::Version - 1)
                                                  .arg(PgSchema::Version)),
             qPrintable(alice.errorString()));
    QString error;
    QCOMPARE(PgTestSupport::firstValue(u"pgstore_older"_s, u"SELECT version FROM newsdesk_schema"_s, {}, error),
             QString::number(PgSchema::Version - 1));
}

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
