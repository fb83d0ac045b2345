#include "models/search/searchmatcher.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>

using Term = SearchQuery::Term;

namespace {

bool wordBefore(QStringView text, qsizetype i)
{
    if (i <= 0)
        return false;
    const QChar c = text.at(i - 1);
    if (c.isLowSurrogate() && i >= 2 && text.at(i - 2).isHighSurrogate())
        return SearchText::isWordCharacter(QChar::surrogateToUcs4(text.at(i - 2), c));
    return SearchText::isWordCharacter(c.unicode());
}

bool wordAt(QStringView text, qsizetype i)
{
    qsizetype units = 1;
    return i < text.size() && SearchText::isWordCharacterAt(text, i, units);
}

qsizetype wordEnd(QStringView text, qsizetype i)
{
    qsizetype units = 1;
    while (i < text.size() && SearchText::isWordCharacterAt(text, i, units))
        i += units;
    return i;
}

qsizetype nextWordStart(QStringView text, qsizetype i)
{
    qsizetype units = 1;
    while (i < text.size() && !SearchText::isWordCharacterAt(text, i, units))
        i += units;
    return i;
}

// How often a folded letter occurs in Swedish text, roughly, in tenths of a
// percent; other characters (digits, other letters) count as rare.
int commonness(QChar c)
{
    static constexpr std::array<unsigned char, 26> latin{
        94, 15, 15, 47, 100, 20, 29, 21, 58, 6, 31, 53, 35, 85, 45, 18, 1, 84, 66, 77, 19, 24, 1, 2, 7, 1};
    const char16_t u = c.unicode();
    if (u >= u'a' && u <= u'z')
        return latin[u - u'a'];
    if (u == 0xE5 || u == 0xE4 || u == 0xF6) // å ä ö
        return 15;
    return 10;
}

// The first position at or after from where folded text holds part. Looks
// for the part's least common letter with Qt's vectorised character search
// and compares the whole part around it: on 600 characters of Swedish 30-50%
// less time than QStringView::indexOf(QStringView), which hashes every
// position (any anchor gives the same answer: the comparison decides).
qsizetype find(QStringView text, QStringView part, qsizetype from)
{
    qsizetype anchor = 0;
    for (qsizetype i = 1; i < part.size(); ++i) {
        if (commonness(part.at(i)) < commonness(part.at(anchor)))
            anchor = i;
    }
    const QChar rare = part.at(anchor);
    const qsizetype last = text.size() - part.size();
    for (qsizetype at = text.indexOf(rare, from + anchor); at >= 0; at = text.indexOf(rare, at + 1)) {
        const qsizetype pos = at - anchor;
        if (pos > last)
            break;
        if (text.sliced(pos, part.size()) == part)
            return pos;
    }
    return -1;
}

// Where the first part of term matches in folded text at or after from: by
// the word rules, or (a phrase) as a whole word; -1 when nowhere.
qsizetype findFirstPart(const Term &term, QStringView text, qsizetype from)
{
    const QStringView part = term.parts.first();
    const bool phrase = term.kind == Term::Kind::Phrase;
    const bool inside = !phrase && SearchText::matchesInsideWords(part);
    for (qsizetype pos = find(text, part, from); pos >= 0; pos = find(text, part, pos + 1)) {
        if (inside)
            return pos; // a part is made of word characters: it lies inside one word
        if (!wordBefore(text, pos) && (!phrase || !wordAt(text, pos + part.size())))
            return pos;
    }
    return -1;
}

bool wordMatchesPart(const Term &term, qsizetype index, QStringView word)
{
    const QString &part = term.parts.at(index);
    return term.kind == Term::Kind::Phrase ? word == part : SearchText::partMatches(part, word);
}

// Whether the words after position i of text match the term's parts from 1 on.
bool followingWordsMatch(const Term &term, QStringView text, qsizetype i)
{
    for (qsizetype part = 1; part < term.parts.size(); ++part) {
        const qsizetype start = nextWordStart(text, i);
        if (start >= text.size())
            return false;
        i = wordEnd(text, start);
        if (!wordMatchesPart(term, part, text.sliced(start, i - start)))
            return false;
    }
    return true;
}

// Whether term matches folded text (SearchText::foldText). The text is
// searched for the term's first part with QStringView::indexOf; only around
// a hit are words looked at, and nothing is allocated.
bool textMatches(const Term &term, QStringView text)
{
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype pos = findFirstPart(term, text, from);
        if (pos < 0)
            return false;
        if (term.parts.size() == 1)
            return true;
        // Later hits inside this word have the same words after them.
        from = wordEnd(text, pos + term.parts.first().size());
        if (followingWordsMatch(term, text, from))
            return true;
    }
    return false;
}

