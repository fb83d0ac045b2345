#include "views/controllers/readingcontroller.h"

#include "models/itemmodels/newslistmodel.h"
#include "models/itemmodels/readersession.h"
#include "models/support/logging.h"
#include "views/controllers/undocontroller.h"
#include "views/panes/detailpane.h"
#include "views/panes/newspane.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
int clampedCount(qint64 count)
{
    return int(qMin<qint64>(count, std::numeric_limits<int>::max()));
}
} // namespace

ReadingController::ReadingController(ReaderSession *session, NewsPane *newsPane, DetailPane *detailPane,
                                     UndoController *undo, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_newsPane(newsPane)
    , m_detailPane(detailPane)
    , m_undo(undo)
{
    NewsListModel *news = m_session->newsModel();
    connect(news, &NewsListModel::writeFailed, this, [this](const QString &error) {
        say(tr("Could not save a change of read state or star: %1").arg(error));
    });
    connect(m_newsPane, &NewsPane::noUnreadFound, this, [this] { say(tr("No unread items in the list.")); });
    connect(m_undo, &UndoController::marked, this, &ReadingController::marked);
    connect(m_undo, &UndoController::restored, this, &ReadingController::restored);
    connect(m_undo, &UndoController::failed, this, &ReadingController::markFailed);
    connect(m_undo, &UndoController::refused, this, [this](const QString &reason) {
        Q_EMIT notice(reason, {}, NoticeMs);
        Q_EMIT listChanged(); // read again: what it holds now
    });
}

void ReadingController::say(const QString &text)
{
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

void ReadingController::toggle(MarkChange::Mark mark)
{
    // The selection, or the current row; the row that decides whether the
    // state is set or cleared is the current one when it is selected.
    int probe = -1;
    const QList<int> rows = m_newsPane->actionRows(probe);
    if (rows.isEmpty())
        return;
    if (!m_newsPane->selectionKnown()) {
        say(NewsPane::selectionArrivingText());
        return;
    }
    NewsListModel *news = m_session->newsModel();
    const int role = mark == MarkChange::Mark::Read ? NewsListModel::ReadRole : NewsListModel::StarredRole;
    const bool on = !news->index(probe).data(role).toBool();
    // The items before the question: the list may be read again while it is
    // asked (an import elsewhere), and the answer is about these.
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (int row : rows)
        ids.append(news->idAt(row));
    if (rows.size() > ConfirmAbove && !confirm(mark, on, rows.size(), true))
        return;
    m_undo->mark(mark, on, ids);
}

void ReadingController::toggleRead()
{
    toggle(MarkChange::Mark::Read);
}

void ReadingController::toggleStar()
{
    toggle(MarkChange::Mark::Starred);
}

void ReadingController::markAllShownRead()
{
    NewsListModel *news = m_session->newsModel();
    // Nothing while the worker counts: the marks do not wait for it.
    const std::optional<qint64> shown = news->shownCount();
    if (shown == 0)
        return;
    // What changes: the shown unread items; while they are counted, at most
    // every shown item, or every unread item of the cache; while nothing is
    // counted yet, it is not known.
    const std::optional<qint64> unread = news->shownUnreadCount();
    std::optional<qint64> atMost = unread ? unread : shown;
    if (!atMost && m_session->unreadTotal() > 0)
        atMost = m_session->unreadTotal();
    if (atMost.value_or(ConfirmAbove + 1) > ConfirmAbove
        && !confirm(MarkChange::Mark::Read, true, atMost.value_or(-1), unread.has_value()))
        return;
    if (unread == 0) {
        say(tr("Nothing to mark: every shown item is read already."));
        return;
    }
    const qint64 id = m_newsPane->currentId();
    // Only the items shown, where the list knows their number exactly.
    m_undo->markAll(MarkChange::Mark::Read, true, 0, news->filterCount().value_or(-1));
    if (m_newsPane->currentId() != id)
        m_newsPane->restoreCurrent(id); // the list was re-read (it showed only unread items)
    Q_EMIT listChanged();
    // The rows show it at once; marked() says how many changed when the cache has them.
    say(tr("Marked every shown item as read."));
}

bool ReadingController::confirm(MarkChange::Mark mark, bool on, qint64 count, bool exact)
{
    const int n = clampedCount(count);
    QString text;
    if (count < 0)
        text = tr("The list is still being counted: every item it shows will be marked as read.");
    else if (!exact)
        text = tr("The list is still being counted: up to %Ln unread item(s) may be marked as read.", nullptr, n);
    else if (mark == MarkChange::Mark::Read)
        text = on ? tr("Mark %Ln item(s) as read?", nullptr, n) : tr("Mark %Ln item(s) as unread?", nullptr, n);
    else
        text = on ? tr("Star %Ln item(s)?", nullptr, n) : tr("Remove the star from %Ln item(s)?", nullptr, n);
    QMessageBox box(QMessageBox::Question, tr("Change Many Items"), text, QMessageBox::Yes | QMessageBox::No,
                    m_newsPane->window());
    box.setObjectName(u"confirmMarkBox"_s);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Edit → Undo can set them back."));
    box.setDefaultButton(QMessageBox::Yes);
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

QString ReadingController::doneText(const MarkChange &change)
{
    const int n = clampedCount(change.ids.size());
    if (change.mark == MarkChange::Mark::Read) {
        return change.on ? tr("Marked %Ln item(s) as read.", nullptr, n)
                         : tr("Marked %Ln item(s) as unread.", nullptr, n);
    }
    return change.on ? tr("Starred %Ln item(s).", nullptr, n) : tr("Removed the star from %Ln item(s).", nullptr, n);
}

void ReadingController::marked(const MarkChange &change, qint64 commandId)
{
    if (change.mark == MarkChange::Mark::Label || change.mark == MarkChange::Mark::Hidden)
        return; // OrganiseController's: it says what they did
    if (change.ids.isEmpty()) {
        const bool read = change.mark == MarkChange::Mark::Read;
        say(read ? (change.on ? tr("Nothing to mark: the items were read already.")
                              : tr("Nothing to mark: the items were unread already."))
                 : (change.on ? tr("Nothing to star: the items were starred already.")
                              : tr("Nothing to change: the items had no star.")));
        return;
    }
    say(doneText(change));
    if (change.ids.size() < 2)
        return; // one item: Edit → Undo, no notice over the panes
    const MessageBar::Action undoButton{.text = tr("&Undo"),
                                        .objectName = u"undoNoticeButton"_s,
                                        .accessibleName = tr("Undo this change"),
                                        .triggered = [this, commandId] {
                                            if (!m_undo->undoChange(commandId))
                                                say(tr("This change is no longer the last one: Edit → Undo "
                                                       "undoes the changes in turn."));
                                        }};
    Q_EMIT notice(doneText(change), {undoButton}, NoticeMs);
}

void ReadingController::restored(const MarkChange &change, bool undone)
{
    const QString what = m_undo->describe(change);
    say(undone ? tr("Undone: %1.").arg(what) : tr("Redone: %1.").arg(what));
    Q_EMIT listChanged();
}

void ReadingController::markFailed(const QString &message)
{
    qCWarning(lcUi) << "cannot write marks:" << message;
    Q_EMIT error(tr("newsdesk could not save the change of marks (read, starred, labels or hidden) in its cache "
                    "%1; the list shows what the cache holds.")
                         .arg(m_session->databasePath()),
                 {message});
}

void ReadingController::openSourceFile()
{
    const qint64 id = m_newsPane->currentId();
    NewsListModel *model = m_session->newsModel();
    const int row = id < 0 ? -1 : model->knownRowOfId(id);
    if (row < 0) {
        say(tr("Select an item to open its listing file."));
        return;
    }
    const auto sources = model->index(row).data(NewsListModel::SourcesRole).value<QList<ItemSource>>();
    for (const ItemSource &source : sources) {
        if (source.file.startsWith(u':'))
            continue; // a bundled sample: a resource, not a file
        if (QDesktopServices::openUrl(QUrl::fromLocalFile(source.file))) {
            say(tr("Opened %1.").arg(source.file));
        } else {
            qCWarning(lcUi) << "no program opened" << source.file;
            Q_EMIT error(tr("The listing file %1 could not be opened: the desktop has no program for it.")
                                 .arg(source.file),
                         {});
        }
        return;
    }
    say(tr("This item comes from the bundled sample news, which has no file to open."));
}
