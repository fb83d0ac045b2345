#pragma once

#include <QList>
#include <QObject>

#include <functional>

class DetailPane;
class NewsListModel;
class NewsPane;
class ReaderSession;

// What the reading keys do to items: read on (a page down in the item, then
// the next one), the next unread item, read and star toggled on the selected
// items (or the current one), every shown item marked as read. Each says what
// it did in a status line; the item models write the marks on the worker.
class ReadingController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingController)

public:
    ReadingController(ReaderSession *session, NewsPane *newsPane, DetailPane *detailPane,
                      QObject *parent = nullptr);

public Q_SLOTS:
    void readOn();
    void nextUnread();
    void toggleRead();
    void toggleStar();
    // Marks at once, also while the list is still counting its items: the
    // status line gets the count when it is known.
    void markAllShownRead();

Q_SIGNALS:
    // A line for the window's status bar.
    void statusMessage(const QString &text);
    // Marking every item read changed the list (its rows, or what it shows).
    void listChanged();

private:
    using Setter = bool (NewsListModel::*)(const QList<int> &rows, bool on);
    // Sets or clears role (by set) on the rows an action acts on; what names
    // it in the log, done() and failed() word the status line.
    void toggle(int role, Setter set, const char *what, const std::function<QString(bool on, int count)> &done,
                const std::function<QString(const QString &error)> &failed);
    void say(const QString &text);
    void countReady();

    ReaderSession *m_session;
    NewsPane *m_newsPane;
    DetailPane *m_detailPane;
    bool m_markedCountPending = false; // "marked all read" waits for the count
};
