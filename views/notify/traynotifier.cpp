#include "views/notify/traynotifier.h"

#include "views/notify/trayicon.h"

TrayNotifier::TrayNotifier(TrayIcon *tray, QObject *parent)
    : Notifier(parent)
    , m_tray(tray)
{
    connect(m_tray, &TrayIcon::messageClicked, this, &Notifier::activated);
}

void TrayNotifier::notify(const QString &title, const QString &text)
{
    m_tray->showMessage(title, text);
}
