#include "views/panes/statusbar.h"

#include "views/panes/elidinglabel.h"

#include <QLabel>
#include <QTimer>

#include <climits>

using namespace Qt::StringLiterals;

StatusBar::StatusBar(QWidget *progress, QWidget *cancel, QWidget *parent)
    : QStatusBar(parent)
    , m_messageLabel(new ElidingLabel(this)) // (a long message never widens the window)
    , m_countLabel(new QLabel(this))
    , m_archiveLabel(new QLabel(this))
    , m_messageTimer(new QTimer(this))
{
    setObjectName(u"statusBar"_s);
    m_messageLabel->setObjectName(u"messageLabel"_s);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_countLabel->setTextFormat(Qt::PlainText);
    addWidget(m_messageLabel, 1);
    addPermanentWidget(progress);
    addPermanentWidget(cancel);
    addPermanentWidget(m_countLabel);
    m_archiveLabel->setObjectName(u"archiveLabel"_s);
    m_archiveLabel->setTextFormat(Qt::PlainText);
    m_archiveLabel->hide();
    addPermanentWidget(m_archiveLabel);
    m_messageTimer->setSingleShot(true);
    connect(m_messageTimer, &QTimer::timeout, m_messageLabel, [this] { m_messageLabel->setWholeText({}); });
}

void StatusBar::showStatus(const QString &text, int timeoutMs)
{
    m_messageLabel->setWholeText(text);
    if (timeoutMs > 0)
        m_messageTimer->start(timeoutMs);
    else
        m_messageTimer->stop();
}

void StatusBar::setArchive(const QString &name)
{
    m_archive = name;
    m_archiveLabel->setText(name.isEmpty() ? QString() : tr("Shared archive: %1").arg(name));
    m_archiveLabel->setVisible(!name.isEmpty());
}

void StatusBar::showCounts(const Counts &counts)
{
    m_counts = counts;
    m_hasCounts = true;
    m_countLabel->setText(countText());
}

QString StatusBar::countText() const
{
    const Counts &c = m_counts;
    if (!c.cacheOpen)
        return tr("No cache");
    QString text = c.counting                            ? tr("Counting matches…")
            : !c.filtered && c.shown == c.total ? tr("%Ln item(s)", nullptr, c.shown)
                                                : tr("%L1 of %Ln item(s)", nullptr, int(c.total)).arg(c.shown);
    if (c.unread && !c.counting)
        text = tr("%1, %Ln unread", nullptr, int(qMin<qint64>(*c.unread, INT_MAX))).arg(text);
    if (c.selected > 1)
        text = tr("%1, %Ln selected", nullptr, int(c.selected)).arg(text);
    return text;
}

void StatusBar::retranslate()
{
    setAccessibleName(tr("Status"));
    // A label's accessible name is its text: naming these would hide what they say.
    m_messageLabel->setAccessibleDescription(tr("Status message"));
    m_countLabel->setAccessibleDescription(tr("Item count"));
    m_archiveLabel->setAccessibleDescription(tr("The archive shown"));
    setArchive(m_archive);
    if (m_hasCounts)
        m_countLabel->setText(countText());
}
