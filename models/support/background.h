#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

// The one way newsdesk runs work off the GUI thread (imports, exports, prints,
// copies): a function on newsdesk's thread pool (QtConcurrent::run), then
// done(result) on context's thread, unless context was destroyed meanwhile.
// The cache's own reader thread is StoreWorker (a connection that stays open);
// ImportReader keeps a thread of its own to read one file ahead.
//
// The future returned finishes with work, not with done: an owner may wait for
// it in its destructor on its own thread without waiting for itself.
// Progress reported from work is posted to the owner, who must outlive the
// work (cancel, then wait for the future, in its destructor).
namespace Background {

// A few low-priority threads; long work (an import) never keeps a short one
// (a copy) waiting for a free thread.
QThreadPool &pool();

// Call on context's thread. done runs there through a QFutureWatcher that is a
// child of context (QFuture::then(context, ...) of Qt 6.4 lost a continuation
// now and then when the work ended while it was being attached).
template <typename Work, typename Done>
auto run(QObject *context, Work work, Done done) -> QFuture<std::invoke_result_t<Work>>
{
    using Result = std::invoke_result_t<Work>;
    auto future = QtConcurrent::run(&pool(), std::move(work));
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        if constexpr (std::is_void_v<Result>)
            done();
        else
            done(watcher->future().result());
    });
    watcher->setFuture(future);
    return future;
}

} // namespace Background
