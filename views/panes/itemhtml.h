#pragma once

#include "models/store/newsitem.h"

#include <QCoreApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QString>

// The rich text of the detail pane. Item text is data: it is escaped before
// anything else, then addresses are turned into links and search words are
// marked, both on the escaped text, so a title like "<script>" shows as those
// characters.
class ItemHtml final
{
    Q_DECLARE_TR_FUNCTIONS(ItemHtml)

public:
    // The whole item: title, chips, paragraphs, where it came from.
    static QString toHtml(const NewsItem &item, const QString &search, const QPalette &palette);
    // What the pane shows when no item is current.
    static QString placeholder(const QString &text, const QPalette &palette);

    // Escaped plain text with links (http/https addresses, www. names and bare
    // domains such as 1177.se, which get https://) and search words marked.
    static QString richText(const QString &plain, const QRegularExpression &words, const QPalette &palette,
                            bool withLinks = true);
    // Turns addresses in already escaped text into <a href> links.
    static QString linkify(const QString &escaped);
    // Matches the words of a search as the cache finds them: whole words,
    // the last one as a prefix while it is being typed. Invalid when empty.
    static QRegularExpression searchWords(const QString &search);

private:
    static QString linkifyAndMark(const QString &escaped, const QRegularExpression &words, const QPalette &palette);
    static QString mark(const QString &escaped, const QRegularExpression &words, const QPalette &palette);
};
