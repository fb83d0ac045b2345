#include "samples.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

double Samples::median() const
{
    if (m_values.isEmpty())
        return 0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
}

double Samples::worst() const
{
    return m_values.isEmpty() ? 0 : *std::max_element(m_values.cbegin(), m_values.cend());
}

double Samples::total() const
{
    double sum = 0;
    for (double v : m_values)
        sum += v;
    return sum;
}

QJsonObject Samples::toJson() const
{
    auto round3 = [](double v) { return std::round(v * 1000) / 1000; };
    return {{u"median_ms"_s, round3(median())}, {u"worst_ms"_s, round3(worst())}, {u"runs"_s, size()}};
}
