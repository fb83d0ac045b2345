#include "childprocess.h"

#include "benchsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace {

// One sample of /proc/<pid>/status into run; false when the process is gone.
bool sample(qint64 pid, ChildRun &run)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = status.readAll();
    if (text.isEmpty())
        return false;
    double hwm = -1;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() < 2)
            continue;
        const double mb = parts.at(1).toDouble() / 1024;
        if (parts.at(0) == "RssAnon:")
            run.peakAnonMb = std::max(run.peakAnonMb, mb);
        else if (parts.at(0) == "RssFile:")
            run.peakFileMb = std::max(run.peakFileMb, mb);
        else if (parts.at(0) == "VmRSS:")
            run.peakRssMb = std::max(run.peakRssMb, mb);
        else if (parts.at(0) == "VmHWM:")
            hwm = mb;
    }
    if (hwm < 0)
        return false; // a zombie: no memory left to see
    run.hwmMb = std::max(run.hwmMb, hwm);
    ++run.samples;
    return true;
}

} // namespace

QJsonObject ChildRun::toJson(bool withMemory) const
{
    QJsonObject o{{u"ms"_s, round3(ms)}, {u"exit_code"_s, exitCode}, {u"ok"_s, ok()}};
    if (withMemory) {
        o.insert(u"peak_private_mb"_s, round3(peakAnonMb));
        o.insert(u"peak_file_mb"_s, round3(peakFileMb));
        o.insert(u"peak_rss_mb"_s, round3(peakRssMb));
        o.insert(u"vm_hwm_mb"_s, round3(hwmMb));
        o.insert(u"samples"_s, samples);
    }
    if (!ok())
        o.insert(u"stderr"_s, standardError);
    return o;
}

ChildRun ChildProcess::run(const QString &program, const QStringList &arguments, bool keepOutput, int timeoutMs)
{
    ChildRun run;
    QProcess process;
    if (!keepOutput)
        process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        run.standardError = process.errorString();
        return run;
    }
    run.started = true;
    const qint64 pid = process.processId();
    while (!process.waitForFinished(10)) {
        if (process.state() == QProcess::NotRunning)
            break;
        sample(pid, run);
        if (timer.elapsed() > timeoutMs) {
            process.kill();
            process.waitForFinished(10000);
            run.standardError = u"killed after %1 s"_s.arg(timeoutMs / 1000);
            run.ms = msSince(timer);
            return run;
        }
    }
    run.ms = msSince(timer);
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = run.finished ? process.exitCode() : -1;
    run.standardError = QString::fromUtf8(process.readAllStandardError().left(4096)).trimmed();
    if (keepOutput)
        run.standardOutput = QString::fromUtf8(process.readAllStandardOutput().left(4096)).trimmed();
    return run;
}
