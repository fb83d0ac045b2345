#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>
#include <QPainterPath>
#include <QRectF>

// The icons of the reader. The few of its own (star, dot, search) are drawn,
// so they look the same on every desktop and in light and dark palettes. The
// tool bar's are the icon theme's where it has them, else the line icons
// bundled under :/icons/actions/, drawn in the palette's text colour so they
// read on a light and on a dark tool bar alike.
//
// "Mark all shown as read" is always the bundled one: a theme's
// mail-mark-read is one letter being read (Adwaita's is a pale, full-colour
// envelope that vanishes on a dark tool bar).
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

    // The theme's icon name, or the bundled one of that name in the
    // palette's text colour; a bundled icon that cannot be read (no SVG
    // image plugin): the theme's or an empty icon.
    static QIcon themed(const QString &name, const QPalette &palette);
    static QIcon markAllRead(const QPalette &palette);
    // The bundled icon name (e.g. "mark-all-read") in colour; empty when
    // there is none or it cannot be read.
    static QIcon bundled(const QString &name, const QColor &colour);
    // The names of the bundled icons.
    static QStringList bundledNames();

private:
    template<typename Paint>
    static QIcon draw(Paint paint);
};
