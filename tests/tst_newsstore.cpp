#include "storetestsupport.h"

#include "models/importing/newsimporter.h"
#include "models/store/newsstore.h"
#include "models/store/sqlite/searchindex.h"
#include "models/store/sqlite/sqliteschema.h"
#include "models/store/sqlite/statedatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The SQLite cache: opening and migrating it, reading it (filters, counts,
// search), each test on a fresh database in its own temporary folder.
class TestNewsStore final : public QObject, private StoreTestFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void migrationFromSchema1();
    void filesSayWhatTheyAre();
    void migrationScriptStatements();
    void refused_data();
    void refused();
    void filters_data();
    void filters();
    void setReadWhere();
    void facetedCategoryCounts();
    void textIsData();
    void categoryMarkInTextIsText();
    void longPrefixSeesNewTerms();
    void staleEntriesAreLeftOut();
    void longPrefixSeesOtherConnectionsImport();
    void oldCacheSearchesReadOnly();

private:
    void importFilterFixture();
};

namespace {

// A database written by someone else, with the tables and version given.
bool makeForeignDatabase(const QString &path, int userVersion)
{
    const QString connection = u"tst-foreign"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(u"CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)"_s)
                    && q.exec(u"INSERT INTO notes(text) VALUES ('hello')"_s)
                    && q.exec(u"PRAGMA user_version = %1"_s.arg(userVersion));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace

// A cache and its state database carry different application ids, and the
// state database names the cache it belongs to (review finding 1.3).
void TestNewsStore::filesSayWhatTheyAre()
{
    QSqlQuery q(storeConnection(*m_store));
    QVERIFY(q.exec(u"PRAGMA main.application_id"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), SqliteSchema::CacheId);
    QVERIFY(q.exec(u"PRAGMA state.application_id"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), SqliteSchema::StateId);
    QVERIFY(q.exec(u"SELECT name FROM state.cache"_s) && q.next());
    QCOMPARE(q.value(0).toString(), QFileInfo(m_dbPath).fileName());
    QVERIFY(StateDatabase::belongsTo(m_dbPath));
    QVERIFY(!StateDatabase::isStateFile(m_dbPath));
    QVERIFY(StateDatabase::isStateFile(StateDatabase::pathFor(m_dbPath)));
    QVERIFY(StateDatabase::isStateFile(StateDatabase::todaysBackup(m_dbPath)));
    QVERIFY(StateDatabase::pathFor(u"/x/a.db"_s) != StateDatabase::pathFor(u"/x/a.sqlite"_s));
    QVERIFY(StateDatabase::pathFor(u"/x/a.db.sqlite"_s) != StateDatabase::pathFor(u"/x/a.db"_s));
}

void TestNewsStore::migrationScriptStatements()
{
    const QString script = u"-- a comment; with a semicolon\nCREATE TABLE a(x);\n-- another\n"
                           u"INSERT INTO a VALUES (1);\nCOMMIT;\n\nDROP TABLE a;\n"_s;
    const QStringList statements = SqliteSchema::statements(script);
    QCOMPARE(statements.size(), 4);
    QCOMPARE(statements.at(0).trimmed(), u"CREATE TABLE a(x)"_s);
    QCOMPARE(statements.at(1).trimmed(), u"INSERT INTO a VALUES (1)"_s);
    QCOMPARE(statements.at(2).trimmed(), u"COMMIT"_s);
    QCOMPARE(statements.at(3).trimmed(), u"DROP TABLE a"_s);
}

void TestNewsStore::migrationFromSchema1()
{
    m_store->close();
    const QString path = m_dir->filePath(u"old.sqlite"_s);
    ItemFilter word;
    word.search = u"vaccination "_s;
    ItemFilter prefix;
    prefix.search = u"vacc"_s;
    QList<qint64> wordIds;
    QList<qint64> prefixIds;
    QList<qint64> readIds;
    {
        // The sample in a current cache, with some reader state ...
        const QString currentPath = m_dir->filePath(u"current.sqlite"_s);
        NewsStore current;
        QVERIFY2(current.open(currentPath), qPrintable(current.errorString()));
        NewsImporter importer(current);
        const ImportReport report = importer.importPaths(NewsImporter::sampleFiles());
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        wordIds = current.itemIds(word);
        prefixIds = current.itemIds(prefix);
        readIds = wordIds.mid(0, 2);
        QVERIFY(current.setRead(readIds, true));
        QVERIFY(current.setStarred({readIds.first()}, true));
        current.close();

        // ... copied into the tables of schema 1, as an older newsdesk wrote them.
        NewsStore old;
        QVERIFY2(old.open(path, 1), qPrintable(old.errorString()));
        QCOMPARE(old.schemaVersion(), 1);
        QSqlQuery q(storeConnection(old));
        QVERIFY(q.exec(u"ATTACH DATABASE '%1' AS cur"_s.arg(currentPath)));
        for (const char *table : {"files", "sources", "vocabulary"})
            QVERIFY2(q.exec(u"INSERT INTO main.%1 SELECT * FROM cur.%1"_s.arg(QLatin1StringView(table))),
                     qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"INSERT INTO main.items SELECT id, key, title, summary, title_key, sort_key FROM cur.items"_s),
                 qPrintable(q.lastError().text()));
        // The marks: in the current cache's state database, in the old cache's own table.
        QVERIFY(q.exec(u"ATTACH DATABASE '%1' AS curstate"_s.arg(NewsStore::statePath(currentPath))));
        QVERIFY2(q.exec(u"INSERT INTO main.item_state SELECT * FROM curstate.item_state"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"DETACH DATABASE curstate"_s));
        QVERIFY(q.exec(u"INSERT INTO main.categories(id, name) SELECT id, name FROM cur.categories"_s));
        QVERIFY(q.exec(u"INSERT INTO main.item_categories(category_id, item_id) "
                       u"SELECT category_id, item_id FROM cur.item_categories"_s));
        QVERIFY(q.exec(u"INSERT INTO main.items_fts(items_fts) VALUES ('rebuild')"_s));
        QVERIFY(q.exec(u"DETACH DATABASE cur"_s));
        q.finish();
        QVERIFY(q.exec(u"SELECT count(*) FROM items"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 47);
    }
    QVERIFY(!wordIds.isEmpty());
    QVERIFY(prefixIds.size() > wordIds.size());

    NewsStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), NewsStore::SchemaVersion);
    QCOMPARE(store.itemCount(), 47);
    QCOMPARE(store.categoryCounts().size(), SampleCounts.size());
    for (const CategoryCount &c : store.categoryCounts())
        QCOMPARE(c.count, SampleCounts.value(c.name));
    QCOMPARE(store.itemIds(word), wordIds);
    QCOMPARE(store.itemIds(prefix), prefixIds);
    // Schema 5 indexes categories too: a word within categories is one index query.
    ItemFilter wordInCategories = word;
    wordInCategories.categories = {u"Kultur"_s, u"Hälso- och sjukvård"_s};
    QList<qint64> expected;
    for (const NewsItem &item : store.items(wordIds)) {
        if (item.categories.contains(u"Kultur"_s) || item.categories.contains(u"Hälso- och sjukvård"_s))
            expected.append(item.id);
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(store.itemIds(wordInCategories), expected);
    ItemFilter two;
    two.search = u"va"_s; // the shortest prefix the schema-2 index holds
    QVERIFY(store.itemCount(two) >= prefixIds.size());
    ItemFilter read;
    read.unreadOnly = true;
    QCOMPARE(store.itemCount(read), 47 - readIds.size());
    QVERIFY(store.item(readIds.first()).starred);

    QSqlQuery q(storeConnection(store));
    QVERIFY(q.exec(u"SELECT sql FROM sqlite_schema WHERE name = 'items_fts'"_s) && q.next());
    QVERIFY2(q.value(0).toString().contains(u"prefix"_s), qPrintable(q.value(0).toString()));
    // Schema 10: the term list holds the index's words (not its category tokens).
    QVERIFY(q.exec(u"CREATE VIRTUAL TABLE temp.tst_vocabulary USING fts5vocab(main, items_fts, row)"_s));
    QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM search_terms), (SELECT count(*) FROM temp.tst_vocabulary "
                   u"WHERE substr(term, 1, 1) <> char(57344)), (SELECT count(*) FROM search_terms "
                   u"WHERE term NOT IN (SELECT term FROM temp.tst_vocabulary))"_s) && q.next());
    QVERIFY(q.value(0).toInt() > 100);
    QCOMPARE(q.value(0).toInt(), q.value(1).toInt());
    QCOMPARE(q.value(2).toInt(), 0);
    // Schema 7: the index gathers 16 MB of new entries before it writes a segment.
    QVERIFY(q.exec(u"SELECT v FROM items_fts_config WHERE k = 'hashsize'"_s) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 16777216);
    q.finish();

    // Importing into the migrated cache goes on as before.
    NewsImporter importer(store);
    QCOMPARE(importer.importPaths(NewsImporter::sampleFiles()).skipped.size(), 3);
}

