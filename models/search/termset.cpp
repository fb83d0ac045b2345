#include "models/search/termset.h"

#include "models/search/searchtext.h"

size_t TermSet::Term::hash(QStringView text, size_t seed) noexcept
{
    // FNV-1a over the UTF-16 units, started from QHash's seed.
    quint64 h = 0xcbf29ce484222325ULL ^ seed;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return size_t(h ^ (h >> 32));
}

void TermSet::addTerms(QStringView text)
{
    SearchText::foldText(text, m_folded);
    const QStringView folded(m_folded);
    qsizetype length = 0;
    for (qsizetype start = SearchText::nextWord(folded, 0, length); start >= 0;
         start = SearchText::nextWord(folded, start + length, length)) {
        const QStringView word = folded.sliced(start, length);
        // Looked up in place (fromRawData: no copy); copied only when new.
        if (!m_terms.contains(Term{QString::fromRawData(word.data(), word.size())}))
            m_terms.insert(Term{word.toString()});
    }
    if (m_folded.capacity() > (1 << 20))
        m_folded = QString(); // one huge text keeps no megabytes alive
}

bool TermSet::contains(QStringView term) const
{
    return m_terms.contains(Term{QString::fromRawData(term.data(), term.size())});
}

QStringList TermSet::terms() const
{
    QStringList words;
    words.reserve(m_terms.size());
    for (const Term &term : m_terms)
        words.append(term.text);
    return words;
}
