#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// What one run of a child process took, end to end (process start included),
// and its memory as /proc/<pid>/status showed it, sampled every 10 ms:
// private (anonymous: RssAnon) and mapped file pages (RssFile) apart, since a
// cache file mapped by SQLite is shared and given back to the system at once.
struct ChildRun
{
    bool started = false;
    bool finished = false;
    int exitCode = -1;
    double ms = 0;
    double peakAnonMb = 0; // largest RssAnon seen
    double peakFileMb = 0; // largest RssFile seen
    double peakRssMb = 0;  // largest VmRSS seen
    double hwmMb = 0;      // VmHWM at the last sample (the kernel's own peak of RSS)
    int samples = 0;
    QString standardError; // the first few KB
    QString standardOutput; // the first few KB, when kept

    bool ok() const { return started && finished && exitCode == 0; }
    QJsonObject toJson(bool withMemory) const;
};

// Runs program with arguments and waits for it (a hang guard of timeoutMs),
// sampling its memory every 10 ms. Its output goes to /dev/null unless
// keepOutput (then it is kept in memory: only for short output).
class ChildProcess
{
public:
    static ChildRun run(const QString &program, const QStringList &arguments, bool keepOutput = false,
                        int timeoutMs = 60 * 60 * 1000);
};