void TestNewsStore::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("newer schema") << u"newer"_s << u"newer"_s;
    QTest::newRow("text file") << u"text"_s << u"not a newsdesk cache"_s;
    QTest::newRow("another program's SQLite file") << u"foreign"_s << u"not a newsdesk cache"_s;
}

void TestNewsStore::refused()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);

    const QString path = m_dir->filePath(u"other.sqlite"_s);
    QByteArray text;
    if (kind == u"newer" || kind == u"foreign") {
        QVERIFY(makeForeignDatabase(path, kind == u"newer" ? 99 : 0));
        // A refused file is not changed at all (not even switched to WAL).
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        text = file.readAll();
    } else {
        text = QByteArray("Nyheter\n\n \xE2\x80\xA2 Detta \xC3\xA4r en textfil, ingen databas.\n").repeated(20);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
    }

    NewsStore store;
    QVERIFY(!store.open(path));
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorString().contains(message), qPrintable(store.errorString()));
    QVERIFY(store.errorString().contains(path));
    if (!text.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), text);
    }
}

void TestNewsStore::importFilterFixture()
{
    writeListing(u"a.txt"_s, {{u"Året som gått"_s, u"Sammanfattning av år 2021."_s, u"Kultur"_s},
                              {u"Arbete pågår"_s, u"Nya arbeten startar i vår."_s, u"Ekonomi och budget"_s},
                              {u"Zebra i parken"_s, u"Djur flyttar in."_s, u"KulturStöd"_s},
                              {u"Älgar på vägen"_s, u"Trafiken påverkas."_s, u"Kollektivtrafik"_s},
                              {u"Örebro får spårvagn"_s, u"Planer för ny trafik."_s,
                               u"KollektivtrafikEkonomi och budget"_s},
                              {u"ankor"_s, u"Inga nyheter om ankor."_s, u"Stöd"_s}});
    const ImportReport report = importFolder();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(m_store->itemCount(), 6);
    QVERIFY(m_store->setRead({idOf(u"Zebra i parken"_s), idOf(u"ankor"_s)}, true));
    QVERIFY(m_store->setStarred({idOf(u"Älgar på vägen"_s)}, true));
}

