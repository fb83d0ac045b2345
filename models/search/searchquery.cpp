#include "models/search/searchquery.h"

#include "models/search/searchtext.h"

using namespace Qt::StringLiterals;

namespace {

bool isQuote(QChar c)
{
    // The typewriter quote, and the typographic ones a pasted text may hold.
    return c == u'"' || c == u'\u201C' || c == u'\u201D' || c == u'\u201E';
}

QStringList foldedWords(QStringView text)
{
    QStringList words;
    const QList<SearchText::Token> tokens = SearchText::tokens(text);
    words.reserve(tokens.size());
    for (const SearchText::Token &token : tokens)
        words.append(token.folded);
    return words;
}

} // namespace

// Reads the typed text once, left to right: whitespace separates terms; a
// minus at the start of a term excludes it; a quote opens a phrase up to the
// next quote (or the end); anything else up to whitespace or a quote is one
// term, its words joined by the punctuation between them.
class SearchQuery::Parser
{
public:
    Parser(QStringView typed, SearchQuery &query) : m_text(typed), m_query(query) {}

    void run()
    {
        while (true) {
            while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
                ++m_pos;
            if (m_pos >= m_text.size())
                break;
            const bool atTermStart = m_pos == 0 || m_text.at(m_pos - 1).isSpace();
            bool excluded = false;
            if (atTermStart && m_text.at(m_pos) == u'-') {
                m_query.m_usesSyntax = true;
                excluded = true;
                ++m_pos;
            }
            if (m_pos < m_text.size() && isQuote(m_text.at(m_pos)))
                readPhrase(excluded);
            else
                readWords(excluded);
        }
        if (m_query.m_terms.isEmpty() && !m_text.trimmed().isEmpty())
            m_query.m_usesSyntax = true; // only symbols: say so
    }

private:
    void readPhrase(bool excluded)
    {
        m_query.m_usesSyntax = true;
        ++m_pos; // the opening quote
        qsizetype close = m_pos;
        while (close < m_text.size() && !isQuote(m_text.at(close)))
            ++close;
        const QStringView inside = m_text.sliced(m_pos, close - m_pos);
        const QStringList words = foldedWords(inside);
        if (close == m_text.size() && !words.isEmpty())
            m_query.m_notes.append({Note::Kind::UnclosedQuote, inside.trimmed().toString()});
        m_pos = qMin(close + 1, m_text.size());
        if (words.isEmpty())
            m_query.m_notes.append({Note::Kind::EmptyQuotes, {}});
        else
            add(Term{Term::Kind::Phrase, words, excluded});
    }

    void readWords(bool excluded)
    {
        qsizetype end = m_pos;
        while (end < m_text.size() && !m_text.at(end).isSpace() && !isQuote(m_text.at(end)))
            ++end;
        const QStringView chunk = m_text.sliced(m_pos, end - m_pos);
        m_pos = end;
        const QStringList words = foldedWords(chunk);
        if (!words.isEmpty())
            add(Term{Term::Kind::Word, words, excluded});
        else if (excluded)
            m_query.m_notes.append({Note::Kind::MinusBeforeNoWord, u'-' + chunk.toString()});
        // else: only punctuation between terms, a separator
    }

    void add(const Term &term)
    {
        if (!m_query.m_terms.contains(term))
            m_query.m_terms.append(term);
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    SearchQuery &m_query;
};

SearchQuery SearchQuery::parse(QStringView typed)
{
    SearchQuery query;
    query.m_typed = typed.toString();
    Parser(typed, query).run();
    return query;
}

bool SearchQuery::hasPositiveTerms() const
{
    for (const Term &term : m_terms) {
        if (!term.excluded)
            return true;
    }
    return false;
}

QString SearchQuery::termText(const Term &term)
{
    const QString text = term.kind == Term::Kind::Phrase ? u'"' + term.parts.join(u' ') + u'"'
                                                         : term.parts.join(u'-');
    return term.excluded ? u'-' + text : text;
}

QString SearchQuery::canonical() const
{
    QStringList texts;
    texts.reserve(m_terms.size());
    for (const Term &term : m_terms)
        texts.append(termText(term));
    return texts.join(u' ');
}

namespace {

QString quoted(const QString &text)
{
    return SearchQuery::tr("“%1”").arg(text);
}

// "a", "a and b", "a, b and c" (lastJoin: "%1 and %2" or "%1 or %2").
QString joinList(const QStringList &items, const QString &lastJoin)
{
    QString joined = items.value(0);
    for (qsizetype i = 1; i + 1 < items.size(); ++i)
        joined = SearchQuery::tr("%1, %2").arg(joined, items.at(i));
    return items.size() > 1 ? lastJoin.arg(joined, items.last()) : joined;
}

} // namespace

QString SearchQuery::termsSentence() const
{
    QStringList wanted;
    QStringList unwanted;
    for (const Term &term : m_terms) {
        const QString text = term.kind == Term::Kind::Phrase
            ? tr("the phrase %1").arg(quoted(term.parts.join(u' ')))
            : quoted(term.parts.join(u'-'));
        (term.excluded ? unwanted : wanted).append(text);
    }
    const QString all = joinList(wanted, tr("%1 and %2"));
    const QString none = joinList(unwanted, tr("%1 or %2"));
    if (unwanted.isEmpty())
        return tr("Every item holding %1.").arg(all);
    if (wanted.isEmpty())
        return tr("Every item except those holding %1.").arg(none);
    return tr("Every item holding %1, but not %2.").arg(all, none);
}

QString SearchQuery::noteSentence(const Note &note) const
{
    switch (note.kind) {
    case Note::Kind::UnclosedQuote:
        return tr("The quote before %1 was not closed: read as a phrase to the end.").arg(quoted(note.detail));
    case Note::Kind::EmptyQuotes:
        return tr("Quotes with no word inside were ignored.");
    case Note::Kind::MinusBeforeNoWord:
        return tr("The minus in %1 was ignored: no word follows it.").arg(quoted(note.detail));
    }
    return {};
}

QString SearchQuery::understood() const
{
    const QString typed = m_typed.trimmed();
    if (typed.isEmpty())
        return {};
    if (m_terms.isEmpty())
        return tr("%1 holds no letters or digits: every item is shown.").arg(quoted(typed));
    QString sentence = termsSentence();
    for (const Note &note : m_notes)
        sentence += u' ' + noteSentence(note);
    return sentence;
}
