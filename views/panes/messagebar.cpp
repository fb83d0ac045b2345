#include "views/panes/messagebar.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_detailsButton(new QPushButton(this))
    , m_closeButton(new QToolButton(this))
    , m_detailsView(new QPlainTextEdit(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"messageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_text->setObjectName(u"messageText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setObjectName(u"messageDetailsButton"_s);
    m_closeButton->setObjectName(u"messageCloseButton"_s);
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_detailsView->setObjectName(u"messageDetails"_s);
    m_detailsView->setReadOnly(true);
    m_detailsView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detailsView->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    m_detailsView->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    row->addLayout(m_buttons);
    row->addWidget(m_detailsButton, 0, Qt::AlignTop);
    row->addWidget(m_closeButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addLayout(row);
    layout->addWidget(m_detailsView);

    connect(m_detailsButton, &QPushButton::clicked, this, &MessageBar::toggleDetails);
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBar::dismiss);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &MessageBar::timedOut);
    retranslateUi();
    hide();
}

void MessageBar::retranslateUi()
{
    setAccessibleName(tr("Messages"));
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss message"));
    m_detailsView->setAccessibleName(tr("Message details"));
    m_detailsButton->setText(m_detailsView->isHidden() ? tr("Show &Details") : tr("Hide &Details"));
}

void MessageBar::showMessage(Kind kind, const QString &text, const QStringList &details,
                             const QList<Action> &actions)
{
    m_timer->stop();
    setActions(actions);
    m_kind = kind;
    m_details = details;
    m_text->setText(text);
    m_detailsView->setPlainText(details.join(u'\n'));
    m_detailsView->hide();
    retranslateUi();
    m_detailsButton->setVisible(!details.isEmpty());
    const QStyle::StandardPixmap pixmap = kind == Kind::Error ? QStyle::SP_MessageBoxCritical
            : kind == Kind::Warning                          ? QStyle::SP_MessageBoxWarning
                                                             : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    updateColours();
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::showNotice(Kind kind, const QString &text, const QList<Action> &actions, int timeoutMs)
{
    showMessage(kind, text, {}, actions);
    m_timer->start(timeoutMs);
}

void MessageBar::setActions(const QList<Action> &actions)
{
    // Deleted later: a button's own click may be what replaces the message.
    for (QPushButton *button : std::as_const(m_actionButtons)) {
        m_buttons->removeWidget(button);
        button->hide();
        button->setObjectName(QString()); // gone for findChild() too
        button->deleteLater();
    }
    m_actionButtons.clear();
    for (const Action &action : actions) {
        auto *button = new QPushButton(action.text, this);
        button->setObjectName(action.objectName);
        button->setAccessibleName(action.accessibleName);
        const std::function<void()> triggered = action.triggered;
        connect(button, &QPushButton::clicked, this, [this, triggered] {
            dismiss();
            if (triggered)
                triggered();
        });
        m_buttons->addWidget(button, 0, Qt::AlignTop);
        m_actionButtons.append(button);
    }
}

void MessageBar::timedOut()
{
    // Never away from under the pointer or the keyboard: it leaves when they do.
    if (underMouse() || isAncestorOf(QApplication::focusWidget())) {
        m_timer->start(1000);
        return;
    }
    dismiss();
}

void MessageBar::dismiss()
{
    m_timer->stop();
    const bool shown = !isHidden();
    hide();
    m_details.clear();
    setActions({});
    if (shown)
        Q_EMIT dismissed();
}

void MessageBar::toggleDetails()
{
    const bool show = !m_detailsView->isVisible();
    m_detailsView->setVisible(show);
    retranslateUi();
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColours();
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MessageBar::updateColours()
{
    // A tint of the message's colour over the window colour, light or dark.
    const QColor window = QApplication::palette(this).color(QPalette::Window);
    const QColor tint = m_kind == Kind::Error ? QColor(0xd3, 0x2f, 0x2f)
            : m_kind == Kind::Warning         ? QColor(0xe0, 0x9b, 0x12)
                                              : QColor(0x1e, 0x7a, 0xd6);
    constexpr float share = 0.16f;
    const QColor background = QColor::fromRgbF(window.redF() * (1 - share) + tint.redF() * share,
                                               window.greenF() * (1 - share) + tint.greenF() * share,
                                               window.blueF() * (1 - share) + tint.blueF() * share);
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    setPalette(p);
}
