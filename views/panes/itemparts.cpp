#include "views/panes/itemparts.h"

using namespace Qt::StringLiterals;

namespace {

// Where a part that starts at start ends: before a run without spaces grows
// longer than LongRun (Qt's layout of such a "word" costs its length squared),
// else after the last space in the last tenth of PartLength characters, else
// at PartLength; never inside a surrogate pair.
qsizetype partEnd(const QString &text, qsizetype start)
{
    const qsizetype limit = qMin(start + ItemParts::PartLength, text.size());
    qsizetype end = limit;
    qsizetype runStart = start;
    for (qsizetype at = start; at < limit; ++at) {
        if (text.at(at).isSpace()) {
            runStart = at + 1;
        } else if (at - runStart >= ItemParts::LongRun) {
            end = at;
            break;
        }
    }
    if (end == limit && limit < text.size()) {
        const qsizetype earliest = limit - ItemParts::PartLength / 10;
        for (qsizetype at = limit - 1; at >= earliest; --at) {
            if (text.at(at).isSpace())
                return at + 1;
        }
    }
    if (end < text.size() && text.at(end).isLowSurrogate())
        --end;
    return end;
}

} // namespace

ItemParts::ItemParts(const NewsItem &item)
    : m_item(item)
    , m_length(item.title.size() + item.summary.size())
    , m_titleCut(item.title.size() > TitleLimit)
{
    qsizetype headingEnd = TitleLimit;
    if (m_titleCut && m_item.title.at(headingEnd).isLowSurrogate())
        --headingEnd;
    m_text = m_titleCut ? m_item.title.mid(headingEnd) + u"\n\n"_s + m_item.summary : m_item.summary;
    m_item.title.truncate(headingEnd);
    m_item.summary.clear(); // m_text holds it
    for (qsizetype start = 0; start < m_text.size(); start = m_ends.constLast())
        m_ends.append(partEnd(m_text, start));
    if (m_ends.isEmpty())
        m_ends.append(0);
}

NewsItem ItemParts::part(qsizetype index) const
{
    index = qBound(qsizetype(0), index, count() - 1);
    const qsizetype start = index == 0 ? 0 : m_ends.at(index - 1);
    const qsizetype end = m_ends.at(index);
    NewsItem shown = m_item;
    if (m_titleCut)
        shown.title += u'\u2026';
    shown.summary = m_text.mid(start, end - start);
    if (start > 0)
        shown.summary.prepend(u'\u2026');
    if (end < m_text.size())
        shown.summary.append(u'\u2026');
    return shown;
}
