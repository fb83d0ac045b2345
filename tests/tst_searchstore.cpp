#include "storetestsupport.h"

#include "models/importing/newsimporter.h"
#include "models/search/searchmatcher.h"
#include "models/search/searchquery.h"
#include "models/search/searchtext.h"
#include "models/store/sqlite/searchplanner.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

// The search of the SQLite cache (issue 14) against the rules themselves:
// for every query, the items the store finds (pages, counts, category counts,
// best match first) are exactly those SearchMatcher::matches() passes when it
// is given every item of the cache, in the same order. The items: the sample
// news and Swedish items written for the rules (compounds, å ä ö, joined
// words, numbers, phrases, category names). Each query also runs with the term
// list crowded, so that its words expand to more terms than the index is
// asked for and the SQL function checks every row instead.
class TestSearchStore final : public QObject, private StoreTestFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void sameAsTheRules_data();
    void sameAsTheRules();
    void pagesInListingOrder_data();
    void pagesInListingOrder();
    void bestMatchFirst_data();
    void bestMatchFirst();
    void categoryWord();
    void onlySymbolsIsEverything();
    void queuedItemsAreLeftOut();
    void termsOfNewItems();

private:
    struct Reference
    {
        qint64 id = 0;
        QString title;
        QString summary;
        QStringList categories;
    };
    // The ids the rules pass for typed among every item, in listing order.
    QList<qint64> expected(const QString &typed) const;
    QMap<QString, qint64> expectedCounts(const QList<qint64> &ids) const;
    // Adds terms to the term list that hold each typed part but belong to no
    // item, more than the index is asked for (SearchPlanner::CountExpansion).
    void crowd(bool on);
    void addQueries();
    static QList<Item> ruleItems();

    QList<Reference> m_items; // every item, in listing order
    bool m_crowded = false;
};

// Items written for the rules, newest first in the file.
QList<StoreTestFixture::Item> TestSearchStore::ruleItems()
{
    return {
        {u"Ny kollektivtrafiken i Norrort"_s, u"Bussar och pendeltåg får nya tider från 2050."_s,
         u"Kollektivtrafik"_s},
        {u"Södersjukhuset bygger ut akuten"_s, u"Akutsjukhus i hela länet får mer personal."_s,
         u"Hälso- och sjukvård"_s},
        {u"Ny tunnelbanestation i Barkarby"_s, u"Stationen öppnar för resenärer i höst."_s,
         u"Kollektivtrafik"_s},
        {u"Sjukvården i Stockholm får mer pengar"_s, u"Regionen satsar på vård och omsorg."_s,
         u"Hälso- och sjukvård"_s},
        {u"Vardagen på en gård"_s, u"Om vardag och bondgårdar utan någon annan vårdtext."_s, u"Kultur"_s},
        {u"Boka covid-19-vaccinet nu"_s, u"Vaccination mot covid-19 bokas via 1177.se eller telefon."_s,
         u"Hälso- och sjukvård"_s},
        {u"Vaccin och bokning"_s, u"Det går att boka vaccin på 1177."_s, u"Hälso- och sjukvård"_s},
        {u"EU:s nya regler för trafik"_s, u"Trafikverket och EU-kommissionen om trafiksäkerhet."_s,
         u"Organisation och styrning"_s},
        {u"Kaffe i parken"_s, u"Kafé och kultur varje lördag klockan 19."_s, u"Kultur"_s},
        {u"Budget för Region Stockholm"_s, u"Regionfullmäktige beslutar om budget 2050."_s,
         u"Organisation och styrning"_s},
        {u"Älgar på vägen"_s, u"Ett ÅR med ÄLGAR och örnar i Örebro."_s, u"Natur"_s},
        {u"Ankor OR zebror"_s, u"Text med \"citat\" och - streck."_s, QString()},
        {u"Möte om budgeten"_s, u"Stockholms stad diskuterar budgeten för sjukvård."_s,
         u"Organisation och styrningHälso- och sjukvård"_s},
    };
}

void TestSearchStore::initTestCase()
{
    setUp();
    writeListing(u"rules.txt"_s, ruleItems());
    NewsImporter importer(*m_store);
    const ImportReport report = importer.importPaths(NewsImporter::sampleFiles() + QStringList{m_folder});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    for (const NewsItem &item : m_store->items(m_store->itemIds()))
        m_items.append({item.id, item.title, item.summary, item.categories});
    QCOMPARE(m_items.size(), 47 + ruleItems().size());
}

void TestSearchStore::cleanupTestCase()
{
    tearDown();
}

QList<qint64> TestSearchStore::expected(const QString &typed) const
{
    const SearchMatcher matcher(SearchQuery::parse(typed));
    QList<qint64> ids;
    for (const Reference &item : m_items) {
        if (matcher.matches(item.title, item.summary, item.categories))
            ids.append(item.id);
    }
    return ids;
}

