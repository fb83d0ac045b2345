#include "views/panes/panecycler.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QWidget>

using namespace Qt::StringLiterals;

PaneCycler::PaneCycler(QWidget *window, const QList<Pane> &panes)
    : QObject(window)
    , m_window(window)
    , m_panes(panes)
    , m_last(panes.size())
    , m_next(new QAction(this))
    , m_previous(new QAction(this))
{
    setObjectName(u"paneCycler"_s);
    m_next->setObjectName(u"nextPaneAction"_s);
    m_next->setShortcut(QKeySequence(Qt::Key_F6));
    m_previous->setObjectName(u"previousPaneAction"_s);
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    for (QAction *action : {m_next, m_previous}) {
        action->setShortcutContext(Qt::WindowShortcut);
        window->addAction(action);
    }
    connect(m_next, &QAction::triggered, this, &PaneCycler::focusNext);
    connect(m_previous, &QAction::triggered, this, &PaneCycler::focusPrevious);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        const int i = paneOf(now);
        if (i >= 0)
            m_last[i] = now;
    });
    window->installEventFilter(this); // a change of language
    retranslate();
}

int PaneCycler::paneOf(const QWidget *widget) const
{
    for (qsizetype i = 0; widget && i < m_panes.size(); ++i) {
        if (m_panes.at(i).pane == widget || m_panes.at(i).pane->isAncestorOf(widget))
            return int(i);
    }
    return -1;
}

QWidget *PaneCycler::focusNext()
{
    return focusPane(1);
}

QWidget *PaneCycler::focusPrevious()
{
    return focusPane(-1);
}

QWidget *PaneCycler::focusPane(int step)
{
    const int count = int(m_panes.size());
    const int current = paneOf(m_window->focusWidget());
    // From no pane, F6 starts at the first and Shift+F6 at the last.
    int i = current >= 0 ? current : (step > 0 ? count - 1 : 0);
    for (int tried = 0; tried < count; ++tried) {
        i = (i + step + count) % count;
        if (i == current)
            break;
        if (QWidget *widget = target(i)) {
            widget->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return widget;
        }
    }
    return nullptr;
}

bool PaneCycler::takesFocus(const QWidget *widget)
{
    return widget && widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus);
}

QWidget *PaneCycler::target(int i) const
{
    QWidget *pane = m_panes.at(i).pane;
    if (!pane->isVisible())
        return nullptr;
    if (takesFocus(m_last.at(i)) && pane->isAncestorOf(m_last.at(i)))
        return m_last.at(i);
    if (takesFocus(m_panes.at(i).entry))
        return m_panes.at(i).entry;
    // The pane's first control in the window's Tab order.
    for (QWidget *widget = pane->nextInFocusChain(); widget && widget != pane; widget = widget->nextInFocusChain()) {
        if (pane->isAncestorOf(widget) && takesFocus(widget) && !widget->focusProxy())
            return widget;
    }
    return nullptr;
}

bool PaneCycler::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void PaneCycler::retranslate()
{
    m_next->setText(tr("Next P&ane"));
    m_next->setToolTip(tr("Move the focus to the next pane"));
    m_previous->setText(tr("Previous Pan&e"));
    m_previous->setToolTip(tr("Move the focus to the previous pane"));
}
