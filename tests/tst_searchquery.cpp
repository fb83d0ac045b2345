// SearchQuery: what a typed search means (issue 14), on Swedish text.

#include "models/search/searchquery.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSearchQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void terms_data();
    void terms();
    void understood_data();
    void understood();
    void termText();
};

void TestSearchQuery::parse_data()
{
    // canonical() spells out every term: its kind (quotes), its parts (a hyphen
    // between joined words, a space inside a phrase) and whether it is
    // excluded (a leading minus), so comparing it checks the whole parse.
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("usesSyntax");

    QTest::newRow("two words, any order") << u"vaccin boka"_s << u"vaccin boka"_s << false;
    QTest::newRow("upper case folded") << u"Vård SJUKHUS"_s << u"vård sjukhus"_s << false;
    QTest::newRow("å ä ö kept") << u"Åre ÄLV östersund"_s << u"åre älv östersund"_s << false;
    QTest::newRow("decomposed å read as å") << u"va\u030Ard"_s << u"vård"_s << false;
    QTest::newRow("compound part") << u"trafik"_s << u"trafik"_s << false;
    QTest::newRow("short words") << u"ka i 19"_s << u"ka i 19"_s << false;
    QTest::newRow("numbers") << u"1177 2050"_s << u"1177 2050"_s << false;
    QTest::newRow("hyphen joins words") << u"covid-19-vaccin"_s << u"covid-19-vaccin"_s << false;
    QTest::newRow("dot joins words") << u"1177.se"_s << u"1177-se"_s << false;
    QTest::newRow("colon joins words") << u"EU:s"_s << u"eu-s"_s << false;
    QTest::newRow("punctuation around words") << u"vaccin, boka!"_s << u"vaccin boka"_s << false;
    QTest::newRow("symbols between words ignored") << u"vaccin && boka"_s << u"vaccin boka"_s << false;
    QTest::newRow("the same word once") << u"vaccin Vaccin VACCIN"_s << u"vaccin"_s << false;
    QTest::newRow("phrase") << u"\"och sjukvård\""_s << u"\"och sjukvård\""_s << true;
    QTest::newRow("phrase folded, punctuation dropped") << u"\"Hälso- och Sjukvård\""_s
                                                        << u"\"hälso och sjukvård\""_s << true;
    QTest::newRow("one-word phrase") << u"\"vård\""_s << u"\"vård\""_s << true;
    QTest::newRow("typographic quotes") << u"”Region Stockholm”"_s << u"\"region stockholm\""_s << true;
    QTest::newRow("phrase right after a word") << u"boka\"och sjukvård\""_s << u"boka \"och sjukvård\""_s << true;
    QTest::newRow("phrase and words") << u"boka \"och sjukvård\" vaccin"_s
                                      << u"boka \"och sjukvård\" vaccin"_s << true;
    QTest::newRow("exclusion") << u"vaccin -boka"_s << u"vaccin -boka"_s << true;
    QTest::newRow("excluded joined word") << u"vaccin -covid-19"_s << u"vaccin -covid-19"_s << true;
    QTest::newRow("excluded phrase") << u"vård -\"Region Stockholm\""_s << u"vård -\"region stockholm\""_s << true;
    QTest::newRow("only exclusions") << u"-vaccin -covid"_s << u"-vaccin -covid"_s << true;
    QTest::newRow("excluded and wanted the same") << u"vaccin -vaccin"_s << u"vaccin -vaccin"_s << true;
    QTest::newRow("minus at the start of the text") << u"-vaccin boka"_s << u"-vaccin boka"_s << true;
    QTest::newRow("minus after a tab") << u"boka\t-vaccin"_s << u"boka -vaccin"_s << true;
    QTest::newRow("hyphen inside a word is punctuation") << u"covid-19"_s << u"covid-19"_s << false;
    QTest::newRow("trailing hyphen is punctuation") << u"vaccin-"_s << u"vaccin"_s << false;
    QTest::newRow("minus after a bracket is punctuation") << u"(-vaccin)"_s << u"vaccin"_s << false;
    QTest::newRow("minus after a closing quote is punctuation") << u"\"a b\"-c"_s << u"\"a b\" c"_s << true;
    QTest::newRow("two minuses exclude once") << u"--vaccin"_s << u"-vaccin"_s << true;
    QTest::newRow("lone minus ignored") << u"vaccin - boka"_s << u"vaccin boka"_s << true;
    QTest::newRow("lone minus at the end") << u"vaccin -"_s << u"vaccin"_s << true;
    QTest::newRow("minus before symbols ignored") << u"vaccin -!!!"_s << u"vaccin"_s << true;
    QTest::newRow("only a minus") << u"-"_s << QString() << true;
    QTest::newRow("unclosed quote: phrase to the end") << u"boka \"och sjukvård"_s
                                                       << u"boka \"och sjukvård\""_s << true;
    QTest::newRow("unclosed quote, excluded") << u"vård -\"region stockholm"_s
                                              << u"vård -\"region stockholm\""_s << true;
    QTest::newRow("unclosed quote with nothing after") << u"boka \""_s << u"boka"_s << true;
    QTest::newRow("empty phrase ignored") << u"\"\" vaccin"_s << u"vaccin"_s << true;
    QTest::newRow("excluded empty phrase ignored") << u"vaccin -\"\""_s << u"vaccin"_s << true;
    QTest::newRow("phrase of symbols ignored") << u"\"!!!\" vaccin"_s << u"vaccin"_s << true;
    QTest::newRow("only punctuation") << u"!!!"_s << QString() << true;
    QTest::newRow("only hyphens") << u"---"_s << QString() << true;
    QTest::newRow("only quotes") << u"\"\"\""_s << QString() << true;
    QTest::newRow("empty") << QString() << QString() << false;
    QTest::newRow("only white space") << u"  \t "_s << QString() << false;
    QTest::newRow("other scripts") << u"Москва Ελλάδα"_s << u"москва ελλάδα"_s << false;
}

