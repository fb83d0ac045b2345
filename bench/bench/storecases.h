#pragma once

#include <QJsonObject>
#include <QString>
#include <QTextStream>

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
    QString m_cachePath;
    int m_runs;
    QTextStream &m_out;
};
