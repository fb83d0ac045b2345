#include "views/notify/trayicon.h"

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSystemTrayIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
const QString AppIcon = u":/icons/hicolor/32x32/apps/se.newsdesk.Newsdesk.png"_s;
// How long an icon shown only for a message stays.
constexpr int MessageMs = 10'000;
} // namespace

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_appIcon(QFile::exists(AppIcon) ? QIcon(AppIcon) : QApplication::windowIcon())
    , m_icon(new QSystemTrayIcon(this))
    , m_messageTimer(new QTimer(this))
{
    m_icon->setObjectName(u"trayIcon"_s);
    m_icon->setIcon(m_appIcon);
    m_messageTimer->setSingleShot(true);
    connect(m_messageTimer, &QTimer::timeout, this, [this] { m_icon->setVisible(m_wanted); });
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT activated();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        m_messageTimer->stop();
        m_icon->setVisible(m_wanted);
        Q_EMIT messageClicked();
    });
    retranslate();
}

void TrayIcon::setWanted(bool wanted)
{
    m_wanted = wanted;
    if (!m_messageTimer->isActive())
        m_icon->setVisible(wanted);
}

bool TrayIcon::isVisible() const
{
    return m_icon->isVisible();
}

void TrayIcon::setUnread(qint64 unread)
{
    if (unread == m_unread)
        return;
    m_unread = unread;
    updateUnread();
}

void TrayIcon::showMessage(const QString &title, const QString &text)
{
    if (!m_icon->isVisible()) {
        m_icon->show();
        m_messageTimer->start(MessageMs);
    }
    m_icon->showMessage(title, text, m_icon->icon(), MessageMs);
}

QIcon TrayIcon::badged() const
{
    if (m_unread <= 0)
        return m_appIcon;
    constexpr int Size = 64;
    QPixmap pixmap = m_appIcon.pixmap(Size, Size);
    if (pixmap.isNull())
        return m_appIcon;
    const QString number = m_unread > 999 ? u"999+"_s : QLocale().toString(m_unread);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(number.size() > 2 ? Size / 3 : Size * 2 / 5);
    painter.setFont(font);
    const int width = qMax(painter.fontMetrics().horizontalAdvance(number) + 10, Size / 2);
    const QRectF badge(Size - width, Size / 2.0, width, Size / 2.0);
    QPainterPath path;
    path.addRoundedRect(badge, Size / 4.0, Size / 4.0);
    painter.fillPath(path, QColor(0xd3, 0x2f, 0x2f));
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, number);
    painter.end();
    return QIcon(pixmap);
}

void TrayIcon::updateUnread()
{
    m_icon->setIcon(badged());
    m_icon->setToolTip(m_unread < 0 ? tr("newsdesk")
                                    : tr("newsdesk: %Ln unread item(s)", nullptr, int(qMin<qint64>(m_unread, INT_MAX))));
}

void TrayIcon::retranslate()
{
    updateUnread();
}
