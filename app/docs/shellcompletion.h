#pragma once

#include "app/cli/commandusage.h"

#include <QList>
#include <QString>

// Completion for bash and zsh, made from what the program's --help says
// (CommandUsage: the window form first, then every command): the commands,
// each one's options and their values (the choices a value names, files,
// and for --category the category names of the cache, from `newsdesk
// categories` with the --db given on the line), and Qt's own options.
class ShellCompletion final
{
public:
    static QString bash(const QList<CommandUsage> &usages);
    static QString zsh(const QList<CommandUsage> &usages);
};
