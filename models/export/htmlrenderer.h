#pragma once

#include "models/export/exportoptions.h"
#include "models/store/newsitem.h"

#include <QColor>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

#include <functional>
#include <utility>

// The one HTML rendering of an item, in the three layouts newsdesk shows:
// an <article> of the HTML export, the clipboard's HTML, and the detail pane.
// Item text is data: it is escaped before anything else, then (as options)
// addresses become links and search words are marked, both on the escaped
// text, so a title like "<script>" shows as those characters.
class HtmlRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(HtmlRenderer)

public:
    // Search words to mark, and the colours of the mark.
    struct Marking
    {
        QRegularExpression words; // searchWords(); invalid or empty marks nothing
        QColor background;
        QColor foreground;
    };

    // How the detail pane colours an item (from the window's palette).
    struct PaneStyle
    {
        Marking marking;
        QColor muted; // secondary text: where the item came from
        QColor star;  // the star of a starred item
        // A category chip's background and foreground.
        std::function<std::pair<QColor, QColor>(const QString &category)> chipColours;
    };

    // Escaped plain text; with links, addresses (http/https, www. names and
    // bare domains such as 1177.se, which get https://) become <a href> links;
    // words of the marking are marked.
    static QString text(const QString &plain, const Marking &marking = {}, bool withLinks = false);
    // Turns addresses in already escaped text into <a href> links.
    static QString linkify(const QString &escaped);
    // Matches the words of a search as the cache finds them: whole words,
    // the last one as a prefix while it is being typed. Invalid when empty.
    static QRegularExpression searchWords(const QString &search);

    // One item of the HTML export: summary and sources as the options say.
    static QString article(const NewsItem &item, const ExportOptions &options);
    // One item on the clipboard: title, categories, summary.
    static QString clipboardItem(const NewsItem &item);
    // The clipboard's HTML document around items rendered by clipboardItem().
    static QString clipboardDocument(const QString &items);
    // The detail pane: title (with a star), category chips, the paragraphs
    // with links and marks, where the item came from.
    static QString paneItem(const NewsItem &item, const PaneStyle &style);

private:
    static QString linkifyAndMark(const QString &escaped, const Marking &marking);
    static QString mark(const QString &escaped, const Marking &marking);
    static QString paneChips(const NewsItem &item, const PaneStyle &style);
    static QString paneSources(const NewsItem &item, const PaneStyle &style);
};
