#include "views/panes/focusframe.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QPainter>
#include <QScopedValueRollback>

FocusFrame::FocusFrame(QAbstractScrollArea *view)
    : QObject(view)
{
    view->installEventFilter(this);
}

void FocusFrame::install(QAbstractScrollArea *view)
{
    new FocusFrame(view);
}

bool FocusFrame::eventFilter(QObject *watched, QEvent *event)
{
    auto *view = static_cast<QAbstractScrollArea *>(watched);
    switch (event->type()) {
    case QEvent::FocusIn:
    case QEvent::FocusOut:
        view->update(); // the frame: it lies outside the viewport
        break;
    case QEvent::Paint: {
        if (m_painting || !view->hasFocus() || view->frameWidth() <= 0)
            break;
        // The frame as the style draws it, then the highlight over it.
        {
            QScopedValueRollback painting(m_painting, true);
            static_cast<QObject *>(view)->event(event);
        }
        const QColor highlight = view->palette().color(QPalette::Active, QPalette::Highlight);
        QColor inner = highlight;
        inner.setAlphaF(0.45f);
        QPainter painter(view);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(highlight);
        painter.drawRect(view->rect().adjusted(0, 0, -1, -1));
        if (view->frameWidth() > 1) {
            painter.setPen(inner);
            painter.drawRect(view->rect().adjusted(1, 1, -2, -2));
        }
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
