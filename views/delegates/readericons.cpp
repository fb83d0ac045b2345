#include "views/delegates/readericons.h"

#include "models/support/logging.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace {

// The one colour the bundled icons are drawn in, swapped for the palette's.
constexpr QLatin1StringView BundledColour("#1f1f1f");

QString bundledPath(const QString &name)
{
    return u":/icons/actions/"_s + name + u".svg"_s;
}

} // namespace

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

QIcon ReaderIcons::bundled(const QString &name, const QColor &colour)
{
    QFile file(bundledPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace(QByteArray(BundledColour.data(), BundledColour.size()), colour.name(QColor::HexRgb).toLatin1());
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (image.isNull()) {
            qCWarning(lcUi).noquote() << "Cannot draw the icon" << bundledPath(name) << ":" << reader.errorString();
            return {};
        }
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

QStringList ReaderIcons::bundledNames()
{
    QStringList names = QDir(u":/icons/actions"_s).entryList({u"*.svg"_s}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name.chop(4);
    return names;
}

QIcon ReaderIcons::themed(const QString &name, const QPalette &palette)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return bundled(name, palette.color(QPalette::Active, QPalette::ButtonText));
}

QIcon ReaderIcons::markAllRead(const QPalette &palette)
{
    return bundled(u"mark-all-read"_s, palette.color(QPalette::Active, QPalette::ButtonText));
}
