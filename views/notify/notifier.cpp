#include "views/notify/notifier.h"

#include "models/support/logging.h"
#include "views/notify/freedesktopnotifier.h"
#include "views/notify/traynotifier.h"

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{
}

Notifier::~Notifier() = default;

std::unique_ptr<Notifier> Notifier::create(TrayIcon *tray)
{
    if (FreedesktopNotifier::isAvailable()) {
        qCDebug(lcUi) << "notifications through org.freedesktop.Notifications";
        return std::make_unique<FreedesktopNotifier>();
    }
    qCDebug(lcUi) << "no notification server on the session bus: notifications from the tray icon";
    return std::make_unique<TrayNotifier>(tray);
}