// A word of a text: where it stands in the text, and its folded form.
struct Word
{
    qsizetype start = 0;
    qsizetype length = 0;
    QStringView folded;
};
using Words = QVarLengthArray<Word, 128>;

// Whether term matches the words from i on (Words or SearchText::Token).
template <typename List>
bool sequenceAt(const Term &term, const List &words, qsizetype i)
{
    if (i + term.parts.size() > words.size())
        return false;
    for (qsizetype part = 0; part < term.parts.size(); ++part) {
        if (!wordMatchesPart(term, part, words.at(i + part).folded))
            return false;
    }
    return true;
}

// The words of text for ranges(), given text folded (SearchText::foldText).
// When folding kept the text's length (all Latin text in normal form C) they
// are views into folded, at the text's positions: no string per word. Else
// tokens() (kept in tokens).
Words wordsOf(QStringView text, const QString &folded, QList<SearchText::Token> &tokens)
{
    Words words;
    if (folded.size() == text.size()) {
        const QStringView view(folded);
        qsizetype length = 0;
        for (qsizetype start = SearchText::nextWord(view, 0, length); start >= 0;
             start = SearchText::nextWord(view, start + length, length))
            words.append(Word{start, length, view.sliced(start, length)});
        return words;
    }
    tokens = SearchText::tokens(text);
    for (const SearchText::Token &token : std::as_const(tokens))
        words.append(Word{token.start, token.length, token.folded});
    return words;
}

// The texts of one item, each folded once when a term first needs it, into
// buffers of the calling thread that keep their storage from row to row.
class FoldedItem
{
public:
    FoldedItem(QStringView title, QStringView summary, QStringView categories, QChar separator)
        : m_sources{title, summary, categories}, m_separator(separator)
    {
    }
    ~FoldedItem()
    {
        for (QString &buffer : buffers()) {
            if (buffer.capacity() > (1 << 20))
                buffer = QString(); // one huge item keeps no megabytes alive
        }
    }
    Q_DISABLE_COPY_MOVE(FoldedItem)

    bool holds(const Term &term)
    {
        return textMatches(term, folded(0)) || textMatches(term, folded(1)) || categoryHolds(term);
    }

private:
    static std::array<QString, 3> &buffers()
    {
        thread_local std::array<QString, 3> perThread;
        return perThread;
    }

    QStringView folded(int slot)
    {
        if (!m_folded[slot]) {
            SearchText::foldText(m_sources[slot], buffers()[slot]);
            m_folded[slot] = true;
        }
        return buffers()[slot];
    }

    bool categoryHolds(const Term &term)
    {
        const QStringView names = folded(2);
        qsizetype start = 0;
        while (start < names.size()) {
            qsizetype end = names.indexOf(m_separator, start);
            if (end < 0)
                end = names.size();
            if (textMatches(term, names.sliced(start, end - start)))
                return true;
            start = end + 1;
        }
        return false;
    }

    std::array<QStringView, 3> m_sources;
    std::array<bool, 3> m_folded{};
    QChar m_separator;
};

// Where folded offset lies in the original word of token: the same offset
// when folding kept the word's length, else found by folding its prefixes
// (only words not in normal form C).
qsizetype originalOffset(QStringView text, const Word &token, qsizetype offset, bool end)
{
    if (token.folded.size() == token.length)
        return token.start + qBound(qsizetype(0), offset, token.length);
    const QStringView word = text.sliced(token.start, token.length);
    qsizetype best = end ? token.length : 0;
    qsizetype units = 1;
    for (qsizetype b = 0; b <= word.size(); b += units) {
        const qsizetype foldedLength = SearchText::fold(word.first(b)).size();
        if (!end && foldedLength <= offset)
            best = b;
        if (end && foldedLength >= offset) {
            best = b;
            break;
        }
        if (b < word.size())
            SearchText::codePointAt(word, b, units);
    }
    return token.start + best;
}

} // namespace

SearchMatcher::SearchMatcher(SearchQuery query) : m_query(std::move(query)) {}

bool SearchMatcher::termMatches(qsizetype term, const QList<SearchText::Token> &words) const
{
    if (term < 0 || term >= m_query.terms().size())
        return false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (sequenceAt(m_query.terms().at(term), words, i))
            return true;
    }
    return false;
}

bool SearchMatcher::termMatchesCategory(qsizetype term, QStringView categoryName) const
{
    if (term < 0 || term >= m_query.terms().size())
        return false;
    QString folded;
    SearchText::foldText(categoryName, folded);
    return textMatches(m_query.terms().at(term), folded);
}

