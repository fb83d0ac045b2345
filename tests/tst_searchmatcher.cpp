// SearchText and SearchMatcher: which items a search selects, and what a
// search highlights (issue 14), on Swedish text.

#include "models/search/searchmatcher.h"
#include "models/search/searchquery.h"
#include "models/search/searchtext.h"
#include "models/search/termset.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Ranges as text, "start:length start:length", for readable test rows.
QString rangesText(const QList<SearchMatcher::Range> &ranges)
{
    QStringList texts;
    for (const SearchMatcher::Range &range : ranges)
        texts.append(QString::number(range.start) + u':' + QString::number(range.length));
    return texts.join(u' ');
}

// The item passes by the token path: termMatches over the tokens of each text
// and termMatchesCategory over each name (a second reading of the rules, to
// hold matches() to).
bool matchesByTokens(const SearchMatcher &matcher, const QString &title, const QString &summary,
                     const QStringList &categories)
{
    const QList<SearchText::Token> titleWords = SearchText::tokens(title);
    const QList<SearchText::Token> summaryWords = SearchText::tokens(summary);
    for (qsizetype i = 0; i < matcher.query().terms().size(); ++i) {
        bool holds = matcher.termMatches(i, titleWords) || matcher.termMatches(i, summaryWords);
        for (const QString &name : categories)
            holds = holds || matcher.termMatchesCategory(i, name);
        if (holds == matcher.query().terms().at(i).excluded)
            return false;
    }
    return true;
}

} // namespace

class TestSearchMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latin1Tables();
    void tokens();
    void addTerms();
    void termSet();
    void nextWord();
    void matchPosition_data();
    void matchPosition();
    void matches_data();
    void matches();
    void ranges_data();
    void ranges();
    void rangesStayInsideText();
    void categories();
    void termsInTitle();
    void foldedTextHoldsTheFoldedWords_data();
    void foldedTextHoldsTheFoldedWords();
    void hugeText();
    void severalThreads();
};

void TestSearchMatcher::latin1Tables()
{
    // The fast path's tables agree with Qt's Unicode tables.
    for (char16_t c = 0; c < 0x300; ++c) {
        const QString one(QChar{c});
        QCOMPARE(SearchText::fold(one), one.toCaseFolded());
        QString folded;
        SearchText::foldText(one, folded);
        QCOMPARE(folded, one.toCaseFolded());
        const QChar::Category category = QChar::category(char32_t(c));
        const bool word = QChar::isLetterOrNumber(char32_t(c)) || QChar::isMark(char32_t(c))
            || category == QChar::Other_PrivateUse;
        QVERIFY2(SearchText::isWordCharacter(c) == word, qPrintable(QString::number(c, 16)));
    }
    // Whole texts, so that the four-at-a-time path meets every ASCII block
    // at every alignment, and blocks that mix ASCII with other characters.
    QString all;
    for (char16_t c = 0; c < 0x300; ++c)
        all.append(QChar{c});
    for (const QString &text : QStringList{all, u"ÅÄÖ"_s + all, u"KÖ PÅ SÖDERSJUKHUSET I STOCKHOLM"_s, u"ABC"_s}) {
        for (qsizetype offset = 0; offset < 4; ++offset) {
            const QString part = text.mid(offset);
            QString folded;
            SearchText::foldText(part, folded);
            QCOMPARE(folded, part.toCaseFolded());
        }
    }
    QVERIFY(SearchText::isWordCharacter(U'\U0001D400')); // mathematical bold A: a letter
    QVERIFY(SearchText::isWordCharacter(U'\uE001'));     // private use
    // The index's category mark separates words, as the index reads it: a
    // query can never name a category token.
    QVERIFY(!SearchText::isWordCharacter(SearchText::IndexCategoryMark));
    QVERIFY(!SearchText::isWordCharacter(U'\u201D'));    // ” separates words
    QVERIFY(!SearchText::isWordCharacter(U'\u2013'));    // – too
}

