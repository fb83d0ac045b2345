#pragma once

#include <QIcon>
#include <QObject>

class QSystemTrayIcon;
class QTimer;

// The window's icon in the notification area (QSystemTrayIcon): shown when
// the person wants it (Settings → Show Icon in Notification Area), with the
// number of unread items on it and in its tool tip, and for the moment of a message
// (TrayNotifier) when it is not. A click brings the window forward
// (activated()).
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(QObject *parent = nullptr);

    // Shown all the time, or only for a message.
    void setWanted(bool wanted);
    bool isWanted() const { return m_wanted; }
    bool isVisible() const;
    void setUnread(qint64 unread);
    // Shows a message from the icon (shown for it when it is not wanted).
    void showMessage(const QString &title, const QString &text);

    void retranslate();

Q_SIGNALS:
    // The icon was clicked: the window comes forward.
    void activated();
    // The last message was clicked.
    void messageClicked();

private:
    // The tool tip and the number on the icon.
    void updateUnread();
    // The application's icon with the unread number in a badge.
    QIcon badged() const;

    QIcon m_appIcon;
    QSystemTrayIcon *m_icon;
    QTimer *m_messageTimer; // hides an icon shown only for a message
    bool m_wanted = false;
    qint64 m_unread = -1; // not known yet
};