void TestNewsStore::filters_data()
{
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<bool>("all");
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("unread");
    QTest::addColumn<bool>("starred");
    QTest::addColumn<bool>("byTitle");
    QTest::addColumn<QStringList>("titles");

    const QString year = u"Året som gått"_s;
    const QString work = u"Arbete pågår"_s;
    const QString zebra = u"Zebra i parken"_s;
    const QString moose = u"Älgar på vägen"_s;
    const QString tram = u"Örebro får spårvagn"_s;
    const QString ducks = u"ankor"_s;
    const QStringList none;

    QTest::newRow("everything, listing order")
            << none << false << QString() << false << false << false
            << QStringList{year, work, zebra, moose, tram, ducks};
    QTest::newRow("one category") << QStringList{u"Kultur"_s} << false << QString() << false << false << false
                                  << QStringList{year, zebra};
    QTest::newRow("any of two") << QStringList{u"Kultur"_s, u"Stöd"_s} << false << QString() << false << false
                                << false << QStringList{year, zebra, ducks};
    QTest::newRow("all of two") << QStringList{u"Kultur"_s, u"Stöd"_s} << true << QString() << false << false
                                << false << QStringList{zebra};
    QTest::newRow("all of two, split line")
            << QStringList{u"Ekonomi och budget"_s, u"Kollektivtrafik"_s} << true << QString() << false << false
            << false << QStringList{tram};
    QTest::newRow("all of one") << QStringList{u"Stöd"_s} << true << QString() << false << false << false
                                << QStringList{zebra, ducks};
    QTest::newRow("unknown category") << QStringList{u"Sport"_s} << false << QString() << false << false << false
                                      << none;
    QTest::newRow("any with an unknown one") << QStringList{u"Sport"_s, u"Kultur"_s} << false << QString() << false
                                             << false << false << QStringList{year, zebra};
    QTest::newRow("all with an unknown one") << QStringList{u"Sport"_s, u"Kultur"_s} << true << QString() << false
                                             << false << false << none;

    QTest::newRow("search prefix ar: not år") << none << false << u"ar"_s << false << false << false
                                              << QStringList{work};
    QTest::newRow("search ar and a space: the same") << none << false << u"ar "_s << false << false << false
                                                     << QStringList{work};
    QTest::newRow("search prefix år") << none << false << u"år"_s << false << false << false << QStringList{year};
    QTest::newRow("search word år") << none << false << u"år "_s << false << false << false << QStringList{year};
    QTest::newRow("search capital ÅR") << none << false << u"ÅR "_s << false << false << false << QStringList{year};
    QTest::newRow("search ä is not a") << none << false << u"algar "_s << false << false << false << none;
    QTest::newRow("search ä") << none << false << u"älgar "_s << false << false << false << QStringList{moose};
    QTest::newRow("search ö is not o") << none << false << u"orebro"_s << false << false << false << none;
    QTest::newRow("search ö") << none << false << u"öre"_s << false << false << false << QStringList{tram};
    QTest::newRow("search decomposed ö") << none << false << u"o\u0308rebro "_s << false << false << false
                                         << QStringList{tram};
    QTest::newRow("search prefix in summary") << none << false << u"trafik"_s << false << false << false
                                              << QStringList{moose, tram};
    QTest::newRow("search compound part in summary") << none << false << u"trafik "_s << false << false << false
                                                     << QStringList{moose, tram};
    QTest::newRow("search inside a word") << none << false << u"bra "_s << false << false << false
                                          << QStringList{zebra};
    QTest::newRow("search 2 characters inside a word: nothing") << none << false << u"ra"_s << false << false
                                                                << false << none;
    QTest::newRow("search long prefix") << none << false << u"spårvag"_s << false << false << false
                                        << QStringList{tram};
    QTest::newRow("search long prefix, capitals") << none << false << u"SPÅRVAG"_s << false << false << false
                                                  << QStringList{tram};
    QTest::newRow("search word and long prefix") << none << false << u"får spårvag"_s << false << false << false
                                                 << QStringList{tram};
    QTest::newRow("search long prefix, no such term") << none << false << u"spårvagnen"_s << false << false
                                                      << false << none;
    QTest::newRow("search long prefix in categories")
            << QStringList{u"Kollektivtrafik"_s, u"Stöd"_s} << false << u"spårvag"_s << false << false << false
            << QStringList{tram};
    QTest::newRow("search long prefix, unread") << none << false << u"sammanfattn"_s << true << false << false
                                                << QStringList{year};
    QTest::newRow("search two words") << none << false << u"nya vå"_s << false << false << false
                                      << QStringList{work};
    QTest::newRow("search two words, one missing") << none << false << u"nya ankor"_s << false << false << false
                                                   << none;
    QTest::newRow("search FTS syntax is text") << none << false << u"ankor OR zebra"_s << false << false << false
                                               << none;
    QTest::newRow("search excluded unclosed phrase") << none << false << u"-\"ankor"_s << false << false << false
                                                     << QStringList{year, work, zebra, moose, tram};
    QTest::newRow("search a category's word") << none << false << u"kollektivtrafik"_s << false << false << false
                                              << QStringList{moose, tram};
    QTest::newRow("search phrase") << none << false << u"\"får spårvagn\""_s << false << false << false
                                   << QStringList{tram};
    QTest::newRow("search phrase, other order") << none << false << u"\"spårvagn får\""_s << false << false
                                                << false << none;
    QTest::newRow("search punctuation only") << none << false << u"*\"()"_s << false << false << false
                                             << QStringList{year, work, zebra, moose, tram, ducks};

    QTest::newRow("unread") << none << false << QString() << true << false << false
                            << QStringList{year, work, moose, tram};
    QTest::newRow("starred") << none << false << QString() << false << true << false << QStringList{moose};
    QTest::newRow("unread and starred") << none << false << QString() << true << true << false
                                        << QStringList{moose};
    QTest::newRow("category, search, unread")
            << QStringList{u"Kultur"_s, u"Kollektivtrafik"_s} << false << u"trafik"_s << true << false << false
            << QStringList{moose, tram};
    QTest::newRow("category and search") << QStringList{u"Kultur"_s} << false << u"djur"_s << false << false
                                         << false << QStringList{zebra};
    QTest::newRow("any of two and search") << QStringList{u"Kultur"_s, u"Kollektivtrafik"_s} << false << u"trafik"_s
                                           << false << false << false << QStringList{moose, tram};
    QTest::newRow("all of two and search")
            << QStringList{u"Ekonomi och budget"_s, u"Kollektivtrafik"_s} << true << u"spår"_s << false << false
            << false << QStringList{tram};
    QTest::newRow("all of two and a missing word")
            << QStringList{u"Ekonomi och budget"_s, u"Kollektivtrafik"_s} << true << u"djur "_s << false << false
            << false << none;
    QTest::newRow("any of three") << QStringList{u"Kultur"_s, u"Stöd"_s, u"Kollektivtrafik"_s} << false << QString()
                                  << false << false << false << QStringList{year, zebra, moose, tram, ducks};
    QTest::newRow("search, unknown category") << QStringList{u"Sport"_s} << false << u"trafik"_s << false << false
                                              << false << none;

    QTest::newRow("by title, Swedish order") << none << false << QString() << false << false << true
                                             << QStringList{ducks, work, zebra, year, moose, tram};
    QTest::newRow("by title, one category")
            << QStringList{u"Kollektivtrafik"_s, u"Stöd"_s} << false << QString() << false << false << true
            << QStringList{ducks, zebra, moose, tram};
}

