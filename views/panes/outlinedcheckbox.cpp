#include "views/panes/outlinedcheckbox.h"

#include "views/delegates/countpainter.h"

#include <QPainter>
#include <QStyleOptionButton>

OutlinedCheckBox::OutlinedCheckBox(QWidget *parent)
    : QCheckBox(parent)
{
}

void OutlinedCheckBox::paintEvent(QPaintEvent *event)
{
    QCheckBox::paintEvent(event);
    QStyleOptionButton option;
    initStyleOption(&option);
    QPainter painter(this);
    CountPainter::drawCheckEdge(&painter, style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, this),
                                palette());
}
