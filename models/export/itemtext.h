#pragma once

#include "models/export/exportfields.h"
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

    // The person's state as fields choose it (ExportFields), in words:
    // "Read · Starred", "Unread · Not starred"; empty when neither read nor
    // starred is chosen.
    static QString marks(const NewsItem &item, const ExportFields &fields);
    // "Labels: Budget, Läs senare" (label names are data, shown as they are).
    static QString labels(const NewsItem &item);
    static QString labelsLabel();
    // "Note:", for the line that starts a note (the note itself is data).
    static QString noteLabel();
    // The lines of a note as a person reads them: control characters made
    // visible (ControlCharacters::visible()), trailing white space and
    // empty lines left out.
    static QStringList noteLines(const QString &note);
};
