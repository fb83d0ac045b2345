#pragma once

#include "models/store/newsstore.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

// A thread with its own connection to the cache, for reads that must not
// block the GUI thread (category counts, the full id list of a large filter)
// and for the reader state a person changes (write()).
// Jobs run one after another in the worker; each result is delivered on the
// thread that owns this StoreWorker, to a context object, and is dropped if
// that object was deleted meanwhile.
class StoreWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWorker)

public:
    explicit StoreWorker(QObject *parent = nullptr);
    // Finishes the running job and queued writes, drops the other jobs. On
    // a shared archive it waits for them at most until ServerWaitMs after
    // stop() was called (a server that stopped answering would hold the
    // window's quitting for good), then leaves the thread to end by itself.
    ~StoreWorker() override;
    static constexpr int ServerWaitMs = 2000;

    // Asks the thread to end, behind the running job and the writes queued,
    // without waiting for it; the destructor then waits (see above). An owner
    // of several workers calls it on each before deleting any, so that their
    // waits overlap: quitting on a server that does not answer costs
    // ServerWaitMs once, not once per worker. Jobs and writes posted after it
    // are not run. Called again, it does nothing.
    void stop();

    // Opens the worker's connection to the cache at path (in the worker).
    // Then, whenever the worker has nothing else to do, it builds what the
    // cache lacks of its derived indexes (NewsStore::buildDerived()): given
    // up as soon as a job is posted, a connection of this process waits for
    // the write lock, or the worker stops, and tried again RetryMs later.
    void open(const QString &path);
    static constexpr int RetryMs = 3000;

    // Normal jobs run in the order they were posted; a High one runs before
    // every Normal job still waiting (a quick count need not wait for a long
    // id list).
    enum class Priority { Normal, High };

    // unavailable, when given, is called on the owner's thread instead of
    // done when the worker's connection is not open (the cache could not be
    // opened there), so a caller that must have an answer can get it itself.
    // Not on a shared archive: the caller's own connection reaches the same
    // server, which may not answer. There each job first tries to connect
    // again (on the worker), and when it cannot, openFailed() says why and
    // the job is dropped; a write() calls its unavailable (openError() says
    // why), which must answer without the store: the change was not written.
    template <typename Job, typename Done>
    void post(QObject *context, Job job, Done done, Priority priority = Priority::Normal,
              std::function<void()> unavailable = {})
    {
        enqueue(task(context, std::move(job), std::move(done), std::move(unavailable), false), priority);
    }

    // A change a person made (reader state): run in order with the Normal
    // jobs, and also once stop() was asked (the reads after it are dropped),
    // so that quitting loses none written before stop() (a write after it is
    // logged, not run). While an import holds the cache's write lock, the
    // worker waits for it, not the caller's thread.
    template <typename Job, typename Done>
    void write(QObject *context, Job job, Done done, std::function<void()> unavailable = {})
    {
        if (m_stopped) {
            writeAfterStop(); // (said in the log: nothing may change after stop())
            return;
        }
        enqueue(task(context, std::move(job), std::move(done), std::move(unavailable), true), Priority::Normal);
    }

Q_SIGNALS:
    // A shared archive's job found no connection and could not make one
    // (error names the server); the job was dropped.
    void openFailed(const QString &error);

public:
    // Why the last job on a shared archive found no connection (see openFailed()).
    QString openError() const { return m_openError; }

private:
    template <typename Job, typename Done>
    std::function<void()> task(QObject *context, Job job, Done done, std::function<void()> unavailable,
                               bool evenWhenStopping)
    {
        using Result = std::invoke_result_t<Job, NewsStore &>;
        QPointer<QObject> guard(context);
        QPointer<StoreWorker> self(this); // (read on the owner's thread only)
        return [self, guard, job = std::move(job), done = std::move(done), store = m_store, stopping = m_stopping,
                unavailable = std::move(unavailable), evenWhenStopping, path = m_path, outbox = m_outbox]() mutable {
            if (stopping->load() && !evenWhenStopping)
                return;
            if (!store->isOpen() && !connectAgain(*store, path, outbox, self)) {
                // A change a person made is answered all the same: not written (openError()).
                if (evenWhenStopping && unavailable)
                    QMetaObject::invokeMethod(outbox, [guard, unavailable = std::move(unavailable)] {
                        if (guard)
                            unavailable();
                    }, Qt::QueuedConnection);
                return;
            }
            if (!store->isOpen()) {
                if (unavailable) {
                    QMetaObject::invokeMethod(outbox, [guard, unavailable = std::move(unavailable)] {
                        if (guard)
                            unavailable();
                    }, Qt::QueuedConnection);
                }
                return;
            }
            auto result = std::make_shared<Result>(job(*store));
            // Back on the owner's thread: deliver only to a living context.
            QMetaObject::invokeMethod(outbox, [guard, result, done = std::move(done)]() mutable {
                if (guard)
                    done(std::move(*result));
            }, Qt::QueuedConnection);
        };
    }
    // (Nothing after stop(): a job would be dropped anyway, a write is logged.)
    void enqueue(std::function<void()> task, Priority priority);
    void writeAfterStop() const;
    // A shared archive's connection made again before a job (in the worker);
    // false: it could not be (openFailed() said so), the job is dropped.
    static bool connectAgain(NewsStore &store, const QString &path, QObject *outbox,
                             const QPointer<StoreWorker> &self);
    // The idle job of open(), posted below every other job.
    void buildWhenIdle();

    struct Idle; // what the idle job shares with the worker

    // Until when the destructor waits for a shared archive's thread (set by stop()).
    QDeadlineTimer m_stopDeadline{QDeadlineTimer::Forever};
    bool m_stopped = false; // stop() was called (owner's thread)
    QThread *m_thread = nullptr;              // owned; left to end by itself (see ~StoreWorker())
    QObject *m_receiver = nullptr;            // lives in m_thread
    // Lives on the owner's thread as long as the jobs may run (longer than
    // this worker when its thread is left to end by itself): the jobs'
    // answers are delivered through it.
    QObject *m_outbox = nullptr;
    std::shared_ptr<NewsStore> m_store;       // used only in m_thread
    QString m_openError; // (owner's thread)
    QString m_path; // what open() opened: each job carries it (written on this thread only)
    std::shared_ptr<std::atomic_bool> m_stopping = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_int> m_waiting = std::make_shared<std::atomic_int>(0); // jobs posted, not begun
};
