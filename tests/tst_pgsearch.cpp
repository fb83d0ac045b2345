// Issue 17, search on the shared archive: the rules' cases (SearchCases,
// shared with tst_searchstore) asked of PgStore on a throwaway PostgreSQL
// server give exactly what SearchMatcher passes among every item, and the
// same items, in the same order, as the SQLite cache given the same files:
// pages, counts, category counts, with other filters, best match first, a
// note that passes alone. An archive of schema 3 gets its search text when
// migrated, and the words' conditions can be answered by the trigram indexes.

#include "models/importing/newsimporter.h"
#include "models/store/newsstore.h"
#include "models/store/statesnapshot.h"
#include "models/store/postgres/pgfiltersql.h"
#include "pgtestsupport.h"
#include "searchcases.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QStringList titles(const NewsStore &store, const QList<qint64> &ids)
{
    QStringList result;
    for (const NewsItem &item : store.items(ids))
        result.append(item.title);
    return result;
}

QMap<QString, qint64> counts(const NewsStore &store, const ItemFilter &filter)
{
    QMap<QString, qint64> result;
    for (const CategoryCount &c : store.categoryCounts(filter))
        result.insert(c.name, c.count);
    return result;
}

QList<SearchCases::Reference> references(const NewsStore &store)
{
    QList<SearchCases::Reference> items;
    for (const NewsItem &item : store.items(store.itemIds()))
        items.append({item.id, item.title, item.summary, item.categories});
    return items;
}

} // namespace

class TestPgSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameAsTheRules_data();
    void sameAsTheRules();
    void pagesInListingOrder_data();
    void pagesInListingOrder();
    void bestMatchFirst_data();
    void bestMatchFirst();
    void notePassesAlone();
    void patternsAreBound_data();
    void patternsAreBound();
    void wordsUseTheTrigramIndex_data();
    void wordsUseTheTrigramIndex();
    void schemaTwoIsMigrated();

private:
    static void addQueries();
    bool importInto(NewsStore &store, const QStringList &paths);
    // The plan of a search's first page, the search text's indexes preferred.
    QString plan(const QString &database, const ItemFilter &filter);
    // The first column of the last statement's rows (values bound to it), one a line; or the error.
    static QString rows(const QString &database, const QStringList &statements, const QVariantList &values = {});

    QTemporaryDir m_dir;
    NewsStore m_sqlite;
    NewsStore m_pg;
    QList<SearchCases::Reference> m_items; // the archive's items, in listing order
    QString m_rules;
};

bool TestPgSearch::importInto(NewsStore &store, const QStringList &paths)
{
    NewsImporter importer(store);
    const ImportReport report = importer.importPaths(paths);
    if (!report.error.isEmpty())
        qWarning().noquote() << report.error;
    return report.error.isEmpty() && report.rejected.isEmpty();
}

void TestPgSearch::initTestCase()
{
    QString why;
    if (PgTestSupport::serverUrl(why).isEmpty())
        QSKIP(qPrintable(u"PostgreSQL tests skipped: "_s + why));
    QVERIFY(m_dir.isValid());
    m_rules = m_dir.filePath(u"rules.txt"_s);
    QFile rules(m_rules);
    QVERIFY(rules.open(QIODevice::WriteOnly));
    QVERIFY(rules.write(listingOf(SearchCases::ruleItems())) > 0);
    rules.close();
    QString error;
    const QString address = PgTestSupport::freshDatabase(u"pgsearch_rules"_s, error);
    QVERIFY2(!address.isEmpty(), qPrintable(error));
    QVERIFY2(m_pg.open(address), qPrintable(m_pg.errorString()));
    QVERIFY2(m_sqlite.open(m_dir.filePath(u"cache.sqlite"_s)), qPrintable(m_sqlite.errorString()));
    const QStringList paths = NewsImporter::sampleFiles() + QStringList{m_rules};
    QVERIFY(importInto(m_sqlite, paths));
    QVERIFY(importInto(m_pg, paths));
    m_items = references(m_pg);
    QCOMPARE(m_items.size(), 47 + SearchCases::ruleItems().size());
    QCOMPARE(m_sqlite.itemCount(), qint64(m_items.size()));
}

