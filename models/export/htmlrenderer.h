#pragma once

#include "models/export/exportoptions.h"
#include "models/search/searchmatcher.h"
#include "models/store/newsitem.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

// The one HTML rendering of an item, in the three layouts newsdesk shows:
// an <article> of the HTML export, the clipboard's HTML, and the detail pane.
// Item text is data: addresses and search matches are found on the plain
// text (SearchMatcher::ranges()), then every piece of it is escaped on its
// way out, so a title like "<script>" shows as those characters and a mark
// never splits an entity such as &amp;.
class HtmlRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(HtmlRenderer)

public:
    // The search whose matches are marked, and the colours of the mark.
    struct Marking
    {
        SearchMatcher matcher; // empty marks nothing
        QColor background;
        QColor foreground;
    };

    // How the detail pane colours an item (from the window's palette).
    struct PaneStyle
    {
        Marking marking;
        QColor muted; // secondary text: where the item came from, why it matched
        QColor star;  // the star of a starred item
        // A category chip's background and foreground.
        std::function<std::pair<QColor, QColor>(const QString &category)> chipColours;
        // Why the item matched when its text does not hold a term (see
        // categoryReasons()): shown under the chips. The chips of matching
        // categories are marked in the colours of marking.
        QStringList reasons;
    };

    // Escaped plain text; with links, addresses (http/https, www. names and
    // bare domains such as 1177.se, which get https://) become <a href> links;
    // the matches of the marking's search are marked (inside links too).
    static QString text(const QString &plain, const Marking &marking = {}, bool withLinks = false);
    // Why an item matched, one plain sentence per positive term its title
    // and summary do not hold but a category name does
    // (SearchMatcher::categoryReasons()): for the detail pane and the list's tool tip.
    static QStringList categoryReasons(const SearchMatcher &matcher, QStringView title, QStringView summary,
                                       const QStringList &categories);

    // One item of the HTML export: summary, sources and fields as the options say.
    static QString article(const NewsItem &item, const ExportOptions &options);
    // The lines of the chosen fields: read and starred in words, labels, the
    // note (its lines kept, every piece escaped).
    static QString stateLines(const NewsItem &item, const ExportFields &fields);
    // One item on the clipboard: title, categories, summary.
    static QString clipboardItem(const NewsItem &item);
    // The clipboard's HTML document around items rendered by clipboardItem().
    static QString clipboardDocument(const QString &items);
    // The detail pane: title (with a star), category chips, the paragraphs
    // with links and marks, where the item came from.
    static QString paneItem(const NewsItem &item, const PaneStyle &style);

private:
    // plain[from, to) escaped, with the parts inside ranges marked.
    static QString mark(QStringView plain, qsizetype from, qsizetype to, const QList<SearchMatcher::Range> &ranges,
                        const Marking &marking);
    static QString paneChips(const NewsItem &item, const PaneStyle &style);
    static QString paneSources(const NewsItem &item, const PaneStyle &style);
};
