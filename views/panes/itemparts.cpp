#include "views/panes/itemparts.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Where a part that starts at start ends: before a run without spaces grows
// longer than LongRun (Qt's layout of such a "word" costs its length squared),
// else after the last space in the last tenth of PartLength characters, else
// at PartLength; never inside a surrogate pair.
// A space, tab or line end: where Qt's layout may break a line. (Other
// spaces break lines too; these are enough to bound a run, and cheap to test
// on every character of megabytes.)
bool isBreak(char16_t c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r';
}

qsizetype partEnd(const QString &text, qsizetype start)
{
    const qsizetype limit = qMin(start + ItemParts::PartLength, text.size());
    const QChar *chars = text.constData();
    qsizetype end = limit;
    qsizetype runStart = start;
    for (qsizetype at = start; at < limit; ++at) {
        if (isBreak(chars[at].unicode())) {
            runStart = at + 1;
        } else if (at - runStart >= ItemParts::LongRun) {
            end = at;
            break;
        }
    }
    if (end == limit && limit < text.size()) {
        const qsizetype earliest = limit - ItemParts::PartLength / 10;
        for (qsizetype at = limit - 1; at >= earliest; --at) {
            if (isBreak(chars[at].unicode()))
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

qsizetype ItemParts::partAt(qsizetype offset) const
{
    // The first part that ends after offset.
    const auto found = std::upper_bound(m_ends.cbegin(), m_ends.cend(), offset);
    return qMin(qsizetype(found - m_ends.cbegin()), count() - 1);
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
