#pragma once

#include "models/export/statejob.h"
#include "views/panes/messagebar.h"

#include <QFuture>
#include <QObject>

#include <functional>

class QWidget;

// File → Export Your Data… and Import Your Data…: a state file chosen in a
// file dialog, written or merged by a StateJob off the GUI thread
// (Background::run). The message bar says what was written or merged, or
// why it failed (naming the file); after a merge the window reads the cache
// again (Window::merged).
class StateTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateTransfer)

public:
    struct Window
    {
        QString databasePath;
        std::function<void(MessageBar::Kind kind, const QString &text, const QStringList &details)> showMessage;
        std::function<void()> merged; // the cache changed: read it again
    };

    StateTransfer(const Window &window, QWidget *parent);
    ~StateTransfer() override; // waits for a job that runs

    bool isBusy() const { return m_running.isRunning(); }

public Q_SLOTS:
    // Ask for a file, then write / merge it.
    void chooseExportFile();
    void chooseImportFile();
    void exportTo(const QString &path);
    void importFrom(const QString &path);

Q_SIGNALS:
    // A job ended; text is what the message bar says.
    void finished(bool ok, const QString &text);

private:
    void done(bool exporting, const QString &path, const StateJob::Result &result);

    Window m_window;
    QWidget *m_parent;
    QFuture<void> m_running;
};
