#include "views/notify/freedesktopnotifier.h"

#include "models/support/logging.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace {
const QString Service = u"org.freedesktop.Notifications"_s;
const QString Path = u"/org/freedesktop/Notifications"_s;
const QString Interface = u"org.freedesktop.Notifications"_s;
const QString DefaultAction = u"default"_s;
const QString DesktopEntry = u"se.newsdesk.Newsdesk"_s;
} // namespace

FreedesktopNotifier::FreedesktopNotifier(QObject *parent)
    : Notifier(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(Service, Path, Interface, u"ActionInvoked"_s, this, SLOT(actionInvoked(uint, QString)));
    bus.connect(Service, Path, Interface, u"NotificationClosed"_s, this, SLOT(notificationClosed(uint, uint)));
}

bool FreedesktopNotifier::isAvailable()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    if (bus.interface()->isServiceRegistered(Service).value())
        return true;
    // A server the bus starts when it is first called.
    const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(Service);
}

void FreedesktopNotifier::notify(const QString &title, const QString &text)
{
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, u"Notify"_s);
    // The body is plain text: a server that reads markup (capability
    // "body-markup") would take a "<" for a tag, one that does not shows
    // text without markup as it is, so escaping is right for both as long as
    // the text holds no "&" (it is the window's own words, never item text).
    const QVariantMap hints{{u"desktop-entry"_s, DesktopEntry}, {u"category"_s, u"transfer.complete"_s}};
    call << u"newsdesk"_s << m_lastId << DesktopEntry << title << text.toHtmlEscaped()
         << QStringList{DefaultAction, tr("Show")} << hints << -1;
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        const QDBusPendingReply<uint> reply = *finished;
        if (reply.isError()) {
            qCWarning(lcUi) << "the desktop's notification server refused a notification:" << reply.error().name()
                            << reply.error().message();
            Q_EMIT failed(tr("The desktop could not show a notification: %1").arg(reply.error().message()));
            return;
        }
        m_lastId = reply.value();
    });
}

void FreedesktopNotifier::actionInvoked(uint id, const QString &actionKey)
{
    if (id == m_lastId && m_lastId != 0 && actionKey == DefaultAction)
        Q_EMIT activated();
}

void FreedesktopNotifier::notificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    if (id == m_lastId)
        m_lastId = 0; // the next one is new, not a replacement
}