void TestSearchMatcher::tokens()
{
    const QString text = u"Covid-19-vaccinet: ”Boka” på 1177.se – Va\u030Ardcentralen"_s;
    const QList<SearchText::Token> words = SearchText::tokens(text);
    QStringList folded;
    for (const SearchText::Token &word : words) {
        folded.append(word.folded);
        QVERIFY(word.start >= 0 && word.start + word.length <= text.size());
    }
    QCOMPARE(folded, (QStringList{u"covid"_s, u"19"_s, u"vaccinet"_s, u"boka"_s, u"på"_s, u"1177"_s, u"se"_s,
                                  u"vårdcentralen"_s}));
    QCOMPARE(text.mid(words.at(3).start, words.at(3).length), u"Boka"_s);
    QCOMPARE(text.mid(words.last().start, words.last().length), u"Va\u030Ardcentralen"_s);
    QVERIFY(SearchText::tokens(u" !!! -- "_s).isEmpty());
}

void TestSearchMatcher::addTerms()
{
    QSet<QString> terms;
    SearchText::addTerms(u"Kollektivtrafiken i Region Stockholm: läs mer på 1177.se, i dag."_s, terms);
    SearchText::addTerms(u"Москва"_s, terms);
    QCOMPARE(terms, (QSet<QString>{u"kollektivtrafiken"_s, u"i"_s, u"region"_s, u"stockholm"_s, u"läs"_s,
                                   u"mer"_s, u"på"_s, u"1177"_s, u"se"_s, u"dag"_s, u"москва"_s}));
}

void TestSearchMatcher::termSet()
{
    // The importer's faster collection holds the same words as addTerms.
    const QStringList texts{
        u"Kollektivtrafiken i Region Stockholm: läs mer på 1177.se, i dag."_s,
        u"KOLLEKTIVTRAFIKEN i region STOCKHOLM"_s,
        u"Москва, ΣΊΣΥΦΟΣ och Va\u030Ardcentralen"_s,
        u"\U0001D400\U0001D401 x"_s + QChar(0xD800) + u"y"_s,
        QString(),
        u"!!! -- ”” –"_s,
    };
    QSet<QString> expected;
    TermSet terms;
    for (const QString &text : texts) {
        SearchText::addTerms(text, expected);
        terms.addTerms(text);
    }
    const QStringList held = terms.terms();
    QCOMPARE(QSet<QString>(held.cbegin(), held.cend()), expected);
    QCOMPARE(terms.size(), expected.size());
    QVERIFY(terms.contains(u"kollektivtrafiken"));
    QVERIFY(terms.contains(u"vårdcentralen"));
    QVERIFY(!terms.contains(u"Kollektivtrafiken")); // words are held folded
    QVERIFY(!terms.contains(u"trafik"));           // whole words, not parts
    terms.clear();
    QVERIFY(terms.isEmpty());
    QVERIFY(!terms.contains(u"kollektivtrafiken"));
}

void TestSearchMatcher::nextWord()
{
    const QString text = u"”Kö” på 1177.se –"_s;
    QStringList words;
    qsizetype length = -1;
    for (qsizetype start = SearchText::nextWord(text, 0, length); start >= 0;
         start = SearchText::nextWord(text, start + length, length))
        words.append(text.mid(start, length));
    QCOMPARE(words, (QStringList{u"Kö"_s, u"på"_s, u"1177"_s, u"se"_s}));
    QCOMPARE(SearchText::nextWord(text, 3, length), 5); // from inside "Kö”": the next word
    QCOMPARE(SearchText::nextWord(text, 2, length), 2); // from the middle of a word: its rest
    QCOMPARE(length, 1);
    QCOMPARE(SearchText::nextWord(text, text.size(), length), -1);
    QCOMPARE(SearchText::nextWord(u"!!!", 0, length), -1);
}