void TestPgSearch::addQueries()
{
    QTest::addColumn<QString>("typed");
    for (const QString &typed : SearchCases::queries())
        QTest::addRow("%s", qPrintable(typed)) << typed;
}

void TestPgSearch::sameAsTheRules_data()
{
    addQueries();
}

void TestPgSearch::sameAsTheRules()
{
    QFETCH(QString, typed);
    const QList<qint64> ids = SearchCases::expected(m_items, typed);
    ItemFilter filter;
    filter.search = typed;
    const QList<qint64> found = m_pg.itemIds(filter);
    QVERIFY2(!m_pg.lastReadFailed(), qPrintable(m_pg.readError()));
    QCOMPARE(found, ids);
    QCOMPARE(titles(m_pg, found), titles(m_sqlite, m_sqlite.itemIds(filter)));
    QCOMPARE(m_pg.itemCount(filter), qint64(ids.size()));
    QCOMPARE(counts(m_pg, filter), SearchCases::expectedCounts(m_items, ids));
    QCOMPARE(counts(m_pg, filter), counts(m_sqlite, filter));
    QVERIFY2(!m_pg.lastReadFailed(), qPrintable(m_pg.readError()));

    // With categories (one, two, any or all of them), unread, by title.
    for (const SearchCases::Narrowed &narrow : SearchCases::narrowedByCategories(m_items, ids, filter)) {
        QCOMPARE(m_pg.itemIds(narrow.filter), narrow.ids);
        QCOMPARE(m_pg.itemCount(narrow.filter), qint64(narrow.ids.size()));
    }
    ItemFilter unread = filter;
    unread.unreadOnly = true;
    QCOMPARE(m_pg.itemIds(unread), ids);
    ItemFilter byTitle = filter;
    byTitle.sort = ItemFilter::Sort::Title;
    QCOMPARE(titles(m_pg, m_pg.itemIds(byTitle)), titles(m_sqlite, m_sqlite.itemIds(byTitle)));
}

void TestPgSearch::pagesInListingOrder_data()
{
    QTest::addColumn<QString>("typed");
    for (const QString &typed : SearchCases::pagedQueries())
        QTest::addRow("%s", qPrintable(typed)) << typed;
}

// Page after page gives the whole list, in order, once each.
void TestPgSearch::pagesInListingOrder()
{
    QFETCH(QString, typed);
    ItemFilter filter;
    filter.search = typed;
    for (ItemFilter::Sort sort : {ItemFilter::Sort::Listing, ItemFilter::Sort::BestMatch}) {
        filter.sort = sort;
        const QList<qint64> whole = m_pg.itemIds(filter);
        QCOMPARE(whole, SearchCases::expected(m_items, typed, sort == ItemFilter::Sort::BestMatch));
        QVERIFY(whole.size() > 6);
        QList<qint64> paged;
        for (qint64 offset = 0; offset < whole.size() + 5; offset += 5)
            paged += m_pg.itemIds(filter, 5, offset);
        QCOMPARE(paged, whole);
    }
}

void TestPgSearch::bestMatchFirst_data()
{
    addQueries();
}

// More positive terms in the title first; within as many, newest first.
void TestPgSearch::bestMatchFirst()
{
    QFETCH(QString, typed);
    const QList<qint64> ids = SearchCases::expected(m_items, typed, true);
    ItemFilter filter;
    filter.search = typed;
    filter.sort = ItemFilter::Sort::BestMatch;
    const QList<qint64> found = m_pg.itemIds(filter);
    QVERIFY2(!m_pg.lastReadFailed(), qPrintable(m_pg.readError()));
    QCOMPARE(found, ids);
    QCOMPARE(titles(m_pg, found), titles(m_sqlite, m_sqlite.itemIds(filter)));
    QCOMPARE(m_pg.itemIds(filter, 3, 0), ids.mid(0, 3));
    QCOMPARE(m_pg.itemIds(filter, 4, 2), ids.mid(2, 4));
}

