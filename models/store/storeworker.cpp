#include "models/store/storeworker.h"

#include <QCoreApplication>
#include <QEvent>

namespace {

// A job for the worker's thread, posted as an event so that it can carry a
// priority (QCoreApplication::postEvent orders by it).
class TaskEvent final : public QEvent
{
public:
    explicit TaskEvent(std::function<void()> task)
        : QEvent(type())
        , m_task(std::move(task))
    {
    }
    static QEvent::Type type()
    {
        static const auto registered = QEvent::Type(QEvent::registerEventType());
        return registered;
    }
    void run() { m_task(); }

private:
    std::function<void()> m_task;
};

class Receiver final : public QObject
{
public:
    bool event(QEvent *event) override
    {
        if (event->type() != TaskEvent::type())
            return QObject::event(event);
        static_cast<TaskEvent *>(event)->run();
        return true;
    }
};

// Opening comes before any job posted after it, whatever that job's priority.
constexpr int OpenPriority = Qt::HighEventPriority + 1;

} // namespace

StoreWorker::StoreWorker(QObject *parent)
    : QObject(parent)
    , m_receiver(new Receiver) // owned by the thread's finished() below
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
    QCoreApplication::postEvent(m_receiver, new TaskEvent([store = m_store, path] { store->open(path); }),
                                OpenPriority);
}

void StoreWorker::enqueue(std::function<void()> task, Priority priority)
{
    QCoreApplication::postEvent(m_receiver, new TaskEvent(std::move(task)),
                                priority == Priority::High ? Qt::HighEventPriority : Qt::NormalEventPriority);
}