void TestSearchMatcher::matchPosition_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("position");

    QTest::newRow("compound part") << u"trafik"_s << u"kollektivtrafiken"_s << 9;
    QTest::newRow("at the start") << u"sjuk"_s << u"sjukvården"_s << 0;
    QTest::newRow("three letters inside") << u"vår"_s << u"sjukvården"_s << 4;
    QTest::newRow("two letters at the start") << u"ka"_s << u"kaffe"_s << 0;
    QTest::newRow("two letters not inside") << u"ka"_s << u"ökade"_s << -1;
    QTest::newRow("one letter at the start") << u"i"_s << u"idag"_s << 0;
    QTest::newRow("one letter not inside") << u"i"_s << u"kiruna"_s << -1;
    QTest::newRow("two digits at the start") << u"19"_s << u"1956"_s << 0;
    QTest::newRow("two digits not inside") << u"19"_s << u"2019"_s << -1;
    QTest::newRow("number inside") << u"205"_s << u"år2050"_s << 2;
    QTest::newRow("å is no a") << u"vard"_s << u"vården"_s << -1;
    QTest::newRow("a is no å") << u"vård"_s << u"vardag"_s << -1;
    QTest::newRow("ö is no o") << u"kop"_s << u"köpenhamn"_s << -1;
    QTest::newRow("longer than the word") << u"sjukhuset"_s << u"sjukhus"_s << -1;
    QTest::newRow("two letters of two code points each") << u"\U0001D41A\U0001D41B"_s
                                                         << u"x\U0001D41A\U0001D41B"_s << -1;
    QTest::newRow("three letters beyond the BMP") << u"\U0001D41A\U0001D41B\U0001D41C"_s
                                                  << u"x\U0001D41A\U0001D41B\U0001D41C"_s << 1;
}

void TestSearchMatcher::matchPosition()
{
    QFETCH(QString, part);
    QFETCH(QString, word);
    QFETCH(int, position);
    QCOMPARE(SearchText::matchPosition(part, word), position);
    QCOMPARE(SearchText::partMatches(part, word), position >= 0);
}

