#pragma once

#include "models/store/newsitem.h"

#include <QPalette>
#include <QRegularExpression>
#include <QString>

// The rich text of the detail pane in the window's palette: HtmlRenderer
// (models/export) renders the item, this class gives it the colours of the
// palette (category chips, search marks, muted text, the star). Item text is
// data: it is escaped before anything else, so a title like "<script>" shows
// as those characters.
class ItemHtml final
{
public:
    // The whole item: title, chips, paragraphs, where it came from.
    static QString toHtml(const NewsItem &item, const QString &search, const QPalette &palette);
    // What the pane shows when no item is current.
    static QString placeholder(const QString &text, const QPalette &palette);

    // Escaped plain text with links (see HtmlRenderer::text()) and search
    // words marked in the palette's highlight colours.
    static QString richText(const QString &plain, const QRegularExpression &words, const QPalette &palette,
                            bool withLinks = true);
    // Turns addresses in already escaped text into <a href> links.
    static QString linkify(const QString &escaped);
    // Matches the words of a search as the cache finds them (HtmlRenderer::searchWords()).
    static QRegularExpression searchWords(const QString &search);
};
