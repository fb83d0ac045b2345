#pragma once

#include "models/search/searchquery.h"
#include "models/search/searchtext.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>

// Applies a SearchQuery to an item's text by the rules of SearchText and
// SearchQuery: whether the item passes (the store's SQL function uses this
// for phrases and joined words, which the index cannot check), where to
// highlight (list rows, the detail pane, HTML export), why an item matched
// (which categories), and how well (best match first).
class SearchMatcher
{
public:
    SearchMatcher() = default;
    explicit SearchMatcher(SearchQuery query);

    const SearchQuery &query() const { return m_query; }
    bool isEmpty() const { return m_query.isEmpty(); }

    // Whether term (an index into query().terms()) matches words (the tokens
    // of one text), or the name of a category.
    bool termMatches(qsizetype term, const QList<SearchText::Token> &words) const;
    bool termMatchesCategory(qsizetype term, QStringView categoryName) const;

    // The item passes: every positive term matches its title, its summary or
    // one of its category names, and no excluded term matches any of them.
    bool matches(QStringView title, QStringView summary, const QStringList &categories) const;
    // The same with the category names in one text, separated by separator
    // (the store's SQL function: names joined by char(31)), without a list.
    //
    // Cost: each text is folded once into a buffer of the calling thread (no
    // allocation per word, none per row once the buffers have grown) and
    // searched with QStringView; texts are folded only when a term needs
    // them. The query was parsed once, in the constructor.
    bool matches(QStringView title, QStringView summary, QStringView categories, QChar separator) const;

    struct Range
    {
        qsizetype start = 0;  // in the text given, UTF-16 code units
        qsizetype length = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };
    // What to highlight in text: every match of every positive term (the
    // matching part of a word, compound parts included; a phrase or joined
    // word from its first part to its last), in order, overlaps merged.
    QList<Range> ranges(QStringView text) const;

    // The names among categories that a positive term matches (why an item
    // matched when its text does not hold the term).
    QStringList matchingCategories(const QStringList &categories) const;
    // The positive terms (as typed, canonical form) that the item's title and
    // summary do not hold but one of its categories does, each with the first
    // such category: "sjukvård" -> "Hälso- och sjukvård".
    QList<std::pair<QString, QString>> categoryReasons(QStringView title, QStringView summary,
                                                       const QStringList &categories) const;

    // How many positive terms the title holds (best match first: more first).
    int termsInTitle(QStringView title) const;

private:
    SearchQuery m_query;
};
