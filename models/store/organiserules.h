#pragma once

#include <QCoreApplication>
#include <QString>

// What either store answers alike when a person organises (labels, saved
// views): the refusals of names and colours, in the interface's language, so
// that the person reads the same sentence from the cache and from a shared
// archive.
class OrganiseRules
{
    Q_DECLARE_TR_FUNCTIONS(OrganiseRules)

public:
    enum class Kind { Label, View };

    // Why name (normalised: Label::normalisedName) cannot name a label or a
    // view: empty, or too long; empty when it can.
    static QString nameRefusal(const QString &name, Kind kind);
    // Another label (view) has name already.
    static QString nameTaken(const QString &name, Kind kind);
    // Whether color is "#rrggbb".
    static bool isColor(const QString &color);
    static QString notAColour(const QString &color);
    static QString noSuchLabel();
    static QString noSuchView();
    static QString labelExists(const QString &name);
};
