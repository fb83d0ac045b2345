#include "organisetestsupport.h"

#include "models/itemmodels/labelmodel.h"
#include "models/itemmodels/readersession.h"
#include "models/itemmodels/savedviewmodel.h"
#include "models/itemmodels/sourcemodel.h"
#include "models/store/newsstore.h"

#include <QSignalSpy>

namespace OrganiseTestSupport {

Label labelOf(const QString &name, const QString &color)
{
    Label label;
    label.name = name;
    label.color = color;
    return label;
}

bool openSession(ReaderSession &session, const QString &cachePath)
{
    QSignalSpy labels(session.labelModel(), &LabelModel::countsReady);
    QSignalSpy views(session.savedViewModel(), &SavedViewModel::countsReady);
    QSignalSpy sources(session.sourceModel(), &SourceModel::countsReady);
    if (!session.open(cachePath, {}))
        return false;
    return (!labels.isEmpty() || labels.wait()) && (!views.isEmpty() || views.wait())
            && (!sources.isEmpty() || sources.wait());
}

QSet<qint64> idsWhere(const QString &cachePath, const ItemFilter &filter)
{
    NewsStore store;
    if (!store.open(cachePath))
        return {};
    return toSet(store.itemIds(filter));
}

QSet<qint64> labelledIds(const QString &cachePath, const QString &label)
{
    ItemFilter filter;
    filter.labels = {label};
    filter.hidden = ItemFilter::Hidden::Include;
    return idsWhere(cachePath, filter);
}

QSet<qint64> hiddenIds(const QString &cachePath)
{
    ItemFilter filter;
    filter.hidden = ItemFilter::Hidden::Only;
    return idsWhere(cachePath, filter);
}

QSet<qint64> toSet(const QList<qint64> &ids)
{
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

} // namespace OrganiseTestSupport
