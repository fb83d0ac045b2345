#pragma once

#include "models/search/searchmatcher.h"
#include "models/store/newsitem.h"

#include <QPalette>
#include <QString>
#include <QStringList>

// The rich text of the detail pane in the window's palette: HtmlRenderer
// (models/export) renders the item, this class gives it the colours of the
// palette (category chips, search marks, muted text, the star). Item text is
// data: it is escaped before anything else, so a title like "<script>" shows
// as those characters.
class ItemHtml final
{
public:
    // The whole item: title, chips (those a search term matches marked),
    // why it matched (reasons, see HtmlRenderer::categoryReasons()), the
    // paragraphs with the search's matches marked, where it came from.
    static QString toHtml(const NewsItem &item, const SearchMatcher &matcher, const QStringList &reasons,
                          const QPalette &palette);
    // What the pane shows when no item is current.
    static QString placeholder(const QString &text, const QPalette &palette);
};
