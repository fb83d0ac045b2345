#pragma once

#include "views/notify/notifier.h"

// Notifications through the desktop's notification server
// (org.freedesktop.Notifications on the session bus): Notify with a "default"
// action, whose ActionInvoked signal is activated().
class FreedesktopNotifier final : public Notifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreedesktopNotifier)

public:
    explicit FreedesktopNotifier(QObject *parent = nullptr);

    // Whether a notification server is registered on the session bus now.
    static bool isAvailable();

    void notify(const QString &title, const QString &text) override;

private Q_SLOTS:
    // org.freedesktop.Notifications.ActionInvoked
    void actionInvoked(uint id, const QString &actionKey);
    // org.freedesktop.Notifications.NotificationClosed
    void notificationClosed(uint id, uint reason);

private:
    uint m_lastId = 0; // the notification shown now, replaced by the next
};
