#include "storeworker.h"

StoreWorker::StoreWorker(QObject *parent)
    : QObject(parent)
    , m_receiver(new QObject) // owned by the thread's finished() below
    , m_store(std::make_shared<NewsStore>())
{
    m_receiver->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_receiver, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("newsdesk reader"));
    m_thread.start();
}

StoreWorker::~StoreWorker()
{
    m_stopping->store(true);
    // Close the connection in the thread that opened it, then stop.
    QMetaObject::invokeMethod(m_receiver, [store = m_store] { store->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StoreWorker::open(const QString &path)
{
    QMetaObject::invokeMethod(m_receiver, [store = m_store, path] { store->open(path); }, Qt::QueuedConnection);
}
