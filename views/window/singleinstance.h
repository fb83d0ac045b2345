#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

// One reader window per cache. The first start listens on a local socket
// named after the user and the cache (serverName()); a later start of the
// window on the same cache (from the launcher, or from a file manager with
// files) connects, hands over its files and folders, and is done: the running
// window comes forward and imports them (activated()). A socket a crashed
// window left behind, which no one answers, is removed and taken over; a start
// lock (QLockFile) keeps two starts at once from both listening. The window
// that switches archives (File → Connect to a Shared Archive…, Use the Local
// Cache) follows: it listens under the name of the archive it shows now.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &cachePath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The local socket of the window on the cache at cachePath, for this user:
    // in the user's runtime folder, named by a hash of the user and the
    // canonical path of the cache (a shared archive: its address as given).
    static QString serverName(const QString &cachePath);

    // True when the window already open on the cache took paths (this start is
    // done, exit 0). False when this process is to be the window: it listens
    // for later starts from now on (when it can; it says so when it cannot).
    bool handOver(const QStringList &paths);
    bool isListening() const;
    // The window now shows the archive at cachePath: it stops answering for
    // the one before and listens for later starts on this one, unless another
    // window already answers there (that one keeps it).
    void follow(const QString &cachePath);
    QString cachePath() const { return m_cachePath; }

Q_SIGNALS:
    // A later start asked for the window, with paths (absolute) to import.
    void activated(const QStringList &paths);

private:
    enum class Answer { Taken, NoOne, Silent };
    Answer send(const QStringList &paths) const;
    void listen();
    void receive(QLocalSocket *socket);

    QString m_cachePath;
    QString m_name;
    QLocalServer *m_server = nullptr;
};
