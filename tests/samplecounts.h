#pragma once

#include <QMap>
#include <QString>

// The number of items per category in the sample news (resources/sample/):
// what the store, the importer and the command line must all count.
inline const QMap<QString, qint64> SampleCounts{
    {QStringLiteral("Hälso- och sjukvård"), 26},
    {QStringLiteral("Kollektivtrafik"), 7},
    {QStringLiteral("Ekonomi och budget"), 6},
    {QStringLiteral("Organisation och styrning"), 5},
    {QStringLiteral("Kultur"), 4},
    {QStringLiteral("Forskning och innovation"), 2},
    {QStringLiteral("Projekt inom lokalbana-spårvagn"), 2},
    {QStringLiteral("Regional utveckling"), 1},
    {QStringLiteral("Politiska sammanträden"), 1},
    {QStringLiteral("Stöd"), 1},
    {QStringLiteral("Kultur och hälsa"), 1},
};
