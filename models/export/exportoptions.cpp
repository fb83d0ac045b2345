#include "models/export/exportoptions.h"

#include "models/listing/sourcename.h"
#include "models/store/itemfilter.h"

#include <QFileInfo>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

QString ExportOptions::describeFilter(const ItemFilter &filter)
{
    QStringList parts;
    if (!filter.categories.isEmpty()) {
        const QString names = filter.categories.join(u", "_s);
        if (filter.categories.size() == 1)
            parts.append(tr("Category: %1").arg(names));
        else if (filter.match == ItemFilter::Match::All)
            parts.append(tr("In all of: %1").arg(names));
        else
            parts.append(tr("In any of: %1").arg(names));
    }
    if (!filter.search.trimmed().isEmpty())
        parts.append(tr("Search: \u201C%1\u201D").arg(filter.search.trimmed()));
    if (!filter.labels.isEmpty()) {
        // Label names are data, shown as they are.
        const QString names = filter.labels.join(u", "_s);
        parts.append(filter.labels.size() == 1 ? tr("Label: %1").arg(names) : tr("Labels (any of): %1").arg(names));
    }
    if (filter.unreadOnly)
        parts.append(tr("unread"));
    if (filter.starredOnly)
        parts.append(tr("starred"));
    if (!filter.sourceFile.isEmpty())
        parts.append(tr("From %1").arg(SourceName::isSample(filter.sourceFile)
                                               ? SourceName::display(filter.sourceFile)
                                               : QFileInfo(filter.sourceFile).fileName()));
    if (filter.hidden == ItemFilter::Hidden::Only)
        parts.append(tr("hidden items"));
    else if (filter.hidden == ItemFilter::Hidden::Include)
        parts.append(tr("hidden items too"));
    if (!filter.ids.isEmpty())
        parts.append(tr("%n chosen item(s)", nullptr, int(filter.ids.size())));
    if (parts.isEmpty())
        return tr("All items");
    return parts.join(u"; "_s);
}

QString ExportOptions::documentTitle() const
{
    return title.trimmed().isEmpty() ? tr("News") : title.trimmed();
}

QString ExportOptions::subtitle() const
{
    const QDateTime when = created.isValid() ? created : QDateTime::currentDateTime();
    const QString date = QLocale().toString(when, QLocale::LongFormat);
    return description.isEmpty() ? date : tr("%1 \u00B7 %2").arg(date, description);
}
