#include "models/importing/sourcewatcher.h"

#include "models/support/logging.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
bool isListing(const QFileInfo &info)
{
    return info.fileName().endsWith(u".txt"_s, Qt::CaseInsensitive);
}

// Whether path lies in folder (or is it).
bool isWithin(const QString &path, const QString &folder)
{
    return path == folder || (path.startsWith(folder) && path.at(folder.size()) == u'/');
}
} // namespace

SourceWatcher::SourceWatcher(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SourceWatcher::flush);
}

QFileSystemWatcher *SourceWatcher::watcherWithRoom()
{
    // QFileSystemWatcher::addPaths() looks for each path in every path it
    // watches (a list): 50,000 files in one took 15 s. Watchers of at most
    // ShardPaths paths each keep that small (an inotify instance each).
    for (QFileSystemWatcher *watcher : std::as_const(m_watchers)) {
        if (watcher->files().size() + watcher->directories().size() < ShardPaths)
            return watcher;
    }
    auto *watcher = new QFileSystemWatcher(this);
    connect(watcher, &QFileSystemWatcher::directoryChanged, this, &SourceWatcher::noteFolder);
    connect(watcher, &QFileSystemWatcher::fileChanged, this, &SourceWatcher::noteFile);
    m_watchers.append(watcher);
    return watcher;
}

QStringList SourceWatcher::watchedFiles() const
{
    QStringList files;
    for (const QFileSystemWatcher *watcher : m_watchers)
        files += watcher->files();
    return files;
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
    m_changedFiles.clear();
    m_changedFolders.clear();
    m_timer->stop();
    rewatch();
}

QStringList SourceWatcher::watchedPaths() const
{
    QStringList paths;
    for (const QFileSystemWatcher *watcher : m_watchers)
        paths += watcher->directories() + watcher->files();
    return paths;
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
                if (it.fileInfo().isDir() || isListing(it.fileInfo()))
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
    if (!stale.isEmpty()) {
        for (QFileSystemWatcher *watcher : std::as_const(m_watchers)) {
            QStringList gone;
            for (const QString &path : watcher->directories() + watcher->files()) {
                if (stale.contains(path))
                    gone.append(path);
            }
            if (!gone.isEmpty())
                watcher->removePaths(gone);
        }
    }
    watch(QStringList(fresh.cbegin(), fresh.cend()));
}

void SourceWatcher::watch(const QStringList &adding)
{
    QStringList failed;
    for (qsizetype from = 0; from < adding.size();) {
        QFileSystemWatcher *watcher = watcherWithRoom();
        const qsizetype room = ShardPaths - watcher->files().size() - watcher->directories().size();
        failed += watcher->addPaths(adding.mid(from, room));
        from += room;
    }
    // (Most often the system's limit of watches: fs.inotify.max_user_watches.)
    if (!failed.isEmpty()) {
        failed.sort();
        qCWarning(lcImport).noquote() << failed.size() << "paths cannot be watched for changes, the first"
                                      << failed.constFirst();
        Q_EMIT watchFailed(failed);
    }
}

QString SourceWatcher::sourceOf(const QString &path) const
{
    for (const QString &source : m_sources) {
        if (isWithin(path, source))
            return source;
    }
    return {};
}

void SourceWatcher::noteFile(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    if (!sourceOf(clean).isEmpty()) {
        m_changedFiles.insert(clean);
        noted();
    }
}

void SourceWatcher::noteFolder(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    bool concerns = false;
    for (const QString &source : std::as_const(m_sources)) {
        if (isWithin(clean, source)) {
            m_changedFolders.insert(clean);
            concerns = true;
        } else if (QFileInfo(source).path() == clean && !QFileInfo(source).isDir()) {
            m_changedFiles.insert(source); // a file source, replaced or gone
            concerns = true;
        }
    }
    if (concerns)
        noted();
}