QMap<QString, qint64> TestSearchStore::expectedCounts(const QList<qint64> &ids) const
{
    QMap<QString, qint64> counts;
    for (const Reference &item : m_items) {
        for (const QString &name : item.categories)
            counts[name] += ids.contains(item.id) ? 1 : 0;
        // The items of no category: one entry with an empty name, when any passes.
        if (item.categories.isEmpty() && ids.contains(item.id))
            counts[QString()] += 1;
    }
    return counts;
}

void TestSearchStore::crowd(bool on)
{
    if (on == m_crowded)
        return;
    QSqlQuery q(storeConnection(*m_store));
    QVERIFY(q.exec(u"DELETE FROM search_terms WHERE term GLOB 'qq*' OR term GLOB 'sqq*'"_s));
    if (on) {
        // qq<part><n>, and sqq<n> for the single letter s (terms start with it).
        const QStringList parts{u"trafik"_s, u"sjuk"_s, u"vård"_s, u"stockholm"_s, u"vaccin"_s, u"budget"_s,
                                u"covid"_s, u"boka"_s, u"och"_s, u"station"_s, u"älg"_s, u"gård"_s, u"region"_s};
        const QString insert = u"WITH RECURSIVE n(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM n WHERE x < %1) "
                               u"INSERT INTO search_terms(term) SELECT ? || x FROM n"_s
                                       .arg(SearchPlanner::CountExpansion);
        for (const QString &part : parts) {
            QVERIFY(q.prepare(insert));
            q.addBindValue(QString(u"qq"_s + part));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.prepare(insert));
        q.addBindValue(u"sqq"_s);
        QVERIFY(q.exec());
        // More than a count asks the index for: the SQL function checks the rows.
        QVERIFY(q.exec(u"SELECT count(*) FROM search_terms WHERE instr(term, 'trafik') > 0"_s) && q.next());
        QVERIFY(q.value(0).toInt() > SearchPlanner::CountExpansion);
    }
    m_crowded = on;
    m_store->indexChanged(); // (this connection wrote the list)
}

void TestSearchStore::addQueries()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("crowded");
    const QStringList queries{
        u"trafik"_s,             // compound part: kollektivtrafiken, Trafikverket
        u"TRAFIK"_s,             // case
        u"sjukhus"_s,            // Södersjukhuset, Akutsjukhus
        u"station"_s,            // tunnelbanestation
        u"vård"_s,               // sjukvården, vårdtext; never vardag
        u"vard"_s,               // vardag, never vård
        u"gård"_s,               // bondgårdar
        u"ka"_s,                 // 2 characters: the start of a word
        u"afé"_s,                // inside a word from 3 on
        u"s"_s,                  // 1 character
        u"19"_s,                 // a number's start
        u"1177"_s,
        u"2050"_s,
        u"vaccin boka"_s,        // any order
        u"boka vaccin"_s,
        u"covid-19-vaccin"_s,    // joined words: adjacent parts
        u"covid-19"_s,
        u"1177.se"_s,
        u"EU:s"_s,
        u"\"och sjukvård\""_s,   // phrases
        u"\"region stockholm\""_s,
        u"\"vård\""_s,           // one word exactly
        u"\"stockholm region\""_s,
        u"budget -stockholm"_s,  // exclusions
        u"-vaccin"_s,
        u"-\"region stockholm\""_s,
        u"stockholm -\"region stockholm\""_s,
        u"-covid-19 vaccin"_s,
        u"-sjukvård"_s,          // excluded by a category name
        u"sjukvård"_s,           // a category name's word
        u"hälso"_s,
        u"kultur"_s,
        u"\"region stock"_s,     // unclosed quote
        u"-"_s,                  // a lone minus
        u"vaccin -"_s,
        u"!!!"_s,                // only symbols: every item
        u"ankor OR zebror"_s,    // FTS syntax is text
        u"\"citat\""_s,
        u"zzzyx"_s,              // nothing
        u"trafik zzzyx"_s,
        u"-zzzyx"_s,             // excludes nothing
        u"älgar år örebro"_s,    // å ä ö, capitals in the text
        u"algar"_s,
        u"orebro"_s,
        u"o\u0308rebro"_s,       // decomposed ö
        u"för stockholm budget"_s, // three words
        u"'); DROP TABLE items;--"_s,
        u"\uE0001"_s,           // the index's category mark typed: a separator, never a category token
        u"x\uE0001"_s,
    };
    for (bool crowded : {false, true}) {
        for (const QString &typed : queries)
            QTest::addRow("%s%s", qPrintable(typed), crowded ? " (crowded)" : "") << typed << crowded;
    }
}

void TestSearchStore::sameAsTheRules_data()
{
    addQueries();
}

