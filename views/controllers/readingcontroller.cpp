#include "views/controllers/readingcontroller.h"

#include "models/itemmodels/newslistmodel.h"
#include "models/itemmodels/readersession.h"
#include "models/support/logging.h"
#include "views/panes/detailpane.h"
#include "views/panes/newspane.h"

ReadingController::ReadingController(ReaderSession *session, NewsPane *newsPane, DetailPane *detailPane,
                                     QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_newsPane(newsPane)
    , m_detailPane(detailPane)
{
    NewsListModel *news = m_session->newsModel();
    connect(news, &NewsListModel::writeFailed, this, [this](const QString &error) {
        say(tr("Could not save a change of read state or star: %1").arg(error));
    });
    connect(news, &NewsListModel::countReady, this, &ReadingController::countReady);
    // Another list, or the same one read again (an import): its count is not
    // the one of the items marked.
    connect(news, &NewsListModel::filterChanged, this, [this] { m_markedCountPending = false; });
    connect(news, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_markedCountPending = false; });
}

void ReadingController::say(const QString &text)
{
    m_markedCountPending = false; // a newer line is not replaced by a late count
    Q_EMIT statusMessage(text);
}

void ReadingController::readOn()
{
    if (!m_detailPane->pageDown())
        m_newsPane->moveCurrent(1);
}

void ReadingController::nextUnread()
{
    if (!m_newsPane->nextUnread())
        say(tr("No unread items in the list."));
}

void ReadingController::toggle(int role, Setter set, const char *what,
                               const std::function<QString(bool on, int count)> &done,
                               const std::function<QString(const QString &error)> &failed)
{
    // The selection, or the current row; the row that decides whether the
    // state is set or cleared is the current one when it is selected.
    int probe = -1;
    const QList<int> rows = m_newsPane->actionRows(probe);
    if (rows.isEmpty())
        return;
    NewsListModel *news = m_session->newsModel();
    const bool on = !news->index(probe).data(role).toBool();
    if (!(news->*set)(rows, on)) {
        qCWarning(lcUi) << "cannot change the" << what << m_session->errorString();
        say(failed(m_session->errorString()));
        return;
    }
    say(done(on, int(rows.size())));
}

void ReadingController::toggleRead()
{
    toggle(
            NewsListModel::ReadRole, &NewsListModel::setRead, "read state:",
            [](bool read, int count) {
                return read ? tr("Marked %Ln item(s) as read.", nullptr, count)
                            : tr("Marked %Ln item(s) as unread.", nullptr, count);
            },
            [](const QString &error) { return tr("Could not change the read state: %1").arg(error); });
}

void ReadingController::toggleStar()
{
    toggle(
            NewsListModel::StarredRole, &NewsListModel::setStarred, "star:",
            [](bool starred, int count) {
                return starred ? tr("Starred %Ln item(s).", nullptr, count)
                               : tr("Removed the star from %Ln item(s).", nullptr, count);
            },
            [](const QString &error) { return tr("Could not change the star: %1").arg(error); });
}

void ReadingController::markAllShownRead()
{
    NewsListModel *news = m_session->newsModel();
    // Nothing while the worker counts: the marks do not wait for it.
    const std::optional<qint64> shown = news->shownCount();
    if (shown == 0)
        return;
    const qint64 id = m_newsPane->currentId();
    if (!news->markAllRead()) {
        qCWarning(lcUi) << "cannot mark the shown items as read:" << m_session->errorString();
        say(tr("Could not mark the items as read: %1").arg(m_session->errorString()));
        return;
    }
    if (m_newsPane->currentId() != id)
        m_newsPane->restoreCurrent(id); // the list was re-read (it showed only unread items)
    Q_EMIT listChanged();
    if (shown) {
        say(tr("Marked %Ln item(s) as read.", nullptr, int(*shown)));
    } else {
        say(tr("Marked every shown item as read."));
        m_markedCountPending = true; // countReady() words it with the count
    }
}

void ReadingController::countReady()
{
    if (!std::exchange(m_markedCountPending, false))
        return;
    if (const std::optional<qint64> shown = m_session->newsModel()->shownCount())
        say(tr("Marked %Ln item(s) as read.", nullptr, int(*shown)));
}