// The person's note is read as the item's title would be: the whole query
// (exclusions too) on the note alone, as the SQLite cache reads it.
void TestPgSearch::notePassesAlone()
{
    const auto idIn = [](const NewsStore &store, const QString &title) {
        ItemFilter filter;
        filter.search = u"\""_s + title + u'"';
        const QList<qint64> ids = store.itemIds(filter);
        return ids.size() == 1 ? ids.constFirst() : qint64(0);
    };
    const QString title = u"Kaffe i parken"_s;
    const QString note = u"Läs om TUNNELBANE-zqxplanen: ring Åsa (tel. 19-20)."_s;
    QVERIFY(m_pg.setNote(idIn(m_pg, title), note));
    QVERIFY(m_sqlite.setNote(idIn(m_sqlite, title), note));
    for (const QString &typed : {u"zqxplanen"_s, u"tunnelbane-zqxplan"_s, u"\"ring åsa\""_s, u"åsa kaffe"_s,
                                 u"xplan -kaffe"_s, u"zqxplanen -ring"_s, u"-zqxplanen"_s, u"19-20"_s, u"20"_s,
                                 u"\"läs om\" station"_s, u"rin"_s}) {
        ItemFilter filter;
        filter.search = typed;
        const QStringList pg = titles(m_pg, m_pg.itemIds(filter));
        QCOMPARE(pg, titles(m_sqlite, m_sqlite.itemIds(filter)));
        QCOMPARE(m_pg.itemCount(filter), qint64(pg.size()));
        filter.sort = ItemFilter::Sort::BestMatch;
        QCOMPARE(titles(m_pg, m_pg.itemIds(filter)), titles(m_sqlite, m_sqlite.itemIds(filter)));
    }
    ItemFilter planen;
    planen.search = u"zqxplan"_s;
    QCOMPARE(titles(m_pg, m_pg.itemIds(planen)), QStringList{title});
    // Edited to a text of the same words (case, punctuation): still found.
    const QString same = u"läs om tunnelbane zqxplanen!! Ring åsa, tel 19 20"_s;
    QVERIFY(m_pg.setNote(idIn(m_pg, title), same));
    QVERIFY(m_sqlite.setNote(idIn(m_sqlite, title), same));
    QCOMPARE(titles(m_pg, m_pg.itemIds(planen)), QStringList{title});
    QVERIFY(m_pg.setNote(idIn(m_pg, title), note));
    QVERIFY(m_sqlite.setNote(idIn(m_sqlite, title), note));
    QCOMPARE(titles(m_pg, m_pg.itemIds(planen)), QStringList{title});

    // A state merged in joins a differing note to the person's (the server
    // writes the joined text): its words are found as well, in both stores.
    StateSnapshot state = m_sqlite.stateSnapshot();
    bool changed = false;
    for (StateSnapshot::Item &item : state.items) {
        if (item.note == note) {
            item.note = u"Ett tillägg om QZY-listan."_s;
            changed = true;
        }
    }
    QVERIFY(changed);
    StateMerge merged;
    QVERIFY2(m_pg.mergeState(state, merged), qPrintable(m_pg.errorString()));
    QVERIFY2(m_sqlite.mergeState(state, merged), qPrintable(m_sqlite.errorString()));
    for (const QString &typed : {u"qzy-listan"_s, u"zqxplanen qzy"_s, u"\"tillägg om\""_s, u"zqxplanen -qzy"_s}) {
        ItemFilter filter;
        filter.search = typed;
        const QStringList pg = titles(m_pg, m_pg.itemIds(filter));
        QCOMPARE(pg, titles(m_sqlite, m_sqlite.itemIds(filter)));
    }
    ItemFilter joined;
    joined.search = u"qzy-listan zqxplanen"_s;
    QCOMPARE(titles(m_pg, m_pg.itemIds(joined)), QStringList{title});
    QVERIFY(m_pg.setNote(idIn(m_pg, title), QString()));
    QVERIFY(m_sqlite.setNote(idIn(m_sqlite, title), QString()));
    QCOMPARE(m_pg.itemCount(planen), qint64(0));
}