void SourceWatcher::noted()
{
    // Quiet for QuietMs ends the gathering, and so does MaxWaitMs since the
    // first change (a long copy is imported as it goes).
    if (!m_timer->isActive())
        m_sinceFirst.start();
    const qint64 left = MaxWaitMs - m_sinceFirst.elapsed();
    m_timer->start(int(std::clamp<qint64>(left, 0, QuietMs)));
}

bool SourceWatcher::resolveFolder(const QString &folder, const QSet<QString> &watched, QSet<QString> &paths,
                                  QStringList &newFiles) const
{
    const QString source = sourceOf(folder);
    if (!QFileInfo(folder).isDir()) {
        // Gone: the nearest folder still there in its source forgets its files.
        QString up = folder;
        while (up != source && !QFileInfo(up).isDir())
            up = QFileInfo(up).path();
        paths.insert(up);
        return true;
    }
    // Its entries now, against those under watch: new ones are imported by
    // themselves; one that left needs the folder's import.
    QSet<QString> entries;
    bool added = false;
    bool addedFolder = false;
    // (No name filter: it matches a regular expression per entry.)
    QDirIterator it(folder, QDir::Files | QDir::AllDirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString path = it.next();
        const bool isFolder = it.fileInfo().isDir();
        if (!isFolder && !isListing(it.fileInfo()))
            continue;
        entries.insert(path);
        if (!watched.contains(path)) {
            paths.insert(path);
            added = true;
            addedFolder = addedFolder || isFolder;
            if (!isFolder)
                newFiles.append(path);
        }
    }
    const QString prefix = folder + u'/';
    const bool left = std::any_of(watched.cbegin(), watched.cend(), [&](const QString &path) {
        return path.startsWith(prefix) && path.indexOf(u'/', prefix.size()) < 0 && !entries.contains(path);
    });
    // Nothing came or went: a file replaced in place (its own event names
    // it), or a change that cannot be told apart.
    const bool told = std::any_of(m_changedFiles.cbegin(), m_changedFiles.cend(),
                                  [&](const QString &file) { return QFileInfo(file).path() == folder; });
    if (left || (!added && !told))
        paths.insert(folder);
    // Only new files: they are watched as they are; anything else lists the sources again.
    return left || addedFolder || (!added && !told);
}

void SourceWatcher::flush()
{
    // Files written in place keep their watches: the folders (of a watched
    // archive of 50,000 files) are listed again only when entries came or
    // went, or a file was replaced (its watch ended).
    const QStringList files = m_changedFiles.isEmpty() ? QStringList() : watchedFiles();
    const QSet<QString> filesWatched(files.cbegin(), files.cend());
    QSet<QString> watched;
    if (!m_changedFolders.isEmpty()) {
        const QStringList watchedNow = watchedPaths();
        watched = QSet<QString>(watchedNow.cbegin(), watchedNow.cend());
    }
    QSet<QString> paths;
    QStringList newFiles;
    bool relist = false;
    for (const QString &folder : std::as_const(m_changedFolders))
        relist = resolveFolder(folder, watched, paths, newFiles) || relist;
    const QSet<QString> added(newFiles.cbegin(), newFiles.cend());
    for (const QString &file : std::as_const(m_changedFiles)) {
        // A file gone is forgotten by the import of its folder.
        const QString folder = QFileInfo(file).path();
        paths.insert(QFileInfo::exists(file) || sourceOf(folder).isEmpty() ? file : folder);
        relist = relist || (!filesWatched.contains(file) && !added.contains(file));
    }
    m_changedFiles.clear();
    m_changedFolders.clear();
    if (relist)
        rewatch();
    else
        watch(newFiles);
    // A path within another one to import is imported with it.
    QStringList changed;
    for (const QString &path : std::as_const(paths)) {
        QString up = path;
        bool within = false;
        for (qsizetype slash = up.lastIndexOf(u'/'); slash > 0 && !within; slash = up.lastIndexOf(u'/')) {
            up.truncate(slash);
            within = paths.contains(up);
        }
        if (!within)
            changed.append(path);
    }
    changed.sort();
    if (!changed.isEmpty())
        Q_EMIT pathsChanged(changed);
}
