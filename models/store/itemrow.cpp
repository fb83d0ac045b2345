#include "models/store/itemrow.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ItemRow {

QString textColumns(qint64 textLimit)
{
    return textLimit < 0 ? u"i.title, i.summary, -1, -1"_s
                         : u"substr(i.title, 1, %1), substr(i.summary, 1, %1), length(i.title), length(i.summary)"_s
                                   .arg(textLimit);
}

NewsItem fromQuery(const QSqlQuery &query, qint64 textLimit)
{
    // The whole length only where the text was cut.
    const auto whole = [textLimit](const QVariant &length) {
        const qint64 characters = length.toLongLong();
        return textLimit >= 0 && characters > textLimit ? characters : -1;
    };
    NewsItem item;
    item.id = query.value(0).toLongLong();
    item.title = query.value(1).toString();
    item.summary = query.value(2).toString();
    item.wholeTitleLength = whole(query.value(3));
    item.wholeSummaryLength = whole(query.value(4));
    item.read = query.value(5).toBool();
    item.starred = query.value(6).toBool();
    item.addedAt = query.value(7).toLongLong();
    return item;
}

} // namespace ItemRow