void TestNewsStore::filters()
{
    QFETCH(QStringList, categories);
    QFETCH(bool, all);
    QFETCH(QString, search);
    QFETCH(bool, unread);
    QFETCH(bool, starred);
    QFETCH(bool, byTitle);
    QFETCH(QStringList, titles);

    importFilterFixture();
    ItemFilter filter;
    filter.categories = categories;
    filter.match = all ? ItemFilter::Match::All : ItemFilter::Match::Any;
    filter.search = search;
    filter.unreadOnly = unread;
    filter.starredOnly = starred;
    filter.sort = byTitle ? ItemFilter::Sort::Title : ItemFilter::Sort::Listing;

    QCOMPARE(this->titles(filter), titles);
    QCOMPARE(m_store->itemCount(filter), titles.size());
}

void TestNewsStore::setReadWhere()
{
    QVERIFY2(importSample().error.isEmpty(), "sample import failed");
    ItemFilter unread;
    unread.unreadOnly = true;
    QCOMPARE(m_store->itemCount(unread), 47);

    // One call marks every item of a category.
    ItemFilter health;
    health.categories = {u"Hälso- och sjukvård"_s};
    QVERIFY2(m_store->setReadWhere(health, true), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->itemCount(unread), 47 - 26);
    ItemFilter healthUnread = health;
    healthUnread.unreadOnly = true;
    QCOMPARE(m_store->itemCount(healthUnread), 0);

    // A filter with bound values (categories, all, search) marks exactly its items unread again.
    ItemFilter narrow;
    narrow.categories = {u"Hälso- och sjukvård"_s, u"Organisation och styrning"_s};
    narrow.match = ItemFilter::Match::All;
    narrow.search = u"region"_s;
    const QList<qint64> narrowIds = m_store->itemIds(narrow);
    QVERIFY(!narrowIds.isEmpty());
    QVERIFY(m_store->setReadWhere(narrow, false));
    QCOMPARE(m_store->itemCount(unread), 47 - 26 + narrowIds.size());
    ItemFilter narrowUnread = narrow;
    narrowUnread.unreadOnly = true;
    QCOMPARE(m_store->itemIds(narrowUnread), narrowIds);

    // The whole cache at once, and nothing when nothing matches.
    QVERIFY(m_store->setReadWhere({}, true));
    QCOMPARE(m_store->itemCount(unread), 0);
    ItemFilter nothing;
    nothing.categories = {u"Sport"_s};
    QVERIFY(m_store->setReadWhere(nothing, false));
    QCOMPARE(m_store->itemCount(unread), 0);
    QVERIFY(m_store->setReadWhere(unread, true)); // filter on the state it changes
    ItemFilter starred;
    starred.starredOnly = true;
    QCOMPARE(m_store->itemCount(starred), 0);
}

