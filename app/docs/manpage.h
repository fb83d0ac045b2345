#pragma once

#include "app/cli/commandusage.h"

#include <QList>
#include <QString>

// newsdesk(1) in man(7) markup, made from what the program's --help says
// (CommandUsage: the window form first, then every command), with the exit
// codes, files, environment and examples. English, like the help it is made
// from when no translation is loaded.
class ManPage final
{
public:
    struct Page
    {
        QString version;
        QString date; // yyyy-MM-dd
        QList<CommandUsage> usages; // the window form (name empty) first
    };

    static QString render(const Page &page);
    // text as man(7) running text: backslashes, leading dots and quotes, and
    // the dashes of options (as \-) escaped.
    static QString escaped(const QString &text);
};
