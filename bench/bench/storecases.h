#pragma once

#include "models/store/itemfilter.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>

class NewsStore;

// Issue 15's store cases on an existing cache, straight on NewsStore (what the
// GUI thread and the worker ask of it): category counts with their unread
// numbers (no filter, under a search), the first page (ids and rows, as a
// list reads it) of the unread-only filter, of each new sort, of the items of
// no category and of "new since", and setMarkWhere of about 300,000 items and
// its undo (setMarks). The cache is written (marks): give it a copy.
class StoreCases
{
public:
    StoreCases(QString cachePath, int runs, QTextStream &out);

    QJsonObject run();

private:
    void measureCounts();
    void measurePages();
    void measureMarks();
    // Issue 16, finding 3: on a cache without items_by_key_order, the window's
    // worker builds it when idle; how long a job posted to the worker and a
    // write of another connection wait while it is built, and the build.
    void measureBuildGivingWay(NewsStore &store);
    // Issue 16: first pages of label filters (labels of ~100, ~10,000 and
    // ~100,000 items) and of a saved view (label + category + unread);
    // labelling and hiding ~100,000 items in one setMarkWhere, and their undo;
    // the counts and a first page with 1,000 items hidden.
    void measureOrganise();
    void measureOrganiseMarks(const ItemFilter &near, qint64 large); // label and hide ~100,000 items, and undo
    void measureOrganisePages();                                    // first pages of labels and a saved view
    void measureHidden(const QList<qint64> &every);                 // counts and pages with 1,000 hidden
    // A label of this name with no items (an earlier run's deleted).
    qint64 freshLabel(const QString &name);
    // The category whose item count is closest to size.
    QString categoryNear(qint64 size) const;
    // Runs work m_runs times; its value is the size shown (rows, categories).
    void timed(const QString &key, const QString &label, const std::function<qint64()> &work);

    QString m_cachePath;
    int m_runs;
    QTextStream &m_out;
    NewsStore *m_store = nullptr; // while run() runs
    QJsonObject m_result;
};
