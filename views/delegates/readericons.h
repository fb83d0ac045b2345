#pragma once

#include <QColor>
#include <QIcon>
#include <QPainterPath>
#include <QRectF>

// The few icons of the reader, drawn rather than taken from an icon theme or a
// font, so they look the same on every desktop and in light and dark palettes.
class ReaderIcons final
{
public:
    // The star of starred items.
    static QColor starColour() { return QColor(0xe8, 0xa3, 0x17); }
    static QPainterPath starPath(const QRectF &rect);
    static QIcon star();
    // The dot of unread items: filled for "unread", a ring for "toggle read".
    static QIcon dot(const QColor &colour, bool filled);
    // A magnifying glass for the search box.
    static QIcon search(const QColor &colour);

private:
    template<typename Paint>
    static QIcon draw(Paint paint);
};
