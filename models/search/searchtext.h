#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

// How newsdesk reads text for search: the one definition shared by the search
// index's term list (the importer), the query (SearchQuery), the matcher
// (SearchMatcher: the store's check of phrases, the highlights, "why it
// matched") and the command line.
//
// A word is a run of letters, digits and marks: what the cache's unicode61
// tokenizer keeps (Unicode categories L*, N*, M*, Co). Words are compared
// case-folded; å, ä and ö are letters of their own (never a or o). A typed
// part of InsideWordFrom or more characters matches anywhere inside a word
// (the parts of a Swedish compound: "trafik" in "kollektivtrafiken"); a
// shorter one matches at the start of a word ("ka" in "kaffe").
namespace SearchText {

inline constexpr int InsideWordFrom = 3;
// The search index's mark of a category token (models/store/sqlite/searchindex):
// never part of a word.
inline constexpr char32_t IndexCategoryMark = 0xE000;

struct Token
{
    qsizetype start = 0;  // in the text, in UTF-16 code units
    qsizetype length = 0; // in the text, in UTF-16 code units
    QString folded;       // case-folded

    friend bool operator==(const Token &, const Token &) = default;
};

// Whether c belongs to a word.
bool isWordCharacter(char32_t c);
// The code point at i of text (a surrogate pair whole); units: how many UTF-16 units it takes.
char32_t codePointAt(QStringView text, qsizetype i, qsizetype &units);
// Whether the character at i of text belongs to a word; units as codePointAt().
// Latin-1 from a table, without a call per character of other code.
bool isWordCharacterAt(QStringView text, qsizetype i, qsizetype &units);
// word case-folded (and in Unicode normal form C), as the index and the matcher compare it.
QString fold(QStringView word);
// Every word of text, in order, with where it stands in text.
QList<Token> tokens(QStringView text);
// The first word of text at or after from: its start, with its length in
// length; -1 when there is none. Makes no strings.
qsizetype nextWord(QStringView text, qsizetype from, qsizetype &length);
// text case-folded as a whole into out (reusing its storage), for searching
// inside it with QStringView: each word of out is what fold() makes of the
// word of text (so a folded part found in out lies inside one word), the
// characters between words may be kept as they are. out has text's length
// unless text is not in normal form C (then positions differ: use tokens()
// for positions). Text of Latin-1 letters, punctuation and quotes (Swedish)
// is folded in one pass without allocating; other letters take the general
// path (a copy normalised and folded).
void foldText(QStringView text, QString &out);
// Adds the distinct folded words of text to terms (the index's term list).
void addTerms(QStringView text, QSet<QString> &terms);
// Where the folded typed part matches in the folded word: its first position
// inside the word from InsideWordFrom characters on, else 0 when the word
// starts with it; -1 when it does not match.
qsizetype matchPosition(QStringView part, QStringView word);
// Whether a typed part matches inside words: InsideWordFrom or more
// characters (code points, not UTF-16 units).
bool matchesInsideWords(QStringView part);
inline bool partMatches(QStringView part, QStringView word)
{
    return matchPosition(part, word) >= 0;
}

} // namespace SearchText
