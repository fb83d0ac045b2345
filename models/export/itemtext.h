#pragma once

#include "models/store/newsitem.h"

#include <QCoreApplication>
#include <QString>

// The words every rendering of an item for people shares (HTML, Markdown,
// the printed document, the clipboard), translated in one place.
class ItemText final
{
    Q_DECLARE_TR_FUNCTIONS(ItemText)

public:
    // "Categories: Kultur, Stöd"
    static QString categories(const NewsItem &item);
    // "Categories:" and "Sources:", for formats that list them after a label.
    static QString categoriesLabel();
    static QString sourcesLabel();
    // "Sources: a.txt:3; b.txt:1"
    static QString sources(const NewsItem &item);
    // "a.txt:3": where an item stands in a listing file ("Sample news 1:3" for
    // the bundled sample: SourceName).
    static QString sourceReference(const ItemSource &source);
};
