#pragma once

#include "models/store/newsitem.h"

#include <QList>

// A long item cut into parts the detail pane lays out quickly (issue 12, item
// 2: one item of megabytes froze the window in QTextEdit's layout). The title
// is cut at TitleLimit characters for the heading, and its rest starts the
// text; the text (the rest of the title, then the summary) is cut into parts
// of about PartLength characters, at a space where one is near, and no part
// holds more than LongRun characters without a space. Item text is
// only sliced, never changed: the cache and the exports keep it whole.
class ItemParts final
{
public:
    static constexpr qsizetype TitleLimit = 1000;
    static constexpr qsizetype PartLength = 20000;
    static constexpr qsizetype LongRun = 5000; // characters without a space in one part

    explicit ItemParts(const NewsItem &item = {});

    qint64 itemId() const { return m_item.id; }
    // Characters of title and summary together.
    qsizetype length() const { return m_length; }
    // At least 1.
    qsizetype count() const { return m_ends.size(); }
    // Cut into parts, or its title cut for the heading.
    bool isLong() const { return count() > 1 || m_titleCut; }
    // The item as the pane shows part index (0-based): the cut title, and its
    // part of the text with "…" where the text goes on.
    NewsItem part(qsizetype index) const;
    // What the parts cut: the rest of a long title, then the summary.
    const QString &text() const { return m_text; }
    // The part that shows the character at offset of text().
    qsizetype partAt(qsizetype offset) const;

private:
    NewsItem m_item;         // its title cut, without its summary
    QString m_text;          // the rest of a long title, then the summary
    QList<qsizetype> m_ends; // where each part of m_text ends
    qsizetype m_length = 0;
    bool m_titleCut = false;
};
