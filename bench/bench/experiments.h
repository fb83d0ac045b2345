#pragma once

#include <QJsonObject>
#include <QString>
#include <QTextStream>

// Query experiments on an existing cache, read-only: the statements NewsStore
// runs today (copied from models/newsstore.cpp, with their EXPLAIN QUERY
// PLAN) next to alternatives, each timed through QSqlQuery as the store would
// run it. Alternatives that return ids unordered are also timed with the
// ordering done in memory (a position per id, taken from the listing order).
// For diagnosis only: the numbers tell the core's owner which change pays.
class Experiments
{
public:
    Experiments(const QString &cachePath, int runs, QTextStream &out);

    QJsonObject run();

private:
    QString m_cachePath;
    int m_runs;
    QTextStream &m_out;
};