void TestSearchQuery::parse()
{
    QFETCH(QString, typed);
    QFETCH(QString, canonical);
    QFETCH(bool, usesSyntax);

    const SearchQuery query = SearchQuery::parse(typed);
    QCOMPARE(query.canonical(), canonical);
    QCOMPARE(query.usesSyntax(), usesSyntax);
    QCOMPARE(query.isEmpty(), canonical.isEmpty());

    // The round trip: the normal form reads back as the same query, and is
    // its own normal form.
    const SearchQuery again = SearchQuery::parse(query.canonical());
    QCOMPARE(again, query);
    QCOMPARE(again.canonical(), canonical);
}

void TestSearchQuery::terms_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("kind"); // of the first term
    QTest::addColumn<QStringList>("parts");
    QTest::addColumn<bool>("excluded");
    QTest::addColumn<bool>("positive"); // hasPositiveTerms()

    const int word = int(SearchQuery::Term::Kind::Word);
    const int phrase = int(SearchQuery::Term::Kind::Phrase);
    QTest::newRow("word") << u"Trafik"_s << word << QStringList{u"trafik"_s} << false << true;
    QTest::newRow("joined word") << u"covid-19-vaccin"_s << word
                                 << QStringList{u"covid"_s, u"19"_s, u"vaccin"_s} << false << true;
    QTest::newRow("phrase") << u"\"Och Sjukvård\""_s << phrase << QStringList{u"och"_s, u"sjukvård"_s} << false
                            << true;
    QTest::newRow("one-word phrase") << u"\"vård\""_s << phrase << QStringList{u"vård"_s} << false << true;
    QTest::newRow("excluded word") << u"-vaccin"_s << word << QStringList{u"vaccin"_s} << true << false;
    QTest::newRow("excluded phrase") << u"-\"region stockholm\""_s << phrase
                                     << QStringList{u"region"_s, u"stockholm"_s} << true << false;
    QTest::newRow("excluded then wanted") << u"-vaccin boka"_s << word << QStringList{u"vaccin"_s} << true << true;
}

