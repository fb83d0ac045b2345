#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

// Watches the listing files and folders a person imported. Folders are
// watched with their subfolders and the listing files in them (a folder only
// reports added and removed entries, a file its own changes). Changes are
// gathered until none came for QuietMs (at most MaxWaitMs after the first),
// so a copy of many files leads to one import, and reported as what to
// import: the files that changed or came, and a folder only when an entry
// left it or its change cannot be told otherwise (the import of a folder
// forgets its vanished files).
class SourceWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceWatcher)

public:
    static constexpr int QuietMs = 200;
    static constexpr int MaxWaitMs = 2000;

    explicit SourceWatcher(QObject *parent = nullptr);

    QStringList sources() const { return m_sources; }
    // Adds sources (made absolute); returns those that were new.
    QStringList addSources(const QStringList &paths);
    void clear();
    // The paths under watch now, for tests.
    QStringList watchedPaths() const;

Q_SIGNALS:
    // What to import, sorted: files and folders within the watched sources
    // (a file source itself, when it or its folder changed).
    void pathsChanged(const QStringList &paths);
    // Paths the system would not watch (sorted): changes there are not seen.
    void watchFailed(const QStringList &paths);

private:
    void rewatch();
    void noteFile(const QString &path);
    void noteFolder(const QString &path);
    void noted();
    // The source a path is in (itself, or a folder source holding it); empty if none.
    QString sourceOf(const QString &path) const;
    // What a changed folder asks to import: its new entries, or itself.
    // True when the sources must be listed again for their watches (not
    // when only new files came: newFiles, to watch).
    bool resolveFolder(const QString &folder, const QSet<QString> &watched, QSet<QString> &paths,
                       QStringList &newFiles) const;
    void watch(const QStringList &paths);
    void flush();

    QFileSystemWatcher *watcherWithRoom();
    QStringList watchedFiles() const;

    static constexpr qsizetype ShardPaths = 4096;

    QList<QFileSystemWatcher *> m_watchers;
    QTimer *m_timer;
    QElapsedTimer m_sinceFirst;
    QStringList m_sources;
    QSet<QString> m_changedFiles;
    QSet<QString> m_changedFolders;
};
