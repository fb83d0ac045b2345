#pragma once

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <atomic>

class QTcpServer;

// A TCP relay to a server, on a thread of its own, that can stop relaying
// while keeping every connection open: to its clients the server has
// stopped answering (a host that hangs, a stalled disk, an overloaded
// machine). Neither end sees an error: a read waits, as it would in life.
class FreezingProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreezingProxy)

public:
    explicit FreezingProxy(const QHostAddress &host, quint16 port);
    ~FreezingProxy() override;

    // The port the relay listens on (localhost); 0 when it could not listen.
    quint16 port() const { return m_port; }
    // Stops (true) or resumes (false) relaying; what came meanwhile is relayed on resuming.
    void setFrozen(bool frozen);
    // Connections the relay accepted so far.
    int accepted() const { return m_accepted.load(); }
    // Connections whose client sent bytes since the relay froze, held there
    // (each is waiting on the server for an answer that does not come).
    int held() const { return m_held.load(); }

private:
    QThread m_thread;
    QObject *m_relay = nullptr; // lives in m_thread
    quint16 m_port = 0;
    std::atomic_int m_accepted{0};
    std::atomic_int m_held{0};
};