void TestPgSearch::patternsAreBound_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("part");
    QTest::newRow("'") << u"o'hara"_s << u"hara"_s;
    QTest::newRow("\\") << u"c:\\kaffe\\o'hara"_s << u"kaffe"_s;
    QTest::newRow("% and _") << u"50%_rabatt"_s << u"rabatt"_s;
    QTest::newRow("$$") << u"$$kafé$$ d'arc"_s << u"kaf"_s;
    QTest::newRow("a phrase") << u"\"o'hara om\""_s << u"hara"_s;
}

// Every pattern of a search is a bound value, in the condition and in best
// match's tiers alike: no typed word is ever part of the statement's text.
void TestPgSearch::patternsAreBound()
{
    QFETCH(QString, typed);
    QFETCH(QString, part);
    ItemFilter filter;
    filter.search = typed;
    filter.sort = ItemFilter::Sort::BestMatch;
    const StoreResult<PgFilterSql> sql = PgFilterSql::build(filter);
    QVERIFY2(sql.ok(), qPrintable(sql.error()));
    for (const QString &text : {sql.value().fromWhere(), sql.value().order(), sql.value().titleHits()})
        QVERIFY2(!text.contains(part, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY(sql.value().positiveTerms() > 0);
    QCOMPARE(sql.value().titleValues().size(), qsizetype(sql.value().positiveTerms()));
    QCOMPARE(sql.value().orderValues(), sql.value().titleValues());
    QCOMPARE(sql.value().titleHits().count(u'?'), qsizetype(sql.value().positiveTerms()));
    QStringList patterns;
    for (const QVariant &value : sql.value().titleValues())
        patterns.append(value.toString());
    QVERIFY2(patterns.join(u' ').contains(part), qPrintable(patterns.join(u' ')));
}

QString TestPgSearch::plan(const QString &database, const ItemFilter &filter)
{
    const StoreResult<PgFilterSql> sql = PgFilterSql::build(filter);
    if (!sql.ok())
        return sql.error();
    return rows(database,
                {u"SET enable_seqscan = off"_s, u"SET enable_indexscan = off"_s,
                 u"EXPLAIN SELECT i.id "_s + sql.value().fromWhere() + u" ORDER BY "_s + sql.value().order()
                         + u" LIMIT 128"_s},
                sql.value().values() + sql.value().orderValues());
}

QString TestPgSearch::rows(const QString &database, const QStringList &statements, const QVariantList &values)
{
    QString why;
    const QUrl url(PgTestSupport::serverUrl(why));
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"pgsearch-rows"_s);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(database);
        QSqlQuery q(db);
        if (!db.open())
            result = db.lastError().text();
        for (qsizetype i = 0; result.isEmpty() && i < statements.size(); ++i) {
            const bool last = i + 1 == statements.size();
            if (!q.prepare(statements.at(i))) {
                result = q.lastError().text();
                break;
            }
            for (const QVariant &value : last ? values : QVariantList())
                q.addBindValue(value);
            if (!q.exec())
                result = q.lastError().text();
        }
        const bool failed = !result.isEmpty();
        while (!failed && q.next())
            result += q.value(0).toString() + u'\n';
        db.close();
    }
    QSqlDatabase::removeDatabase(u"pgsearch-rows"_s);
    return result;
}

void TestPgSearch::wordsUseTheTrigramIndex_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("bestMatch");
    QTest::newRow("inside words") << u"trafik"_s << false;
    QTest::newRow("start of a word") << u"ka"_s << false;
    QTest::newRow("phrase") << u"\"region stockholm\""_s << false;
    QTest::newRow("joined words") << u"covid-19-vaccin"_s << false;
    QTest::newRow("two words, one excluded") << u"budget -stockholm"_s << false;
    QTest::newRow("best match") << u"vaccin boka"_s << true;
}

