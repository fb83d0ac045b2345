#pragma once

#include "models/store/markchange.h"
#include "views/panes/messagebar.h"

#include <QList>
#include <QObject>

class DetailPane;
class NewsListModel;
class NewsPane;
class ReaderSession;
class UndoController;

// What the reading keys do to items: read on (a page down in the item, then
// the next one), the next unread item, read and star toggled on the selected
// items (or the current one), every shown item marked as read. Marks go
// through the UndoController (each bulk change can be undone); marking more
// than ConfirmAbove items asks first. Each says what it did in a status
// line, a bulk change also in a notice with an Undo button.
class ReadingController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingController)

public:
    // Marking more items than this at once asks first.
    static constexpr qint64 ConfirmAbove = 5000;
    // How long the notice of a bulk change (with its Undo button) stays.
    static constexpr int NoticeMs = 10'000;

    ReadingController(ReaderSession *session, NewsPane *newsPane, DetailPane *detailPane, UndoController *undo,
                      QObject *parent = nullptr);

public Q_SLOTS:
    void readOn();
    void nextUnread();
    void toggleRead();
    void toggleStar();
    // Marks at once, also while the list is still counting its items: the
    // status line gets the count when the marks are written.
    void markAllShownRead();
    // Opens the current item's listing file in the desktop's program for it
    // (the first source that is a file: the bundled sample has none).
    void openSourceFile();

Q_SIGNALS:
    // A line for the window's status bar.
    void statusMessage(const QString &text);
    // A notice above the panes that leaves by itself after timeoutMs.
    void notice(const QString &text, const QList<MessageBar::Action> &actions, int timeoutMs);
    // A failure the person must see (the message bar), with its details.
    void error(const QString &text, const QStringList &details);
    // Marking every item read changed the list (its rows, or what it shows).
    void listChanged();

private:
    // Sets or clears mark on the items an action acts on (the selection, or
    // the current item): the current item's state decides which.
    void toggle(MarkChange::Mark mark);
    // Asks whether to mark count items (more than ConfirmAbove); exact is
    // false when count is only what may change at most, count is -1 when
    // not even that is known.
    bool confirm(MarkChange::Mark mark, bool on, qint64 count, bool exact);
    void marked(const MarkChange &change, qint64 commandId);
    void restored(const MarkChange &change, bool undone);
    void markFailed(const QString &message);
    void say(const QString &text);
    // "Marked 300 items as read.": what a change did.
    static QString doneText(const MarkChange &change);

    ReaderSession *m_session;
    NewsPane *m_newsPane;
    DetailPane *m_detailPane;
    UndoController *m_undo;
};
