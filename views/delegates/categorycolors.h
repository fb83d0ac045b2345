#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// Colours of category chips. The hue comes from a hash of the name that is the
// same in every run (qHash is seeded per process), so a category keeps its
// colour; the lightness comes from the palette's base colour, so chips read
// well on light and dark palettes alike.
class CategoryColors final
{
public:
    static int hue(const QString &name);
    static bool isDark(const QPalette &palette);
    static QColor background(const QString &name, const QPalette &palette);
    static QColor foreground(const QString &name, const QPalette &palette);
    // The background of search words highlighted in text.
    static QColor highlightBackground(const QPalette &palette);
    static QColor highlightForeground(const QPalette &palette);
    // Secondary text: the text colour pulled towards the base (textShare 1 = the text colour).
    static QColor muted(const QColor &text, const QColor &base, float textShare = 0.62f);
};
