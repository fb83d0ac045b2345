#include "views/delegates/readericons.h"

#include <QPainter>
#include <QPixmap>

#include <cmath>
#include <numbers>

template<typename Paint>
QIcon ReaderIcons::draw(Paint paint)
{
    QIcon icon;
    for (const int size : {16, 22, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter, qreal(size));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QPainterPath ReaderIcons::starPath(const QRectF &rect)
{
    const QPointF centre = rect.center();
    const qreal outer = std::min(rect.width(), rect.height()) / 2.0;
    const qreal inner = outer * 0.45;
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const qreal radius = (i % 2 == 0) ? outer : inner;
        const qreal angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        const QPointF point(centre.x() + radius * std::cos(angle),
                            centre.y() + radius * std::sin(angle) + outer * 0.08);
        if (i == 0)
            star.moveTo(point);
        else
            star.lineTo(point);
    }
    star.closeSubpath();
    return star;
}

QIcon ReaderIcons::star()
{
    return draw([](QPainter &painter, qreal size) {
        painter.setPen(QPen(starColour().darker(140), size / 16.0));
        painter.setBrush(starColour());
        painter.drawPath(starPath(QRectF(1, 1, size - 2, size - 2)));
    });
}

QIcon ReaderIcons::dot(const QColor &colour, bool filled)
{
    return draw([colour, filled](QPainter &painter, qreal size) {
        const qreal d = size * 0.5;
        const QRectF circle((size - d) / 2, (size - d) / 2, d, d);
        painter.setPen(QPen(colour, size / 10.0));
        painter.setBrush(filled ? QBrush(colour) : QBrush(Qt::NoBrush));
        painter.drawEllipse(circle);
    });
}

QIcon ReaderIcons::search(const QColor &colour)
{
    return draw([colour](QPainter &painter, qreal size) {
        const qreal pen = qMax(1.5, size / 10.0);
        painter.setPen(QPen(colour, pen, Qt::SolidLine, Qt::RoundCap));
        painter.setBrush(Qt::NoBrush);
        const QRectF lens(size * 0.16, size * 0.16, size * 0.5, size * 0.5);
        painter.drawEllipse(lens);
        painter.drawLine(QPointF(size * 0.6, size * 0.6), QPointF(size * 0.84, size * 0.84));
    });
}
