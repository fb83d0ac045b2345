#pragma once

#include <QJsonObject>
#include <QList>

// Timings of repeated runs of one measurement, in milliseconds.
class Samples
{
public:
    void add(double ms) { m_values.append(ms); }
    qsizetype size() const { return m_values.size(); }
    bool isEmpty() const { return m_values.isEmpty(); }

    double median() const;
    double worst() const;
    double total() const;

    // {"median_ms", "worst_ms", "runs"}
    QJsonObject toJson() const;

private:
    QList<double> m_values;
};