void TestSearchMatcher::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<bool>("matches");

    const QStringList none;
    const QStringList health{u"Hälso- och sjukvård"_s};
    // Compound parts (3 letters or more match inside words).
    QTest::newRow("trafik in kollektivtrafiken") << u"trafik"_s << u"Störningar i kollektivtrafiken"_s
                                                 << QString() << none << true;
    QTest::newRow("sjukhus in Södersjukhuset") << u"sjukhus"_s << u"Kö på Södersjukhuset"_s << QString() << none
                                               << true;
    QTest::newRow("sjukhus in akutsjukhus") << u"sjukhus"_s << QString() << u"Ett nytt akutsjukhus byggs."_s
                                            << none << true;
    QTest::newRow("station in tunnelbanestation") << u"station"_s << u"Ny tunnelbanestation i Solna"_s
                                                  << QString() << none << true;
    QTest::newRow("vård in sjukvården") << u"vård"_s << u"Sjukvården rustas"_s << QString() << none << true;
    QTest::newRow("not there") << u"trafik"_s << u"Sjukvården rustas"_s << u"Budget för 2050"_s << none << false;
    // å, ä, ö are letters of their own; case does not matter.
    QTest::newRow("vård not in vardag") << u"vård"_s << u"Vardagen i Kiruna"_s << QString() << none << false;
    QTest::newRow("vard not in vården") << u"vard"_s << u"Vården i Kiruna"_s << QString() << none << false;
    QTest::newRow("köp not kop") << u"kop"_s << u"Köpenhamn"_s << QString() << none << false;
    QTest::newRow("Vård upper case typed") << u"Vård"_s << u"ny vårdcentral"_s << QString() << none << true;
    QTest::newRow("VÅRD upper case text") << u"vård"_s << u"VÅRDCENTRALEN STÄNGER"_s << QString() << none << true;
    QTest::newRow("ÖKADE both ways") << u"Ökade"_s << u"ÖKADE PRISER"_s << QString() << none << true;
    QTest::newRow("decomposed å in the text") << u"vård"_s << u"Va\u030Ardcentralen"_s << QString() << none << true;
    QTest::newRow("decomposed å typed") << u"va\u030Ard"_s << u"Vårdcentralen"_s << QString() << none << true;
    QTest::newRow("Cyrillic, upper case") << u"москва"_s << u"Rapport från МОСКВА"_s << QString() << none << true;
    QTest::newRow("typographic quotes and dashes around") << u"trafik"_s << u"”Kollektivtrafiken” – sämre"_s
                                                          << QString() << none << true;
    // Short words (1-2 characters) only at the start of a word.
    QTest::newRow("ka at the start") << u"ka"_s << u"Kaffepriset stiger"_s << QString() << none << true;
    QTest::newRow("ka not inside") << u"ka"_s << u"Ökade priser"_s << QString() << none << false;
    QTest::newRow("i as a word") << u"i"_s << u"Snö i Kiruna"_s << QString() << none << true;
    QTest::newRow("i not inside") << u"i"_s << u"Kort om Kiruna"_s << QString() << none << false;
    QTest::newRow("19 at the start of 1956") << u"19"_s << u"Född 1956"_s << QString() << none << true;
    QTest::newRow("19 not inside 2019") << u"19"_s << u"Sedan 2019"_s << QString() << none << false;
    // Numbers are words.
    QTest::newRow("1177") << u"1177"_s << u"Ring 1177 vid frågor"_s << QString() << none << true;
    QTest::newRow("2050") << u"2050"_s << QString() << u"Klimatmålet till år 2050."_s << none << true;
    QTest::newRow("117 inside 1177") << u"117"_s << u"Ring 1177"_s << QString() << none << true;
    QTest::newRow("1177 not in 117") << u"1177"_s << u"Ring 117"_s << QString() << none << false;
    // Several words: all of them, any order, in any of the texts.
    QTest::newRow("two words, this order") << u"boka vaccin"_s << u"Boka vaccin nu"_s << QString() << none << true;
    QTest::newRow("two words, other order") << u"vaccin boka"_s << u"Boka vaccin nu"_s << QString() << none << true;
    QTest::newRow("two words, title and summary") << u"vaccin boka"_s << u"Vaccin för alla"_s
                                                  << u"Boka en tid."_s << none << true;
    QTest::newRow("two words, one missing") << u"vaccin boka"_s << u"Vaccin för alla"_s << QString() << none
                                            << false;
    // Joined words: parts in adjacent words of one text.
    QTest::newRow("covid-19-vaccin in covid-19-vaccinet") << u"covid-19-vaccin"_s
                                                          << u"Covid-19-vaccinet erbjuds"_s << QString() << none
                                                          << true;
    QTest::newRow("covid-19-vaccin: words far apart") << u"covid-19-vaccin"_s
                                                      << u"Covid sprids, 19 döda, vaccin saknas"_s << QString()
                                                      << none << false;
    QTest::newRow("covid-19-vaccin: other order") << u"covid-19-vaccin"_s << u"Vaccin mot covid-19"_s
                                                  << QString() << none << false;
    QTest::newRow("covid-19: across title and summary") << u"covid-19"_s << u"Nytt om covid"_s << u"19 fall"_s
                                                        << none << false;
    QTest::newRow("covid-19: across two categories") << u"covid-19"_s << QString() << QString()
                                                     << QStringList{u"Covid"_s, u"19"_s} << false;
    QTest::newRow("1177.se") << u"1177.se"_s << u"Läs mer på 1177.se"_s << QString() << none << true;
    QTest::newRow("EU:s") << u"EU:s"_s << u"EU:s budget"_s << QString() << none << true;
    QTest::newRow("joined, a later hit") << u"covid-19"_s << u"Covid och covid-19 igen"_s << QString() << none
                                         << true;
    // Phrases: exactly these whole words, in sequence.
    QTest::newRow("phrase") << u"\"och sjukvård\""_s << u"Hälso- och sjukvård"_s << QString() << none << true;
    QTest::newRow("phrase, upper case") << u"\"region stockholm\""_s << u"REGION STOCKHOLM meddelar"_s
                                        << QString() << none << true;
    QTest::newRow("phrase, punctuation between") << u"\"region stockholm\""_s << u"Region, Stockholm"_s
                                                 << QString() << none << true;
    QTest::newRow("phrase, other order") << u"\"och sjukvård\""_s << u"Sjukvård och omsorg"_s << QString()
                                         << none << false;
    QTest::newRow("phrase, no compound") << u"\"och sjukvård\""_s << u"Hälso- och sjukvården"_s << QString()
                                         << none << false;
    QTest::newRow("phrase, no prefix") << u"\"region stockholm\""_s << u"Regionen Stockholm"_s << QString()
                                       << none << false;
    QTest::newRow("phrase, a word between") << u"\"region stockholm\""_s << u"Region i Stockholm"_s
                                            << QString() << none << false;
    QTest::newRow("phrase, a later hit") << u"\"region stockholm\""_s << u"Region Uppsala och Region Stockholm"_s
                                         << QString() << none << true;
    QTest::newRow("one-word phrase: exact word") << u"\"vård\""_s << u"God vård nära dig"_s << QString() << none
                                                 << true;
    QTest::newRow("one-word phrase: no compound") << u"\"vård\""_s << u"Sjukvården rustas"_s << QString() << none
                                                  << false;
    QTest::newRow("one-word phrase: later whole word") << u"\"vård\""_s << u"Sjukvård och vård"_s << QString()
                                                       << none << true;
    QTest::newRow("phrase across title and summary") << u"\"region stockholm\""_s << u"Region"_s
                                                     << u"Stockholm"_s << none << false;
    QTest::newRow("unclosed quote: phrase to the end") << u"boka \"nya tider"_s << u"Boka nya tider"_s
                                                       << QString() << none << true;
    // Exclusions: by title, summary and category, compound parts included.
    QTest::newRow("exclusion, not there") << u"vaccin -boka"_s << u"Vaccin för alla"_s << QString() << none
                                          << true;
    QTest::newRow("exclusion in the title") << u"vaccin -boka"_s << u"Boka vaccin nu"_s << QString() << none
                                            << false;
    QTest::newRow("exclusion in the summary") << u"vaccin -boka"_s << u"Vaccin"_s << u"Boka tid."_s << none
                                              << false;
    QTest::newRow("exclusion in a category") << u"vaccin -sjukvård"_s << u"Vaccin"_s << QString() << health
                                             << false;
    QTest::newRow("only exclusions, passes") << u"-vaccin"_s << u"Trafik i Solna"_s << QString() << none << true;
    QTest::newRow("only exclusions, compound left out") << u"-vaccin"_s << u"Vaccinet kommer"_s << QString()
                                                        << none << false;
    QTest::newRow("excluded phrase there") << u"trafik -\"region stockholm\""_s << u"Trafik i Region Stockholm"_s
                                           << QString() << none << false;
    QTest::newRow("excluded phrase not in sequence") << u"trafik -\"region stockholm\""_s
                                                     << u"Trafik i regionen Stockholm"_s << QString() << none
                                                     << true;
    QTest::newRow("excluded joined word") << u"vaccin -covid-19"_s << u"Covid-19-vaccin"_s << QString() << none
                                          << false;
    QTest::newRow("lone minus ignored") << u"vaccin -"_s << u"Vaccin"_s << QString() << none << true;
    // Categories take part.
    QTest::newRow("category name") << u"sjukvård"_s << u"Kö till operation"_s << QString() << health << true;
    QTest::newRow("category, one of several") << u"sjukvård"_s << u"Kö"_s << QString()
                                              << QStringList{u"Trafik"_s, u"Hälso- och sjukvård"_s} << true;
    QTest::newRow("category and text together") << u"sjukvård trafik"_s << u"Ambulans fast i trafiken"_s
                                                << QString() << health << true;
    QTest::newRow("phrase in a category") << u"\"och sjukvård\""_s << u"Kö"_s << QString() << health << true;
    QTest::newRow("phrase across categories") << u"\"sjukvård trafik\""_s << u"Kö"_s << QString()
                                              << QStringList{u"Hälso- och sjukvård"_s, u"Trafik"_s} << false;
    QTest::newRow("category does not match") << u"sjukvård"_s << u"Kö"_s << QString()
                                             << QStringList{u"Trafik"_s} << false;
    // No terms: every item.
    QTest::newRow("empty query") << QString() << u"Vad som helst"_s << QString() << none << true;
    QTest::newRow("only punctuation") << u"!!!"_s << u"Vad som helst"_s << QString() << none << true;
    QTest::newRow("only a minus") << u"-"_s << u"Vad som helst"_s << QString() << none << true;
}

