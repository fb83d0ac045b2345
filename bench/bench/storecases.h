#pragma once

#include <QJsonObject>
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
    // Runs work m_runs times; its value is the size shown (rows, categories).
    void timed(const QString &key, const QString &label, const std::function<qint64()> &work);

    QString m_cachePath;
    int m_runs;
    QTextStream &m_out;
    NewsStore *m_store = nullptr; // while run() runs
    QJsonObject m_result;
};
