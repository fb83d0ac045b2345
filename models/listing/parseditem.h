#pragma once

#include <QString>
#include <QStringList>

// An item as read from a listing file, before it is stored: its categories are
// still the raw line with the names written together.
struct ParsedItem
{
    QString title;
    QStringList paragraphs;
    QString categoryLine;
    int line = 0; // line of the " • Title" line, 1-based

    QString summary() const { return paragraphs.join(QStringLiteral("\n\n")); }
};