void TestSearchMatcher::matches()
{
    QFETCH(QString, query);
    QFETCH(QString, title);
    QFETCH(QString, summary);
    QFETCH(QStringList, categories);
    QFETCH(bool, matches);

    const SearchMatcher matcher(SearchQuery::parse(query));
    QCOMPARE(matcher.matches(title, summary, categories), matches);
    // The store's form: category names in one text.
    QCOMPARE(matcher.matches(title, summary, categories.join(QChar(0x1F)), QChar(0x1F)), matches);
    // The token path reads the rules the same way.
    QCOMPARE(matchesByTokens(matcher, title, summary, categories), matches);
    // So does the canonical form (what the store passes to its SQL function).
    const SearchMatcher again(SearchQuery::parse(matcher.query().canonical()));
    QCOMPARE(again.matches(title, summary, categories), matches);
}

void TestSearchMatcher::ranges_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("ranges");

    QTest::newRow("compound part") << u"trafik"_s << u"Störningar i kollektivtrafiken"_s << u"22:6"_s;
    QTest::newRow("sjukhus in Södersjukhuset") << u"sjukhus"_s << u"Kö på Södersjukhuset"_s << u"11:7"_s;
    QTest::newRow("upper case text") << u"vård"_s << u"VÅRDCENTRALEN"_s << u"0:4"_s;
    QTest::newRow("twice in one word") << u"tid"_s << u"tidtabellstid"_s << u"0:3 10:3"_s;
    QTest::newRow("several words") << u"vaccin boka"_s << u"Boka vaccin nu"_s << u"0:4 5:6"_s;
    QTest::newRow("touching parts merged") << u"sjuk vård"_s << u"Sjukvården"_s << u"0:8"_s;
    QTest::newRow("overlaps merged") << u"trafik kollektivtrafik"_s << u"kollektivtrafiken"_s << u"0:15"_s;
    QTest::newRow("short word at starts") << u"ka"_s << u"Kaffe och kakor, ökade"_s << u"0:2 10:2"_s;
    QTest::newRow("phrase span") << u"\"och sjukvård\""_s << u"Hälso- och sjukvård"_s << u"7:12"_s;
    QTest::newRow("phrase, not the lone words") << u"\"region stockholm\""_s << u"Region Uppsala, Region Stockholm"_s
                                                << u"16:16"_s;
    QTest::newRow("joined word span") << u"covid-19-vaccin"_s << u"Nu: Covid-19-vaccinet"_s << u"4:15"_s;
    QTest::newRow("joined word from its part inside") << u"trafik-info"_s << u"Kollektivtrafik-information"_s
                                                      << u"9:11"_s;
    QTest::newRow("excluded terms not marked") << u"vaccin -boka"_s << u"Boka vaccin"_s << u"5:6"_s;
    QTest::newRow("only exclusions: nothing") << u"-boka"_s << u"Boka vaccin"_s << QString();
    QTest::newRow("no match") << u"trafik"_s << u"Sjukvården"_s << QString();
    QTest::newRow("empty query") << QString() << u"Sjukvården"_s << QString();
    // Positions in the text as given, also where folding changes its length.
    QTest::newRow("decomposed å, whole word") << u"vård"_s << u"Va\u030Ardcentral"_s << u"0:5"_s;
    QTest::newRow("decomposed å before the hit") << u"central"_s << u"va\u030Ardcentral"_s << u"5:7"_s;
    QTest::newRow("decomposed å after a phrase") << u"\"ny vård\""_s << u"Ny va\u030Ard"_s << u"0:8"_s;
    QTest::newRow("dotted capital I") << u"stanbul"_s << u"Resa till İstanbul"_s << u"11:7"_s;
    QTest::newRow("dotted I decomposed") << u"stanbul"_s << u"I\u0307stanbul"_s << u"2:7"_s;
    QTest::newRow("sharp s") << u"straße"_s << u"Große Straße"_s << u"6:6"_s;
    QTest::newRow("beyond the BMP") << u"\U0001D41A\U0001D41B\U0001D41C"_s << u"x \U0001D41A\U0001D41B\U0001D41C!"_s
                                    << u"2:6"_s;
}