bool SearchMatcher::matches(QStringView title, QStringView summary, QStringView categories,
                            QChar separator) const
{
    if (m_query.isEmpty())
        return true;
    FoldedItem item(title, summary, categories, separator);
    for (const Term &term : m_query.terms()) {
        if (!term.excluded && !item.holds(term))
            return false;
    }
    for (const Term &term : m_query.terms()) {
        if (term.excluded && item.holds(term))
            return false;
    }
    return true;
}

bool SearchMatcher::matches(QStringView title, QStringView summary, const QStringList &categories) const
{
    if (m_query.isEmpty())
        return true;
    constexpr QChar separator(u'\x1F');
    return matches(title, summary, categories.join(separator), separator);
}

namespace {

// Every place term matches words, appended to found.
void addRanges(const Term &term, QStringView text, const Words &words, QList<SearchMatcher::Range> &found)
{
    const auto add = [&](const Word &first, qsizetype from, const Word &last, qsizetype to) {
        const qsizetype start = originalOffset(text, first, from, false);
        const qsizetype end = originalOffset(text, last, to, true);
        if (end > start)
            found.append(SearchMatcher::Range{start, end - start});
    };
    const qsizetype count = term.parts.size();
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!sequenceAt(term, words, i))
            continue;
        const Word &first = words.at(i);
        const Word &last = words.at(i + count - 1);
        if (term.kind == Term::Kind::Phrase) {
            add(first, 0, last, last.folded.size());
        } else if (count > 1) {
            const QString &end = term.parts.last();
            add(first, SearchText::matchPosition(term.parts.first(), first.folded), last,
                SearchText::matchPosition(end, last.folded) + end.size());
        } else {
            // Every hit inside the word: "tid" twice in "tidtabellstid".
            const QString &part = term.parts.first();
            const bool inside = SearchText::matchesInsideWords(part);
            for (qsizetype pos = SearchText::matchPosition(part, first.folded); pos >= 0;
                 pos = inside ? first.folded.indexOf(part, pos + part.size()) : -1)
                add(first, pos, first, pos + part.size());
        }
    }
}

// Ranges in order, overlapping or touching ones merged.
QList<SearchMatcher::Range> merged(QList<SearchMatcher::Range> ranges)
{
    using Range = SearchMatcher::Range;
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) {
        return a.start < b.start || (a.start == b.start && a.length > b.length);
    });
    QList<Range> result;
    for (const Range &range : std::as_const(ranges)) {
        if (!result.isEmpty() && range.start <= result.last().start + result.last().length) {
            Range &last = result.last();
            last.length = qMax(last.length, range.start + range.length - last.start);
        } else {
            result.append(range);
        }
    }
    return result;
}

} // namespace

QList<SearchMatcher::Range> SearchMatcher::ranges(QStringView text) const
{
    QList<Range> found;
    if (!m_query.hasPositiveTerms())
        return found;
    QString folded;
    SearchText::foldText(text, folded);
    QList<SearchText::Token> tokens;
    Words words;
    bool split = false;
    for (const Term &term : m_query.terms()) {
        // A term the text does not hold costs one search; the text is split
        // into words only for a term it holds.
        if (term.excluded || !textMatches(term, folded))
            continue;
        if (!split)
            words = wordsOf(text, folded, tokens);
        split = true;
        addRanges(term, text, words, found);
    }
    return merged(std::move(found));
}

QStringList SearchMatcher::matchingCategories(const QStringList &categories) const
{
    QStringList matching;
    QString folded;
    for (const QString &name : categories) {
        SearchText::foldText(name, folded);
        for (const Term &term : m_query.terms()) {
            if (!term.excluded && textMatches(term, folded)) {
                matching.append(name);
                break;
            }
        }
    }
    return matching;
}

QList<std::pair<QString, QString>> SearchMatcher::categoryReasons(QStringView title, QStringView summary,
                                                                  const QStringList &categories) const
{
    QList<std::pair<QString, QString>> reasons;
    QString foldedTitle;
    QString foldedSummary;
    SearchText::foldText(title, foldedTitle);
    SearchText::foldText(summary, foldedSummary);
    QStringList foldedNames;
    for (const QString &name : categories)
        foldedNames.append(SearchText::fold(name));
    for (const Term &term : m_query.terms()) {
        if (term.excluded || textMatches(term, foldedTitle) || textMatches(term, foldedSummary))
            continue;
        for (qsizetype i = 0; i < categories.size(); ++i) {
            if (textMatches(term, foldedNames.at(i))) {
                reasons.append({SearchQuery::termText(term), categories.at(i)});
                break;
            }
        }
    }
    return reasons;
}

int SearchMatcher::termsInTitle(QStringView title) const
{
    QString folded;
    SearchText::foldText(title, folded);
    int count = 0;
    for (const Term &term : m_query.terms()) {
        if (!term.excluded && textMatches(term, folded))
            ++count;
    }
    return count;
}
