#include "views/window/singleinstance.h"

#include "models/store/newsstore.h"
#include "models/support/logging.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

#include <utility>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// How long a start waits for the window to answer (a busy GUI thread answers
// late); a window that does not is left alone and another one opens.
constexpr int AnswerMillis = 10000;
const QByteArray Taken = QByteArrayLiteral("taken\n");

QString user()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

QString canonicalCache(const QString &cachePath)
{
    // A shared archive is its address, wherever the start was made from.
    if (NewsStore::isShared(cachePath))
        return cachePath;
    // A cache not made yet is named by its folder's canonical path.
    const QFileInfo info(cachePath);
    if (const QString canonical = info.canonicalFilePath(); !canonical.isEmpty())
        return canonical;
    if (const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath(); !folder.isEmpty())
        return folder + u'/' + info.fileName();
    return QDir::cleanPath(info.absoluteFilePath());
}

} // namespace

SingleInstance::SingleInstance(const QString &cachePath, QObject *parent)
    : QObject(parent), m_cachePath(cachePath), m_name(serverName(cachePath))
{
}

SingleInstance::~SingleInstance() = default; // the server removes its socket

QString SingleInstance::serverName(const QString &cachePath)
{
    // The runtime folder is the user's own (0700); elsewhere the name holds
    // the user too. (A socket path may hold about 100 bytes: the hash is short.)
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    const QByteArray key = (user() + u'\n' + canonicalCache(cachePath)).toUtf8();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
    return folder + u"/newsdesk-"_s + user() + u'-' + hash;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::handOver(const QStringList &paths)
{
    QStringList absolute;
    for (const QString &path : paths)
        absolute.append(QFileInfo(path).absoluteFilePath()); // the window's working folder is another
    // Asking and, when no one answers, listening is one step for one start at
    // a time. (A start that cannot take the lock goes on without it.)
    QLockFile startLock(m_name + u".lock"_s);
    startLock.setStaleLockTime(0);
    if (!startLock.tryLock(AnswerMillis))
        qCWarning(lcUi) << "cannot take the start lock" << startLock.fileName() << "; going on without it";
    switch (send(absolute)) {
    case Answer::Taken:
        qCInfo(lcUi) << "the window open on" << m_cachePath << "took" << absolute;
        return true;
    case Answer::Silent:
        // Alive but not answering: its socket stays; this window does without one.
        qCWarning(lcUi) << "the window open on" << m_cachePath << "does not answer; opening another";
        return false;
    case Answer::NoOne:
        break;
    }
    // No window, or a socket left by one that crashed.
    QLocalServer::removeServer(m_name);
    listen();
    return false;
}

void SingleInstance::follow(const QString &cachePath)
{
    const QString name = serverName(cachePath);
    m_cachePath = cachePath;
    if (name == m_name)
        return;
    delete std::exchange(m_server, nullptr); // (its socket goes with it)
    m_name = name;
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(AnswerMillis)) {
        qCInfo(lcUi) << "another window answers for" << m_cachePath << "; this one answers for none";
        return;
    }
    QLocalServer::removeServer(m_name); // (a socket a crashed window left)
    listen();
    qCInfo(lcUi) << "the window answers for" << m_cachePath << "now";
}

SingleInstance::Answer SingleInstance::send(const QStringList &paths) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(AnswerMillis)) {
        const bool noOne = socket.error() == QLocalSocket::ServerNotFoundError
                || socket.error() == QLocalSocket::ConnectionRefusedError;
        if (!noOne)
            qCWarning(lcUi) << "cannot reach the window at" << m_name << ':' << socket.errorString();
        return noOne ? Answer::NoOne : Answer::Silent;
    }
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << paths;
    socket.write(message);
    if (!socket.waitForBytesWritten(AnswerMillis))
        return Answer::Silent;
    QByteArray answer;
    while (!answer.contains('\n') && socket.waitForReadyRead(AnswerMillis))
        answer += socket.readAll();
    return answer == Taken ? Answer::Taken : Answer::Silent;
}

void SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        qCWarning(lcUi) << "cannot listen at" << m_name << ':' << m_server->errorString()
                        << "; a later start opens a window of its own";
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { receive(socket); });
            receive(socket); // (what came with the connection)
        }
    });
}

void SingleInstance::receive(QLocalSocket *socket)
{
    QDataStream in(socket);
    in.setVersion(QDataStream::Qt_6_4);
    in.startTransaction();
    QStringList paths;
    in >> paths;
    if (!in.commitTransaction())
        return; // the rest is on its way
    socket->write(Taken);
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT activated(paths);
}
