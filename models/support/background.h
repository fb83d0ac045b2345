#pragma once

#include <QFuture>
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

template <typename Work, typename Done>
auto run(QObject *context, Work work, Done done) -> QFuture<std::invoke_result_t<Work>>
{
    auto future = QtConcurrent::run(&pool(), std::move(work));
    future.then(context, std::move(done));
    return future;
}

} // namespace Background
