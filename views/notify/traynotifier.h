#pragma once

#include "views/notify/notifier.h"

class TrayIcon;

// Notifications as messages of the tray icon (QSystemTrayIcon::showMessage),
// where the desktop has no notification server; a click on the message
// (messageClicked) is activated().
class TrayNotifier final : public Notifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    // tray is not owned and must outlive the notifier.
    explicit TrayNotifier(TrayIcon *tray, QObject *parent = nullptr);

    void notify(const QString &title, const QString &text) override;

private:
    TrayIcon *m_tray;
};
