#include "searchcases.h"

#include "models/search/searchmatcher.h"
#include "models/search/searchquery.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SearchCases {

QList<ListingItem> ruleItems()
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
        // A phrase or joined word never runs from the title into the summary.
        {u"KOLLEKTIVTRAFIKEN växer i region"_s, u"Stockholm bygger ut: nya spår, fler turer."_s,
         u"Kollektivtrafik"_s},
        {u"Tåg–buss, 24/7"_s, u"Nattbussar (N1–N9) går i ÖSTRA Årsta & Älvsjö."_s, QString()},
        // Characters special to SQL literals, LIKE and dollar quoting, in words.
        {u"O'Hara om 50%_rabatt"_s, u"Mappen C:\\kaffe\\O'Hara och $$kafé$$ på d'Arc."_s, u"Kultur"_s},
    };
}

namespace {

// Words: compound parts, case, short words, numbers, joined words.
QStringList wordQueries()
{
    return {
        u"trafik"_s,             // compound part: kollektivtrafiken, Trafikverket
        u"TRAFIK"_s,             // case
        u"kollektivtrafik"_s,    // the Swedish compound, in the text and as a category
        u"KollektivTrafiken"_s,
        u"sjukhus"_s,            // Södersjukhuset, Akutsjukhus
        u"station"_s,            // tunnelbanestation
        u"vård"_s,               // sjukvården, vårdtext; never vardag
        u"vard"_s,               // vardag, never vård
        u"gård"_s,               // bondgårdar
        u"ka"_s,                 // 2 characters: the start of a word
        u"afé"_s,                // inside a word from 3 on
        u"s"_s,                  // 1 character
        u"å"_s,                  // one Swedish letter: the start of a word (år, Årsta)
        u"ÖS"_s,                 // two, upper case (östra)
        u"äl"_s,                 // älgar, Älvsjö
        u"19"_s,                 // a number's start
        u"1177"_s,
        u"2050"_s,
        u"24"_s,
        u"vaccin boka"_s,        // any order
        u"boka vaccin"_s,
        u"covid-19-vaccin"_s,    // joined words: adjacent parts
        u"covid-19"_s,
        u"vid-19-vacc"_s,        // joined parts inside their words
        u"19-vaccin"_s,
        u"1177.se"_s,
        u"EU:s"_s,
        u"eu-kommissionen"_s,
        u"24/7"_s,
        u"n1-n9"_s,
        u"tåg-buss"_s,
        u"region-stockholm"_s,   // joined across title and summary: never
        u"hälso-och"_s,          // joined words of a category name
    };
}

// Phrases, exclusions, categories, syntax and symbols.
QStringList syntaxQueries()
{
    return {
        u"\"och sjukvård\""_s,   // phrases (in a category name too)
        u"\"region stockholm\""_s,
        u"\"vård\""_s,           // one word exactly
        u"\"stockholm region\""_s,
        u"\"i region stockholm\""_s, // across title and summary: never
        u"\"östra årsta\""_s,
        u"\"styrninghälso och\""_s,
        u"budget -stockholm"_s,  // exclusions
        u"-vaccin"_s,
        u"-\"region stockholm\""_s,
        u"stockholm -\"region stockholm\""_s,
        u"-covid-19 vaccin"_s,
        u"-sjukvård"_s,          // excluded by a category name
        u"-kollektivtrafik -kultur"_s,
        u"sjukvård"_s,           // a category name's word
        u"hälso"_s,
        u"kultur"_s,
        u"natur"_s,
        u"\"region stock"_s,     // unclosed quote
        u"-"_s,                  // a lone minus
        u"vaccin -"_s,
        u"!!!"_s,                // only symbols: every item
        u"– & /"_s,
        u"ankor OR zebror"_s,    // FTS syntax is text
        u"\"citat\""_s,
        u"zzzyx"_s,              // nothing
        u"trafik zzzyx"_s,
        u"-zzzyx"_s,             // excludes nothing
        u"älgar år örebro"_s,    // å ä ö, capitals in the text
        u"ÄLGAR ÅR ÖREBRO"_s,
        u"algar"_s,
        u"orebro"_s,
        u"o\u0308rebro"_s,       // decomposed ö
        u"för stockholm budget"_s, // three words
        u"stockholm budget region"_s,
        u"'); DROP TABLE items;--"_s,
        u"100%"_s,               // characters special to LIKE and to regular expressions are text
        u"a_b"_s,
        u"(.*)"_s,
        u"\\\\"_s,
        u"[^ ]"_s,
        u"\uE0001"_s,            // the SQLite index's category mark typed: a separator
        u"x\uE0001"_s,
        u"|"_s,                  // the shared archive's field separator typed: a separator
        u"region|stockholm"_s,
        u"o'hara"_s,             // ', \, %, _ and $$ in words: bound values, never the statement's text
        u"o'hara 50%_rabatt"_s,
        u"c:\\kaffe\\o'hara"_s,
        u"$$kafé$$"_s,
        u"d'arc $$kafé$$ o'hara"_s,
        u"\"o'hara om\""_s,
        u"-o'hara kafé"_s,
    };
}

} // namespace

QStringList queries()
{
    return wordQueries() + syntaxQueries();
}

QStringList pagedQueries()
{
    return {u"s"_s, u"och"_s, u"vård"_s, u"-vaccin"_s, u"stockholm -\"region stockholm\""_s};
}

QList<qint64> expected(const QList<Reference> &items, const QString &typed, bool bestMatch)
{
    const SearchMatcher matcher(SearchQuery::parse(typed));
    QList<qint64> ids;
    QHash<qint64, int> inTitle;
    for (const Reference &item : items) {
        if (matcher.matches(item.title, item.summary, item.categories)) {
            ids.append(item.id);
            inTitle.insert(item.id, matcher.termsInTitle(item.title));
        }
    }
    if (bestMatch)
        std::stable_sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) { return inTitle[a] > inTitle[b]; });
    return ids;
}

QMap<QString, qint64> expectedCounts(const QList<Reference> &items, const QList<qint64> &ids)
{
    QMap<QString, qint64> counts;
    for (const Reference &item : items) {
        for (const QString &name : item.categories)
            counts[name] += ids.contains(item.id) ? 1 : 0;
        if (item.categories.isEmpty() && ids.contains(item.id))
            counts[QString()] += 1;
    }
    return counts;
}

namespace {

QList<qint64> inCategories(const QList<Reference> &items, const QList<qint64> &ids, const QStringList &categories,
                           ItemFilter::Match match)
{
    QList<qint64> result;
    for (const Reference &item : items) {
        const auto holds = [&](const QString &name) { return item.categories.contains(name); };
        const bool in = match == ItemFilter::Match::Any ? std::any_of(categories.cbegin(), categories.cend(), holds)
                                                        : std::all_of(categories.cbegin(), categories.cend(), holds);
        if (in && ids.contains(item.id))
            result.append(item.id);
    }
    return result;
}

} // namespace

QList<Narrowed> narrowedByCategories(const QList<Reference> &items, const QList<qint64> &ids, const ItemFilter &filter)
{
    const QStringList two{u"Hälso- och sjukvård"_s, u"Organisation och styrning"_s};
    QList<Narrowed> result;
    for (const QStringList &categories : {QStringList{two.first()}, two}) {
        for (ItemFilter::Match match : {ItemFilter::Match::Any, ItemFilter::Match::All}) {
            ItemFilter narrow = filter;
            narrow.categories = categories;
            narrow.match = match;
            result.append({narrow, inCategories(items, ids, categories, match)});
        }
    }
    return result;
}

} // namespace SearchCases
