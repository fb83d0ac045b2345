#include "freezingproxy.h"

#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

// The relay's side, in the proxy's thread: a listening socket and, for
// each client, a connection to the server; bytes pass both ways unless frozen.
class Relay final : public QObject
{
public:
    Relay(const QHostAddress &host, quint16 port, std::atomic_int &accepted, std::atomic_int &held)
        : m_host(host)
        , m_port(port)
        , m_accepted(accepted)
        , m_held(held)
    {
    }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, &Relay::accept);
        return m_server->serverPort();
    }

    void setFrozen(bool frozen)
    {
        m_frozen = frozen;
        m_holding.clear();
        m_held = 0;
        if (frozen)
            return;
        for (const Pair &pair : std::as_const(m_pairs)) {
            pass(pair.client, pair.server);
            pass(pair.server, pair.client);
        }
    }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
    };

    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            ++m_accepted;
            auto *server = new QTcpSocket(this);
            client->setParent(this);
            const Pair pair{client, server};
            m_pairs.append(pair);
            connect(client, &QTcpSocket::readyRead, this, [this, pair] {
                if (m_frozen && pair.client) { // (a client's request, held)
                    m_holding.insert(pair.client.data());
                    m_held = int(m_holding.size());
                }
                pass(pair.client, pair.server);
            });
            connect(server, &QTcpSocket::readyRead, this, [this, pair] { pass(pair.server, pair.client); });
            connect(server, &QTcpSocket::connected, this, [this, pair] { pass(pair.client, pair.server); });
            connect(client, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
            connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            server->connectToHost(m_host, m_port);
        }
    }

    void pass(QTcpSocket *from, QTcpSocket *to)
    {
        if (m_frozen || !from || !to || to->state() != QAbstractSocket::ConnectedState)
            return;
        to->write(from->readAll());
    }

    QHostAddress m_host;
    quint16 m_port;
    std::atomic_int &m_accepted;
    std::atomic_int &m_held;
    QSet<QTcpSocket *> m_holding; // clients whose bytes wait since the relay froze
    QTcpServer *m_server = nullptr;
    QList<Pair> m_pairs;
    bool m_frozen = false;
};

} // namespace

FreezingProxy::FreezingProxy(const QHostAddress &host, quint16 port)
    : m_relay(new Relay(host, port, m_accepted, m_held))
{
    m_relay->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_relay, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_relay, [this] { m_port = static_cast<Relay *>(m_relay)->listen(); },
                              Qt::BlockingQueuedConnection);
}

FreezingProxy::~FreezingProxy()
{
    m_thread.quit();
    m_thread.wait();
}

void FreezingProxy::setFrozen(bool frozen)
{
    QMetaObject::invokeMethod(m_relay, [relay = m_relay, frozen] { static_cast<Relay *>(relay)->setFrozen(frozen); },
                              Qt::BlockingQueuedConnection);
}
