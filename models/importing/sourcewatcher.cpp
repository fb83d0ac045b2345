#include "models/importing/sourcewatcher.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

using namespace Qt::StringLiterals;

SourceWatcher::SourceWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(DebounceMs);
    connect(m_timer, &QTimer::timeout, this, &SourceWatcher::flush);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &SourceWatcher::noteChange);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &SourceWatcher::noteChange);
}

QStringList SourceWatcher::addSources(const QStringList &paths)
{
    QStringList added;
    for (const QString &path : paths) {
        const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        if (path.startsWith(u':') || m_sources.contains(clean))
            continue; // resources never change
        m_sources.append(clean);
        added.append(clean);
    }
    if (!added.isEmpty())
        rewatch();
    return added;
}

void SourceWatcher::clear()
{
    m_sources.clear();
    m_changed.clear();
    m_timer->stop();
    rewatch();
}

QStringList SourceWatcher::watchedPaths() const
{
    return m_watcher->directories() + m_watcher->files();
}

void SourceWatcher::rewatch()
{
    QSet<QString> wanted;
    for (const QString &source : std::as_const(m_sources)) {
        const QFileInfo info(source);
        if (info.isDir()) {
            wanted.insert(source);
            QDirIterator it(source, {u"*.txt"_s}, QDir::Files | QDir::AllDirs | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (it.fileInfo().isDir() || it.fileInfo().suffix().compare(u"txt"_s, Qt::CaseInsensitive) == 0)
                    wanted.insert(path);
            }
        } else {
            // The folder too: editors save by replacing the file, which ends
            // the watch on the old one.
            if (info.exists())
                wanted.insert(source);
            if (info.dir().exists())
                wanted.insert(info.dir().path());
        }
    }
    const QStringList current = watchedPaths();
    const QSet<QString> have(current.cbegin(), current.cend());
    const QSet<QString> stale = have - wanted;
    const QSet<QString> fresh = wanted - have;
    if (!stale.isEmpty())
        m_watcher->removePaths(QStringList(stale.cbegin(), stale.cend()));
    if (!fresh.isEmpty())
        m_watcher->addPaths(QStringList(fresh.cbegin(), fresh.cend()));
}

void SourceWatcher::noteChange(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    for (const QString &source : std::as_const(m_sources)) {
        const bool inside = clean == source || clean.startsWith(source + u'/');
        const bool parentOfFile = !QFileInfo(source).isDir() && QFileInfo(source).dir().path() == clean;
        if (inside || parentOfFile)
            m_changed.insert(source);
    }
    if (!m_changed.isEmpty())
        m_timer->start();
}

void SourceWatcher::flush()
{
    rewatch();
    QStringList changed(m_changed.cbegin(), m_changed.cend());
    m_changed.clear();
    changed.sort();
    if (!changed.isEmpty())
        Q_EMIT sourcesChanged(changed);
}