void TestNewsStore::facetedCategoryCounts()
{
    importFilterFixture();
    const QMap<QString, qint64> full{
            {u"Kultur"_s, 2}, {u"Stöd"_s, 2}, {u"Ekonomi och budget"_s, 2}, {u"Kollektivtrafik"_s, 2}};
    QCOMPARE(counts(), full);

    // The category part of the filter does not narrow its own counts.
    ItemFilter kultur;
    kultur.categories = {u"Kultur"_s};
    kultur.match = ItemFilter::Match::All;
    QCOMPARE(counts(kultur), full);

    // The rest of the filter does.
    ItemFilter search = kultur;
    search.search = u"trafik"_s;
    QCOMPARE(counts(search), (QMap<QString, qint64>{{u"Kultur"_s, 0}, {u"Stöd"_s, 0},
                                                    {u"Ekonomi och budget"_s, 1}, {u"Kollektivtrafik"_s, 2}}));
    // Counts no longer wanted are abandoned (an empty result, not a failure).
    int asked = 0;
    QVERIFY(m_store->categoryCounts(search, [&] { return ++asked > 0; }).isEmpty());
    QVERIFY(asked > 0);
    QVERIFY(!m_store->lastReadFailed());
    QCOMPARE(counts(search), (QMap<QString, qint64>{{u"Kultur"_s, 0}, {u"Stöd"_s, 0},
                                                    {u"Ekonomi och budget"_s, 1}, {u"Kollektivtrafik"_s, 2}}));
    ItemFilter unread;
    unread.unreadOnly = true;
    QCOMPARE(counts(unread), (QMap<QString, qint64>{{u"Kultur"_s, 1}, {u"Stöd"_s, 0},
                                                    {u"Ekonomi och budget"_s, 2}, {u"Kollektivtrafik"_s, 2}}));
    ItemFilter starred;
    starred.starredOnly = true;
    starred.search = u"vägen"_s;
    QCOMPARE(counts(starred), (QMap<QString, qint64>{{u"Kultur"_s, 0}, {u"Stöd"_s, 0},
                                                     {u"Ekonomi och budget"_s, 0}, {u"Kollektivtrafik"_s, 1}}));

    // Sorted by count, then name.
    QStringList order;
    for (const CategoryCount &c : m_store->categoryCounts(search))
        order.append(c.name);
    QCOMPARE(order, (QStringList{u"Kollektivtrafik"_s, u"Ekonomi och budget"_s, u"Kultur"_s, u"Stöd"_s}));
}

