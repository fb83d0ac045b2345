#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

// Watches the listing files and folders a person imported. Folders are
// watched with their subfolders and the listing files in them (a folder only
// reports added and removed entries, a file its own changes). Changes are
// gathered for a moment and reported once, as the watched sources they
// concern, so a copy of many files leads to one import.
class SourceWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceWatcher)

public:
    static constexpr int DebounceMs = 1000;

    explicit SourceWatcher(QObject *parent = nullptr);

    QStringList sources() const { return m_sources; }
    // Adds sources (made absolute); returns those that were new.
    QStringList addSources(const QStringList &paths);
    void clear();
    // The paths under watch now, for tests.
    QStringList watchedPaths() const;

Q_SIGNALS:
    void sourcesChanged(const QStringList &sources);

private:
    void rewatch();
    void noteChange(const QString &path);
    void flush();

    QFileSystemWatcher *m_watcher;
    QTimer *m_timer;
    QStringList m_sources;
    QSet<QString> m_changed;
};