// Pages, counts and category counts, alone and with other filters.
void TestSearchStore::sameAsTheRules()
{
    QFETCH(QString, typed);
    QFETCH(bool, crowded);
    crowd(crowded);
    const QList<qint64> ids = expected(typed);
    ItemFilter filter;
    filter.search = typed;
    QCOMPARE(m_store->itemIds(filter), ids);
    QVERIFY(!m_store->lastReadFailed());
    QCOMPARE(m_store->itemCount(filter), qint64(ids.size()));
    QCOMPARE(counts(filter), expectedCounts(ids));
    QVERIFY(!m_store->lastReadFailed());

    // With categories (one, several of them, all of them), reader state, by title.
    const QStringList two{u"Hälso- och sjukvård"_s, u"Organisation och styrning"_s};
    for (const QStringList &categories : {QStringList{two.first()}, two}) {
        for (ItemFilter::Match match : {ItemFilter::Match::Any, ItemFilter::Match::All}) {
            ItemFilter narrow = filter;
            narrow.categories = categories;
            narrow.match = match;
            QList<qint64> inCategories;
            for (const Reference &item : std::as_const(m_items)) {
                const auto holds = [&](const QString &name) { return item.categories.contains(name); };
                const bool in = match == ItemFilter::Match::Any ? std::any_of(categories.cbegin(), categories.cend(), holds)
                                                                : std::all_of(categories.cbegin(), categories.cend(), holds);
                if (in && ids.contains(item.id))
                    inCategories.append(item.id);
            }
            QCOMPARE(m_store->itemIds(narrow), inCategories);
            QCOMPARE(m_store->itemCount(narrow), qint64(inCategories.size()));
        }
    }
    ItemFilter unread = filter;
    unread.unreadOnly = true;
    QCOMPARE(m_store->itemIds(unread), ids);
    QCOMPARE(m_store->itemCount(unread), qint64(ids.size()));
    ItemFilter byTitle = filter;
    byTitle.sort = ItemFilter::Sort::Title;
    QList<qint64> titled = m_store->itemIds(byTitle);
    std::sort(titled.begin(), titled.end());
    QList<qint64> sortedIds = ids;
    std::sort(sortedIds.begin(), sortedIds.end());
    QCOMPARE(titled, sortedIds);
}

void TestSearchStore::pagesInListingOrder_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("crowded");
    for (bool crowded : {false, true}) {
        const char *mark = crowded ? " (crowded)" : "";
        QTest::addRow("s%s", mark) << u"s"_s << crowded;
        QTest::addRow("och%s", mark) << u"och"_s << crowded;
        QTest::addRow("vård%s", mark) << u"vård"_s << crowded;
        QTest::addRow("-vaccin%s", mark) << u"-vaccin"_s << crowded;
        QTest::addRow("stockholm -\"region stockholm\"%s", mark) << u"stockholm -\"region stockholm\""_s << crowded;
    }
}

// Page after page gives the items of the whole list, in order, once each.
void TestSearchStore::pagesInListingOrder()
{
    QFETCH(QString, typed);
    QFETCH(bool, crowded);
    crowd(crowded);
    const QList<qint64> ids = expected(typed);
    QVERIFY(ids.size() > 6);
    ItemFilter filter;
    filter.search = typed;
    for (ItemFilter::Sort sort : {ItemFilter::Sort::Listing, ItemFilter::Sort::BestMatch}) {
        filter.sort = sort;
        const QList<qint64> whole = m_store->itemIds(filter);
        QCOMPARE(whole.size(), ids.size());
        QList<qint64> paged;
        for (qint64 offset = 0; offset < whole.size() + 5; offset += 5)
            paged += m_store->itemIds(filter, 5, offset);
        QCOMPARE(paged, whole);
    }
}

void TestSearchStore::bestMatchFirst_data()
{
    addQueries();
}

// More positive terms in the title first; within as many, newest first.
void TestSearchStore::bestMatchFirst()
{
    QFETCH(QString, typed);
    QFETCH(bool, crowded);
    crowd(crowded);
    const SearchMatcher matcher(SearchQuery::parse(typed));
    QList<qint64> ids = expected(typed);
    QHash<qint64, int> inTitle;
    for (const Reference &item : std::as_const(m_items))
        inTitle.insert(item.id, matcher.termsInTitle(item.title));
    std::stable_sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) { return inTitle[a] > inTitle[b]; });
    ItemFilter filter;
    filter.search = typed;
    filter.sort = ItemFilter::Sort::BestMatch;
    QCOMPARE(m_store->itemIds(filter), ids);
    QCOMPARE(m_store->itemIds(filter, 3, 0), ids.mid(0, 3));
    QCOMPARE(m_store->itemIds(filter, 4, 2), ids.mid(2, 4));
}