void TestNewsStore::textIsData()
{
    const QString title = u"<script>alert('x')</script>"_s;
    const QString summary = u"Robert'); DROP TABLE items;-- & <b>fet</b> \"citat\"."_s;
    writeListing(u"a.txt"_s, {{title, summary, u"Kultur<i>"_s}});
    QVERIFY(importFolder().error.isEmpty());
    const NewsItem item = m_store->item(idOf(title));
    QCOMPARE(item.title, title);
    QCOMPARE(item.summary, summary);
    QCOMPARE(item.categories, QStringList{u"Kultur<i>"_s});
    ItemFilter filter;
    filter.categories = {u"Kultur<i>"_s};
    filter.search = u"'); DROP TABLE items;--"_s; // searched for as words
    QCOMPARE(m_store->itemCount(filter), 1);
    filter.search = u"script alert"_s;
    QCOMPARE(m_store->itemCount(filter), 1);
    filter.search = u"'); DROP TABLE files;--"_s;
    QCOMPARE(m_store->itemCount(filter), 0);
    QCOMPARE(m_store->itemCount(), 1);
}

// The index keys categories with a private use character; item text holding
// that character must stay text and never put an item in a category.
void TestNewsStore::categoryMarkInTextIsText()
{
    writeListing(u"a.txt"_s, {{u"Kultur i parken"_s, u"Vanlig text."_s, u"Kultur"_s},
                              {u"Stöd till föreningar"_s, u"Mer text."_s, u"Stöd"_s}});
    QVERIFY(importFolder().error.isEmpty());
    qint64 kultur = 0;
    {
        QSqlQuery q(storeConnection(*m_store));
        QVERIFY(q.exec(u"SELECT id FROM categories WHERE name = 'Kultur'"_s) && q.next());
        kultur = q.value(0).toLongLong();
    }
    const QString mark = QChar(0xE000) + QString::number(kultur);
    writeListing(u"b.txt"_s, {{u"Falsk %1 kategori"_s.arg(mark), u"Text med %1 i sig."_s.arg(mark), u"Stöd"_s}});
    QVERIFY(importFolder().error.isEmpty());
    QVERIFY(ftsMatchesContent());

    ItemFilter filter;
    filter.categories = {u"Kultur"_s, u"Stöd"_s};
    filter.match = ItemFilter::Match::All;
    QCOMPARE(titles(filter), QStringList());
    filter.search = u"text"_s;
    QCOMPARE(m_store->itemCount(filter), 0);
    filter.match = ItemFilter::Match::Any;
    QCOMPARE(titles(filter).size(), 3);
    ItemFilter word;
    word.search = u"falsk"_s;
    QCOMPARE(titles(word), QStringList{u"Falsk %1 kategori"_s.arg(mark)});
}

