#include "views/delegates/categorycolors.h"

int CategoryColors::hue(const QString &name)
{
    // FNV-1a over the UTF-16 code units: cheap and stable across runs.
    quint32 hash = 2166136261u;
    for (const QChar c : name) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return int(hash % 360u);
}

bool CategoryColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor CategoryColors::background(const QString &name, const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHslF(hue(name) / 360.0f, 0.38f, 0.30f)
                           : QColor::fromHslF(hue(name) / 360.0f, 0.60f, 0.88f);
}

QColor CategoryColors::foreground(const QString &name, const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHslF(hue(name) / 360.0f, 0.55f, 0.88f)
                           : QColor::fromHslF(hue(name) / 360.0f, 0.70f, 0.22f);
}

QColor CategoryColors::highlightBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHslF(48 / 360.0f, 0.85f, 0.30f)
                           : QColor::fromHslF(48 / 360.0f, 1.0f, 0.72f);
}

QColor CategoryColors::highlightForeground(const QPalette &palette)
{
    return isDark(palette) ? QColor(Qt::white) : QColor(Qt::black);
}

QColor CategoryColors::muted(const QColor &text, const QColor &base, float textShare)
{
    return QColor::fromRgbF(text.redF() * textShare + base.redF() * (1 - textShare),
                            text.greenF() * textShare + base.greenF() * (1 - textShare),
                            text.blueF() * textShare + base.blueF() * (1 - textShare));
}
