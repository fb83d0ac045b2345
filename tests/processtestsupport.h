#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

// The real program in tests of faults and of several processes at once:
// newsdesk (NEWSDESK_BINARY) started with a home, data, settings and runtime
// folder of the test's own (the person's cache and settings stay untouched),
// offscreen; and listing files to import.
namespace ProcessTestSupport {

struct Result
{
    int exitCode = -1; // -1: crashed or did not finish
    QString out;
    QString err;
};

// The environment of newsdesk under folder (created as needed).
QProcessEnvironment environment(const QString &folder);
// Starts newsdesk with arguments; nullptr when it cannot start.
std::unique_ptr<QProcess> start(const QString &folder, const QStringList &arguments);
// Waits for a started process (a hang guard of timeoutMs) and collects its output.
Result finish(QProcess &process, int timeoutMs = 120000);
// start() and finish().
Result run(const QString &folder, const QStringList &arguments, int timeoutMs = 120000);

// Writes files listing files of items each into folder; titles are
// "<tag> <file>-<item>", so two tags never share an item. The file paths.
QStringList writeListings(const QString &folder, const QString &tag, int files, int items);
// The number of items in the cache at db as `newsdesk list` counts them
// (-1 when it cannot say).
qint64 listedItems(const QString &folder, const QString &db);

} // namespace ProcessTestSupport