void TestSearchMatcher::ranges()
{
    QFETCH(QString, query);
    QFETCH(QString, text);
    QFETCH(QString, ranges);
    const SearchMatcher matcher(SearchQuery::parse(query));
    QCOMPARE(rangesText(matcher.ranges(text)), ranges);
}

void TestSearchMatcher::rangesStayInsideText()
{
    // Texts whose folding changes length or that end oddly; every word of each
    // text, and its parts, as a query: ranges are inside the text, in order,
    // apart, never empty.
    const QStringList texts{
        u"Va\u030A\u030Ardcentralen i Ga\u0308vle"_s, u"I\u0307stanbul ß İ ﬁ"_s, u"\u0301\u0301 a\u0301"_s,
        u"\U0001D41A\U0001D41B\U0001D41C "_s + QChar(0xD800) + u" x"_s, u"trafik"_s + QChar(0xD835), u"Ὀδυσσεύς ΣΊΣΥΦΟΣ"_s,
        u"\u1100\u1161\u11A8 한국"_s,
    };
    for (const QString &text : texts) {
        QStringList queries;
        for (const SearchText::Token &token : SearchText::tokens(text)) {
            const QString word = text.mid(token.start, token.length);
            queries << word << token.folded << token.folded.left(2) << token.folded.mid(1)
                    << u'"' + word + u'"';
        }
        queries << text;
        for (const QString &query : std::as_const(queries)) {
            const QList<SearchMatcher::Range> found = SearchMatcher(SearchQuery::parse(query)).ranges(text);
            qsizetype end = -1;
            for (const SearchMatcher::Range &range : found) {
                const QString what = query + u" in "_s + text + u": "_s + rangesText(found);
                QVERIFY2(range.start > end && range.length > 0, qPrintable(what));
                QVERIFY2(range.start + range.length <= text.size(), qPrintable(what));
                end = range.start + range.length;
            }
        }
    }
}

