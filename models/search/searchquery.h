#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// What a person typed into the search box (or after --search), read once into
// terms. Every positive term must match an item (in any order); no excluded
// term may. The rules (docs/ARCHITECTURE.md, "Search"):
//
//   vaccin boka         two words, any order, both must match
//   trafik              a word of 3 or more characters matches inside words
//                       too ("kollektivtrafiken"); 1-2 characters match at
//                       the start of a word (SearchText)
//   covid-19-vaccin     words joined by punctuation: their parts in adjacent
//                       words, each part by the word rules
//   "och sjukvård"      a phrase: exactly these whole words, in this order
//   -vaccin             excludes items the term matches ("-\"a b\"" too)
//
// Nothing typed is an error: an unclosed quote runs to the end of the text; a
// lone "-", or one before no word, is ignored; punctuation separates words; a
// query of only symbols has no terms (and finds every item).
class SearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)

public:
    struct Term
    {
        enum class Kind {
            Word,   // one word, or words joined by punctuation (parts.size() > 1)
            Phrase, // quoted: whole words, exactly, in sequence
        };
        Kind kind = Kind::Word;
        QStringList parts;    // folded words (SearchText::fold), never empty
        bool excluded = false;

        friend bool operator==(const Term &, const Term &) = default;
    };

    SearchQuery() = default;
    static SearchQuery parse(QStringView typed);

    const QList<Term> &terms() const { return m_terms; }
    // No terms: the query selects every item.
    bool isEmpty() const { return m_terms.isEmpty(); }
    // At least one term that is not excluded.
    bool hasPositiveTerms() const;
    // Whether quotes or a minus were typed (used or ignored), or the text
    // held only symbols: then understood() is worth showing.
    bool usesSyntax() const { return m_usesSyntax; }
    // How the query was read, in the interface's language, plain text (for
    // the window's search field and the command line), e.g.
    //   Every item holding “boka” and the phrase “och sjukvård”, but not “vaccin”.
    //   “!!!” holds no letters or digits: every item is shown.
    //   The quote after “och” was not closed: read as a phrase to the end.
    QString understood() const;
    // A normal form: parse(canonical()) == *this, and two queries with the
    // same terms in the same order have the same form (a cache key, and what
    // the store passes to its SQL function).
    QString canonical() const;
    // One term in that form: vaccin, covid-19-vaccin, "och sjukvård", -vaccin.
    static QString termText(const Term &term);

    friend bool operator==(const SearchQuery &a, const SearchQuery &b) { return a.m_terms == b.m_terms; }

private:
    // What understood() says about syntax taken literally or ignored; kept
    // untranslated so that understood() follows a change of language.
    struct Note
    {
        enum class Kind {
            UnclosedQuote,   // detail: the phrase read to the end
            EmptyQuotes,     // detail: unused
            MinusBeforeNoWord, // detail: the minus and what followed it
        };
        Kind kind;
        QString detail;
    };
    class Parser;
    friend class Parser;

    QString termsSentence() const;
    QString noteSentence(const Note &note) const;

    QList<Term> m_terms;
    bool m_usesSyntax = false;
    QList<Note> m_notes;
    QString m_typed;
};