// A prefix longer than the index's is spelled out as the index's terms; terms
// a later import brings are found too.
void TestNewsStore::longPrefixSeesNewTerms()
{
    writeListing(u"a.txt"_s, {{u"Spårvagnar i staden"_s, u"Text."_s, u"Kollektivtrafik"_s}});
    QVERIFY(importFolder().error.isEmpty());
    ItemFilter filter;
    filter.search = u"spårvagn"_s;
    QCOMPARE(titles(filter), QStringList{u"Spårvagnar i staden"_s});
    writeListing(u"b.txt"_s, {{u"Spårvagnsdepån byggs"_s, u"Text."_s, u"Kollektivtrafik"_s}});
    QVERIFY(importFolder().error.isEmpty());
    QCOMPARE(titles(filter), (QStringList{u"Spårvagnsdepån byggs"_s, u"Spårvagnar i staden"_s}));
    QCOMPARE(m_store->itemCount(filter), 2);
}

// While an import's index entries wait, the old entries of queued items are
// not shown as the items that hold their keys now.
void TestNewsStore::staleEntriesAreLeftOut()
{
    importThenPrepend();
    QVERIFY(!QTest::currentTestFailed());
    writeListing(u"b.txt"_s, {{u"Sist"_s, u"Om sistord."_s, u"Kultur"_s}});
    QVERIFY(importFolderCancelledBefore(1).cancelled); // stop before b.txt
    QVERIFY(m_store->pendingIndexItems() > 0);
    // Alfa's entry is under the key Ny holds now: the hit is left out, not
    // shown as Ny; Alfa comes back when the queue is written.
    ItemFilter alfa;
    alfa.search = u"alfaord "_s;
    QCOMPARE(titles(alfa), QStringList());
    ItemFilter both;
    both.categories = {u"Kultur"_s, u"Stöd"_s};
    QCOMPARE(m_store->itemCount(both), qint64(titles(both).size()));

    NewsImporter importer(*m_store);
    const ImportReport report = importer.importPaths({m_folder});
    QVERIFY(report.changedCache());
    QVERIFY(ftsMatchesContent());
    QCOMPARE(titles(alfa), QStringList{u"Alfa"_s});
    QCOMPARE(titles(both).size(), 5);
}

