#include "views/panes/elidinglabel.h"

#include <QPainter>
#include <QResizeEvent>
#include <QStyle>

ElidingLabel::ElidingLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    // Any width the layout gives; its height is one line's.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

QSize ElidingLabel::minimumSizeHint() const
{
    return {0, QLabel::minimumSizeHint().height()};
}

QRect ElidingLabel::textArea() const
{
    return contentsRect().adjusted(margin(), margin(), -margin(), -margin());
}

QString ElidingLabel::oneLine() const
{
    return text().simplified(); // (a server's message may hold lines of detail: one line here, whole in text())
}

bool ElidingLabel::isElided() const
{
    return oneLine() != text() || fontMetrics().horizontalAdvance(text()) > textArea().width();
}

void ElidingLabel::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    const QRect area = textArea();
    const QString shown = fontMetrics().elidedText(oneLine(), Qt::ElideRight, area.width());
    style()->drawItemText(&painter, area, int(alignment() | Qt::TextSingleLine), palette(), isEnabled(), shown,
                          foregroundRole());
}

void ElidingLabel::setWholeText(const QString &text)
{
    setText(text);
    updateToolTip();
}

void ElidingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateToolTip();
}

void ElidingLabel::updateToolTip()
{
    const QString tip = isElided() ? text() : QString();
    if (toolTip() != tip)
        setToolTip(tip);
}
