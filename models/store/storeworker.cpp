#include "models/store/storeworker.h"

#include "models/support/logging.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace {

// A job for the worker's thread, posted as an event so that it can carry a
// priority (QCoreApplication::postEvent orders by it).
// While posted and not begun, a job counts in waiting (when given): the
// idle job gives way to any.
class TaskEvent final : public QEvent
{
public:
    explicit TaskEvent(std::function<void()> task, std::shared_ptr<std::atomic_int> waiting = {})
        : QEvent(type())
        , m_task(std::move(task))
        , m_waiting(std::move(waiting))
    {
        if (m_waiting)
            ++*m_waiting;
    }
    ~TaskEvent() override { begin(); }
    Q_DISABLE_COPY_MOVE(TaskEvent)
    static QEvent::Type type()
    {
        static const auto registered = QEvent::Type(QEvent::registerEventType());
        return registered;
    }
    void run()
    {
        begin();
        m_task();
    }

private:
    void begin()
    {
        if (m_waiting)
            --*std::exchange(m_waiting, nullptr);
    }

    std::function<void()> m_task;
    std::shared_ptr<std::atomic_int> m_waiting;
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
    , m_thread(new QThread)
    , m_receiver(new Receiver) // owned by the thread's finished() below
    , m_outbox(new QObject)
    , m_store(std::make_shared<NewsStore>())
{
    m_receiver->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_receiver, &QObject::deleteLater);
    m_thread->setObjectName(QStringLiteral("newsdesk reader"));
    m_thread->start();
}

StoreWorker::~StoreWorker()
{
    stop();
    QThread *thread = m_thread;
    if (!NewsStore::isShared(m_path)) {
        thread->wait();
        delete thread;
        delete m_outbox;
        return;
    }
    // A shared archive's server that stopped answering holds its read (and
    // the thread) for as long as it does not answer: newsdesk does not wait
    // for it longer than this (counted from stop(): the waits of workers
    // stopped together overlap); the thread goes when its read ends, or with
    // the process.
    if (thread->wait(m_stopDeadline)) {
        delete thread;
        delete m_outbox;
        return;
    }
    qCWarning(lcStore).noquote() << "the shared archive's server did not answer within" << ServerWaitMs
                                 << "ms; its reader is left to end by itself";
    connect(thread, &QThread::finished, m_outbox, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    if (thread->isFinished()) { // (it ended between the wait and the connections)
        thread->wait();
        delete thread;
        delete m_outbox;
    }
}

void StoreWorker::stop()
{
    if (m_stopped)
        return;
    m_stopDeadline = QDeadlineTimer(ServerWaitMs);
    m_stopping->store(true);
    // Close the connection in the thread that opened it (behind the writes
    // still queued), then stop.
    enqueue([store = m_store, thread = m_thread] {
        store->close();
        thread->quit();
    }, Priority::Normal);
    m_stopped = true;
}

void StoreWorker::open(const QString &path)
{
    m_path = path;
    QCoreApplication::postEvent(m_receiver,
                                new TaskEvent([store = m_store, path] { store->open(path); }, m_waiting),
                                OpenPriority);
    buildWhenIdle();
}

bool StoreWorker::connectAgain(NewsStore &store, const QString &path, QObject *outbox,
                               const QPointer<StoreWorker> &self)
{
    if (!NewsStore::isShared(path))
        return true; // a cache file that did not open: the caller's unavailable() reads it
    if (store.open(path))
        return true;
    const QString error = store.errorString();
    qCWarning(lcStore).noquote() << "the reader cannot connect to the shared archive:" << error;
    QMetaObject::invokeMethod(outbox, [self, error] {
        if (!self)
            return;
        self->m_openError = error;
        Q_EMIT self->openFailed(error);
    }, Qt::QueuedConnection);
    return false;
}

void StoreWorker::enqueue(std::function<void()> task, Priority priority)
{
    if (m_stopped)
        return;
    QCoreApplication::postEvent(m_receiver, new TaskEvent(std::move(task), m_waiting),
                                priority == Priority::High ? Qt::HighEventPriority : Qt::NormalEventPriority);
}

void StoreWorker::writeAfterStop() const
{
    qCWarning(lcStore).noquote() << "a change came after the reader thread was stopped (quitting): it is not written";
}

struct StoreWorker::Idle
{
    QObject *receiver; // lives in the worker's thread, as long as the jobs
    std::shared_ptr<NewsStore> store;
    std::shared_ptr<std::atomic_bool> stopping;
    std::shared_ptr<std::atomic_int> waiting;

    // Posted below every job (not counted as waiting); run when the jobs
    // before it are done.
    void post() const
    {
        QCoreApplication::postEvent(receiver, new TaskEvent([idle = *this] { idle.run(); }), Qt::LowEventPriority);
    }
    void run() const
    {
        if (stopping->load() || !store->isOpen())
            return;
        const auto busy = [this] { return stopping->load() || waiting->load() > 0; };
        switch (store->buildDerived(busy)) {
        case NewsStore::Build::Done:
            return;
        case NewsStore::Build::Failed: // (logged by the store) the reads go without it
            qCWarning(lcStore).noquote() << "the reader gives up building the cache's derived indexes:"
                                         << store->errorString();
            return;
        case NewsStore::Build::Abandoned:
            if (stopping->load())
                return;
            QTimer::singleShot(RetryMs, receiver, [idle = *this] { idle.post(); });
            return;
        }
    }
};

void StoreWorker::buildWhenIdle()
{
    Idle{m_receiver, m_store, m_stopping, m_waiting}.post();
}