// A second connection (the window's, the worker's) sees terms another
// connection's import brought, though it cached the prefix before.
void TestNewsStore::longPrefixSeesOtherConnectionsImport()
{
    writeListing(u"a.txt"_s, {{u"Spårvagnar i staden"_s, u"Text."_s, u"Kollektivtrafik"_s}});
    QVERIFY(importFolder().error.isEmpty());
    ItemFilter filter;
    filter.search = u"spårvagn"_s;
    QCOMPARE(m_store->itemCount(filter), 1);
    writeListing(u"b.txt"_s, {{u"Spårvagnsdepån byggs"_s, u"Text."_s, u"Kollektivtrafik"_s}});
    {
        NewsStore other;
        QVERIFY(other.open(m_store->path()));
        NewsImporter importer(other);
        QVERIFY(importer.importPaths({m_folder}).error.isEmpty());
    }
    QCOMPARE(m_store->itemCount(filter), 2);
    QCOMPARE(titles(filter).size(), 2);
}

// A cache of schema 9 (no term list) opened only to read searches the
// index's own vocabulary instead, with the same result.
void TestNewsStore::oldCacheSearchesReadOnly()
{
    QVERIFY2(importSample().error.isEmpty(), "sample import failed");
    const QStringList searches{u"vacc"_s, u"sjukhus region"_s, u"\"region stockholm\""_s, u"va -covid"_s};
    QList<QList<qint64>> found;
    for (const QString &typed : searches) {
        ItemFilter filter;
        filter.search = typed;
        found.append(m_store->itemIds(filter));
        QVERIFY(!found.last().isEmpty());
    }
    {
        QSqlQuery q(storeConnection(*m_store));
        QVERIFY(q.exec(u"DROP TABLE search_terms"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 9"_s));
    }
    m_store->close();
    NewsStore old;
    QVERIFY2(old.openReadOnly(m_dbPath), qPrintable(old.errorString()));
    QCOMPARE(old.schemaVersion(), 9);
    for (qsizetype i = 0; i < searches.size(); ++i) {
        ItemFilter filter;
        filter.search = searches.at(i);
        QCOMPARE(old.itemIds(filter), found.at(i));
        QCOMPARE(old.itemCount(filter), qint64(found.at(i).size()));
        QVERIFY(!old.lastReadFailed());
    }
}

QTEST_GUILESS_MAIN(TestNewsStore)

#include "tst_newsstore.moc"