// A tiny archive is read whole whatever the query; with the whole read and
// the walk of the listing's index ruled out, every form of a word's condition (with its categories and the
// note's keys) is one the trigram indexes answer.
void TestPgSearch::wordsUseTheTrigramIndex()
{
    QFETCH(QString, typed);
    QFETCH(bool, bestMatch);
    ItemFilter filter;
    filter.search = typed;
    filter.sort = bestMatch ? ItemFilter::Sort::BestMatch : ItemFilter::Sort::Listing;
    const QString explained = plan(u"pgsearch_rules"_s, filter);
    QVERIFY2(explained.contains(u"Bitmap Index Scan on items_search_text"_s), qPrintable(explained));
    QVERIFY2(explained.contains(u"Bitmap Index Scan on items_search_categories"_s), qPrintable(explained));
    QVERIFY2(!explained.contains(u"Seq Scan on items"_s), qPrintable(explained));
}

// An archive made before search text (schema 3) gets it when its owner
// opens it: every item, category and note folded by the program, pg_trgm
// created, the indexes made.
void TestPgSearch::schemaTwoIsMigrated()
{
    QString error;
    const QString address = PgTestSupport::freshDatabase(u"pgsearch_migrate"_s, error);
    QVERIFY2(!address.isEmpty(), qPrintable(error));
    const QStringList queries{u"kollektivtrafik"_s, u"\"och sjukvård\""_s, u"covid-19-vaccin"_s, u"ÅR"_s,
                              u"sjukvård -budget"_s, u"zqxnote"_s};
    QList<QStringList> before;
    {
        NewsStore store;
        QVERIFY2(store.open(address), qPrintable(store.errorString()));
        QVERIFY(importInto(store, {m_rules}));
        QVERIFY(store.setNote(store.itemIds().constFirst(), u"En zqxnote."_s));
        for (const QString &typed : queries) {
            ItemFilter filter;
            filter.search = typed;
            before.append(titles(store, store.itemIds(filter)));
            QVERIFY(!before.last().isEmpty());
        }
    }
    // Back to schema 3: the search text's columns (and their indexes) gone.
    QCOMPARE(PgTestSupport::execute(u"pgsearch_migrate"_s,
                                    u"ALTER TABLE items DROP COLUMN search_text, DROP COLUMN search_categories; "
                                    u"ALTER TABLE categories DROP COLUMN search_name; "
                                    u"ALTER TABLE notes DROP COLUMN search_text; "
                                    u"DROP TRIGGER notes_search_text ON notes; DROP FUNCTION newsdesk_note_changed(); "
                                    u"DROP EXTENSION pg_trgm; "
                                    u"UPDATE newsdesk_schema SET version = 3"_s),
             QString());
    NewsStore store;
    QVERIFY2(store.open(address), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), 4);
    for (qsizetype i = 0; i < queries.size(); ++i) {
        ItemFilter filter;
        filter.search = queries.at(i);
        QCOMPARE(titles(store, store.itemIds(filter)), before.at(i));
    }
    // (The planner takes the new indexes once the transactions older than the
    // migration are over: pg_index.indcheckxmin after the fill's updates.)
    QCOMPARE(rows(u"pgsearch_migrate"_s, {u"SELECT string_agg(indexname, ' ' ORDER BY indexname) FROM pg_indexes "
                                          u"WHERE tablename = 'items' AND indexdef LIKE '%gin_trgm_ops%'"_s}),
             u"items_search_categories items_search_text\n"_s);
    QCOMPARE(rows(u"pgsearch_migrate"_s, {u"SELECT count(*) FROM items i WHERE search_text NOT LIKE ' % | % ' "
                                          u"OR (search_categories = '') <> NOT EXISTS "
                                          u"(SELECT 1 FROM item_categories ic WHERE ic.item_id = i.id)"_s}),
             u"0\n"_s);
}

QTEST_GUILESS_MAIN(TestPgSearch)
#include "tst_pgsearch.moc"
