#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

class QObject;

// Small helpers the benchmark's runners share.

double msSince(const QElapsedTimer &timer);
double round3(double v);
// The load average over 1, 5 and 15 minutes, as /proc/loadavg gives it.
QString loadAverage();
qint64 fileSize(const QString &path);
// Whether a model says it is still loading: a model that fills itself
// asynchronously can expose a `loading` property, and the bench waits on it.
bool isLoading(const QObject *model);
// Spins the event loop until ready() (at once if it already is). Models that
// answer synchronously cost nothing here; asynchronous ones are given their
// event loop, as in the window.
bool waitFor(const std::function<bool()> &ready, int timeoutMs = 120000);
QString csvField(const QString &text);
QString formatMs(double ms);
// Prints rows as a Markdown table, the first row the header.
void printRows(QTextStream &out, const QList<QStringList> &table);