void TestSearchMatcher::categories()
{
    const QStringList names{u"Trafik"_s, u"Hälso- och sjukvård"_s, u"Vårdpolitik"_s};
    const SearchMatcher matcher(SearchQuery::parse(u"sjukvård ambulans -trafik"_s));
    QCOMPARE(matcher.matchingCategories(names), QStringList{u"Hälso- och sjukvård"_s});
    QVERIFY(matcher.termMatchesCategory(0, u"Hälso- och sjukvård"));
    QVERIFY(!matcher.termMatchesCategory(1, u"Hälso- och sjukvård"));
    QVERIFY(!matcher.termMatchesCategory(7, u"Hälso- och sjukvård")); // no such term

    using Reasons = QList<std::pair<QString, QString>>;
    // "sjukvård" is not in the text, only in a category: that is why it matched.
    QCOMPARE(matcher.categoryReasons(u"Ambulans fast", u"Lång väntan", names),
             (Reasons{{u"sjukvård"_s, u"Hälso- och sjukvård"_s}}));
    // The text holds it: no reason to give.
    QCOMPARE(matcher.categoryReasons(u"Ambulans", u"Sjukvården larmar", names), Reasons{});
    // A phrase, and the first of two matching categories.
    const SearchMatcher vard(SearchQuery::parse(u"\"och sjukvård\" vård"_s));
    QCOMPARE(vard.categoryReasons(u"Kö", QStringView(), names),
             (Reasons{{u"\"och sjukvård\""_s, u"Hälso- och sjukvård"_s}, {u"vård"_s, u"Hälso- och sjukvård"_s}}));
    QCOMPARE(vard.matchingCategories(names), (QStringList{u"Hälso- och sjukvård"_s, u"Vårdpolitik"_s}));
}