void TestSearchQuery::terms()
{
    QFETCH(QString, typed);
    QFETCH(int, kind);
    QFETCH(QStringList, parts);
    QFETCH(bool, excluded);
    QFETCH(bool, positive);

    const SearchQuery query = SearchQuery::parse(typed);
    QVERIFY(!query.terms().isEmpty());
    const SearchQuery::Term &term = query.terms().first();
    QCOMPARE(int(term.kind), kind);
    QCOMPARE(term.parts, parts);
    QCOMPARE(term.excluded, excluded);
    QCOMPARE(query.hasPositiveTerms(), positive);
}

void TestSearchQuery::understood_data()
{
    // No translator is installed: the English source texts.
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("understood");

    QTest::newRow("one word") << u"vaccin"_s << u"Every item holding “vaccin”."_s;
    QTest::newRow("two words") << u"vaccin boka"_s << u"Every item holding “vaccin” and “boka”."_s;
    QTest::newRow("three words") << u"a b c"_s << u"Every item holding “a”, “b” and “c”."_s;
    QTest::newRow("joined word") << u"Covid-19-vaccin"_s << u"Every item holding “covid-19-vaccin”."_s;
    QTest::newRow("phrase, word, exclusion")
        << u"boka \"och sjukvård\" -vaccin"_s
        << u"Every item holding “boka” and the phrase “och sjukvård”, but not “vaccin”."_s;
    QTest::newRow("two exclusions") << u"vård -vaccin -\"region stockholm\""_s
                                    << u"Every item holding “vård”, but not “vaccin” or the phrase “region stockholm”."_s;
    QTest::newRow("only exclusions") << u"-vaccin -covid"_s
                                     << u"Every item except those holding “vaccin” or “covid”."_s;
    QTest::newRow("unclosed quote")
        << u"boka \"och sjukvård"_s
        << u"Every item holding “boka” and the phrase “och sjukvård”. The quote before “och sjukvård” was not "
           "closed: read as a phrase to the end."_s;
    QTest::newRow("lone minus") << u"vaccin -"_s
                                << u"Every item holding “vaccin”. The minus in “-” was ignored: no word follows it."_s;
    QTest::newRow("minus before symbols")
        << u"vaccin -!!"_s << u"Every item holding “vaccin”. The minus in “-!!” was ignored: no word follows it."_s;
    QTest::newRow("empty quotes") << u"\"\" vaccin"_s
                                  << u"Every item holding “vaccin”. Quotes with no word inside were ignored."_s;
    QTest::newRow("only punctuation") << u"!!!"_s << u"“!!!” holds no letters or digits: every item is shown."_s;
    QTest::newRow("only hyphens") << u" --- "_s << u"“---” holds no letters or digits: every item is shown."_s;
    QTest::newRow("only a minus") << u"-"_s << u"“-” holds no letters or digits: every item is shown."_s;
    QTest::newRow("nothing typed") << QString() << QString();
}

void TestSearchQuery::understood()
{
    QFETCH(QString, typed);
    QFETCH(QString, understood);
    QCOMPARE(SearchQuery::parse(typed).understood(), understood);
}

void TestSearchQuery::termText()
{
    const SearchQuery query = SearchQuery::parse(u"Covid-19-vaccin \"Och Sjukvård\" -Boka -\"Region Stockholm\""_s);
    QStringList texts;
    for (const SearchQuery::Term &term : query.terms())
        texts.append(SearchQuery::termText(term));
    QCOMPARE(texts, (QStringList{u"covid-19-vaccin"_s, u"\"och sjukvård\""_s, u"-boka"_s,
                                 u"-\"region stockholm\""_s}));
}

QTEST_APPLESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