// "sjukvård" finds the items filed under "Hälso- och sjukvård" whose text
// does not hold it (issue 14: 1 item before, 26 in the window's sample).
void TestSearchStore::categoryWord()
{
    crowd(false);
    ItemFilter filter;
    filter.search = u"sjukvård"_s;
    ItemFilter category;
    category.categories = {u"Hälso- och sjukvård"_s};
    const qint64 filed = m_store->itemCount(category);
    QVERIFY(filed > 3);
    QVERIFY(m_store->itemCount(filter) >= filed);
    const QList<qint64> found = m_store->itemIds(filter);
    for (qint64 id : m_store->itemIds(category))
        QVERIFY(found.contains(id));
    ItemFilter excluded;
    excluded.search = u"-sjukvård"_s;
    QCOMPARE(m_store->itemCount(excluded), qint64(m_items.size()) - m_store->itemCount(filter));
}

void TestSearchStore::onlySymbolsIsEverything()
{
    for (const QString &typed : {u"!!!"_s, u"-"_s, u"\"\""_s, u"*\"()"_s, QString()}) {
        ItemFilter filter;
        filter.search = typed;
        QVERIFY(!filter.hasSearch());
        QVERIFY(!filter.usesSearchIndex());
        QCOMPARE(m_store->itemCount(filter), qint64(m_items.size()));
        QCOMPARE(m_store->itemIds(filter, 10, 0).size(), 10);
    }
    ItemFilter filter;
    filter.search = u"-zzzyx"_s;
    QVERIFY(filter.usesSearchIndex());
    QCOMPARE(m_store->itemCount(filter), qint64(m_items.size()));
}

// Items an interrupted import left waiting for the index are left out of
// every search (as the index's hits leave them out), the per-row walks too,
// and found once the index is written; their words join the term list then.
void TestSearchStore::queuedItemsAreLeftOut()
{
    // (Before rules.txt in the folder's order: the import stops after it.)
    writeListing(u"a-waiting.txt"_s, {{u"Linbanan över Saltsjön"_s,
                                        u"Gondoler mellan Södermalm och Djurgården."_s, u"Kollektivtrafik"_s}});
    QVERIFY(importFolderCancelledBefore(1).cancelled);
    QVERIFY(m_store->pendingIndexItems() > 0);
    const qint64 waiting = idOf(u"Linbanan över Saltsjön"_s);
    QVERIFY(waiting > 0);
    for (const QString &typed : {u"linban"_s, u"gondol"_s, u"-vaccin"_s, u"\"över saltsjön\""_s}) {
        ItemFilter filter;
        filter.search = typed;
        QVERIFY2(!m_store->itemIds(filter).contains(waiting), qPrintable(typed));
        QCOMPARE(m_store->itemCount(filter), qint64(m_store->itemIds(filter).size()));
    }
    // A query whose every term is excluded and matches nothing is no search.
    ItemFilter everything;
    everything.search = u"-zzzyx"_s;
    QVERIFY(m_store->itemIds(everything).contains(waiting));
    QVERIFY(importFolder().error.isEmpty());
    QCOMPARE(m_store->pendingIndexItems(), 0);
    ItemFilter filter;
    filter.search = u"linban"_s;
    QCOMPARE(m_store->itemIds(filter), QList<qint64>{waiting});
    filter.search = u"-zzzyx"_s;
    QVERIFY(m_store->itemIds(filter).contains(waiting));
    m_items.prepend({waiting, u"Linbanan över Saltsjön"_s, u"Gondoler mellan Södermalm och Djurgården."_s,
                     {u"Kollektivtrafik"_s}});
}

// The importer adds the words of the items it indexes to the term list.
void TestSearchStore::termsOfNewItems()
{
    QSqlQuery q(storeConnection(*m_store));
    QVERIFY(q.exec(u"SELECT count(*) FROM search_terms WHERE term IN ('södersjukhuset', 'kollektivtrafiken', "
                   u"'2050', 'covid', '19', 'vaccinet', 'örebro')"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 7);
    QVERIFY(q.exec(u"SELECT count(*) FROM search_terms WHERE term <> lower(term)"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // Exactly the words SearchText finds in the items' titles and summaries.
    crowd(false);
    QSet<QString> words;
    for (const Reference &item : std::as_const(m_items)) {
        SearchText::addTerms(item.title, words);
        SearchText::addTerms(item.summary, words);
    }
    QSet<QString> listed;
    QVERIFY(q.exec(u"SELECT term FROM search_terms"_s));
    while (q.next())
        listed.insert(q.value(0).toString());
    QCOMPARE(listed.size(), words.size());
    QCOMPARE(listed, words);
}

QTEST_GUILESS_MAIN(TestSearchStore)

#include "tst_searchstore.moc"