void TestSearchMatcher::termsInTitle()
{
    const SearchMatcher matcher(SearchQuery::parse(u"vaccin boka \"region stockholm\" -trafik"_s));
    QCOMPARE(matcher.termsInTitle(u"Nyheter"), 0);
    QCOMPARE(matcher.termsInTitle(u"Vaccinet"), 1);
    QCOMPARE(matcher.termsInTitle(u"Boka vaccin i Region Stockholm, trafik"), 3);
    QCOMPARE(SearchMatcher().termsInTitle(u"Vaccin"), 0);
    QVERIFY(SearchMatcher().isEmpty());
}

void TestSearchMatcher::foldedTextHoldsTheFoldedWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Swedish") << u"Kö på Södersjukhuset – ”Vården” ÄR SÄMRE, år 2050!"_s;
    QTest::newRow("Latin-1 beyond Swedish") << u"Café MÜLLER ÆBLE ØL µ ß ÿ ª º ½"_s;
    QTest::newRow("Latin Extended") << u"ŁÓDŹ Čapek ǅ Ⱥ"_s;
    QTest::newRow("Cyrillic and Greek") << u"Москва, ΣΊΣΥΦΟΣ."_s;
    QTest::newRow("decomposed") << u"Va\u030Ardcentralen i Ga\u0308vle"_s;
    QTest::newRow("beyond the BMP") << u"\U0001D400\U0001D401 \U00010400"_s;
}

void TestSearchMatcher::foldedTextHoldsTheFoldedWords()
{
    // What matches() searches (the whole text folded at once) holds the same
    // words as tokens() (each word folded): the two paths agree.
    QFETCH(QString, text);
    QString folded;
    SearchText::foldText(text, folded);
    QStringList wordsOfFolded;
    for (const SearchText::Token &token : SearchText::tokens(folded))
        wordsOfFolded.append(folded.mid(token.start, token.length));
    QStringList foldedWords;
    for (const SearchText::Token &token : SearchText::tokens(text))
        foldedWords.append(token.folded);
    QCOMPARE(wordsOfFolded, foldedWords);
}

void TestSearchMatcher::hugeText()
{
    // A summary of 4 MB: found at its end, and searched again after it with
    // the same buffers.
    const QString huge = QString(4 << 20, u'x') + u" kollektivtrafiken"_s;
    const SearchMatcher matcher(SearchQuery::parse(u"trafik"_s));
    QVERIFY(matcher.matches(u"Titel", huge, QStringList()));
    QVERIFY(!matcher.matches(u"Titel", u"Kort", QStringList()));
    QVERIFY(matcher.matches(u"Trafik", u"Kort", QStringList()));
}

void TestSearchMatcher::severalThreads()
{
    // The store calls matches() on its worker thread and the GUI thread at
    // once: each thread folds into buffers of its own.
    const SearchMatcher matcher(SearchQuery::parse(u"vård -\"region stockholm\""_s));
    const QList<std::pair<QString, bool>> rows{
        {u"Sjukvården i Region Stockholm"_s, false}, {u"Vårdcentralen i Solna"_s, true},
        {u"Trafiken"_s, false}, {u"VÅRD OCH OMSORG, region uppsala"_s, true}};
    std::vector<int> failures(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 20000; ++round) {
                const auto &[title, expected] = rows.at((round + t) % rows.size());
                if (matcher.matches(title, u"Kort sammanfattning om dagen", QStringList{u"Nyheter"_s}) != expected)
                    ++failures[t];
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures, std::vector<int>(4, 0));
}

QTEST_APPLESS_MAIN(TestSearchMatcher)
#include "tst_searchmatcher.moc"
