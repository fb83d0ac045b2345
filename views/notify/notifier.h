#pragma once

#include <QObject>

#include <memory>

class TrayIcon;

// A desktop notification: a title and a line of text, and activated() when
// the person clicks it. The window notifies through this interface, so a test
// can put its own in (MainWindow::setNotifier).
class Notifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    explicit Notifier(QObject *parent = nullptr);
    ~Notifier() override;

    // Plain text, both: never markup.
    virtual void notify(const QString &title, const QString &text) = 0;

    // The desktop's notifications (FreedesktopNotifier) when its session bus
    // has them, else messages of the tray icon (TrayNotifier).
    static std::unique_ptr<Notifier> create(TrayIcon *tray);

Q_SIGNALS:
    // The person clicked the last notification.
    void activated();
    // A notification could not be shown (error says why): the window says so
    // when the person is back.
    void failed(const QString &error);
};
