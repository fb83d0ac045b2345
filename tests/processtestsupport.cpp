#include "processtestsupport.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace ProcessTestSupport {

QProcessEnvironment environment(const QString &folder)
{
    QDir(folder).mkpath(u"run"_s);
    QFile::setPermissions(folder + u"/run"_s, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, folder);
    env.insert(u"XDG_DATA_HOME"_s, folder + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, folder + u"/config"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, folder + u"/run"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    return env;
}

std::unique_ptr<QProcess> start(const QString &folder, const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment(folder));
    process->setWorkingDirectory(folder);
    process->start(QStringLiteral(NEWSDESK_BINARY), arguments);
    if (!process->waitForStarted(10000))
        return nullptr;
    process->closeWriteChannel();
    return process;
}

Result finish(QProcess &process, int timeoutMs)
{
    Result result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = u"timed out: newsdesk "_s + process.arguments().join(u' ');
        return result;
    }
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err += QString::fromUtf8(process.readAllStandardError());
    return result;
}

Result run(const QString &folder, const QStringList &arguments, int timeoutMs)
{
    const std::unique_ptr<QProcess> process = start(folder, arguments);
    if (!process)
        return {-1, {}, u"cannot start "_s + QStringLiteral(NEWSDESK_BINARY)};
    return finish(*process, timeoutMs);
}

QStringList writeListings(const QString &folder, const QString &tag, int files, int items)
{
    QDir().mkpath(folder);
    QStringList paths;
    for (int f = 0; f < files; ++f) {
        QString text = u"Nyheter\n\n"_s;
        for (int i = 0; i < items; ++i) {
            text += u" \u2022 %1 %2-%3\n\n  A summary of item %2-%3 from %1, long enough to be a summary of some "
                    u"news that a person would read in the reader window.\n\n  Kultur\n"_s.arg(tag).arg(f).arg(i);
        }
        const QString path = u"%1/%2-%3.txt"_s.arg(folder, tag).arg(f, 3, 10, QLatin1Char('0'));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0)
            paths.append(path);
    }
    return paths;
}

qint64 listedItems(const QString &folder, const QString &db)
{
    const Result listed = run(folder, {u"list"_s, u"--db"_s, db, u"--format"_s, u"tsv"_s});
    if (listed.exitCode != 0)
        return -1;
    return listed.out.count(u'\n') - 1; // the header line
}

} // namespace ProcessTestSupport
